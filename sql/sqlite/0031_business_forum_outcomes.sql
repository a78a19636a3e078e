-- 0031 (as sql/postgres/0031): a forum's saved meetings, their rules held by the keys, and the
-- outcomes recorded against them.
CREATE TABLE forum_meetings (
    forum TEXT NOT NULL REFERENCES forums (code),
    slot INTEGER NOT NULL CHECK (slot BETWEEN 1 AND 48),
    industry TEXT NOT NULL REFERENCES large_industries (nib),
    firm TEXT NOT NULL REFERENCES tenants (nib),
    score INTEGER NOT NULL CHECK (score >= 0),
    need INTEGER NOT NULL REFERENCES industry_needs (id),
    PRIMARY KEY (forum, industry, firm),
    CONSTRAINT forum_meetings_one_table_per_slot UNIQUE (forum, slot, industry),
    CONSTRAINT forum_meetings_one_firm_per_slot UNIQUE (forum, slot, firm)
) STRICT;

CREATE TABLE forum_outcomes (
    id INTEGER PRIMARY KEY,
    forum TEXT NOT NULL,
    industry TEXT NOT NULL,
    firm TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('mou', 'purchase_order', 'partnership')),
    on_date TEXT NOT NULL CHECK (date(on_date) IS on_date),
    value_rupiah INTEGER CHECK (value_rupiah IS NULL OR value_rupiah BETWEEN 0 AND 100000000000000),
    ends_on TEXT CHECK (ends_on IS NULL OR date(ends_on) IS ends_on),
    jobs INTEGER CHECK (jobs IS NULL OR jobs BETWEEN 0 AND 100000),
    local_jobs INTEGER CHECK (local_jobs IS NULL OR local_jobs BETWEEN 0 AND jobs),
    recorded_by TEXT NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 200),
    FOREIGN KEY (forum, industry, firm) REFERENCES forum_meetings (forum, industry, firm),
    CONSTRAINT forum_outcomes_kind_fields CHECK (
        (kind = 'mou' AND value_rupiah IS NULL) OR (kind = 'purchase_order' AND value_rupiah > 0) OR kind = 'partnership'),
    CONSTRAINT forum_outcomes_partnership_fields CHECK (
        kind = 'partnership' OR (ends_on IS NULL AND jobs IS NULL AND local_jobs IS NULL)),
    CONSTRAINT forum_outcomes_ends_after_start CHECK (ends_on IS NULL OR ends_on > on_date)
) STRICT;

CREATE INDEX forum_outcomes_by_meeting ON forum_outcomes (forum, industry, firm);
