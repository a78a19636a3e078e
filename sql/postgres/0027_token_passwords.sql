-- 0027: people sign in to the dashboard with a name and a password (issue 17, item 2), each
-- belonging to one token, whose role, firms and estates it signs in as. Only a scrypt hash is
-- kept. A name belongs to one token; a revoked token's password signs in no one.
CREATE TABLE token_passwords (
    token_id text PRIMARY KEY REFERENCES api_tokens (id),
    login text NOT NULL UNIQUE CHECK (length(login) BETWEEN 3 AND 64 AND login ~ '^[a-z0-9._-]+$'),
    hash text NOT NULL CHECK (hash LIKE 'scrypt$%' AND length(hash) BETWEEN 20 AND 300),
    set_at bigint NOT NULL
);
