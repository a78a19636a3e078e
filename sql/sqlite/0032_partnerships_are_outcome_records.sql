-- 0032 (as sql/postgres/0032): a partnership becomes the record the forum's outcomes need. SQLite
-- adds no table constraint to an existing table, so the columns' checks hold the single-column
-- rules and triggers hold the meeting a forum's partnership follows (the foreign key PostgreSQL
-- declares); forum_outcomes is rebuilt to hold MoUs and purchase orders only.
ALTER TABLE partnerships ADD COLUMN industry TEXT REFERENCES large_industries (nib);
ALTER TABLE partnerships ADD COLUMN forum TEXT
    CONSTRAINT partnerships_forum_names_industry CHECK (forum IS NULL OR industry IS NOT NULL);
ALTER TABLE partnerships ADD COLUMN value_per_year INTEGER
    CHECK (value_per_year IS NULL OR value_per_year BETWEEN 0 AND 100000000000000);
ALTER TABLE partnerships ADD COLUMN jobs INTEGER CHECK (jobs IS NULL OR jobs BETWEEN 0 AND 100000);
ALTER TABLE partnerships ADD COLUMN local_jobs INTEGER
    CHECK (local_jobs IS NULL OR (jobs IS NOT NULL AND local_jobs BETWEEN 0 AND jobs));

CREATE TRIGGER partnerships_follow_a_saved_meeting_insert BEFORE INSERT ON partnerships
WHEN NEW.forum IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM forum_meetings m WHERE m.forum = NEW.forum AND m.industry = NEW.industry AND m.firm = NEW.nib)
BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed');
END;

CREATE TRIGGER partnerships_follow_a_saved_meeting_update BEFORE UPDATE OF forum, industry, nib ON partnerships
WHEN NEW.forum IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM forum_meetings m WHERE m.forum = NEW.forum AND m.industry = NEW.industry AND m.firm = NEW.nib)
BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed');
END;

CREATE TRIGGER forum_meetings_keep_their_partnerships BEFORE DELETE ON forum_meetings
WHEN EXISTS (
    SELECT 1 FROM partnerships p WHERE p.forum = OLD.forum AND p.industry = OLD.industry AND p.nib = OLD.firm)
BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed');
END;

UPDATE partnerships
SET industry = (SELECT li.nib FROM large_industries li WHERE lower(trim(li.name)) = lower(trim(partnerships.partner)))
WHERE (SELECT count(*) FROM large_industries li WHERE lower(trim(li.name)) = lower(trim(partnerships.partner))) = 1;

INSERT INTO partnerships (nib, partner, product, since, ended_on, industry, forum, value_per_year, jobs, local_jobs)
SELECT firm, partner,
    CASE WHEN taken THEN substr(item, 1, 120) || ' (' || forum || ', ' || on_date || ', #' || id || ')' ELSE item END,
    on_date, ends_on, industry, forum, value_rupiah, jobs, local_jobs
FROM (
    SELECT o.id, o.firm, o.on_date, o.ends_on, o.industry, o.forum, o.value_rupiah, o.jobs, o.local_jobs, li.name AS partner,
        n.item,
        row_number() OVER (PARTITION BY o.firm, li.name, n.item ORDER BY o.id) > 1
            OR EXISTS (SELECT 1 FROM partnerships p WHERE p.nib = o.firm AND p.partner = li.name AND p.product = n.item)
            AS taken
    FROM forum_outcomes o
    JOIN forum_meetings m ON m.forum = o.forum AND m.industry = o.industry AND m.firm = o.firm
    JOIN large_industries li ON li.nib = o.industry
    JOIN industry_needs n ON n.id = m.need
    WHERE o.kind = 'partnership'
) AS moved;

CREATE TABLE forum_outcomes_0032 (
    id INTEGER PRIMARY KEY,
    forum TEXT NOT NULL,
    industry TEXT NOT NULL,
    firm TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('mou', 'purchase_order')),
    on_date TEXT NOT NULL CHECK (date(on_date) IS on_date),
    value_rupiah INTEGER CHECK (value_rupiah IS NULL OR value_rupiah BETWEEN 0 AND 100000000000000),
    ends_on TEXT CHECK (ends_on IS NULL OR date(ends_on) IS ends_on),
    jobs INTEGER CHECK (jobs IS NULL OR jobs BETWEEN 0 AND 100000),
    local_jobs INTEGER CHECK (local_jobs IS NULL OR local_jobs BETWEEN 0 AND jobs),
    recorded_by TEXT NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 200),
    FOREIGN KEY (forum, industry, firm) REFERENCES forum_meetings (forum, industry, firm),
    CONSTRAINT forum_outcomes_kind_fields CHECK (
        (kind = 'mou' AND value_rupiah IS NULL) OR (kind = 'purchase_order' AND value_rupiah > 0)),
    CONSTRAINT forum_outcomes_partnership_fields CHECK (ends_on IS NULL AND jobs IS NULL AND local_jobs IS NULL)
) STRICT;

INSERT INTO forum_outcomes_0032 SELECT * FROM forum_outcomes WHERE kind <> 'partnership';
DROP TABLE forum_outcomes;
ALTER TABLE forum_outcomes_0032 RENAME TO forum_outcomes;
CREATE INDEX forum_outcomes_by_meeting ON forum_outcomes (forum, industry, firm);
CREATE INDEX partnerships_by_forum ON partnerships (forum) WHERE forum IS NOT NULL;
