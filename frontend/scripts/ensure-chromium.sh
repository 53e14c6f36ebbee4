#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the Playwright tests (they never download a browser of their own).
# Without it, -DskipITs skips the browser tests.
set -euo pipefail
exec "$(dirname "$0")/../../bin/ensure-package.sh" "${CHROMIUM_PATH:-/usr/bin/chromium}" chromium CHROMIUM_PATH
