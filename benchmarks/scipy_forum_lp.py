#!/usr/bin/env python3
"""Solve the forum instance estate-bench wrote (benchmarks/out/forum.txt) as a linear programme
with scipy's HiGHS, apart from our solver: maximise the total score of the pairs held, each pair
at most once (0 <= x <= 1), each firm in at most `slots` meetings. Every schedule is a solution
of this relaxation, so its optimum bounds every schedule; the constraint matrix is an incidence
matrix of a bipartite graph (totally unimodular), so the optimum is integral and a schedule
reaches it (Konig). Prints HiGHS's optimum beside our objective and bound."""
import sys
import time
from pathlib import Path

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import coo_matrix

path = sys.argv[1] if len(sys.argv) > 1 else "benchmarks/out/forum.txt"
pairs, slots, ours = [], 0, None
for line in Path(path).read_text().splitlines():
    kind, *fields = line.split()
    if kind == "slots":
        slots = int(fields[0])
    elif kind == "ours":
        ours = tuple(int(f) for f in fields)
    elif kind == "pair":
        pairs.append(tuple(int(f) for f in fields))
industries = max(p[0] for p in pairs) + 1
firms = max(p[1] for p in pairs) + 1
rows, cols = [], []
for k, (i, j, _) in enumerate(pairs):
    rows += [i, industries + j]
    cols += [k, k]
a = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(industries + firms, len(pairs))).tocsr()
c = -np.array([p[2] for p in pairs], dtype=float)
start = time.perf_counter()
result = linprog(c, A_ub=a, b_ub=np.full(industries + firms, slots), bounds=(0, 1), method="highs")
elapsed = time.perf_counter() - start
optimum = -result.fun
print(f"scipy HiGHS LP: {elapsed:.3f} s, optimum {optimum:.1f}; ours: objective {ours[0]}, bound {ours[1]}")
print("ours equals the LP optimum" if abs(optimum - ours[0]) < 0.5 else "MISMATCH with the LP optimum")
