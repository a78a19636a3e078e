-- 0008: a write the code makes begins with one call and moves the version once.
-- estate_write_begin(estate) takes the estate's write lock (the advisory lock StoreQueries
-- names), then reads the store version under a row lock, in one round trip: the version is read
-- after the lock is held (each statement of a VOLATILE function takes a fresh snapshot), and a
-- hand-written change cannot commit between this read and the write's end. It also marks the
-- transaction as one that moves the version itself, at its end, so the per-statement triggers
-- of 0006 leave the version alone there; a hand-written statement still moves it.
CREATE FUNCTION estate_write_begin(estate integer) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    current bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(7245002, estate);
    PERFORM set_config('estate.moves_version', 'on', true);
    SELECT version INTO current FROM store_version WHERE id = 1 FOR UPDATE;
    RETURN current;
END $$;

CREATE OR REPLACE FUNCTION store_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('estate.moves_version', true) = 'on' THEN
        RETURN NULL;
    END IF;
    UPDATE store_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END $$;
