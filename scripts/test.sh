#!/usr/bin/env bash
# The whole test suite on a fresh machine: dependencies, Redis, Chromium, the mini-program build,
# the type check, then every vitest suite (PostgreSQL variants run when a server answers).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_node_deps
ensure_redis
ensure_chromium
ensure_miniapp_build
log "type check"
npx tsc --noEmit -p .
log "tests"
npx vitest run "$@"
