#!/usr/bin/env python3
"""Bad data against every importer: each kind of record (plots, tenants, applications, leases,
partnerships) is fed, through both `estate import` and `POST /api/v1/imports/{kind}`, files that
are truncated (in a row, inside a quoted cell, inside a UTF-8 character), mis-encoded
(Latin-1), huge (100 MB), hostile (formula injection `=cmd|' /C calc'!A0` and its `+ - @`
variants, SQL-looking text in typed fields) or carry 10 kB names. Each must be refused with a
clear error (the CLI's exit 65 naming the file, line and column; a 413 or 422 problem document
naming the field), and every record export must stay byte-identical: nothing written.

Controls: each kind's unspoiled file passes a dry run first, so a refusal is due to the damage.
Then SQL-looking free text is written for real and read back verbatim, and every record export
and report CSV is scanned for a cell a spreadsheet would run as a formula.

    python3 reliability/bad_data.py [--estate .build/debug/estate] [--pg-dir /tmp/estate-pg-bad-data]

Bounded: 5 kinds x 11 files x 2 importers, each call with a 60 s timeout."""
import argparse
import csv
import io
import json
import os
import re
import shutil
import subprocess
import tempfile

from harness import Server, call, create_token, drop_database, finish, record_exports, seeded_database

FORMULA = "=cmd|' /C calc'!A0"
FORMULA_VARIANTS = ["=cmd|' /C calc'!A0", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0"]
HUGE_BYTES = 100 * 1024 * 1024
LONG = "CV " + "Logam" * 2048  # 10,243 characters

# Each kind: the header, one valid new row (against the sample cluster) whose quoted `note`
# cell has a comma and an "é", and how to spoil it. `hostile` maps a column to the values that
# replace it, one row each; `sql` does the same with SQL-looking text in typed columns.
KINDS = {
    "plots": {
        "header": "code,phase,area_m2,polygon,withdrawn_on,note",
        "row": {"code": "Z-01", "phase": "2", "area_m2": "200", "polygon": "", "withdrawn_on": "",
                "note": "baru, café"},
        "hostile": ("code", FORMULA_VARIANTS),
        "sql": ("code", ["Z-01'; DROP TABLE plots; --"]),
        "long": "code",
    },
    "tenants": {
        "header": "nib,name,npwp,kbli,fiscal_year,turnover,workers,local_workers,investment,declared_on,note",
        "row": {"nib": "9120000000017", "name": "CV Logam Café Jaya", "npwp": "012345678901234",
                "kbli": "25110", "fiscal_year": "2025", "turnover": "4500000000", "workers": "12",
                "local_workers": "10", "investment": "100000000", "declared_on": "2026-01-10",
                "note": "baru, café"},
        "hostile": ("name", FORMULA_VARIANTS),
        "sql": ("nib", ["9120000000017' OR '1'='1", "1; DELETE FROM tenants"]),
        "long": "name",
    },
    "applications": {
        "header": "nib,min_area_m2,max_area_m2,phase,submitted_on,reconfirmed_on,note",
        "row": {"nib": "9120127120104", "min_area_m2": "200", "max_area_m2": "300", "phase": "",
                "submitted_on": "2026-10-01", "reconfirmed_on": "", "note": "baru, café"},
        "hostile": ("nib", FORMULA_VARIANTS),
        "sql": ("submitted_on", ["2026-10-01'; DROP TABLE applications; --"]),
        "long": "nib",
    },
    "leases": {
        "header": "plot,nib,start,end,status,terminated_on,termination_reason,note",
        "row": {"plot": "A-15", "nib": "9120127120104", "start": "2026-12-01", "end": "2027-12-01",
                "status": "terminated", "terminated_on": "2027-06-01",
                "termination_reason": "usaha pindah ke Karawang", "note": "baru, café"},
        "hostile": ("termination_reason", FORMULA_VARIANTS),
        "sql": ("plot", ["A-15' OR 1=1 --"]),
        "long": "termination_reason",
    },
    "partnerships": {
        "header": "nib,partner,product,since,note",
        "row": {"nib": "9120983690060", "partner": "PT Café Nusantara (fiktif)", "product": "baut",
                "since": "2024-01-01", "note": "baru, café"},
        "hostile": ("partner", FORMULA_VARIANTS),
        "sql": ("since", ["2024-01-01' UNION SELECT secret_hash FROM api_tokens --"]),
        "long": "product",
    },
}


def csv_text(header, rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header.split(","))
    for row in rows:
        writer.writerow([row[column] for column in header.split(",")])
    return out.getvalue()


def files(kind):
    """(case name, bytes, the word the error must contain) for every spoiled file of `kind`."""
    spec = KINDS[kind]
    header, row = spec["header"], spec["row"]
    valid = csv_text(header, [row]).encode()
    # The quoted cell is the last one; cut inside it, between the two bytes of "é", and in
    # the middle of the row (before the required columns end).
    quote = valid.rindex(b'"baru')
    e_acute = valid.rindex("é".encode())
    row_start = valid.index(b"\r\n") + 2
    column, values = spec["hostile"]
    sql_column, sql_values = spec["sql"]
    yield "truncated in a row", valid[:row_start + (quote - row_start) // 3], "line 2"
    yield "truncated in a quoted cell", valid[:quote + 4], "never closes"
    yield "truncated in a UTF-8 character", valid[:e_acute + 1], "UTF-8"
    yield "Latin-1", csv_text(header, [row]).encode("latin-1"), "UTF-8"
    line = csv_text(header, [row]).split("\r\n")[1].encode() + b"\r\n"
    yield "100 MB", header.encode() + b"\r\n" + line * (HUGE_BYTES // len(line) + 1), "MiB"
    yield "formula injection", csv_text(header, [dict(row, **{column: v}) for v in values]).encode(), column
    yield "SQL-looking text", csv_text(header, [dict(row, **{sql_column: v}) for v in sql_values]).encode(), sql_column
    yield "10 kB name", csv_text(header, [dict(row, **{spec["long"]: LONG})]).encode(), spec["long"]


def post_with_curl(url, token, path):
    """POSTs a file as text/csv with curl, which, like a browser, reads the server's early
    answer while it is still sending. (The server answers 413 before reading a body whose
    Content-Length is over the limit and then stops reading; Python's http.client would block
    sending the rest and never see the answer.) Returns (status, headers, body)."""
    result = subprocess.run(
        ["curl", "-s", "--max-time", "60", "-H", f"Authorization: Bearer {token}", "-H", "Content-Type: text/csv",
         "-H", "Expect:", "--data-binary", f"@{path}", "-D", "-", url], capture_output=True, timeout=90)
    head, _, body = result.stdout.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    if not lines[0].startswith("HTTP/"):
        return f"curl exit {result.returncode}", {}, result.stderr
    headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    return int(lines[0].split()[1]), {k.title(): v for k, v in headers.items()}, body


def formula_cells(text):
    """Cells of a CSV text that a spreadsheet would run: they start with = + - @ and are not
    plain numbers (a negative figure is a number, not a formula)."""
    found = []
    for row in csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";" if text.count(";") > text.count(",") else ","):
        for cell in row:
            if cell[:1] in "=+-@" and cell and not re.fullmatch(r"[-+]?[0-9]+([.,][0-9]+)?", cell):
                found.append(cell)
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--estate", default=".build/debug/estate")
    parser.add_argument("--pg-dir", default="/tmp/estate-pg-bad-data")
    args = parser.parse_args()
    estate = os.path.abspath(args.estate)
    database = seeded_database(estate, args.pg_dir, "bad_data")
    token = create_token(estate, database, "admin", "bad-data")
    folder = tempfile.mkdtemp()
    failures = []
    refused = {"cli": 0, "http": 0}
    with Server(estate, database) as server:
        before = record_exports(server, token)
        for kind in KINDS:
            spec = KINDS[kind]
            control = os.path.join(folder, f"{kind}-valid.csv")
            with open(control, "wb") as f:
                f.write(csv_text(spec["header"], [spec["row"]]).encode())
            dry = subprocess.run([estate, "import", kind, control, "--dry-run", "--database", database],
                                 capture_output=True, text=True, timeout=60)
            if dry.returncode != 0:
                failures.append(f"{kind}: the unspoiled control file is refused: {dry.stderr.strip()}")
            for case, data, word in files(kind):
                label = f"{kind}, {case}"
                path = os.path.join(folder, f"{kind}-{case.replace(' ', '-')}.csv")
                with open(path, "wb") as f:
                    f.write(data)
                cli = subprocess.run([estate, "import", kind, path, "--database", database],
                                     capture_output=True, timeout=60)
                message = cli.stderr.decode("utf-8", "replace")
                first = message.strip().splitlines()[1] if len(message.strip().splitlines()) > 1 else message.strip()
                if cli.returncode != 65 or "nothing was written" not in message or word not in message \
                        or "Traceback" in message or "Fatal error" in message:
                    failures.append(f"CLI {label}: exit {cli.returncode}, message {message[:300]!r}")
                else:
                    refused["cli"] += 1
                if case == "100 MB":
                    status, headers, body = post_with_curl(f"{server.url}/api/v1/imports/{kind}", token, path)
                else:
                    status, headers, body = call("POST", f"{server.url}/api/v1/imports/{kind}", token, data,
                                                 {"Content-Type": "text/csv"}, timeout=60)
                text = body.decode("utf-8", "replace")
                expected = 413 if case == "100 MB" else 422
                problem = {}
                if headers and headers.get("Content-Type", "").startswith("application/problem+json"):
                    problem = json.loads(text)
                clear = problem.get("detail") and (case == "100 MB" or word in problem.get("detail", "")
                                                    or word == problem.get("field"))
                if status != expected or not clear:
                    failures.append(f"HTTP {label}: {status} {text[:300]!r}")
                else:
                    refused["http"] += 1
                os.remove(path)
                print(f"  {label:<45} CLI exit {cli.returncode}, HTTP {status}: {first[:110]}")
                after = record_exports(server, token)
                if after != before:
                    changed = [k for k in KINDS if after[k] != before[k]]
                    failures.append(f"{label}: the {', '.join(changed)} export changed: something was written")
                    before = after

        # SQL-looking free text is data: written verbatim, read back verbatim, tables intact.
        name = "CV Robert'); DROP TABLE tenants; --"
        row = dict(KINDS["tenants"]["row"], name=name, nib="9120000000025")
        status, _, body = call("POST", f"{server.url}/api/v1/imports/tenants", token,
                               csv_text(KINDS["tenants"]["header"], [row]).encode(), {"Content-Type": "text/csv"})
        got_status, _, got = call("GET", f"{server.url}/api/v1/tenants/9120000000025", token)
        stored = json.loads(got).get("tenant", {}).get("name") if got_status == 200 else None
        tenants = len(record_exports(server, token)["tenants"].splitlines())
        print(f"SQL-looking name written through the API: {status}; read back {stored!r}; "
              f"tenants export {tenants} lines (was {len(before['tenants'].splitlines())})")
        if status != 201 or stored != name or tenants != len(before["tenants"].splitlines()) + 1:
            failures.append(f"the SQL-looking name was not stored verbatim: {status} {body[:200]!r} "
                            f"{got_status} {got[:300]!r}")

        # No export cell would run as a formula in a spreadsheet.
        scanned = 0
        documents = {f"exports/{k}": v.decode() for k, v in record_exports(server, token).items()}
        for report in ["occupancy", "employment", "expiring", "vacancy", "eligibility", "expansion",
                       "partnerships"]:
            for lang in ["id", "en"]:
                status, _, body = call(
                    "GET", f"{server.url}/api/v1/reports/{report}?format=csv&lang={lang}&as_of=2026-11-22", token)
                if status != 200:
                    failures.append(f"report {report} CSV: {status}")
                documents[f"reports/{report} ({lang})"] = body.decode()
        for label, text in documents.items():
            scanned += 1
            cells = formula_cells(text)
            if cells:
                failures.append(f"{label} has cells a spreadsheet would run: {cells[:3]}")
        print(f"{scanned} CSV documents scanned for formula cells")

    drop_database(database)
    shutil.rmtree(folder, ignore_errors=True)
    print(f"refused with a clear error and nothing written: CLI {refused['cli']}/{len(KINDS) * 8}, "
          f"HTTP {refused['http']}/{len(KINDS) * 8}")
    finish("bad data", failures, summary="every spoiled file refused by both importers, nothing written, no formula in any export")


if __name__ == "__main__":
    main()
