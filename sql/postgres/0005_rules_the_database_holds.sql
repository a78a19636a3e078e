-- 0005: two rules the code checks before every write, now held by the database as well, so
-- that a bug in the code (or a hand-written statement) cannot store them. The writes
-- themselves are serialised per estate by an advisory lock (see PostgresEstateStore), which
-- is what makes a check made in code hold under concurrency; these triggers are the floor.

-- No lease runs on or after the day its plot is withdrawn.
CREATE FUNCTION leases_not_after_withdrawal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM plots p
        WHERE p.id = NEW.plot_id AND p.withdrawn_on IS NOT NULL
          AND coalesce(NEW.terminated_on, NEW.end_on, 'infinity'::date) > p.withdrawn_on
    ) THEN
        RAISE EXCEPTION 'lease_after_withdrawal_check'
            USING ERRCODE = '23514', CONSTRAINT = 'lease_after_withdrawal_check';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER leases_not_after_withdrawal BEFORE INSERT OR UPDATE ON leases
    FOR EACH ROW EXECUTE FUNCTION leases_not_after_withdrawal();

CREATE FUNCTION plots_withdrawal_after_leases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.withdrawn_on IS NOT NULL AND EXISTS (
        SELECT 1 FROM leases l
        WHERE l.plot_id = NEW.id AND coalesce(l.terminated_on, l.end_on, 'infinity'::date) > NEW.withdrawn_on
    ) THEN
        RAISE EXCEPTION 'lease_after_withdrawal_check'
            USING ERRCODE = '23514', CONSTRAINT = 'lease_after_withdrawal_check';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER plots_withdrawal_after_leases BEFORE UPDATE OF withdrawn_on ON plots
    FOR EACH ROW EXECUTE FUNCTION plots_withdrawal_after_leases();

-- A phase's plots add up to at most its leasable share of the gross area (compared exactly:
-- sum × 100 against gross × percent). Checked once per statement, so a bulk load pays once.
CREATE INDEX plots_phase ON plots (estate_id, phase_number);

CREATE FUNCTION plots_within_leasable_share() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (
        SELECT 1
        FROM (SELECT DISTINCT estate_id, phase_number FROM changed) AS touched
        JOIN phases ph ON ph.estate_id = touched.estate_id AND ph.number = touched.phase_number
        WHERE (SELECT sum(p.area_cm2) FROM plots p
               WHERE p.estate_id = ph.estate_id AND p.phase_number = ph.number) * 100
              > ph.gross_cm2 * ph.leasable_percent
    ) THEN
        RAISE EXCEPTION 'plots_within_leasable_share_check'
            USING ERRCODE = '23514', CONSTRAINT = 'plots_within_leasable_share_check';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER plots_within_leasable_share_insert AFTER INSERT ON plots
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION plots_within_leasable_share();
CREATE TRIGGER plots_within_leasable_share_update AFTER UPDATE ON plots
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION plots_within_leasable_share();
