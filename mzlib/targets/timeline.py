"""Dates of figures as points in time, and plan periods.

A figure's ``date`` is printed at some precision: a day (``2023-03-31`` for 截至2023年3月底), or
only a year (``2021``). Series, projection and assessment measure time in **decimal years aligned
on year ends**: the end of year ``Y`` is ``Y`` itself, and a day inside year ``Y`` lies between
``Y - 1`` and ``Y``::

    t(date) = year - 1 + day_of_year / days_in_year

so 2023-12-31 is 2023.0, 2023-03-31 is 2022.247 and 2020-12-31 (the start of a 2021-2025 plan) is
2020.0. A year-only figure is a year-end value, ``t = Y``, with one exception: an observation (not a
target or a baseline) whose year end falls after the issue date of its document cannot refer to the
year end. Such a figure is dated at the document's **as-of date** for that year: the day-precise
date printed most often on the document's observations of that year, no later than the issue date
(ties: the later date), else the issue date. A document without an issue date gets the as-of date
for its reference year. Tai'an's review (issued 2023-07-11) prints 截至2023年3月底 most often, so
its undated 完成值 column is dated 2023-03-31.

A plan period ``period_start``-``period_end`` (manifest, years) runs from the end of the year
before it starts to the end of its last year: ``t`` from ``period_start - 1`` to ``period_end``.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\s*$")
YEAR_END = "year end"
PRINTED = "printed"
AS_OF = "document as-of date"
OBSERVED_KINDS = ("actual", "standard")


def parse_date(text):
    """A date as printed in ISO form, with its precision.

    Parameters
    ----------
    text : str
        ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; anything else (empty, NaN) is no date.

    Returns
    -------
    (pandas.Timestamp or None, str)
        The date (a month is its last day, a year its 31 December) and its precision: "day",
        "month", "year", or "" without a date.
    """
    match = _ISO.match(str(text)) if isinstance(text, str) or pd.notna(text) else None
    if match is None:
        return None, ""
    year, month, day = match.groups()
    if day:
        return pd.Timestamp(int(year), int(month), int(day)), "day"
    if month:
        return pd.Timestamp(int(year), int(month), 1) + pd.offsets.MonthEnd(0), "month"
    return pd.Timestamp(int(year), 12, 31), "year"


def decimal_year(date):
    """Time of a date in decimal years aligned on year ends (see the module docstring).

    Parameters
    ----------
    date : pandas.Timestamp or None

    Returns
    -------
    float
        ``year - 1 + day_of_year / days_in_year``; NaN for no date.
    """
    if date is None or pd.isna(date):
        return np.nan
    days = 366 if date.is_leap_year else 365
    return date.year - 1 + date.day_of_year / days


def from_decimal_year(t):
    """The date of a decimal year (inverse of :func:`decimal_year`, to the day)."""
    if not np.isfinite(t):
        return None
    year = int(np.ceil(t - 1e-9))
    days = 366 if pd.Timestamp(year, 1, 1).is_leap_year else 365
    day = int(round((t - (year - 1)) * days))
    return pd.Timestamp(year - 1, 12, 31) + pd.Timedelta(days=day)


def iso(date):
    """``YYYY-MM-DD`` of a date, or "" for none."""
    return "" if date is None or pd.isna(date) else date.strftime("%Y-%m-%d")


def as_of_dates(figures, manifest):
    """Each document's as-of date for each year it reports observations in.

    Parameters
    ----------
    figures : DataFrame
        doc, kind, date (ISO at the printed precision).
    manifest : DataFrame
        file, issued (ISO date or empty).

    Returns
    -------
    dict
        ``{(doc, year): Timestamp}``: the day-precise date printed most often on the document's
        observations (kinds actual and standard) of that year, not after the issue date (ties: the
        later date); for a document with an issue date and no such date, the issue date for the
        issue year.
    """
    issued = {f: parse_date(d)[0] for f, d in zip(manifest["file"], manifest["issued"])}
    out = {}
    obs = figures[figures["kind"].isin(OBSERVED_KINDS)]
    counts = {}
    for doc, text in zip(obs["doc"], obs["date"]):
        date, precision = parse_date(text)
        if precision != "day" or (issued.get(doc) is not None and date > issued[doc]):
            continue
        counts.setdefault((doc, date.year), {}).setdefault(date, 0)
        counts[(doc, date.year)][date] += 1
    for key, dates in counts.items():
        out[key] = max(dates, key=lambda d: (dates[d], d))
    for doc, date in issued.items():
        if date is not None:
            out.setdefault((doc, date.year), date)
    return out


def observation_date(date_text, kind, doc, as_of, issued, reference_year):
    """The date a figure's value refers to, and how it was found.

    Parameters
    ----------
    date_text : str
        The figure's ``date`` (ISO at the printed precision).
    kind : str
        Series kind of the row: "actual" (observations, standards, baselines) or "target".
    doc : str
        Document file, for the as-of date.
    as_of : dict
        :func:`as_of_dates`.
    issued : pandas.Timestamp or None
        Issue date of the document.
    reference_year : int or None
        The document's reference year (manifest).

    Returns
    -------
    (pandas.Timestamp or None, str)
        The date and its basis: "printed" (day or month printed), "year end", or
        "document as-of date" (a year-only observation that cannot be a year-end value).
    """
    date, precision = parse_date(date_text)
    if date is None:
        return None, ""
    if precision in ("day", "month"):
        return date, PRINTED
    if kind == "actual":
        after_issue = issued is not None and date > issued
        undated_doc = issued is None and reference_year == date.year
        if (after_issue or undated_doc) and (doc, date.year) in as_of:
            return as_of[(doc, date.year)], AS_OF
    return date, YEAR_END


def plan_bounds(period_start, period_end):
    """Decimal-year start and end of a plan period given in years (start: end of the year before).

    Parameters
    ----------
    period_start, period_end : array_like
        First and last year of the period (NaN: unknown).

    Returns
    -------
    (ndarray, ndarray)
        ``period_start - 1`` and ``period_end`` as floats.
    """
    start = pd.to_numeric(pd.Series(period_start), errors="coerce").to_numpy(dtype=float)
    end = pd.to_numeric(pd.Series(period_end), errors="coerce").to_numpy(dtype=float)
    return start - 1, end


def time_elapsed(t, plan_start, plan_end):
    """Share of a plan period elapsed at time ``t``, clipped to ``[0, 1]`` (NaN: unknown)."""
    t, s, e = (np.asarray(a, dtype=float) for a in (t, plan_start, plan_end))
    with np.errstate(divide="ignore", invalid="ignore"):
        share = (t - s) / np.where(e > s, e - s, np.nan)
    return np.clip(share, 0.0, 1.0)
