-- 0015: each audit entry names the record it is about and the estate (as sql/postgres/0015);
-- entries written before keep NULL for both. The log stays append-only.
ALTER TABLE audit_log ADD COLUMN record TEXT CHECK (record IS NULL OR length(record) BETWEEN 1 AND 300);
ALTER TABLE audit_log ADD COLUMN estate_id INTEGER REFERENCES estates (id);

CREATE INDEX audit_log_record ON audit_log (record, id);
