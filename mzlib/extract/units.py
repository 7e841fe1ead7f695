"""Printed units to standard units, from ``data/reference/units.csv``.

Money standards are normalised to yuan per person per year: a monthly standard is multiplied by 12.
"""

from mzlib.sources.reference import unit_table

MONEY_STD = "yuan/person/year"


def standardise(number, unit, period="", registry_unit=""):
    """Convert a printed number to its standard unit.

    Parameters
    ----------
    number : float
        The number as printed.
    unit : str
        The unit as printed (``%``, ``‰``, ``万人``, ``元`` ...); empty if none was printed.
    period : {"", "monthly", "annual", "unspecified"}
        For money standards: the period the amount refers to.
    registry_unit : str
        The indicator's standard unit, used when no unit is printed.

    Returns
    -------
    tuple of (float, str, str)
        ``(value_std, unit_std, conversion)``; ``conversion`` says what was done, empty if nothing.
    """
    if unit == "元" and period:
        if period == "monthly":
            return number * 12, MONEY_STD, "monthly standard x 12"
        return number, MONEY_STD, "" if period == "annual" else "period not printed; taken as annual"
    table = unit_table()
    if unit in table:
        unit_std, factor = table[unit]
        if factor == 1:
            return number, unit_std, ""
        return round(number * factor, 10), unit_std, f"{unit} x {factor:g}"
    if not unit:
        return number, registry_unit, "no unit printed; registry unit assumed" if registry_unit else ""
    return float("nan"), "", f"unknown unit {unit!r}"
