-- 0033 (as sql/postgres/0033): an MoU or a purchase order may carry its own number (the PO number, the MoU's
-- document number), unique per large industry and kind, so that recording it again (a retry, a
-- second click) is recognised instead of counted twice in the Dinas's report. Letter case
-- aside: PO/ONJ/2026/0117 and po/onj/2026/0117 are one number.
ALTER TABLE forum_outcomes ADD COLUMN reference TEXT
    CHECK (reference IS NULL OR length(reference) BETWEEN 1 AND 100);
CREATE UNIQUE INDEX forum_outcomes_one_per_reference ON forum_outcomes (industry, kind, upper(reference))
    WHERE reference IS NOT NULL;
