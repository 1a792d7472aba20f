# Shared setup steps for start.sh and test.sh: each is idempotent and quiet when nothing is needed.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf '\033[1m[gridmate]\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root to run: $*"; return 1; fi
}

apt_updated=
apt_install() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq >/dev/null; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# npm ci refuses this registry's lockfiles (optional platform binaries missing upstream), so
# install with the committed lockfile; in CI a changed lockfile is an error.
ensure_node_deps() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing Node packages (npm install with the committed lockfile)"
    npm install --no-audit --no-fund --loglevel=error
  fi
  if [ "${CI:-}" = "true" ] && ! git diff --quiet -- package-lock.json 2>/dev/null; then
    log "npm install changed package-lock.json: commit the lockfile"; git diff --stat -- package-lock.json; return 1
  fi
}

redis_answers() {
  node -e '
    const u = new URL(process.argv[1]); const s = require("net").connect(+(u.port || 6379), u.hostname);
    s.setTimeout(1500, () => process.exit(1)); s.on("error", () => process.exit(1));
    s.on("connect", () => s.write("PING\r\n")); s.on("data", d => process.exit(String(d).includes("PONG") ? 0 : 1));
  ' "${REDIS_URL:-redis://127.0.0.1:6379}"
}

# Uses the Redis at REDIS_URL; without one answering on the default port, installs Debian's
# redis-server if needed and starts it (append-only file under var/redis).
ensure_redis() {
  redis_answers && return 0
  if [ -n "${REDIS_URL:-}" ]; then log "no Redis answers at $REDIS_URL"; return 1; fi
  if ! command -v redis-server >/dev/null; then log "installing redis-server (Debian package)"; apt_install redis-server; fi
  mkdir -p var/redis
  log "starting redis-server on 127.0.0.1:6379"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --dir "$ROOT/var/redis" --appendonly yes \
    --maxmemory-policy noeviction --logfile "$ROOT/var/redis/redis.log"
  for _ in $(seq 1 50); do redis_answers && return 0; sleep 0.1; done
  log "redis-server did not come up: see var/redis/redis.log"; return 1
}

ensure_miniapp_build() {
  if [ ! -f miniapp/dist/h5/index.html ] || [ -n "$(find miniapp/src miniapp/config miniapp/package-lock.json -newer miniapp/dist/h5/index.html -print -quit 2>/dev/null)" ]; then
    log "building the mini-program (weapp + h5)"
    bash scripts/build-miniapp.sh
  fi
}

# Debian's Chromium and a CJK font for the browser tests (never a downloaded browser).
ensure_chromium() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy' || missing+=(fonts-wqy-microhei)
  if [ ${#missing[@]} -gt 0 ]; then log "installing ${missing[*]} (Debian packages)"; apt_install "${missing[@]}"; fi
}
