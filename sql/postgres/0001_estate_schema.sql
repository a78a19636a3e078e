-- 0001: the estate, its phases and plots, tenants with declarations and partnerships,
-- the waitlist, leases (never two on one plot at once), rule-set versions and the audit log.
-- Money is whole Rupiah (bigint); areas are whole square centimetres (bigint).

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE estates (
    id integer PRIMARY KEY CHECK (id > 0),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200)
);

CREATE TABLE phases (
    estate_id integer NOT NULL REFERENCES estates (id),
    number integer NOT NULL CHECK (number > 0),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    gross_cm2 bigint NOT NULL CHECK (gross_cm2 > 0),
    leasable_percent integer NOT NULL CHECK (leasable_percent BETWEEN 0 AND 100),
    green_buffer_percent integer NOT NULL CHECK (green_buffer_percent BETWEEN 0 AND 100),
    roads_utilities_percent integer NOT NULL CHECK (roads_utilities_percent BETWEEN 0 AND 100),
    opens_on date,
    boundary text,
    PRIMARY KEY (estate_id, number),
    CONSTRAINT phases_split_is_whole CHECK (leasable_percent + green_buffer_percent + roads_utilities_percent = 100)
);

CREATE TABLE plots (
    id bigserial PRIMARY KEY,
    estate_id integer NOT NULL,
    phase_number integer NOT NULL,
    code text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{0,15}$'),
    area_cm2 bigint NOT NULL CONSTRAINT plots_area_positive CHECK (area_cm2 > 0),
    outline text,
    withdrawn_on date,
    CONSTRAINT plots_code_unique UNIQUE (estate_id, code),
    FOREIGN KEY (estate_id, phase_number) REFERENCES phases (estate_id, number)
);

CREATE TABLE tenants (
    nib text PRIMARY KEY CHECK (nib ~ '^[0-9]{13}$'),
    legal_name text NOT NULL CHECK (length(legal_name) BETWEEN 1 AND 200),
    npwp text NOT NULL CHECK (npwp ~ '^[0-9]{16}$'),
    kbli text NOT NULL CHECK (kbli ~ '^[0-9]{5}(;[0-9]{5})*$')
);

CREATE TABLE declarations (
    nib text NOT NULL REFERENCES tenants (nib),
    fiscal_year integer NOT NULL CHECK (fiscal_year BETWEEN 1990 AND 2200),
    turnover bigint NOT NULL CONSTRAINT declarations_turnover_non_negative CHECK (turnover >= 0),
    workers integer NOT NULL CHECK (workers >= 0),
    local_workers integer NOT NULL CHECK (local_workers >= 0 AND local_workers <= workers),
    investment bigint NOT NULL CHECK (investment >= 0),
    declared_on date,
    PRIMARY KEY (nib, fiscal_year)
);

CREATE TABLE partnerships (
    id bigserial PRIMARY KEY,
    nib text NOT NULL REFERENCES tenants (nib),
    partner text NOT NULL CHECK (length(partner) BETWEEN 1 AND 200),
    product text NOT NULL CHECK (length(product) BETWEEN 1 AND 200),
    since date NOT NULL,
    CONSTRAINT partnerships_unique UNIQUE (nib, partner, product)
);

CREATE TABLE applications (
    id bigserial PRIMARY KEY,
    estate_id integer NOT NULL REFERENCES estates (id),
    nib text NOT NULL REFERENCES tenants (nib),
    min_area_cm2 bigint NOT NULL CHECK (min_area_cm2 > 0),
    max_area_cm2 bigint NOT NULL CHECK (max_area_cm2 >= min_area_cm2),
    phase_number integer CHECK (phase_number > 0),
    submitted_on date NOT NULL,
    reconfirmed_on date CHECK (reconfirmed_on >= submitted_on),
    CONSTRAINT applications_unique UNIQUE (estate_id, nib, submitted_on)
);

CREATE TABLE leases (
    id bigserial PRIMARY KEY,
    plot_id bigint NOT NULL REFERENCES plots (id),
    nib text NOT NULL REFERENCES tenants (nib),
    start_on date NOT NULL,
    end_on date CHECK (end_on > start_on),
    status text NOT NULL CHECK (status IN ('signed', 'ended', 'terminated')),
    terminated_on date,
    termination_reason text,
    period daterange GENERATED ALWAYS AS (daterange(start_on, coalesce(terminated_on, end_on), '[)')) STORED,
    CONSTRAINT leases_termination_complete CHECK (
        (status = 'terminated') = (terminated_on IS NOT NULL AND termination_reason IS NOT NULL)
        AND (terminated_on IS NULL OR (terminated_on > start_on AND (end_on IS NULL OR terminated_on <= end_on)))
    ),
    CONSTRAINT leases_ended_has_end CHECK (status <> 'ended' OR end_on IS NOT NULL),
    CONSTRAINT leases_no_overlap EXCLUDE USING gist (plot_id WITH =, period WITH &&)
);

CREATE INDEX leases_nib ON leases (nib);

CREATE TABLE rule_sets (
    version text PRIMARY KEY,
    effective_from date NOT NULL,
    document text NOT NULL
);

CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    actor text NOT NULL,
    action text NOT NULL,
    subject text NOT NULL,
    before jsonb,
    after jsonb
);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
