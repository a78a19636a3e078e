-- Payments a firm makes to the association (issue 16, item 5). A payment is never edited or
-- deleted: a reversal is a payment of its own that names the one it takes back. Which invoices a
-- payment settles is not stored but worked out from the payments and invoices in order
-- (`PaymentLedger`), so that a payment left over is a credit the firm's next invoices use, and an
-- invoice cancelled after it was paid gives its payment back to the firm's other invoices.
CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    estate_id INTEGER NOT NULL REFERENCES estates (id),
    reference TEXT NOT NULL CHECK (length(reference) BETWEEN 1 AND 100),
    nib TEXT NOT NULL REFERENCES tenants (nib),
    amount INTEGER NOT NULL CHECK (amount > 0),
    paid_on TEXT NOT NULL CHECK (date(paid_on) = paid_on),
    invoice TEXT,
    withholding_slip TEXT CHECK (withholding_slip IS NULL OR length(withholding_slip) BETWEEN 1 AND 100),
    reverses TEXT,
    reason TEXT CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 500),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT payments_reference_unique UNIQUE (estate_id, reference),
    CONSTRAINT payments_reversed_once UNIQUE (estate_id, reverses),
    CONSTRAINT payments_reversal_says_why CHECK ((reverses IS NULL) = (reason IS NULL)),
    CONSTRAINT payments_reversal_names_no_invoice CHECK (reverses IS NULL OR invoice IS NULL)
) STRICT;

CREATE INDEX payments_nib ON payments (nib);

CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
BEGIN
    SELECT RAISE(ABORT, 'a recorded payment is never edited or deleted; record a reversal');
END;

CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
BEGIN
    SELECT RAISE(ABORT, 'a recorded payment is never edited or deleted; record a reversal');
END;
