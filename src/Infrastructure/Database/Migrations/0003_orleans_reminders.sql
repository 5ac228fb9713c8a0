-- 0003_orleans_reminders.sql
-- Orleans 10.4.2 ADO.NET reminders provider on PostgreSQL 15+.
-- Written from /work/shared/orleans-adonet-postgresql-contract.md (section 4).
-- Requires 0001 (schema orleans and table orleans.orleansquery).
--
-- Run once inside a single transaction; safe to re-run.
--
-- grainhash, @GrainHash, @BeginHash and @EndHash are Orleans' uint uniform hash
-- codes reinterpreted as signed int32: they are stored as integer and compared
-- signed. Period (milliseconds) arrives as integer or bigint and is stored as
-- bigint. Orleans 10.4.2 uses exactly these seven columns (no cron/priority).

CREATE TABLE IF NOT EXISTS orleans.orleansreminderstable
(
    serviceid    text           NOT NULL,
    grainid      text           NOT NULL,
    remindername text           NOT NULL,
    starttime    timestamptz(3) NOT NULL,
    period       bigint         NOT NULL,
    grainhash    integer        NOT NULL,
    version      integer        NOT NULL,
    CONSTRAINT pk_orleansreminderstable PRIMARY KEY (serviceid, grainid, remindername)
);

CREATE INDEX IF NOT EXISTS ix_orleansreminderstable_serviceid_grainhash
    ON orleans.orleansreminderstable (serviceid, grainhash);

INSERT INTO orleans.orleansquery (querykey, querytext)
VALUES
(
    'ReadReminderRowsKey',
    $q$SELECT r.grainid,
       r.remindername,
       r.starttime,
       r.period,
       r.version
FROM orleans.orleansreminderstable AS r
WHERE r.serviceid = @ServiceId
  AND r.grainid = CAST(@GrainId AS text);$q$
),
(
    'ReadReminderRowKey',
    $q$SELECT r.grainid,
       r.remindername,
       r.starttime,
       r.period,
       r.version
FROM orleans.orleansreminderstable AS r
WHERE r.serviceid = @ServiceId
  AND r.grainid = CAST(@GrainId AS text)
  AND r.remindername = CAST(@ReminderName AS text);$q$
),
(
    'ReadRangeRows1Key',
    $q$SELECT r.grainid,
       r.remindername,
       r.starttime,
       r.period,
       r.version
FROM orleans.orleansreminderstable AS r
WHERE r.serviceid = @ServiceId
  AND r.grainhash > CAST(@BeginHash AS integer)
  AND r.grainhash <= CAST(@EndHash AS integer);$q$
),
(
    'ReadRangeRows2Key',
    $q$SELECT r.grainid,
       r.remindername,
       r.starttime,
       r.period,
       r.version
FROM orleans.orleansreminderstable AS r
WHERE r.serviceid = @ServiceId
  AND (r.grainhash > CAST(@BeginHash AS integer)
       OR r.grainhash <= CAST(@EndHash AS integer));$q$
),
(
    'UpsertReminderRowKey',
    $q$INSERT INTO orleans.orleansreminderstable AS r
    (serviceid, grainid, remindername, starttime, period, grainhash, version)
VALUES
    (@ServiceId, CAST(@GrainId AS text), @ReminderName, @StartTime, CAST(@Period AS bigint), CAST(@GrainHash AS integer), 0)
ON CONFLICT (serviceid, grainid, remindername) DO UPDATE
SET starttime = EXCLUDED.starttime,
    period    = EXCLUDED.period,
    grainhash = EXCLUDED.grainhash,
    version   = r.version + 1
RETURNING r.version;$q$
),
(
    'DeleteReminderRowKey',
    $q$WITH deleted AS (
    DELETE FROM orleans.orleansreminderstable AS r
    WHERE r.serviceid = @ServiceId
      AND r.grainid = CAST(@GrainId AS text)
      AND r.remindername = CAST(@ReminderName AS text)
      AND r.version = CAST(@Version AS integer)
    RETURNING 1
)
SELECT count(*)::integer AS deleted FROM deleted;$q$
),
(
    'DeleteReminderRowsKey',
    $q$DELETE FROM orleans.orleansreminderstable WHERE serviceid = @ServiceId;$q$
)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
