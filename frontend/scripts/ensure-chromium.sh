#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the Playwright tests (they never download a browser of their own).
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ -x "$chromium" ]]; then
  exit 0
fi

if [[ "$(id -u)" -ne 0 ]]; then
  echo "Chromium not found at $chromium. Install the Debian package 'chromium' (sudo apt-get install -y chromium)," >&2
  echo "or point CHROMIUM_PATH at a Chromium binary, or skip the browser tests with -DskipITs." >&2
  exit 1
fi

echo "Chromium not found at $chromium; installing the Debian package 'chromium'." >&2
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y chromium

if [[ ! -x "$chromium" ]]; then
  echo "Installed package 'chromium' but $chromium is still missing; set CHROMIUM_PATH." >&2
  exit 1
fi
