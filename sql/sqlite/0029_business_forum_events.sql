-- 0029 (as sql/postgres/0029): the business forum's events: a code, a day, a venue, and the
-- large industries and IKM firms invited, each invitation naming exactly one registered firm.
CREATE TABLE forums (
    code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 40 AND code NOT GLOB '*[^A-Z0-9-]*' AND code NOT GLOB '-*'),
    held_on TEXT NOT NULL CHECK (date(held_on) IS held_on),
    venue TEXT NOT NULL CHECK (length(venue) BETWEEN 1 AND 300),
    added_by TEXT NOT NULL CHECK (length(added_by) BETWEEN 1 AND 200)
) STRICT;

CREATE TABLE forum_invitations (
    forum TEXT NOT NULL REFERENCES forums (code),
    nib TEXT NOT NULL CHECK (length(nib) = 13 AND nib NOT GLOB '*[^0-9]*'),
    industry TEXT REFERENCES large_industries (nib),
    firm TEXT REFERENCES tenants (nib),
    PRIMARY KEY (forum, nib),
    CONSTRAINT forum_invitations_one_kind CHECK ((industry IS NULL) <> (firm IS NULL) AND coalesce(industry, firm) = nib)
) STRICT;
