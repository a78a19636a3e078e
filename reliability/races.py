#!/usr/bin/env python3
"""Racing writers over HTTP: two `estate serve` instances on one PostgreSQL, and in every round
two requests sent at the same moment, one to each instance, for something only one of them may
have. Each round must end with exactly one write done, the other refused with a problem
document (409 or 422, never a 5xx), and the estate valid (GET /api/v1/validation).

Races, several rounds each:
  capacity     two plots for the last leasable capacity of phase 2
  commit-vs-withdrawal  an allocation commit and the withdrawal of a plot it assigns
  two-commits  the same proposal committed on both instances (no Idempotency-Key)
  withdrawal-vs-import  a one-row lease import and the withdrawal of that plot

    python3 reliability/races.py [--estate .build/debug/estate] [--pg-dir /tmp/estate-pg-races] [--rounds 8]
"""
import argparse
import csv
import json
import os
import shutil
import tempfile
import threading
from decimal import ROUND_CEILING, Decimal

from harness import Server, call, create_token, drop_database, finish, seeded_database

AS_OF = "2026-11-22"
SPARE_M2 = Decimal("100")


def prepare_seeds(folder, rounds):
    """The sample cluster with phase 2 open, a vacant plot per withdrawal-vs-import round, and a
    filler plot that leaves SPARE_M2 of phase 2's leasable share; returns the NIBs of firms that
    hold no lease (one per import round)."""
    shutil.copytree("seeds", folder, dirs_exist_ok=True)
    with open(os.path.join(folder, "estate.json")) as f:
        estate = json.load(f)
    phase = estate["phases"][1]
    phase["opens_on"] = "2026-01-01"
    with open(os.path.join(folder, "estate.json"), "w") as f:
        json.dump(estate, f, indent=2)
    capacity = Decimal(phase["gross_m2"]) * phase["land_use"]["leasable_percent"] / 100
    with open(os.path.join(folder, "plots.csv"), newline="") as f:
        plotted = sum(Decimal(row["area_m2"]) for row in csv.DictReader(f) if row["phase"] == "2")
    new = [(f"V-{index + 1:02d}", Decimal(100)) for index in range(6 * rounds)]
    filler = capacity - plotted - sum(area for _, area in new) - SPARE_M2
    with open(os.path.join(folder, "plots.csv"), "a", newline="") as f:
        for code, area in new + [("V-FILL", filler)]:
            f.write(f"{code},2,{area},,\r\n")
    with open(os.path.join(folder, "leases.csv"), newline="") as f:
        holders = {row["nib"] for row in csv.DictReader(f)}
    with open(os.path.join(folder, "tenants.csv"), newline="", encoding="utf-8-sig") as f:
        return sorted({row["nib"] for row in csv.DictReader(f)} - holders)


def race(first, second):
    """Runs both calls at the same moment (a barrier), returns their (status, headers, body)."""
    results = [None, None]
    barrier = threading.Barrier(2)

    def run(index, request):
        barrier.wait()
        results[index] = request()

    threads = [threading.Thread(target=run, args=(index, request)) for index, request in enumerate([first, second])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def judge(name, results, failures, refusals=(409, 422)):
    """Exactly one 2xx, the other a problem document with a status in `refusals`."""
    statuses = [result[0] for result in results]
    wins = [s for s in statuses if isinstance(s, int) and 200 <= s < 300]
    losses = [r for r in results if r[0] in refusals]
    if len(wins) != 1 or len(losses) != 1:
        failures.append(f"{name}: statuses {statuses}: {[r[2][:200] for r in results]}")
        return None
    loser = losses[0]
    if loser[1].get("Content-Type") != "application/problem+json":
        failures.append(f"{name}: the refusal is not a problem document: {loser[2][:200]}")
    return statuses


_applicants = iter(range(1, 10_000))


def add_applicant(server, post, label, failures):
    """A new eligible firm (metalworking, Rp10 bn, 12 workers) applying for 100 m² in phase 2,
    so that every commit round has a proposal to sign."""
    number = next(_applicants)
    nib = f"91209{number:08d}"
    steps = [
        post(server, "/api/v1/tenants", {"nib": nib, "name": f"CV Balapan {number}",
                                         "npwp": f"{number:015d}", "kbli": ["25920"]}),
        post(server, f"/api/v1/tenants/{nib}/declarations", {
            "fiscal_year": 2025, "turnover": 10_000_000_000, "workers": 12, "local_workers": 8,
            "investment": 900_000_000, "declared_on": "2026-03-01"}),
        post(server, "/api/v1/applications", {"nib": nib, "min_area_m2": 100, "max_area_m2": 100, "phase": 2,
                                              "submitted_on": "2026-10-01"}),
    ]
    for step in steps:
        status, _, body = step()
        if status not in (200, 201):
            failures.append(f"{label}: setting up an applicant answered {status}: {body[:300]}")
            return


def json_body(value):
    return json.dumps(value).encode(), {"Content-Type": "application/json"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--estate", default=".build/debug/estate")
    parser.add_argument("--pg-dir", default="/tmp/estate-pg-races")
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    estate = os.path.abspath(args.estate)
    folder = tempfile.mkdtemp()
    free_firms = prepare_seeds(folder, args.rounds)
    url = seeded_database(estate, args.pg_dir, "races", seeds=folder)
    token = create_token(estate, url, "admin", "races")
    failures = []
    tally = {}
    try:
        with Server(estate, url) as a, Server(estate, url) as b:
            def post(server, path, value, headers=None):
                body, content = json_body(value)
                return lambda: call("POST", f"{server.url}{path}", token, body, {**content, **(headers or {})})

            def check_valid(name):
                status, _, body = call("GET", f"{a.url}/api/v1/validation?as_of={AS_OF}", token)
                report = json.loads(body) if status == 200 else {}
                if not report.get("valid"):
                    failures.append(f"{name}: the estate is not valid afterwards: {body[:400]}")

            # capacity: two plots of 60 % of what is left
            spare = SPARE_M2
            for round_ in range(args.rounds):
                area = (spare * Decimal("0.6")).quantize(Decimal("0.01"), rounding=ROUND_CEILING)
                if area <= 0 or area * 2 <= spare:
                    break
                results = race(
                    post(a, "/api/v1/plots", {"code": f"K-{round_}A", "phase": 2, "area_m2": float(area)}),
                    post(b, "/api/v1/plots", {"code": f"K-{round_}B", "phase": 2, "area_m2": float(area)}))
                if judge(f"capacity round {round_}", results, failures, refusals=(422,)):
                    tally["capacity"] = tally.get("capacity", 0) + 1
                spare -= area
                check_valid(f"capacity round {round_}")

            # a lease import against the withdrawal of its plot
            for round_ in range(min(args.rounds, len(free_firms))):
                plot = f"V-{round_ + 1:02d}"
                row = ("plot,nib,start,end,status,terminated_on,termination_reason\r\n"
                       f"{plot},{free_firms[round_]},{AS_OF},,signed,,\r\n").encode()
                results = race(
                    lambda: call("POST", f"{a.url}/api/v1/imports/leases", token, row, {"Content-Type": "text/csv"}),
                    post(b, f"/api/v1/plots/{plot}/withdrawal", {"on": AS_OF}))
                if judge(f"withdrawal-vs-import round {round_}", results, failures):
                    tally["withdrawal-vs-import"] = tally.get("withdrawal-vs-import", 0) + 1
                check_valid(f"withdrawal-vs-import round {round_}")
            # allocation commits: against a withdrawal, and against each other
            for race_name in ["commit-vs-withdrawal", "two-commits"]:
                for round_ in range(args.rounds):
                    add_applicant(a, post, f"{race_name}-{round_}", failures)
                    status, _, body = call("POST", f"{a.url}/api/v1/allocation/proposals", token,
                                           *json_body({"as_of": AS_OF, "policy": "first-fit"}))
                    proposal = json.loads(body) if status == 200 else {}
                    shown = [{"plot": item["plot"], "nib": item["nib"]} for item in proposal.get("assignments", [])]
                    if not shown:
                        failures.append(f"{race_name} round {round_}: the proposal assigns nothing: {body[:300]}")
                        break
                    commit = {"as_of": AS_OF, "policy": "first-fit", "assignments": shown}
                    other = (post(b, f"/api/v1/plots/{shown[0]['plot']}/withdrawal", {"on": AS_OF})
                             if race_name == "commit-vs-withdrawal"
                             else post(b, "/api/v1/allocation/commits", commit))
                    results = race(post(a, "/api/v1/allocation/commits", commit), other)
                    if judge(f"{race_name} round {round_}", results, failures, refusals=(409,)):
                        tally[race_name] = tally.get(race_name, 0) + 1
                    check_valid(f"{race_name} round {round_}")

            print("rounds with exactly one winner:", tally)
            for name in ["capacity", "commit-vs-withdrawal", "two-commits", "withdrawal-vs-import"]:
                if tally.get(name, 0) < 3:
                    failures.append(f"{name}: only {tally.get(name, 0)} rounds were run and judged")
            for server in (a, b):
                if server.process.poll() is not None:
                    failures.append(f"an instance exited (code {server.process.returncode})")
    finally:
        drop_database(url)
        shutil.rmtree(folder, ignore_errors=True)
    finish("races", failures[:20])


if __name__ == "__main__":
    main()
