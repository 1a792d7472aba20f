#!/usr/bin/env bash
# Build the Taro mini-program for both targets: miniapp/dist/weapp (WeChat devtools) and
# miniapp/dist/h5 (served by the API under /app). Installs miniapp's own dependencies first
# when they are missing or older than its lockfile. Idempotent; exits non-zero on any failure.
#
#   bash scripts/build-miniapp.sh            # both targets
#   bash scripts/build-miniapp.sh h5         # only h5 (or: weapp)
#   GRIDMATE_API_BASE=https://grid.example.gov.cn bash scripts/build-miniapp.sh   # weapp API origin
#
# `npm ci` cannot be used: the lockfile lacks optional @tarojs/binding-* packages the registry
# does not have (see ../shared/notes/stack.md), so this runs `npm install` with the committed lockfile.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP="$ROOT/miniapp"
cd "$APP"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(weapp h5); fi
for t in "${targets[@]}"; do
  case "$t" in weapp|h5) ;; *) echo "build-miniapp: unknown target '$t' (use weapp and/or h5)" >&2; exit 2 ;; esac
done

stamp="node_modules/.gridmate-install-stamp"
if [ ! -x node_modules/.bin/taro ] || [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  echo "build-miniapp: installing miniapp dependencies (npm install, ~1 min, ~470 MB)…"
  npm install --no-audit --no-fund
  touch "$stamp"
fi

for t in "${targets[@]}"; do
  echo "build-miniapp: taro build --type $t"
  start=$(date +%s)
  NODE_ENV=production npx --no-install taro build --type "$t"
  test -d "dist/$t" || { echo "build-miniapp: dist/$t was not produced" >&2; exit 1; }
  if [ "$t" = h5 ]; then test -f dist/h5/index.html || { echo "build-miniapp: dist/h5/index.html missing" >&2; exit 1; }; fi
  if [ "$t" = weapp ]; then test -f dist/weapp/app.json || { echo "build-miniapp: dist/weapp/app.json missing" >&2; exit 1; }; fi
  echo "build-miniapp: $t done in $(( $(date +%s) - start )) s → miniapp/dist/$t"
done
