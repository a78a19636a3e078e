-- 0035: the regency office's role, `regency` (as sql/postgres/0035). SQLite cannot change a
-- column's CHECK, so the table is built again under its own name. Since 0024 and 0027 the
-- dashboard's sessions and passwords refer to api_tokens, and foreign keys are on (renaming the
-- old table away would carry their references with it), so: the rows are set aside, the table
-- dropped and made again, and the rows put back, with the foreign keys checked at commit
-- (defer_foreign_keys lasts until then): a session or password whose token did not come back
-- fails the migration, which then changes nothing.
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE api_tokens_0034 AS SELECT * FROM api_tokens;
DROP TABLE api_tokens;
CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY CHECK (length(id) = 10 AND id NOT GLOB '*[^a-z0-9]*'),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    role TEXT NOT NULL CHECK (role IN ('tenant', 'regency', 'viewer', 'officer', 'admin')),
    secret_sha256 TEXT NOT NULL CHECK (length(secret_sha256) = 64 AND secret_sha256 NOT GLOB '*[^0-9a-f]*'),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    revoked_at TEXT,
    estates TEXT CHECK (estates IS NULL OR length(estates) BETWEEN 1 AND 1000),
    firms TEXT CHECK (
        firms IS NULL OR (length(firms) BETWEEN 13 AND 1400 AND length(firms) % 14 = 13
            AND firms NOT GLOB '*[^0-9;]*' AND firms NOT GLOB '*;;*' AND firms NOT GLOB ';*' AND firms NOT GLOB '*;')),
    CHECK ((role = 'tenant') = (firms IS NOT NULL))
) STRICT;
INSERT INTO api_tokens (id, name, role, secret_sha256, created_at, revoked_at, estates, firms)
    SELECT id, name, role, secret_sha256, created_at, revoked_at, estates, firms FROM temp.api_tokens_0034;
DROP TABLE temp.api_tokens_0034;
CREATE UNIQUE INDEX api_tokens_live_name ON api_tokens (name) WHERE revoked_at IS NULL;
