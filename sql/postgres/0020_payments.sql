-- Payments a firm makes to the association (issue 16, item 5). A payment is never edited or
-- deleted: a reversal is a payment of its own that names the one it takes back. Which invoices a
-- payment settles is not stored but worked out from the payments and invoices in order
-- (`PaymentLedger`), so that a payment left over is a credit the firm's next invoices use, and an
-- invoice cancelled after it was paid gives its payment back to the firm's other invoices.
CREATE TABLE payments (
    id bigserial PRIMARY KEY,
    estate_id integer NOT NULL REFERENCES estates (id),
    reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 100),
    nib text NOT NULL REFERENCES tenants (nib),
    amount bigint NOT NULL CHECK (amount > 0),
    paid_on date NOT NULL,
    invoice text,
    withholding_slip text CHECK (length(withholding_slip) BETWEEN 1 AND 100),
    reverses text,
    reason text CHECK (length(reason) BETWEEN 1 AND 500),
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT payments_reference_unique UNIQUE (estate_id, reference),
    CONSTRAINT payments_reversed_once UNIQUE (estate_id, reverses),
    CONSTRAINT payments_reversal_says_why CHECK ((reverses IS NULL) = (reason IS NULL)),
    CONSTRAINT payments_reversal_names_no_invoice CHECK (reverses IS NULL OR invoice IS NULL)
);

CREATE INDEX payments_nib ON payments (nib);

CREATE FUNCTION payments_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a recorded payment is never edited or deleted; record a reversal' USING ERRCODE = 'CE409';
END $$;

CREATE TRIGGER payments_are_append_only BEFORE UPDATE OR DELETE ON payments
    FOR EACH ROW EXECUTE FUNCTION payments_append_only();
