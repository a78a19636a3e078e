#!/usr/bin/env python3
"""Crash: a server takes acknowledged writes (new tenants, one per request, from 8 clients) and
is killed with SIGKILL in the middle, once half of --writes are acknowledged (or half of
--seconds has passed); it is started again on the same PostgreSQL, the clients go on until
--writes writes are acknowledged in all (or --seconds is up), and every write that got a 2xx,
before the kill or after it, must be served. Bounded by --writes and --seconds.

    python3 reliability/crash.py [--estate .build/debug/estate] [--pg-dir /tmp/estate-pg-crash] [--writes 10000]
                                 [--seconds 60]
"""
import argparse
import json
import os
import signal
import threading
import time
import urllib.error
import urllib.request

from harness import Server, create_token, drop_database, finish, free_port, seeded_database


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

    acknowledged = []
    lock = threading.Lock()
    counter = iter(range(10 * args.writes))
    deadline = time.monotonic() + args.seconds
    failures = []

    def client(target, stop):
        while time.monotonic() < deadline and not stop.is_set():
            with lock:
                if len(acknowledged) >= target:
                    return
                number = next(counter)
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

    def writers(target, stop):
        threads = [threading.Thread(target=client, args=(target, stop)) for _ in range(8)]
        for thread in threads:
            thread.start()
        return threads

    try:
        with Server(estate, url, port=port) as server:
            # Kill it in the middle: once half the writes are acknowledged, or after half the
            # time (each write re-reads and re-checks the whole estate: about 25 a second on a
            # release build between 5,000 and 10,000 tenants, a few a second on a debug one).
            stop = threading.Event()
            begun = time.monotonic()
            threads = writers(args.writes, stop)
            kill_at = time.monotonic() + args.seconds / 2
            while len(acknowledged) < args.writes // 2 and time.monotonic() < kill_at:
                time.sleep(0.02)
            server.process.send_signal(signal.SIGKILL)
            killed_after = len(acknowledged)
            server.process.wait()
            stop.set()
            for thread in threads:
                thread.join()
        print(f"killed with SIGKILL after {killed_after} acknowledged writes "
              f"({killed_after / max(time.monotonic() - begun, 1e-9):.1f}/s); {len(acknowledged)} acknowledged before it died")
        with Server(estate, url, port=port):
            started, before = time.monotonic(), len(acknowledged)
            for thread in writers(args.writes, threading.Event()):
                thread.join()
            after = len(acknowledged)
            print(f"after the restart: {after} acknowledged writes in all "
                  f"({(after - before) / max(time.monotonic() - started, 1e-9):.1f}/s after the restart)")
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
        print(f"{len(tenants)} tenants served; {len(missing)} of {len(acknowledged)} acknowledged writes missing")
        if missing:
            failures.append(f"{len(missing)} acknowledged writes were lost, e.g. {missing[:3]}")
        if after < args.writes:
            failures.append(f"only {after} of {args.writes} writes were acknowledged within {args.seconds:g} s")
        if killed_after == 0:
            failures.append("no write was acknowledged before the kill")
    finally:
        drop_database(url)
    finish("crash", failures)

if __name__ == "__main__":
    main()
