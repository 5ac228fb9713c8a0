-- 0002_orleans_persistence.sql
-- Orleans 10.4.2 ADO.NET grain storage (persistence) provider on PostgreSQL 15+.
-- Written from /work/shared/orleans-adonet-postgresql-contract.md (section 3).
-- Requires 0001 (schema orleans and table orleans.orleansquery).
--
-- Run once inside a single transaction; safe to re-run.
--
-- Natural key: (serviceid, graintypestring, grainidn0, grainidn1,
-- grainidextensionstring) with NULL extension matching NULL. It is enforced by a
-- unique index (NULLS NOT DISTINCT, PostgreSQL 15), so two concurrent first
-- writes cannot create duplicates: the loser's INSERT ... ON CONFLICT DO NOTHING
-- inserts nothing and the query returns NULL, which Orleans reports as an
-- InconsistentStateException (an ordinary ETag conflict).
--
-- GrainIdHash / GrainTypeHash are opaque signed int32 values computed by Orleans.
-- They are compared only so the (grainidhash, graintypehash) index can be used;
-- the full natural key is always compared as well (hashes collide).

CREATE TABLE IF NOT EXISTS orleans.orleansstorage
(
    grainidhash            integer        NOT NULL,
    grainidn0              bigint         NOT NULL,
    grainidn1              bigint         NOT NULL,
    graintypehash          integer        NOT NULL,
    graintypestring        text           NOT NULL,
    grainidextensionstring text           NULL,
    serviceid              text           NOT NULL,
    payloadbinary          bytea          NULL,
    modifiedon             timestamptz(3) NOT NULL DEFAULT now(),
    version                integer        NOT NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS ux_orleansstorage_naturalkey
    ON orleans.orleansstorage (serviceid, graintypestring, grainidn0, grainidn1, grainidextensionstring)
    NULLS NOT DISTINCT;

CREATE INDEX IF NOT EXISTS ix_orleansstorage_hashes
    ON orleans.orleansstorage (grainidhash, graintypehash);

-- WriteToStorageKey.
--   p_grainstateversion IS NULL  -> first write: insert with version 1 only if
--                                   no row has this natural key; return 1, or
--                                   NULL when a row already exists (conflict).
--   p_grainstateversion not NULL -> update payload and bump version only where
--                                   the stored version equals it; return the new
--                                   version, or p_grainstateversion unchanged
--                                   when nothing matched (conflict).
CREATE OR REPLACE FUNCTION orleans.writetostorage(
    p_grainidhash            integer,
    p_grainidn0              bigint,
    p_grainidn1              bigint,
    p_graintypehash          integer,
    p_graintypestring        text,
    p_grainidextensionstring text,
    p_serviceid              text,
    p_grainstateversion      integer,
    p_payloadbinary          bytea)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_newversion integer;
BEGIN
    IF p_grainstateversion IS NULL THEN
        INSERT INTO orleans.orleansstorage
            (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring,
             grainidextensionstring, serviceid, payloadbinary, modifiedon, version)
        VALUES
            (p_grainidhash, p_grainidn0, p_grainidn1, p_graintypehash, p_graintypestring,
             p_grainidextensionstring, p_serviceid, p_payloadbinary, now(), 1)
        ON CONFLICT (serviceid, graintypestring, grainidn0, grainidn1, grainidextensionstring)
            DO NOTHING
        RETURNING version INTO v_newversion;
        -- NULL when the row already existed: Orleans treats it as a conflict.
        RETURN v_newversion;
    END IF;

    UPDATE orleans.orleansstorage AS s
    SET payloadbinary = p_payloadbinary,
        modifiedon    = now(),
        version       = s.version + 1
    WHERE s.grainidhash = p_grainidhash
      AND s.graintypehash = p_graintypehash
      AND s.serviceid = p_serviceid
      AND s.graintypestring = p_graintypestring
      AND s.grainidn0 = p_grainidn0
      AND s.grainidn1 = p_grainidn1
      AND s.grainidextensionstring IS NOT DISTINCT FROM p_grainidextensionstring
      AND s.version = p_grainstateversion
    RETURNING s.version INTO v_newversion;

    IF NOT FOUND THEN
        -- Stale ETag or row gone: return the incoming version (conflict).
        RETURN p_grainstateversion;
    END IF;
    RETURN v_newversion;
END;
$fn$;

INSERT INTO orleans.orleansquery (querykey, querytext)
VALUES
(
    'WriteToStorageKey',
    $q$SELECT orleans.writetostorage(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, CAST(@GrainIdExtensionString AS text), @ServiceId, CAST(@GrainStateVersion AS integer), @PayloadBinary) AS newgrainstateversion;$q$
),
(
    'ReadFromStorageKey',
    $q$SELECT s.payloadbinary,
       s.version
FROM orleans.orleansstorage AS s
WHERE s.grainidhash = CAST(@GrainIdHash AS integer)
  AND s.graintypehash = CAST(@GrainTypeHash AS integer)
  AND s.serviceid = CAST(@ServiceId AS text)
  AND s.graintypestring = CAST(@GrainTypeString AS text)
  AND s.grainidn0 = CAST(@GrainIdN0 AS bigint)
  AND s.grainidn1 = CAST(@GrainIdN1 AS bigint)
  AND s.grainidextensionstring IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS text);$q$
),
(
    'ClearStorageKey',
    $q$UPDATE orleans.orleansstorage AS s
SET payloadbinary = NULL,
    modifiedon    = now(),
    version       = s.version + 1
WHERE s.grainidhash = CAST(@GrainIdHash AS integer)
  AND s.graintypehash = CAST(@GrainTypeHash AS integer)
  AND s.serviceid = CAST(@ServiceId AS text)
  AND s.graintypestring = CAST(@GrainTypeString AS text)
  AND s.grainidn0 = CAST(@GrainIdN0 AS bigint)
  AND s.grainidn1 = CAST(@GrainIdN1 AS bigint)
  AND s.grainidextensionstring IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS text)
  AND s.version = CAST(@GrainStateVersion AS integer)
RETURNING s.version;$q$
),
(
    'DeleteStorageKey',
    $q$DELETE FROM orleans.orleansstorage AS s
WHERE s.grainidhash = CAST(@GrainIdHash AS integer)
  AND s.graintypehash = CAST(@GrainTypeHash AS integer)
  AND s.serviceid = CAST(@ServiceId AS text)
  AND s.graintypestring = CAST(@GrainTypeString AS text)
  AND s.grainidn0 = CAST(@GrainIdN0 AS bigint)
  AND s.grainidn1 = CAST(@GrainIdN1 AS bigint)
  AND s.grainidextensionstring IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS text)
  AND s.version = CAST(@GrainStateVersion AS integer)
RETURNING s.version + 1 AS version;$q$
)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
