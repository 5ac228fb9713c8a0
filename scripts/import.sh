# ./mooc import-accounts FILE.csv [--out NEW.csv]: creates accounts from a CSV through a running Mooc.
mooc_import() {
  [ $# -ge 1 ] || die "usage: ./mooc import-accounts FILE.csv [--out NEW-ACCOUNTS.csv]"
  ensure_dotnet
  if [ -z "${ConnectionStrings__Mooc:-}" ]; then
    [ -f "$MOOC_ROOT/.local/run.env" ] || die "Mooc is not running here: start './mooc run' in another terminal, or set ConnectionStrings__Mooc."
    # shellcheck disable=SC1091
    source "$MOOC_ROOT/.local/run.env"
    export ConnectionStrings__Mooc
  fi
  local dll="$MOOC_ROOT/src/WebFrontend/bin/Release/net10.0/Mooc.WebFrontend.dll"
  [ -f "$dll" ] || dotnet build "$MOOC_ROOT/src/WebFrontend/WebFrontend.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly || die "The build failed"
  local args=("$(realpath "$1")"); shift
  if [ "${1:-}" = "--out" ] && [ -n "${2:-}" ]; then args+=(--out "$(realpath -m "$2")"); shift 2; fi
  [ $# -eq 0 ] || die "usage: ./mooc import-accounts FILE.csv [--out NEW-ACCOUNTS.csv]"
  dotnet "$dll" import-accounts "${args[@]}"
}
