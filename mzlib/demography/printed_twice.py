"""One value for a quantity a document prints more than once.

A document may print one quantity twice at different precision (``637.9万人`` in the text, ``638万人``
in a table): the rounder value is read as a rounding of the more precise one when the more precise
one lies within half a unit of the rounder one's last non-zero digit, and the more precise value is
kept. Values that no rounding reconciles are a conflict in the source: an
:class:`mzlib.core.errors.InputError` names the figures, so the run stops with one line instead of
choosing between them silently.
"""

from __future__ import annotations

import math

from mzlib.core.errors import InputError

FIGURES = "data/processed/figures.csv"


def rounding_unit(value):
    """Half the place value of the last non-zero digit of an integer-valued ``value`` (1 for
    6379000 is 500, for 6380000 5000); 0 for a value with a fraction (its rounding is unknown here)."""
    value = abs(float(value))
    if value == 0 or value != math.floor(value):
        return 0.0
    unit = 1
    while value % (unit * 10) == 0:
        unit *= 10
    return unit / 2


def agreed_value(values, figure_ids, what):
    """The one value of ``values`` (standardised), the most precise when the others are its roundings.

    Parameters
    ----------
    values : sequence of float
        The values printed for one quantity.
    figure_ids : sequence of str
        The figures they come from (for the message).
    what : str
        What the quantity is (``"<region> 2020 pop_count_65plus"``).

    Raises
    ------
    InputError
        When two values are not roundings of one another.
    """
    distinct = sorted(set(float(v) for v in values), key=lambda v: (rounding_unit(v), v))
    best = distinct[0]
    for other in distinct[1:]:
        if abs(other - best) > rounding_unit(other):
            raise InputError(FIGURES, f"{what}: the documents print conflicting values {sorted(distinct)} "
                             f"(figures {', '.join(map(str, figure_ids))})",
                             hint="see notebook 01's checks; correct the source text or drop one document")
    return best
