-- 0029: the business forum's events (issue 18, item 4): a forum has a code, a day and a venue,
-- and invites large industries and IKM firms. An invitation names exactly one of the two, each
-- by a key its registry holds, so the database refuses an unknown NIB of either kind; one firm
-- is invited to one forum once.
CREATE TABLE forums (
    code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{0,39}$'),
    held_on date NOT NULL,
    venue text NOT NULL CHECK (length(venue) BETWEEN 1 AND 300),
    added_by text NOT NULL CHECK (length(added_by) BETWEEN 1 AND 200)
);

CREATE TABLE forum_invitations (
    forum text NOT NULL REFERENCES forums (code),
    nib text NOT NULL CHECK (nib ~ '^[0-9]{13}$'),
    industry text REFERENCES large_industries (nib),
    firm text REFERENCES tenants (nib),
    PRIMARY KEY (forum, nib),
    CONSTRAINT forum_invitations_one_kind CHECK ((industry IS NULL) <> (firm IS NULL) AND coalesce(industry, firm) = nib)
);
