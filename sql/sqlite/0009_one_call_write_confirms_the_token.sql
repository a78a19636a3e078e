-- 0009: nothing changes in the embedded store. On PostgreSQL this migration lets the one-call
-- write confirm the request's token in the same call; SQLite confirms it with a query inside
-- the write's transaction, which costs no trip to a server.
-- The file keeps both engines' migrations numbered alike.
SELECT 1;
