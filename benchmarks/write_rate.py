#!/usr/bin/env python3
"""POST /api/v1/tenants against a running `estate serve`, one new firm per request; prints the
rate. Sequential on one keep-alive connection, or `--concurrent N` clients at once (then it
prints the rate and every status with its count, e.g. to see 503s). `--read PATH` instead sends
COUNT sequential authenticated GETs of PATH (the peer a write is compared with: the same HTTP,
token check and driver, without the write). Used by benchmarks/writes.sh.
    python3 benchmarks/write_rate.py PORT TOKEN COUNT FIRST_NUMBER [--concurrent N | --read PATH]"""
import http.client
import json
import sys
import threading
import time


def post(connection, token, number):
    body = json.dumps({"nib": f"95{number:011d}", "name": f"CV Tulis {number}",
                       "npwp": f"02{number:013d}", "kbli": ["25920"]})
    connection.request("POST", "/api/v1/tenants", body,
                       {"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    response = connection.getresponse()
    response.read()
    return response.status


def read_rate(port, token, count, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    started = time.perf_counter()
    for _ in range(count):
        connection.request("GET", path, headers={"Authorization": f"Bearer {token}"})
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            sys.exit(f"write_rate: GET {path} answered {response.status}")
    print(f"{count / (time.perf_counter() - started):.0f}")


def main():
    port, token, count, first = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    if len(sys.argv) > 6 and sys.argv[5] == "--read":
        return read_rate(port, token, count, sys.argv[6])
    clients = int(sys.argv[6]) if len(sys.argv) > 6 and sys.argv[5] == "--concurrent" else 1
    statuses = {}
    lock = threading.Lock()

    def client(offset):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for number in range(first + offset, first + count, clients):
            status = post(connection, token, number)
            with lock:
                statuses[status] = statuses.get(status, 0) + 1

    threads = [threading.Thread(target=client, args=(offset,)) for offset in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    if clients > 1:
        print(f"{count / elapsed:.0f} writes/s, answers {dict(sorted(statuses.items()))}")
    elif statuses != {201: count}:
        sys.exit(f"write_rate: answers {statuses}, expected {count} x 201")
    else:
        print(f"{count / elapsed:.0f}")


if __name__ == "__main__":
    main()
