-- 0006: store_version moves with every change to the estate's records, whoever makes it. The
-- code bumps it in every write it makes; these triggers make a hand-written statement (a fix
-- made in psql) move it too, so that no server keeps answering, or checking writes, from an
-- estate older than the database. Once per statement, so a bulk load pays once.
CREATE FUNCTION store_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END $$;

CREATE TRIGGER estates_bump_store_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON estates
    FOR EACH STATEMENT EXECUTE FUNCTION store_version_bump();
CREATE TRIGGER phases_bump_store_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON phases
    FOR EACH STATEMENT EXECUTE FUNCTION store_version_bump();
CREATE TRIGGER plots_bump_store_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plots
    FOR EACH STATEMENT EXECUTE FUNCTION store_version_bump();
CREATE TRIGGER tenants_bump_store_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tenants
    FOR EACH STATEMENT EXECUTE FUNCTION store_version_bump();
CREATE TRIGGER declarations_bump_store_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON declarations
    FOR EACH STATEMENT EXECUTE FUNCTION store_version_bump();
CREATE TRIGGER partnerships_bump_store_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partnerships
    FOR EACH STATEMENT EXECUTE FUNCTION store_version_bump();
CREATE TRIGGER applications_bump_store_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON applications
    FOR EACH STATEMENT EXECUTE FUNCTION store_version_bump();
CREATE TRIGGER leases_bump_store_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON leases
    FOR EACH STATEMENT EXECUTE FUNCTION store_version_bump();
CREATE TRIGGER rule_sets_bump_store_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON rule_sets
    FOR EACH STATEMENT EXECUTE FUNCTION store_version_bump();
