-- 0031: what the forums led to (issue 18, item 5). A forum's schedule, once saved, is its
-- meetings: the keys hold its rules (each pair once, no large industry and no IKM firm in two
-- meetings in one slot). An outcome (an MoU, a purchase order, a partnership) names its meeting,
-- and a meeting with outcomes cannot be removed (a schedule saved again once outcomes exist).
CREATE TABLE forum_meetings (
    forum text NOT NULL REFERENCES forums (code),
    slot integer NOT NULL CHECK (slot BETWEEN 1 AND 48),
    industry text NOT NULL REFERENCES large_industries (nib),
    firm text NOT NULL REFERENCES tenants (nib),
    score integer NOT NULL CHECK (score >= 0),
    need bigint NOT NULL REFERENCES industry_needs (id),
    PRIMARY KEY (forum, industry, firm),
    CONSTRAINT forum_meetings_one_table_per_slot UNIQUE (forum, slot, industry),
    CONSTRAINT forum_meetings_one_firm_per_slot UNIQUE (forum, slot, firm)
);

CREATE TABLE forum_outcomes (
    id bigserial PRIMARY KEY,
    forum text NOT NULL,
    industry text NOT NULL,
    firm text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('mou', 'purchase_order', 'partnership')),
    on_date date NOT NULL,
    value_rupiah bigint CHECK (value_rupiah IS NULL OR value_rupiah BETWEEN 0 AND 100000000000000),
    ends_on date,
    jobs integer CHECK (jobs IS NULL OR jobs BETWEEN 0 AND 100000),
    local_jobs integer CHECK (local_jobs IS NULL OR local_jobs BETWEEN 0 AND jobs),
    recorded_by text NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 200),
    FOREIGN KEY (forum, industry, firm) REFERENCES forum_meetings (forum, industry, firm),
    CONSTRAINT forum_outcomes_kind_fields CHECK (
        (kind = 'mou' AND value_rupiah IS NULL) OR (kind = 'purchase_order' AND value_rupiah > 0) OR kind = 'partnership'),
    CONSTRAINT forum_outcomes_partnership_fields CHECK (
        kind = 'partnership' OR (ends_on IS NULL AND jobs IS NULL AND local_jobs IS NULL)),
    CONSTRAINT forum_outcomes_ends_after_start CHECK (ends_on IS NULL OR ends_on > on_date)
);

CREATE INDEX forum_outcomes_by_meeting ON forum_outcomes (forum, industry, firm);
