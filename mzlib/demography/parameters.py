"""Parameters of notebook 03: their defaults, their validation, and what a run may save.

The notebook's ``parameters`` cell holds :data:`DEFAULTS` (a test keeps the two equal). Papermill
may run it with other values (``-p REGION <name>``); :func:`validate` checks each with a one-line
message naming the allowed values, and accepts a region by its English or Chinese name.

``REGION`` and the ``*_YEARS`` parameters choose what the tables show, never what is computed.
``LAST_YEAR`` and ``MORTALITY`` change the projection itself. Either way, outputs are written only
by a run with every parameter at its default (:func:`may_save`), the policy of notebook 02.
"""

from __future__ import annotations


from mzlib.core.errors import InputError
from mzlib.core import outputs
from mzlib.sources.regions import resolve_region

SOURCE = "notebooks/03-aging-pressure.py (parameters cell)"
MORTALITY_RULES = ("e0", "wpp")
DEFAULTS = {
    "REGION": None,
    "PYRAMID_YEARS": (2020, 2035),
    "SHOW_YEARS": (2025, 2030, 2035),
    "CAPACITY_YEARS": (2025, 2030, 2035),
    "LAST_YEAR": 2050,
    "MORTALITY": "e0",
}
_FIRST, _LAST = 2021, 2100


def _fail(problem, hint):
    raise InputError(SOURCE, problem, hint=hint)


def _years(name, value, first, last):
    years = (value,) if isinstance(value, int) else tuple(value) if isinstance(value, (list, tuple)) else None
    if not years or any(isinstance(y, bool) or not isinstance(y, int) or not first <= y <= last for y in years):
        _fail(f"{name} {value!r} is not a list of years", f"give ints from {first} to {last}")
    return years


def validate(params, regions):
    """Checked parameters, with the region resolved to its English name.

    Parameters
    ----------
    params : dict
        The notebook's parameters (keys of :data:`DEFAULTS`).
    regions : DataFrame
        region_en, region_zh of the regions that can be shown.

    Returns
    -------
    dict
        The parameters, years as tuples, REGION English or None.

    Raises
    ------
    InputError
        One line naming the parameter, its value and the allowed values.
    """
    unknown = sorted(set(params) - set(DEFAULTS))
    if unknown:
        _fail(f"unknown parameter(s) {unknown}", f"the parameters are {', '.join(DEFAULTS)}")
    out = {**DEFAULTS, **params}
    last = out["LAST_YEAR"]
    if isinstance(last, bool) or not isinstance(last, int) or not 2030 <= last <= _LAST:
        _fail(f"LAST_YEAR {last!r} is not a year", f"give an int from 2030 to {_LAST}")
    if out["MORTALITY"] not in MORTALITY_RULES:
        _fail(f"MORTALITY {out['MORTALITY']!r} is not a mortality rule",
              f"choose from {', '.join(MORTALITY_RULES)} (e0: anchored to the official life expectancy)")
    out["PYRAMID_YEARS"] = _years("PYRAMID_YEARS", out["PYRAMID_YEARS"], 2020, last)
    out["SHOW_YEARS"] = _years("SHOW_YEARS", out["SHOW_YEARS"], _FIRST, last)
    out["CAPACITY_YEARS"] = _years("CAPACITY_YEARS", out["CAPACITY_YEARS"], _FIRST, last)
    out["REGION"] = resolve_region(out["REGION"], regions, source=SOURCE, what="a projected region",
                                   none="None for the nation and the manifest's regions")
    return out



def may_save(params):
    """Whether a run may write the committed outputs (:func:`mzlib.core.outputs.may_save` with :data:`DEFAULTS`)."""
    return outputs.may_save(params, DEFAULTS)


def save_outputs(tables, params, charts=None, directory=None, figures_dir=None):
    """Write the processed tables and charts when every parameter is at its default
    (:func:`mzlib.core.outputs.save_outputs` with :data:`DEFAULTS`)."""
    return outputs.save_outputs(tables, params, DEFAULTS, charts, directory, figures_dir)
