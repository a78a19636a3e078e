#!/usr/bin/env python3
"""Invoice runs (issue 16) on a real PostgreSQL; the sample cluster gets --leases more leases
(starting in 2025, 2026 and 2027, some ending in 2026) so that a run takes measurable time.

1. Two `estate serve` instances on one PostgreSQL send POST /api/v1/invoice-runs for the same
   month at the same moment (a barrier), --rounds months in turn: one answers 201, the other 200
   with nothing issued. Every lease in force in the month has exactly one periodic invoice, every
   lease starting in it one deposit (no lease two, ever), each invoice is whole, and the year's
   numbers INV/{estate}/{year}/{seq} run 1..N with no gap and no duplicate, as both
   GET /api/v1/invoices and `estate invoices list --format json` show.
2. `kill -9` in the middle of a run, a month per attempt on one instance: a psql session watches
   pg_stat_activity for the run's transaction; once it is open the server is killed at a random
   moment within the time a run takes. The kill landed if the transaction was still open and no
   response came. After a restart the month is absent or whole, the numbers still gapless, and
   the month run again is complete. Until --kills kills landed or --attempts are spent.

    python3 reliability/invoice_runs.py [--estate .build/debug/estate] [--pg-dir /tmp/estate-pg-invoices]
                                        [--leases 1000] [--rounds 5] [--kills 3] [--attempts 8] [--seed 16]
"""
import argparse
import csv
import json
import os
import random
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections import Counter
from datetime import date

from harness import Server, call, create_token, drop_database, finish, seeded_database

TARIFFS = ("phase,effective_from,rent_per_m2_month,service_charge_per_m2_month,deposit_months,due_days\n"
           "1,2020-01-01,Rp25.000,Rp5.000,3,14\n2,2020-01-01,Rp25.000,Rp5.000,3,14\n")


def prepare_seeds(folder, count):
    """The sample cluster with phase 2 open and large enough for `count` more plots of 100 m²,
    each leased to a new eligible firm; returns the main estate's leases as (plot, nib, start,
    end or None), the end being the termination date when there is one."""
    shutil.copytree("seeds", folder, dirs_exist_ok=True)
    with open(os.path.join(folder, "estate.json")) as f:
        estate = json.load(f)
    phase = estate["phases"][1]
    phase["opens_on"], phase["gross_m2"] = "2021-01-01", str(int(phase["gross_m2"]) + 200 * count)
    with open(os.path.join(folder, "estate.json"), "w") as f:
        json.dump(estate, f, indent=2)
    with open(os.path.join(folder, "plots.csv"), "a") as plots, \
            open(os.path.join(folder, "tenants.csv"), "a", encoding="utf-8") as tenants, \
            open(os.path.join(folder, "leases.csv"), "a") as leases:
        for i in range(1, count + 1):
            start = date(2025 + i % 3, 1 + (i // 3) % 12, 1 + (i * 7) % 28)
            end = start.replace(year=start.year + (1 if i % 5 == 0 else 3))
            plots.write(f"T-{i:04d},2,100,,\n")
            tenants.write(f"93{i:011d},{('PT', 'CV', 'UD')[i % 3]} Tagihan Uji {i},{i:015d},25920,2024,"
                          f"10000000000,12,8,900000000,2025-03-01\n")
            leases.write(f"T-{i:04d},93{i:011d},{start},{end},{'ended' if end <= date.today() else 'signed'},,\n")
    with open(os.path.join(folder, "leases.csv"), newline="") as f:
        return [(row["plot"], row["nib"], date.fromisoformat(row["start"]),
                 date.fromisoformat(row["terminated_on"] or row["end"]) if (row["terminated_on"] or row["end"]) else None)
                for row in csv.DictReader(f)]


def month(index):
    """The index-th month from January 2026, as (text, first day, first day of the next)."""
    year, m = 2026 + index // 12, 1 + index % 12
    return f"{year}-{m:02d}", date(year, m, 1), date(year + m // 12, 1 + m % 12, 1)


def expected(leases, index):
    """The (plot, nib) of each lease owed a periodic invoice in the month, and of each owed its deposit."""
    _, first, after = month(index)
    periodic = Counter((p, n) for p, n, start, end in leases if start < after and (end is None or end > first))
    deposits = Counter((p, n) for p, n, start, end in leases if first <= start < after)
    return periodic, deposits


def invoices(server, token, period=None):
    """Every invoice (of `period`), page by page."""
    items, offset = [], 0
    while True:
        query = f"limit=500&offset={offset}" + (f"&period={period}" if period else "")
        status, _, body = call("GET", f"{server.url}/api/v1/invoices?{query}", token, timeout=120)
        if status != 200:
            raise RuntimeError(f"GET /api/v1/invoices?{query} answered {status}: {body[:300]}")
        page = json.loads(body)
        items += page["items"]
        offset += page["limit"]
        if offset >= page["total"]:
            return items


def listed(estate, url, period=None):
    """Every invoice (of `period`) by `estate invoices list` (one read; each API page reads them all)."""
    return json.loads(subprocess.run([estate, "invoices", "list", *(["--period", period] if period else []), "--format",
                                      "json", "--database", url], check=True, capture_output=True, text=True,
                                     timeout=300).stdout)


def audit(everything, label, failures, tally):
    """Every invoice whole, every deposit once, and each year's INV numbers 1..N, no gap or duplicate."""
    for i in everything:
        if sum(line["amount"] for line in i["lines"]) != i["subtotal"] or i["total"] != i["subtotal"] + i["ppn"] \
                or i["amount_due"] != i["total"] - i["withheld"]:
            failures.append(f"{label}: {i['number']} is not whole: {json.dumps(i)[:400]}")
    twice = [k for k, c in Counter((i["plot"], i["nib"]) for i in everything if i["kind"] == "deposit").items() if c > 1]
    if twice:
        failures.append(f"{label}: leases with two deposits: {twice[:5]}")
    numbers = Counter(i["number"] for i in everything if i["number"].startswith("INV/"))
    duplicates = [n for n, c in numbers.items() if c > 1]
    by_year = {}
    for number in numbers:
        by_year.setdefault(number.split("/")[2], []).append(int(number.split("/")[3]))
    gaps = [f"{year}/{s}" for year, seqs in by_year.items() for s in sorted(set(range(1, max(seqs) + 1)) - set(seqs))]
    tally["gaps"], tally["duplicates"] = tally["gaps"] + len(gaps), tally["duplicates"] + len(duplicates)
    if gaps or duplicates:
        failures.append(f"{label}: numbers missing {gaps[:10]}, duplicated {duplicates[:10]}")


def check_month(items, leases, index, label, failures):
    """The month's invoices: one periodic per lease in force, one deposit per lease starting, numbers contiguous."""
    periodic, deposits = expected(leases, index)
    for kind, want in [("periodic", periodic), ("deposit", deposits)]:
        got = Counter((i["plot"], i["nib"]) for i in items if i["kind"] == kind)
        if got != want:
            failures.append(f"{label}: {kind} invoices: missing {sorted(want - got)[:5]}, extra {sorted(got - want)[:5]} "
                            f"({sum(got.values())} issued, {sum(want.values())} owed)")
    seqs = sorted(int(i["number"].split("/")[3]) for i in items if i["number"].startswith("INV/"))
    if seqs and seqs != list(range(seqs[0], seqs[0] + len(seqs))):
        failures.append(f"{label}: the month's numbers are not one run: {seqs[:3]}…{seqs[-3:]} ({len(seqs)})")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--estate", default=".build/debug/estate")
    parser.add_argument("--pg-dir", default="/tmp/estate-pg-invoices")
    for name, default in [("leases", 1000), ("rounds", 5), ("kills", 3), ("attempts", 8), ("seed", 16)]:
        parser.add_argument(f"--{name}", type=int, default=default)
    args = parser.parse_args()
    estate, rng, begun, folder = os.path.abspath(args.estate), random.Random(args.seed), time.monotonic(), tempfile.mkdtemp()
    leases = prepare_seeds(folder, args.leases)
    url = seeded_database(estate, args.pg_dir, "invoices", seeds=folder)
    with open(os.path.join(folder, "tariffs.csv"), "w") as f:
        f.write(TARIFFS)  # and the billing profile: a run needs both
    for command in [["import", "tariffs", os.path.join(folder, "tariffs.csv")],
                    ["billing", "profile", "--name", "Asosiasi IKM Logam", "--pkp-from", "2025-01-01"]]:
        subprocess.run([estate, *command, "--database", url], check=True, stdout=subprocess.DEVNULL, timeout=120)
    token = create_token(estate, url, "admin", "invoice-runs")
    failures, tally, fastest, everything, landed, attempts, outcomes = [], {"gaps": 0, "duplicates": 0}, 9.9, [], 0, 0, Counter()
    # An open transaction that began before its current statement: a write under the estate's lock.
    psql = "/usr/lib/postgresql/15/bin/psql" if os.path.exists("/usr/lib/postgresql/15/bin/psql") else "psql"
    watch = subprocess.Popen([psql, url, "-AtqX"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def writing():
        watch.stdin.write("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> "
                          "pg_backend_pid() AND (state = 'idle in transaction' OR xact_start < query_start);\n")
        watch.stdin.flush()
        return int(watch.stdout.readline()) > 0

    def say(text):
        print(f"[{time.monotonic() - begun:5.1f} s] {text}", flush=True)

    def run(server, period):
        started = time.monotonic()
        answer = call("POST", f"{server.url}/api/v1/invoice-runs", token, json.dumps({"period": period}).encode(),
                      {"Content-Type": "application/json"}, timeout=120)
        return answer + (time.monotonic() - started,)

    say(f"{len(leases)} leases seeded, tariffs and billing profile set")
    try:
        with Server(estate, url, log=os.path.join(folder, "a.log")) as a, \
                Server(estate, url, log=os.path.join(folder, "b.log")) as b:
            for index in range(args.rounds):
                period, results, barrier = month(index)[0], [None, None], threading.Barrier(2)

                def send(slot, server):
                    barrier.wait()
                    results[slot] = run(server, period)

                threads = [threading.Thread(target=send, args=(slot, s)) for slot, s in enumerate([a, b])]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join(timeout=150)
                if sorted(str(r and r[0]) for r in results) != ["200", "201"]:
                    failures.append(f"{period}: expected 201 and 200, got {[(r[0], r[2][:300]) if r else None for r in results]}")
                    continue
                won, lost = sorted(results, key=lambda r: -r[0])
                fastest = min(fastest, won[3])
                won_body, lost_body = json.loads(won[2]), json.loads(lost[2])
                periodic, deposits = expected(leases, index)
                if lost_body["invoices"] or lost_body["already_invoiced"] != sum(periodic.values()):
                    failures.append(f"{period}: the 200 issued {len(lost_body['invoices'])}, found "
                                    f"{lost_body['already_invoiced']} already invoiced of {sum(periodic.values())}")
                items, by_cli, everything = invoices(a, token, period), listed(estate, url, period), listed(estate, url)
                check_month(items, leases, index, f"{period} (API)", failures)
                check_month(by_cli, leases, index, f"{period} (CLI)", failures)
                audit(everything, f"{period}", failures, tally)
                if len({tuple(sorted(i["number"] for i in found)) for found in (items, by_cli, won_body["invoices"])}) != 1:
                    failures.append(f"{period}: the API lists {len(items)}, the CLI {len(by_cli)}, the 201 issued "
                                    f"{len(won_body['invoices'])}, not the same numbers")
                say(f"{period}: {len(items)} invoices ({sum(deposits.values())} deposits): 201 in {won[3]:.2f} s, "
                    f"200 in {lost[3]:.2f} s; {len(everything)} invoices in all")

        window = fastest  # then how long the last rerun took on a fresh server, so that kills fall anywhere in a run
        for index in range(args.rounds, args.rounds + args.attempts):
            if landed >= args.kills:
                break
            attempts, period, box, delay = attempts + 1, month(index)[0], {}, rng.uniform(0, 1) * window
            with Server(estate, url, log=os.path.join(folder, "killed.log")) as server:
                thread = threading.Thread(target=lambda: box.update(answer=run(server, period)))
                thread.start()
                while thread.is_alive() and not writing():  # bounded by the request's timeout
                    time.sleep(0.002)
                time.sleep(delay)
                open_at_kill = writing()
                server.process.send_signal(signal.SIGKILL)
                server.process.wait()
                thread.join(timeout=150)
            answer = box.get("answer", ("no answer", None, b"", 0))
            with Server(estate, url, log=os.path.join(folder, "restarted.log")) as server:
                found = invoices(server, token, period)
                audit(listed(estate, url), f"{period} after the kill", failures, tally)
                owed = sum(sum(c.values()) for c in expected(leases, index))
                if found and len(found) != owed:
                    failures.append(f"{period}: after the kill {len(found)} of {owed} invoices stand: a run half written")
                again = run(server, period)
                window = again[3]
                if again[0] != (200 if found else 201):
                    failures.append(f"{period}: the rerun after the kill answered {again[0]}: {again[2][:300]}")
                items = invoices(server, token, period)
                check_month(items, leases, index, f"{period} after the kill and rerun", failures)
                everything = listed(estate, url)
                audit(everything, f"{period} after the rerun", failures, tally)
            landed += open_at_kill and not isinstance(answer[0], int)
            outcomes[("killed mid-run, " if open_at_kill else "killed after the commit, ")
                     + ("answered" if isinstance(answer[0], int) else "committed" if found else "rolled back")] += 1
            say(f"{period}: killed {delay * 1000:.0f} ms into the run's transaction "
                f"({'still open: landed' if open_at_kill else 'closed'}; answer {answer[0]}); {len(found)} of {owed} "
                f"invoices stood after the restart, {len(items)} after the rerun ({again[0]} in {again[3]:.2f} s)")
        if landed == 0:
            failures.append(f"no kill landed while a run was in flight in {attempts} attempts (window {window:.2f} s)")
    except Exception as error:  # reported as a failure, with the servers' logs
        failures.append(f"stopped by {error!r}")
    finally:
        watch.communicate(timeout=10)
        for log in ["a.log", "b.log", "killed.log", "restarted.log"] if failures else []:
            if os.path.exists(os.path.join(folder, log)):
                print(f"--- {log} (last lines)\n" + "".join(open(os.path.join(folder, log)).readlines()[-10:]))
        drop_database(url)
        shutil.rmtree(folder, ignore_errors=True)
    say("done")
    finish("invoice_runs", failures[:20],
           f"passed: {args.rounds} rounds on two instances, {landed} kills landed in {attempts} attempts "
           f"({', '.join(f'{n} {o}' for o, n in outcomes.items())}), {len(everything)} invoices in all, gaps {tally['gaps']}, duplicates {tally['duplicates']}")


if __name__ == "__main__":
    main()
