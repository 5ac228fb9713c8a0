# ./mooc rebuild-projections: every read model thrown away and projected again from the events.
# The silos must be stopped (their projection daemon would race the rebuild); the command checks.
_rebuild_cleanup() { pg_local_stop; }

mooc_rebuild() {
  ensure_dotnet
  if [ -z "${ConnectionStrings__Mooc:-}" ]; then
    [ ! -f "$MOOC_ROOT/.local/run.env" ] || die "'./mooc run' is running: stop it (Ctrl+C) before rebuilding the projections."
    trap _rebuild_cleanup EXIT
    pg_local_start "$MOOC_ROOT/.local/postgres" mooc
  fi
  local dll="$MOOC_ROOT/src/Silo/bin/Release/net10.0/Mooc.Silo.dll"
  dotnet build "$MOOC_ROOT/src/Silo/Silo.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly || die "The build failed"
  dotnet "$dll" rebuild-projections
}
