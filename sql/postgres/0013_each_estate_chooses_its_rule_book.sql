-- 0013: each estate chooses the rule book its tenants and applicants are judged by. A store may
-- hold several books (the association's own, a sentra IKM's): each rule-set version names its
-- book in its document (`book`, none for the store's main book). `rule_book` names the estate's
-- choice; NULL: the main book, which every estate of an existing store keeps. That the book
-- holds a version is checked by the write that chooses it (rule sets are never removed).
ALTER TABLE estates ADD COLUMN rule_book text CONSTRAINT estates_rule_book_check
    CHECK (rule_book IS NULL OR rule_book ~ '^[A-Z0-9][A-Z0-9-]{0,15}$');
