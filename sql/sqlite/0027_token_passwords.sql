-- 0027: people sign in to the dashboard with a name and a password (as sql/postgres/0027).
CREATE TABLE token_passwords (
    token_id TEXT PRIMARY KEY REFERENCES api_tokens (id),
    login TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 3 AND 64 AND login NOT GLOB '*[^a-z0-9._-]*'),
    hash TEXT NOT NULL CHECK (hash LIKE 'scrypt$%' AND length(hash) BETWEEN 20 AND 300),
    set_at INTEGER NOT NULL
) STRICT;
