"""What the reliability scripts share: a fresh PostgreSQL database on the local throwaway cluster,
tokens, a live `estate serve` on a loopback port, and plain HTTP calls that return the status
instead of raising. Standard library only, so that a fresh machine needs nothing from pip."""
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_database(pg_dir, prefix):
    """Starts (or reuses) the local PostgreSQL 15 of deploy/postgres-local.sh in `pg_dir` and
    creates a database of its own for this run; returns its URL."""
    admin_url = subprocess.check_output(
        ["bash", "deploy/postgres-local.sh", "start", "--dir", pg_dir], text=True).strip()
    database = f"{prefix}_{os.getpid()}"
    subprocess.run(["psql", admin_url, "-qc", f"CREATE DATABASE {database}"], check=True)
    return admin_url.rsplit("/", 1)[0] + "/" + database


def drop_database(url):
    """Drops the database of `url` (made by `postgres_database`), from the cluster's `postgres`
    maintenance database; a failure is ignored, as this is clean-up."""
    base, database = url.rsplit("/", 1)
    subprocess.run(["psql", f"{base}/postgres", "-qc", f"DROP DATABASE IF EXISTS {database}"], check=False)


def seeded_database(estate, pg_dir, prefix, seeds=None):
    """`postgres_database`, migrated and holding the sample cluster of seeds/ (or of the folder
    `seeds`); returns its URL."""
    database = postgres_database(pg_dir, prefix)
    subprocess.run([estate, "migrate", "--database", database, "--quiet"], check=True)
    subprocess.run([estate, "seed", *(["--seeds", seeds] if seeds else []), "--database", database, "--quiet"],
                   check=True)
    return database


RECORD_KINDS = ["plots", "tenants", "applications", "leases", "partnerships"]


def record_exports(server, token):
    """Every kind's record export as the API serves it, by kind: the store's fingerprint, to
    compare before and after requests that must write nothing."""
    result = {}
    for kind in RECORD_KINDS:
        status, _, body = call("GET", f"{server.url}/api/v1/exports/{kind}", token)
        if status != 200:
            raise RuntimeError(f"export {kind}: {status}")
        result[kind] = body
    return result


def create_token(estate, database, role, name, nibs=()):
    """A new bearer token of `role` (a tenant's for the firms `nibs`), made with `estate token create`."""
    firms = [option for nib in nibs for option in ("--nib", nib)]
    return subprocess.check_output(
        [estate, "token", "create", "--role", role, "--name", name, *firms, "--database", database],
        text=True, stderr=subprocess.DEVNULL).strip()


TARIFFS = ("phase,effective_from,rent_per_m2_month,service_charge_per_m2_month,deposit_months,due_days\n"
           "1,2020-01-01,Rp25.000,Rp5.000,3,14\n2,2020-01-01,Rp25.000,Rp5.000,3,14\n")


def billed_store(estate, folder):
    """A seeded embedded store in `folder` with tariffs, a billing profile and November 2026
    invoiced (issued 2026-11-01, due 2026-11-15); returns its --database URL."""
    database = f"sqlite:{folder}/estate.sqlite"
    quiet = ["--database", database, "--quiet"]
    subprocess.run([estate, "seed", *quiet], check=True)
    with open(os.path.join(folder, "tariffs.csv"), "w") as file:
        file.write(TARIFFS)
    subprocess.run([estate, "import", "tariffs", os.path.join(folder, "tariffs.csv"), *quiet], check=True)
    subprocess.run([estate, "billing", "profile", "--name", "Asosiasi IKM Logam", "--pkp-from", "2025-01-01", *quiet],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([estate, "invoices", "run", "--period", "2026-11", *quiet], check=True, stdout=subprocess.DEVNULL)
    return database


class _KeepRedirects(urllib.request.HTTPRedirectHandler):
    """Returns a redirect as the response instead of following it, so that a 303 to the sign-in
    page can be checked."""

    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_KeepRedirects)


def call(method, url, token=None, body=None, headers=None, timeout=30):
    """One HTTP request, redirects not followed; returns (status, headers, body bytes), HTTP
    errors included.
    A request the server cut off while it was still being sent returns status "reset"; one
    that failed otherwise (refused, timed out) returns "error: ..." as its status."""
    request = urllib.request.Request(url, data=body, method=method, headers=dict(headers or {}))
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with _opener.open(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()
    except (ConnectionResetError, BrokenPipeError) as error:
        return "reset", {}, str(error).encode()
    except (urllib.error.URLError, TimeoutError) as error:
        return f"error: {error}", {}, b""


class Server:
    """`estate serve` on a loopback port (a free one unless `port` is given, e.g. to start again
    where a killed server listened), ready when entered, stopped with SIGTERM on exit unless it
    has already exited. Its stderr goes to the file `log` when given."""

    def __init__(self, estate, database, *options, port=None, log=None):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # Load tests measure the store, not the per-token rate limit: off unless a script sets it.
        limit = [] if "--rate-limit" in options else ["--rate-limit", "0"]
        self.command = [estate, "serve", "--port", str(self.port), "--log-level", "error",
                        "--database", database, *limit, *options]
        self.log = log
        self._stderr = None
        self.process = None

    def __enter__(self):
        self._stderr = open(self.log, "w") if self.log else None
        self.process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL,
                                        stderr=self._stderr or subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"estate serve exited with {self.process.returncode}")
            try:
                urllib.request.urlopen(f"{self.url}/readyz", timeout=2)
                return self
            except Exception:
                time.sleep(0.1)
        raise RuntimeError("estate serve was not ready within 30 s")

    def __exit__(self, *_):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._stderr:
            self._stderr.close()


def check(failures, condition, message):
    """Notes `message` as a failure when `condition` is false."""
    if not condition:
        failures.append(message)


def finish(name, failures, summary="passed"):
    """Prints each failure and the verdict, and exits with 1 if anything failed."""
    for failure in failures:
        print("FAIL:", failure)
    print(f"{name}: " + (summary if not failures else "FAILED"))
    sys.exit(1 if failures else 0)


def sign_in(url, token, headers=None):
    """Signs in through the dashboard's sign-in form as a browser does: the page's nonce cookie
    and its CSRF field, then the token. Returns (status, headers, body) of the POST."""
    import re
    status, page_headers, body = call("GET", f"{url}/dashboard/signin")
    nonce = (page_headers.get("Set-Cookie") or "").split(";")[0]
    found = re.search(rb'name="signin_csrf" value="([0-9a-f]+)"', body)
    form = urllib.parse.urlencode({"signin_csrf": found.group(1).decode() if found else "", "token": token}).encode()
    return call("POST", f"{url}/dashboard/signin", body=form, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": nonce, **(headers or {})})
