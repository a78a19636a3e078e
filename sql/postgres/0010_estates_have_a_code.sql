-- 0010: an estate is known by a code, has an address and the regency it lies in, and one estate
-- is the store's default. One store is to hold several estates (the association's cluster, its
-- expansion run as a site of its own, the other sentra IKM the regency's office oversees);
-- until now its one estate had only a name. An existing store keeps its estate and all its
-- records, the estate now coded KAWASAN-<id> and the default one: a command or a route that
-- names no estate means it.
ALTER TABLE estates
    ADD COLUMN code text,
    ADD COLUMN address text CHECK (address IS NULL OR length(address) BETWEEN 1 AND 500),
    ADD COLUMN regency text CHECK (regency IS NULL OR length(regency) BETWEEN 1 AND 200),
    ADD COLUMN is_default boolean NOT NULL DEFAULT false;

UPDATE estates SET code = 'KAWASAN-' || id, is_default = (id = (SELECT min(id) FROM estates));

ALTER TABLE estates
    ALTER COLUMN code SET NOT NULL,
    ADD CONSTRAINT estates_code_check CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{0,15}$'),
    ADD CONSTRAINT estates_code_unique UNIQUE (code);

-- At most one default estate.
CREATE UNIQUE INDEX estates_one_default ON estates (is_default) WHERE is_default;
