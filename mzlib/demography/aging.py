"""Population ageing at the censuses: age structure, dependency, ageing stage and speed.

Units throughout: shares are percent of the total population (0-100); dependency ratios are
dependants per 100 people of working age; the ageing index is people aged 65+ per 100 aged 0-14;
the potential support ratio is people of working age per older person; speeds are percentage
points (pp) per decade; logit slopes are per year; populations are counts.

The future is projected elsewhere: by cohorts in :mod:`mzlib.demography.population` (the one
answer to "when does a region become aged"), with care capacity in
:mod:`mzlib.demography.capacity`. The logit-linear extrapolation kept here (``logit_slope``,
``project_share``) serves only as the comparison method of the backtest.

Two conventions are used side by side. The Chinese census bulletins use 15-59 as the working age
and 60+ as old age; the international (UN) convention uses 15-64 and 65+. The census prints no
15-64 share, so it is taken as ``100 - share_0_14 - share_65plus``.

An *age-structure frame* has one row per (region, census year) and the columns of
``data/reference/census_age_structure.csv`` (``STRUCTURE_COLUMNS``); it may also carry the counts
``pop_0_14``, ``pop_15_59``, ``pop_60plus``, ``pop_65plus`` (persons) and ``figure_ids``.
Stage thresholds come from ``data/reference/aging_params.csv``.
"""

import numpy as np
import pandas as pd

from mzlib.sources.reference import SHARES, stage_thresholds, validate_structure
from mzlib.demography.printed_twice import agreed_value
from mzlib.core.scales import inverse_logit_of_range, logit_of_range

COUNTS = ["pop_0_14", "pop_15_59", "pop_60plus", "pop_65plus"]
STRUCTURE_COLUMNS = ["region_zh", "region_en", "level", "year", *SHARES, "population",
                     "derived", "derivation", "source"]
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


# --- frames -----------------------------------------------------------------------------------

def _with_counts(structure):
    """Add pop_60plus / pop_65plus from shares x population where counts are not given."""
    df = structure.copy()
    for count, share in [("pop_60plus", "share_60plus"), ("pop_65plus", "share_65plus")]:
        given = df[count] if count in df.columns else pd.Series(np.nan, index=df.index)
        total = df["population"].astype(float) if "population" in df.columns else np.nan
        df[count] = given.astype(float).fillna(df[share] / 100 * total)
    return df


def measures(structure, thresholds=None):
    """Every ageing measure, one row per (region, census year).

    Adds to the structure: share_15_64 (%); child/old/total dependency under the Chinese
    convention (``*_cn``: 0-14 and 60+ per 100 aged 15-59) and the international one
    (``*_intl``: 0-14 and 65+ per 100 aged 15-64); aging_index (65+ per 100 aged 0-14);
    potential_support_ratio (15-64 per 65+) and potential_support_ratio_cn (15-59 per 60+);
    stage; speed_60plus / speed_65plus (pp per decade since the region's previous census, nan
    on its first); next_stage (the stage above); pop_60plus and pop_65plus (persons; counts if
    given, else share x population). When a region reaches the next stage is the cohort
    projection's answer (``population.stage_years``), not a linear speed's.
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
    return df.reset_index(drop=True)


def comparison(measured):
    """One row per region at its latest census: structure, dependency (both conventions), speed."""
    cols = ["region_en", "region_zh", "year", "share_60plus", "share_65plus", "stage",
            "total_dependency_cn", "old_dependency_cn", "total_dependency_intl",
            "old_dependency_intl", "aging_index", "potential_support_ratio", "speed_60plus",
            "speed_65plus", "next_stage"]
    df = measured.sort_values("year").groupby("region_en").tail(1)[cols]
    return df.sort_values("region_en").reset_index(drop=True)


# --- from the extracted figures -----------------------------------------------------------------

def _one_value(rows, where):
    """The single value of duplicate extractions (:func:`printed_twice.agreed_value`)."""
    return agreed_value(rows["value_std"].astype(float), rows["figure_id"].astype(str), where)


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


# --- from the census tables -----------------------------------------------------------------------

def age_structure_from_census(census, years=(2010, 2020)):
    """Age-structure frame of every region and census in ``census_population_by_age.csv``.

    Shares (%) of the four broad groups from the census counts (both sexes), population the
    census total; ``derived`` False; source the table the counts come from.
    """
    rows = []
    table = census[(census["sex"] == "total") & census["census_year"].isin(years)]
    for (year, region_en), g in table.groupby(["census_year", "region_en"], sort=True):
        counts = g.set_index("age_group")["population"].astype(float)
        total = counts.pop("total")
        lower = {label: int(label.split("-")[0].rstrip("+")) for label in counts.index}

        def between(lo, hi=None, counts=counts, lower=lower):
            return counts[[k for k, a in lower.items() if a >= lo and (hi is None or a <= hi)]].sum()

        groups = {"pop_0_14": between(0, 14), "pop_15_59": between(15, 59), "pop_60plus": between(60),
                  "pop_65plus": between(65)}
        rows.append({"region_zh": g["region_zh"].iloc[0], "region_en": region_en,
                     "level": "country" if region_en == "China" else "province", "year": int(year),
                     **{c.replace("pop_", "share_"): 100 * v / total for c, v in groups.items()},
                     "population": total, "derived": False, "derivation": "shares of the census counts by age",
                     "source": g["source"].iloc[0].split(";")[0], **groups, "figure_ids": ""})
    return pd.DataFrame(rows, columns=[*STRUCTURE_COLUMNS, *COUNTS, "figure_ids"])


def combined_structure(*frames):
    """Age-structure frames stacked, the first frame naming a (region, year) winning."""
    stacked = pd.concat([f for f in frames if len(f)], ignore_index=True)
    return stacked.drop_duplicates(["region_en", "year"], keep="first").sort_values(
        ["region_en", "year"], ignore_index=True)
