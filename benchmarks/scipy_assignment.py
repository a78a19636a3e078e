#!/usr/bin/env python3
"""Solve the instances estate-bench wrote with scipy's linear_sum_assignment, and print
scipy's time and objective beside ours.

Same weights as the Swift solver: area x K + (R + 1 - rank) for every fitting pair, 0 otherwise
(area in units of 0.5 m^2, which every generated plot is a multiple of, so that the float64
weights and their sums stay exact). Only the solver call is timed for scipy; our time includes
building the weights."""
import sys
import time
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

UNIT = 5000  # cm^2 in 0.5 m^2


def load(path):
    plots, applicants, ours = [], [], None
    for line in Path(path).read_text().splitlines():
        kind, *fields = line.split()
        if kind == "ours":
            ours = (float(fields[0]), int(fields[1]), int(fields[2]), int(fields[3]))
        elif kind == "plot":
            plots.append((fields[0], int(fields[1]), int(fields[2])))
        elif kind == "applicant":
            applicants.append(tuple(int(f) for f in fields))
    return plots, applicants, ours


def solve(plots, applicants):
    n, m = len(applicants), len(plots)
    area = np.array([p[2] for p in plots], dtype=np.int64)
    phase = np.array([p[1] for p in plots], dtype=np.int64)
    rank = np.array([a[0] for a in applicants], dtype=np.int64)
    low = np.array([a[1] for a in applicants], dtype=np.int64)[:, None]
    high = np.array([a[2] for a in applicants], dtype=np.int64)[:, None]
    want = np.array([a[3] for a in applicants], dtype=np.int64)[:, None]
    assert np.all(area % UNIT == 0), "plot areas must be multiples of 0.5 m^2"
    fits = (area >= low) & (area <= high) & ((want == 0) | (phase == want))
    k = n * (rank.max() + 1) + 1
    weights = np.where(fits, (area // UNIT)[None, :] * k + (rank.max() + 1 - rank)[:, None], 0).astype(np.float64)
    assert weights.max() * min(n, m) < 2**53, "weights would not be exact in float64"
    start = time.perf_counter()
    rows, cols = linear_sum_assignment(weights, maximize=True)
    seconds = time.perf_counter() - start
    chosen = [(r, c) for r, c in zip(rows, cols) if fits[r, c]]
    return seconds, len(chosen), int(sum(area[c] for _, c in chosen)), int(sum(rank[r] for r, _ in chosen))


def main(paths):
    print(f"{'instance':<18}{'ours s':>9}{'scipy s':>9}{'ours/scipy':>11}  objective (housed, area cm2, rank sum)")
    same = True
    for path in paths:
        plots, applicants, ours = load(path)
        seconds, housed, area, rank_sum = solve(plots, applicants)
        theirs = (housed, area, rank_sum)
        equal = theirs == ours[1:]
        same &= equal
        print(f"{Path(path).stem:<18}{ours[0]:>9.3f}{seconds:>9.3f}{ours[0] / seconds:>11.2f}  "
              f"ours {ours[1:]} scipy {theirs} {'same' if equal else 'DIFFERENT'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or sorted(str(p) for p in Path("benchmarks/out").glob("instance-*.txt"))))
