-- 0032: a firm's partnership with a large industry becomes the record the forum's outcomes need
-- (issue 18, item 5), so there is one record of a partnership, not a free-text one and a forum's
-- one. Each partnership keeps its partner, product and dates as they were and gains: the
-- registered large industry it is with, the forum meeting it followed, its value a year, and its
-- jobs with those for Kabupaten Bekasi residents (all unknown, NULL, until recorded).
ALTER TABLE partnerships
    ADD COLUMN industry text REFERENCES large_industries (nib),
    ADD COLUMN forum text,
    ADD COLUMN value_per_year bigint CHECK (value_per_year IS NULL OR value_per_year BETWEEN 0 AND 100000000000000),
    ADD COLUMN jobs integer CHECK (jobs IS NULL OR jobs BETWEEN 0 AND 100000),
    ADD COLUMN local_jobs integer CHECK (local_jobs IS NULL OR (jobs IS NOT NULL AND local_jobs BETWEEN 0 AND jobs)),
    ADD CONSTRAINT partnerships_forum_names_industry CHECK (forum IS NULL OR industry IS NOT NULL),
    ADD CONSTRAINT partnerships_follow_a_saved_meeting
        FOREIGN KEY (forum, industry, nib) REFERENCES forum_meetings (forum, industry, firm);

-- A free-text partner is the registered industry of that name, when exactly one has it (case and
-- outer spaces aside); the text stays as it was.
UPDATE partnerships p
SET industry = (SELECT li.nib FROM large_industries li WHERE lower(btrim(li.name)) = lower(btrim(p.partner)))
WHERE (SELECT count(*) FROM large_industries li WHERE lower(btrim(li.name)) = lower(btrim(p.partner))) = 1;

-- Partnerships recorded as forum outcomes (0031) move to partnerships, each whole: the partner is
-- the industry's name and the product the need's item. Since a firm has one partnership per
-- partner and product, one whose names are taken (by a partnership the firm had listed, or an
-- earlier one of the same meeting) carries its forum, start and outcome number in the product
-- (the item cut to 120 characters, so the product stays within 200).
INSERT INTO partnerships (nib, partner, product, since, ended_on, industry, forum, value_per_year, jobs, local_jobs)
SELECT firm, partner,
    CASE WHEN taken THEN left(item, 120) || ' (' || forum || ', ' || on_date::text || ', #' || id::text || ')' ELSE item END,
    on_date, ends_on, industry, forum, value_rupiah, jobs, local_jobs
FROM (
    SELECT o.*, li.name AS partner, n.item,
        row_number() OVER (PARTITION BY o.firm, li.name, n.item ORDER BY o.id) > 1
            OR EXISTS (SELECT 1 FROM partnerships p WHERE p.nib = o.firm AND p.partner = li.name AND p.product = n.item)
            AS taken
    FROM forum_outcomes o
    JOIN forum_meetings m ON (m.forum, m.industry, m.firm) = (o.forum, o.industry, o.firm)
    JOIN large_industries li ON li.nib = o.industry
    JOIN industry_needs n ON n.id = m.need
    WHERE o.kind = 'partnership'
) moved;

DELETE FROM forum_outcomes WHERE kind = 'partnership';
ALTER TABLE forum_outcomes
    DROP CONSTRAINT forum_outcomes_kind_check,
    ADD CONSTRAINT forum_outcomes_kind_check CHECK (kind IN ('mou', 'purchase_order'));

CREATE INDEX partnerships_by_forum ON partnerships (forum) WHERE forum IS NOT NULL;
