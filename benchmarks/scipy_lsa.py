"""Peer for benchmarks/assignment.ts: scipy's linear_sum_assignment on the same matrices.

Usage: python3 scipy_lsa.py <matrix.f64> <rows> <cols> <repeats>
Reads a row-major float64 matrix, times only the solve (after one warm-up call) and prints one JSON line
{"scipy": "<version>", "times_ms": [...], "total": <float>}.
"""

import json
import sys
import time

import numpy as np
import scipy
from scipy.optimize import linear_sum_assignment


def main() -> None:
    path, rows, cols, repeats = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    matrix = np.fromfile(path, dtype=np.float64).reshape(rows, cols)
    linear_sum_assignment(matrix[: min(rows, 50), : min(cols, 50)])
    times = []
    total = 0.0
    for _ in range(repeats):
        start = time.perf_counter()
        r, c = linear_sum_assignment(matrix)
        times.append((time.perf_counter() - start) * 1000)
        total = float(matrix[r, c].sum())
    print(json.dumps({"scipy": scipy.__version__, "times_ms": times, "total": total}))


if __name__ == "__main__":
    main()
