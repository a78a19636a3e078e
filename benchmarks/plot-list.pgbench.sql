-- The SQL `GET /api/v1/plots` runs on PostgreSQL once the server holds the estate in memory,
-- for pgbench (the ceiling in benchmarks/server.sh): the bearer token's look-up
-- (AccessStatements.select) and the store's version (StoreQueries.version), which says whether
-- the cached estate is current. Keep in step with those.
SELECT id, name, role, secret_sha256, CAST(CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END AS BIGINT) FROM api_tokens WHERE id = :token_id::text;
SELECT CAST(version AS BIGINT) FROM store_version WHERE id = 1;
