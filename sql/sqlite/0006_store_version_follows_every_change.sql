-- 0006: store_version moves with every change to the estate's records, whoever makes it. The
-- code bumps it in every write it makes; these triggers make a hand-written statement (a fix
-- made in the sqlite3 shell) move it too, so that no server keeps answering, or checking
-- writes, from an estate older than the file. SQLite triggers run per row.

CREATE TRIGGER estates_insert_bumps_store_version AFTER INSERT ON estates
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER estates_update_bumps_store_version AFTER UPDATE ON estates
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER estates_delete_bumps_store_version AFTER DELETE ON estates
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER phases_insert_bumps_store_version AFTER INSERT ON phases
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER phases_update_bumps_store_version AFTER UPDATE ON phases
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER phases_delete_bumps_store_version AFTER DELETE ON phases
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER plots_insert_bumps_store_version AFTER INSERT ON plots
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER plots_update_bumps_store_version AFTER UPDATE ON plots
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER plots_delete_bumps_store_version AFTER DELETE ON plots
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER tenants_insert_bumps_store_version AFTER INSERT ON tenants
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER tenants_update_bumps_store_version AFTER UPDATE ON tenants
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER tenants_delete_bumps_store_version AFTER DELETE ON tenants
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER declarations_insert_bumps_store_version AFTER INSERT ON declarations
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER declarations_update_bumps_store_version AFTER UPDATE ON declarations
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER declarations_delete_bumps_store_version AFTER DELETE ON declarations
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER partnerships_insert_bumps_store_version AFTER INSERT ON partnerships
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER partnerships_update_bumps_store_version AFTER UPDATE ON partnerships
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER partnerships_delete_bumps_store_version AFTER DELETE ON partnerships
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER applications_insert_bumps_store_version AFTER INSERT ON applications
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER applications_update_bumps_store_version AFTER UPDATE ON applications
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER applications_delete_bumps_store_version AFTER DELETE ON applications
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER leases_insert_bumps_store_version AFTER INSERT ON leases
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER leases_update_bumps_store_version AFTER UPDATE ON leases
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER leases_delete_bumps_store_version AFTER DELETE ON leases
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER rule_sets_insert_bumps_store_version AFTER INSERT ON rule_sets
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER rule_sets_update_bumps_store_version AFTER UPDATE ON rule_sets
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER rule_sets_delete_bumps_store_version AFTER DELETE ON rule_sets
BEGIN
    UPDATE store_version SET version = version + 1 WHERE id = 1;
END;
