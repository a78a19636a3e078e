-- 0034 (as sql/postgres/0034): a NIB is an IKM firm's or a large industry's, never both. The
-- embedded store has one writer at a time, so a trigger on each table checking the other holds
-- the rule; the store reads its message as a unique key's refusal.
CREATE TRIGGER tenants_nib_is_not_an_industry BEFORE INSERT ON tenants
WHEN EXISTS (SELECT 1 FROM large_industries WHERE nib = NEW.nib)
BEGIN
    SELECT RAISE(ABORT, 'nib_one_kind_of_firm');
END;

CREATE TRIGGER tenants_nib_update_is_not_an_industry BEFORE UPDATE OF nib ON tenants
WHEN EXISTS (SELECT 1 FROM large_industries WHERE nib = NEW.nib)
BEGIN
    SELECT RAISE(ABORT, 'nib_one_kind_of_firm');
END;

CREATE TRIGGER large_industries_nib_is_not_a_firm BEFORE INSERT ON large_industries
WHEN EXISTS (SELECT 1 FROM tenants WHERE nib = NEW.nib)
BEGIN
    SELECT RAISE(ABORT, 'nib_one_kind_of_firm');
END;

CREATE TRIGGER large_industries_nib_update_is_not_a_firm BEFORE UPDATE OF nib ON large_industries
WHEN EXISTS (SELECT 1 FROM tenants WHERE nib = NEW.nib)
BEGIN
    SELECT RAISE(ABORT, 'nib_one_kind_of_firm');
END;
