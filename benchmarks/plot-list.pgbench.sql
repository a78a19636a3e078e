-- The SQL `GET /api/v1/plots` runs on PostgreSQL, for pgbench (the ceiling in
-- benchmarks/server.sh): the bearer token's look-up, then every read of a snapshot in
-- Sources/EstateStore/StoreQueries.swift (estate id 1). Keep in step with that file.
SELECT id, name, role, secret_sha256, CAST(CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END AS BIGINT) FROM api_tokens WHERE id = :token_id::text;
SELECT name FROM estates WHERE id = 1::bigint;
SELECT CAST(number AS BIGINT), name, gross_cm2, CAST(leasable_percent AS BIGINT), CAST(green_buffer_percent AS BIGINT), CAST(roads_utilities_percent AS BIGINT), CAST(opens_on AS TEXT), boundary FROM phases WHERE estate_id = 1::bigint ORDER BY number;
SELECT code, CAST(phase_number AS BIGINT), area_cm2, outline, CAST(withdrawn_on AS TEXT) FROM plots WHERE estate_id = 1::bigint ORDER BY code;
SELECT nib, legal_name, npwp, kbli FROM tenants ORDER BY nib;
SELECT nib, CAST(fiscal_year AS BIGINT), turnover, CAST(workers AS BIGINT), CAST(local_workers AS BIGINT), investment, CAST(declared_on AS TEXT) FROM declarations ORDER BY nib, fiscal_year;
SELECT nib, partner, product, CAST(since AS TEXT) FROM partnerships ORDER BY nib, partner, product;
SELECT nib, min_area_cm2, max_area_cm2, CAST(phase_number AS BIGINT), CAST(submitted_on AS TEXT), CAST(reconfirmed_on AS TEXT) FROM applications WHERE estate_id = 1::bigint ORDER BY submitted_on, nib;
SELECT p.code, l.nib, CAST(l.start_on AS TEXT), CAST(l.end_on AS TEXT), l.status, CAST(l.terminated_on AS TEXT), l.termination_reason FROM leases l JOIN plots p ON p.id = l.plot_id WHERE p.estate_id = 1::bigint ORDER BY p.code, l.start_on;
SELECT document FROM rule_sets ORDER BY effective_from, version;
