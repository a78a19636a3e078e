-- 0024: the dashboard's sessions are kept by the server (issue 17, item 2). The browser holds a
-- random secret in its cookie, never the token; the store keeps only its SHA-256, the token it
-- signs in as, and its times in whole seconds since 1970 (UTC), which the server compares with
-- its own clock: idle and absolute expiry, and the end (sign-out, revocation). `id` is a public
-- handle that admins list and revoke by. `server_keys` holds the random key the CSRF values
-- are made with (HMAC-SHA256), one per purpose, the same for every server on the store.
CREATE TABLE dashboard_sessions (
    id text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{12}$'),
    secret_sha256 text NOT NULL UNIQUE CHECK (secret_sha256 ~ '^[0-9a-f]{64}$'),
    token_id text NOT NULL REFERENCES api_tokens (id),
    created_at bigint NOT NULL,
    last_seen_at bigint NOT NULL CHECK (last_seen_at >= created_at),
    expires_at bigint NOT NULL CHECK (expires_at > created_at),
    ended_at bigint CHECK (ended_at IS NULL OR ended_at >= created_at),
    ended_by text CHECK (ended_by IS NULL OR length(ended_by) BETWEEN 1 AND 200),
    address text CHECK (address IS NULL OR length(address) BETWEEN 1 AND 100),
    CONSTRAINT dashboard_sessions_end_whole CHECK ((ended_at IS NULL) = (ended_by IS NULL))
);
CREATE INDEX dashboard_sessions_live ON dashboard_sessions (token_id) WHERE ended_at IS NULL;

CREATE TABLE server_keys (
    name text PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 40),
    secret text NOT NULL CHECK (secret ~ '^[0-9a-f]{64}$')
);
