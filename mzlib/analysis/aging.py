"""Population ageing and elder-care capacity: dependency, ageing stage, trajectory, bed gap.

Units throughout: shares are percent of the total population (0-100); dependency ratios are
dependants per 100 people of working age; the ageing index is people aged 65+ per 100 aged 0-14;
the potential support ratio is people of working age per older person; speeds are percentage
points (pp) per decade; logit slopes are per year; bed ratios are beds per 1,000 people aged 60+;
populations and beds are counts.

Two conventions are used side by side. The Chinese census bulletins use 15-59 as the working age
and 60+ as old age; the international (UN) convention uses 15-64 and 65+. The census prints no
15-64 share, so it is taken as ``100 - share_0_14 - share_65plus``.

An *age-structure frame* has one row per (region, census year) and the columns of
``data/reference/census_age_structure.csv`` (``STRUCTURE_COLUMNS``); it may also carry the counts
``pop_0_14``, ``pop_15_59``, ``pop_60plus``, ``pop_65plus`` (persons) and ``figure_ids``.
Stage thresholds and the bed benchmarks come from ``data/reference/aging_params.csv``.
"""

from functools import lru_cache

import numpy as np
import pandas as pd

from mzlib.sources.reference import (SHARES, SUM_TOLERANCE, load_aging_params, load_census_reference,
                                     param_value, stage_thresholds, validate_structure)
from mzlib.core.scales import inverse_logit_of_range, logit_of_range

COUNTS = ["pop_0_14", "pop_15_59", "pop_60plus", "pop_65plus"]
STRUCTURE_COLUMNS = ["region_zh", "region_en", "level", "year", *SHARES, "population",
                     "derived", "derivation", "source"]
SCENARIOS = ("slow", "central", "fast")
PRE_AGING = "pre-aging"
_EPS = 1e-9
_INDICATOR_COLUMN = {f"pop_share_{k}": f"share_{k}" for k in ("0_14", "15_59", "60plus", "65plus")}
_INDICATOR_COLUMN |= {f"pop_count_{k}": f"pop_{k}" for k in ("0_14", "15_59", "60plus", "65plus")}


# --- scalar measures (floats, numpy arrays or Series) ------------------------------------------

def share_15_64(share_0_14, share_65plus):
    """Share aged 15-64 (%) = 100 - share 0-14 - share 65+."""
    return 100 - share_0_14 - share_65plus


def dependency_ratio(dependants, working):
    """Dependants per 100 people of working age = 100 * dependants / working (shares or counts)."""
    return 100 * dependants / working


def aging_index(share_65plus, share_0_14):
    """Ageing index: people aged 65+ per 100 aged 0-14 = 100 * share 65+ / share 0-14."""
    return 100 * share_65plus / share_0_14


def potential_support_ratio(working, older):
    """People of working age per older person = working / older (UN: 15-64 per 65+)."""
    return working / older


def aging_stage(share_65plus, thresholds=None):
    """Ageing stage from the 65+ share (%): the highest stage whose threshold it reaches.

    A share exactly on a threshold is in the higher stage (7.0 -> "aging", 14.0 -> "aged",
    20.0 -> "super-aged"); below the first threshold the stage is ``"pre-aging"``. Returns a str
    for a scalar, else an array of str (empty string for a missing share).
    """
    thresholds = stage_thresholds() if thresholds is None else thresholds
    s = np.asarray(share_65plus, dtype=float)
    labels = np.full(s.shape, PRE_AGING, dtype=object)
    for label, lower in thresholds.items():
        labels[s + _EPS >= lower] = label
    labels[np.isnan(s)] = ""
    return labels.item() if labels.ndim == 0 else labels


def next_stage(share_65plus, thresholds=None):
    """(label, threshold %) of the first stage above the current one; (None, nan) if super-aged."""
    thresholds = stage_thresholds() if thresholds is None else thresholds
    for label, lower in thresholds.items():
        if share_65plus + _EPS < lower:
            return label, lower
    return None, np.nan


def speed_pp_per_decade(share_start, share_end, year_start, year_end):
    """Speed of change in percentage points per decade = 10 * (end - start) / (year_end - year_start)."""
    return 10 * (share_end - share_start) / (year_end - year_start)


def years_to_next_stage(share_65plus, speed, thresholds=None):
    """Years to reach the next stage at a constant linear speed (pp per decade).

    ``(next threshold - share) / (speed / 10)``; nan when already super-aged or speed <= 0.
    """
    _, lower = next_stage(share_65plus, thresholds)
    if np.isnan(lower) or pd.isna(speed) or speed <= 0:
        return np.nan
    return (lower - share_65plus) / (speed / 10)


def logit(share):
    """Log-odds of a share given in percent: ln(p / (100 - p))."""
    return logit_of_range(share, 0.0, 100.0)


def inv_logit(x):
    """Share in percent from log-odds: 100 / (1 + exp(-x)); always strictly inside (0, 100)."""
    return inverse_logit_of_range(x, 0.0, 100.0)


def logit_slope(share_start, share_end, year_start, year_end):
    """Change of the log-odds per year between two observations (per year)."""
    return (logit(share_end) - logit(share_start)) / (year_end - year_start)


def project_share(share_base, slope, base_year, year):
    """Logit-linear projection: inv_logit(logit(share_base) + slope * (year - base_year)), in %."""
    return inv_logit(logit(share_base) + slope * (np.asarray(year) - base_year))


def year_reaching(share_base, slope, base_year, threshold):
    """Year (fractional) at which a logit-linear path from ``share_base`` reaches ``threshold`` %.

    ``base_year + (logit(threshold) - logit(share_base)) / slope``; ``base_year`` if already
    reached; nan if the share does not rise (slope <= 0).
    """
    if share_base + _EPS >= threshold:
        return float(base_year)
    if pd.isna(slope) or slope <= 0:
        return np.nan
    return float(base_year + (logit(threshold) - logit(share_base)) / slope)


def older_population(share, population):
    """People in an age group = share / 100 * total population (persons)."""
    return share / 100 * population


def beds_per_1000(beds, population_60plus):
    """Elder-care beds per 1,000 people aged 60+ = 1000 * beds / population 60+."""
    return 1000 * beds / population_60plus


def nursing_share(nursing_beds, beds):
    """Nursing-type beds as a percent of all institutional elder-care beds."""
    return 100 * nursing_beds / beds


def beds_needed(population_60plus, benchmark):
    """Beds that hold ``benchmark`` beds per 1,000 people aged 60+ = benchmark * pop 60+ / 1000."""
    return benchmark * population_60plus / 1000


def bed_gap(needed, beds):
    """Beds short of the benchmark = needed - beds (negative means a surplus)."""
    return needed - beds


def scenario_slopes(own, national, spread=0.0):
    """Slow / central / fast logit slopes (per year) from a region's own and the national slope.

    central = own (national if own is nan); slow = min(own, national); fast = max(own, national);
    then slow and fast are pushed apart by ``spread`` times their magnitude, so that the band
    is not empty for the nation itself. Always slow <= central <= fast.
    """
    central = national if pd.isna(own) else own
    known = [s for s in (own, national) if not pd.isna(s)]
    if not known:
        return dict.fromkeys(SCENARIOS, np.nan)
    lo, hi = min(known), max(known)
    return {"slow": lo - spread * abs(lo), "central": central, "fast": hi + spread * abs(hi)}


# --- frames -----------------------------------------------------------------------------------

def _with_counts(structure):
    """Add pop_60plus / pop_65plus from shares x population where counts are not given."""
    df = structure.copy()
    for count, share in [("pop_60plus", "share_60plus"), ("pop_65plus", "share_65plus")]:
        given = df[count] if count in df.columns else pd.Series(np.nan, index=df.index)
        total = df["population"].astype(float) if "population" in df.columns else np.nan
        df[count] = given.astype(float).fillna(older_population(df[share], total))
    return df


def measures(structure, thresholds=None):
    """Every ageing measure, one row per (region, census year).

    Adds to the structure: share_15_64 (%); child/old/total dependency under the Chinese
    convention (``*_cn``: 0-14 and 60+ per 100 aged 15-59) and the international one
    (``*_intl``: 0-14 and 65+ per 100 aged 15-64); aging_index (65+ per 100 aged 0-14);
    potential_support_ratio (15-64 per 65+) and potential_support_ratio_cn (15-59 per 60+);
    stage; speed_60plus / speed_65plus (pp per decade since the region's previous census, nan
    on its first); next_stage and years_to_next_stage (at the 65+ speed, linear); pop_60plus and
    pop_65plus (persons; counts if given, else share x population).
    """
    thresholds = stage_thresholds() if thresholds is None else thresholds
    df = _with_counts(validate_structure(structure)).sort_values(["region_en", "year"])
    df["share_15_64"] = share_15_64(df["share_0_14"], df["share_65plus"])
    for conv, working, old in [("cn", "share_15_59", "share_60plus"),
                               ("intl", "share_15_64", "share_65plus")]:
        df[f"child_dependency_{conv}"] = dependency_ratio(df["share_0_14"], df[working])
        df[f"old_dependency_{conv}"] = dependency_ratio(df[old], df[working])
        df[f"total_dependency_{conv}"] = df[f"child_dependency_{conv}"] + df[f"old_dependency_{conv}"]
    df["aging_index"] = aging_index(df["share_65plus"], df["share_0_14"])
    df["potential_support_ratio"] = potential_support_ratio(df["share_15_64"], df["share_65plus"])
    df["potential_support_ratio_cn"] = potential_support_ratio(df["share_15_59"], df["share_60plus"])
    df["stage"] = aging_stage(df["share_65plus"], thresholds)
    previous = df.groupby("region_en")[["year", "share_60plus", "share_65plus"]].shift()
    for share in ["share_60plus", "share_65plus"]:
        df[share.replace("share", "speed")] = speed_pp_per_decade(
            previous[share], df[share], previous["year"], df["year"])
    df["next_stage"] = [next_stage(s, thresholds)[0] or "" for s in df["share_65plus"]]
    df["years_to_next_stage"] = [years_to_next_stage(s, v, thresholds)
                                 for s, v in zip(df["share_65plus"], df["speed_65plus"])]
    return df.reset_index(drop=True)


def _slopes(structure):
    """Per region: base year, base shares and own logit slopes from its two latest censuses."""
    rows = []
    for region, g in validate_structure(structure).sort_values("year").groupby("region_en"):
        last = g.iloc[-1]
        row = {"region_en": region, "region_zh": last.get("region_zh", ""),
               "base_year": int(last["year"]), "share_60plus": last["share_60plus"],
               "share_65plus": last["share_65plus"],
               "population": last.get("population", np.nan)}
        for share in ["share_60plus", "share_65plus"]:
            row[f"own_{share}"] = (logit_slope(g.iloc[-2][share], last[share], g.iloc[-2]["year"],
                                               last["year"]).item() if len(g) > 1 else np.nan)
        rows.append(row)
    return pd.DataFrame(rows).set_index("region_en")


def _band(slopes, region, national, spread):
    """Scenario slopes for one region: {share: {scenario: slope}} and the basis used."""
    band = {}
    for share in ["share_60plus", "share_65plus"]:
        own = slopes.at[region, f"own_{share}"]
        nat = slopes.at[national, f"own_{share}"] if national in slopes.index else np.nan
        if pd.isna(own) and pd.isna(nat):
            raise ValueError(f"{region}: no slope for {share}: one census only and no national "
                             f"({national}) slope")
        band[share] = scenario_slopes(own, nat, spread)
    basis = "national" if pd.isna(slopes.at[region, "own_share_65plus"]) else "own and national"
    return band, basis


def _population_for(population, region, year, base_population):
    """Total population (persons) assumed for a region in a year."""
    if population is None:
        return base_population
    if isinstance(population, pd.DataFrame):
        hit = population[population["region_en"] == region]
        if "year" in hit.columns:
            hit = hit[hit["year"] == year]
        return float(hit["population"].iloc[0]) if len(hit) else np.nan
    return float(population.get(region, np.nan))


def project_shares(structure, years=(2025, 2030, 2035), national="China", spread=0.0,
                   population=None, benchmark=None, thresholds=None):
    """Logit-linear projection of the 60+ and 65+ shares with a slow / central / fast band.

    Each region's own slope is the change of logit(share) per year between its two latest
    censuses; the band comes from ``scenario_slopes(own, national slope, spread)``. A region
    with one census only is projected at the national slope (``slope_basis`` says so).

    Parameters
    ----------
    structure : DataFrame
        Age-structure frame; must include the ``national`` region when its slope is wanted.
    years : iterable of int
        Projection years.
    national : str
        region_en of the comparison region whose slope sets the other edge of the band.
    spread : float
        Relative widening of the slow and fast slopes (0 keeps min/max of own and national).
    population : None, dict or DataFrame
        Total population assumption (persons): None keeps the base census population; a dict
        maps region_en to a constant; a DataFrame has region_en, population and optionally year.
    benchmark : float, optional
        Beds per 1,000 people aged 60+; default ``bed_benchmark_low`` (35).

    Returns
    -------
    DataFrame
        region_en, region_zh, year, scenario, share_60plus, share_65plus (%), stage,
        older_population (persons aged 60+), older_population_65plus, beds_needed (beds),
        base_year, slope_60plus, slope_65plus (per year), slope_basis.
    """
    thresholds = stage_thresholds() if thresholds is None else thresholds
    benchmark = param_value("bed_benchmark_low") if benchmark is None else benchmark
    slopes = _slopes(structure)
    rows = []
    for region, base in slopes.iterrows():
        band, basis = _band(slopes, region, national, spread)
        for year in years:
            total = _population_for(population, region, year, base["population"])
            for scenario in SCENARIOS:
                s60, s65 = (project_share(base[s], band[s][scenario], base["base_year"], year).item()
                            for s in ["share_60plus", "share_65plus"])
                older = older_population(s60, total)
                rows.append({"region_en": region, "region_zh": base["region_zh"], "year": year,
                             "scenario": scenario, "share_60plus": s60, "share_65plus": s65,
                             "stage": aging_stage(s65, thresholds), "older_population": older,
                             "older_population_65plus": older_population(s65, total),
                             "beds_needed": beds_needed(older, benchmark),
                             "base_year": base["base_year"],
                             "slope_60plus": band["share_60plus"][scenario],
                             "slope_65plus": band["share_65plus"][scenario],
                             "slope_basis": basis})
    return pd.DataFrame(rows)


def stage_years(structure, national="China", spread=0.0, thresholds=None):
    """Year each region reaches every stage above its latest census stage, per scenario.

    Logit-linear path of the 65+ share (see ``project_shares``). Returns region_en, region_zh,
    scenario, base_year, base_share_65plus (%), base_stage, stage, threshold (%), year_reached
    (fractional year; nan if the share does not rise).
    """
    thresholds = stage_thresholds() if thresholds is None else thresholds
    slopes = _slopes(structure)
    rows = []
    for region, base in slopes.iterrows():
        band, _ = _band(slopes, region, national, spread)
        share = base["share_65plus"]
        for scenario in SCENARIOS:
            for label, lower in thresholds.items():
                if share + _EPS >= lower:
                    continue
                rows.append({"region_en": region, "region_zh": base["region_zh"],
                             "scenario": scenario, "base_year": base["base_year"],
                             "base_share_65plus": share,
                             "base_stage": aging_stage(share, thresholds), "stage": label,
                             "threshold": lower,
                             "year_reached": year_reaching(share, band["share_65plus"][scenario],
                                                           base["base_year"], lower)})
    return pd.DataFrame(rows)


def care_capacity(capacity, structure, benchmark=None, nursing_floor=None):
    """Bed ratios, nursing-bed share against the floor and the bed gap now.

    Parameters
    ----------
    capacity : DataFrame
        region_en, year (of the bed count), elder_care_beds, nursing_beds (beds).
    structure : DataFrame
        Age-structure frame; the region's latest census gives the 60+ population (count if
        given, else share x population). The bed year and census year may differ; both are kept.
        An optional nursing_bed_share_printed (%) stands in when nursing_beds is missing.
    benchmark : float, optional
        Beds per 1,000 people aged 60+; default ``bed_benchmark_low`` (35).
    nursing_floor : float, optional
        Minimum nursing-bed share (%); default ``nursing_bed_floor`` (55).

    Returns
    -------
    DataFrame
        region_en, beds_year, pop_year, pop_60plus, elder_care_beds, nursing_beds,
        beds_per_1000_60plus, nursing_share (%), nursing_floor (%), nursing_margin_pp
        (share - floor), meets_nursing_floor (NA when the share is unknown), benchmark,
        beds_needed, bed_gap (needed - beds).
    """
    benchmark = param_value("bed_benchmark_low") if benchmark is None else benchmark
    floor = param_value("nursing_bed_floor") if nursing_floor is None else nursing_floor
    census = _with_counts(structure).sort_values("year").groupby("region_en").tail(1)
    census = census[["region_en", "year", "pop_60plus"]].rename(columns={"year": "pop_year"})
    df = capacity.rename(columns={"year": "beds_year"}).merge(census, on="region_en", how="left")
    df["beds_per_1000_60plus"] = beds_per_1000(df["elder_care_beds"], df["pop_60plus"])
    df["nursing_share"] = nursing_share(df["nursing_beds"], df["elder_care_beds"])
    if "nursing_bed_share_printed" in df.columns:
        df["nursing_share"] = df["nursing_share"].fillna(df["nursing_bed_share_printed"])
    df["nursing_floor"] = floor
    df["nursing_margin_pp"] = df["nursing_share"] - floor
    df["meets_nursing_floor"] = (df["nursing_margin_pp"] + _EPS >= 0).astype("boolean").mask(
        df["nursing_share"].isna())
    df["benchmark"] = benchmark
    df["beds_needed"] = beds_needed(df["pop_60plus"], benchmark)
    df["bed_gap"] = bed_gap(df["beds_needed"], df["elder_care_beds"])
    return df


def bed_gaps(projection, capacity):
    """Projection rows with the latest bed count (beds_current, beds_year) and bed_gap = needed - current."""
    latest = capacity.dropna(subset=["elder_care_beds"]).sort_values("year").groupby("region_en").tail(1)
    beds = latest[["region_en", "year", "elder_care_beds"]].rename(
        columns={"year": "beds_year", "elder_care_beds": "beds_current"})
    df = projection.merge(beds, on="region_en", how="left")
    df["bed_gap"] = bed_gap(df["beds_needed"], df["beds_current"])
    return df


def comparison(measured, capacity=None):
    """One row per region at its latest census: dependency (both conventions), speed, and, when a
    ``care_capacity`` frame is given, the capacity at its latest bed year."""
    cols = ["region_en", "region_zh", "year", "share_60plus", "share_65plus", "stage",
            "total_dependency_cn", "old_dependency_cn", "total_dependency_intl",
            "old_dependency_intl", "aging_index", "potential_support_ratio", "speed_60plus",
            "speed_65plus", "next_stage", "years_to_next_stage"]
    df = measured.sort_values("year").groupby("region_en").tail(1)[cols]
    if capacity is not None:
        latest = capacity.sort_values("beds_year").groupby("region_en").tail(1)
        df = df.merge(latest[["region_en", "beds_year", "beds_per_1000_60plus", "nursing_share",
                              "bed_gap"]], on="region_en", how="left")
    return df.sort_values("region_en").reset_index(drop=True)


# --- from the extracted figures -----------------------------------------------------------------

def _one_value(rows, where):
    """The single value of duplicate extractions; ValueError if they disagree."""
    values = rows["value_std"].astype(float).unique()
    if len(values) > 1:
        raise ValueError(f"{where}: conflicting values {sorted(values)} "
                         f"(figures {', '.join(rows['figure_id'].astype(str))})")
    return values[0]


def _ids(rows):
    return ";".join(dict.fromkeys(rows["figure_id"].astype(str)))


def _own_figures(figures, indicators):
    """Figures of the given indicators for the document's own region (no sub-region), with a value."""
    f = figures[figures["indicator_id"].isin(indicators) & figures["value_std"].notna()]
    if "subregion_zh" in f.columns:
        f = f[f["subregion_zh"].fillna("").astype(str).str.strip() == ""]
    return f.copy()


def age_structure_from_figures(figures, manifest=None, census_year=2020):
    """Age-structure frame from ``data/processed/figures.csv``: census shares and derived base year.

    The census row takes the printed shares (kind ``actual``, year ``census_year``) and counts;
    population is the sum of the printed counts 0-14, 15-59 and 60+ (persons). For every
    base_year with printed changes (kind ``change_pp``) a derived row is added with
    share = census share - change (pp), rounded to 2 decimals as printed, ``derived`` True.
    ``figure_ids`` lists the figures used. ``level`` comes from the manifest (``admin_level``)
    when given. Rows are not validated here; ``measures`` does that.
    """
    f = _own_figures(figures, set(_INDICATOR_COLUMN))
    f["year"] = pd.to_numeric(f["year"], errors="coerce")
    f["base_year"] = pd.to_numeric(f["base_year"], errors="coerce") if "base_year" in f else np.nan
    levels = {} if manifest is None else dict(zip(manifest["file"], manifest["admin_level"]))
    rows = []
    for (doc, region_en), g in f.groupby(["doc", "region_en"], sort=True):
        common = {"region_zh": g["region_zh"].iloc[0], "region_en": region_en,
                  "level": levels.get(doc, ""), "source": f"{doc} (census figures as quoted)"}
        actual = g[(g["kind"] == "actual") & (g["year"] == census_year)]
        census = {col: _one_value(actual[actual["indicator_id"] == ind], f"{region_en} {ind}")
                  if (actual["indicator_id"] == ind).any() else np.nan
                  for ind, col in _INDICATOR_COLUMN.items()}
        population = census["pop_0_14"] + census["pop_15_59"] + census["pop_60plus"]
        rows.append({**common, "year": census_year, **census, "population": population,
                     "derived": False,
                     "derivation": "population = sum of printed counts 0-14, 15-59, 60+",
                     "figure_ids": _ids(actual)})
        changes = g[(g["kind"] == "change_pp") & (g["year"] == census_year)]
        for base_year, c in changes.groupby("base_year"):
            change = {col: _one_value(c[c["indicator_id"] == ind], f"{region_en} {ind} change")
                      if (c["indicator_id"] == ind).any() else np.nan
                      for ind, col in _INDICATOR_COLUMN.items() if col in SHARES}
            printed = ", ".join(f"{col.removeprefix('share_')} {change[col]:+.2f}" for col in SHARES)
            rows.append({**common, "year": int(base_year), "population": np.nan, "derived": True,
                         **{col: round(census[col] - change[col], 2) for col in SHARES},
                         "derivation": f"{census_year} share minus the printed change since "
                                       f"{int(base_year)} (pp): {printed}",
                         "figure_ids": _ids(pd.concat([actual[actual["indicator_id"].str.startswith(
                             "pop_share")], c]))})
    columns = [*STRUCTURE_COLUMNS, *COUNTS, "figure_ids"]
    return pd.DataFrame(rows, columns=columns).sort_values(["region_en", "year"], ignore_index=True)


def capacity_from_figures(figures):
    """Actual bed counts per (region, year) from the figures.

    Returns region_zh, region_en, year, elder_care_beds, nursing_beds (beds),
    nursing_bed_share_printed (%), figure_ids. Conflicting bed counts raise ``ValueError``; a
    nursing-bed share printed twice with different rounding (prose and table) keeps the first
    in document order, since ``care_capacity`` recomputes the share from the counts.
    """
    keep = {"elder_care_beds": "elder_care_beds", "nursing_beds": "nursing_beds",
            "nursing_bed_share": "nursing_bed_share_printed"}
    f = _own_figures(figures, keep)
    f = f[f["kind"] == "actual"]
    rows = []
    for (region_en, year), g in f.groupby(["region_en", "year"], sort=True):
        row = {"region_zh": g["region_zh"].iloc[0], "region_en": region_en, "year": int(year)}
        for ind, col in keep.items():
            hit = g[g["indicator_id"] == ind]
            if ind == "nursing_bed_share":
                row[col] = float(hit["value_std"].iloc[0]) if len(hit) else np.nan
            else:
                row[col] = _one_value(hit, f"{region_en} {year} {ind}") if len(hit) else np.nan
        row["figure_ids"] = _ids(g)
        rows.append(row)
    return pd.DataFrame(rows, columns=["region_zh", "region_en", "year", *keep.values(), "figure_ids"])
