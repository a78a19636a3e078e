#!/usr/bin/env python3
"""The route x role matrix against a live server: every route that `estate routes --json` lists
(the table the router is built from) x {anonymous, firm A's tenant, regency, viewer, officer, admin},
over real sockets, with the public summary off and then on; then every route a firm's account
may use, as firm A's tenant with firm B's NIB and plot: 403 or 404, or an answer without them. Then the same for a browser's session cookie on the
dashboard pages, and a token revoked by another process while the server runs.

Below a route's role: anonymous gets 401 with `WWW-Authenticate: Bearer realm="estate"` and a
problem document (dashboard pages: 303 to /dashboard/signin); a token of too small a role gets
403 with a problem document. At or above it: never 401, 403 or 5xx. Requests carry no body, so
no write can succeed; every record export is compared before and after to prove it.

    python3 reliability/auth_matrix.py [--estate .build/debug/estate] [--pg-dir /tmp/estate-pg-auth]

Bounded: 2 x 200 routes x 6 callers, plus a few dozen requests; each with a 30 s timeout."""
import argparse
import json
import os
import subprocess
import urllib.parse

from harness import (RECORD_KINDS, Server, call, create_token, drop_database, finish, record_exports,
                     seeded_database, sign_in)

ROLES = ["regency", "viewer", "officer", "admin"]
# Firm A (CV Baja Mandiri Sentosa, the NIB the URIs name) and firm B (PT Indo Mur Baut Serang).
FIRM_A, FIRM_B, FIRM_B_NAME = "9120983690060", "9120838829624", "PT Indo Mur Baut Serang"
VALUES = {"{code}": "A-01", "{plot}": "A-01", "{nib}": "9120983690060", "{kind}": "occupancy", "{estate}": "KAWASAN-1",
          "{series}": "INV", "{issuer}": "KAWASAN-1", "{year}": "2026", "{sequence}": "00001", "{period}": "2026-11",
          "{id}": "1"}


def uri(path):
    for name, value in VALUES.items():
        path = path.replace(name, value)
    return path + "?as_of=2026-11-22"


def rank(role):
    return -1 if role in (None, "none") else ROLES.index(role)


def is_problem(headers, body):
    if not (headers.get("Content-Type") or "").startswith("application/problem+json"):
        return False
    try:
        return json.loads(body).get("type", "").startswith("/problems/")
    except ValueError:
        return False


def verdict(route, caller, status, headers, body):
    """Why this answer is wrong, or None when it is what the route's role requires."""
    needed = route["role"]
    if needed == "none" and route["method"] == "POST" and route["path"] == "/dashboard/signin":
        # Sign-in has its own CSRF value (a nonce cookie and the form's field): a bare POST is refused.
        return None if status == 403 else f"a bare sign-in POST answered {status}, not 403"
    if needed == "none":
        if status in (401, 403) or not isinstance(status, int) or status >= 500:
            return f"public route answered {status}"
        return None
    if caller == "tenant":
        if route["tenant"] == "refused":
            return None if status == 403 and is_problem(headers, body) else f"expected 403 with a problem, got {status}"
        if status in (401, 403) or not isinstance(status, int) or status >= 500:
            return f"firm A's own route answered {status}: {body[:200]!r}"
        return None
    if caller is None:
        if route["redirects_to_sign_in"]:
            if status != 303 or headers.get("Location") != "/dashboard/signin":
                return f"expected 303 to /dashboard/signin, got {status} {headers.get('Location')}"
            return None
        if status != 401 or headers.get("WWW-Authenticate") != 'Bearer realm="estate"' or not is_problem(headers, body):
            return f"expected 401 with WWW-Authenticate and a problem, got {status}"
        return None
    if rank(caller) < rank(needed):
        if status != 403 or not is_problem(headers, body):
            return f"expected 403 with a problem, got {status}"
        return None
    if status in (401, 403) or not isinstance(status, int) or status >= 500:
        return f"allowed caller answered {status}: {body[:200]!r}"
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--estate", default=".build/debug/estate")
    parser.add_argument("--pg-dir", default="/tmp/estate-pg-auth")
    args = parser.parse_args()
    estate = os.path.abspath(args.estate)
    database = seeded_database(estate, args.pg_dir, "auth_matrix")
    tokens = {role: create_token(estate, database, role, f"matrix-{role}") for role in ROLES}
    tokens["tenant"] = create_token(estate, database, "tenant", "matrix-firm-a", [FIRM_A])
    failures = []
    checked = 0
    for public_summary in (False, True):
        options = ["--public-summary"] if public_summary else []
        routes = json.loads(subprocess.check_output(
            [estate, "routes", "--json", "--database", database, *options], text=True))
        with Server(estate, database, *options) as server:
            before = record_exports(server, tokens["admin"])
            for route in routes:
                for caller in [None, "tenant", *ROLES]:
                    status, headers, body = call(route["method"], server.url + uri(route["path"]), tokens.get(caller))
                    checked += 1
                    wrong = verdict(route, caller, status, headers, body)
                    if wrong:
                        failures.append(f"{route['method']} {route['path']} as {caller or 'anonymous'}: {wrong}")
                    if route["method"] == "POST" and caller is not None:
                        after = record_exports(server, tokens["admin"])
                        if after != before:
                            changed = [k for k in RECORD_KINDS if after[k] != before[k]]
                            failures.append(f"{route['method']} {route['path']} as {caller} wrote to {changed}: "
                                            f"{status} {body[:200]!r}")
                            before = after
            print(f"public summary {'on ' if public_summary else 'off'}: {len(routes)} routes x {len(ROLES) + 2} callers "
                  f"({sum(1 for r in routes if r['api'])} API, {sum(1 for r in routes if not r['api'])} dashboard)")

    # Firm A's account, with firm B's identifiers, by every route a firm's account may use.
    with Server(estate, database) as server:
        routes = json.loads(subprocess.check_output([estate, "routes", "--json", "--database", database], text=True))
        open_to_firms = [r for r in routes if r["tenant"] != "refused" and r["role"] != "none"]
        for route in open_to_firms:
            path = route["path"].replace("{nib}", FIRM_B).replace("{code}", "A-18").replace("{plot}", "A-18")
            status, headers, body = call(route["method"], server.url + uri(path) + f"&nib={FIRM_B}", tokens["tenant"])
            checked += 1
            if status in (403, 404) and is_problem(headers, body):
                continue
            if not isinstance(status, int) or status >= 500 or status == 401:
                failures.append(f"{route['method']} {path} as firm A with B's NIB: {status}")
            elif FIRM_B.encode() in body or FIRM_B_NAME.encode() in body or FIRM_B in (headers.get("Location") or ""):
                failures.append(f"{route['method']} {path} as firm A answered {status} naming firm B")
        print(f"firm A's account with firm B's NIB: {len(open_to_firms)} routes, none names firm B")

    # A browser: sign in with the form, then the dashboard pages with the session cookie only.
    with Server(estate, database) as server:
        routes = json.loads(subprocess.check_output([estate, "routes", "--json", "--database", database], text=True))
        pages = [r for r in routes if r["redirects_to_sign_in"] and r["method"] == "GET" and r["role"] != "none"]
        for role in [*ROLES, "tenant"]:
            status, headers, _ = sign_in(server.url, tokens[role])
            cookie = (headers.get("Set-Cookie") or "").split(";")[0]
            if status != 303 or not cookie.startswith("estate_session=") or "HttpOnly" not in headers.get("Set-Cookie", ""):
                failures.append(f"sign-in as {role}: {status} {headers.get('Set-Cookie')}")
                continue
            for page in pages:
                status, headers, body = call("GET", server.url + uri(page["path"]), headers={"Cookie": cookie})
                checked += 1
                if role == "tenant":
                    # Firm A's account: its own page; the overview sends it there; the rest is refused.
                    expected = {"refused": 403, "own-firm": 200, "filtered": 303 if page["path"] == "/" else 200}
                    if status != expected[page["tenant"]]:
                        failures.append(f"GET {page['path']} with firm A's session: {status}")
                    continue
                allowed = rank(role) >= rank(page["role"])
                if (allowed and status != 200) or (not allowed and status != 403):
                    failures.append(f"GET {page['path']} with a {role} session: {status}")
            # An API write with the cookie but without the CSRF header is refused.
            status, _, _ = call("POST", f"{server.url}/api/v1/allocation/proposals", headers={
                "Cookie": cookie, "Content-Type": "application/json"}, body=b"{}")
            checked += 1
            if status != 403:
                failures.append(f"a {role} session's API write without X-CSRF-Token answered {status}")
        print(f"dashboard sessions: {len(pages)} pages x {len(ROLES) + 1} roles (firm A's tenant too), and the CSRF check")

        # Bad tokens, and a revocation by another process seen on the next request.
        for header in ["Bearer nonsense", "Basic YWRtaW46YWRtaW4=", "Bearer ce_abcdefghij_" + "x" * 43,
                       "Bearer " + tokens["admin"][:-1] + ("a" if tokens["admin"][-1] != "a" else "b")]:
            status, _, _ = call("GET", f"{server.url}/openapi.json", headers={"Authorization": header})
            checked += 1
            if status != 401:
                failures.append(f"{header[:30]}...: {status} on a public route")
        status_before = call("GET", f"{server.url}/api/v1/plots", tokens["viewer"])[0]
        subprocess.run([estate, "token", "revoke", "matrix-viewer", "--database", database],
                       check=True, capture_output=True)
        status_after = call("GET", f"{server.url}/api/v1/plots", tokens["viewer"])[0]
        checked += 2
        print(f"viewer token before revocation: {status_before}; on the next request after `estate token revoke` "
              f"in another process: {status_after}")
        if (status_before, status_after) != (200, 401):
            failures.append(f"revocation: {status_before} then {status_after}")

    drop_database(database)
    print(f"{checked} live requests checked")
    finish("auth matrix", failures, summary="every route enforces its role over the wire; nothing was written")


if __name__ == "__main__":
    main()
