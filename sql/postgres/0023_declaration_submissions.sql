-- 0023: a firm's own account sends its yearly declaration (issue 17, item 1). A submission counts
-- in nothing until an officer accepts it, which records its figures in `declarations` in the same
-- transaction; a refusal keeps the reason for the firm. A firm has at most one submission waiting
-- per fiscal year, and a decided submission never changes again: both held here, whatever the code.
CREATE TABLE declaration_submissions (
    id bigserial PRIMARY KEY,
    nib text NOT NULL REFERENCES tenants (nib),
    fiscal_year integer NOT NULL CHECK (fiscal_year BETWEEN 1990 AND 2200),
    turnover bigint NOT NULL CHECK (turnover >= 0),
    workers integer NOT NULL CHECK (workers BETWEEN 0 AND 100000),
    local_workers integer NOT NULL CHECK (local_workers BETWEEN 0 AND workers),
    investment bigint NOT NULL CHECK (investment >= 0),
    submitted_on date NOT NULL,
    submitted_by text NOT NULL CHECK (length(submitted_by) BETWEEN 1 AND 200),
    status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'accepted', 'refused')),
    decided_on date,
    decided_by text CHECK (decided_by IS NULL OR length(decided_by) BETWEEN 1 AND 200),
    reason text CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 500),
    CONSTRAINT declaration_submissions_decision_whole CHECK (
        (status = 'submitted') = (decided_on IS NULL) AND (status = 'submitted') = (decided_by IS NULL)
        AND (status = 'refused') = (reason IS NOT NULL))
);

CREATE UNIQUE INDEX declaration_submissions_one_waiting ON declaration_submissions (nib, fiscal_year)
    WHERE status = 'submitted';
CREATE INDEX declaration_submissions_by_firm ON declaration_submissions (nib, id);

CREATE FUNCTION declaration_submissions_decided_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status <> 'submitted' THEN
        RAISE EXCEPTION 'declaration_submissions_undecided_check'
            USING ERRCODE = '23514', CONSTRAINT = 'declaration_submissions_undecided_check';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER declaration_submissions_decided_once BEFORE UPDATE ON declaration_submissions
    FOR EACH ROW EXECUTE FUNCTION declaration_submissions_decided_once();
