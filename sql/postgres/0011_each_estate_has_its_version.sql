-- 0011: each estate has a version of its own, so that writes to two estates do not wait on each
-- other. Until now every write locked the one store_version row until it committed, so a write
-- to one estate waited for any write to another.
-- The store's version of an estate is now the sum of two counters that only grow:
--   store_version (id 1): the firm registry's (tenants, declarations, partnerships), the rule
--     sets' and the list of estates, which every estate shares;
--   estate_versions: each estate's own records (phases, plots, applications, leases).
-- Both only grow, so two readings of one estate's sum are equal only when neither moved: a
-- snapshot labelled with it is exact, as before.
-- Locks, always taken in this order (so that two writers never wait on each other in a circle):
--   1. the estate's advisory lock (7245002, estate), by every write to the estate;
--   2. the registry's advisory lock (7245002, 0): shared by a write that changes only the
--      estate's own records (so that the firms it is checked against do not change under it),
--      exclusive by a write that changes the registry (which then moves store_version).
-- A write moves the counter of what it changed, once per transaction (moved_by). A hand-written
-- change (psql) moves store_version, and so every estate's sum, through the triggers of 0006;
-- the program's own writes mark their transaction (clusterestate.versioned) and move the right
-- counter themselves, so that the triggers do not take the shared row's lock.
CREATE TABLE estate_versions (
    estate_id integer PRIMARY KEY REFERENCES estates (id) ON DELETE CASCADE,
    version bigint NOT NULL DEFAULT 0 CHECK (version >= 0),
    moved_by xid8
);

INSERT INTO estate_versions (estate_id) SELECT id FROM estates;

CREATE FUNCTION estate_versions_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO estate_versions (estate_id) VALUES (NEW.id);
    RETURN NULL;
END $$;

CREATE TRIGGER estates_have_a_version AFTER INSERT ON estates
    FOR EACH ROW EXECUTE FUNCTION estate_versions_add();

CREATE OR REPLACE FUNCTION store_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('clusterestate.versioned', true) = 'on' THEN
        RETURN NULL;
    END IF;
    UPDATE store_version SET version = version + 1, moved_by = pg_current_xact_id()
        WHERE id = 1 AND moved_by IS DISTINCT FROM pg_current_xact_id();
    RETURN NULL;
END $$;

-- The version of an estate as a reader sees it.
CREATE FUNCTION estate_version(estate integer) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT (SELECT version FROM store_version WHERE id = 1)
        + COALESCE((SELECT version FROM estate_versions WHERE estate_id = estate), 0)
$$;

DROP FUNCTION estate_write_if_current(integer, bigint, text, text, text, text[]);
DROP FUNCTION estate_write_begin(integer);

-- Takes the write's locks in order and returns the estate's version read under them, each
-- counter under a row lock held until the write ends, so that no hand-written change (whose
-- triggers move store_version) commits between this read and the write's end: a change in
-- progress is waited for and then read. store_version is share-locked by a write that will not
-- move it (writes to several estates share it) and locked for update by one that will.
CREATE FUNCTION estate_write_begin(estate integer, registry boolean) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    own bigint;
    shared bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(7245002, estate);
    IF registry THEN
        PERFORM pg_advisory_xact_lock(7245002, 0);
        SELECT version INTO shared FROM store_version WHERE id = 1 FOR UPDATE;
    ELSE
        PERFORM pg_advisory_xact_lock_shared(7245002, 0);
        SELECT version INTO shared FROM store_version WHERE id = 1 FOR SHARE;
    END IF;
    PERFORM set_config('clusterestate.versioned', 'on', true);
    SELECT version INTO own FROM estate_versions WHERE estate_id = estate FOR UPDATE;
    RETURN shared + COALESCE(own, 0);
END $$;

-- 0009's one-call write, with the registry flag and the estate's version.
CREATE FUNCTION estate_write_if_current(
    estate integer, registry boolean, expected bigint, token_id text, token_sha256 text, statement text,
    params text[])
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    moved bigint;
BEGIN
    -- Another writer moved the version already: say so without queueing for the locks.
    IF estate_version(estate) IS DISTINCT FROM expected THEN
        RETURN NULL;
    END IF;
    IF estate_write_begin(estate, registry) IS DISTINCT FROM expected THEN
        RETURN NULL;
    END IF;
    IF token_id IS NOT NULL THEN
        PERFORM 1 FROM api_tokens
            WHERE id = token_id AND secret_sha256 = token_sha256 AND revoked_at IS NULL FOR SHARE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'the request''s token is revoked or unknown' USING ERRCODE = 'CE401';
        END IF;
    END IF;
    EXECUTE statement INTO moved USING params;
    RETURN moved;
END $$;
