-- 0035: the regency's industry office (Dinas Perindustrian) gets a role of its own, `regency`
-- (issue 18): it reads the business forum, the estates, their map and the reports without money
-- or papers, and none of a firm's invoices, payments, documents or declarations, which a
-- `viewer` reads. Like every staff token it names no firm.
ALTER TABLE api_tokens DROP CONSTRAINT api_tokens_role_check;
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_role_check
    CHECK (role IN ('tenant', 'regency', 'viewer', 'officer', 'admin'));
