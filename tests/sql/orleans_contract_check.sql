-- tests/sql/orleans_contract_check.sql
--
-- Contract check for the Orleans 10.4.2 ADO.NET PostgreSQL schema
-- (src/Infrastructure/Database/Migrations/0001..0003). Exercises every query
-- key stored in orleans.orleansquery against the contract in
-- shared/orleans-adonet-postgresql-contract.md.
--
-- Usage (after applying the three migrations):
--   psql -v ON_ERROR_STOP=1 -h HOST -p PORT -U USER -d DB -f tests/sql/orleans_contract_check.sql
--
-- How the query texts are exercised: pg_temp.run(key, args) loads the stored
-- QueryText, refuses any @Name that Orleans does not bind for that key, requires
-- the args to supply exactly the parameters Orleans binds, substitutes each
-- @Name with a literal of the PostgreSQL type Npgsql would send (text, integer,
-- bigint, timestamptz, bytea; Period as integer or bigint by magnitude, typed
-- NULLs) and executes the resulting text. So the checks run the real stored
-- texts, not copies.
--
-- Every failed check raises an exception; with ON_ERROR_STOP the script exits
-- non-zero. Everything runs in one transaction that is rolled back at the end,
-- so the database is left as it was (ids are random as well).

\set ON_ERROR_STOP 1
\set QUIET 1
\pset pager off
SET client_min_messages = warning;
-- The application connects with "Search Path=orleans".
SET search_path = orleans;

BEGIN;

SELECT set_config('cc.run', replace(gen_random_uuid()::text, '-', ''), false) AS run_id \gset

-------------------------------------------------------------------------------
-- Helpers (temporary; they disappear with the session)
-------------------------------------------------------------------------------

-- The parameters Orleans 10.4.2 binds for each key (contract tables).
CREATE FUNCTION pg_temp.bound(p_key text) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
SELECT CASE p_key
    -- clustering
    WHEN 'InsertMembershipVersionKey'      THEN ARRAY['DeploymentId']
    WHEN 'MembershipReadAllKey'            THEN ARRAY['DeploymentId']
    WHEN 'MembershipReadRowKey'            THEN ARRAY['DeploymentId','Address','Port','Generation']
    WHEN 'InsertMembershipKey'             THEN ARRAY['DeploymentId','Address','Port','Generation','SiloName','HostName','Status','ProxyPort','StartTime','IAmAliveTime','Version']
    WHEN 'UpdateMembershipKey'             THEN ARRAY['DeploymentId','Address','Port','Generation','Status','SuspectTimes','IAmAliveTime','Version']
    WHEN 'UpdateIAmAlivetimeKey'           THEN ARRAY['DeploymentId','Address','Port','Generation','IAmAliveTime']
    WHEN 'GatewaysQueryKey'                THEN ARRAY['DeploymentId','Status']
    WHEN 'DeleteMembershipTableEntriesKey' THEN ARRAY['DeploymentId']
    WHEN 'CleanupDefunctSiloEntriesKey'    THEN ARRAY['DeploymentId','IAmAliveTime']
    WHEN 'CleanupDefunctSiloEntryKey'      THEN ARRAY['DeploymentId','Address','Port','Generation','StartTime','IAmAliveTime','SuspectTimes']
    -- persistence
    WHEN 'ReadFromStorageKey' THEN ARRAY['GrainIdHash','GrainIdN0','GrainIdN1','GrainTypeHash','GrainTypeString','GrainIdExtensionString','ServiceId']
    WHEN 'WriteToStorageKey'  THEN ARRAY['GrainIdHash','GrainIdN0','GrainIdN1','GrainTypeHash','GrainTypeString','GrainIdExtensionString','ServiceId','GrainStateVersion','PayloadBinary']
    WHEN 'ClearStorageKey'    THEN ARRAY['GrainIdHash','GrainIdN0','GrainIdN1','GrainTypeHash','GrainTypeString','GrainIdExtensionString','ServiceId','GrainStateVersion']
    WHEN 'DeleteStorageKey'   THEN ARRAY['GrainIdHash','GrainIdN0','GrainIdN1','GrainTypeHash','GrainTypeString','GrainIdExtensionString','ServiceId','GrainStateVersion']
    -- reminders
    WHEN 'ReadReminderRowsKey'   THEN ARRAY['ServiceId','GrainId']
    WHEN 'ReadReminderRowKey'    THEN ARRAY['ServiceId','GrainId','ReminderName']
    WHEN 'ReadRangeRows1Key'     THEN ARRAY['ServiceId','BeginHash','EndHash']
    WHEN 'ReadRangeRows2Key'     THEN ARRAY['ServiceId','BeginHash','EndHash']
    WHEN 'UpsertReminderRowKey'  THEN ARRAY['ServiceId','GrainId','ReminderName','StartTime','Period','GrainHash']
    WHEN 'DeleteReminderRowKey'  THEN ARRAY['ServiceId','GrainId','ReminderName','Version']
    WHEN 'DeleteReminderRowsKey' THEN ARRAY['ServiceId']
END
$$;

-- The PostgreSQL type Npgsql sends for each parameter.
CREATE FUNCTION pg_temp.ptype(p_name text, p_value jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_name IN ('DeploymentId','Address','SiloName','HostName','SuspectTimes',
                  'GrainTypeString','GrainIdExtensionString','ServiceId','GrainId','ReminderName') THEN
        RETURN 'text';
    ELSIF p_name IN ('Port','Generation','Status','ProxyPort','Version','GrainIdHash','GrainTypeHash',
                     'GrainStateVersion','GrainHash','BeginHash','EndHash') THEN
        RETURN 'integer';
    ELSIF p_name IN ('GrainIdN0','GrainIdN1') THEN
        RETURN 'bigint';
    ELSIF p_name IN ('StartTime','IAmAliveTime') THEN
        RETURN 'timestamptz';
    ELSIF p_name = 'PayloadBinary' THEN
        RETURN 'bytea';
    ELSIF p_name = 'Period' THEN
        -- Orleans sends int when the period in ms fits in int32, else long.
        IF p_value IS NULL OR jsonb_typeof(p_value) <> 'number'
           OR abs((p_value #>> '{}')::numeric) <= 2147483647 THEN
            RETURN 'integer';
        END IF;
        RETURN 'bigint';
    END IF;
    RAISE EXCEPTION 'test helper: no type known for parameter %', p_name;
END
$$;

-- The @Names a query text uses, in order of first use.
CREATE FUNCTION pg_temp.used(p_text text) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
SELECT coalesce(array_agg(n ORDER BY first_pos), ARRAY[]::text[])
FROM (
    SELECT m[1] AS n, min(ord) AS first_pos
    FROM regexp_matches(p_text, '@([A-Za-z_][A-Za-z0-9_]*)', 'g') WITH ORDINALITY AS t(m, ord)
    GROUP BY m[1]
) s
$$;

CREATE FUNCTION pg_temp.check(p_ok boolean, p_msg text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF p_ok IS NOT TRUE THEN
        RAISE EXCEPTION 'CONTRACT CHECK FAILED: %', p_msg;
    END IF;
END
$$;

-- Stored QueryText with Npgsql-like typed literals substituted for @Names.
CREATE FUNCTION pg_temp.sqltext(p_key text, p_args jsonb) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    v_text  text;
    v_bound text[] := pg_temp.bound(p_key);
    v_name  text;
    v_type  text;
    v_lit   text;
BEGIN
    SELECT querytext INTO v_text FROM orleans.orleansquery WHERE querykey = p_key;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'CONTRACT CHECK FAILED: query key % is missing', p_key;
    END IF;
    IF v_bound IS NULL THEN
        RAISE EXCEPTION 'test helper: unknown key %', p_key;
    END IF;
    -- Orleans binds all of these, so the caller must supply all of them...
    FOREACH v_name IN ARRAY v_bound LOOP
        IF NOT p_args ? v_name THEN
            RAISE EXCEPTION 'test helper: % called without bound parameter %', p_key, v_name;
        END IF;
    END LOOP;
    -- ...and nothing else.
    FOR v_name IN SELECT jsonb_object_keys(p_args) LOOP
        IF NOT v_name = ANY (v_bound) THEN
            RAISE EXCEPTION 'test helper: % is not bound by Orleans for %', v_name, p_key;
        END IF;
    END LOOP;
    -- The text may only reference bound parameters (exact spelling).
    FOREACH v_name IN ARRAY pg_temp.used(v_text) LOOP
        IF NOT v_name = ANY (v_bound) THEN
            RAISE EXCEPTION 'CONTRACT CHECK FAILED: % uses @% which Orleans does not bind', p_key, v_name;
        END IF;
    END LOOP;
    FOREACH v_name IN ARRAY v_bound LOOP
        v_type := pg_temp.ptype(v_name, p_args -> v_name);
        IF jsonb_typeof(p_args -> v_name) = 'null' THEN
            v_lit := format('CAST(NULL AS %s)', v_type);
        ELSE
            v_lit := format('CAST(%L AS %s)', p_args ->> v_name, v_type);
        END IF;
        v_text := regexp_replace(v_text, '@' || v_name || '\M', replace(v_lit, '\', '\\'), 'g');
    END LOOP;
    RETURN v_text;
END
$$;

-- Execute a key; returns its result rows (of the last statement) as jsonb objects.
CREATE FUNCTION pg_temp.run(p_key text, p_args jsonb) RETURNS jsonb[]
LANGUAGE plpgsql AS $$
DECLARE
    v_sql   text := pg_temp.sqltext(p_key, p_args);
    v_stmts text[];
    v_rows  jsonb[] := ARRAY[]::jsonb[];
    r       record;
BEGIN
    SELECT array_agg(s) INTO v_stmts
    FROM regexp_split_to_table(v_sql, ';') AS s
    WHERE btrim(s, E' \t\r\n') <> '';
    IF array_length(v_stmts, 1) > 1 THEN
        -- Multi-statement batch (one implicit transaction under Npgsql); no result used.
        EXECUTE v_sql;
    ELSIF v_sql ~* '^\s*(select|with)\M' OR v_sql ~* '\mreturning\M' THEN
        FOR r IN EXECUTE v_sql LOOP
            v_rows := v_rows || to_jsonb(r);
        END LOOP;
    ELSE
        EXECUTE v_sql;
    END IF;
    RETURN v_rows;
END
$$;

-- Keys whose result Orleans reads as a "boolean": exactly one row, one column,
-- non-NULL, 0/1 or boolean.
CREATE FUNCTION pg_temp.bool1(p_key text, p_args jsonb) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    v_rows jsonb[] := pg_temp.run(p_key, p_args);
    v_val  jsonb;
BEGIN
    PERFORM pg_temp.check(coalesce(array_length(v_rows, 1), 0) = 1,
        format('%s must return exactly one row, got %s', p_key, coalesce(array_length(v_rows, 1), 0)));
    PERFORM pg_temp.check((SELECT count(*) FROM jsonb_object_keys(v_rows[1])) = 1,
        format('%s must return exactly one column, got %s', p_key, v_rows[1]));
    SELECT value INTO v_val FROM jsonb_each(v_rows[1]);
    PERFORM pg_temp.check(jsonb_typeof(v_val) IN ('number', 'boolean'),
        format('%s must return a non-NULL 0/1 or boolean, got %s', p_key, v_val));
    IF jsonb_typeof(v_val) = 'boolean' THEN
        RETURN (v_val #>> '{}')::boolean;
    END IF;
    PERFORM pg_temp.check((v_val #>> '{}') IN ('0', '1'),
        format('%s must return 0 or 1, got %s', p_key, v_val));
    RETURN (v_val #>> '{}') = '1';
END
$$;

-- The value of the first (only) column of the single row, or raise.
CREATE FUNCTION pg_temp.single_value(p_key text, p_rows jsonb[]) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    v_val jsonb;
BEGIN
    PERFORM pg_temp.check(coalesce(array_length(p_rows, 1), 0) = 1,
        format('%s must return exactly one row, got %s', p_key, to_jsonb(p_rows)));
    PERFORM pg_temp.check((SELECT count(*) FROM jsonb_object_keys(p_rows[1])) = 1,
        format('%s must return a single column, got %s', p_key, p_rows[1]));
    SELECT value INTO v_val FROM jsonb_each(p_rows[1]);
    RETURN v_val;
END
$$;

CREATE FUNCTION pg_temp.nrows(p_rows jsonb[]) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(array_length(p_rows, 1), 0) $$;

-------------------------------------------------------------------------------
-- 0. Bootstrap and static checks on the stored texts
-------------------------------------------------------------------------------

\echo '== bootstrap query and key sets'
DO $$
DECLARE
    v_required text[] := ARRAY[
        'InsertMembershipVersionKey','MembershipReadAllKey','MembershipReadRowKey','InsertMembershipKey',
        'UpdateMembershipKey','UpdateIAmAlivetimeKey','GatewaysQueryKey','DeleteMembershipTableEntriesKey',
        'CleanupDefunctSiloEntriesKey','CleanupDefunctSiloEntryKey',
        'WriteToStorageKey','ReadFromStorageKey','ClearStorageKey','DeleteStorageKey',
        'ReadReminderRowsKey','ReadReminderRowKey','ReadRangeRows1Key','ReadRangeRows2Key',
        'UpsertReminderRowKey','DeleteReminderRowKey','DeleteReminderRowsKey'];
    v_keys text[];
    v_key  text;
BEGIN
    -- Exactly the hard-coded Orleans bootstrap text, resolved through search_path.
    EXECUTE 'SELECT array_agg(QueryKey) FROM (SELECT QueryKey, QueryText FROM OrleansQuery) q' INTO v_keys;
    FOREACH v_key IN ARRAY v_required LOOP
        PERFORM pg_temp.check(v_key = ANY (v_keys), format('query key %s missing', v_key));
    END LOOP;
    PERFORM pg_temp.check(
        (SELECT count(*) FROM orleans.orleansquery WHERE querytext IS NULL OR btrim(querytext) = '') = 0,
        'empty query text');
END
$$;

\echo '== @Names used per key (compare with the contract tables)'
SELECT q.querykey,
       array_to_string(pg_temp.used(q.querytext), ', ') AS used_parameters,
       CASE WHEN pg_temp.used(q.querytext) <@ pg_temp.bound(q.querykey) THEN 'ok' ELSE 'NOT BOUND' END AS check
FROM orleans.orleansquery AS q
ORDER BY q.querykey;

\echo '== every @Name is bound; every text parses with Npgsql-typed and untyped parameters'
DO $$
DECLARE
    q       record;
    v_used  text[];
    v_stmt  text;
    v_types text;
    v_name  text;
    i       integer;
    n       integer := 0;
BEGIN
    FOR q IN SELECT querykey, querytext FROM orleans.orleansquery ORDER BY querykey LOOP
        IF pg_temp.bound(q.querykey) IS NULL THEN
            CONTINUE;  -- not an Orleans key (ignored by Orleans)
        END IF;
        v_used := pg_temp.used(q.querytext);
        PERFORM pg_temp.check(v_used <@ pg_temp.bound(q.querykey),
            format('%s uses %s but Orleans binds only %s', q.querykey, v_used, pg_temp.bound(q.querykey)));
        -- Rewrite @Name -> $n the way Npgsql does (numbered per statement of a
        -- batch) and PREPARE each statement, once with the types Npgsql sends
        -- and once with all types unknown.
        FOR v_stmt IN SELECT s FROM regexp_split_to_table(q.querytext, ';') AS s
                      WHERE btrim(s, E' \t\r\n') <> '' LOOP
            v_used := pg_temp.used(v_stmt);
            v_types := '';
            FOR i IN 1 .. coalesce(array_length(v_used, 1), 0) LOOP
                v_stmt := regexp_replace(v_stmt, '@' || v_used[i] || '\M', '$' || i, 'g');
                v_types := v_types || CASE WHEN i > 1 THEN ', ' ELSE '' END
                           || pg_temp.ptype(v_used[i], NULL);
            END LOOP;
            IF v_types <> '' THEN
                EXECUTE format('PREPARE cc_typed (%s) AS %s', v_types, v_stmt);
            ELSE
                EXECUTE format('PREPARE cc_typed AS %s', v_stmt);
            END IF;
            EXECUTE 'DEALLOCATE cc_typed';
            EXECUTE format('PREPARE cc_untyped AS %s', v_stmt);
            EXECUTE 'DEALLOCATE cc_untyped';
            n := n + 1;
        END LOOP;
    END LOOP;
    RAISE NOTICE '% statements prepared', n;
END
$$;

-------------------------------------------------------------------------------
-- 1. Clustering
-------------------------------------------------------------------------------

\echo '== clustering'
DO $$
DECLARE
    dep   text := 'cc-dep-' || current_setting('cc.run');
    t0    timestamptz := '2030-01-02 03:04:05.678+00';
    rows  jsonb[];
    r     jsonb;
    ver   integer;
    silo_a jsonb;
    silo_b jsonb;
    ok    boolean;
BEGIN
    -- Insert/Update on a deployment without a version row: conflict, not an error.
    PERFORM pg_temp.check(NOT pg_temp.bool1('InsertMembershipKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', '10.0.0.1', 'Port', 11111, 'Generation', 1,
        'SiloName', 'a', 'HostName', 'host-a', 'Status', 1, 'ProxyPort', 30000,
        'StartTime', t0, 'IAmAliveTime', t0, 'Version', 0)),
        'InsertMembership without version row must return 0');

    -- ReadAll on an unknown deployment: zero rows (Orleans needs InsertMembershipVersion first).
    rows := pg_temp.run('MembershipReadAllKey', jsonb_build_object('DeploymentId', dep));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 0, 'ReadAll without version row returns no rows');

    -- InsertMembershipVersionKey: 1 then 0.
    PERFORM pg_temp.check(pg_temp.bool1('InsertMembershipVersionKey', jsonb_build_object('DeploymentId', dep)),
        'InsertMembershipVersion must return 1 the first time');
    PERFORM pg_temp.check(NOT pg_temp.bool1('InsertMembershipVersionKey', jsonb_build_object('DeploymentId', dep)),
        'InsertMembershipVersion must return 0 the second time');

    -- ReadAll with no silos: one row, NULL silo columns, Version 0.
    rows := pg_temp.run('MembershipReadAllKey', jsonb_build_object('DeploymentId', dep));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1, format('ReadAll with no silos must return 1 row, got %s', to_jsonb(rows)));
    r := rows[1];
    PERFORM pg_temp.check(r ? 'address' AND r ? 'port' AND r ? 'generation' AND r ? 'siloname' AND r ? 'hostname'
        AND r ? 'status' AND r ? 'proxyport' AND r ? 'suspecttimes' AND r ? 'starttime' AND r ? 'iamalivetime'
        AND r ? 'version', format('ReadAll columns incomplete: %s', r));
    PERFORM pg_temp.check(jsonb_typeof(r -> 'starttime') = 'null' AND jsonb_typeof(r -> 'address') = 'null',
        format('ReadAll with no silos must have NULL silo columns: %s', r));
    PERFORM pg_temp.check((r ->> 'version')::int = 0, 'initial version must be 0');

    -- ReadRow for a missing silo: the version row is still returned.
    rows := pg_temp.run('MembershipReadRowKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', '10.0.0.1', 'Port', 11111, 'Generation', 1));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1 AND jsonb_typeof(rows[1] -> 'starttime') = 'null'
        AND (rows[1] ->> 'version')::int = 0, format('ReadRow for missing silo: %s', to_jsonb(rows)));

    -- InsertMembershipKey with the right version: succeeds, bumps the version.
    silo_a := jsonb_build_object(
        'DeploymentId', dep, 'Address', '10.0.0.1', 'Port', 11111, 'Generation', 1,
        'SiloName', 'silo-a', 'HostName', 'host-a', 'Status', 2, 'ProxyPort', 30000,
        'StartTime', '2030-01-02T03:04:05.6784321Z', 'IAmAliveTime', t0);
    PERFORM pg_temp.check(pg_temp.bool1('InsertMembershipKey', silo_a || '{"Version": 0}'),
        'InsertMembership with current version must return 1');
    rows := pg_temp.run('MembershipReadAllKey', jsonb_build_object('DeploymentId', dep));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1, 'one silo expected');
    r := rows[1];
    PERFORM pg_temp.check((r ->> 'version')::int = 1, format('version must be 1 after insert: %s', r));
    PERFORM pg_temp.check(r ->> 'address' = '10.0.0.1' AND (r ->> 'port')::int = 11111
        AND (r ->> 'generation')::int = 1 AND r ->> 'siloname' = 'silo-a' AND r ->> 'hostname' = 'host-a'
        AND (r ->> 'status')::int = 2 AND (r ->> 'proxyport')::int = 30000
        AND jsonb_typeof(r -> 'suspecttimes') = 'null'
        AND (r ->> 'starttime')::timestamptz = '2030-01-02 03:04:05.678+00'
        AND (r ->> 'iamalivetime')::timestamptz = t0, format('inserted silo row wrong: %s', r));

    -- Stale version: 0, nothing changes.
    silo_b := jsonb_build_object(
        'DeploymentId', dep, 'Address', '10.0.0.2', 'Port', 11111, 'Generation', 7,
        'SiloName', 'silo-b', 'HostName', 'host-b', 'Status', 3, 'ProxyPort', 0,
        'StartTime', t0, 'IAmAliveTime', t0);
    PERFORM pg_temp.check(NOT pg_temp.bool1('InsertMembershipKey', silo_b || '{"Version": 0}'),
        'InsertMembership with stale version must return 0');
    rows := pg_temp.run('MembershipReadAllKey', jsonb_build_object('DeploymentId', dep));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1 AND (rows[1] ->> 'version')::int = 1,
        format('stale insert must change nothing: %s', to_jsonb(rows)));

    -- Same silo key again with the right version: 0, version not bumped.
    PERFORM pg_temp.check(NOT pg_temp.bool1('InsertMembershipKey', silo_a || '{"Version": 1}'),
        'InsertMembership of an existing silo must return 0');
    rows := pg_temp.run('MembershipReadAllKey', jsonb_build_object('DeploymentId', dep));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1 AND (rows[1] ->> 'version')::int = 1,
        format('duplicate insert must change nothing: %s', to_jsonb(rows)));

    -- Second silo (Active, but ProxyPort 0) with the right version.
    PERFORM pg_temp.check(pg_temp.bool1('InsertMembershipKey', silo_b || '{"Version": 1}'),
        'InsertMembership of silo b with current version must return 1');

    -- UpdateMembershipKey with the right version.
    PERFORM pg_temp.check(pg_temp.bool1('UpdateMembershipKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', '10.0.0.1', 'Port', 11111, 'Generation', 1,
        'Status', 3, 'SuspectTimes', '10.0.0.2:11111@7,2030-01-02 03:05:00.000 GMT',
        'IAmAliveTime', t0 + interval '10 seconds', 'Version', 2)),
        'UpdateMembership with current version must return 1');
    rows := pg_temp.run('MembershipReadRowKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', '10.0.0.1', 'Port', 11111, 'Generation', 1));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1, 'ReadRow must return one row');
    r := rows[1];
    PERFORM pg_temp.check((r ->> 'version')::int = 3 AND (r ->> 'status')::int = 3
        AND r ->> 'suspecttimes' = '10.0.0.2:11111@7,2030-01-02 03:05:00.000 GMT'
        AND (r ->> 'iamalivetime')::timestamptz = t0 + interval '10 seconds'
        AND r ->> 'siloname' = 'silo-a', format('updated row wrong: %s', r));

    -- UpdateMembershipKey with a stale version: 0, nothing changes.
    PERFORM pg_temp.check(NOT pg_temp.bool1('UpdateMembershipKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', '10.0.0.1', 'Port', 11111, 'Generation', 1,
        'Status', 6, 'SuspectTimes', NULL, 'IAmAliveTime', t0 + interval '20 seconds', 'Version', 2)),
        'UpdateMembership with stale version must return 0');
    rows := pg_temp.run('MembershipReadRowKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', '10.0.0.1', 'Port', 11111, 'Generation', 1));
    r := rows[1];
    PERFORM pg_temp.check((r ->> 'version')::int = 3 AND (r ->> 'status')::int = 3
        AND r ->> 'suspecttimes' = '10.0.0.2:11111@7,2030-01-02 03:05:00.000 GMT'
        AND (r ->> 'iamalivetime')::timestamptz = t0 + interval '10 seconds',
        format('stale update must change nothing: %s', r));

    -- UpdateMembershipKey of a missing silo with the right version: 0, version kept.
    PERFORM pg_temp.check(NOT pg_temp.bool1('UpdateMembershipKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', '10.9.9.9', 'Port', 1, 'Generation', 1,
        'Status', 3, 'SuspectTimes', NULL, 'IAmAliveTime', t0, 'Version', 3)),
        'UpdateMembership of a missing silo must return 0');
    rows := pg_temp.run('MembershipReadAllKey', jsonb_build_object('DeploymentId', dep));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 2 AND (rows[1] ->> 'version')::int = 3,
        format('update of missing silo must change nothing: %s', to_jsonb(rows)));

    -- UpdateMembershipKey clearing SuspectTimes (typed NULL) with the right version.
    PERFORM pg_temp.check(pg_temp.bool1('UpdateMembershipKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', '10.0.0.1', 'Port', 11111, 'Generation', 1,
        'Status', 3, 'SuspectTimes', NULL, 'IAmAliveTime', t0 + interval '10 seconds', 'Version', 3)),
        'UpdateMembership with NULL SuspectTimes must return 1');
    rows := pg_temp.run('MembershipReadRowKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', '10.0.0.1', 'Port', 11111, 'Generation', 1));
    PERFORM pg_temp.check((rows[1] ->> 'version')::int = 4 AND jsonb_typeof(rows[1] -> 'suspecttimes') = 'null',
        format('SuspectTimes must be NULL after update: %s', rows[1]));

    -- Heartbeat: sets IAmAliveTime, does not change Version.
    PERFORM pg_temp.run('UpdateIAmAlivetimeKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', '10.0.0.1', 'Port', 11111, 'Generation', 1,
        'IAmAliveTime', t0 + interval '60 seconds'));
    rows := pg_temp.run('MembershipReadRowKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', '10.0.0.1', 'Port', 11111, 'Generation', 1));
    PERFORM pg_temp.check((rows[1] ->> 'version')::int = 4
        AND (rows[1] ->> 'iamalivetime')::timestamptz = t0 + interval '60 seconds',
        format('heartbeat must set IAmAliveTime and keep Version: %s', rows[1]));
    -- An older heartbeat never moves IAmAliveTime backwards.
    PERFORM pg_temp.run('UpdateIAmAlivetimeKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', '10.0.0.1', 'Port', 11111, 'Generation', 1,
        'IAmAliveTime', t0 + interval '30 seconds'));
    rows := pg_temp.run('MembershipReadRowKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', '10.0.0.1', 'Port', 11111, 'Generation', 1));
    PERFORM pg_temp.check((rows[1] ->> 'version')::int = 4
        AND (rows[1] ->> 'iamalivetime')::timestamptz = t0 + interval '60 seconds',
        format('older heartbeat must not move IAmAliveTime back: %s', rows[1]));

    -- Gateways: Active with ProxyPort > 0 only (silo b is Active with ProxyPort 0).
    rows := pg_temp.run('GatewaysQueryKey', jsonb_build_object('DeploymentId', dep, 'Status', 3));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1 AND rows[1] ->> 'address' = '10.0.0.1'
        AND (rows[1] ->> 'proxyport')::int = 30000 AND (rows[1] ->> 'generation')::int = 1,
        format('GatewaysQuery wrong: %s', to_jsonb(rows)));
    -- Another deployment's silos are not visible.
    rows := pg_temp.run('GatewaysQueryKey', jsonb_build_object('DeploymentId', dep || '-other', 'Status', 3));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 0, 'GatewaysQuery must filter by deployment');

    -- Version overflow is an error (Orleans counts it as a failed operation), not a wrap.
    BEGIN
        UPDATE orleans.orleansmembershipversiontable SET version = 2147483647 WHERE deploymentid = dep;
        PERFORM pg_temp.bool1('UpdateMembershipKey', jsonb_build_object(
            'DeploymentId', dep, 'Address', '10.0.0.1', 'Port', 11111, 'Generation', 1,
            'Status', 3, 'SuspectTimes', NULL, 'IAmAliveTime', t0, 'Version', 2147483647));
        RAISE EXCEPTION 'CONTRACT CHECK FAILED: version overflow must raise';
    EXCEPTION WHEN numeric_value_out_of_range THEN
        NULL;  -- expected; the subtransaction rolled the version back to 4
    END;
    rows := pg_temp.run('MembershipReadAllKey', jsonb_build_object('DeploymentId', dep));
    PERFORM pg_temp.check((rows[1] ->> 'version')::int = 4, 'version must be back at 4');

    -- DeleteMembershipTableEntriesKey: silo rows and version row gone.
    PERFORM pg_temp.run('DeleteMembershipTableEntriesKey', jsonb_build_object('DeploymentId', dep));
    rows := pg_temp.run('MembershipReadAllKey', jsonb_build_object('DeploymentId', dep));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 0, 'DeleteMembershipTableEntries must remove everything');
    PERFORM pg_temp.check((SELECT count(*) FROM orleans.orleansmembershiptable WHERE deploymentid = dep) = 0,
        'silo rows must be gone');
    PERFORM pg_temp.check(pg_temp.bool1('InsertMembershipVersionKey', jsonb_build_object('DeploymentId', dep)),
        'InsertMembershipVersion must return 1 after delete');
END
$$;

\echo '== clustering: cleanup (CleanupDefunctSiloEntryKey, CleanupDefunctSiloEntriesKey)'
DO $$
DECLARE
    dep    text := 'cc-dep-' || current_setting('cc.run');
    old    timestamptz := '2030-01-01 00:00:00.1234567+00';
    cutoff timestamptz := '2030-01-05 00:00:00+00';
    recent timestamptz := '2030-01-06 00:00:00+00';
    rows   jsonb[];
    r      jsonb;
    ver    integer;
    i      integer;
    dead   jsonb;
    votes  text := '10.0.0.1:11111@1,2030-01-01 00:00:01.000 GMT';
BEGIN
    -- Version row exists (re-created at the end of the previous block) at 0.
    -- Silos on port 2000+i, generation i:
    --  1: Dead, old, no votes (NULL)    2: Dead, old, votes ''      3: Dead, old, votes
    --  4: Active, old                   5: Dead, recent heartbeat   6: Dead, old, no votes
    FOR i IN 1 .. 6 LOOP
        PERFORM pg_temp.check(pg_temp.bool1('InsertMembershipKey', jsonb_build_object(
            'DeploymentId', dep, 'Address', '10.1.0.' || i, 'Port', 2000 + i, 'Generation', i,
            'SiloName', 's' || i, 'HostName', 'h' || i, 'Status', 1, 'ProxyPort', 0,
            'StartTime', old, 'IAmAliveTime', old, 'Version', 2 * (i - 1))), format('insert silo %s', i));
        PERFORM pg_temp.check(pg_temp.bool1('UpdateMembershipKey', jsonb_build_object(
            'DeploymentId', dep, 'Address', '10.1.0.' || i, 'Port', 2000 + i, 'Generation', i,
            'Status', CASE WHEN i = 4 THEN 3 ELSE 6 END,
            'SuspectTimes', CASE i WHEN 2 THEN to_jsonb(''::text) WHEN 3 THEN to_jsonb(votes) ELSE 'null'::jsonb END,
            'IAmAliveTime', CASE WHEN i = 5 THEN recent ELSE old END,
            'Version', 2 * (i - 1) + 1)), format('update silo %s', i));
    END LOOP;
    rows := pg_temp.run('MembershipReadAllKey', jsonb_build_object('DeploymentId', dep));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 6 AND (rows[1] ->> 'version')::int = 12,
        format('six silos at version 12 expected, got %s rows', pg_temp.nrows(rows)));

    -- Silo 1 as Orleans read it (values come back at millisecond precision).
    SELECT x INTO dead FROM unnest(rows) AS x WHERE (x ->> 'generation')::int = 1;
    PERFORM pg_temp.check((dead ->> 'starttime')::timestamptz = '2030-01-01 00:00:00.123+00',
        format('StartTime must be stored at millisecond precision: %s', dead));

    -- Mismatched IAmAliveTime / StartTime / SuspectTimes / generation: nothing deleted.
    PERFORM pg_temp.run('CleanupDefunctSiloEntryKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', dead ->> 'address', 'Port', (dead ->> 'port')::int,
        'Generation', (dead ->> 'generation')::int, 'StartTime', dead -> 'starttime',
        'IAmAliveTime', (dead ->> 'iamalivetime')::timestamptz + interval '1 millisecond',
        'SuspectTimes', dead -> 'suspecttimes'));
    PERFORM pg_temp.run('CleanupDefunctSiloEntryKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', dead ->> 'address', 'Port', (dead ->> 'port')::int,
        'Generation', (dead ->> 'generation')::int,
        'StartTime', (dead ->> 'starttime')::timestamptz - interval '1 millisecond',
        'IAmAliveTime', dead -> 'iamalivetime', 'SuspectTimes', dead -> 'suspecttimes'));
    PERFORM pg_temp.run('CleanupDefunctSiloEntryKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', dead ->> 'address', 'Port', (dead ->> 'port')::int,
        'Generation', (dead ->> 'generation')::int, 'StartTime', dead -> 'starttime',
        'IAmAliveTime', dead -> 'iamalivetime', 'SuspectTimes', votes));
    PERFORM pg_temp.run('CleanupDefunctSiloEntryKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', dead ->> 'address', 'Port', (dead ->> 'port')::int,
        'Generation', 99, 'StartTime', dead -> 'starttime',
        'IAmAliveTime', dead -> 'iamalivetime', 'SuspectTimes', dead -> 'suspecttimes'));
    PERFORM pg_temp.check((SELECT count(*) FROM orleans.orleansmembershiptable
                           WHERE deploymentid = dep AND generation = 1) = 1,
        'CleanupDefunctSiloEntry must not delete when captured values differ');

    -- Active silo 4 with exactly its own values: not Dead, so kept.
    SELECT x INTO r FROM unnest(rows) AS x WHERE (x ->> 'generation')::int = 4;
    PERFORM pg_temp.run('CleanupDefunctSiloEntryKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', r ->> 'address', 'Port', (r ->> 'port')::int,
        'Generation', (r ->> 'generation')::int, 'StartTime', r -> 'starttime',
        'IAmAliveTime', r -> 'iamalivetime', 'SuspectTimes', r -> 'suspecttimes'));
    PERFORM pg_temp.check((SELECT count(*) FROM orleans.orleansmembershiptable
                           WHERE deploymentid = dep AND generation = 4) = 1,
        'CleanupDefunctSiloEntry must not delete a non-Dead silo');

    -- Matching values: deleted; Version untouched.
    PERFORM pg_temp.run('CleanupDefunctSiloEntryKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', dead ->> 'address', 'Port', (dead ->> 'port')::int,
        'Generation', (dead ->> 'generation')::int, 'StartTime', dead -> 'starttime',
        'IAmAliveTime', dead -> 'iamalivetime', 'SuspectTimes', dead -> 'suspecttimes'));
    PERFORM pg_temp.check((SELECT count(*) FROM orleans.orleansmembershiptable
                           WHERE deploymentid = dep AND generation = 1) = 0,
        'CleanupDefunctSiloEntry must delete the matching dead silo');

    -- Silo 2 stores '' and Orleans passes NULL (NULL is the same as empty): deleted.
    SELECT x INTO r FROM unnest(rows) AS x WHERE (x ->> 'generation')::int = 2;
    PERFORM pg_temp.check(r ->> 'suspecttimes' = '', format('silo 2 must store empty SuspectTimes: %s', r));
    PERFORM pg_temp.run('CleanupDefunctSiloEntryKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', r ->> 'address', 'Port', (r ->> 'port')::int,
        'Generation', (r ->> 'generation')::int, 'StartTime', r -> 'starttime',
        'IAmAliveTime', r -> 'iamalivetime', 'SuspectTimes', NULL));
    PERFORM pg_temp.check((SELECT count(*) FROM orleans.orleansmembershiptable
                           WHERE deploymentid = dep AND generation = 2) = 0,
        'CleanupDefunctSiloEntry must treat NULL and empty SuspectTimes alike');

    -- Silo 3 with its exact votes: deleted (Orleans decides about the cutoff, SQL matches values).
    SELECT x INTO r FROM unnest(rows) AS x WHERE (x ->> 'generation')::int = 3;
    PERFORM pg_temp.run('CleanupDefunctSiloEntryKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', r ->> 'address', 'Port', (r ->> 'port')::int,
        'Generation', (r ->> 'generation')::int, 'StartTime', r -> 'starttime',
        'IAmAliveTime', r -> 'iamalivetime', 'SuspectTimes', r -> 'suspecttimes'));
    PERFORM pg_temp.check((SELECT count(*) FROM orleans.orleansmembershiptable
                           WHERE deploymentid = dep AND generation = 3) = 0,
        'CleanupDefunctSiloEntry must delete when SuspectTimes match');

    rows := pg_temp.run('MembershipReadAllKey', jsonb_build_object('DeploymentId', dep));
    PERFORM pg_temp.check((rows[1] ->> 'version')::int = 12, 'cleanup must not touch Version');

    -- Put back a Dead silo with votes (gen 3) to exercise the bulk rule.
    PERFORM pg_temp.check(pg_temp.bool1('InsertMembershipKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', '10.1.0.3', 'Port', 2003, 'Generation', 3,
        'SiloName', 's3', 'HostName', 'h3', 'Status', 6, 'ProxyPort', 0,
        'StartTime', old, 'IAmAliveTime', old, 'Version', 12)), 're-insert silo 3');
    PERFORM pg_temp.check(pg_temp.bool1('UpdateMembershipKey', jsonb_build_object(
        'DeploymentId', dep, 'Address', '10.1.0.3', 'Port', 2003, 'Generation', 3,
        'Status', 6, 'SuspectTimes', votes, 'IAmAliveTime', old, 'Version', 13)), 'update silo 3');

    -- CleanupDefunctSiloEntriesKey: Status 6, IAmAliveTime and StartTime before the
    -- cutoff, SuspectTimes NULL/empty. Only silo 6 qualifies
    -- (3 has votes, 4 is Active, 5 has a recent heartbeat).
    PERFORM pg_temp.run('CleanupDefunctSiloEntriesKey', jsonb_build_object('DeploymentId', dep, 'IAmAliveTime', cutoff));
    PERFORM pg_temp.check(
        (SELECT array_agg(generation ORDER BY generation) FROM orleans.orleansmembershiptable WHERE deploymentid = dep)
        = ARRAY[3, 4, 5], 'CleanupDefunctSiloEntries must delete exactly silo 6');
    rows := pg_temp.run('MembershipReadAllKey', jsonb_build_object('DeploymentId', dep));
    PERFORM pg_temp.check((rows[1] ->> 'version')::int = 14, 'bulk cleanup must not touch Version');

    PERFORM pg_temp.run('DeleteMembershipTableEntriesKey', jsonb_build_object('DeploymentId', dep));
END
$$;

-------------------------------------------------------------------------------
-- 2. Persistence
-------------------------------------------------------------------------------

\echo '== persistence'
DO $$
DECLARE
    svc  text := 'cc-svc-' || current_setting('cc.run');
    k    jsonb;   -- natural key + hashes (Guid key, no extension)
    kx   jsonb;   -- same grain with a key extension
    ks   jsonb;   -- string key, same hashes (simulated collision)
    kt   jsonb;   -- other state name, same hashes (simulated collision)
    rows jsonb[];
    v    jsonb;
BEGIN
    k := jsonb_build_object('GrainIdHash', -123456789, 'GrainIdN0', -5842148325542127011, 'GrainIdN1', 4611686018427387904,
        'GrainTypeHash', -987654321, 'GrainTypeString', 'state', 'GrainIdExtensionString', NULL, 'ServiceId', svc);
    kx := k || '{"GrainIdExtensionString": "ext"}';
    ks := k || jsonb_build_object('GrainIdN0', 0, 'GrainIdN1', 0, 'GrainIdExtensionString', 'string-key/with spaces');
    kt := k || '{"GrainTypeString": "other-state"}';

    -- Read before any write: no rows.
    rows := pg_temp.run('ReadFromStorageKey', k);
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 0, 'Read of an unknown grain must return no rows');

    -- First write (ETag NULL): inserted at version 1.
    v := pg_temp.single_value('WriteToStorageKey', pg_temp.run('WriteToStorageKey',
        k || jsonb_build_object('GrainStateVersion', NULL, 'PayloadBinary', '\x7b2261223a317d')));
    PERFORM pg_temp.check(v = '1'::jsonb, format('first write must return 1, got %s', v));
    rows := pg_temp.run('WriteToStorageKey',
        k || jsonb_build_object('GrainStateVersion', NULL, 'PayloadBinary', '\x00'));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1 AND rows[1] ? 'newgrainstateversion',
        format('WriteToStorage must return one row with NewGrainStateVersion: %s', to_jsonb(rows)));
    -- (that was the conflicting first write)
    PERFORM pg_temp.check(jsonb_typeof(rows[1] -> 'newgrainstateversion') = 'null',
        format('conflicting first write must return NULL, got %s', rows[1]));
    rows := pg_temp.run('ReadFromStorageKey', k);
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1 AND rows[1] ->> 'payloadbinary' = '\x7b2261223a317d'
        AND (rows[1] ->> 'version')::int = 1, format('read after first write wrong: %s', to_jsonb(rows)));

    -- Update with the right version: 2.
    v := pg_temp.single_value('WriteToStorageKey', pg_temp.run('WriteToStorageKey',
        k || jsonb_build_object('GrainStateVersion', 1, 'PayloadBinary', '\x7b2261223a327d')));
    PERFORM pg_temp.check(v = '2'::jsonb, format('update with current version must return 2, got %s', v));
    -- Stale version: the incoming version comes back unchanged, nothing written.
    v := pg_temp.single_value('WriteToStorageKey', pg_temp.run('WriteToStorageKey',
        k || jsonb_build_object('GrainStateVersion', 1, 'PayloadBinary', '\xdead')));
    PERFORM pg_temp.check(v = '1'::jsonb, format('stale update must return the incoming version 1, got %s', v));
    rows := pg_temp.run('ReadFromStorageKey', k);
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1 AND rows[1] ->> 'payloadbinary' = '\x7b2261223a327d'
        AND (rows[1] ->> 'version')::int = 2, format('stale update must change nothing: %s', to_jsonb(rows)));

    -- Extension, string key and other state name with colliding hashes are separate rows.
    v := pg_temp.single_value('WriteToStorageKey', pg_temp.run('WriteToStorageKey',
        kx || jsonb_build_object('GrainStateVersion', NULL, 'PayloadBinary', '\x01')));
    PERFORM pg_temp.check(v = '1'::jsonb, format('first write with extension must return 1, got %s', v));
    v := pg_temp.single_value('WriteToStorageKey', pg_temp.run('WriteToStorageKey',
        ks || jsonb_build_object('GrainStateVersion', NULL, 'PayloadBinary', '\x02')));
    PERFORM pg_temp.check(v = '1'::jsonb, format('first write of string key must return 1, got %s', v));
    v := pg_temp.single_value('WriteToStorageKey', pg_temp.run('WriteToStorageKey',
        kt || jsonb_build_object('GrainStateVersion', NULL, 'PayloadBinary', '\x03')));
    PERFORM pg_temp.check(v = '1'::jsonb, format('first write of other state name must return 1, got %s', v));
    rows := pg_temp.run('ReadFromStorageKey', kx);
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1 AND rows[1] ->> 'payloadbinary' = '\x01',
        format('read with extension wrong: %s', to_jsonb(rows)));
    rows := pg_temp.run('ReadFromStorageKey', ks);
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1 AND rows[1] ->> 'payloadbinary' = '\x02',
        format('read of string key wrong: %s', to_jsonb(rows)));
    rows := pg_temp.run('ReadFromStorageKey', kt);
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1 AND rows[1] ->> 'payloadbinary' = '\x03',
        format('read of other state name wrong: %s', to_jsonb(rows)));
    rows := pg_temp.run('ReadFromStorageKey', k || jsonb_build_object('ServiceId', svc || '-other'));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 0, 'another ServiceId must not see the row');
    rows := pg_temp.run('ReadFromStorageKey', k);
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1 AND (rows[1] ->> 'version')::int = 2,
        format('NULL extension must not match other rows: %s', to_jsonb(rows)));

    -- Update with a version but no row: conflict (incoming version returned).
    v := pg_temp.single_value('WriteToStorageKey', pg_temp.run('WriteToStorageKey',
        k || jsonb_build_object('GrainIdN1', 42, 'GrainStateVersion', 5, 'PayloadBinary', '\x04')));
    PERFORM pg_temp.check(v = '5'::jsonb, format('update of a missing row must return 5, got %s', v));

    -- Clear: stale version -> no rows; right version -> new version, row kept with NULL payload.
    rows := pg_temp.run('ClearStorageKey', k || '{"GrainStateVersion": 1}');
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 0, format('stale clear must return no rows: %s', to_jsonb(rows)));
    rows := pg_temp.run('ClearStorageKey', k || '{"GrainStateVersion": null}');
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 0, format('clear with NULL ETag must return no rows: %s', to_jsonb(rows)));
    v := pg_temp.single_value('ClearStorageKey', pg_temp.run('ClearStorageKey', k || '{"GrainStateVersion": 2}'));
    PERFORM pg_temp.check(v = '3'::jsonb, format('clear must return the new version 3, got %s', v));
    rows := pg_temp.run('ReadFromStorageKey', k);
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1 AND jsonb_typeof(rows[1] -> 'payloadbinary') = 'null'
        AND (rows[1] ->> 'version')::int = 3, format('read after clear wrong: %s', to_jsonb(rows)));

    -- Write after clear continues the version sequence.
    v := pg_temp.single_value('WriteToStorageKey', pg_temp.run('WriteToStorageKey',
        k || jsonb_build_object('GrainStateVersion', 3, 'PayloadBinary', '\x7b7d')));
    PERFORM pg_temp.check(v = '4'::jsonb, format('write after clear must return 4, got %s', v));

    -- Delete: stale -> no rows; right -> one value different from the ETag; row gone.
    rows := pg_temp.run('DeleteStorageKey', k || '{"GrainStateVersion": 3}');
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 0, format('stale delete must return no rows: %s', to_jsonb(rows)));
    v := pg_temp.single_value('DeleteStorageKey', pg_temp.run('DeleteStorageKey', k || '{"GrainStateVersion": 4}'));
    PERFORM pg_temp.check(jsonb_typeof(v) = 'number' AND v <> '4'::jsonb,
        format('delete must return a value other than the ETag 4, got %s', v));
    rows := pg_temp.run('ReadFromStorageKey', k);
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 0, 'read after delete must return no rows');
    rows := pg_temp.run('ReadFromStorageKey', kx);
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1, 'delete must not touch the extension row');

    -- After delete Orleans' ETag is NULL: the next write inserts at 1 again.
    v := pg_temp.single_value('WriteToStorageKey', pg_temp.run('WriteToStorageKey',
        k || jsonb_build_object('GrainStateVersion', NULL, 'PayloadBinary', '\x05')));
    PERFORM pg_temp.check(v = '1'::jsonb, format('write after delete must return 1, got %s', v));

    -- The natural key is unique with NULL extension matching NULL.
    BEGIN
        INSERT INTO orleans.orleansstorage (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring,
            grainidextensionstring, serviceid, payloadbinary, version)
        VALUES (1, (k ->> 'GrainIdN0')::bigint, (k ->> 'GrainIdN1')::bigint, 2, 'state', NULL, svc, NULL, 1);
        RAISE EXCEPTION 'CONTRACT CHECK FAILED: duplicate natural key (NULL extension) was accepted';
    EXCEPTION WHEN unique_violation THEN
        NULL;  -- expected
    END;
END
$$;

-------------------------------------------------------------------------------
-- 3. Reminders
-------------------------------------------------------------------------------

\echo '== reminders'
DO $$
DECLARE
    svc   text := 'cc-svc-' || current_setting('cc.run');
    t0    timestamptz := '2030-03-04 05:06:07.089+00';
    rows  jsonb[];
    v     jsonb;
    names text[];
    g     record;
BEGIN
    -- Upsert: inserted at 0, then 1 with StartTime, Period and GrainHash overwritten.
    v := pg_temp.single_value('UpsertReminderRowKey', pg_temp.run('UpsertReminderRowKey', jsonb_build_object(
        'ServiceId', svc, 'GrainId', 'user/42', 'ReminderName', 'r1', 'StartTime', t0,
        'Period', 60000, 'GrainHash', -100)));
    PERFORM pg_temp.check(v = '0'::jsonb, format('first upsert must return version 0, got %s', v));
    rows := pg_temp.run('UpsertReminderRowKey', jsonb_build_object(
        'ServiceId', svc, 'GrainId', 'user/42', 'ReminderName', 'r1', 'StartTime', t0 + interval '1 hour',
        'Period', 3000000000, 'GrainHash', -101));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1 AND rows[1] ? 'version' AND (rows[1] ->> 'version')::int = 1,
        format('second upsert must return one row with version 1: %s', to_jsonb(rows)));
    rows := pg_temp.run('ReadReminderRowKey', jsonb_build_object(
        'ServiceId', svc, 'GrainId', 'user/42', 'ReminderName', 'r1'));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1 AND rows[1] ->> 'grainid' = 'user/42'
        AND rows[1] ->> 'remindername' = 'r1'
        AND (rows[1] ->> 'starttime')::timestamptz = t0 + interval '1 hour'
        AND (rows[1] ->> 'period')::bigint = 3000000000 AND (rows[1] ->> 'version')::int = 1,
        format('ReadReminderRow after upsert wrong: %s', to_jsonb(rows)));
    PERFORM pg_temp.check((SELECT grainhash FROM orleans.orleansreminderstable
                           WHERE serviceid = svc AND grainid = 'user/42' AND remindername = 'r1') = -101,
        'upsert must overwrite GrainHash');
    -- Back to an int-sized period.
    rows := pg_temp.run('UpsertReminderRowKey', jsonb_build_object(
        'ServiceId', svc, 'GrainId', 'user/42', 'ReminderName', 'r1', 'StartTime', t0,
        'Period', 60000, 'GrainHash', -100));
    PERFORM pg_temp.check((rows[1] ->> 'version')::int = 2, 'third upsert must return version 2');

    -- More reminders across the signed hash range (uint 3000000000 == int -1294967296).
    FOR g IN SELECT * FROM (VALUES
            ('user/42', 'r2', -100),
            ('user/min', 'a', -2147483648),
            ('user/neg', 'a', -1294967296),
            ('user/zero', 'a', 0),
            ('user/100', 'a', 100),
            ('user/max', 'a', 2147483647)) AS t(grainid, name, hash) LOOP
        v := pg_temp.single_value('UpsertReminderRowKey', pg_temp.run('UpsertReminderRowKey', jsonb_build_object(
            'ServiceId', svc, 'GrainId', g.grainid, 'ReminderName', g.name, 'StartTime', t0,
            'Period', 1000, 'GrainHash', g.hash)));
        PERFORM pg_temp.check(v = '0'::jsonb, format('upsert %s/%s must return 0', g.grainid, g.name));
    END LOOP;
    -- Another service's reminder must never show up.
    PERFORM pg_temp.run('UpsertReminderRowKey', jsonb_build_object(
        'ServiceId', svc || '-other', 'GrainId', 'user/42', 'ReminderName', 'r1', 'StartTime', t0,
        'Period', 1000, 'GrainHash', -100));

    -- Reads by grain.
    rows := pg_temp.run('ReadReminderRowsKey', jsonb_build_object('ServiceId', svc, 'GrainId', 'user/42'));
    SELECT array_agg(x ->> 'remindername' ORDER BY x ->> 'remindername') INTO names FROM unnest(rows) AS x;
    PERFORM pg_temp.check(names = ARRAY['r1', 'r2'], format('ReadReminderRows wrong: %s', to_jsonb(rows)));
    PERFORM pg_temp.check(rows[1] ? 'grainid' AND rows[1] ? 'remindername' AND rows[1] ? 'starttime'
        AND rows[1] ? 'period' AND rows[1] ? 'version', format('reminder row columns: %s', rows[1]));
    rows := pg_temp.run('ReadReminderRowKey', jsonb_build_object(
        'ServiceId', svc, 'GrainId', 'user/42', 'ReminderName', 'nope'));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 0, 'ReadReminderRow of a missing reminder must return no rows');

    -- Rows1: BeginHash < GrainHash <= EndHash, signed.
    rows := pg_temp.run('ReadRangeRows1Key', jsonb_build_object('ServiceId', svc, 'BeginHash', -200, 'EndHash', 100));
    SELECT array_agg(x ->> 'grainid' || ':' || (x ->> 'remindername') ORDER BY x ->> 'grainid' || ':' || (x ->> 'remindername')) INTO names FROM unnest(rows) AS x;
    PERFORM pg_temp.check(names = ARRAY['user/100:a', 'user/42:r1', 'user/42:r2', 'user/zero:a'],
        format('ReadRangeRows1 (-200, 100] wrong: %s', names));
    rows := pg_temp.run('ReadRangeRows1Key', jsonb_build_object('ServiceId', svc, 'BeginHash', -100, 'EndHash', 0));
    SELECT array_agg(x ->> 'grainid' ORDER BY x ->> 'grainid') INTO names FROM unnest(rows) AS x;
    PERFORM pg_temp.check(names = ARRAY['user/zero'], format('ReadRangeRows1 (-100, 0] wrong: %s', names));
    rows := pg_temp.run('ReadRangeRows1Key', jsonb_build_object('ServiceId', svc, 'BeginHash', -2147483648, 'EndHash', -1294967296));
    SELECT array_agg(x ->> 'grainid' ORDER BY x ->> 'grainid') INTO names FROM unnest(rows) AS x;
    PERFORM pg_temp.check(names = ARRAY['user/neg'], format('ReadRangeRows1 negative half wrong: %s', names));

    -- Rows2 (wrapped): GrainHash > BeginHash OR GrainHash <= EndHash.
    rows := pg_temp.run('ReadRangeRows2Key', jsonb_build_object('ServiceId', svc, 'BeginHash', 1000, 'EndHash', -1294967296));
    SELECT array_agg(x ->> 'grainid' ORDER BY x ->> 'grainid') INTO names FROM unnest(rows) AS x;
    PERFORM pg_temp.check(names = ARRAY['user/max', 'user/min', 'user/neg'],
        format('ReadRangeRows2 (1000 .. wrap .. -1294967296] wrong: %s', names));
    rows := pg_temp.run('ReadRangeRows2Key', jsonb_build_object('ServiceId', svc, 'BeginHash', 100, 'EndHash', -2147483648));
    SELECT array_agg(x ->> 'grainid' ORDER BY x ->> 'grainid') INTO names FROM unnest(rows) AS x;
    PERFORM pg_temp.check(names = ARRAY['user/max', 'user/min'], format('ReadRangeRows2 (100 .. wrap .. min] wrong: %s', names));
    -- Full ring (begin = end): everything of this service.
    rows := pg_temp.run('ReadRangeRows2Key', jsonb_build_object('ServiceId', svc, 'BeginHash', 0, 'EndHash', 0));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 7, format('full ring must return 7 rows, got %s', pg_temp.nrows(rows)));

    -- Delete by version: stale -> 0 and kept; right -> 1; again -> 0.
    PERFORM pg_temp.check(NOT pg_temp.bool1('DeleteReminderRowKey', jsonb_build_object(
        'ServiceId', svc, 'GrainId', 'user/42', 'ReminderName', 'r1', 'Version', 1)),
        'DeleteReminderRow with stale version must return 0');
    rows := pg_temp.run('ReadReminderRowKey', jsonb_build_object(
        'ServiceId', svc, 'GrainId', 'user/42', 'ReminderName', 'r1'));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1, 'stale delete must keep the reminder');
    PERFORM pg_temp.check(pg_temp.bool1('DeleteReminderRowKey', jsonb_build_object(
        'ServiceId', svc, 'GrainId', 'user/42', 'ReminderName', 'r1', 'Version', 2)),
        'DeleteReminderRow with current version must return 1');
    PERFORM pg_temp.check(NOT pg_temp.bool1('DeleteReminderRowKey', jsonb_build_object(
        'ServiceId', svc, 'GrainId', 'user/42', 'ReminderName', 'r1', 'Version', 2)),
        'DeleteReminderRow of a missing reminder must return 0');

    -- Delete all of the service; the other service keeps its row.
    PERFORM pg_temp.run('DeleteReminderRowsKey', jsonb_build_object('ServiceId', svc));
    rows := pg_temp.run('ReadRangeRows2Key', jsonb_build_object('ServiceId', svc, 'BeginHash', 0, 'EndHash', 0));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 0, 'DeleteReminderRows must delete every reminder of the service');
    rows := pg_temp.run('ReadReminderRowsKey', jsonb_build_object('ServiceId', svc || '-other', 'GrainId', 'user/42'));
    PERFORM pg_temp.check(pg_temp.nrows(rows) = 1, 'DeleteReminderRows must not touch other services');
END
$$;

ROLLBACK;

\echo 'orleans contract check: all checks passed'
