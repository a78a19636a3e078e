-- 0002: the checks PostgreSQL makes with regular expressions (sql/postgres/0001), made here
-- with triggers, since SQLite cannot add a CHECK to an existing table: a plot code starts with
-- a letter or digit; KBLI is 1 to 10 five-digit codes separated by ';'; a termination date is a
-- real ISO date (the overlap triggers compare dates as text).

CREATE TRIGGER plots_code_check_insert BEFORE INSERT ON plots
WHEN NEW.code GLOB '-*'
BEGIN
    SELECT RAISE(ABORT, 'plots_code_check');
END;

CREATE TRIGGER plots_code_check_update BEFORE UPDATE OF code ON plots
WHEN NEW.code GLOB '-*'
BEGIN
    SELECT RAISE(ABORT, 'plots_code_check');
END;

CREATE TRIGGER tenants_kbli_check_insert BEFORE INSERT ON tenants
WHEN NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9]' AND NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9]' AND NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9]' AND NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9]' AND NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9]' AND NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9]' AND NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9]' AND NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9]' AND NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9]' AND NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9]'
BEGIN
    SELECT RAISE(ABORT, 'tenants_kbli_check');
END;

CREATE TRIGGER tenants_kbli_check_update BEFORE UPDATE OF kbli ON tenants
WHEN NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9]' AND NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9]' AND NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9]' AND NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9]' AND NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9]' AND NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9]' AND NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9]' AND NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9]' AND NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9]' AND NEW.kbli NOT GLOB '[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9];[0-9][0-9][0-9][0-9][0-9]'
BEGIN
    SELECT RAISE(ABORT, 'tenants_kbli_check');
END;

CREATE TRIGGER leases_terminated_on_check_insert BEFORE INSERT ON leases
WHEN NEW.terminated_on IS NOT NULL AND date(NEW.terminated_on) IS NOT NEW.terminated_on
BEGIN
    SELECT RAISE(ABORT, 'leases_terminated_on_check');
END;

CREATE TRIGGER leases_terminated_on_check_update BEFORE UPDATE OF terminated_on ON leases
WHEN NEW.terminated_on IS NOT NULL AND date(NEW.terminated_on) IS NOT NEW.terminated_on
BEGIN
    SELECT RAISE(ABORT, 'leases_terminated_on_check');
END;
