-- Reading invoices asks, for each one, which credit note cancels it (`cancels` = its number) and
-- lists a month's invoices by `period_start`. Without these indexes both were a scan of the
-- estate's invoices, so a list of N invoices cost N scans (found by reliability/invoice_runs.py
-- over a few thousand invoices).
CREATE INDEX invoices_cancels ON invoices (estate_id, cancels);
CREATE INDEX invoices_period ON invoices (estate_id, period_start);
