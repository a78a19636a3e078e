#!/usr/bin/env bash
# The cost of migration 0034's trigger (a NIB is one kind of firm) on tenant inserts, PostgreSQL:
# 20,000 tenants inserted with the trigger and, in the same run and database, with it disabled,
# twice each, against 2,000 registered large industries. Prints each time and the ratio.
# Usage: bash benchmarks/firm_kind_trigger.sh POSTGRES_URL   (a scratch database: it is emptied)
set -euo pipefail
url=${1:?give a scratch PostgreSQL database URL}
psql=${PSQL:-/usr/lib/postgresql/15/bin/psql}
estate=${ESTATE:-.build/release/estate}
[ -x "$estate" ] || estate=.build/debug/estate
"$estate" migrate --database "$url" > /dev/null
run() {  # $1: prefix digit pair, $2: enable|disable
    "$psql" "$url" -qAt -v ON_ERROR_STOP=1 <<SQL | grep -oE '[0-9.]+ ms' | head -1
ALTER TABLE tenants $2 TRIGGER tenants_nib_is_not_an_industry;
\\timing on
INSERT INTO tenants (nib, legal_name, npwp, kbli) SELECT lpad(($1 * 100000000000 + g)::text, 13, '0'), 'CV ' || g, '0012345678431000', '25920' FROM generate_series(1, 20000) g;
\\timing off
DELETE FROM tenants WHERE nib LIKE '$1%';
ALTER TABLE tenants ENABLE TRIGGER tenants_nib_is_not_an_industry;
SQL
}
"$psql" "$url" -q -v ON_ERROR_STOP=1 -c "DELETE FROM tenants WHERE nib ~ '^9[0-3]'" -c "DELETE FROM large_industries WHERE nib LIKE '8%'" -c \
    "INSERT INTO large_industries (nib, name, kbli, location, regency) SELECT lpad((8000000000000 + g)::text, 13, '0'), 'PT ' || g, '29100', 'Cikarang', 'Kabupaten Bekasi' FROM generate_series(1, 2000) g"
with1=$(run 90 enable); without1=$(run 91 disable); with2=$(run 92 enable); without2=$(run 93 disable)
echo "20,000 tenant inserts with the trigger: $with1, $with2; without: $without1, $without2"
python3 -c "w=[float(x) for x in '$with1 $with2'.replace('ms','').split()]; o=[float(x) for x in '$without1 $without2'.replace('ms','').split()]; print(f'with / without: {sum(w)/sum(o):.1f}x; {(sum(w)-sum(o))/2/20000*1000:.1f} us a row')"
"$psql" "$url" -q -c "DELETE FROM large_industries WHERE nib LIKE '8%'"
