# ./mooc test: every test project against a throw-away local PostgreSQL (or ConnectionStrings__Mooc).
_test_cleanup() { pg_local_destroy; }

mooc_test() {
  ensure_dotnet; ensure_node; ensure_curl; ensure_fonts; ensure_poppler; ensure_postgres; ensure_chromium; ensure_nginx
  trap _test_cleanup EXIT
  if [ -z "${ConnectionStrings__Mooc:-}" ]; then
    local dir="$MOOC_ROOT/.local/test-postgres"
    rm -rf "$dir" "/var/tmp/mooc-postgres-$(printf '%s' "$dir" | md5sum | cut -c1-12)"
    MOOC_PG_FSYNC=off pg_local_start "$dir" mooc
  fi
  export MOOC_TEST_POSTGRES=$ConnectionStrings__Mooc
  # The fault tests restart this server through './mooc fault restart-postgres' (nothing else runs meanwhile).
  [ -n "$PG_LOCAL_DIR" ] && export MOOC_TEST_POSTGRES_ENV="$PG_LOCAL_DIR/postgres.env"

  say "Building (Release)"
  dotnet build "$MOOC_ROOT/Mooc.sln" -c Release -nologo -v quiet -clp:ErrorsOnly || die "The build failed"

  local passed=0 failed=0 skipped=0 status=0 project out
  for project in UnitTests IntegrationTests BrowserTests; do
    say "Testing $project"
    out=$(mktemp)
    if ! dotnet test "$MOOC_ROOT/tests/$project/$project.csproj" -c Release --no-build -nologo "$@" 2>&1 | tee "$out"; then
      status=1
    fi
    local line; line=$(grep -E '(Passed|Failed)! +- Failed: ' "$out" | tail -n 1 || true)
    if [ -z "$line" ]; then
      warn "$project reported no totals"; status=1
    else
      failed=$((failed + $(sed -E 's/.*Failed: +([0-9]+).*/\1/' <<<"$line")))
      passed=$((passed + $(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$line")))
      skipped=$((skipped + $(sed -E 's/.*Skipped: +([0-9]+).*/\1/' <<<"$line")))
    fi
    rm -f "$out"
  done

  local totals="$passed passed, $failed failed"
  [ "$skipped" -gt 0 ] && totals="$totals, $skipped skipped"
  echo "$totals"
  [ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
}
