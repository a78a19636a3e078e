-- 0013: each estate chooses the rule book its tenants and applicants are judged by (as
-- sql/postgres/0013). NULL: the store's main book, which every estate of an existing store keeps.
ALTER TABLE estates ADD COLUMN rule_book TEXT CONSTRAINT estates_rule_book_check
    CHECK (rule_book IS NULL OR (length(rule_book) BETWEEN 1 AND 16 AND rule_book NOT GLOB '*[^A-Z0-9-]*'
        AND substr(rule_book, 1, 1) <> '-'));
