-- 0024: the dashboard's sessions, kept by the server (as sql/postgres/0024): the cookie's secret
-- only as its SHA-256, the token it signs in as, its times in whole seconds since 1970 (UTC);
-- and the keys the CSRF values are made with.
CREATE TABLE dashboard_sessions (
    id TEXT PRIMARY KEY CHECK (length(id) = 12 AND id NOT GLOB '*[^0-9a-f]*'),
    secret_sha256 TEXT NOT NULL UNIQUE CHECK (length(secret_sha256) = 64 AND secret_sha256 NOT GLOB '*[^0-9a-f]*'),
    token_id TEXT NOT NULL REFERENCES api_tokens (id),
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL CHECK (last_seen_at >= created_at),
    expires_at INTEGER NOT NULL CHECK (expires_at > created_at),
    ended_at INTEGER CHECK (ended_at IS NULL OR ended_at >= created_at),
    ended_by TEXT CHECK (ended_by IS NULL OR length(ended_by) BETWEEN 1 AND 200),
    address TEXT CHECK (address IS NULL OR length(address) BETWEEN 1 AND 100),
    CONSTRAINT dashboard_sessions_end_whole CHECK ((ended_at IS NULL) = (ended_by IS NULL))
) STRICT;
CREATE INDEX dashboard_sessions_live ON dashboard_sessions (token_id) WHERE ended_at IS NULL;

CREATE TABLE server_keys (
    name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 40),
    secret TEXT NOT NULL CHECK (length(secret) = 64 AND secret NOT GLOB '*[^0-9a-f]*')
) STRICT;
