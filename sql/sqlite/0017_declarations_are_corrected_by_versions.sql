-- 0017: a declaration is corrected by a new version of it (as sql/postgres/0017): version 1 as
-- filed, each correction the next version with its reason and day, the versions before kept.
-- SQLite cannot change a primary key, so the table is rebuilt with the same rows as version 1
-- and its triggers of 0006 are made again.
CREATE TABLE declarations_versioned (
    nib TEXT NOT NULL REFERENCES tenants (nib),
    fiscal_year INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1990 AND 2200),
    turnover INTEGER NOT NULL CONSTRAINT declarations_turnover_non_negative CHECK (turnover >= 0),
    workers INTEGER NOT NULL CHECK (workers >= 0),
    local_workers INTEGER NOT NULL CHECK (local_workers >= 0 AND local_workers <= workers),
    investment INTEGER NOT NULL CHECK (investment >= 0),
    declared_on TEXT CHECK (declared_on IS NULL OR date(declared_on) = declared_on),
    version INTEGER NOT NULL DEFAULT 1 CONSTRAINT declarations_version_positive CHECK (version >= 1),
    correction_reason TEXT CHECK (correction_reason IS NULL OR length(correction_reason) BETWEEN 1 AND 500),
    corrected_on TEXT CHECK (corrected_on IS NULL OR date(corrected_on) = corrected_on),
    CONSTRAINT declarations_correction_whole CHECK (
        (version = 1) = (correction_reason IS NULL) AND (correction_reason IS NULL) = (corrected_on IS NULL)),
    PRIMARY KEY (nib, fiscal_year, version)
) STRICT;

INSERT INTO declarations_versioned (nib, fiscal_year, turnover, workers, local_workers, investment, declared_on)
SELECT nib, fiscal_year, turnover, workers, local_workers, investment, declared_on FROM declarations;

DROP TABLE declarations;
ALTER TABLE declarations_versioned RENAME TO declarations;

CREATE TRIGGER declarations_insert_bumps_store_version AFTER INSERT ON declarations
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER declarations_update_bumps_store_version AFTER UPDATE ON declarations
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER declarations_delete_bumps_store_version AFTER DELETE ON declarations
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;
