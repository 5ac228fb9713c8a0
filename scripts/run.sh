# ./mooc run: PostgreSQL (local unless ConnectionStrings__Mooc is set), K silos, M frontends.
MOOC_PIDS=()

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
  local bin_silo="$MOOC_ROOT/src/Silo/bin/$configuration/net10.0/Mooc.Silo.dll"
  local bin_web="$MOOC_ROOT/src/WebFrontend/bin/$configuration/net10.0/Mooc.WebFrontend.dll"
  local logs="$MOOC_ROOT/.local/logs/port-$http_port"; mkdir -p "$logs"

  local i dashboards=() ops_port=8079
  for ((i = 0; i < silos; i++)); do
    local silo_port gateway_port
    # The operations port (dashboard, /metrics) is bound after the gateway opens: count on from the last one given.
    silo_port=$(free_port $((11111 + i))); gateway_port=$(free_port $((30000 + i))); ops_port=$(free_port $((ops_port + 1)))
    say "Starting silo $((i + 1)) (silo port $silo_port, gateway $gateway_port, dashboard and metrics on 127.0.0.1:$ops_port)"
    dashboards+=("http://127.0.0.1:$ops_port/")
    Orleans__SiloPort=$silo_port Orleans__GatewayPort=$gateway_port Operations__Url=http://127.0.0.1:$ops_port Mooc__SeedDemoContent=true \
      DOTNET_ENVIRONMENT=${DOTNET_ENVIRONMENT:-Development} \
      dotnet "$bin_silo" > >(tee "$logs/silo-$((i + 1)).log") 2>&1 &
    MOOC_PIDS+=($!)
    local deadline=$((SECONDS + 120))
    until port_in_use "$gateway_port"; do
      kill -0 "${MOOC_PIDS[-1]}" 2>/dev/null || die "Silo $((i + 1)) stopped during start-up (see above)"
      [ $SECONDS -lt $deadline ] || die "Silo $((i + 1)) did not open its gateway within 120 s"
      sleep 1
    done
  done

  local urls=()
  for ((i = 0; i < frontends; i++)); do
    local port; port=$(free_port $((http_port + i)))
    local url="http://127.0.0.1:$port"
    say "Starting frontend $((i + 1)) on $url"
    ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development} \
      dotnet "$bin_web" --urls "$url" > >(tee "$logs/frontend-$((i + 1)).log") 2>&1 &
    MOOC_PIDS+=($!)
    wait_http_ok "$url/health" 120 "${MOOC_PIDS[-1]}" || die "Frontend $((i + 1)) did not become healthy (see above)"
    urls+=("$url")
  done

  # For './mooc import-accounts' in another terminal.
  printf 'ConnectionStrings__Mooc=%q\n' "$ConnectionStrings__Mooc" > "$MOOC_ROOT/.local/run.env"
  cat >&2 <<MSG

  Mooc is running.
    Open:    ${urls[*]}
    Health:  ${urls[0]}/health
    Orleans Dashboard (this machine only; /metrics beside it): ${dashboards[*]}
    Logs:    $logs
    Data:    ${PG_LOCAL_DIR:-configured PostgreSQL}

  Demo accounts (username / password / role):
$(awk -F';' 'NR > 1 { printf "    %-20s %-16s %-8s %s\n", $1, $2, $7, $4 }' "$MOOC_ROOT/src/Silo/DemoContent/demo-accounts.csv")
  The captcha on the Login page is case-insensitive; the refresh icon gives a new one.
  Press Ctrl+C to stop everything.

MSG
  wait -n "${MOOC_PIDS[@]}" || true
  warn "A process ended on its own; stopping the rest."
  exit 1
}
