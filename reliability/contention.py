#!/usr/bin/env python3
"""Two instances, one PostgreSQL: two `estate serve` processes on one database, 200 concurrent
clients each signing a lease (a one-row lease import, as an admin) on one of 50 vacant plots for
the same period, alternating between the instances. Exactly one lease per plot-period must win;
every other client must get a 409 problem document; no 5xx. Afterwards SQL confirms that no two
leases of a plot overlap. Bounded: one round of 200 requests, a minute at most.

    python3 reliability/contention.py [--estate .build/debug/estate] [--pg-dir /tmp/estate-pg-contention]
"""
import argparse
import csv
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request

from harness import Server, create_token, drop_database, finish, seeded_database

PLOTS = 50
CLIENTS = 200


def seeds_with_vacant_plots(folder):
    """The sample cluster with phase 2 open, 50 vacant plots and 200 new firms added to it;
    returns the firms' NIBs, one per client."""
    shutil.copytree("seeds", folder, dirs_exist_ok=True)
    with open(os.path.join(folder, "estate.json")) as f:
        estate = json.load(f)
    estate["phases"][1]["opens_on"] = "2026-01-01"
    with open(os.path.join(folder, "estate.json"), "w") as f:
        json.dump(estate, f, indent=2)
    with open(os.path.join(folder, "plots.csv"), "a", newline="") as f:
        for index in range(PLOTS):
            f.write(f"C-{index + 1:02d},2,200,,\r\n")
    # One new firm per client: a plot's four clients are four firms, and a winner holds one
    # plot, so no client is refused for the plot allowance (two per firm) instead of the race.
    nibs = [f"91208{index:08d}" for index in range(CLIENTS)]
    with open(os.path.join(folder, "tenants.csv"), "a", newline="", encoding="utf-8") as f:
        for index, nib in enumerate(nibs):
            f.write(f"{nib},CV Kontensi {index},04{index:013d},25920,2025,10000000000,12,8,900000000,2026-03-01\r\n")
    return nibs


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--estate", default=".build/debug/estate")
    parser.add_argument("--pg-dir", default="/tmp/estate-pg-contention")
    args = parser.parse_args()
    estate = os.path.abspath(args.estate)
    folder = tempfile.mkdtemp()
    nibs = seeds_with_vacant_plots(folder)
    url = seeded_database(estate, args.pg_dir, "contention", seeds=folder)
    token = create_token(estate, url, "admin", "contention")
    results = [None] * CLIENTS
    failures = []
    try:
        with Server(estate, url) as first, Server(estate, url) as second:
            servers = [first, second]
            barrier = threading.Barrier(CLIENTS)

            def client(index):
                plot = f"C-{index % PLOTS + 1:02d}"
                nib = nibs[index]
                body = ("plot,nib,start,end,status,terminated_on,termination_reason\r\n"
                        f"{plot},{nib},2027-01-01,2028-01-01,signed,,\r\n").encode()
                request = urllib.request.Request(
                    f"{servers[index % 2].url}/api/v1/imports/leases", data=body, method="POST",
                    headers={"Authorization": f"Bearer {token}", "Content-Type": "text/csv"})
                barrier.wait()
                try:
                    with urllib.request.urlopen(request, timeout=30) as response:
                        results[index] = (plot, response.status, response.headers.get("Content-Type"), "")
                except urllib.error.HTTPError as error:
                    results[index] = (plot, error.code, error.headers.get("Content-Type"), error.read().decode())
                except Exception as error:
                    results[index] = (plot, f"error:{type(error).__name__}", None, str(error))

            threads = [threading.Thread(target=client, args=(index,)) for index in range(CLIENTS)]
            started = time.monotonic()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.monotonic() - started
            statuses = {}
            for _, status, _, _ in results:
                statuses[status] = statuses.get(status, 0) + 1
            print(f"{CLIENTS} clients on {PLOTS} plots through 2 instances in {elapsed:.1f} s: {statuses}")
            winners = {}
            for plot, status, content_type, text in results:
                if status == 201:
                    winners[plot] = winners.get(plot, 0) + 1
                elif status == 409:
                    if content_type != "application/problem+json" or "/problems/" not in text:
                        failures.append(f"a 409 is not a problem document: {text[:200]}")
                else:
                    failures.append(f"{plot}: unexpected {status} {text[:300]}")
            if len(winners) != PLOTS or any(count != 1 for count in winners.values()):
                failures.append(f"expected one winner on each of {PLOTS} plots, got {len(winners)} plots, "
                                f"counts {sorted(set(winners.values()))}")
            overlaps = subprocess.check_output(["psql", url, "-Atc", """
                SELECT count(*) FROM leases a JOIN leases b ON a.plot_id = b.plot_id AND a.id < b.id
                WHERE daterange(a.start_on, COALESCE(a.terminated_on, a.end_on))
                   && daterange(b.start_on, COALESCE(b.terminated_on, b.end_on))"""], text=True).strip()
            stored = subprocess.check_output(["psql", url, "-Atc", """
                SELECT count(*) FROM leases l JOIN plots p ON p.id = l.plot_id WHERE p.code LIKE 'C-%'"""],
                text=True).strip()
            print(f"SQL afterwards: {overlaps} overlapping lease pairs, {stored} leases on the 50 plots")
            if overlaps != "0" or stored != str(PLOTS):
                failures.append(f"the database holds {overlaps} overlapping pairs and {stored} leases on the plots")
            for server in servers:
                if server.process.poll() is not None:
                    failures.append(f"an instance exited (code {server.process.returncode})")
    finally:
        drop_database(url)
        shutil.rmtree(folder, ignore_errors=True)
    finish("contention", failures[:10])


if __name__ == "__main__":
    main()
