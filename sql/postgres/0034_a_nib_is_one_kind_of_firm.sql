-- 0034: a NIB is an IKM firm's (tenants) or a large industry's (large_industries), never both,
-- or a firm would be matched with itself at the forum. The two tables cannot share a key, so a
-- trigger on each checks the other; both take one transaction-level advisory lock per NIB first,
-- so that of a firm and an industry registered with one NIB at the same moment the second waits
-- for the first, then sees it and is refused (unique_violation, as a key would refuse it).
CREATE FUNCTION nib_is_one_kind_of_firm() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('firm nib ' || NEW.nib));
    IF TG_TABLE_NAME = 'tenants' AND EXISTS (SELECT 1 FROM large_industries WHERE nib = NEW.nib) THEN
        RAISE EXCEPTION 'nib_one_kind_of_firm'
            USING ERRCODE = '23505', CONSTRAINT = 'nib_one_kind_of_firm';
    ELSIF TG_TABLE_NAME = 'large_industries' AND EXISTS (SELECT 1 FROM tenants WHERE nib = NEW.nib) THEN
        RAISE EXCEPTION 'nib_one_kind_of_firm'
            USING ERRCODE = '23505', CONSTRAINT = 'nib_one_kind_of_firm';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER tenants_nib_is_not_an_industry BEFORE INSERT OR UPDATE OF nib ON tenants
    FOR EACH ROW EXECUTE FUNCTION nib_is_one_kind_of_firm();
CREATE TRIGGER large_industries_nib_is_not_a_firm BEFORE INSERT OR UPDATE OF nib ON large_industries
    FOR EACH ROW EXECUTE FUNCTION nib_is_one_kind_of_firm();
