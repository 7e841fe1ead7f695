"""Parameters of notebook 02: their defaults, their validation, and what a run may save.

The notebook's ``parameters`` cell holds :data:`DEFAULTS` (a test keeps the two equal). Papermill
may run it with other values (``-p REGION 文山市``); :func:`validate` checks each with a one-line
message naming the allowed values, and accepts a region by its English or Chinese name, in any
case, with or without punctuation (``Tai'an``, ``Taian``, ``泰安市``).

``REGION`` chooses what the tables show, never what is computed: every region is always assessed.
Outputs are written only by a run with every parameter at its default (:func:`may_save`), so a run
with other parameters never overwrites the committed ``data/processed/`` files.
"""

from __future__ import annotations


from mzlib.core.errors import InputError
from mzlib.core import outputs
from mzlib.sources.regions import resolve_region

SOURCE = "notebooks/02-project-indicators.py (parameters cell)"
METHOD_NAMES = ("linear", "cagr", "logistic", "ols")
DEFAULTS = {
    "HORIZON": 2025,
    "METHODS": ("linear", "cagr", "logistic", "ols"),
    "ON_TRACK": 0.95,
    "ACCELERATION": 0.60,
    "BOUND_TOLERANCE": 0.01,
    "USE_CORRECTIONS": True,
    "KEY_INDICATORS": ("dibao_rural_urban_ratio", "eco_burial_rate", "nursing_bed_share"),
    "REGION": None,
}


def _fail(problem, hint):
    raise InputError(SOURCE, problem, hint=hint)


def validate(params, manifest, registry):
    """Checked parameters, with the region resolved to its English name.

    Parameters
    ----------
    params : dict
        The notebook's parameters (keys of :data:`DEFAULTS`).
    manifest, registry : DataFrame
        For the allowed regions and indicators.

    Returns
    -------
    dict
        The parameters, METHODS and KEY_INDICATORS as tuples, REGION English or None.

    Raises
    ------
    InputError
        One line naming the parameter, its value and the allowed values.
    """
    unknown = sorted(set(params) - set(DEFAULTS))
    if unknown:
        _fail(f"unknown parameter(s) {unknown}", f"the parameters are {', '.join(DEFAULTS)}")
    out = {**DEFAULTS, **params}
    horizon = out["HORIZON"]
    if isinstance(horizon, bool) or not isinstance(horizon, int) or not 2021 <= horizon <= 2050:
        _fail(f"HORIZON {horizon!r} is not a year", "give an int from 2021 to 2050 (the year whose end the "
              "projections reach)")
    methods = (out["METHODS"],) if isinstance(out["METHODS"], str) else tuple(out["METHODS"])
    bad = [m for m in methods if m not in METHOD_NAMES]
    if bad or not methods:
        _fail(f"METHODS {out['METHODS']!r} holds unknown methods {bad}", f"choose from {', '.join(METHOD_NAMES)}")
    out["METHODS"] = methods
    for name in ("ON_TRACK", "ACCELERATION", "BOUND_TOLERANCE"):
        if isinstance(out[name], bool) or not isinstance(out[name], (int, float)):
            _fail(f"{name} {out[name]!r} is not a number", "give a number")
    if not 0 <= out["ACCELERATION"] < out["ON_TRACK"]:
        _fail(f"ACCELERATION {out['ACCELERATION']} and ON_TRACK {out['ON_TRACK']} are not ordered",
              "need 0 <= ACCELERATION < ON_TRACK (defaults 0.60 and 0.95)")
    if not 0 < out["BOUND_TOLERANCE"] < 0.5:
        _fail(f"BOUND_TOLERANCE {out['BOUND_TOLERANCE']} is outside (0, 0.5)", "give a share of the range, "
              "e.g. 0.01")
    if not isinstance(out["USE_CORRECTIONS"], bool):
        _fail(f"USE_CORRECTIONS {out['USE_CORRECTIONS']!r} is not True or False", "give True or False")
    keys = (out["KEY_INDICATORS"],) if isinstance(out["KEY_INDICATORS"], str) else tuple(out["KEY_INDICATORS"])
    known = set(registry["indicator_id"])
    bad = [k for k in keys if k not in known]
    if bad or not keys:
        _fail(f"KEY_INDICATORS {bad or keys!r} not in the registry", "use indicator ids of "
              "data/reference/indicators.csv, e.g. eco_burial_rate")
    out["KEY_INDICATORS"] = keys
    out["REGION"] = resolve_region(out["REGION"], manifest, source=SOURCE, none="None for all")
    return out


def may_save(params):
    """Whether a run may write the committed outputs (:func:`mzlib.core.outputs.may_save` with :data:`DEFAULTS`)."""
    return outputs.may_save(params, DEFAULTS)



def shown(frame, region, column="region"):
    """The rows of ``frame`` the notebook shows: one region's, or all when ``region`` is None."""
    return frame if region is None else frame[frame[column] == region]


def save_outputs(tables, params, charts=None, directory=None, figures_dir=None):
    """Write the processed tables and charts when every parameter is at its default
    (:func:`mzlib.core.outputs.save_outputs` with :data:`DEFAULTS`)."""
    return outputs.save_outputs(tables, params, DEFAULTS, charts, directory, figures_dir)
