-- 0022: a firm's own account (issue 17). A `tenant` token acts for the firms `firms` names (their
-- NIBs, 13 digits each, separated by ';') and sees nothing of any other; a staff token (viewer,
-- officer, admin) names no firm and sees every firm of its estates. Existing tokens are staff.
ALTER TABLE api_tokens DROP CONSTRAINT api_tokens_role_check;
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_role_check
    CHECK (role IN ('tenant', 'viewer', 'officer', 'admin'));
ALTER TABLE api_tokens ADD COLUMN firms text
    CHECK (firms IS NULL OR (length(firms) BETWEEN 13 AND 1400 AND firms ~ '^[0-9]{13}(;[0-9]{13})*$'));
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_tenant_names_firms CHECK ((role = 'tenant') = (firms IS NOT NULL));
