# ./mooc verify-attempts [ATTEMPT-ID ...]: recompute the hash chain of stored exam attempts (all when no id is given).
# Reads only: it runs beside './mooc run' (using its database) or, when Mooc is stopped, on the local database.
_verify_cleanup() { pg_local_stop; }

mooc_verify() {
  ensure_dotnet
  if [ -z "${ConnectionStrings__Mooc:-}" ]; then
    if [ -f "$MOOC_ROOT/.local/run.env" ]; then
      # shellcheck disable=SC1091
      source "$MOOC_ROOT/.local/run.env"
      export ConnectionStrings__Mooc
    else
      trap _verify_cleanup EXIT
      pg_local_start "$MOOC_ROOT/.local/postgres" mooc
    fi
  fi
  local dll="$MOOC_ROOT/src/Silo/bin/Release/net10.0/Mooc.Silo.dll"
  [ -f "$dll" ] || dotnet build "$MOOC_ROOT/src/Silo/Silo.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly || die "The build failed"
  dotnet "$dll" verify-attempts "$@"
}
