"""Peer for benchmarks/sparse-shapes.ts: scipy's min_weight_full_bipartite_matching on the same graphs.

Usage: python3 scipy_sparse.py <dir> <rows> <cols> <repeats>
Reads <dir>/offsets.i32, targets.i32, weights.f64 (the CSR graph of solveSparseAssignment) and models
its problem exactly: a maximum-weight matching in which any row or column may stay unmatched, edges of
weight <= 0 never used. Every row gets a private dummy column; as scipy needs non-zero weights and a
full matching, each row's costs are shifted by the same constant C > max weight (edge C - w, dummy C),
which changes every full matching's cost by rows * C and so keeps the optimum. Times only the solve
(after one warm-up call on a small graph; once only when a solve takes over 10 s) and prints one JSON line
{"scipy": "<version>", "times_ms": [...], "total": <float>, "matched": <int>}, the total being the sum
of the weights of the real edges chosen.
"""

import json
import sys
import time
from pathlib import Path

import numpy as np
import scipy
from scipy.sparse import csr_array
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def with_dummies(offsets, targets, weights, rows, cols):
    """The graph plus one dummy column a row, costs shifted to C - w > 0, and the positive weights alone."""
    keep = weights > 0
    row_of = np.repeat(np.arange(rows), np.diff(offsets))[keep]
    c = float(weights.max(initial=0.0)) + 1.0
    all_rows = np.concatenate([row_of, np.arange(rows)])
    all_cols = np.concatenate([targets[keep], cols + np.arange(rows)])
    costs = np.concatenate([c - weights[keep], np.full(rows, c)])
    graph = csr_array((costs, (all_rows, all_cols)), shape=(rows, cols + rows))
    graph.sort_indices()
    return graph, csr_array((weights[keep], (row_of, targets[keep])), shape=(rows, cols))


def main() -> None:
    folder, rows, cols, repeats = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    offsets = np.fromfile(folder / "offsets.i32", dtype=np.int32)
    targets = np.fromfile(folder / "targets.i32", dtype=np.int32)
    weights = np.fromfile(folder / "weights.f64", dtype=np.float64)
    graph, original = with_dummies(offsets, targets, weights, rows, cols)
    small = min(rows, 50)
    min_weight_full_bipartite_matching(graph[:small, :][:, np.r_[0:cols, cols : cols + small]])
    times = []
    r = c = None
    for _ in range(repeats):
        start = time.perf_counter()
        r, c = min_weight_full_bipartite_matching(graph)
        times.append((time.perf_counter() - start) * 1000)
        if times[-1] > 10_000:
            break  # one run is enough for a solve over 10 s
    real = c < cols
    # Weights of the chosen real edges, summed in row order like solveSparseAssignment.
    total = 0.0
    for x in original[r[real], c[real]]:
        total += float(x)
    print(json.dumps({"scipy": scipy.__version__, "times_ms": times, "total": total, "matched": int(real.sum())}))


if __name__ == "__main__":
    main()
