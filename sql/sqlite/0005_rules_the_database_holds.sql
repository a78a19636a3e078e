-- 0005: two rules the code checks before every write, now held by the database as well, so
-- that a bug in the code (or a hand-written statement) cannot store them. Writers are
-- serialised by BEGIN IMMEDIATE; these triggers are the floor.

-- No lease runs on or after the day its plot is withdrawn.
CREATE TRIGGER leases_not_after_withdrawal_insert BEFORE INSERT ON leases
WHEN EXISTS (
    SELECT 1 FROM plots p
    WHERE p.id = NEW.plot_id AND p.withdrawn_on IS NOT NULL
      AND coalesce(NEW.terminated_on, NEW.end_on, '9999-12-31') > p.withdrawn_on
)
BEGIN
    SELECT RAISE(ABORT, 'lease_after_withdrawal_check');
END;

CREATE TRIGGER leases_not_after_withdrawal_update BEFORE UPDATE ON leases
WHEN EXISTS (
    SELECT 1 FROM plots p
    WHERE p.id = NEW.plot_id AND p.withdrawn_on IS NOT NULL
      AND coalesce(NEW.terminated_on, NEW.end_on, '9999-12-31') > p.withdrawn_on
)
BEGIN
    SELECT RAISE(ABORT, 'lease_after_withdrawal_check');
END;

CREATE TRIGGER plots_withdrawal_after_leases BEFORE UPDATE OF withdrawn_on ON plots
WHEN NEW.withdrawn_on IS NOT NULL AND EXISTS (
    SELECT 1 FROM leases l
    WHERE l.plot_id = NEW.id AND coalesce(l.terminated_on, l.end_on, '9999-12-31') > NEW.withdrawn_on
)
BEGIN
    SELECT RAISE(ABORT, 'lease_after_withdrawal_check');
END;

-- A phase's plots add up to at most its leasable share of the gross area (compared exactly:
-- sum × 100 against gross × percent).
CREATE INDEX plots_phase ON plots (estate_id, phase_number);

CREATE TRIGGER plots_within_leasable_share_insert AFTER INSERT ON plots
WHEN (SELECT sum(area_cm2) FROM plots WHERE estate_id = NEW.estate_id AND phase_number = NEW.phase_number) * 100
     > (SELECT gross_cm2 * leasable_percent FROM phases WHERE estate_id = NEW.estate_id AND number = NEW.phase_number)
BEGIN
    SELECT RAISE(ABORT, 'plots_within_leasable_share_check');
END;

CREATE TRIGGER plots_within_leasable_share_update AFTER UPDATE OF area_cm2, phase_number ON plots
WHEN (SELECT sum(area_cm2) FROM plots WHERE estate_id = NEW.estate_id AND phase_number = NEW.phase_number) * 100
     > (SELECT gross_cm2 * leasable_percent FROM phases WHERE estate_id = NEW.estate_id AND number = NEW.phase_number)
BEGIN
    SELECT RAISE(ABORT, 'plots_within_leasable_share_check');
END;
