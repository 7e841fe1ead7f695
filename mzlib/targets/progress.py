"""Progress towards a target: the open-sdg measure and two sensitivity scales.

With baseline ``x0`` at time ``t0``, latest value ``xt`` at ``t`` and target ``xT`` at ``T`` (decimal
years, :mod:`mzlib.targets.timeline`), the ratio of observed to required annual change is::

    R = observed / required

measured on one of three scales:

``cagr`` (primary: the progress measure of open-sdg, after Statistics Canada and Eurostat)
    compound annual growth rates, ``observed = (xt / x0) ** (1 / (t - t0)) - 1`` and
    ``required = (xT / x0) ** (1 / (T - t0)) - 1``. Defined only for positive values.
``linear`` (sensitivity)
    constant absolute change, ``observed = (xt - x0) / (t - t0)``, ``required = (xT - x0) / (T - t0)``.
``logit`` (sensitivity, bounded indicators only)
    the change of ``log(p / (1 - p))`` with ``p = (x - L) / (U - L)``, ``p`` clipped ``tol`` inside
    the bound the target lies towards (values within ``tol`` of it count as on it) and 1e-6 inside
    the other. Its verdict near a 100% target depends on ``tol``: that is why it is a sensitivity,
    not the primary measure.

R is direction-aware by construction: observed and required changes have the same sign when the
series moves towards its target, whichever way that lies.

Status, in this order (open-sdg: "target achieved" first, whatever the trend):
``insufficient_data`` without a latest value; ``achieved`` when the latest value meets the target;
``insufficient_data`` without an earlier baseline; ``regressing`` when the baseline met the target
and the latest value does not; ``insufficient_data`` where R is undefined; else ``on_track`` for
``R >= on_track``, ``needs_acceleration`` for ``acceleration <= R < on_track``,
``limited_progress`` for ``0 <= R < acceleration`` and ``regressing`` for ``R < 0``. The thresholds
(open-sdg's 0.95 and 0.60) and the logit's bound tolerance have one source, notebook 02's
parameters (:data:`mzlib.targets.parameters.DEFAULTS`); the functions here take them as arguments.
"""

from __future__ import annotations

import numpy as np

from mzlib.core.scales import logit_of_range, meets_target

SCALES = ("cagr", "linear", "logit")
FAR_BOUND_CLIP = 1e-6
R_STATUSES = ("on_track", "needs_acceleration", "limited_progress", "regressing")


def _arrays(*values):
    return tuple(np.asarray(v, dtype=float) for v in values)


def compound_growth(x0, x1, dt):
    """Compound annual growth rate ``(x1 / x0) ** (1 / dt) - 1`` (per year, as a fraction).

    Parameters
    ----------
    x0, x1 : array_like
        Values at the start and the end (indicator unit).
    dt : array_like
        Years between them.

    Returns
    -------
    ndarray
        NaN unless ``x0 > 0``, ``x1 > 0`` and ``dt > 0``.
    """
    x0, x1, dt = _arrays(x0, x1, dt)
    ok = (x0 > 0) & (x1 > 0) & (dt > 0)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        rate = np.exp(np.log(np.where(ok, x1 / np.where(ok, x0, 1.0), 1.0)) / np.where(ok, dt, 1.0)) - 1
    return np.where(ok, rate, np.nan)


def _logit(x, lower, upper, tol, direction):
    up = np.asarray(direction, dtype=float) >= 0
    return logit_of_range(x, lower, upper, np.where(up, FAR_BOUND_CLIP, tol), np.where(up, tol, FAR_BOUND_CLIP))


def annual_changes(baseline, t0, latest, t, target, T, lower, upper, direction, bound_tolerance):
    """Observed and required annual change and R on every scale.

    Parameters
    ----------
    baseline, latest, target : array_like
        Values in the indicator unit.
    t0, t, T : array_like
        Decimal years of the baseline, the latest value and the target.
    lower, upper : array_like
        Natural bounds (NaN: none); the logit scale needs both.
    direction : array_like
        Effective +1/-1 direction (which bound the logit tolerance applies to).
    bound_tolerance : float
        Share of the range within which a value counts as on the bound (logit scale).

    Returns
    -------
    dict
        ``{scale: {"observed", "required", "R"}}`` for each of :data:`SCALES`: cagr in fractions
        per year, linear in indicator units per year, logit in logit units per year; NaN where
        undefined (R also where the required change is zero).
    """
    x0, xt, xT, t0, t, T, lower, upper = _arrays(baseline, latest, target, t0, t, T, lower, upper)
    with np.errstate(divide="ignore", invalid="ignore"):
        span_obs = np.where(t - t0 > 0, t - t0, np.nan)
        span_req = np.where(T - t0 > 0, T - t0, np.nan)
        out = {
            "cagr": (compound_growth(x0, xt, span_obs), compound_growth(x0, xT, span_req)),
            "linear": ((xt - x0) / span_obs, (xT - x0) / span_req),
        }
        z0, zt, zT = (_logit(v, lower, upper, bound_tolerance, direction) for v in (x0, xt, xT))
        bounded = np.isfinite(lower) & np.isfinite(upper)
        out["logit"] = tuple(np.where(bounded, a, np.nan) for a in ((zt - z0) / span_obs, (zT - z0) / span_req))
        return {scale: {"observed": obs, "required": req,
                        "R": np.where((req != 0) & np.isfinite(req), obs / np.where(req != 0, req, 1.0), np.nan)}
                for scale, (obs, req) in out.items()}


def classify(latest, baseline, target, comparator, direction, ratio, on_track, acceleration):
    """Status of each series (see the module docstring for the order of the rules).

    Parameters
    ----------
    latest, baseline, target : array_like
        Values in the indicator unit (NaN: missing).
    comparator : array_like of str
        Printed comparator of the target.
    direction : array_like
        Effective +1/-1 direction.
    ratio : array_like
        R on the scale judged.
    on_track, acceleration : float
        Thresholds of R.

    Returns
    -------
    ndarray of str
    """
    latest, baseline, ratio = _arrays(latest, baseline, ratio)
    met_now = meets_target(latest, target, comparator, direction)
    met_before = meets_target(baseline, target, comparator, direction)
    return np.select(
        [~np.isfinite(latest), met_now, ~np.isfinite(baseline), met_before, ~np.isfinite(ratio),
         ratio >= on_track, ratio >= acceleration, ratio >= 0],
        ["insufficient_data", "achieved", "insufficient_data", "regressing", "insufficient_data",
         "on_track", "needs_acceleration", "limited_progress"],
        default="regressing",
    ).astype(object)


def agreement(primary, *others):
    """Whether the status under each sensitivity scale agrees with the primary one.

    Parameters
    ----------
    primary : array_like of str
    others : array_like of str
        Statuses under other scales; "" or "insufficient_data" where a scale does not apply
        (no bounds, non-positive values) does not count.

    Returns
    -------
    ndarray of bool
    """
    primary = np.asarray(primary, dtype=object)
    agree = np.ones(primary.shape, dtype=bool)
    for other in others:
        other = np.asarray(other, dtype=object)
        applies = np.isin(other, R_STATUSES) & np.isin(primary, R_STATUSES)
        agree &= ~applies | (other == primary)
    return agree
