-- 0017: a declaration is corrected by a new version of it (issue 15): version 1 as filed, each
-- correction the next version with its reason and day; the versions before stay, superseded,
-- and the highest version of a fiscal year is the one that counts. Declarations stored before
-- are version 1.
ALTER TABLE declarations
    ADD COLUMN version integer NOT NULL DEFAULT 1 CONSTRAINT declarations_version_positive CHECK (version >= 1),
    ADD COLUMN correction_reason text CHECK (correction_reason IS NULL OR length(correction_reason) BETWEEN 1 AND 500),
    ADD COLUMN corrected_on date,
    ADD CONSTRAINT declarations_correction_whole CHECK (
        (version = 1) = (correction_reason IS NULL) AND (correction_reason IS NULL) = (corrected_on IS NULL));

ALTER TABLE declarations DROP CONSTRAINT declarations_pkey;
ALTER TABLE declarations ADD PRIMARY KEY (nib, fiscal_year, version);
