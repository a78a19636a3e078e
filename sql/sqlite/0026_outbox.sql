-- 0026: reminders by e-mail (issue 17, item 4; as sql/postgres/0026). Each firm may have one address, the language it
-- reads, and the kinds it opted out of. The outbox keeps every message planned, once per key
-- (planning again, on any server, adds nothing), and where its delivery stands: claimed by one
-- sender at a time (`claim`, until `claimed_until`), `committing` from the moment the message's
-- final dot may reach the SMTP server, so that a sender killed then is never repeated blindly.
CREATE TABLE mail_recipients (
    nib TEXT PRIMARY KEY REFERENCES tenants (nib),
    email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND email LIKE '%_@_%.%'),
    language TEXT NOT NULL CHECK (language IN ('id', 'en')),
    opted_out TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    nib TEXT NOT NULL REFERENCES tenants (nib),
    kind TEXT NOT NULL CHECK (kind IN ('invoice_issued', 'invoice_overdue', 'lease_expiring', 'reconfirmation_due',
        'declaration_due', 'document_expiring')),
    key TEXT NOT NULL UNIQUE CHECK (length(key) BETWEEN 1 AND 300),
    recipient TEXT NOT NULL CHECK (length(recipient) BETWEEN 3 AND 254),
    language TEXT NOT NULL CHECK (language IN ('id', 'en')),
    subject TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
    body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
    created_at INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued', 'sending', 'committing', 'sent', 'failed', 'unconfirmed')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at INTEGER NOT NULL,
    claim TEXT,
    claimed_until INTEGER,
    last_error TEXT CHECK (last_error IS NULL OR length(last_error) <= 500),
    sent_at INTEGER,
    CONSTRAINT outbox_claim_whole CHECK ((state IN ('sending', 'committing')) = (claim IS NOT NULL AND claimed_until IS NOT NULL)),
    CONSTRAINT outbox_sent_whole CHECK ((state = 'sent') = (sent_at IS NOT NULL))
) STRICT;

CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE state = 'queued';
CREATE INDEX outbox_by_state ON outbox (state, id);
