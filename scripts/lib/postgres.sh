# A project-local PostgreSQL cluster: initdb + pg_ctl, loopback TCP only, trust auth, a free port.
# Sourced. pg_local_start DIR sets ConnectionStrings__Mooc; pg_local_stop stops it.
PG_LOCAL_DIR=""
PG_RUN_AS=()

_pg_prepare_user() {
  PG_RUN_AS=()
  if [ "$(id -u)" = 0 ]; then
    # PostgreSQL refuses to run as root: run it as the 'postgres' system user.
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    PG_RUN_AS=(runuser -u postgres --)
  fi
}

# Runs a PostgreSQL tool as the server's user, from / (the caller's folder may be closed to that user).
_pg_as() { (cd / && "${PG_RUN_AS[@]}" "$@"); }

# Can the server's user reach DIR (every ancestor traversable)?
_pg_dir_reachable() { _pg_as test -w "$1" 2>/dev/null; }

pg_local_start() {
  local dir=$1 db=${2:-mooc}
  ensure_postgres
  _pg_prepare_user
  mkdir -p "$dir"
  if [ ${#PG_RUN_AS[@]} -gt 0 ]; then
    chown postgres "$dir"
    if ! _pg_dir_reachable "$dir"; then
      # A parent folder (e.g. one made by mktemp -d) is closed to other users: keep the data in a folder of its own.
      local alt="/var/tmp/mooc-postgres-$(printf '%s' "$dir" | md5sum | cut -c1-12)"
      warn "$dir is not reachable by the postgres user; using $alt for the database files"
      mkdir -p "$alt"; chown postgres "$alt"; chmod 700 "$alt"
      dir=$alt
    fi
  fi
  PG_LOCAL_DIR=$dir
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    say "Creating a local PostgreSQL cluster in $dir/data"
    _pg_as "$PG_BIN/initdb" -D "$dir/data" -U mooc -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  fi
  if _pg_as "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    _pg_as "$PG_BIN/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  fi
  local port; port=$(free_port "${MOOC_PG_PORT:-55432}")
  local options="-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=400 -c shared_buffers=256MB -c fsync=${MOOC_PG_FSYNC:-on}"
  say "Starting PostgreSQL on 127.0.0.1:$port"
  _pg_as "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 -o "$options" \
    start >/dev/null || { tail -n 20 "$dir/postgres.log" >&2; die "PostgreSQL did not start"; }
  # What './mooc fault restart-postgres' needs to stop and start this server the same way.
  {
    printf 'PG_BIN=%q\n' "$PG_BIN"
    printf 'PG_DATA=%q\n' "$dir/data"
    printf 'PG_LOG=%q\n' "$dir/postgres.log"
    printf 'PG_OPTIONS=%q\n' "$options"
    printf 'PG_PORT=%q\n' "$port"
    printf 'PG_USER=%q\n' "${PG_RUN_AS:+postgres}"
  } > "$dir/postgres.env"
  chmod 644 "$dir/postgres.env"
  if ! "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U mooc -d postgres -tAc "select 1 from pg_database where datname='$db'" | grep -q 1; then
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U mooc "$db"
  fi
  export MOOC_PG_PORT=$port
  export ConnectionStrings__Mooc="Host=127.0.0.1;Port=$port;Database=$db;Username=mooc;Maximum Pool Size=200"
}

pg_local_stop() {
  [ -n "$PG_LOCAL_DIR" ] || return 0
  _pg_as "$PG_BIN/pg_ctl" -D "$PG_LOCAL_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  PG_LOCAL_DIR=""
}

# Stops the cluster and deletes its files (the test command's throw-away database).
pg_local_destroy() {
  local dir=$PG_LOCAL_DIR
  pg_local_stop
  [ -n "$dir" ] && rm -rf "$dir"
}
