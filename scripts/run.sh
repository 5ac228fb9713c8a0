# ./mooc run: PostgreSQL (local unless ConnectionStrings__Mooc is set), K silos, M frontends, kept running.
MOOC_PIDS=()
declare -A RUN_PIDS=() RUN_STARTED=()
SILO_PORTS=(); GATEWAY_PORTS=(); OPS_URLS=(); FRONTEND_URLS=()
SILO_CONNECTIONS=""; FRONTEND_CONNECTIONS=""; RUN_DIR=""; RUN_BIN_SILO=""; RUN_BIN_WEB=""; RUN_LOGS=""

_run_cleanup() {
  trap - EXIT INT TERM
  if [ ${#MOOC_PIDS[@]} -gt 0 ]; then
    say "Stopping ${#MOOC_PIDS[@]} process(es)"
    kill -TERM "${MOOC_PIDS[@]}" 2>/dev/null || true
    local deadline=$((SECONDS + 20))
    for pid in "${MOOC_PIDS[@]}"; do
      while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
      kill -KILL "$pid" 2>/dev/null || true
    done
  fi
  rm -f "$MOOC_ROOT/.local/run.env"
  [ -n "$RUN_DIR" ] && rm -rf "$RUN_DIR"
  pg_local_stop
  say "Stopped."
}

mooc_run() {
  local silos=1 frontends=1 http_port=${MOOC_HTTP_PORT:-5080} configuration=Release
  while [ $# -gt 0 ]; do
    case "$1" in
      --silos) silos=$2; shift 2 ;;
      --frontends) frontends=$2; shift 2 ;;
      --port) http_port=$2; shift 2 ;;
      *) die "Unknown option '$1' for run" ;;
    esac
  done
  ensure_dotnet; ensure_node; ensure_curl; ensure_fonts

  trap _run_cleanup EXIT
  trap 'exit 130' INT TERM
  if [ -z "${ConnectionStrings__Mooc:-}" ]; then
    pg_local_start "$MOOC_ROOT/.local/postgres" mooc
  else
    say "Using the configured PostgreSQL (ConnectionStrings__Mooc)"
  fi

  say "Building (Release)"
  dotnet build "$MOOC_ROOT/Mooc.sln" -c "$configuration" -nologo -v quiet -clp:ErrorsOnly \
    || die "The build failed"
  RUN_BIN_SILO="$MOOC_ROOT/src/Silo/bin/$configuration/net10.0/Mooc.Silo.dll"
  RUN_BIN_WEB="$MOOC_ROOT/src/WebFrontend/bin/$configuration/net10.0/Mooc.WebFrontend.dll"
  RUN_LOGS="$MOOC_ROOT/.local/logs/port-$http_port"; mkdir -p "$RUN_LOGS"; rm -f "$RUN_LOGS"/*.log

  _run_connection_budget "$silos" "$frontends"
  RUN_DIR="$MOOC_ROOT/.local/run/port-$http_port"; rm -rf "$RUN_DIR"; mkdir -p "$RUN_DIR"
  [ -n "${PG_LOCAL_DIR:-}" ] && cp "$PG_LOCAL_DIR/postgres.env" "$RUN_DIR/postgres.env"
  local i ops_port=8079
  for ((i = 1; i <= silos; i++)); do
    # The operations port (dashboard, /metrics) is bound after the gateway opens: count on from the last one given.
    SILO_PORTS[$i]=$(free_port $((11110 + i))); GATEWAY_PORTS[$i]=$(free_port $((29999 + i))); ops_port=$(free_port $((ops_port + 1)))
    OPS_URLS[$i]="http://127.0.0.1:$ops_port"
    _run_start_silo "$i"
    local deadline=$((SECONDS + 120))
    until port_in_use "${GATEWAY_PORTS[$i]}"; do
      kill -0 "${RUN_PIDS[silo-$i]}" 2>/dev/null || die "Silo $i stopped during start-up (see above)"
      [ $SECONDS -lt $deadline ] || die "Silo $i did not open its gateway within 120 s"
      sleep 1
    done
  done

  local urls=()
  for ((i = 1; i <= frontends; i++)); do
    FRONTEND_URLS[$i]="http://127.0.0.1:$(free_port $((http_port + i - 1)))"
    _run_start_frontend "$i"
    wait_http_ok "${FRONTEND_URLS[$i]}/health" 120 "${RUN_PIDS[frontend-$i]}" || die "Frontend $i did not become healthy (see above)"
    urls+=("${FRONTEND_URLS[$i]}")
  done

  # For './mooc import-accounts' in another terminal.
  printf 'ConnectionStrings__Mooc=%q\n' "$ConnectionStrings__Mooc" > "$MOOC_ROOT/.local/run.env"
  cat >&2 <<MSG

  Mooc is running.
    Open:    ${urls[*]}
    Health:  ${urls[0]}/health
    Orleans Dashboard (this machine only; /metrics beside it): ${OPS_URLS[*]}
    Logs:    $RUN_LOGS
    Faults:  ./mooc fault kill-silo 1 | kill-frontend 1 | restart-postgres | pause-silo 1   (processes: $RUN_DIR)
    Data:    ${PG_LOCAL_DIR:-configured PostgreSQL}

  Demo accounts (username / password / role):
$(awk -F';' 'NR > 1 { printf "    %-20s %-16s %-8s %s\n", $1, $2, $7, $4 }' "$MOOC_ROOT/src/Silo/DemoContent/demo-accounts.csv")
  The captcha on the Login page is case-insensitive; the refresh icon gives a new one.
  Press Ctrl+C to stop everything.

MSG
  _run_supervise
}

# Keeps the processes running, as a service manager would: one that ends on its own (killed, or a silo that found
# itself declared dead after a pause) is started again on the same ports after 2 s. One that keeps ending within 30 s
# of its start is given up after 5 tries; when no silo or no frontend is left, everything stops.
_run_supervise() {
  local name pid
  declare -A failures=()
  while true; do
    wait -n "${MOOC_PIDS[@]}" 2>/dev/null || true
    for name in "${!RUN_PIDS[@]}"; do
      pid=${RUN_PIDS[$name]}
      kill -0 "$pid" 2>/dev/null && continue
      if [ $((SECONDS - RUN_STARTED[$name])) -lt 30 ]; then
        failures[$name]=$(( ${failures[$name]:-0} + 1 ))
      else
        failures[$name]=0
      fi
      if [ "${failures[$name]}" -ge 5 ]; then
        warn "$name keeps ending right after its start; not starting it again (see $RUN_LOGS/$name.log)"
        unset "RUN_PIDS[$name]"; rm -f "$RUN_DIR/$name.pid"
        MOOC_PIDS=("${RUN_PIDS[@]}")
        case " ${!RUN_PIDS[*]} " in *" silo-"*) ;; *) warn "No silo left; stopping."; exit 1 ;; esac
        case " ${!RUN_PIDS[*]} " in *" frontend-"*) ;; *) warn "No frontend left; stopping."; exit 1 ;; esac
        continue
      fi
      warn "$name (pid $pid) ended on its own; starting it again"
      sleep $((2 * (failures[$name] + 1)))
      case "$name" in
        silo-*) _run_start_silo "${name#silo-}" ;;
        frontend-*) _run_start_frontend "${name#frontend-}" ;;
      esac
    done
  done
}

# The local PostgreSQL accepts 400 connections; every process has its own pools, so K silos and M frontends share a
# budget of 350: a frontend 20 (health, keys, media), a silo's Orleans providers 32 (capped in the product), the rest
# split over the silos' event stores (at most 200 each). Past the budget PostgreSQL refuses connections and the event
# store retries them, which stalls every answer for a second at a time (seen with 2 silos + 2 frontends).
# A configured ConnectionStrings__Mooc is used as it is: size its pools for that server (docs/OPERATIONS.md).
_run_connection_budget() {
  local silos=$1 frontends=$2
  SILO_CONNECTIONS=$ConnectionStrings__Mooc; FRONTEND_CONNECTIONS=$ConnectionStrings__Mooc
  [ -n "${PG_LOCAL_DIR:-}" ] || return 0
  local pool=$(( (350 - frontends * 20 - silos * 32) / silos ))
  [ "$pool" -gt 200 ] && pool=200
  [ "$pool" -lt 10 ] && pool=10
  SILO_CONNECTIONS=$(_run_with_pool "$ConnectionStrings__Mooc" "$pool")
  FRONTEND_CONNECTIONS=$(_run_with_pool "$ConnectionStrings__Mooc" 20)
  say "Connections to PostgreSQL: at most $pool (+32 for Orleans) per silo, 20 per frontend"
}

_run_with_pool() { sed -E 's/;?Maximum Pool Size=[0-9]+//' <<<"$1" | sed -E "s/\$/;Maximum Pool Size=$2/"; }

_run_track() {
  local name=$1 pid=$2
  RUN_PIDS[$name]=$pid
  RUN_STARTED[$name]=$SECONDS
  MOOC_PIDS=("${RUN_PIDS[@]}")
  echo "$pid" > "$RUN_DIR/$name.pid"
}

_run_start_silo() {
  local i=$1
  say "Starting silo $i (silo port ${SILO_PORTS[$i]}, gateway ${GATEWAY_PORTS[$i]}, dashboard and metrics on ${OPS_URLS[$i]})"
  ConnectionStrings__Mooc=$SILO_CONNECTIONS \
    Orleans__SiloPort=${SILO_PORTS[$i]} Orleans__GatewayPort=${GATEWAY_PORTS[$i]} Operations__Url=${OPS_URLS[$i]} Mooc__SeedDemoContent=true \
    DOTNET_ENVIRONMENT=${DOTNET_ENVIRONMENT:-Development} \
    dotnet "$RUN_BIN_SILO" >> >(tee -a "$RUN_LOGS/silo-$i.log") 2>&1 &
  _run_track "silo-$i" $!
}

_run_start_frontend() {
  local i=$1
  say "Starting frontend $i on ${FRONTEND_URLS[$i]}"
  ConnectionStrings__Mooc=$FRONTEND_CONNECTIONS ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development} \
    dotnet "$RUN_BIN_WEB" --urls "${FRONTEND_URLS[$i]}" >> >(tee -a "$RUN_LOGS/frontend-$i.log") 2>&1 &
  _run_track "frontend-$i" $!
}
