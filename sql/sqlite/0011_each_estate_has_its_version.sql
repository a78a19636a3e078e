-- 0011: nothing changes in the embedded store. On PostgreSQL this migration gives each estate a
-- version of its own, so that writes to two estates do not wait on each other; SQLite lets one
-- writer at a time whatever the estate, so its one store version stands for every estate (a
-- write to one estate makes the others' cached snapshots reload, which is correct, only slower).
-- The file keeps both engines' migrations numbered alike.
SELECT 1;
