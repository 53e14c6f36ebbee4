#!/usr/bin/env bash
# Makes sure Debian's redis-server is there: the session store that bin/run starts and the backend's integration tests
# start for themselves (each its own, on its own port, in a temporary directory, without persistence).
set -euo pipefail

server="${REDIS_SERVER:-redis-server}"
if command -v "$server" > /dev/null 2>&1; then
  exit 0
fi

if [[ "$(id -u)" -ne 0 ]]; then
  echo "redis-server not found. Install the Debian package 'redis-server' (sudo apt-get install -y redis-server)," >&2
  echo "or point REDIS_SERVER at a redis-server (or valkey-server) binary." >&2
  exit 1
fi

echo "redis-server not found; installing the Debian package 'redis-server'." >&2
apt-get update
# The package's own service (a system-wide redis on 6379) is not needed: the portal starts its own servers.
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends redis-server

if ! command -v "$server" > /dev/null 2>&1; then
  echo "Installed package 'redis-server' but $server is still missing; set REDIS_SERVER." >&2
  exit 1
fi
