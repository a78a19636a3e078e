-- 0023: a firm's own account sends its yearly declaration (as sql/postgres/0023): it counts in
-- nothing until an officer accepts it; at most one waits per firm and year; a decided one never
-- changes again.
CREATE TABLE declaration_submissions (
    id INTEGER PRIMARY KEY,
    nib TEXT NOT NULL REFERENCES tenants (nib),
    fiscal_year INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1990 AND 2200),
    turnover INTEGER NOT NULL CHECK (turnover >= 0),
    workers INTEGER NOT NULL CHECK (workers BETWEEN 0 AND 100000),
    local_workers INTEGER NOT NULL CHECK (local_workers BETWEEN 0 AND workers),
    investment INTEGER NOT NULL CHECK (investment >= 0),
    submitted_on TEXT NOT NULL CHECK (date(submitted_on) IS submitted_on),
    submitted_by TEXT NOT NULL CHECK (length(submitted_by) BETWEEN 1 AND 200),
    status TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'accepted', 'refused')),
    decided_on TEXT CHECK (decided_on IS NULL OR date(decided_on) IS decided_on),
    decided_by TEXT CHECK (decided_by IS NULL OR length(decided_by) BETWEEN 1 AND 200),
    reason TEXT CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 500),
    CONSTRAINT declaration_submissions_decision_whole CHECK (
        (status = 'submitted') = (decided_on IS NULL) AND (status = 'submitted') = (decided_by IS NULL)
        AND (status = 'refused') = (reason IS NOT NULL))
) STRICT;

CREATE UNIQUE INDEX declaration_submissions_one_waiting ON declaration_submissions (nib, fiscal_year)
    WHERE status = 'submitted';
CREATE INDEX declaration_submissions_by_firm ON declaration_submissions (nib, id);

CREATE TRIGGER declaration_submissions_decided_once BEFORE UPDATE ON declaration_submissions
WHEN OLD.status <> 'submitted'
BEGIN
    SELECT RAISE(ABORT, 'declaration_submissions_undecided_check');
END;
