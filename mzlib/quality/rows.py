"""What every check shares: the row of the checks table, rounding, and the figures a check reads.

A check returns rows of the checks table: ``check_id``, ``check``, ``severity`` (error, warning,
info), ``result`` (fail, note, pass), ``doc``, ``region_en``, ``figure_ids``, ``arithmetic``,
``message`` and, where a correction is obvious, ``original_value``, ``corrected_value`` and
``correction_reason`` beside the original (never in its place). A passing check and a note are
severity info.

Rounding: a printed number stands for the interval of half a unit in its last printed digit
(``84.68`` for 84.675 to 84.685); a check fails only when no values inside those intervals
reproduce what is printed.
"""

import re
from functools import lru_cache

import pandas as pd

from mzlib.sources.reference import load_check_params, load_check_relations, relation_parts

COLUMNS = ["check_id", "check", "severity", "result", "doc", "region_en", "figure_ids", "arithmetic",
           "message", "original_value", "corrected_value", "correction_reason"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
LEVEL_KINDS = ("actual", "baseline", "standard")


@lru_cache(maxsize=1)
def params():
    """The thresholds of ``data/reference/check_params.csv`` (``{name: value}``)."""
    return load_check_params()


@lru_cache(maxsize=1)
def relations():
    """The relations of ``data/reference/check_relations.csv`` (a DataFrame)."""
    return load_check_relations()


def check_row(check, severity, result, figs, arithmetic, message, doc=None, key=None, region="",
              **correction):
    """One row of the checks table.

    Parameters
    ----------
    check, severity, result : str
        The check's name, its severity if it fails, and fail / note / pass (a note or a pass is
        recorded with severity info).
    figs : pandas.DataFrame or list of pandas.Series
        The figures involved; their ids, document and region go into the row.
    arithmetic, message : str
        The computation, and what it means in plain English.
    doc, key, region : str, optional
        Document, the id suffix (the first figure's id by default) and region when no figure is
        involved.
    **correction
        ``original_value``, ``corrected_value``, ``correction_reason``.
    """
    figs = figs if isinstance(figs, pd.DataFrame) else pd.DataFrame(figs)
    doc = doc or (figs["doc"].iloc[0] if len(figs) else "")
    region = figs["region_en"].iloc[0] if len(figs) else region
    ids = ";".join(dict.fromkeys(figs["figure_id"])) if len(figs) else ""
    key = key if key is not None else (figs["figure_id"].iloc[0] if len(figs) else doc)
    row = {"check_id": f"{check}:{key}", "check": check, "severity": severity if result == "fail" else "info",
           "result": result, "doc": doc, "region_en": region, "figure_ids": ids,
           "arithmetic": arithmetic, "message": message, "original_value": "", "corrected_value": "",
           "correction_reason": ""}
    row.update({k: str(v) for k, v in correction.items()})
    return row


def decimals(printed):
    """Digits printed after the decimal point (``'84.68'`` -> 2, ``'1.27:1'`` -> 2, ``'100'`` -> 0)."""
    match = re.search(r"\.(\d+)", str(printed).split(":")[0])
    return len(match.group(1)) if match else 0


def half_unit(printed):
    """Half a unit in the last printed digit of a number string (``'84.68'`` -> 0.005)."""
    return 0.5 * 10 ** -decimals(printed)


def half_unit_std(row):
    """:func:`half_unit` of a figure, in its standard unit (``1.5‰`` -> 0.005 %, ``20万人`` -> 5000).

    For a ratio printed as its inverse (``1.27:1`` for rural/urban) the scale is the derivative of
    the conversion, so the interval is right to first order.
    """
    try:
        number = float(str(row["value"]).split(":")[0])
    except ValueError:
        return 0.0
    scale = row["value_std"] / number if number else 1.0
    return half_unit(row["value"]) * abs(scale)


def printed_like(value, printed):
    """``value`` written with as many decimals as ``printed`` (``6.9071, '9.91'`` -> ``'6.91'``)."""
    return f"{value:.{decimals(printed)}f}"


def levels(figures, doc, indicator, year=None, kinds=LEVEL_KINDS):
    """Numeric level figures of one indicator in one document, for the whole region (no county).

    Parameters
    ----------
    figures : pandas.DataFrame
        Printed figures (derived rows are not evidence and must be left out by the caller).
    doc, indicator : str
    year : int, optional
        Only this year.
    kinds : tuple of str
        Figure kinds that are levels.
    """
    sel = figures[(figures["doc"] == doc) & (figures["indicator_id"] == indicator)
                  & figures["kind"].isin(kinds) & figures["value_std"].notna() & (figures["subregion_zh"] == "")]
    if year is not None:
        sel = sel[sel["year"] == year]
    return sel


def relation_figures(figures, doc, expression, year, nearest):
    """The figures of a relation's numerator or denominator in one document.

    Parameters
    ----------
    figures : pandas.DataFrame
        Printed figures.
    doc : str
    expression : str
        An indicator id, or a sum of them (``pop_count_0_14+pop_count_15_59+pop_count_60plus``).
    year : int
        The year wanted.
    nearest : bool
        Whether the nearest year that prints every part may stand in (ties: the earlier year).

    Returns
    -------
    tuple
        (list of figures, one per part, in the expression's order; their year), or (None, None).
    """
    ids = relation_parts(expression)
    by_year = {}
    for indicator in ids:
        for _, f in levels(figures, doc, indicator).iterrows():
            by_year.setdefault(int(f["year"]), {}).setdefault(indicator, f)
    complete = {y: parts for y, parts in by_year.items() if len(parts) == len(ids)}
    if year in complete:
        return [complete[year][i] for i in ids], year
    if not nearest or not complete:
        return None, None
    best = min(complete, key=lambda y: (abs(y - year), y))
    return [complete[best][i] for i in ids], best


def count_units(unit_std):
    """Whether a standard unit adds up: counts and amounts (persons, beds, yuan), not rates, ratios or
    amounts per something (``yuan/person/year``)."""
    return unit_std not in ("%", "pp", "‰", "times", "") and "/" not in str(unit_std)
