"""Every table of ``data/reference/`` that code reads, loaded once, with its checks.

Hand-curated tables (units, census rounds, ageing parameters, census age structures) live as CSV
files with a ``source`` column; this module is the one place that reads them, so a newcomer finds
each table's loader and schema here. The indicator registry has its own module,
:mod:`mzlib.sources.registry`.
"""

from functools import lru_cache

import pandas as pd

from mzlib.core import paths

SHARES = ["share_0_14", "share_15_59", "share_60plus", "share_65plus"]
SUM_TOLERANCE = 0.1
_EPS = 1e-9


def read_reference(name, **kw):
    """``data/reference/<name>`` as strings (no NaN for empty cells)."""
    return pd.read_csv(paths.REFERENCE_DATA_DIR / name, dtype=str, keep_default_na=False, **kw)


@lru_cache(maxsize=1)
def unit_table():
    """The unit table as ``{unit_printed: (unit_std, factor, dimension)}`` (``units.csv``)."""
    df = read_reference("units.csv")
    return {r.unit_printed: (r.unit_std, float(r.factor), r.dimension) for r in df.itertuples()}


@lru_cache(maxsize=1)
def census_rounds():
    """``{round_zh: year}`` from ``census_rounds.csv``."""
    df = read_reference("census_rounds.csv")
    return {r.round_zh: int(r.year) for r in df.itertuples()}


@lru_cache(maxsize=1)
def plan_periods():
    """``{name_zh: (first_year, last_year)}`` of the Five-Year-Plan periods (``plan_periods.csv``)."""
    df = read_reference("plan_periods.csv")
    return {r.name_zh: (int(r.first_year), int(r.last_year)) for r in df.itertuples()}


@lru_cache(maxsize=1)
def _read_params(path):
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    return df.assign(value=df["value"].astype(float))


def load_aging_params(path=None):
    """The ageing parameters table (``parameter, value, unit, label, source, notes``)."""
    return _read_params(path or paths.REFERENCE_DATA_DIR / "aging_params.csv").copy()


def param_value(name, params=None):
    """One parameter's value, e.g. ``param_value("bed_benchmark_low")`` -> 35.0."""
    params = load_aging_params() if params is None else params
    hit = params.loc[params["parameter"] == name, "value"]
    if len(hit) != 1:
        raise ValueError(f"aging_params: expected one row for {name!r}, found {len(hit)}")
    return float(hit.iloc[0])


def stage_thresholds(params=None):
    """Stage label -> lower bound of the 65+ share (%), ascending: aging 7, aged 14, super-aged 20."""
    params = load_aging_params() if params is None else params
    rows = params[params["parameter"].str.startswith("stage_")].sort_values("value")
    return dict(zip(rows["label"], rows["value"].astype(float)))


def load_census_reference(path=None):
    """The hand-curated census age structures, validated (see ``validate_structure``)."""
    df = pd.read_csv(path or paths.REFERENCE_DATA_DIR / "census_age_structure.csv")
    df["derived"] = df["derived"].astype(str).str.lower().eq("true")
    return validate_structure(df)


def validate_structure(structure, tol=SUM_TOLERANCE):
    """Check an age-structure frame and return it unchanged.

    Raises ``ValueError`` naming the region and year when a share is missing or outside (0, 100),
    when ``share_0_14 + share_15_59 + share_60plus`` is not 100 within ``tol`` percentage points,
    or when ``share_65plus > share_60plus``.
    """
    missing = [c for c in ["region_en", "year", *SHARES] if c not in structure.columns]
    if missing:
        raise ValueError(f"age structure: missing columns {missing}")
    for row in structure.itertuples(index=False):
        where = f"{row.region_en} {row.year}"
        shares = [getattr(row, c) for c in SHARES]
        if any(pd.isna(s) or not 0 < s < 100 for s in shares):
            raise ValueError(f"{where}: every share must be a number in (0, 100), got {shares}")
        total = row.share_0_14 + row.share_15_59 + row.share_60plus
        if abs(total - 100) > tol:
            raise ValueError(f"{where}: shares 0-14 + 15-59 + 60+ sum to {total:.2f}, "
                             f"not 100 ± {tol}")
        if row.share_65plus > row.share_60plus + _EPS:
            raise ValueError(f"{where}: share 65+ ({row.share_65plus}) exceeds share 60+ "
                             f"({row.share_60plus})")
    return structure


