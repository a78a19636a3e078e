-- 0019: money (issue 16), as sql/postgres/0019: a firm's legal form, a lease's own agreed
-- rent, tariffs by phase and date, the billing profile and its PKP changes, dated tax rates with
-- their citations, append-only invoices numbered without gaps and one claim per lease and month.
-- The embedded store has one writer at a time (BEGIN IMMEDIATE), so the version moves with
-- every write the application makes; no triggers are needed for hand edits of the price list.
ALTER TABLE tenants ADD COLUMN legal_form TEXT
    CHECK (legal_form IS NULL OR legal_form IN ('PT', 'CV', 'UD', 'Koperasi', 'Firma', 'perorangan'));

ALTER TABLE leases ADD COLUMN agreed_monthly_rent INTEGER
    CHECK (agreed_monthly_rent IS NULL OR agreed_monthly_rent >= 0);

CREATE TABLE tariffs (
    estate_id INTEGER NOT NULL,
    phase_number INTEGER NOT NULL,
    effective_from TEXT NOT NULL CHECK (date(effective_from) = effective_from),
    rent_per_m2_month INTEGER NOT NULL CHECK (rent_per_m2_month >= 0),
    service_charge_per_m2_month INTEGER NOT NULL CHECK (service_charge_per_m2_month >= 0),
    deposit_months INTEGER NOT NULL CHECK (deposit_months BETWEEN 0 AND 24),
    due_days INTEGER NOT NULL CHECK (due_days BETWEEN 0 AND 180),
    PRIMARY KEY (estate_id, phase_number, effective_from),
    FOREIGN KEY (estate_id, phase_number) REFERENCES phases (estate_id, number)
) STRICT;

CREATE TABLE billing_profiles (
    estate_id INTEGER PRIMARY KEY REFERENCES estates (id),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    npwp TEXT CHECK (npwp IS NULL OR (length(npwp) = 16 AND npwp NOT GLOB '*[^0-9]*')),
    address TEXT CHECK (address IS NULL OR length(address) BETWEEN 1 AND 300),
    bank_account TEXT CHECK (bank_account IS NULL OR length(bank_account) BETWEEN 1 AND 200)
) STRICT;

CREATE TABLE pkp_changes (
    estate_id INTEGER NOT NULL REFERENCES billing_profiles (estate_id),
    from_on TEXT NOT NULL CHECK (date(from_on) = from_on),
    is_pkp INTEGER NOT NULL CHECK (is_pkp IN (0, 1)),
    PRIMARY KEY (estate_id, from_on)
) STRICT;

CREATE TABLE tax_rates (
    kind TEXT NOT NULL CHECK (kind IN ('ppn', 'pph_4_2_rent', 'pph_service_charge')),
    valid_from TEXT NOT NULL CHECK (date(valid_from) = valid_from),
    valid_until TEXT CHECK (valid_until IS NULL OR (date(valid_until) = valid_until AND valid_until > valid_from)),
    rate_numerator INTEGER NOT NULL CHECK (rate_numerator >= 0),
    rate_denominator INTEGER NOT NULL CHECK (rate_denominator > 0 AND rate_numerator <= rate_denominator),
    base_numerator INTEGER NOT NULL DEFAULT 1 CHECK (base_numerator >= 0),
    base_denominator INTEGER NOT NULL DEFAULT 1 CHECK (base_denominator > 0 AND base_numerator <= base_denominator),
    citation TEXT NOT NULL CHECK (length(citation) BETWEEN 1 AND 300),
    certain INTEGER NOT NULL CHECK (certain IN (0, 1)),
    PRIMARY KEY (kind, valid_from)
) STRICT;

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
    id INTEGER PRIMARY KEY,
    estate_id INTEGER NOT NULL REFERENCES estates (id),
    series TEXT NOT NULL CHECK (series IN ('INV', 'CN')),
    year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 9999),
    seq INTEGER NOT NULL CHECK (seq > 0),
    number TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('periodic', 'deposit', 'credit_note')),
    lease_id INTEGER NOT NULL REFERENCES leases (id),
    nib TEXT NOT NULL REFERENCES tenants (nib),
    tenant_name TEXT NOT NULL,
    legal_form TEXT,
    plot_code TEXT NOT NULL,
    period_start TEXT NOT NULL CHECK (date(period_start) = period_start),
    period_end TEXT NOT NULL CHECK (date(period_end) = period_end AND period_end >= period_start),
    issued_on TEXT NOT NULL CHECK (date(issued_on) = issued_on),
    due_on TEXT NOT NULL CHECK (date(due_on) = due_on AND due_on >= issued_on),
    lines TEXT NOT NULL CHECK (json_valid(lines)),
    subtotal INTEGER NOT NULL CHECK (subtotal >= 0),
    dpp INTEGER NOT NULL CHECK (dpp >= 0),
    ppn INTEGER NOT NULL CHECK (ppn >= 0),
    pph_4_2 INTEGER NOT NULL CHECK (pph_4_2 >= 0),
    withheld INTEGER NOT NULL CHECK (withheld >= pph_4_2),
    total INTEGER NOT NULL CHECK (total = subtotal + ppn),
    amount_due INTEGER NOT NULL CHECK (amount_due = total - withheld AND amount_due >= 0),
    cancels TEXT,
    reason TEXT CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 500),
    issued_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT invoices_credit_note_says_why CHECK ((kind = 'credit_note') = (cancels IS NOT NULL AND reason IS NOT NULL)),
    CONSTRAINT invoices_gapless_key UNIQUE (estate_id, series, year, seq),
    CONSTRAINT invoices_number_unique UNIQUE (estate_id, number),
    CONSTRAINT invoices_series_matches_kind CHECK ((series = 'CN') = (kind = 'credit_note'))
) STRICT;

CREATE INDEX invoices_nib ON invoices (nib);

-- An issued invoice is never edited or deleted: a credit note takes it back.
CREATE TRIGGER invoices_no_update BEFORE UPDATE ON invoices
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice is never edited or deleted; issue a credit note');
END;

CREATE TRIGGER invoices_no_delete BEFORE DELETE ON invoices
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice is never edited or deleted; issue a credit note');
END;

CREATE TABLE invoice_claims (
    lease_id INTEGER NOT NULL REFERENCES leases (id),
    -- 'periodic:YYYY-MM' or 'deposit'
    claim TEXT NOT NULL CHECK (claim = 'deposit' OR claim GLOB 'periodic:[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    number TEXT NOT NULL,
    PRIMARY KEY (lease_id, claim)
) STRICT;
