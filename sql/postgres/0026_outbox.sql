-- 0026: reminders by e-mail (issue 17, item 4). Each firm may have one address, the language it
-- reads, and the kinds it opted out of. The outbox keeps every message planned, once per key
-- (planning again, on any server, adds nothing), and where its delivery stands: claimed by one
-- sender at a time (`claim`, until `claimed_until`), `committing` from the moment the message's
-- final dot may reach the SMTP server, so that a sender killed then is never repeated blindly.
CREATE TABLE mail_recipients (
    nib text PRIMARY KEY REFERENCES tenants (nib),
    email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND email LIKE '%_@_%.%'),
    language text NOT NULL CHECK (language IN ('id', 'en')),
    opted_out text NOT NULL DEFAULT ''
);

CREATE TABLE outbox (
    id bigserial PRIMARY KEY,
    nib text NOT NULL REFERENCES tenants (nib),
    kind text NOT NULL CHECK (kind IN ('invoice_issued', 'invoice_overdue', 'lease_expiring', 'reconfirmation_due',
        'declaration_due', 'document_expiring')),
    key text NOT NULL UNIQUE CHECK (length(key) BETWEEN 1 AND 300),
    recipient text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 254),
    language text NOT NULL CHECK (language IN ('id', 'en')),
    subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
    body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
    created_at bigint NOT NULL,
    state text NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued', 'sending', 'committing', 'sent', 'failed', 'unconfirmed')),
    attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at bigint NOT NULL,
    claim text,
    claimed_until bigint,
    last_error text CHECK (last_error IS NULL OR length(last_error) <= 500),
    sent_at bigint,
    CONSTRAINT outbox_claim_whole CHECK ((state IN ('sending', 'committing')) = (claim IS NOT NULL AND claimed_until IS NOT NULL)),
    CONSTRAINT outbox_sent_whole CHECK ((state = 'sent') = (sent_at IS NOT NULL))
);

CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE state = 'queued';
CREATE INDEX outbox_by_state ON outbox (state, id);
