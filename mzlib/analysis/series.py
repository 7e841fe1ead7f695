"""Time series per (region, indicator) from the extracted figures.

A series is a long table: one row per observation (``kind`` "actual") or target (``kind``
"target"), with the figure ids it rests on. Besides the printed figures it holds two kinds of
derived rows:

* the rural/urban minimum-living-standard ratio ``dibao_rural_urban_ratio`` (rural standard as a
  percent of the urban one, both annualised), computed for every region and year in which the
  documents print both standards and no ratio of their own (a printed ratio wins; the derived value
  is then named in its note);
* province targets copied to a city that has data on an indicator but no target of its own
  (``target_source`` "province").
"""

from __future__ import annotations

import numpy as np
import pandas as pd

RATIO_ID = "dibao_rural_urban_ratio"
URBAN_ID = "dibao_urban_standard"
RURAL_ID = "dibao_rural_standard"
LEVEL_KINDS = ("actual", "baseline", "standard")
SERIES_COLUMNS = [
    "region", "indicator_id", "year", "value", "kind", "comparator", "figure_ids", "derived",
    "target_source", "unit_std", "direction", "lower_bound", "upper_bound", "plan_base_year",
    "admin_level", "province", "note",
]
ID_SEP = ";"


def _text(column):
    """Strings with missing values as empty strings."""
    return column.astype(object).where(column.notna(), "").astype(str).str.strip()


def observations(figures, manifest):
    """Numeric level figures and targets, with region, year and plan period filled in.

    Parameters
    ----------
    figures : DataFrame
        The figures table (see ``data/processed/figures.csv``).
    manifest : DataFrame
        ``data/raw/MANIFEST.csv``: file, region_en, admin_level, province_en, period_start,
        period_end, reference_year.

    Returns
    -------
    DataFrame
        region, indicator_id, year, value, kind ("actual" or "target"), comparator, figure_ids,
        unit_std, plan_base_year, admin_level, province, note. Growth rates, changes in percentage
        points, qualitative figures, unmapped indicators and figures of a sub-region (non-empty
        ``subregion_zh``, e.g. one county of a prefecture) are left out. A missing year is the
        document's reference year for an observation and its period end for a target (noted).
    """
    fig = figures.copy()
    fig["indicator_id"] = _text(fig["indicator_id"])
    fig["kind"] = _text(fig["kind"])
    value = pd.to_numeric(fig["value_std"], errors="coerce")
    subregion = _text(fig["subregion_zh"]) if "subregion_zh" in fig else ""
    keep = (
        fig["kind"].isin(LEVEL_KINDS + ("target",))
        & (subregion == "")
        & ~fig["indicator_id"].isin(["", "unmapped"])
        & np.isfinite(value.to_numpy(dtype=float))
    )
    fig = fig[keep].assign(value=value[keep])
    man = manifest.rename(columns={"file": "doc", "region_en": "_man_region",
                                   "province_en": "province"})
    man = man[["doc", "_man_region", "admin_level", "province", "period_start", "period_end",
               "reference_year"]]
    fig = fig.merge(man, on="doc", how="left", validate="many_to_one")
    region = _text(fig["region_en"]) if "region_en" in fig else pd.Series("", index=fig.index)
    fig["region"] = region.where(region != "", _text(fig["_man_region"]))
    is_target = fig["kind"] == "target"
    year = pd.to_numeric(fig["year"], errors="coerce")
    fallback = pd.to_numeric(fig["period_end"].where(is_target, fig["reference_year"]),
                             errors="coerce")
    note = pd.Series("", index=fig.index, dtype=object)
    note[year.isna()] = np.where(is_target[year.isna()], "year not printed: plan period end",
                                 "year not printed: document reference year")
    method = _text(fig["method"]) if "method" in fig else pd.Series("", index=fig.index)
    return pd.DataFrame({
        "region": fig["region"],
        "indicator_id": fig["indicator_id"],
        "year": year.fillna(fallback).astype("Int64"),
        "value": fig["value"].astype(float),
        "kind": np.where(is_target, "target", "actual"),
        "comparator": _text(fig["comparator"]),
        "figure_ids": _text(fig["figure_id"]),
        "unit_std": _text(fig["unit_std"]),
        "plan_base_year": (pd.to_numeric(fig["period_start"], errors="coerce") - 1).astype("Int64"),
        "admin_level": _text(fig["admin_level"]),
        "province": _text(fig["province"]),
        "note": note,
        "from_table": (method == "table").to_numpy(),
    }).reset_index(drop=True)


def merge_duplicates(obs, rtol=0.005):
    """One row per (region, indicator_id, year, kind).

    Parameters
    ----------
    obs : DataFrame
        Output of :func:`observations` (or rows of the same shape).
    rtol : float
        Relative tolerance under which two printed values count as the same figure.

    Returns
    -------
    DataFrame
        The first row of each group (a figure read from a table before one read from prose, when
        ``obs`` has a boolean ``from_table`` column), its figure ids joined with ``;`` over every
        figure that agrees with it; disagreeing figures are named in the note with their values.
    """
    keys = ["region", "indicator_id", "year", "kind"]
    rows = []
    for _, group in obs.groupby(keys, sort=False, dropna=False):
        if "from_table" in group:
            group = group.sort_values("from_table", ascending=False, kind="stable")
        first = group.iloc[0].copy()
        close = np.isclose(group["value"], first["value"], rtol=rtol, atol=0)
        first["figure_ids"] = ID_SEP.join(group.loc[close, "figure_ids"])
        if (~close).any():
            others = ", ".join(f"{v:g} ({i})" for v, i in
                               zip(group.loc[~close, "value"], group.loc[~close, "figure_ids"]))
            first["note"] = _join_notes(first["note"], f"other figures disagree: {others}")
        rows.append(first)
    return pd.DataFrame(rows, columns=obs.columns).reset_index(drop=True)


def _join_notes(*notes):
    """Non-empty notes joined with '; '."""
    return "; ".join(n for n in notes if isinstance(n, str) and n)


def derive_ratio(obs):
    """Rural/urban minimum-living-standard ratio from paired standards.

    Parameters
    ----------
    obs : DataFrame
        Observations without duplicates (see :func:`merge_duplicates`); the standards are annual
        amounts (yuan/person/year).

    Returns
    -------
    DataFrame
        Rows of ``obs``'s shape for ``dibao_rural_urban_ratio`` (kind "actual", unit "%"): value
        ``100 * rural / urban`` for every region and year with both standards, figure ids
        ``"<urban id>;<rural id>"``, derived True.
    """
    std = obs[(obs["kind"] == "actual") & obs["indicator_id"].isin([URBAN_ID, RURAL_ID])]
    urban = std[std["indicator_id"] == URBAN_ID]
    rural = std[std["indicator_id"] == RURAL_ID]
    pair = urban.merge(rural, on=["region", "year"], suffixes=("_u", "_r"))
    pair = pair[pair["value_u"] > 0]
    out = pd.DataFrame({
        "region": pair["region"],
        "indicator_id": RATIO_ID,
        "year": pair["year"],
        "value": 100.0 * pair["value_r"] / pair["value_u"],
        "kind": "actual",
        "comparator": "",
        "figure_ids": pair["figure_ids_u"] + ID_SEP + pair["figure_ids_r"],
        "unit_std": "%",
        "plan_base_year": pair["plan_base_year_r"],
        "admin_level": pair["admin_level_r"],
        "province": pair["province_r"],
        "note": "derived: 100 * rural / urban standard (yuan/person/year)",
        "derived": True,
    })
    return out.reset_index(drop=True)


def add_ratio(obs):
    """Add derived ratios where no ratio is printed for that region and year.

    Parameters
    ----------
    obs : DataFrame
        Observations without duplicates, with a boolean ``derived`` column.

    Returns
    -------
    DataFrame
        ``obs`` plus the derived ratio rows; where a printed ratio exists the derived value and its
        figure ids go into the printed row's note instead.
    """
    derived = derive_ratio(obs)
    printed = obs[(obs["indicator_id"] == RATIO_ID) & (obs["kind"] == "actual")]
    key = ["region", "year"]
    both = derived.merge(printed[key].reset_index(), on=key, how="inner")
    obs = obs.copy()
    for _, row in both.iterrows():
        match = derived[(derived["region"] == row["region"]) & (derived["year"] == row["year"])]
        d = match.iloc[0]
        obs.loc[row["index"], "note"] = _join_notes(
            obs.loc[row["index"], "note"],
            f"paired standards give {d['value']:.2f} ({d['figure_ids']})")
    printed_keys = pd.MultiIndex.from_frame(printed[key])
    new = derived[~pd.MultiIndex.from_frame(derived[key]).isin(printed_keys)]
    return pd.concat([obs, new], ignore_index=True)


def add_province_targets(obs, require_data=True):
    """Give cities the province's target where they have none of their own.

    Parameters
    ----------
    obs : DataFrame
        Observations and targets, with columns admin_level and province (the region_en of the
        city's province).
    require_data : bool
        Only for indicators on which the city has at least one observation.

    Returns
    -------
    DataFrame
        ``obs`` with ``target_source`` ("own" on targets, "province" on the copied ones, empty on
        observations) and the copied target rows (region set to the city, figure ids and plan
        period those of the province figure, note naming the province).
    """
    obs = obs.copy()
    obs["target_source"] = np.where(obs["kind"] == "target", "own", "")
    provinces = set(obs.loc[obs["admin_level"] == "province", "region"])
    cities = obs[(obs["admin_level"] != "province") & obs["province"].isin(provinces)]
    own = set(zip(cities.loc[cities["kind"] == "target", "region"],
                  cities.loc[cities["kind"] == "target", "indicator_id"]))
    prov_targets = obs[(obs["kind"] == "target") & (obs["admin_level"] == "province")]
    if require_data:
        wanted = cities[["region", "province", "indicator_id"]].drop_duplicates()
    else:
        wanted = cities[["region", "province"]].drop_duplicates().merge(
            prov_targets[["region", "indicator_id"]].drop_duplicates().rename(
                columns={"region": "province"}), on="province")
    new = np.array([(r, i) not in own for r, i in zip(wanted["region"], wanted["indicator_id"])],
                   dtype=bool)
    wanted = wanted[new]
    prov_targets = prov_targets.rename(columns={"region": "_province_region"})
    copied = wanted.merge(prov_targets.drop(columns=["province", "admin_level"]),
                          left_on=["province", "indicator_id"],
                          right_on=["_province_region", "indicator_id"], how="inner")
    if copied.empty:
        return obs
    city_level = cities.drop_duplicates("region").set_index("region")["admin_level"]
    copied["admin_level"] = copied["region"].map(city_level)
    copied["target_source"] = "province"
    copied["note"] = [_join_notes(n, f"no own target; target of the province {p} applies")
                      for n, p in zip(copied["note"], copied["province"])]
    return pd.concat([obs, copied[obs.columns]], ignore_index=True)


def attach_registry(series, registry):
    """Add unit, direction and bounds from the indicator registry.

    Parameters
    ----------
    series : DataFrame
        Rows with an indicator_id column.
    registry : DataFrame
        ``data/reference/indicators.csv``: indicator_id, unit_std, direction (+1/-1),
        lower_bound, upper_bound (empty if unbounded).

    Returns
    -------
    DataFrame
        ``series`` with direction (default +1, noted, when the registry lacks the indicator),
        lower_bound and upper_bound (NaN: none), and unit_std filled from the registry where empty.
    """
    reg = registry.drop_duplicates("indicator_id").set_index("indicator_id")
    out = series.copy()
    direction = pd.to_numeric(out["indicator_id"].map(reg["direction"]), errors="coerce")
    missing = direction.isna()
    out.loc[missing, "note"] = [_join_notes(n, "not in the registry: direction +1 assumed")
                                for n in out.loc[missing, "note"]]
    out["direction"] = direction.fillna(1.0).astype(float)
    for bound in ("lower_bound", "upper_bound"):
        out[bound] = pd.to_numeric(out["indicator_id"].map(reg[bound]), errors="coerce")
    unit = _text(out["indicator_id"].map(reg["unit_std"]))
    out["unit_std"] = _text(out["unit_std"]).where(_text(out["unit_std"]) != "", unit)
    return out


def build_series(figures, registry, manifest, require_data=True):
    """One long time-series table per (region, indicator) from the figures.

    Parameters
    ----------
    figures : DataFrame
        The figures table (``data/processed/figures.csv``); money standards already annualised.
    registry : DataFrame
        The indicator registry (``data/reference/indicators.csv``).
    manifest : DataFrame
        The document manifest (``data/raw/MANIFEST.csv``).
    require_data : bool
        Copy a province target to a city only for indicators the city has observations on.

    Returns
    -------
    DataFrame
        Columns :data:`SERIES_COLUMNS`: region, indicator_id, year (Int64), value (float, in
        unit_std), kind ("actual" or "target"), comparator, figure_ids (``;``-separated), derived
        (bool), target_source ("own", "province" on targets; "" on observations), unit_std,
        direction (+1/-1), lower_bound, upper_bound (NaN: none), plan_base_year (the year before
        the period of the row's document starts), admin_level, province, note. Sorted by region,
        indicator, kind and year.
    """
    obs = merge_duplicates(observations(figures, manifest))
    obs["derived"] = False
    obs = add_ratio(obs)
    obs = add_province_targets(obs, require_data=require_data)
    obs = attach_registry(obs, registry)
    obs["derived"] = obs["derived"].astype(bool)
    obs["year"] = obs["year"].astype("Int64")
    obs["plan_base_year"] = obs["plan_base_year"].astype("Int64")
    return obs[SERIES_COLUMNS].sort_values(["region", "indicator_id", "kind", "year"],
                                           kind="stable", ignore_index=True)
