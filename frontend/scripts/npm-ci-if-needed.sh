#!/usr/bin/env bash
# Runs `npm ci` unless node_modules was installed from exactly this package-lock.json (and package.json).
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=node_modules/.installed-from.sha256
wanted="$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)"

if [[ -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]]; then
  echo "node_modules matches package-lock.json; skipping npm ci."
  exit 0
fi

npm ci --no-audit --no-fund
echo "$wanted" > "$stamp"
