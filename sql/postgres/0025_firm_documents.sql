-- 0025: a firm's documents (issue 17, item 3): the NIB certificate, permits, the signed lease,
-- withholding slips, kept in the database as PDF, JPEG or PNG (the code reads the format from the
-- bytes; the kept length and SHA-256 are checked against them here). A document waits for an
-- officer unless an officer uploaded it; a decided one never changes, and a file's bytes and
-- particulars never change at all: both held here, whatever the code.
CREATE TABLE firm_documents (
    id bigserial PRIMARY KEY,
    nib text NOT NULL REFERENCES tenants (nib),
    kind text NOT NULL CHECK (kind IN ('nib_certificate', 'business_permit', 'environmental_permit',
        'signed_lease', 'withholding_slip', 'other')),
    number text NOT NULL CHECK (length(number) BETWEEN 1 AND 100),
    valid_until date,
    format text NOT NULL CHECK (format IN ('pdf', 'jpeg', 'png')),
    byte_count integer NOT NULL CHECK (byte_count BETWEEN 1 AND 5242880),
    sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content bytea NOT NULL,
    uploaded_on date NOT NULL,
    uploaded_by text NOT NULL CHECK (length(uploaded_by) BETWEEN 1 AND 200),
    status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'accepted', 'refused')),
    decided_on date,
    decided_by text CHECK (decided_by IS NULL OR length(decided_by) BETWEEN 1 AND 200),
    reason text CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 500),
    CONSTRAINT firm_documents_content_length_check CHECK (octet_length(content) = byte_count),
    CONSTRAINT firm_documents_content_digest_check CHECK (sha256 = encode(sha256(content), 'hex')),
    CONSTRAINT firm_documents_decision_whole CHECK (
        (status = 'submitted') = (decided_on IS NULL) AND (status = 'submitted') = (decided_by IS NULL)
        AND (status = 'refused') = (reason IS NOT NULL))
);

CREATE INDEX firm_documents_by_firm ON firm_documents (nib, id);
CREATE INDEX firm_documents_waiting ON firm_documents (nib) WHERE status = 'submitted';

CREATE FUNCTION firm_documents_decided_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status <> 'submitted' THEN
        RAISE EXCEPTION 'firm_documents_undecided_check'
            USING ERRCODE = '23514', CONSTRAINT = 'firm_documents_undecided_check';
    END IF;
    IF (NEW.nib, NEW.kind, NEW.number, NEW.valid_until, NEW.format, NEW.byte_count, NEW.sha256, NEW.uploaded_on,
        NEW.uploaded_by) IS DISTINCT FROM (OLD.nib, OLD.kind, OLD.number, OLD.valid_until, OLD.format,
        OLD.byte_count, OLD.sha256, OLD.uploaded_on, OLD.uploaded_by) OR NEW.content <> OLD.content THEN
        RAISE EXCEPTION 'firm_documents_file_unchanged_check'
            USING ERRCODE = '23514', CONSTRAINT = 'firm_documents_file_unchanged_check';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER firm_documents_decided_once BEFORE UPDATE ON firm_documents
    FOR EACH ROW EXECUTE FUNCTION firm_documents_decided_once();
