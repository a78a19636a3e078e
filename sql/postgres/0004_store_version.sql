-- 0004: a counter every write transaction increments (in the same transaction), so that a
-- server can keep the estate in memory and reload it only when another writer, in this
-- process or another instance, has changed it. Read before the snapshot it labels.
CREATE TABLE store_version (
    id integer PRIMARY KEY CHECK (id = 1),
    version bigint NOT NULL CHECK (version >= 0)
);

INSERT INTO store_version (id, version) VALUES (1, 0);
