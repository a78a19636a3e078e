-- 0018: a firm's address and the person to reach there (issue 15), free text, NULL while not
-- yet known; corrected with `estate tenants update --address … --contact …`.
ALTER TABLE tenants
    ADD COLUMN address text CHECK (address IS NULL OR length(address) BETWEEN 1 AND 300),
    ADD COLUMN contact text CHECK (contact IS NULL OR length(contact) BETWEEN 1 AND 200);
