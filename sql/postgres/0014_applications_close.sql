-- 0014: an application lives through the year (issue 15): active on the waitlist until it is
-- housed (by the allocation commit that leased it a plot, in the same transaction), withdrawn
-- by the firm (with a reason) or refused by an officer (with the required rules it failed).
-- Lapsing is read off its dates and the rule set, not stored. `closed_on` is the day it closed;
-- `closed_detail` the plot it was housed on, the firm's reason, or the refusing rules.
ALTER TABLE applications
    ADD COLUMN status text NOT NULL DEFAULT 'active'
        CONSTRAINT applications_status_check CHECK (status IN ('active', 'housed', 'withdrawn', 'refused')),
    ADD COLUMN closed_on date,
    ADD COLUMN closed_detail text CHECK (closed_detail IS NULL OR length(closed_detail) BETWEEN 1 AND 500),
    ADD CONSTRAINT applications_closing_whole CHECK (
        (status = 'active') = (closed_on IS NULL) AND (status = 'active') = (closed_detail IS NULL)
        AND (closed_on IS NULL OR closed_on >= submitted_on));

-- A store made before applications closed kept a housed firm's application active, so that the
-- next allocation offered it a second plot. Each lease of a firm in an estate that started on or
-- after one of its applications there closes the earliest such application as housed, the n-th
-- lease the n-th application (a firm that applied twice and got one plot keeps one active).
WITH numbered_applications AS (
    SELECT a.id, a.estate_id, a.nib, a.submitted_on,
           row_number() OVER (PARTITION BY a.estate_id, a.nib ORDER BY a.submitted_on) AS n
    FROM applications a
), later_leases AS (
    SELECT p.estate_id, l.nib, l.start_on, p.code,
           row_number() OVER (PARTITION BY p.estate_id, l.nib ORDER BY l.start_on, p.code) AS n
    FROM leases l JOIN plots p ON p.id = l.plot_id
    WHERE l.start_on >= (SELECT min(a.submitted_on) FROM applications a WHERE a.estate_id = p.estate_id AND a.nib = l.nib)
)
UPDATE applications SET status = 'housed', closed_on = later_leases.start_on, closed_detail = later_leases.code
FROM numbered_applications JOIN later_leases
    ON later_leases.estate_id = numbered_applications.estate_id AND later_leases.nib = numbered_applications.nib
   AND later_leases.n = numbered_applications.n AND later_leases.start_on >= numbered_applications.submitted_on
WHERE applications.id = numbered_applications.id;
