-- 0016: a partnership with a large industry is corrected and ended one by one (as
-- sql/postgres/0016): in force over [since, ended_on), ended_on NULL while it runs. SQLite adds
-- no table constraint to an existing table, so the column's check holds the rule.
ALTER TABLE partnerships ADD COLUMN ended_on TEXT
    CONSTRAINT partnerships_end_after_start CHECK (ended_on IS NULL OR ended_on > since);
