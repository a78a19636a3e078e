-- 0008: a write begins with one call, and the version moves once per transaction.
-- estate_write_begin(estate) takes the estate's write lock (the advisory lock StoreQueries
-- names), then reads the store version under a row lock, in one round trip: the version is read
-- after the lock is held (each statement of a VOLATILE function takes a fresh snapshot), and a
-- hand-written change cannot commit between this read and the write's end.
-- The version moves once per transaction that changes the estate, whoever makes it: the
-- triggers of 0006 and the code's own move (which may come first, in the same statement as the
-- records, and must return the final number) both skip a transaction that already moved it,
-- recorded in moved_by.
ALTER TABLE store_version ADD COLUMN moved_by xid8;

CREATE OR REPLACE FUNCTION store_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE store_version SET version = version + 1, moved_by = pg_current_xact_id()
        WHERE id = 1 AND moved_by IS DISTINCT FROM pg_current_xact_id();
    RETURN NULL;
END $$;

CREATE FUNCTION estate_write_begin(estate integer) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    current bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(7245002, estate);
    SELECT version INTO current FROM store_version WHERE id = 1 FOR UPDATE;
    RETURN current;
END $$;

-- A small write in one call, when the writer knows the estate it decided against: takes the
-- estate's write lock and the version's row lock, and runs the write's one statement (which
-- ends by moving the version and returns it) only if the version is still `expected`; NULL when
-- it is not (the writer then takes the locked path). Called outside BEGIN, the call is its own
-- transaction. `statement` reads its values from `params` as ($1[k])::type.
CREATE FUNCTION estate_write_if_current(estate integer, expected bigint, statement text, params text[])
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    moved bigint;
BEGIN
    -- Another writer moved the version already: say so without queueing for the lock.
    IF (SELECT version FROM store_version WHERE id = 1) IS DISTINCT FROM expected THEN
        RETURN NULL;
    END IF;
    IF estate_write_begin(estate) IS DISTINCT FROM expected THEN
        RETURN NULL;
    END IF;
    EXECUTE statement INTO moved USING params;
    RETURN moved;
END $$;
