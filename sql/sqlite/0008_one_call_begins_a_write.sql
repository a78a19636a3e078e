-- 0008: nothing changes in the embedded store. On PostgreSQL this migration lets a write take
-- its lock and read the version in one call (a round trip to the server saved per write);
-- SQLite runs in the process, where `BEGIN IMMEDIATE` is the lock and a query costs no trip.
-- The file keeps both engines' migrations numbered alike.
SELECT 1;
