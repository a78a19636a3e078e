-- 0025: a firm's documents (as sql/postgres/0025): PDF, JPEG or PNG kept in the database with
-- their length; a decided one never changes, and a file's bytes and particulars never change.
-- (SQLite has no SHA-256 function: the code computes the digest it stores.)
CREATE TABLE firm_documents (
    id INTEGER PRIMARY KEY,
    nib TEXT NOT NULL REFERENCES tenants (nib),
    kind TEXT NOT NULL CHECK (kind IN ('nib_certificate', 'business_permit', 'environmental_permit',
        'signed_lease', 'withholding_slip', 'other')),
    number TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 100),
    valid_until TEXT CHECK (valid_until IS NULL OR date(valid_until) IS valid_until),
    format TEXT NOT NULL CHECK (format IN ('pdf', 'jpeg', 'png')),
    byte_count INTEGER NOT NULL CHECK (byte_count BETWEEN 1 AND 5242880),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    content BLOB NOT NULL,
    uploaded_on TEXT NOT NULL CHECK (date(uploaded_on) IS uploaded_on),
    uploaded_by TEXT NOT NULL CHECK (length(uploaded_by) BETWEEN 1 AND 200),
    status TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'accepted', 'refused')),
    decided_on TEXT CHECK (decided_on IS NULL OR date(decided_on) IS decided_on),
    decided_by TEXT CHECK (decided_by IS NULL OR length(decided_by) BETWEEN 1 AND 200),
    reason TEXT CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 500),
    CONSTRAINT firm_documents_content_length_check CHECK (length(content) = byte_count),
    CONSTRAINT firm_documents_decision_whole CHECK (
        (status = 'submitted') = (decided_on IS NULL) AND (status = 'submitted') = (decided_by IS NULL)
        AND (status = 'refused') = (reason IS NOT NULL))
) STRICT;

CREATE INDEX firm_documents_by_firm ON firm_documents (nib, id);
CREATE INDEX firm_documents_waiting ON firm_documents (nib) WHERE status = 'submitted';

CREATE TRIGGER firm_documents_decided_once BEFORE UPDATE ON firm_documents
WHEN OLD.status <> 'submitted'
BEGIN
    SELECT RAISE(ABORT, 'firm_documents_undecided_check');
END;

CREATE TRIGGER firm_documents_file_unchanged BEFORE UPDATE OF nib, kind, number, valid_until, format, byte_count,
    sha256, content, uploaded_on, uploaded_by ON firm_documents
BEGIN
    SELECT RAISE(ABORT, 'firm_documents_file_unchanged_check');
END;
