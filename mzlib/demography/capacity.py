"""Elder-care capacity that compares like with like.

Beds come in kinds that plans count and target apart: institutional beds (养老机构床位),
community beds (社区养老服务设施床位), family beds (家庭养老床位), and counts of all kinds
together (养老床位, 总床位). A ratio or a benchmark is compared only with a count of the same kind:
a benchmark that counts institutional and community beds together says nothing about an
institutional count alone, and the nursing-bed floor is a share of institutional beds.

Units: beds and persons are counts; ratios are beds per 1,000 persons of the age group; shares
are percent.
"""

import numpy as np
import pandas as pd

from mzlib.demography.printed_twice import agreed_value

BED_KINDS = ("all", "institutional", "community", "family")
KIND_OF_INDICATOR = {"institutional_elder_care_beds": "institutional",
                     "community_elder_care_beds": "community",
                     "family_elder_care_beds": "family"}
BED_INDICATORS = ("elder_care_beds", *KIND_OF_INDICATOR)
_EPS = 1e-9


def bed_kind(indicator_id, printed=""):
    """Kind of a bed count: from its indicator id, else (``elder_care_beds``) from the name printed.

    家庭 -> family; 社区 -> community; 机构 without 设施 -> institutional; anything else
    (养老床位, 总床位, 养老机构和设施床位) -> all.
    """
    if indicator_id in KIND_OF_INDICATOR:
        return KIND_OF_INDICATOR[indicator_id]
    name = "" if pd.isna(printed) else str(printed)
    if "家庭" in name:
        return "family"
    if "社区" in name:
        return "community"
    if "机构" in name and "设施" not in name:
        return "institutional"
    return "all"


def _actual(figures, indicators):
    f = figures[figures["indicator_id"].isin(indicators) & (figures["kind"] == "actual")
                & figures["value_std"].notna()]
    if "subregion_zh" in f.columns:
        f = f[f["subregion_zh"].fillna("").astype(str).str.strip() == ""]
    return f.assign(year=f["year"].astype(int))


def beds_from_figures(figures):
    """One row per region, year and bed kind the documents print.

    Columns region_zh, region_en, year, bed_kind, beds, name_printed, figure_ids, and for
    institutional counts nursing_beds and nursing_share (%, from the counts, else as printed).
    A nursing-bed share printed without an institutional count gets an institutional row of its
    own with the count unknown (the share is of institutional beds, whatever else is counted).
    Counts of one kind in one year printed twice agree through :func:`printed_twice.agreed_value`.
    """
    name = "indicator_zh" if "indicator_zh" in figures.columns else "indicator_id"
    beds = _actual(figures, BED_INDICATORS)
    beds = beds.assign(bed_kind=[bed_kind(i, n) for i, n in zip(beds["indicator_id"], beds[name])])
    rows = []
    for (region, year, kind), g in beds.groupby(["region_en", "year", "bed_kind"], sort=True):
        value = agreed_value(g["value_std"].astype(float), g["figure_id"], f"{region} {year} {kind} beds")
        rows.append({"region_zh": g["region_zh"].iloc[0], "region_en": region, "year": year,
                     "bed_kind": kind, "beds": value, "name_printed": g[name].iloc[0],
                     "figure_ids": ";".join(g["figure_id"])})
    out = pd.DataFrame(rows, columns=["region_zh", "region_en", "year", "bed_kind", "beds",
                                      "name_printed", "figure_ids"])
    nursing = _actual(figures, ["nursing_beds"]).groupby(["region_en", "year"])["value_std"].first()
    shares = _actual(figures, ["nursing_bed_share"])
    printed = shares.groupby(["region_en", "year"]).agg(
        share=("value_std", "first"), ids=("figure_id", ";".join), name=(name, "first"),
        region_zh=("region_zh", "first"))
    have = set(zip(out.loc[out["bed_kind"] == "institutional", "region_en"],
                   out.loc[out["bed_kind"] == "institutional", "year"]))
    extra = [{"region_zh": r.region_zh, "region_en": key[0], "year": key[1],
              "bed_kind": "institutional", "beds": np.nan, "name_printed": r.name,
              "figure_ids": r.ids} for key, r in zip(printed.index, printed.itertuples())
             if key not in have]
    out = pd.concat([out, pd.DataFrame(extra, columns=out.columns)], ignore_index=True)
    keys = pd.MultiIndex.from_frame(out[["region_en", "year"]])
    institutional = out["bed_kind"].eq("institutional").to_numpy()
    out["nursing_beds"] = np.where(institutional, nursing.reindex(keys).to_numpy(), np.nan)
    out["nursing_share"] = (100 * out["nursing_beds"] / out["beds"]).fillna(
        pd.Series(printed["share"].reindex(keys).to_numpy(), index=out.index).where(institutional))
    return out.sort_values(["region_en", "year", "bed_kind"], ignore_index=True)


def with_check_notes(beds, checks):
    """Beds with the quality checks that failed on their figures.

    Adds check_note (the failed checks' messages, "; "-joined) and usable (False when a check of
    severity error failed: the count is shown but no ratio is computed from it).
    """
    failed = checks[checks["result"].eq("fail")]
    failed = failed.assign(figure_id=failed["figure_ids"].fillna("").str.split(";")).explode("figure_id")
    notes, usable = [], []
    for ids in beds["figure_ids"].fillna("").str.split(";"):
        hit = failed[failed["figure_id"].isin(ids)].drop_duplicates("check_id")
        notes.append("; ".join(f"{r.severity}: {r.message}" for r in hit.itertuples()))
        usable.append(not hit["severity"].eq("error").any())
    return beds.assign(check_note=notes, usable=usable)


def older_population_at(projection, census, regions_years, scenario="central"):
    """Persons aged 60+ and 80+ for each (region_en, year) asked: the census count for the census
    year, else the projection's year-end. Returns region_en, year, pop_year_basis, pop_60plus,
    pop_80plus (nan where the region is not projected)."""
    rows = []
    regions_years = list(dict.fromkeys((region, int(year)) for region, year in regions_years))
    central = projection[projection["scenario"] == scenario].set_index(["region_en", "year"])
    at_census = census.set_index("region_en")
    for region, year in regions_years:
        if year == 2020 and region in at_census.index:
            row, basis = at_census.loc[region], "census 2020-11-01"
        elif (region, year) in central.index:
            row, basis = central.loc[(region, year)], f"projected, end of {year} ({scenario})"
        else:
            rows.append({"region_en": region, "year": year, "pop_year_basis": "no age structure",
                         "pop_60plus": np.nan, "pop_80plus": np.nan})
            continue
        rows.append({"region_en": region, "year": year, "pop_year_basis": basis,
                     "pop_60plus": row["pop_60plus"], "pop_80plus": row["pop_80plus"]})
    return pd.DataFrame(rows, columns=["region_en", "year", "pop_year_basis", "pop_60plus", "pop_80plus"])


def per_1000(beds, persons):
    """Beds per 1,000 persons = 1000 * beds / persons."""
    return 1000 * beds / persons


def capacity_measures(beds, older):
    """Beds with their older population and ratios: adds pop_year_basis, pop_60plus, pop_80plus,
    beds_per_1000_60plus and beds_per_1000_80plus (nan where the population is unknown, or the
    count is not ``usable`` after ``with_check_notes``)."""
    df = beds.merge(older, on=["region_en", "year"], how="left")
    df["beds_per_1000_60plus"] = per_1000(df["beds"], df["pop_60plus"])
    df["beds_per_1000_80plus"] = per_1000(df["beds"], df["pop_80plus"])
    if "usable" in df.columns:
        df.loc[~df["usable"].astype(bool), ["beds_per_1000_60plus", "beds_per_1000_80plus"]] = np.nan
    return df


def applicable_benchmarks(benchmarks, region, province=None):
    """Benchmarks that bind a region: its own, its province's, and the national ones (China)."""
    return benchmarks[benchmarks["region_en"].isin({region, province, "China"} - {None})]


def _meets(value, comparator, target):
    if pd.isna(value):
        return pd.NA
    return bool(value + _EPS >= target) if comparator == ">=" else bool(value - _EPS <= target)


def _reading(row, benchmark):
    """What one comparison can and cannot show, in words."""
    if benchmark["measure"] == "nursing_share":
        return ("whether the type of institutional beds meets the floor",
                "whether there are enough beds: a share says nothing about their number")
    return ("the level of all-kinds beds against an older population, if the count and the "
            "benchmark count the same kinds",
            "demand: a ratio per person aged 60+ ignores that care need rises with the 80+; "
            f"the benchmark is {benchmark['status']} and for {benchmark['target_year']}")


def compare_with_benchmarks(measures, benchmarks, provinces):
    """One row per bed count and benchmark of the same kind and measure that binds its region.

    ``provinces`` maps region_en to its province_en. Returns the measure's columns with
    benchmark_id, measure, value (the region's), comparator, benchmark, target_year, status,
    meets (NA when the value is unknown), can_show, cannot_show. A count with no benchmark of
    its kind gets one row with an empty benchmark_id saying so.
    """
    rows = []
    for m in measures.itertuples(index=False):
        row = m._asdict()
        mine = applicable_benchmarks(benchmarks, m.region_en, provinces.get(m.region_en))
        kind = mine[((mine["measure"] == "nursing_share") & (m.bed_kind == "institutional"))
                    | ((mine["measure"] == "beds_per_1000_60plus") & (mine["bed_kind"] == m.bed_kind))]
        for b in kind.to_dict("records"):
            value = m.nursing_share if b["measure"] == "nursing_share" else m.beds_per_1000_60plus
            can, cannot = _reading(row, b)
            rows.append({**row, "benchmark_id": b["benchmark_id"], "measure": b["measure"],
                         "value": value, "comparator": b["comparator"], "benchmark": b["value"],
                         "target_year": b["target_year"], "status": b["status"],
                         "meets": _meets(value, b["comparator"], b["value"]),
                         "can_show": can, "cannot_show": cannot})
        if kind.empty:
            rows.append({**row, "benchmark_id": "", "measure": "beds_per_1000_60plus",
                         "value": m.beds_per_1000_60plus, "comparator": "", "benchmark": np.nan,
                         "target_year": pd.NA, "status": "", "meets": pd.NA,
                         "can_show": "the count and, where the population is known, its ratio",
                         "cannot_show": f"adequacy: no benchmark found here counts {m.bed_kind} "
                                        "beds alone"})
    return pd.DataFrame(rows)


DEMAND_COLUMNS = ["region_en", "bed_kind", "beds", "year", "target_year", "scenario", "pop_60plus", "pop_80plus",
                  "beds_hold_60plus", "beds_hold_80plus", "growth_60plus_pct", "growth_80plus_pct"]


def demand_growth(measures, projection, years, scenarios=None):
    """Beds that keep today's coverage as the older population grows, per scenario.

    For each usable bed count with a known population: beds_hold_60plus = beds x pop 60+ (year) /
    pop 60+ (bed year), and beds_hold_80plus likewise with the 80+, who need care most.
    Returns region_en, bed_kind, beds, year (bed count), target_year, scenario, pop_60plus,
    pop_80plus (target year), beds_hold_60plus, beds_hold_80plus, growth_60plus_pct,
    growth_80plus_pct.
    """
    known = measures.dropna(subset=["beds_per_1000_60plus", "pop_80plus"])
    p = projection if scenarios is None else projection[projection["scenario"].isin(scenarios)]
    rows = []
    for m in known.itertuples(index=False):
        future = p[(p["region_en"] == m.region_en) & p["year"].isin(years)]
        for f in future.itertuples(index=False):
            g60, g80 = f.pop_60plus / m.pop_60plus, f.pop_80plus / m.pop_80plus
            rows.append({"region_en": m.region_en, "bed_kind": m.bed_kind, "beds": m.beds,
                         "year": m.year, "target_year": f.year, "scenario": f.scenario,
                         "pop_60plus": f.pop_60plus, "pop_80plus": f.pop_80plus,
                         "beds_hold_60plus": m.beds * g60, "beds_hold_80plus": m.beds * g80,
                         "growth_60plus_pct": 100 * (g60 - 1), "growth_80plus_pct": 100 * (g80 - 1)})
    return pd.DataFrame(rows, columns=DEMAND_COLUMNS)
