#!/usr/bin/env python3
"""Database outage: a release `estate serve` on a local PostgreSQL under steady load; PostgreSQL
is stopped for 5 s and started again. The server must stay up, answer 503 with Retry-After (a
problem document) while the database is away, and serve 200 again within 2 s of its return,
without a restart. Bounded: about 20 s. Prints the timeline and exits non-zero on a failure.

    python3 reliability/outage.py [--estate .build/release/estate] [--pg-dir /tmp/estate-pg-outage]
"""
import argparse
import os
import subprocess
import threading
import time
import urllib.error
import urllib.request

from harness import Server, create_token, drop_database, finish, seeded_database


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--estate", default=".build/release/estate")
    parser.add_argument("--pg-dir", default="/tmp/estate-pg-outage")
    parser.add_argument("--outage", type=float, default=5.0)
    args = parser.parse_args()
    pg = ["bash", "deploy/postgres-local.sh"]
    estate = os.path.abspath(args.estate)
    url = seeded_database(estate, args.pg_dir, "outage")
    token = create_token(estate, url, "viewer", f"outage-{os.getpid()}")
    base = None  # the server's URL, once it runs
    failures = []
    log = []  # (time, status, retry_after, content_type)
    stop = threading.Event()

    def get(path):
        request = urllib.request.Request(base + path, headers={"Authorization": f"Bearer {token}"})
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return response.status, response.headers.get("Retry-After"), response.headers.get("Content-Type")
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Retry-After"), error.headers.get("Content-Type")
        except Exception as error:  # connection refused: the server itself is down
            return f"error:{type(error).__name__}", None, None

    def load():
        while not stop.is_set():
            status = get("/api/v1/plots?limit=5")
            log.append((time.monotonic(), *status))
            time.sleep(0.02)

    try:
        with Server(estate, url, log="/tmp/estate-outage-server.log") as server:
            base = server.url
            workers = [threading.Thread(target=load) for _ in range(4)]
            for worker in workers:
                worker.start()
            time.sleep(2)
            down_at = time.monotonic()
            subprocess.run(pg + ["stop", "--dir", args.pg_dir], check=True, stdout=subprocess.DEVNULL)
            stopped_at = time.monotonic()
            time.sleep(args.outage)
            subprocess.check_output(pg + ["start", "--dir", args.pg_dir], text=True)
            up_at = time.monotonic()
            time.sleep(4)
            stop.set()
            for worker in workers:
                worker.join()
            during = [entry for entry in log if stopped_at + 0.5 < entry[0] < up_at]
            after = [entry for entry in log if entry[0] >= up_at]
            before = [entry for entry in log if entry[0] < down_at]
            first_ok = next((entry[0] for entry in after if entry[1] == 200), None)
            print(f"requests: {len(before)} before the outage, {len(during)} during it, {len(after)} after it")
            print(f"statuses during the outage: {sorted(set(str(entry[1]) for entry in during))}")
            if any(entry[1] != 200 for entry in before):
                failures.append("some requests failed before the outage")
            if not during:
                failures.append("no request was made during the outage")
            for entry in during:
                if entry[1] != 503:
                    failures.append(f"during the outage a request answered {entry[1]}, expected 503")
                    break
                if not entry[2] or entry[3] != "application/problem+json":
                    failures.append(f"a 503 lacked Retry-After or the problem type: {entry}")
                    break
            if first_ok is None:
                failures.append("the server never answered 200 after PostgreSQL came back")
            else:
                print(f"first 200 after PostgreSQL's return: {first_ok - up_at:.2f} s (limit 2 s)")
                if first_ok - up_at > 2:
                    failures.append(f"recovery took {first_ok - up_at:.2f} s (limit 2 s)")
                late = [entry for entry in after if entry[0] > first_ok and entry[1] != 200]
                if late:
                    failures.append(f"{len(late)} request(s) failed after recovery, e.g. {late[0][1]}")
            if server.process.poll() is not None:
                failures.append(f"the server exited (code {server.process.returncode})")
    finally:
        stop.set()
        drop_database(url)
    finish("outage", failures)


if __name__ == "__main__":
    main()
