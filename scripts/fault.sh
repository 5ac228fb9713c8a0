# ./mooc fault: the faults of the fault-tolerance runs, done to the processes of a running Mooc.
#   kill-silo [N]              SIGKILL silo N (default 1), as when its machine dies
#   kill-frontend [N]          SIGKILL frontend N (default 1)
#   restart-postgres [--down S] stop PostgreSQL as a crash does (immediate mode), wait S seconds (default 0), start it again
#   pause-silo [N] [--seconds S] SIGSTOP silo N for S seconds (default 45, longer than the membership's detection), then SIGCONT
# The processes are found through the run folder: MOOC_RUN_DIR, or the one folder of a running './mooc run' under
# .local/run/. It holds silo-N.pid, frontend-N.pid and postgres.env (written by './mooc run' and by the fault tests).
# The last line printed on stdout is one JSON object describing what was done, with times in UTC.

_fault_now() { date -u +%Y-%m-%dT%H:%M:%S.%3NZ; }

_fault_run_dir() {
  if [ -n "${MOOC_RUN_DIR:-}" ]; then
    [ -d "$MOOC_RUN_DIR" ] || die "MOOC_RUN_DIR=$MOOC_RUN_DIR is not a folder"
    echo "$MOOC_RUN_DIR"; return
  fi
  local live=() dir
  for dir in "$MOOC_ROOT"/.local/run/port-*; do
    [ -f "$dir/silo-1.pid" ] && kill -0 "$(cat "$dir/silo-1.pid")" 2>/dev/null && live+=("$dir")
  done
  [ ${#live[@]} -eq 1 ] || die "Found ${#live[@]} running Mooc instances under .local/run; set MOOC_RUN_DIR to one of: ${live[*]:-(none)}"
  echo "${live[0]}"
}

# The PID of a live process of the run: _fault_pid DIR silo 2
_fault_pid() {
  local file="$1/$2-$3.pid"
  [ -f "$file" ] || die "No $2 $3 in $1 (no $2-$3.pid)"
  local pid; pid=$(cat "$file")
  kill -0 "$pid" 2>/dev/null || die "$2 $3 (pid $pid) is not running"
  echo "$pid"
}

_fault_kill() {
  local kind=$1 n=${2:-1} dir pid at
  dir=$(_fault_run_dir); pid=$(_fault_pid "$dir" "$kind" "$n")
  at=$(_fault_now)
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  say "Killed $kind $n (pid $pid) with SIGKILL at $at"
  printf '{"fault":"kill-%s","target":"%s-%s","pid":%s,"at":"%s"}\n' "$kind" "$kind" "$n" "$pid" "$at"
}

_fault_pause_silo() {
  local n=1 seconds=45
  while [ $# -gt 0 ]; do
    case "$1" in
      --seconds) seconds=$2; shift 2 ;;
      *) n=$1; shift ;;
    esac
  done
  local dir pid at resumed
  dir=$(_fault_run_dir); pid=$(_fault_pid "$dir" silo "$n")
  at=$(_fault_now)
  kill -STOP "$pid"
  say "Paused silo $n (pid $pid) at $at for $seconds s"
  sleep "$seconds"
  kill -CONT "$pid" 2>/dev/null || true
  resumed=$(_fault_now)
  say "Resumed silo $n at $resumed"
  printf '{"fault":"pause-silo","target":"silo-%s","pid":%s,"at":"%s","resumedAt":"%s","seconds":%s}\n' "$n" "$pid" "$at" "$resumed" "$seconds"
}

_fault_restart_postgres() {
  local down=0
  while [ $# -gt 0 ]; do
    case "$1" in
      --down) down=$2; shift 2 ;;
      *) die "Unknown option '$1' for restart-postgres" ;;
    esac
  done
  local dir env
  dir=$(_fault_run_dir); env="$dir/postgres.env"
  [ -f "$env" ] || die "No postgres.env in $dir: this run's PostgreSQL was not started by Mooc, restart it yourself"
  local PG_BIN PG_DATA PG_LOG PG_OPTIONS PG_PORT PG_USER
  source "$env"
  local as=()
  [ -n "$PG_USER" ] && as=(runuser -u "$PG_USER" --)
  local at up
  at=$(_fault_now)
  (cd / && "${as[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w -t 60 stop >/dev/null) || die "PostgreSQL did not stop"
  say "PostgreSQL stopped (immediate) at $at"
  sleep "$down"
  (cd / && "${as[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 120 -o "$PG_OPTIONS" start >/dev/null) \
    || { tail -n 20 "$PG_LOG" >&2; die "PostgreSQL did not start again"; }
  up=$(_fault_now)
  say "PostgreSQL accepting connections again at $up"
  printf '{"fault":"restart-postgres","target":"postgresql:%s","at":"%s","upAt":"%s"}\n' "$PG_PORT" "$at" "$up"
}

mooc_fault() {
  local action=${1:-}
  shift || true
  case "$action" in
    kill-silo) _fault_kill silo "$@" ;;
    kill-frontend) _fault_kill frontend "$@" ;;
    restart-postgres) _fault_restart_postgres "$@" ;;
    pause-silo) _fault_pause_silo "$@" ;;
    *) sed -n '2,6p' "$MOOC_ROOT/scripts/fault.sh" | sed 's/^# \{0,1\}//' >&2; die "Unknown fault '$action'" ;;
  esac
}
