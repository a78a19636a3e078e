-- 0014: an application lives through the year (as sql/postgres/0014): active until housed,
-- withdrawn or refused; lapsing is read off its dates. SQLite adds no table constraint to an
-- existing table, so the last column's check holds the rule across the three.
ALTER TABLE applications ADD COLUMN status TEXT NOT NULL DEFAULT 'active'
    CONSTRAINT applications_status_check CHECK (status IN ('active', 'housed', 'withdrawn', 'refused'));
ALTER TABLE applications ADD COLUMN closed_on TEXT;
ALTER TABLE applications ADD COLUMN closed_detail TEXT CONSTRAINT applications_closing_whole CHECK (
    (closed_detail IS NULL OR length(closed_detail) BETWEEN 1 AND 500)
    AND (status = 'active') = (closed_on IS NULL) AND (status = 'active') = (closed_detail IS NULL)
    AND (closed_on IS NULL OR closed_on >= submitted_on));

-- Applications of firms housed before applications closed are closed as housed, the n-th lease
-- that started on or after one of its applications the n-th application (as sql/postgres/0014).
WITH numbered_applications AS (
    SELECT a.id, a.estate_id, a.nib, a.submitted_on,
           row_number() OVER (PARTITION BY a.estate_id, a.nib ORDER BY a.submitted_on) AS n
    FROM applications a
), later_leases AS (
    SELECT p.estate_id, l.nib, l.start_on, p.code,
           row_number() OVER (PARTITION BY p.estate_id, l.nib ORDER BY l.start_on, p.code) AS n
    FROM leases l JOIN plots p ON p.id = l.plot_id
    WHERE l.start_on >= (SELECT min(a.submitted_on) FROM applications a WHERE a.estate_id = p.estate_id AND a.nib = l.nib)
), housed AS (
    SELECT numbered_applications.id, later_leases.start_on, later_leases.code
    FROM numbered_applications JOIN later_leases
        ON later_leases.estate_id = numbered_applications.estate_id AND later_leases.nib = numbered_applications.nib
       AND later_leases.n = numbered_applications.n AND later_leases.start_on >= numbered_applications.submitted_on
)
UPDATE applications SET status = 'housed', closed_on = housed.start_on, closed_detail = housed.code
FROM housed WHERE applications.id = housed.id;
