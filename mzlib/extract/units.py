"""Printed units to standard units, from ``data/reference/units.csv``.

A printed unit is a base unit of the table (``人``, ``张``, ``%``, ``元``), optionally with a
万/亿 scale before it (``万人次``, ``亿元``) and, for money, a period after it (``元/人·月``,
``万元/年``). Money standards of the registry are normalised to yuan per person per year: a
monthly amount is multiplied by 12.
"""

import re
from functools import lru_cache

from mzlib.sources.reference import unit_table

MONEY_STD = "yuan/person/year"
SCALES = {"万亿": 1e12, "千万": 1e7, "百万": 1e6, "万": 1e4, "亿": 1e8}
PERIOD_SUFFIX = re.compile(r"/(?:人[·./・、]?)?(?:月|年)|/人|/床|/平方米|/户")  # 元/人·月, also printed 元/人、月


@lru_cache(maxsize=4096)
def unit_info(unit):
    """``(unit_std, factor, dimension)`` of a printed unit, with 万/亿 scales and money periods.

    Returns ``("", nan, "")`` when the unit is unknown.
    """
    table = unit_table()
    if unit in table:
        return table[unit]
    per = PERIOD_SUFFIX.search(unit)
    if per and per.start() > 0:
        return unit_info(unit[:per.start()])
    for prefix, factor in sorted(SCALES.items(), key=lambda kv: -len(kv[0])):
        if unit.startswith(prefix) and unit != prefix:
            std, f, dim = unit_info(unit[len(prefix):])
            if std:
                return std, f * factor, dim
    return "", float("nan"), ""


def standardise(number, unit, period="", registry_unit=""):
    """Convert a printed number to its standard unit.

    Parameters
    ----------
    number : float
        The number as printed.
    unit : str
        The unit as printed (``%``, ``‰``, ``万人``, ``元/人·月`` ...); empty if none was printed.
    period : {"", "monthly", "annual", "unspecified"}
        For money: the period the amount refers to (monthly amounts are multiplied by 12).
    registry_unit : str
        The indicator's standard unit, used when no unit is printed and to decide whether money
        is a per-person standard.

    Returns
    -------
    tuple of (float, str, str)
        ``(value_std, unit_std, conversion)``; ``conversion`` says what was done, empty if nothing.
    """
    if not unit:
        return number, registry_unit, "no unit printed; registry unit assumed" if registry_unit else ""
    factor, monthly, unit_std, conversion = _conversion(unit, period, registry_unit)
    if not unit_std:
        return float("nan"), "", conversion
    value = round(number * factor, 10)
    if monthly:
        value = round(value * 12, 10)
    return value, unit_std, conversion


@lru_cache(maxsize=4096)
def _conversion(unit, period, registry_unit):
    """``(factor, monthly, unit_std, conversion)``: all that :func:`standardise` does but the arithmetic, the same
    for every number of a unit, period and registry unit (a document prints thousands of numbers in a few units),
    so worked out once for them."""
    unit_std, factor, dimension = unit_info(unit)
    if not unit_std:
        return factor, False, "", f"unknown unit {unit!r}"
    steps = [f"{unit} x {factor:g}"] if factor != 1 else []
    monthly = False
    if dimension == "money" and (period or registry_unit == MONEY_STD):
        per_person = registry_unit == MONEY_STD or "人" in unit
        unit_std = MONEY_STD if per_person else "yuan/year"
        if period == "monthly":
            monthly, steps = True, steps + ["monthly x 12"]
        elif period != "annual":
            steps.append("period not printed; taken as annual")
    return factor, monthly, unit_std, "; ".join(steps)


def period_of_unit(unit):
    """The period a money unit prints (``元/人·月``, ``元/月``: ``monthly``; ``元/人·年``, ``元/人``:
    ``annual``), or '' for a unit without ``/``."""
    if "/" not in unit:
        return ""
    return "monthly" if "月" in unit.split("/", 1)[1] else "annual"
