#!/usr/bin/env bash
# Makes sure a program from a Debian package is there, installing the package when run as root, otherwise naming it.
#
#   bin/ensure-package.sh PROGRAM PACKAGE [VARIABLE]
#
# PROGRAM is a command on the PATH or an absolute path; VARIABLE, when given, is the environment variable a user sets
# to point at another binary (it is only named in the messages). The package's own service, if it has one, is not
# needed: the portal's scripts and tests start their own servers.
set -euo pipefail

program=$1 package=$2 variable=${3:-}
there() { if [[ "$program" = /* ]]; then [[ -x "$program" ]]; else command -v "$program" > /dev/null 2>&1; fi; }
instead=""
[[ -n "$variable" ]] && instead=", or point $variable at another binary"

there && exit 0

if [[ "$(id -u)" -ne 0 ]]; then
  echo "$program not found. Install the Debian package '$package' (sudo apt-get install -y $package)$instead." >&2
  exit 1
fi

echo "$program not found; installing the Debian package '$package'." >&2
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y "$package"

if ! there; then
  echo "Installed package '$package' but $program is still missing$instead." >&2
  exit 1
fi
