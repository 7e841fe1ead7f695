"""Scales and comparisons every analysis shares: the logit of a share of a range, and whether a
value meets a target. Written once here; projection, assessment, aging and the checks call them.
"""

import numpy as np


def logit_of_range(y, lower, upper, low_clip=0.0, high_clip=0.0):
    """Log-odds of the position of ``y`` in ``[lower, upper]``.

    Parameters
    ----------
    y, lower, upper : array_like
        Values and bounds in one unit (broadcastable); NaN bounds give NaN.
    low_clip, high_clip : float or array_like
        The share ``p = (y - lower) / (upper - lower)`` is clipped to ``[low_clip, 1 - high_clip]``
        so that values on a bound stay finite; 0 leaves ``p`` as it is.

    Returns
    -------
    ndarray
        ``log(p / (1 - p))``.
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        p = (np.asarray(y, dtype=float) - lower) / (np.asarray(upper, dtype=float) - lower)
        p = np.clip(p, low_clip, 1 - np.asarray(high_clip, dtype=float))
        return np.log(p / (1 - p))


def inverse_logit_of_range(z, lower, upper):
    """The value whose :func:`logit_of_range` is ``z``: ``lower + (upper - lower) / (1 + exp(-z))``."""
    p = 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))
    return lower + p * (np.asarray(upper, dtype=float) - lower)


def meets_target(value, target, comparator, direction):
    """Whether a value meets its target, elementwise (scalars give a 0-d array, usable as bool).

    Parameters
    ----------
    value, target : array_like
        Values in the indicator unit.
    comparator : str or array_like of str
        ``">="``, ``">"``, ``"<="``, ``"<"`` or ``""``; an empty comparator means ``">="`` for
        direction +1 and ``"<="`` for direction -1.
    direction : array_like
        +1 where more is better, -1 where less is better.

    Returns
    -------
    ndarray of bool
        False where the value or the target is missing. Equality is judged with a relative
        tolerance of 1e-9, so a value printed equal to its target meets it.
    """
    value = np.asarray(value, dtype=float)
    target = np.asarray(target, dtype=float)
    shape = np.broadcast_shapes(value.shape, target.shape)
    value, target = np.broadcast_to(value, shape), np.broadcast_to(target, shape)
    comp = np.broadcast_to(np.asarray(comparator, dtype=object), shape)
    comp = np.array([c.strip() if isinstance(c, str) else "" for c in comp.ravel()],
                    dtype=object).reshape(shape)
    up = np.broadcast_to(np.asarray(direction, dtype=float), shape) >= 0
    tol = 1e-9 * np.maximum(1.0, np.abs(target))
    with np.errstate(invalid="ignore"):
        met = np.select(
            [comp == ">=", comp == ">", comp == "<=", comp == "<", up],
            [value >= target - tol, value > target + tol, value <= target + tol,
             value < target - tol, value >= target - tol],
            default=value <= target + tol,
        )
    return met & np.isfinite(value) & np.isfinite(target)
