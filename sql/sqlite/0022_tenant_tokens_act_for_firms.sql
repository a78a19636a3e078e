-- 0022: a firm's own account (as sql/postgres/0022). A `tenant` token acts for the firms `firms`
-- names (NIBs separated by ';'); a staff token names none. SQLite cannot change a column's
-- CHECK, so the table is built again with the new role and copied; nothing refers to it.
CREATE TABLE api_tokens_0022 (
    id TEXT PRIMARY KEY CHECK (length(id) = 10 AND id NOT GLOB '*[^a-z0-9]*'),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    role TEXT NOT NULL CHECK (role IN ('tenant', 'viewer', 'officer', 'admin')),
    secret_sha256 TEXT NOT NULL CHECK (length(secret_sha256) = 64 AND secret_sha256 NOT GLOB '*[^0-9a-f]*'),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    revoked_at TEXT,
    estates TEXT CHECK (estates IS NULL OR length(estates) BETWEEN 1 AND 1000),
    firms TEXT CHECK (
        firms IS NULL OR (length(firms) BETWEEN 13 AND 1400 AND length(firms) % 14 = 13
            AND firms NOT GLOB '*[^0-9;]*' AND firms NOT GLOB '*;;*' AND firms NOT GLOB ';*' AND firms NOT GLOB '*;')),
    CHECK ((role = 'tenant') = (firms IS NOT NULL))
) STRICT;

INSERT INTO api_tokens_0022 (id, name, role, secret_sha256, created_at, revoked_at, estates)
    SELECT id, name, role, secret_sha256, created_at, revoked_at, estates FROM api_tokens;
DROP TABLE api_tokens;
ALTER TABLE api_tokens_0022 RENAME TO api_tokens;
CREATE UNIQUE INDEX api_tokens_live_name ON api_tokens (name) WHERE revoked_at IS NULL;
