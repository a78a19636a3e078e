-- 0018: a firm's address and the person to reach there (as sql/postgres/0018), NULL while not
-- yet known.
ALTER TABLE tenants ADD COLUMN address TEXT CHECK (address IS NULL OR length(address) BETWEEN 1 AND 300);
ALTER TABLE tenants ADD COLUMN contact TEXT CHECK (contact IS NULL OR length(contact) BETWEEN 1 AND 200);
