-- 0001_orleans_clustering.sql
-- Orleans 10.4.2 ADO.NET clustering (membership) provider on PostgreSQL 15+.
-- Written from /work/shared/orleans-adonet-postgresql-contract.md (section 2).
--
-- Run once by the migration runner inside a single transaction (whole file as
-- one command text). No BEGIN/COMMIT, no psql meta-commands. Every statement is
-- safe to re-run.
--
-- Everything lives in schema "orleans". Orleans bootstraps with the hard-coded,
-- unqualified and unquoted "SELECT QueryKey, QueryText FROM OrleansQuery", so the
-- application connects with "Search Path=orleans" and every identifier here is
-- unquoted lowercase. Inside the query texts, parameters are written @Name with
-- the exact spelling Orleans binds; every table and function name is qualified.

CREATE SCHEMA IF NOT EXISTS orleans;

-- Shared by all providers (clustering, persistence, reminders).
CREATE TABLE IF NOT EXISTS orleans.orleansquery
(
    querykey  varchar(64)   NOT NULL,
    querytext varchar(8000) NOT NULL,
    CONSTRAINT pk_orleansquery PRIMARY KEY (querykey)
);

-- One row per cluster (DeploymentId = ClusterOptions.ClusterId). Its version is
-- the single ETag of the whole membership table.
CREATE TABLE IF NOT EXISTS orleans.orleansmembershipversiontable
(
    deploymentid text           NOT NULL,
    timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    version      integer        NOT NULL DEFAULT 0,
    CONSTRAINT pk_orleansmembershipversiontable PRIMARY KEY (deploymentid)
);

CREATE TABLE IF NOT EXISTS orleans.orleansmembershiptable
(
    deploymentid text           NOT NULL,
    address      text           NOT NULL,
    port         integer        NOT NULL,
    generation   integer        NOT NULL,
    siloname     text           NOT NULL,
    hostname     text           NOT NULL,
    status       integer        NOT NULL,
    proxyport    integer        NULL,
    suspecttimes text           NULL,
    starttime    timestamptz(3) NOT NULL,
    iamalivetime timestamptz(3) NOT NULL,
    CONSTRAINT pk_orleansmembershiptable PRIMARY KEY (deploymentid, address, port, generation),
    CONSTRAINT fk_orleansmembershiptable_version FOREIGN KEY (deploymentid)
        REFERENCES orleans.orleansmembershipversiontable (deploymentid) ON DELETE CASCADE
);

-- InsertMembershipVersionKey: create the version row (Version 0) if missing.
-- Returns 1 when created, 0 when it already existed.
CREATE OR REPLACE FUNCTION orleans.insert_membership_version(p_deploymentid text)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_rows integer;
BEGIN
    INSERT INTO orleans.orleansmembershipversiontable (deploymentid, timestamp, version)
    VALUES (p_deploymentid, now(), 0)
    ON CONFLICT (deploymentid) DO NOTHING;
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    RETURN v_rows;
END;
$fn$;

-- InsertMembershipKey: atomic check-and-write.
-- 1. Lock the version row, but only if its version still equals p_version
--    (under READ COMMITTED a concurrent writer's bump makes the re-checked
--    row fail the predicate, so we see "no row" and report a conflict).
-- 2. Insert the silo row unless (deploymentid, address, port, generation)
--    already exists.
-- 3. Bump the version.
-- Any "no" before step 3 returns 0 having written nothing (the lock is all we
-- took); any error rolls the whole call back.
CREATE OR REPLACE FUNCTION orleans.insert_membership(
    p_deploymentid text,
    p_address      text,
    p_port         integer,
    p_generation   integer,
    p_siloname     text,
    p_hostname     text,
    p_status       integer,
    p_proxyport    integer,
    p_starttime    timestamptz,
    p_iamalivetime timestamptz,
    p_version      integer)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_current integer;
    v_rows    integer;
BEGIN
    SELECT v.version INTO v_current
    FROM orleans.orleansmembershipversiontable AS v
    WHERE v.deploymentid = p_deploymentid
      AND v.version = p_version
    FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    IF v_current = 2147483647 THEN
        RAISE EXCEPTION 'orleans membership version for deployment % cannot be incremented past %',
            p_deploymentid, v_current
            USING ERRCODE = 'numeric_value_out_of_range';
    END IF;

    INSERT INTO orleans.orleansmembershiptable
        (deploymentid, address, port, generation, siloname, hostname, status,
         proxyport, suspecttimes, starttime, iamalivetime)
    VALUES
        (p_deploymentid, p_address, p_port, p_generation, p_siloname, p_hostname, p_status,
         p_proxyport, NULL, p_starttime, p_iamalivetime)
    ON CONFLICT (deploymentid, address, port, generation) DO NOTHING;
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    IF v_rows = 0 THEN
        RETURN 0;
    END IF;

    UPDATE orleans.orleansmembershipversiontable
    SET version = version + 1,
        timestamp = now()
    WHERE deploymentid = p_deploymentid;
    RETURN 1;
END;
$fn$;

-- UpdateMembershipKey: atomic check-and-write, same pattern as insert_membership.
-- IAmAliveTime never moves backwards (a stale entry must not undo a heartbeat).
CREATE OR REPLACE FUNCTION orleans.update_membership(
    p_deploymentid text,
    p_address      text,
    p_port         integer,
    p_generation   integer,
    p_status       integer,
    p_suspecttimes text,
    p_iamalivetime timestamptz,
    p_version      integer)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_current integer;
    v_rows    integer;
BEGIN
    SELECT v.version INTO v_current
    FROM orleans.orleansmembershipversiontable AS v
    WHERE v.deploymentid = p_deploymentid
      AND v.version = p_version
    FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    IF v_current = 2147483647 THEN
        RAISE EXCEPTION 'orleans membership version for deployment % cannot be incremented past %',
            p_deploymentid, v_current
            USING ERRCODE = 'numeric_value_out_of_range';
    END IF;

    UPDATE orleans.orleansmembershiptable AS m
    SET status       = p_status,
        suspecttimes = p_suspecttimes,
        iamalivetime = GREATEST(m.iamalivetime, p_iamalivetime)
    WHERE m.deploymentid = p_deploymentid
      AND m.address = p_address
      AND m.port = p_port
      AND m.generation = p_generation;
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    IF v_rows = 0 THEN
        RETURN 0;
    END IF;

    UPDATE orleans.orleansmembershipversiontable
    SET version = version + 1,
        timestamp = now()
    WHERE deploymentid = p_deploymentid;
    RETURN 1;
END;
$fn$;

INSERT INTO orleans.orleansquery (querykey, querytext)
VALUES
(
    'InsertMembershipVersionKey',
    $q$SELECT orleans.insert_membership_version(@DeploymentId) AS inserted;$q$
),
(
    'MembershipReadAllKey',
    $q$SELECT v.deploymentid,
       m.address,
       m.port,
       m.generation,
       m.siloname,
       m.hostname,
       m.status,
       m.proxyport,
       m.suspecttimes,
       m.starttime,
       m.iamalivetime,
       v.version
FROM orleans.orleansmembershipversiontable AS v
LEFT JOIN orleans.orleansmembershiptable AS m
       ON m.deploymentid = v.deploymentid
WHERE v.deploymentid = @DeploymentId;$q$
),
(
    'MembershipReadRowKey',
    $q$SELECT v.deploymentid,
       m.address,
       m.port,
       m.generation,
       m.siloname,
       m.hostname,
       m.status,
       m.proxyport,
       m.suspecttimes,
       m.starttime,
       m.iamalivetime,
       v.version
FROM orleans.orleansmembershipversiontable AS v
LEFT JOIN orleans.orleansmembershiptable AS m
       ON m.deploymentid = v.deploymentid
      AND m.address = CAST(@Address AS text)
      AND m.port = CAST(@Port AS integer)
      AND m.generation = CAST(@Generation AS integer)
WHERE v.deploymentid = @DeploymentId;$q$
),
(
    'InsertMembershipKey',
    $q$SELECT orleans.insert_membership(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version) AS succeeded;$q$
),
(
    'UpdateMembershipKey',
    $q$SELECT orleans.update_membership(@DeploymentId, @Address, @Port, @Generation, @Status, CAST(@SuspectTimes AS text), @IAmAliveTime, @Version) AS succeeded;$q$
),
(
    'UpdateIAmAlivetimeKey',
    $q$UPDATE orleans.orleansmembershiptable AS m
SET iamalivetime = GREATEST(m.iamalivetime, CAST(@IAmAliveTime AS timestamptz))
WHERE m.deploymentid = @DeploymentId
  AND m.address = CAST(@Address AS text)
  AND m.port = CAST(@Port AS integer)
  AND m.generation = CAST(@Generation AS integer);$q$
),
(
    'GatewaysQueryKey',
    $q$SELECT m.address,
       m.proxyport,
       m.generation
FROM orleans.orleansmembershiptable AS m
WHERE m.deploymentid = @DeploymentId
  AND m.status = CAST(@Status AS integer)
  AND m.proxyport > 0;$q$
),
(
    'DeleteMembershipTableEntriesKey',
    $q$DELETE FROM orleans.orleansmembershiptable WHERE deploymentid = @DeploymentId;
DELETE FROM orleans.orleansmembershipversiontable WHERE deploymentid = @DeploymentId;$q$
),
(
    'CleanupDefunctSiloEntriesKey',
    $q$DELETE FROM orleans.orleansmembershiptable AS m
WHERE m.deploymentid = @DeploymentId
  AND m.status = 6
  AND m.iamalivetime < CAST(@IAmAliveTime AS timestamptz)
  AND m.starttime < CAST(@IAmAliveTime AS timestamptz)
  AND (m.suspecttimes IS NULL OR m.suspecttimes = '');$q$
),
(
    'CleanupDefunctSiloEntryKey',
    $q$DELETE FROM orleans.orleansmembershiptable AS m
WHERE m.deploymentid = @DeploymentId
  AND m.address = CAST(@Address AS text)
  AND m.port = CAST(@Port AS integer)
  AND m.generation = CAST(@Generation AS integer)
  AND m.status = 6
  AND m.starttime = CAST(@StartTime AS timestamptz(3))
  AND m.iamalivetime = CAST(@IAmAliveTime AS timestamptz(3))
  AND COALESCE(m.suspecttimes, '') = COALESCE(CAST(@SuspectTimes AS text), '');$q$
)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
