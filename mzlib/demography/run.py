"""Every step of notebook 03 in one call: census measures, projection, stages, backtest, capacity.

The notebook shows what :func:`project_aging` returns and saves its ``outputs`` with
:func:`mzlib.demography.parameters.save_outputs`. Every region is computed whatever the notebook
shows: the nation, every province with census data and every city or county of the manifest
whose documents print its census groups. The projection and the backtest are kept apart: the
projection uses every input available today (the official life expectancies published after
the census set the mortality path, then the births registered after it the fertility path), the
backtest runs the same method from each census origin with nothing published after it but the
mortality schedule (see ``wpp2024_mortality_china.md``). The central projection is also compared
with what NBS published for 2021-24, deaths included, under its own method label ``projection``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from mzlib.demography import aging, backtest, capacity, population, smallarea
from mzlib.sources import reference

ORIGINS = (2010, 2020)
BACKTEST_LAST = {2010: 2019, 2020: 2025}
PROJECTION_ROUNDING = {"population": 0, "pop_0_14": 0, "pop_15_59": 0, "pop_60plus": 0, "pop_65plus": 0,
                       "pop_80plus": 0, "births": 0, "share_60plus": 4, "share_65plus": 4, "share_80plus": 4}
NEEDED = ("its census population aged 0-14, 15-59, 60+ and 65+ (persons, or shares with the total), "
          "as its census communiqué prints them, in one of its documents")


def load_references():
    """The reference tables the run reads, by name."""
    return {"census": reference.load_census_population(), "single": reference.load_census_single_year(),
            "deaths": reference.load_census_deaths(), "wpp_mx": reference.load_wpp_mortality(),
            "pattern": reference.load_fertility_pattern(), "wpp_pop": reference.load_wpp_population(),
            "scenarios": reference.load_scenarios(), "published": reference.load_published_shares(),
            "benchmarks": reference.load_care_benchmarks(), "structure": reference.load_census_reference(),
            "thresholds": aging.stage_thresholds(), "params": reference.load_aging_params()}


def registered_births(published, after, region="China"):
    """``{year: births}`` NBS published for the years after ``after`` (persons)."""
    rows = published[(published["region_en"] == region) & (published["measure"] == "births")]
    return {int(d.year): float(v) for d, v in zip(rows["date"], rows["value"]) if d.year > after}


def official_life_expectancy(params, after):
    """``{year: e0}``: the official life expectancy at birth of every year after ``after`` that has an
    ``official_e0_<year>`` row in ``aging_params.csv`` (years)."""
    rows = params[params["parameter"].str.fullmatch(r"official_e0_\d{4}")]
    years = rows["parameter"].str.extract(r"(\d{4})$", expand=False).astype(int)
    return {int(y): float(v) for y, v in zip(years, rows["value"]) if y > after}


def _inputs(refs, mortality, year=2020, regions=None):
    single = refs["single"] if year == 2020 else None
    return population.census_inputs(refs["census"], single, refs["deaths"], refs["wpp_mx"], refs["pattern"],
                                    mortality=mortality, year=year, regions=regions)


def current_inputs(refs, mortality, areas, origin=ORIGINS[-1]):
    """The projection's inputs from the census of ``origin`` with every input published after it:
    under the ``e0`` rule the official life expectancy of each later year sets the mortality path
    (first: births depend on the women who survive), then the registered births set the fertility
    path. The ``wpp`` rule (the mortality variant) keeps WPP's own level and trend."""
    inputs = population.with_small_areas(_inputs(refs, mortality, origin), areas)
    if mortality == "e0":
        inputs = population.with_life_expectancy(inputs, official_life_expectancy(refs["params"], origin))
    return population.with_births(inputs, registered_births(refs["published"], origin))


def projection_check(published, projection, origin=ORIGINS[-1]):
    """The central projection of the nation against NBS's year-ends and deaths after ``origin``:
    ``backtest_table`` rows of method ``projection`` (not a backtest; see ``backtest``)."""
    return backtest.backtest_table(backtest.published_year_ends(published, population.NATIONAL),
                                   backtest.projection_points(projection, origin))


def mortality_variant(inputs_other, scenarios, last_year):
    """The central scenario under the other mortality rule, as scenario ``mortality_<rule>``."""
    central = scenarios.iloc[:1]
    out = population.project(inputs_other, central, last_year)
    return out.assign(scenario=f"mortality_{inputs_other.notes['mortality']}")


def backtest_inputs(refs, mortality, origin):
    """The method's inputs at a census origin (the nation only before the last census): the census,
    the official life expectancy of its year and WPP's schedule; no path from later years."""
    return _inputs(refs, mortality, origin, None if origin == ORIGINS[-1] else [population.NATIONAL])


def run_backtest(refs, mortality):
    """The method from each census origin against NBS's published year-ends, and the comparisons."""
    published = backtest.published_year_ends(refs["published"])
    central = refs["scenarios"].iloc[:1]
    points = []
    for origin in ORIGINS:
        inputs = backtest_inputs(refs, mortality, origin)
        points.append(backtest.cohort_points(population.project(inputs, central, BACKTEST_LAST[origin]), origin))
    later = list(range(ORIGINS[-1] + 1, BACKTEST_LAST[ORIGINS[-1]] + 1))
    points.append(backtest.logit_points(refs["structure"], later))
    points.append(backtest.wpp_points(refs["wpp_pop"], later, ORIGINS[-1]))
    table = backtest.backtest_table(published, *points)
    return table, backtest.mean_absolute_error(table)


def latest_total(published, region="China"):
    """The latest year-end total NBS published: year, published (persons), one row."""
    totals = backtest.published_year_ends(published, region)
    totals = totals[totals["measure"] == "population"]
    return totals[totals["year"] == totals["year"].max()]


def coverage(documents, projected):
    """Every region of the manifest: whether aging is projected for it, and if not which data would be."""
    rows = []
    for r in documents.drop_duplicates("region_en").itertuples():
        done = r.region_en in projected
        rows.append({"region_en": r.region_en, "region_zh": r.region_zh, "admin_level": r.admin_level,
                     "province_en": r.province_en, "projected": done,
                     "basis": projected.get(r.region_en, ""), "data_needed": "" if done else NEEDED})
    return pd.DataFrame(rows)


def shown_regions(documents, inputs, region=None):
    """Regions the tables show: ``region`` (with the nation), else the nation, the manifest's
    projected regions and their provinces."""
    if region is not None:
        return list(dict.fromkeys([population.NATIONAL, region]))
    wanted = [population.NATIONAL]
    for r in documents.itertuples():
        wanted += [r.province_en, r.region_en]
    return [r for r in dict.fromkeys(wanted) if r in inputs.regions]


def project_aging(figures, checks, documents, refs, params):
    """Census measures, projection, stages, backtest and capacity for every region.

    Parameters
    ----------
    figures, checks : DataFrame
        ``data/processed/figures.csv`` and ``checks.csv``.
    documents : DataFrame
        The manifest.
    refs : dict
        :func:`load_references`.
    params : dict
        Validated parameters (:func:`mzlib.demography.parameters.validate`).

    Returns
    -------
    dict
        ``structure``, ``measured``, ``inputs``, ``at_census``, ``projection`` (every scenario and
        the mortality variant), ``band``, ``stages``, ``backtest``, ``errors``, ``beds``,
        ``capacity``, ``compared``, ``demand``, ``coverage``, ``shown`` (region list) and
        ``outputs`` (the tables as saved, rounded, by file name).
    """
    thresholds, scenarios = refs["thresholds"], refs["scenarios"]
    structure = aging.combined_structure(aging.age_structure_from_figures(figures, documents), refs["structure"],
                                         aging.age_structure_from_census(refs["census"]))
    measured = aging.measures(structure, thresholds)
    areas = smallarea.areas_from_structure(structure, documents)
    other = "wpp" if params["MORTALITY"] == "e0" else "e0"
    inputs = current_inputs(refs, params["MORTALITY"], areas)
    variant = current_inputs(refs, other, areas)
    projection = pd.concat([population.project(inputs, scenarios, params["LAST_YEAR"]),
                            mortality_variant(variant, scenarios, params["LAST_YEAR"])], ignore_index=True)
    at_census = population.census_frame(inputs)
    stages = population.stage_year_band(projection, thresholds,
                                        dict(zip(at_census["region_en"], at_census["share_65plus"])))
    table, errors = run_backtest(refs, params["MORTALITY"])
    held = projection_check(refs["published"], projection)
    table = pd.concat([table, held], ignore_index=True)
    errors = pd.concat([errors, backtest.mean_absolute_error(held)], ignore_index=True)
    beds = capacity.with_check_notes(capacity.beds_from_figures(figures), checks)
    older = capacity.older_population_at(projection, at_census, zip(beds["region_en"], beds["year"]))
    measures_capacity = capacity.capacity_measures(beds, older)
    compared = capacity.compare_with_benchmarks(measures_capacity, refs["benchmarks"],
                                                dict(zip(documents["region_en"], documents["province_en"])))
    demand = capacity.demand_growth(measures_capacity, projection, params["CAPACITY_YEARS"])
    projected = dict(zip(inputs.regions, inputs.basis))
    rounded = projection.round(PROJECTION_ROUNDING)
    outputs = {"aging": measured.round(4),
               "aging_projection": rounded.assign(stage=aging.aging_stage(rounded["share_65plus"], thresholds)),
               "aging_stages": stages, "aging_backtest": table.round(4),
               "aging_capacity": compared.drop(columns=["usable"], errors="ignore").round(4)}
    return {"structure": structure, "measured": measured, "inputs": inputs, "at_census": at_census,
            "projection": projection, "band": population.band(projection), "stages": stages,
            "backtest": table, "errors": errors, "beds": beds, "capacity": measures_capacity,
            "compared": compared, "demand": demand, "coverage": coverage(documents, projected),
            "shown": shown_regions(documents, inputs, params["REGION"]), "outputs": outputs,
            "mortality_variant": f"mortality_{other}", "published": latest_total(refs["published"])}


def projected_regions(refs, documents, figures):
    """region_en, region_zh of every region the run projects (for validating ``REGION``)."""
    structure = aging.age_structure_from_figures(figures, documents)
    areas = smallarea.areas_from_structure(structure, documents)
    provinces = refs["census"][refs["census"]["census_year"] == 2020].drop_duplicates("region_en")
    return pd.concat([provinces[["region_en", "region_zh"]], areas[["region_en", "region_zh"]]], ignore_index=True)


def _error_cell(row):
    """A backtest row's error as the reading prints it: pp for a share, % for a count."""
    if row.measure in backtest.MEASURES:
        return f"{row.measure.replace('share_', '').replace('plus', '+')} {row.error:+.2f} pp"
    return f"{row.measure} {row.error_pct:+.2f}%"


def mortality_lines(inputs, variant):
    """The reading's mortality: the census level, the official path after it, and the variant."""
    notes = inputs.notes
    line = (f"- **Mortality** ({notes['mortality']}): WPP 2024 x {notes['mortality_level']:.3f}, life "
            f"expectancy at birth {notes['e0']:.2f} years at the census")
    path = notes.get("life_expectancy", {})
    if path:
        factors = dict(zip(inputs.mx_years, inputs.mx_factors))
        line += ("; then the official figure of each year published after it (" + ", ".join(
            f"{path[y]:.2f} in {y}, x {factors[y]:.3f}" for y in sorted(path))
                 + f"), the factor of {max(path)} held after on WPP's trend")
    other = ("keeps WPP's own level and trend throughout" if notes["mortality"] == "e0"
             else "follows the official life expectancies")
    return [line + f". The mortality variant ({variant}) {other}."]


def projection_lines(table):
    """The reading's check of the central projection's deaths against NBS's, year by year."""
    rows = table[table["method"] == backtest.PROJECTION]
    if not len(rows):
        return []
    cells = [f"{r.year} {r.projected / 1e6:.2f} M against {r.published / 1e6:.2f} M ({r.error_pct:+.1f}%)"
             for r in rows[rows["measure"] == backtest.DEATHS].itertuples()]
    return ["- **Deaths in the central projection** against NBS's (not a backtest: the projection uses the "
            f"births and life expectancies published for these years): " + "; ".join(cells) + "."]


def reading(results, params):
    """The reading's figures as sentences, generated from the results (markdown bullets)."""
    lines = []
    errors = results["errors"]
    errors = errors[errors["method"] != backtest.PROJECTION]
    for origin, g in errors[errors["region_en"] == population.NATIONAL].groupby("origin", sort=False):
        cohort = g[g["method"] == "cohort"].set_index("measure")
        parts = [f"{m.replace('share_', '').replace('plus', '+')} {cohort.at[m, 'mae']:.2f} pp"
                 for m in backtest.MEASURES if m in cohort.index]
        parts += [f"{m} {cohort.at[m, 'mae_pct']:.1f}% (bias {cohort.at[m, 'bias'] / 1e6:+.2f} M)"
                  for m in backtest.COUNTS if m in cohort.index]
        years = f"{int(g['first_year'].min())}-{int(g['last_year'].max())}"
        lines.append(f"- **Backtest from the {origin} census** ({years}), mean absolute error of the method: "
                     + "; ".join(parts) + ".")
        for method in [m for m in g["method"].unique() if m != "cohort"]:
            other = g[g["method"] == method].set_index("measure")
            lines.append(f"  - {method}: " + "; ".join(
                f"{m.replace('share_', '').replace('plus', '+')} {other.at[m, 'mae']:.2f} pp"
                for m in backtest.MEASURES if m in other.index) + ".")
    provinces = results["backtest"][(results["backtest"]["region_en"] != population.NATIONAL)
                                    & (results["backtest"]["method"] == "cohort")]
    if len(provinces):
        lines.append("- **Provinces against their own communiqués** (from the 2020 census): " + "; ".join(
            f"{r.region_en} {r.year} {_error_cell(r)}" for r in provinces.itertuples()) + ".")
    lines += mortality_lines(results["inputs"], results["mortality_variant"])
    lines += projection_lines(results["backtest"])
    factors = results["inputs"].tfr_factors
    if len(factors):
        years = results["inputs"].tfr_years
        nation = results["inputs"].tfr[results["inputs"].index(population.NATIONAL)]
        lines.append(f"- **Fertility** follows the births registered {years[0]}-{years[-1]}: the nation's total "
                     f"fertility goes from {nation:.2f} (census-implied) to {nation * factors[-1]:.2f} in "
                     f"{years[-1]}, held after.")
    central = results["projection"][results["projection"]["scenario"] == "central"].set_index(["region_en", "year"])
    totals = results["published"]
    for year, value in zip(totals["year"], totals["published"]):
        projected = central.at[(population.NATIONAL, year), "population"]
        lines.append(f"- **China, end of {year}**: projection {projected / 1e6:,.2f} M against "
                     f"{value / 1e6:,.2f} M published ({100 * (projected / value - 1):+.2f}%).")
    stages = results["stages"].set_index(["region_en", "stage"])
    census = results["at_census"].set_index("region_en")
    for region in results["shown"]:
        cells = []
        for stage in ("aged", "super-aged"):
            year = stages.at[(region, stage), "year_central"] if (region, stage) in stages.index else np.nan
            cells.append(f"{stage} {year:.0f}" if pd.notna(year) else f"{stage} after {params['LAST_YEAR']}")
        last = max(y for y in params["SHOW_YEARS"])
        lines.append(f"- **{region}**: 65+ {census.at[region, 'share_65plus']:.2f}% at the census, "
                     f"{central.at[(region, last), 'share_65plus']:.2f}% at the end of {last} (central); "
                     + ", ".join(cells) + ".")
    for r in results["capacity"].dropna(subset=["beds_per_1000_60plus"]).itertuples():
        lines.append(f"- {r.region_en} {r.year}: {r.beds:,.0f} {r.bed_kind} beds, {r.beds_per_1000_60plus:.1f} per "
                     f"1,000 aged 60+ ({r.pop_year_basis}).")
    demand = results["demand"]
    last = max(params["CAPACITY_YEARS"])
    for r in demand[(demand["scenario"] == "central") & (demand["target_year"] == last)].itertuples():
        spread = demand[(demand["region_en"] == r.region_en) & (demand["bed_kind"] == r.bed_kind)
                        & (demand["target_year"] == last)]["beds_hold_80plus"]
        lines.append(f"- {r.region_en} {last}: 60+ {r.growth_60plus_pct:+.0f}%, 80+ {r.growth_80plus_pct:+.0f}% since "
                     f"{r.year}; {r.beds_hold_80plus:,.0f} {r.bed_kind} beds keep today's beds per person aged 80+ "
                     f"(scenarios and mortality variant: {spread.min():,.0f} to {spread.max():,.0f}).")
    missing = results["coverage"][~results["coverage"]["projected"]]
    if len(missing):
        lines.append(f"- Not projected ({len(missing)}): " + ", ".join(missing["region_en"])
                     + f"; each would need {NEEDED}.")
    return "\n".join(lines)
