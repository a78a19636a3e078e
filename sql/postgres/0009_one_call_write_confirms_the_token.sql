-- 0009: the one-call write also confirms the request's token, in the same call.
-- A server keeps the tokens it verified and confirms each request's token with the database
-- (see PendingTokenCheck): a write confirms it inside its own transaction, so a revoked token
-- never writes, and the one-call write must not need a round trip of its own for it.
-- token_id NULL: not a request (the CLI), nothing to check.
-- The token is checked once the estate's lock is held, and its row stays share-locked until the
-- call ends: a revocation waits for the one write in progress, and no write made with a token
-- commits after its revocation returned. Taken after the lock, the share lock is held by one
-- writer per estate at a time, so a revocation cannot be starved by a stream of writers.
-- A revoked or unknown token raises SQLSTATE CE401, this program's own code (not class 28, on
-- which the driver closes the connection): nothing is written.
DROP FUNCTION estate_write_if_current(integer, bigint, text, text[]);

CREATE FUNCTION estate_write_if_current(
    estate integer, expected bigint, token_id text, token_sha256 text, statement text, params text[])
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
