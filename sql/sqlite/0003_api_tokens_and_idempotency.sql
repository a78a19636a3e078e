-- 0003: what the HTTP API keeps (as sql/postgres/0003). API tokens are stored only as the
-- SHA-256 of their secret part; an idempotent commit remembers the response it gave for a key.
CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY CHECK (length(id) = 10 AND id NOT GLOB '*[^a-z0-9]*'),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    role TEXT NOT NULL CHECK (role IN ('viewer', 'officer', 'admin')),
    secret_sha256 TEXT NOT NULL CHECK (length(secret_sha256) = 64 AND secret_sha256 NOT GLOB '*[^0-9a-f]*'),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    revoked_at TEXT
) STRICT;

CREATE UNIQUE INDEX api_tokens_live_name ON api_tokens (name) WHERE revoked_at IS NULL;

CREATE TABLE idempotent_commits (
    key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 200),
    request_sha256 TEXT NOT NULL CHECK (length(request_sha256) = 64),
    response TEXT NOT NULL CHECK (json_valid(response)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
