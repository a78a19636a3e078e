#!/usr/bin/env python3
"""Slow clients against `estate serve` (issue 17's security review): connections that send half a
request header or half a body and then nothing (slowloris) are closed by the server within 30 s
of opening, while a normal request still answers at once; and thousands of them, beyond the
connection cap, neither stop the server nor grow its memory or open files without bound: the
server holds at most its cap, and once the slow ones are cut off it answers again at once.
(Connections beyond the cap wait in the kernel's queue, or are dropped by it, without costing the
server anything; the client cannot tell those apart, so they are not counted.)

    python3 reliability/slow_clients.py --estate .build/debug/estate [--held 900] [--flood 3000]

Bounded: about two minutes. Needs an open-files limit above --flood (CI raises it)."""
import argparse
import os
import selectors
import socket
import subprocess
import tempfile
import time

from harness import Server, call, finish

HEAD_DEADLINE = 30  # seconds, estate serve's default


def open_files(pid):
    return len(os.listdir(f"/proc/{pid}/fd"))


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def open_slow(port, count, half_body, burst=False):
    """`count` sockets that sent half a request and then wait, each with the time it was opened.
    Without `burst` each is connected before the next (so that the server accepts every one, and
    each has sent its half request); with it they are opened all at once, as a flood is."""
    sockets = []
    for index in range(count):
        body = half_body and index % 2 == 1
        s = socket.socket()
        if burst:
            s.setblocking(False)
            try:
                s.connect(("127.0.0.1", port))
            except BlockingIOError:
                pass
        else:
            s.settimeout(10)
            s.connect(("127.0.0.1", port))
            s.send(HALF_BODY if body else HALF_HEAD)
            s.setblocking(False)
        sockets.append((s, time.monotonic(), body))
    return sockets


HALF_HEAD = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: "
HALF_BODY = (b"POST /api/v1/plots HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
             b"Content-Length: 1000\r\n\r\n{\"code\":")


def closed_times(sockets, limit):
    """When the server closed each socket (seconds after it was opened); None for those still open
    after `limit` seconds."""
    selector = selectors.DefaultSelector()
    for index, (s, _, _) in enumerate(sockets):
        try:
            selector.register(s, selectors.EVENT_READ, index)
        except (ValueError, OSError):
            pass
    times = [None] * len(sockets)
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and any(t is None for t in times):
        for key, _ in selector.select(timeout=0.5):
            index = key.data
            s, opened, _ = sockets[index]
            try:
                data = s.recv(4096)
            except (ConnectionResetError, OSError):
                data = b""
            if not data:
                times[index] = time.monotonic() - opened
                selector.unregister(s)
    for s, _, _ in sockets:
        s.close()
    return times


def probe(url):
    started = time.monotonic()
    status, _, _ = call("GET", f"{url}/healthz", timeout=10)
    return status, time.monotonic() - started


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--estate", default=".build/debug/estate")
    parser.add_argument("--held", type=int, default=900)
    parser.add_argument("--flood", type=int, default=2000)
    args = parser.parse_args()
    estate = os.path.abspath(args.estate)
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        database = f"sqlite:{folder}/estate.sqlite"
        subprocess.run([estate, "seed", "--database", database, "--quiet"], check=True,
                       cwd=os.path.join(os.path.dirname(__file__), ".."))
        with Server(estate, database) as server:
            pid = server.process.pid
            base = rss_kib(pid)
            held = open_slow(server.port, args.held, half_body=True)
            status, took = probe(server.url)
            print(f"{args.held} half-sent requests held (half headers, half bodies): /healthz answered {status} "
                  f"in {took:.3f} s")
            if status != 200 or took > 2:
                failures.append(f"with {args.held} slow clients /healthz answered {status} in {took:.1f} s")
            times = closed_times(held, HEAD_DEADLINE + 15)
            cut = [t for t in times if t is not None]
            still = len(times) - len(cut)
            print(f"closed by the server: {len(cut)} of {len(times)}, after {min(cut):.1f}–{max(cut):.1f} s "
                  f"(deadline {HEAD_DEADLINE} s); still open after {HEAD_DEADLINE + 15} s: {still}")
            if still or (cut and (max(cut) > HEAD_DEADLINE + 5 or min(cut) < HEAD_DEADLINE - 5)):
                failures.append(f"slow clients were not cut off at {HEAD_DEADLINE} s: {still} left open, "
                                f"range {min(cut or [0]):.1f}–{max(cut or [0]):.1f} s")

            files = open_files(pid)
            flood = open_slow(server.port, args.flood, half_body=False, burst=True)
            peak_files, peak = files, rss_kib(pid)
            started = time.monotonic()
            while time.monotonic() - started < HEAD_DEADLINE + 10:
                peak_files, peak = max(peak_files, open_files(pid)), max(peak, rss_kib(pid))
                time.sleep(0.5)
            status, took = probe(server.url)
            for s, _, _ in flood:
                s.close()
            after = rss_kib(pid)
            print(f"{args.flood} half-sent headers against a cap of 1,000: the server's open files {files} before, "
                  f"{peak_files} at most (cap 1,000 + its own); RSS {base // 1024} MiB before, {peak // 1024} MiB at most, "
                  f"{after // 1024} MiB after; {HEAD_DEADLINE + 10} s in, /healthz answered {status} in {took:.3f} s")
            if server.process.poll() is not None:
                failures.append("the server died under the flood")
            if peak_files > files + 1_000 + 20:
                failures.append(f"the server held {peak_files} files, more than its cap allows")
            if peak - base > 200 * 1024:
                failures.append(f"the server's memory grew by {(peak - base) // 1024} MiB under the flood")
            if status != 200 or took > 5:
                failures.append(f"after the slow clients were cut off /healthz answered {status} in {took:.1f} s")
    finish("slow clients", failures, summary="half-sent requests are cut off at the deadline; the server keeps answering")


if __name__ == "__main__":
    main()
