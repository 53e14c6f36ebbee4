#!/usr/bin/env bash
# Makes sure Debian's redis-server is there: the session store that bin/run starts and the backend's integration tests
# start for themselves (each its own, on its own port, in a temporary directory, without persistence).
set -euo pipefail
exec "$(dirname "$0")/ensure-package.sh" "${REDIS_SERVER:-redis-server}" redis-server REDIS_SERVER
