-- 0015: the audit trail is read (issue 15): each entry names the record it is about
-- (`tenant:9120477303879`, `plot:A-05`, `lease:A-05:2021-07-01`, `tenant:…:application:…`) and
-- the estate, NULL for the store-wide registry (firms, rule sets, tokens). Entries written
-- before keep NULL for both and are read by their subject. The log stays append-only.
ALTER TABLE audit_log
    ADD COLUMN record text CHECK (record IS NULL OR length(record) BETWEEN 1 AND 300),
    ADD COLUMN estate_id integer REFERENCES estates (id);

CREATE INDEX audit_log_record ON audit_log (record text_pattern_ops, id);
