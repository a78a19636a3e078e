-- 0028 (as sql/postgres/0028): the regency's business forum (issue 18, items 1-3): the large industries that buy, what
-- they need, the IKM firms' capability profiles, and the versions of the match rules. The forum is
-- the regency's, so none of it belongs to one estate; a profile is a registered firm's (tenant or
-- not: the firm registry is the store's). A need's certifications and a profile's machines and
-- certifications are JSON documents that the code checks when it reads them, as it does on input.
CREATE TABLE large_industries (
    nib TEXT PRIMARY KEY CHECK (length(nib) = 13 AND nib NOT GLOB '*[^0-9]*'),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kbli TEXT NOT NULL CHECK (length(kbli) >= 5 AND kbli NOT GLOB '*[^0-9;]*'),
    location TEXT NOT NULL CHECK (length(location) BETWEEN 1 AND 300),
    regency TEXT NOT NULL CHECK (length(regency) BETWEEN 1 AND 100),
    contact TEXT CHECK (contact IS NULL OR length(contact) BETWEEN 1 AND 200)
) STRICT;

CREATE TABLE industry_needs (
    id INTEGER PRIMARY KEY,
    industry TEXT NOT NULL REFERENCES large_industries (nib),
    item TEXT NOT NULL CHECK (length(item) BETWEEN 1 AND 200),
    process TEXT NOT NULL CHECK (length(process) BETWEEN 1 AND 40 AND process NOT GLOB '*[^a-z_]*'),
    material TEXT CHECK (material IS NULL OR length(material) BETWEEN 1 AND 100),
    kbli TEXT CHECK (kbli IS NULL OR (length(kbli) = 5 AND kbli NOT GLOB '*[^0-9]*')),
    volume_per_month INTEGER CHECK (volume_per_month IS NULL OR volume_per_month BETWEEN 1 AND 100000000),
    unit TEXT NOT NULL CHECK (length(unit) BETWEEN 1 AND 20),
    certifications TEXT NOT NULL CHECK (json_valid(certifications) AND json_type(certifications) = 'array'),
    deadline TEXT CHECK (deadline IS NULL OR date(deadline) IS deadline),
    opened_on TEXT NOT NULL CHECK (date(opened_on) IS opened_on),
    closed_on TEXT CHECK (closed_on IS NULL OR date(closed_on) IS closed_on),
    CONSTRAINT industry_needs_closed_after_opened CHECK (closed_on IS NULL OR closed_on >= opened_on)
) STRICT;

CREATE INDEX industry_needs_by_industry ON industry_needs (industry, id);

CREATE TABLE capability_profiles (
    nib TEXT PRIMARY KEY REFERENCES tenants (nib),
    profile TEXT NOT NULL CHECK (json_valid(profile) AND json_type(profile) = 'object'),
    updated_on TEXT NOT NULL CHECK (date(updated_on) IS updated_on),
    updated_by TEXT NOT NULL CHECK (length(updated_by) BETWEEN 1 AND 200)
) STRICT;

CREATE TABLE forum_rule_versions (
    version TEXT PRIMARY KEY CHECK (length(version) BETWEEN 1 AND 40),
    effective_from TEXT NOT NULL UNIQUE CHECK (date(effective_from) IS effective_from),
    document TEXT NOT NULL CHECK (json_valid(document) AND json_type(document) = 'object')
) STRICT;

-- The first version, as seeds/rules/forum.json has it (a test compares the two).
INSERT INTO forum_rule_versions (version, effective_from, document)
VALUES ('forum-2026.1', '2026-01-01', '{"version":"forum-2026.1","effective_from":"2026-01-01","title":{"id":"Bobot pencocokan forum bisnis Dinas Perindustrian Kabupaten Bekasi","en":"Match weights of the business forum of Dinas Perindustrian Kabupaten Bekasi"},"source":"Placeholder weights until the Dinas sets its own (shared/DOMAIN.md, ''The business forum''): the parts follow UNIDO''s Subcontracting and Partnership Exchanges (process, material, certification, capacity) and the regency''s aims (suppliers in the regency, local jobs, existing partnerships). Total 100; a pair under 40 is no match.","weights":{"process":30,"material":10,"certifications":10,"capacity":15,"kbli":5,"same_regency":10,"local_employment":15,"partnership":5,"minimum_score":40}}');
