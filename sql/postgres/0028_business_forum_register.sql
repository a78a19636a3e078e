-- 0028: the regency's business forum (issue 18, items 1-3): the large industries that buy, what
-- they need, the IKM firms' capability profiles, and the versions of the match rules. The forum is
-- the regency's, so none of it belongs to one estate; a profile is a registered firm's (tenant or
-- not: the firm registry is the store's). A need's certifications and a profile's machines and
-- certifications are JSON documents that the code checks when it reads them, as it does on input.
CREATE TABLE large_industries (
    nib text PRIMARY KEY CHECK (nib ~ '^[0-9]{13}$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kbli text NOT NULL CHECK (kbli ~ '^[0-9]{5}(;[0-9]{5})*$'),
    location text NOT NULL CHECK (length(location) BETWEEN 1 AND 300),
    regency text NOT NULL CHECK (length(regency) BETWEEN 1 AND 100),
    contact text CHECK (contact IS NULL OR length(contact) BETWEEN 1 AND 200)
);

CREATE TABLE industry_needs (
    id bigserial PRIMARY KEY,
    industry text NOT NULL REFERENCES large_industries (nib),
    item text NOT NULL CHECK (length(item) BETWEEN 1 AND 200),
    process text NOT NULL CHECK (process ~ '^[a-z_]{1,40}$'),
    material text CHECK (material IS NULL OR length(material) BETWEEN 1 AND 100),
    kbli text CHECK (kbli IS NULL OR kbli ~ '^[0-9]{5}$'),
    volume_per_month integer CHECK (volume_per_month IS NULL OR volume_per_month BETWEEN 1 AND 100000000),
    unit text NOT NULL CHECK (length(unit) BETWEEN 1 AND 20),
    certifications jsonb NOT NULL CHECK (jsonb_typeof(certifications) = 'array'),
    deadline date,
    opened_on date NOT NULL,
    closed_on date,
    CONSTRAINT industry_needs_closed_after_opened CHECK (closed_on IS NULL OR closed_on >= opened_on)
);

CREATE INDEX industry_needs_by_industry ON industry_needs (industry, id);

CREATE TABLE capability_profiles (
    nib text PRIMARY KEY REFERENCES tenants (nib),
    profile jsonb NOT NULL CHECK (jsonb_typeof(profile) = 'object'),
    updated_on date NOT NULL,
    updated_by text NOT NULL CHECK (length(updated_by) BETWEEN 1 AND 200)
);

CREATE TABLE forum_rule_versions (
    version text PRIMARY KEY CHECK (length(version) BETWEEN 1 AND 40),
    effective_from date NOT NULL UNIQUE,
    document jsonb NOT NULL CHECK (jsonb_typeof(document) = 'object')
);

-- The first version, as seeds/rules/forum.json has it (a test compares the two).
INSERT INTO forum_rule_versions (version, effective_from, document)
VALUES ('forum-2026.1', DATE '2026-01-01', '{"version":"forum-2026.1","effective_from":"2026-01-01","title":{"id":"Bobot pencocokan forum bisnis Dinas Perindustrian Kabupaten Bekasi","en":"Match weights of the business forum of Dinas Perindustrian Kabupaten Bekasi"},"source":"Placeholder weights until the Dinas sets its own (shared/DOMAIN.md, ''The business forum''): the parts follow UNIDO''s Subcontracting and Partnership Exchanges (process, material, certification, capacity) and the regency''s aims (suppliers in the regency, local jobs, existing partnerships). Total 100; a pair under 40 is no match.","weights":{"process":30,"material":10,"certifications":10,"capacity":15,"kbli":5,"same_regency":10,"local_employment":15,"partnership":5,"minimum_score":40}}');
