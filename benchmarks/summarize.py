#!/usr/bin/env python3
"""Reads the outputs benchmarks/suite.sh saved (domain.txt, store.txt, cli.txt, server.txt in
one folder) and prints BENCHMARKS.md: the machine and date, a table of every figure beside its
ceiling or peer from the same run with the ratio, how to reproduce each, and the raw outputs.

    python3 benchmarks/summarize.py benchmarks/out/suite > BENCHMARKS.md

The ratio is always speed relative to the peer: the peer's time over ours, or our rate over
the peer's, so 1.00 is "as fast as the peer" and 0.50 "half its speed"."""
import os
import re
import sys


def read(folder, name):
    path = os.path.join(folder, name)
    return open(path, encoding="utf-8").read() if os.path.exists(path) else ""


def number(text):
    return float(text.replace(",", ""))


def rows_domain(text):
    rows = []
    rates = {m[1]: number(m[2]) for m in re.finditer(r"evaluations (with trace|without trace): (\d+) per second", text)}
    if len(rates) == 2:
        rows.append(("eligibility evaluations, with the trace", f"{rates['with trace']:,.0f}/s",
                     f"the same without the trace: {rates['without trace']:,.0f}/s",
                     rates["with trace"] / rates["without trace"], "", "bash benchmarks/run.sh"))
    instances = re.finditer(r"instance-(\d+)\s+([\d.]+)\s+([\d.]+)\s+[\d.]+\s+ours .* (same|DIFFERENT)", text)
    for m in sorted(instances, key=lambda m: int(m[1])):
        n, ours, scipy, same = m[1], float(m[2]), float(m[3]), m[4]
        rows.append((f"optimal allocation {int(n):,} x {int(n):,} ({same} objective as scipy)", f"{ours:.3f} s",
                     f"scipy linear_sum_assignment {scipy:.3f} s", scipy / ours, "", "bash benchmarks/run.sh"))
    return rows


def rows_store(text):
    rows = []
    copy = re.search(r"psql \\copy \(tenants \+ declarations\)\s+([\d.]+) s\s+(\d+) rows/s", text)
    rows_count = re.search(r"rows: (\d+) tenants", text)
    label_rows = f"{int(rows_count[1]):,}" if rows_count else "N"
    for label, name in [("PostgreSQL import (parse + write)", f"CSV import, {label_rows} tenant rows, PostgreSQL"),
                        ("  of which plan + COPY", "the same, write part only (plan + check + COPY)"),
                        ("SQLite import (parse + write)", f"CSV import, {label_rows} tenant rows, SQLite")]:
        m = re.search(re.escape(label) + r"\s+([\d.]+) s\s+(\d+) rows/s\s+vs \\copy: ([\d.]+)", text)
        if m and copy:
            rows.append((name, f"{float(m[1]):.2f} s", f"psql \\copy {float(copy[1]):.2f} s", float(m[3]), "",
                         "bash benchmarks/store.sh"))
    raw = re.search(r"report: raw SQL aggregate\s+([\d.]+) s", text)
    generated = re.search(r"generated (.*?) in", text)
    scale = generated[1] if generated else "the generated data"
    counted = re.search(r"report: ours, figures counted by the store\s+([\d.]+) s", text)
    full = re.search(r"report: ours \(load snapshot \+ compute\)\s+([\d.]+) s", text)
    same = re.search(r"report: figures (identical|DIFFERENT)", text)
    if raw and counted:
        rows.append((f"occupancy figures counted by the store, {scale} ({same[1] if same else '?'})",
                     f"{float(counted[1]):.3f} s", f"hand-written SQL aggregate {float(raw[1]):.3f} s",
                     float(raw[1]) / float(counted[1]), "", "bash benchmarks/store.sh"))
    if raw and full:
        rows.append(("full domain occupancy report from a loaded snapshot, same data", f"{float(full[1]):.2f} s",
                     f"hand-written SQL aggregate {float(raw[1]):.3f} s", float(raw[1]) / float(full[1]), "",
                     "bash benchmarks/store.sh"))
    return rows


def rows_cli(text):
    rows = []
    floor = re.search(r"version \(process start floor\)\s+mean\s+([\d.]+) ms", text)
    for m in re.finditer(r"(report occupancy \((?:table|html)\))\s+mean\s+([\d.]+) ms", text):
        if floor:
            ms = float(m[2])
            rows.append((f"`estate {m[1]}`, cold process, embedded store, seed data", f"{ms:.1f} ms",
                         f"`estate --version` (process start) {float(floor[1]):.1f} ms", float(floor[1]) / ms,
                         f"<= 150 ms: {ms / 150:.2f} of it", "bash benchmarks/cli.sh"))
    return rows


def rows_server(text):
    rows = []
    pgbench = re.search(r"pgbench, same SQL as the plot list\s+(\d+)", text)
    for label, name, goal in [("GET /api/v1/plots (28 plots)", "`GET /api/v1/plots` (28 plots), 8 connections", 0.7),
                              ("GET /api/v1/reports/occupancy", "`GET /api/v1/reports/occupancy`, same", None),
                              ("GET /healthz (no store, no token)", "`GET /healthz` (no store, no token), same", None)]:
        m = re.search(re.escape(label) + r"\s+(\d+)\s+(\S+)", text)
        if m and pgbench:
            ratio = number(m[1]) / number(pgbench[1])
            goal_text = f">= {goal}: {'met' if ratio >= goal else 'missed'}" if goal else ""
            rows.append((name, f"{number(m[1]):,.0f} req/s, p99 {m[2]}",
                         f"pgbench, the same queries, 8 connections: {number(pgbench[1]):,.0f} tps", ratio,
                         goal_text, "bash benchmarks/server.sh"))
    rss = re.search(r"server RSS: idle ([\d.]+) MiB .* peak under load ([\d.]+) MiB", text)
    if rss:
        rows.append(("server resident memory, idle / peak under load", f"{rss[1]} / {rss[2]} MiB", "goal 50 / 100 MiB",
                     None, f"{float(rss[1]) / 50:.2f} / {float(rss[2]) / 100:.2f} of the goal",
                     "bash benchmarks/server.sh"))
    return rows


def rows_writes(text):
    rows = []
    for engine in ["PostgreSQL", "SQLite"]:
        small = re.search(engine + r" POST /api/v1/tenants at the sample's size: (\d+) writes/s", text)
        large = re.search(engine + r" POST /api/v1/tenants after 5,000 more tenants: (\d+) writes/s", text)
        bare = re.search(engine + r" bare INSERT of a tenant row: (\d+) rows/s", text)
        busy = re.search(engine + r" 80 concurrent writers after 5,000 more tenants: (\d+) writes/s, answers (.*)", text)
        if small and bare:
            rate = number(small[1])
            rows.append((f"`POST /api/v1/tenants`, sequential, {engine}, sample's size (34 tenants)",
                         f"{rate:,.0f} writes/s", f"bare one-row INSERT, same driver: {number(bare[1]):,.0f}/s",
                         rate / number(bare[1]), f">= 300/s: {'met' if rate >= 300 else 'missed'}",
                         "bash benchmarks/writes.sh"))
        if small and large and bare:
            ratio = number(large[1]) / number(small[1])
            rows.append((f"the same after 5,000 more tenants, {engine}", f"{number(large[1]):,.0f} writes/s",
                         f"bare one-row INSERT, same driver: {number(bare[1]):,.0f}/s",
                         number(large[1]) / number(bare[1]),
                         f">= 0.8 of the first: {ratio:.2f}, {'met' if ratio >= 0.8 else 'missed'}",
                         "bash benchmarks/writes.sh"))
        if busy:
            rows.append((f"80 concurrent writers, 800 writes, {engine}, after 5,000 more tenants",
                         f"{number(busy[1]):,.0f} writes/s", f"answers {busy[2]}", None,
                         "no 503 from a healthy store", "bash benchmarks/writes.sh"))
    return rows


def main():
    folder = sys.argv[1]
    machine = read(folder, "machine.txt").strip()
    parts = {name: read(folder, f"{name}.txt") for name in ["domain", "store", "cli", "server", "writes"]}
    rows = rows_domain(parts["domain"]) + rows_store(parts["store"]) + rows_cli(parts["cli"]) + rows_server(
        parts["server"]) + rows_writes(parts["writes"])
    out = ["# Benchmarks", "",
           "Measured by `bash benchmarks/suite.sh`, which builds the release binaries and runs every",
           "benchmark beside its ceiling or peer in the same run; this file is its output. These machines",
           "are shared and noisy: read the ratios, not the absolute figures, and expect a few percent",
           "between runs.", "", "## Machine and date", "", "```", machine, "```", "",
           "## Figures", "",
           "Speed relative to the peer: the peer's time over ours, or our rate over the peer's",
           "(1.00 = as fast as the peer; 0.50 = half its speed).", "",
           "| benchmark (release build) | ours | ceiling or peer, same run | speed vs peer | goal | reproduce |",
           "|---|---|---|---|---|---|"]
    for name, ours, peer, ratio, goal, command in rows:
        out.append(f"| {name} | {ours} | {peer} | {'' if ratio is None else f'{ratio:.2f}'} | {goal} | `{command}` |")
    missing = [name for name, text in parts.items() if not text.strip()]
    if missing:
        out += ["", f"Not run in this suite: {', '.join(missing)}."]
    out += ["", "## How to reproduce", "",
            "- Everything: `bash benchmarks/suite.sh` (release build about 9 minutes the first time, then",
            "  about 10 minutes of benchmarks; it installs hyperfine, wrk and scipy when missing and starts",
            "  the local PostgreSQL 15 of `deploy/postgres-local.sh`).",
            "- Domain: `bash benchmarks/run.sh [--sizes 500,1000,2000]`: eligibility with and without the",
            "  trace, and the optimal allocation on random instances, each solved again by scipy from the",
            "  same instance file (`benchmarks/scipy_assignment.py`).",
            "- Storage: `bash benchmarks/store.sh [--rows 100000]`: a CSV import against psql `\\copy` of the",
            "  same rows, and the occupancy figures on 500 generated clusters against a hand-written SQL",
            "  aggregate, both on the same PostgreSQL.",
            "- CLI: `bash benchmarks/cli.sh`: hyperfine, 30 cold runs each, beside `estate --version`.",
            "- Server: `bash benchmarks/server.sh [--connections 8] [--seconds 10]`: wrk on loopback against",
            "  a release `estate serve` on PostgreSQL, beside pgbench running the same SQL with the pool's",
            "  8 connections; RSS from /proc.",
            "- Writes: `bash benchmarks/writes.sh [--writes 1000]`: sequential `POST /api/v1/tenants` on one",
            "  keep-alive connection to a release `estate serve`, on PostgreSQL and on SQLite, at the sample's",
            "  size and after 5,000 more tenants are imported, beside a bare one-row INSERT of the same row",
            "  through the same driver (`estate-store-bench --bare-insert`); then 80 concurrent writers.",
            "", "## Raw outputs", ""]
    for name, text in parts.items():
        if text.strip():
            out += [f"### {name}", "", "```", text.strip(), "```", ""]
    print("\n".join(out))


if __name__ == "__main__":
    main()
