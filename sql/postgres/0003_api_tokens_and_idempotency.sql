-- 0003: what the HTTP API keeps. API tokens are stored only as the SHA-256 of their secret
-- part (the whole token is shown once, at creation); a revoked token stays for the record.
-- An idempotent commit remembers the response it gave for a key, so that a retried request
-- returns it and creates nothing new.
CREATE TABLE api_tokens (
    id text PRIMARY KEY CHECK (id ~ '^[a-z0-9]{10}$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    role text NOT NULL CHECK (role IN ('viewer', 'officer', 'admin')),
    secret_sha256 text NOT NULL CHECK (secret_sha256 ~ '^[0-9a-f]{64}$'),
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);

CREATE UNIQUE INDEX api_tokens_live_name ON api_tokens (name) WHERE revoked_at IS NULL;

CREATE TABLE idempotent_commits (
    key text PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 200),
    request_sha256 text NOT NULL CHECK (request_sha256 ~ '^[0-9a-f]{64}$'),
    -- text, not jsonb: a retry gets back exactly the bytes the first request got.
    response text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
