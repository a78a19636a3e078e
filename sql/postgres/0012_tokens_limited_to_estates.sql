-- 0012: a token may be limited to some of the store's estates. `estates` holds their codes,
-- separated by ';' (codes are letters, digits and dashes, and never change); NULL: every estate,
-- the regency-wide token of the industry office's viewer. Existing tokens keep every estate.
ALTER TABLE api_tokens ADD COLUMN estates TEXT CHECK (estates IS NULL OR length(estates) BETWEEN 1 AND 1000);
