#!/usr/bin/env python3
"""Sequential POST /api/v1/tenants against a running `estate serve`, one keep-alive connection,
one new firm per request; prints the rate. Used by benchmarks/writes.sh.
    python3 benchmarks/write_rate.py PORT TOKEN COUNT FIRST_NUMBER"""
import http.client
import json
import sys
import time


def main():
    port, token, count, first = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    connection = http.client.HTTPConnection("127.0.0.1", int(port))
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    statuses = {}
    started = time.perf_counter()
    for number in range(first, first + count):
        body = json.dumps({"nib": f"95{number:011d}", "name": f"CV Tulis {number}",
                           "npwp": f"02{number:013d}", "kbli": ["25920"]})
        connection.request("POST", "/api/v1/tenants", body, headers)
        response = connection.getresponse()
        response.read()
        statuses[response.status] = statuses.get(response.status, 0) + 1
    elapsed = time.perf_counter() - started
    if statuses != {201: count}:
        sys.exit(f"write_rate: answers {statuses}, expected {count} x 201")
    print(f"{count / elapsed:.0f}")


if __name__ == "__main__":
    main()
