-- 0010: an estate is known by a code, has an address and the regency it lies in, and one estate
-- is the store's default (as sql/postgres/0010). An existing store keeps its estate and all its
-- records, the estate now coded KAWASAN-<id> and the default one.
-- SQLite cannot add a NOT NULL column without a default, so triggers refuse a missing code.
ALTER TABLE estates ADD COLUMN code TEXT CONSTRAINT estates_code_check
    CHECK (length(code) BETWEEN 1 AND 16 AND code NOT GLOB '*[^A-Z0-9-]*' AND substr(code, 1, 1) <> '-');
ALTER TABLE estates ADD COLUMN address TEXT CHECK (address IS NULL OR length(address) BETWEEN 1 AND 500);
ALTER TABLE estates ADD COLUMN regency TEXT CHECK (regency IS NULL OR length(regency) BETWEEN 1 AND 200);
ALTER TABLE estates ADD COLUMN is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1));

UPDATE estates SET code = 'KAWASAN-' || id, is_default = (id = (SELECT min(id) FROM estates));

CREATE UNIQUE INDEX estates_code_unique ON estates (code);
-- At most one default estate.
CREATE UNIQUE INDEX estates_one_default ON estates (is_default) WHERE is_default = 1;

CREATE TRIGGER estates_code_required_on_insert BEFORE INSERT ON estates WHEN NEW.code IS NULL
BEGIN
    SELECT RAISE(ABORT, 'estates_code_check');
END;

CREATE TRIGGER estates_code_required_on_update BEFORE UPDATE OF code ON estates WHEN NEW.code IS NULL
BEGIN
    SELECT RAISE(ABORT, 'estates_code_check');
END;
