#!/usr/bin/env bash
# The main job on the embedded defaults: install, Redis, mini-program build, then API + workers (+ bot).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_node_deps
ensure_redis
ensure_miniapp_build
log "starting gridmate (migrations and the demo town are applied on start)"
exec node --import tsx app/main.ts
