-- 0004: a counter every write transaction increments (as sql/postgres/0004), so that a server
-- can keep the estate in memory and reload it only after a write.
CREATE TABLE store_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL CHECK (version >= 0)
) STRICT;

INSERT INTO store_version (id, version) VALUES (1, 0);
