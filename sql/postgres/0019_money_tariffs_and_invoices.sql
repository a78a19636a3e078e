-- 0019: money (issue 16). A firm's legal form decides what it withholds; a lease may carry its
-- own agreed rent; each estate has a price list by phase and date, a billing profile with its
-- PKP status by date, and its invoices. Tax rates are dated rows with their citations (never
-- literals in code). Invoices are append-only: numbered without gaps per estate, series and
-- year (the UNIQUE keys hold what the issuing transaction assigns under the estate's write
-- lock), and one periodic invoice per lease and month (invoice_claims' key). A credit note
-- cancels an invoice by deleting its claim, which frees the month for a corrected invoice.
ALTER TABLE tenants
    ADD COLUMN legal_form text CHECK (legal_form IN ('PT', 'CV', 'UD', 'Koperasi', 'Firma', 'perorangan'));

ALTER TABLE leases
    ADD COLUMN agreed_monthly_rent bigint CHECK (agreed_monthly_rent >= 0);

CREATE TABLE tariffs (
    estate_id integer NOT NULL,
    phase_number integer NOT NULL,
    effective_from date NOT NULL,
    rent_per_m2_month bigint NOT NULL CHECK (rent_per_m2_month >= 0),
    service_charge_per_m2_month bigint NOT NULL CHECK (service_charge_per_m2_month >= 0),
    deposit_months integer NOT NULL CHECK (deposit_months BETWEEN 0 AND 24),
    due_days integer NOT NULL CHECK (due_days BETWEEN 0 AND 180),
    PRIMARY KEY (estate_id, phase_number, effective_from),
    FOREIGN KEY (estate_id, phase_number) REFERENCES phases (estate_id, number)
);

CREATE TABLE billing_profiles (
    estate_id integer PRIMARY KEY REFERENCES estates (id),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    npwp text CHECK (npwp ~ '^[0-9]{16}$'),
    address text CHECK (length(address) BETWEEN 1 AND 300),
    bank_account text CHECK (length(bank_account) BETWEEN 1 AND 200)
);

CREATE TABLE pkp_changes (
    estate_id integer NOT NULL REFERENCES billing_profiles (estate_id),
    from_on date NOT NULL,
    is_pkp integer NOT NULL CHECK (is_pkp IN (0, 1)),
    PRIMARY KEY (estate_id, from_on)
);

CREATE TABLE tax_rates (
    kind text NOT NULL CHECK (kind IN ('ppn', 'pph_4_2_rent', 'pph_service_charge')),
    valid_from date NOT NULL,
    valid_until date CHECK (valid_until > valid_from),
    rate_numerator bigint NOT NULL CHECK (rate_numerator >= 0),
    rate_denominator bigint NOT NULL CHECK (rate_denominator > 0 AND rate_numerator <= rate_denominator),
    base_numerator bigint NOT NULL DEFAULT 1 CHECK (base_numerator >= 0),
    base_denominator bigint NOT NULL DEFAULT 1 CHECK (base_denominator > 0 AND base_numerator <= base_denominator),
    citation text NOT NULL CHECK (length(citation) BETWEEN 1 AND 300),
    certain integer NOT NULL CHECK (certain IN (0, 1)),
    PRIMARY KEY (kind, valid_from)
);

INSERT INTO tax_rates VALUES
    ('ppn', '2022-04-01', '2025-01-01', 11, 100, 1, 1,
     'UU 7/2021 (HPP): PPN 11% of the price, 1 April 2022 to 31 December 2024', 1),
    ('ppn', '2025-01-01', NULL, 12, 100, 11, 12,
     'PMK 131/2024 art. 3: PPN 12% of DPP nilai lain, 11/12 of the price, for non-luxury goods and services', 1),
    ('pph_4_2_rent', '2017-01-01', NULL, 10, 100, 1, 1,
     'PP 34/2017: final PPh 4(2) 10% of gross land and building rent, withheld by a badan tenant', 1),
    ('pph_service_charge', '2015-01-01', NULL, 2, 100, 1, 1,
     'PMK 141/2015: PPh 23 2% on listed services; uncertain whether estate management fees are listed (DOMAIN.md)', 0);

CREATE TABLE invoices (
    id bigserial PRIMARY KEY,
    estate_id integer NOT NULL REFERENCES estates (id),
    series text NOT NULL CHECK (series IN ('INV', 'CN')),
    year integer NOT NULL CHECK (year BETWEEN 1990 AND 9999),
    seq integer NOT NULL CHECK (seq > 0),
    number text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('periodic', 'deposit', 'credit_note')),
    lease_id bigint NOT NULL REFERENCES leases (id),
    nib text NOT NULL REFERENCES tenants (nib),
    tenant_name text NOT NULL,
    legal_form text,
    plot_code text NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL CHECK (period_end >= period_start),
    issued_on date NOT NULL,
    due_on date NOT NULL CHECK (due_on >= issued_on),
    lines jsonb NOT NULL,
    subtotal bigint NOT NULL CHECK (subtotal >= 0),
    dpp bigint NOT NULL CHECK (dpp >= 0),
    ppn bigint NOT NULL CHECK (ppn >= 0),
    pph_4_2 bigint NOT NULL CHECK (pph_4_2 >= 0),
    withheld bigint NOT NULL CHECK (withheld >= pph_4_2),
    total bigint NOT NULL CHECK (total = subtotal + ppn),
    amount_due bigint NOT NULL CHECK (amount_due = total - withheld AND amount_due >= 0),
    cancels text,
    reason text CHECK (length(reason) BETWEEN 1 AND 500),
    issued_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT invoices_credit_note_says_why CHECK ((kind = 'credit_note') = (cancels IS NOT NULL AND reason IS NOT NULL)),
    CONSTRAINT invoices_gapless_key UNIQUE (estate_id, series, year, seq),
    CONSTRAINT invoices_number_unique UNIQUE (estate_id, number),
    CONSTRAINT invoices_series_matches_kind CHECK ((series = 'CN') = (kind = 'credit_note'))
);

CREATE INDEX invoices_nib ON invoices (nib);

-- An issued invoice is never edited or deleted: a credit note takes it back.
CREATE FUNCTION invoices_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'an issued invoice is never edited or deleted; issue a credit note' USING ERRCODE = 'CE409';
END $$;

CREATE TRIGGER invoices_are_append_only BEFORE UPDATE OR DELETE ON invoices
    FOR EACH ROW EXECUTE FUNCTION invoices_append_only();

CREATE TABLE invoice_claims (
    lease_id bigint NOT NULL REFERENCES leases (id),
    -- 'periodic:YYYY-MM' or 'deposit'
    claim text NOT NULL CHECK (claim = 'deposit' OR claim ~ '^periodic:[0-9]{4}-[0-9]{2}$'),
    number text NOT NULL,
    PRIMARY KEY (lease_id, claim)
);

-- Hand-made changes to what prices and taxes an invoice move the version, as 0006 does for
-- the estate's records, so that no write is decided on a price list older than the database.
CREATE TRIGGER tariffs_bump_store_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tariffs
    FOR EACH STATEMENT EXECUTE FUNCTION store_version_bump();
CREATE TRIGGER billing_profiles_bump_store_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON billing_profiles
    FOR EACH STATEMENT EXECUTE FUNCTION store_version_bump();
CREATE TRIGGER pkp_changes_bump_store_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pkp_changes
    FOR EACH STATEMENT EXECUTE FUNCTION store_version_bump();
CREATE TRIGGER tax_rates_bump_store_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tax_rates
    FOR EACH STATEMENT EXECUTE FUNCTION store_version_bump();
