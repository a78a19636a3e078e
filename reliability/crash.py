#!/usr/bin/env python3
"""Crash: a server takes acknowledged writes (new tenants, one per request, from 8 clients) and
is killed with SIGKILL in the middle (half the writes acknowledged, or half of --seconds); it is
started again on the same PostgreSQL, and every write that got a 2xx must be there. Bounded:
--writes at most, or --seconds (default 60).

    python3 reliability/crash.py [--estate .build/debug/estate] [--pg-dir /tmp/estate-pg-crash] [--writes 10000]
                                 [--seconds 60]
"""
import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

from harness import create_token, drop_database, free_port, seeded_database


def nib(number):
    """A 13-digit NIB unique to `number` (the domain checks the length and digits only)."""
    return f"97{number:011d}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--estate", default=".build/debug/estate")
    parser.add_argument("--pg-dir", default="/tmp/estate-pg-crash")
    parser.add_argument("--writes", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    estate = os.path.abspath(args.estate)
    url = seeded_database(estate, args.pg_dir, "crash")
    token = create_token(estate, url, "officer", "crash")
    port = free_port()

    def start():
        server = subprocess.Popen(
            [estate, "serve", "--port", str(port), "--log-level", "error", "--database", url],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(200):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
                return server
            except Exception:
                time.sleep(0.05)
        raise SystemExit("crash: the server did not start")

    acknowledged = []
    lock = threading.Lock()
    counter = iter(range(args.writes))
    deadline = time.monotonic() + args.seconds
    failures = []

    def client():
        while time.monotonic() < deadline:
            with lock:
                number = next(counter, None)
            if number is None:
                return
            body = json.dumps({"nib": nib(number), "name": f"CV Uji Tabrakan {number}",
                               "npwp": "012345678901234", "kbli": ["25920"]}).encode()
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/api/v1/tenants", data=body, method="POST",
                headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    if 200 <= response.status < 300:
                        with lock:
                            acknowledged.append(nib(number))
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass  # the server is being killed: unacknowledged, so not required to be there

    server = start()
    try:
        threads = [threading.Thread(target=client) for _ in range(8)]
        for thread in threads:
            thread.start()
        # Kill it in the middle: once half the writes are acknowledged, or after half the time
        # (each write re-reads and re-checks the whole estate, so a debug build manages about
        # 20-40 a second).
        kill_at = time.monotonic() + args.seconds / 2
        while len(acknowledged) < args.writes // 2 and time.monotonic() < kill_at:
            time.sleep(0.02)
        server.send_signal(signal.SIGKILL)
        killed_after = len(acknowledged)
        server.wait()
        for thread in threads:
            thread.join()
        print(f"killed with SIGKILL after {killed_after} acknowledged writes; {len(acknowledged)} acknowledged in all")
        server = start()
        tenants = set()
        offset = 0
        while True:
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/api/v1/tenants?limit=500&offset={offset}",
                headers={"Authorization": f"Bearer {token}"})
            with urllib.request.urlopen(request, timeout=30) as response:
                page = json.load(response)
            tenants.update(item["nib"] for item in page["items"])
            offset += page["limit"]
            if offset >= page["total"]:
                break
        missing = [n for n in acknowledged if n not in tenants]
        print(f"after the restart: {len(tenants)} tenants served; {len(missing)} acknowledged writes missing")
        if missing:
            failures.append(f"{len(missing)} acknowledged writes were lost, e.g. {missing[:3]}")
        if killed_after == 0:
            failures.append("no write was acknowledged before the kill")
    finally:
        server.terminate()
        server.wait(timeout=10)
        drop_database(url)
    for failure in failures:
        print("FAIL:", failure)
    print("crash: " + ("passed" if not failures else "FAILED"))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
