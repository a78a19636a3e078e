-- 0016: a partnership with a large industry is corrected and ended one by one (issue 15): it is
-- in force over [since, ended_on), like a lease, and ended_on, the first day it is no longer
-- in force, is NULL while it runs. Partnerships stored before run on.
ALTER TABLE partnerships
    ADD COLUMN ended_on date,
    ADD CONSTRAINT partnerships_end_after_start CHECK (ended_on IS NULL OR ended_on > since);
