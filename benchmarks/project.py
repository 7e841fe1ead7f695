"""Time the vectorised projection path against a statsmodels loop.

Projects ``--series`` synthetic series (bounded shares with 2 to 6 yearly observations, so every
method applies) to 2025 with every method on the vectorised path, then times the reference path
(one statsmodels OLS fit and prediction per series, plus the two-point methods series by series)
on a subsample and extrapolates it to the full count. Not a test: prints the times side by side.

Usage: ``.venv/bin/python benchmarks/project.py [--series 100000] [--sample 1000]``
"""

import argparse
import time

import numpy as np
import pandas as pd

from mzlib.targets import projection as P

SEED = 20250101
YEARS = np.arange(2024, 2026)


def synthetic(n, rng):
    """``n`` NaN-padded series of 2-6 observations of a 0-100 share, 2018-2023."""
    t = np.tile(np.arange(2018, 2024, dtype=float), (n, 1))
    keep = rng.integers(2, 7, size=n)
    t[np.arange(6)[None, :] >= keep[:, None]] = np.nan
    level = rng.uniform(5, 90, size=(n, 1)) + rng.normal(2, 2, size=(n, 1)) * (t - 2018)
    y = np.clip(level + rng.normal(0, 1, size=t.shape), 0.5, 99.5)
    return t, np.where(np.isfinite(t), y, np.nan)


def vectorised(t, y):
    """Every method on the vectorised path."""
    n = t.shape[0]
    return P.project_arrays(t, y, YEARS, np.zeros(n), np.full(n, 100.0))


def loop(t, y):
    """Reference path: each series on its own, OLS through statsmodels."""
    for i in range(t.shape[0]):
        ti, yi = t[i:i + 1], y[i:i + 1]
        t0, y0, t1, y1 = P.endpoints(ti, yi)
        P.linear(t0, y0, t1, y1, YEARS)
        P.cagr(t0, y0, t1, y1, YEARS)
        P.logistic(t0, y0, t1, y1, YEARS, [0.0], [100.0])
        P.ols_statsmodels(ti, yi, YEARS)


def long_table(t, y):
    """The same series as a build_series-shaped table, for the tidy :func:`project`."""
    rows, cols = np.nonzero(np.isfinite(t))
    return pd.DataFrame({
        "region": rows, "indicator_id": "share", "year": t[rows, cols].astype(int),
        "value": y[rows, cols], "kind": "actual", "comparator": "", "direction": 1.0,
        "lower_bound": 0.0, "upper_bound": 100.0,
    })


def best_of(fn, *args, repeat=3):
    """Fastest of ``repeat`` wall-clock runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--series", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=1_000)
    args = parser.parse_args()
    rng = np.random.default_rng(SEED)
    t, y = synthetic(args.series, rng)
    fast = best_of(vectorised, t, y)
    table = long_table(t, y)
    tidy = best_of(P.project, table, 2025, repeat=1)
    sample = min(args.sample, args.series)
    slow_sample = best_of(loop, t[:sample], y[:sample], repeat=1)
    slow = slow_sample * args.series / sample
    fast_ols = P.ols(t[:sample], y[:sample], YEARS)
    ref_ols = P.ols_statsmodels(t[:sample], y[:sample], YEARS)
    gap = max(np.nanmax(np.abs(a - b)) for a, b in zip(fast_ols, ref_ols))
    print(f"series: {args.series:,} (2-6 points each), methods: {', '.join(P.METHODS)}, "
          f"years {YEARS[0]}-{YEARS[-1]}")
    print(f"{'path':<40}{'seconds':>12}")
    print(f"{'vectorised numpy (measured, best of 3)':<40}{fast:>12.3f}")
    print(f"{'tidy project() incl. DataFrame in/out':<40}{tidy:>12.3f}")
    print(f"{'statsmodels loop (extrapolated)':<40}{slow:>12.1f}"
          f"   <- measured {slow_sample:.2f} s on {sample:,} series, scaled x{args.series / sample:g}")
    print(f"speed-up over the loop: {slow / fast:,.0f}x (arrays), {slow / tidy:,.0f}x (tidy)")
    print(f"largest OLS difference between the paths on the sample: {gap:.2e}")


if __name__ == "__main__":
    main()
