-- 0001: the same schema as sql/postgres/0001 for the embedded store. Dates are ISO text
-- (they sort as dates), money whole Rupiah and areas whole cm² as INTEGER. What PostgreSQL's
-- exclusion constraint does, the leases_no_overlap triggers do here.

CREATE TABLE estates (
    id INTEGER PRIMARY KEY CHECK (id > 0),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200)
) STRICT;

CREATE TABLE phases (
    estate_id INTEGER NOT NULL REFERENCES estates (id),
    number INTEGER NOT NULL CHECK (number > 0),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    gross_cm2 INTEGER NOT NULL CHECK (gross_cm2 > 0),
    leasable_percent INTEGER NOT NULL CHECK (leasable_percent BETWEEN 0 AND 100),
    green_buffer_percent INTEGER NOT NULL CHECK (green_buffer_percent BETWEEN 0 AND 100),
    roads_utilities_percent INTEGER NOT NULL CHECK (roads_utilities_percent BETWEEN 0 AND 100),
    opens_on TEXT CHECK (opens_on IS NULL OR date(opens_on) = opens_on),
    boundary TEXT,
    PRIMARY KEY (estate_id, number),
    CONSTRAINT phases_split_is_whole CHECK (leasable_percent + green_buffer_percent + roads_utilities_percent = 100)
) STRICT;

CREATE TABLE plots (
    id INTEGER PRIMARY KEY,
    estate_id INTEGER NOT NULL,
    phase_number INTEGER NOT NULL,
    code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 16 AND code = upper(code) AND code NOT GLOB '*[^A-Z0-9-]*'),
    area_cm2 INTEGER NOT NULL CONSTRAINT plots_area_positive CHECK (area_cm2 > 0),
    outline TEXT,
    withdrawn_on TEXT CHECK (withdrawn_on IS NULL OR date(withdrawn_on) = withdrawn_on),
    CONSTRAINT plots_code_unique UNIQUE (estate_id, code),
    FOREIGN KEY (estate_id, phase_number) REFERENCES phases (estate_id, number)
) STRICT;

CREATE TABLE tenants (
    nib TEXT PRIMARY KEY CHECK (length(nib) = 13 AND nib NOT GLOB '*[^0-9]*'),
    legal_name TEXT NOT NULL CHECK (length(legal_name) BETWEEN 1 AND 200),
    npwp TEXT NOT NULL CHECK (length(npwp) = 16 AND npwp NOT GLOB '*[^0-9]*'),
    kbli TEXT NOT NULL CHECK (length(kbli) >= 5 AND kbli NOT GLOB '*[^0-9;]*')
) STRICT;

CREATE TABLE declarations (
    nib TEXT NOT NULL REFERENCES tenants (nib),
    fiscal_year INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1990 AND 2200),
    turnover INTEGER NOT NULL CONSTRAINT declarations_turnover_non_negative CHECK (turnover >= 0),
    workers INTEGER NOT NULL CHECK (workers >= 0),
    local_workers INTEGER NOT NULL CHECK (local_workers >= 0 AND local_workers <= workers),
    investment INTEGER NOT NULL CHECK (investment >= 0),
    declared_on TEXT CHECK (declared_on IS NULL OR date(declared_on) = declared_on),
    PRIMARY KEY (nib, fiscal_year)
) STRICT;

CREATE TABLE partnerships (
    id INTEGER PRIMARY KEY,
    nib TEXT NOT NULL REFERENCES tenants (nib),
    partner TEXT NOT NULL CHECK (length(partner) BETWEEN 1 AND 200),
    product TEXT NOT NULL CHECK (length(product) BETWEEN 1 AND 200),
    since TEXT NOT NULL CHECK (date(since) = since),
    CONSTRAINT partnerships_unique UNIQUE (nib, partner, product)
) STRICT;

CREATE TABLE applications (
    id INTEGER PRIMARY KEY,
    estate_id INTEGER NOT NULL REFERENCES estates (id),
    nib TEXT NOT NULL REFERENCES tenants (nib),
    min_area_cm2 INTEGER NOT NULL CHECK (min_area_cm2 > 0),
    max_area_cm2 INTEGER NOT NULL CHECK (max_area_cm2 >= min_area_cm2),
    phase_number INTEGER CHECK (phase_number > 0),
    submitted_on TEXT NOT NULL CHECK (date(submitted_on) = submitted_on),
    reconfirmed_on TEXT CHECK (reconfirmed_on IS NULL OR (date(reconfirmed_on) = reconfirmed_on AND reconfirmed_on >= submitted_on)),
    CONSTRAINT applications_unique UNIQUE (estate_id, nib, submitted_on)
) STRICT;

CREATE TABLE leases (
    id INTEGER PRIMARY KEY,
    plot_id INTEGER NOT NULL REFERENCES plots (id),
    nib TEXT NOT NULL REFERENCES tenants (nib),
    start_on TEXT NOT NULL CHECK (date(start_on) = start_on),
    end_on TEXT CHECK (end_on IS NULL OR (date(end_on) = end_on AND end_on > start_on)),
    status TEXT NOT NULL CHECK (status IN ('signed', 'ended', 'terminated')),
    terminated_on TEXT,
    termination_reason TEXT,
    CONSTRAINT leases_termination_complete CHECK (
        (status = 'terminated') = (terminated_on IS NOT NULL AND termination_reason IS NOT NULL)
        AND (terminated_on IS NULL OR (terminated_on > start_on AND (end_on IS NULL OR terminated_on <= end_on)))
    ),
    CONSTRAINT leases_ended_has_end CHECK (status <> 'ended' OR end_on IS NOT NULL)
) STRICT;

CREATE INDEX leases_plot ON leases (plot_id);
CREATE INDEX leases_nib ON leases (nib);

-- A lease runs over [start_on, coalesce(terminated_on, end_on)); an open end is '9999-12-31'.
CREATE TRIGGER leases_no_overlap_insert BEFORE INSERT ON leases
WHEN EXISTS (
    SELECT 1 FROM leases AS other
    WHERE other.plot_id = NEW.plot_id
      AND other.start_on < coalesce(NEW.terminated_on, NEW.end_on, '9999-12-31')
      AND NEW.start_on < coalesce(other.terminated_on, other.end_on, '9999-12-31')
)
BEGIN
    SELECT RAISE(ABORT, 'leases_no_overlap');
END;

CREATE TRIGGER leases_no_overlap_update BEFORE UPDATE OF plot_id, start_on, end_on, terminated_on ON leases
WHEN EXISTS (
    SELECT 1 FROM leases AS other
    WHERE other.plot_id = NEW.plot_id AND other.id <> NEW.id
      AND other.start_on < coalesce(NEW.terminated_on, NEW.end_on, '9999-12-31')
      AND NEW.start_on < coalesce(other.terminated_on, other.end_on, '9999-12-31')
)
BEGIN
    SELECT RAISE(ABORT, 'leases_no_overlap');
END;

CREATE TABLE rule_sets (
    version TEXT PRIMARY KEY,
    effective_from TEXT NOT NULL CHECK (date(effective_from) = effective_from),
    document TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    before TEXT CHECK (before IS NULL OR json_valid(before)),
    after TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
