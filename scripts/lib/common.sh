# Shared helpers for the mooc command. Sourced, not executed.
MOOC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export MOOC_ROOT

say()  { printf '\033[1;34m[mooc]\033[0m %s\n' "$*" >&2; }
warn() { printf '\033[1;33m[mooc]\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[1;31m[mooc] %s\033[0m\n' "$*" >&2; exit 1; }

# Is something listening on 127.0.0.1:$1?
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# First free loopback port at or above $1.
free_port() {
  local p=$1
  while port_in_use "$p"; do p=$((p + 1)); done
  echo "$p"
}

# Wait until $1 answers HTTP 200, at most $2 seconds; $3 is a PID that must stay alive.
wait_http_ok() {
  local url=$1 seconds=$2 pid=${3:-}
  local deadline=$((SECONDS + seconds))
  while [ $SECONDS -lt $deadline ]; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 1; fi
    if curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; then return 0; fi
    sleep 1
  done
  return 1
}
