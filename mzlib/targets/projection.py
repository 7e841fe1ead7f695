"""Project indicator series to the end of the plan period.

Every method works on arrays of many series at once. A batch of ``n`` series with at most ``k``
observations each is a pair of ``(n, k)`` float arrays ``t`` (time in decimal years aligned on year
ends, see :mod:`mzlib.targets.timeline`: 2023-03-31 is 2022.247) and ``y`` (value in the
indicator's standard unit), padded with NaN where a series has fewer observations. Projections are
``(n, h)`` arrays over ``h`` projection year-ends.

Methods
-------
``linear``
    Constant absolute change between the first and the last observation:
    ``y(t) = y1 + (y1 - y0) / (t1 - t0) * (t - t1)``.
``cagr``
    Constant growth rate between the first and the last observation:
    ``y(t) = y1 * (y1 / y0) ** ((t - t1) / (t1 - t0))``; undefined unless ``y0 > 0`` and ``y1 > 0``.
``logistic``
    Linear in the logit of the share of the range ``[lower, upper]``: with ``p = (y - lower) /
    (upper - lower)`` clipped to ``[eps, 1 - eps]`` and ``z = log(p / (1 - p))``, ``z`` changes by a
    constant amount per year. Projections within ``eps`` of a bound are set to the bound. Undefined
    for indicators without both bounds.
``ols``
    Ordinary least squares on all observations (at least three), with a prediction interval
    ``yhat +/- t(1 - alpha/2, n - 2) * s * sqrt(1 + 1/n + (t - tbar)**2 / Sxx)``.

Two-point methods use the first and the last observation, as the SDG progress assessment does;
values flagged as suspect by the series (:mod:`mzlib.targets.series`) are left out. All
projections are clamped to the indicator's bounds, and a series that already meets its target is
never projected back past it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

from mzlib.core.scales import inverse_logit_of_range, logit_of_range, meets_target

METHODS = ("linear", "cagr", "logistic", "ols")
TWO_POINT_METHODS = ("linear", "cagr", "logistic")
PROJECTION_COLUMNS = ["region", "indicator_id", "year", "method", "value", "lower", "upper"]


def endpoints(t, y):
    """First and last valid observation of each series.

    Parameters
    ----------
    t, y : array_like, shape (n, k)
        Years and values, NaN where missing (a pair counts when both are finite).

    Returns
    -------
    t0, y0, t1, y1 : ndarray, shape (n,)
        Year and value of the earliest and the latest observation; NaN for empty series.
        For a single observation both ends are that observation.
    """
    t = np.asarray(t, dtype=float)
    y = np.asarray(y, dtype=float)
    valid = np.isfinite(t) & np.isfinite(y)
    rows = np.arange(t.shape[0])
    i0 = np.where(valid, t, np.inf).argmin(axis=1)
    i1 = np.where(valid, t, -np.inf).argmax(axis=1)
    empty = ~valid.any(axis=1)
    t0, y0, t1, y1 = (a[rows, i].copy() for a, i in ((t, i0), (y, i0), (t, i1), (y, i1)))
    for a in (t0, y0, t1, y1):
        a[empty] = np.nan
    return t0, y0, t1, y1


def _span(t0, t1):
    """Years between the ends, NaN where they coincide (no trend can be read)."""
    dt = np.asarray(t1, dtype=float) - np.asarray(t0, dtype=float)
    return np.where(dt > 0, dt, np.nan)


def linear(t0, y0, t1, y1, years):
    """Constant absolute change.

    Parameters
    ----------
    t0, y0, t1, y1 : array_like, shape (n,)
        Years and values (indicator unit) of the first and last observation.
    years : array_like, shape (h,)
        Years to project to.

    Returns
    -------
    ndarray, shape (n, h)
        Projected values in the indicator unit.
    """
    t0, y0, t1, y1 = (np.asarray(a, dtype=float)[:, None] for a in (t0, y0, t1, y1))
    slope = (y1 - y0) / _span(t0, t1)
    return y1 + slope * (np.asarray(years, dtype=float)[None, :] - t1)


def cagr(t0, y0, t1, y1, years):
    """Constant compound annual growth; NaN unless both values are positive.

    Parameters
    ----------
    t0, y0, t1, y1 : array_like, shape (n,)
        Years and values (indicator unit) of the first and last observation.
    years : array_like, shape (h,)
        Years to project to.

    Returns
    -------
    ndarray, shape (n, h)
        Projected values in the indicator unit.
    """
    t0, y0, t1, y1 = (np.asarray(a, dtype=float)[:, None] for a in (t0, y0, t1, y1))
    ok = (y0 > 0) & (y1 > 0)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        rate = np.where(ok, np.log(np.where(ok, y1, 1.0)) - np.log(np.where(ok, y0, 1.0)),
                        np.nan) / _span(t0, t1)
        return y1 * np.exp(rate * (np.asarray(years, dtype=float)[None, :] - t1))


def to_logit(y, lower, upper, eps=1e-3):
    """Logit of the share of the range, clipped ``eps`` inside the bounds (NaN where a bound is
    missing); see :func:`mzlib.core.scales.logit_of_range`."""
    return logit_of_range(y, lower, upper, eps, eps)


def from_logit(z, lower, upper, eps=1e-3):
    """Invert :func:`to_logit`, setting results within ``eps`` of a bound to the bound."""
    lower = np.asarray(lower, dtype=float)
    p = (inverse_logit_of_range(z, lower, upper) - lower) / (np.asarray(upper, dtype=float) - lower)
    edge = eps * (1 + 1e-9)
    p = np.where(p >= 1 - edge, 1.0, np.where(p <= edge, 0.0, p))
    return lower + p * (np.asarray(upper, dtype=float) - lower)


def logistic(t0, y0, t1, y1, years, lower, upper, eps=1e-3):
    """Logit-linear change within ``[lower, upper]``.

    Parameters
    ----------
    t0, y0, t1, y1 : array_like, shape (n,)
        Years and values (indicator unit) of the first and last observation.
    years : array_like, shape (h,)
        Years to project to.
    lower, upper : array_like, shape (n,)
        Natural bounds (indicator unit); NaN where the indicator has none.
    eps : float
        Clip as a share of the range, for values exactly on a bound.

    Returns
    -------
    ndarray, shape (n, h)
        Projected values, inside the bounds; NaN where either bound is missing.
    """
    t0, y0, t1, y1, lo, hi = (
        np.asarray(a, dtype=float)[:, None] for a in (t0, y0, t1, y1, lower, upper)
    )
    z0, z1 = to_logit(y0, lo, hi, eps), to_logit(y1, lo, hi, eps)
    z = z1 + (z1 - z0) / _span(t0, t1) * (np.asarray(years, dtype=float)[None, :] - t1)
    return from_logit(z, lo, hi, eps)


def ols(t, y, years, alpha=0.05):
    """Closed-form OLS trend with a prediction interval, vectorised over series.

    Parameters
    ----------
    t, y : array_like, shape (n, k)
        Years and values, NaN where missing.
    years : array_like, shape (h,)
        Years to project to.
    alpha : float
        The interval covers ``1 - alpha`` of new observations.

    Returns
    -------
    value, lower, upper : ndarray, shape (n, h)
        Fitted value and prediction interval (indicator unit); NaN for series with fewer than
        three observations or a single distinct year.
    """
    t = np.asarray(t, dtype=float)
    y = np.asarray(y, dtype=float)
    valid = np.isfinite(t) & np.isfinite(y)
    n = valid.sum(axis=1).astype(float)
    tv, yv = np.where(valid, t, 0.0), np.where(valid, y, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        tbar, ybar = tv.sum(axis=1) / n, yv.sum(axis=1) / n
        dt = np.where(valid, t - tbar[:, None], 0.0)
        dy = np.where(valid, y - ybar[:, None], 0.0)
        sxx = (dt * dt).sum(axis=1)
        slope = (dt * dy).sum(axis=1) / sxx
        resid = np.where(valid, dy - slope[:, None] * dt, 0.0)
        df = n - 2
        s = np.sqrt((resid * resid).sum(axis=1) / df)
        ok = (n >= 3) & (sxx > 0)
        x = np.asarray(years, dtype=float)[None, :] - tbar[:, None]
        value = ybar[:, None] + slope[:, None] * x
        q = stats.t.ppf(1 - alpha / 2, np.where(ok, df, 1.0))
        half = q[:, None] * s[:, None] * np.sqrt(1 + 1 / n[:, None] + x * x / sxx[:, None])
    out = [np.where(ok[:, None], a, np.nan) for a in (value, value - half, value + half)]
    return tuple(out)


def ols_statsmodels(t, y, years, alpha=0.05):
    """Reference OLS path: one statsmodels fit per series (slow; same contract as :func:`ols`)."""
    import statsmodels.api as sm

    t = np.asarray(t, dtype=float)
    y = np.asarray(y, dtype=float)
    years = np.asarray(years, dtype=float)
    shape = (t.shape[0], years.size)
    value, lower, upper = np.full(shape, np.nan), np.full(shape, np.nan), np.full(shape, np.nan)
    exog_new = sm.add_constant(years, has_constant="add")
    for i in range(t.shape[0]):
        valid = np.isfinite(t[i]) & np.isfinite(y[i])
        if valid.sum() < 3 or np.ptp(t[i][valid]) == 0:
            continue
        fit = sm.OLS(y[i][valid], sm.add_constant(t[i][valid], has_constant="add")).fit()
        frame = fit.get_prediction(exog_new).summary_frame(alpha=alpha)
        value[i] = frame["mean"].to_numpy()
        lower[i] = frame["obs_ci_lower"].to_numpy()
        upper[i] = frame["obs_ci_upper"].to_numpy()
    return value, lower, upper


def clamp(values, lower, upper):
    """Clip ``(n, h)`` values to per-series bounds; a NaN bound does not clip."""
    lo = np.where(np.isfinite(lower), lower, -np.inf)[:, None]
    hi = np.where(np.isfinite(upper), upper, np.inf)[:, None]
    return np.clip(values, lo, hi)


def hold_met_target(values, target, direction, met):
    """Keep projections of series that already meet their target from crossing back past it.

    Parameters
    ----------
    values : ndarray, shape (n, h)
        Projections (indicator unit).
    target, direction : array_like, shape (n,)
        Target value and +1/-1 direction of each series.
    met : array_like of bool, shape (n,)
        Whether the latest observation meets the target.

    Returns
    -------
    ndarray, shape (n, h)
        ``max(value, target)`` (direction +1) or ``min(value, target)`` (direction -1) on met rows.
    """
    met = np.asarray(met, dtype=bool)[:, None]
    target = np.asarray(target, dtype=float)[:, None]
    up = np.asarray(direction, dtype=float)[:, None] >= 0
    held = np.where(up, np.fmax(values, target), np.fmin(values, target))
    return np.where(met & np.isfinite(values), held, values)


def project_arrays(t, y, years, lower=None, upper=None, target=None, direction=None, met=None,
                   methods=METHODS, alpha=0.05, eps=1e-3):
    """Project a batch of series with several methods.

    Parameters
    ----------
    t, y : array_like, shape (n, k)
        Observation years and values (indicator unit), NaN-padded.
    years : array_like, shape (h,)
        Projection years.
    lower, upper : array_like, shape (n,), optional
        Natural bounds (NaN: none). Clamp every method; ``logistic`` needs both.
    target, direction, met : array_like, shape (n,), optional
        Target, +1/-1 direction and whether it is already met; met series are held at the target.
    methods : sequence of str
        Any of :data:`METHODS`.
    alpha : float
        ``1 - alpha`` prediction interval for ``ols``.
    eps : float
        Logit clip as a share of the range.

    Returns
    -------
    dict of str to (value, lower, upper)
        ``(n, h)`` arrays per method; the interval is NaN for the two-point methods.
    """
    n = np.asarray(t).shape[0]
    nan = np.full(n, np.nan)
    lower = nan if lower is None else np.asarray(lower, dtype=float)
    upper = nan if upper is None else np.asarray(upper, dtype=float)
    t0, y0, t1, y1 = endpoints(t, y)
    out = {}
    for method in methods:
        if method == "ols":
            triple = ols(t, y, years, alpha)
        elif method == "logistic":
            v = logistic(t0, y0, t1, y1, years, lower, upper, eps)
            triple = (v, np.full_like(v, np.nan), np.full_like(v, np.nan))
        elif method in ("linear", "cagr"):
            v = (linear if method == "linear" else cagr)(t0, y0, t1, y1, years)
            triple = (v, np.full_like(v, np.nan), np.full_like(v, np.nan))
        else:
            raise ValueError(f"unknown projection method {method!r}")
        triple = tuple(clamp(a, lower, upper) for a in triple)
        if target is not None and met is not None:
            d = np.ones(n) if direction is None else direction
            triple = tuple(hold_met_target(a, target, d, met) for a in triple)
        out[method] = triple
    return out


def pick_target(series, horizon):
    """One target per (region, indicator_id): the one whose year is closest to ``horizon``.

    Parameters
    ----------
    series : DataFrame
        Output of :func:`mzlib.series.build_series`.
    horizon : int
        Preferred target year.

    Returns
    -------
    DataFrame
        The chosen target rows, indexed by (region, indicator_id).
    """
    targets = series[(series["kind"] == "target") & series["value"].notna()].copy()
    targets["_gap"] = (targets["year"].astype(float) - horizon).abs()
    targets = targets.sort_values(["region", "indicator_id", "_gap", "year"], kind="stable")
    return targets.drop_duplicates(["region", "indicator_id"]).drop(columns="_gap").set_index(
        ["region", "indicator_id"])


def to_arrays(series):
    """Pad the actual observations of a long series table into ``(n, k)`` arrays.

    Parameters
    ----------
    series : DataFrame
        Columns region, indicator_id, t (decimal year; else year), value, kind and optionally
        suspect, direction, lower_bound, upper_bound. Suspect values are left out.

    Returns
    -------
    keys : DataFrame
        One row per series (region, indicator_id, direction, lower_bound, upper_bound), in array
        order.
    t, y : ndarray, shape (n, k)
        Times (decimal years, year-end aligned) and values, NaN-padded.
    """
    time = series["t"] if "t" in series else series["year"]
    usable = (series["kind"] == "actual") & series["value"].notna() & time.notna()
    if "suspect" in series:
        usable &= ~series["suspect"].fillna(False).astype(bool)
    obs = series[usable].assign(_t=pd.to_numeric(time[usable], errors="coerce").astype(float))
    obs = obs.sort_values(["region", "indicator_id", "_t"], kind="stable")
    group = obs.groupby(["region", "indicator_id"], sort=False)
    code = group.ngroup().to_numpy()
    pos = group.cumcount().to_numpy()
    n = int(code.max()) + 1 if code.size else 0
    k = int(pos.max()) + 1 if pos.size else 0
    t, y = np.full((n, k), np.nan), np.full((n, k), np.nan)
    t[code, pos] = obs["_t"].to_numpy(dtype=float)
    y[code, pos] = obs["value"].to_numpy(dtype=float)
    first = group.head(1)
    keys = pd.DataFrame({
        "region": first["region"].to_numpy(),
        "indicator_id": first["indicator_id"].to_numpy(),
        "direction": _column(first, "direction", 1.0),
        "lower_bound": _column(first, "lower_bound", np.nan),
        "upper_bound": _column(first, "upper_bound", np.nan),
    })
    return keys, t, y


def _column(frame, name, default):
    """A float column of ``frame``, or ``default`` where the column or its value is missing."""
    if name not in frame:
        return np.full(len(frame), default, dtype=float)
    return pd.to_numeric(frame[name], errors="coerce").fillna(default).to_numpy(dtype=float)


def project(series, horizon, methods=METHODS, alpha=0.05, eps=1e-3):
    """Project every series to ``horizon`` with each method (tidy output).

    Parameters
    ----------
    series : DataFrame
        Output of :func:`mzlib.series.build_series`: region, indicator_id, year, value, kind
        ("actual" or "target"), comparator, direction, lower_bound, upper_bound.
    horizon : int
        Last projection year.
    methods : sequence of str
        Any of :data:`METHODS`.
    alpha : float
        ``1 - alpha`` prediction interval for ``ols``.
    eps : float
        Logit clip as a share of the range.

    Returns
    -------
    DataFrame
        region, indicator_id, year, method, value, lower, upper: one row per series, method and
        year-end after the series' latest observation up to ``horizon`` (``year`` Y is the end of
        Y, decimal year Y, so a value of 2023-03-31 is first projected to 2023). Values are in the indicator's
        standard unit; lower and upper are the OLS prediction interval (NaN for other methods).
        Methods that are undefined for a series (too few points, non-positive values, no bounds)
        give no rows.
    """
    keys, t, y = to_arrays(series)
    if keys.empty:
        return pd.DataFrame(columns=PROJECTION_COLUMNS)
    _, _, t1, y1 = endpoints(t, y)
    years = np.arange(int(np.floor(np.nanmin(t1))) + 1, horizon + 1)
    targets = pick_target(series, horizon)
    index = pd.MultiIndex.from_frame(keys[["region", "indicator_id"]])
    target = targets["value"].reindex(index).to_numpy(dtype=float)
    comparator = targets["comparator"].reindex(index).fillna("").to_numpy(dtype=object)
    direction = keys["direction"].to_numpy()
    met = meets_target(y1, target, comparator, direction)
    result = project_arrays(t, y, years, keys["lower_bound"], keys["upper_bound"], target,
                            direction, met, methods, alpha, eps)
    later = years[None, :] > t1[:, None]
    frames = []
    for method, (value, lower, upper) in result.items():
        rows, cols = np.nonzero(later & np.isfinite(value))
        frames.append(pd.DataFrame({
            "region": keys["region"].to_numpy()[rows],
            "indicator_id": keys["indicator_id"].to_numpy()[rows],
            "year": years[cols],
            "method": method,
            "value": value[rows, cols],
            "lower": lower[rows, cols],
            "upper": upper[rows, cols],
        }))
    out = pd.concat(frames, ignore_index=True)
    return out.sort_values(["region", "indicator_id", "method", "year"], kind="stable",
                           ignore_index=True)


def method_spread(projections):
    """The spread between methods as the uncertainty band.

    Parameters
    ----------
    projections : DataFrame
        Output of :func:`project`.

    Returns
    -------
    DataFrame
        region, indicator_id, year, method ("spread"), value (median of the methods' values),
        lower (minimum), upper (maximum), n_methods: one row per series and year.
    """
    grouped = projections.groupby(["region", "indicator_id", "year"], sort=True)["value"]
    out = grouped.agg(value="median", lower="min", upper="max", n_methods="count").reset_index()
    out.insert(3, "method", "spread")
    return out
