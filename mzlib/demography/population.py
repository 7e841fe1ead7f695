"""Every region under every scenario: the cohort projection from the 2020 census, summarised.

``census_inputs`` builds the nation's and every province's inputs from the reference tables,
``with_small_areas`` adds the cities and counties (``smallarea``), ``project`` runs all of them
under every scenario of ``aging_scenarios.csv`` in one vectorised pass, and returns one row per
region, scenario and year-end with the broad age groups (persons) and their shares (%).

Years are calendar year-ends (31 December), as the NBS annual communiqués report them; the first
step runs from the census (2020-11-01) to the end of 2020. China carries the active servicemen
the census counts apart from the provinces (about 2 million) as a constant block of working age
that never ages, so that its shares are those of the communiqués.
"""

from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from mzlib.demography import cohort, smallarea
from mzlib.demography.cohort_inputs import (AGES, MortalitySchedule, base_population, fertility_weights,
                                          implied_tfr, level_factor, migration_factors, mortality_ratio,
                                          sex_ratio_at_birth)
from mzlib.sources.reference import param_value

NATIONAL = "China"
GROUPS = {"pop_0_14": (0, 14), "pop_15_59": (15, 59), "pop_60plus": (60, None),
          "pop_65plus": (65, None), "pop_80plus": (80, None)}
SHARE_OF = {"share_60plus": "pop_60plus", "share_65plus": "pop_65plus", "share_80plus": "pop_80plus"}


@dataclass
class Inputs:
    """Everything the projection needs, one entry per region (arrays lead with the region axis).

    ``base`` persons (n, 2, A) at ``start`` (decimal year); ``tfr`` births per woman and ``srb``
    boys per girl (n,); ``migration`` annual factors (n, 2, A); ``mx_scale`` mortality level
    (n, 2, 1) on ``schedule``; ``fixed`` persons aged 15-59 and 60+ outside the cohorts (n, 2);
    ``weights`` the fertility age pattern (A,); ``regions``, ``names`` (region_zh), ``levels`` and
    ``basis`` (how the base population was obtained) are lists in region order.
    """

    regions: list
    names: list
    levels: list
    basis: list
    base: np.ndarray
    tfr: np.ndarray
    srb: np.ndarray
    migration: np.ndarray
    mx_scale: np.ndarray
    fixed: np.ndarray
    weights: np.ndarray
    schedule: MortalitySchedule
    start: float
    notes: dict = field(default_factory=dict)

    def index(self, region):
        return self.regions.index(region)


def census_inputs(census, single, deaths, wpp, pattern, params=None, mortality_level="nbs"):
    """Inputs for China and every province from the reference tables.

    ``mortality_level`` "nbs" scales the WPP schedule to NBS's last pre-census crude death rate
    (``nbs_crude_death_rate_2019`` in aging_params.csv), "wpp" keeps WPP's own level.
    """
    names = (census[census["census_year"] == 2020].drop_duplicates("region_en")
             .set_index("region_en")["region_zh"])
    regions = [NATIONAL, *sorted(r for r in names.index if r != NATIONAL)]
    start = param_value("census_2020_time", params)
    schedule = MortalitySchedule(wpp)
    base = base_population(census, single, regions)
    weights = fertility_weights(pattern)
    level = 1.0
    if mortality_level == "nbs":
        level = level_factor(base[0], schedule(2019.5), param_value("nbs_crude_death_rate_2019", params))
    elif mortality_level != "wpp":
        raise ValueError(f"mortality_level must be 'nbs' or 'wpp', got {mortality_level!r}")
    mx_scale = level * mortality_ratio(census, deaths, regions)
    fixed = np.zeros((len(regions), 2))
    fixed[0] = [param_value("census_servicemen_15_59", params), param_value("census_servicemen_60plus", params)]
    return Inputs(regions=regions, names=[names[r] for r in regions],
                  levels=["country"] + ["province"] * (len(regions) - 1),
                  basis=["census 2020, Table 1-5"] * len(regions), base=base,
                  tfr=implied_tfr(base, weights, schedule(start - 0.5)[:, 0] * mx_scale[:, :, 0]),
                  srb=sex_ratio_at_birth(base), migration=migration_factors(census, regions),
                  mx_scale=mx_scale, fixed=fixed, weights=weights, schedule=schedule, start=start,
                  notes={"mortality_level": level})


def with_small_areas(inputs, areas):
    """``inputs`` with the cities and counties of ``areas`` (``smallarea.areas_from_structure``) added."""
    extra = {k: [] for k in ("base", "tfr", "srb", "migration", "mx_scale")}
    regions, names, levels, basis = list(inputs.regions), list(inputs.names), list(inputs.levels), list(inputs.basis)
    for area in areas.itertuples():
        p = inputs.index(area.province_en)
        counts = smallarea.broad_counts(area._asdict())
        extra["base"].append(smallarea.area_population(counts, inputs.base[p]))
        extra["tfr"].append(inputs.tfr[p] * smallarea.fertility_factor(counts, inputs.base[p]))
        for key in ("srb", "migration", "mx_scale"):
            extra[key].append(getattr(inputs, key)[p])
        regions.append(area.region_en)
        names.append(area.region_zh)
        levels.append(area.level)
        basis.append(f"small area: printed broad groups, ages within a group as in {area.province_en}")
    if not regions[len(inputs.regions):]:
        return inputs
    stacked = {k: np.concatenate([getattr(inputs, k), np.stack(v)]) for k, v in extra.items()}
    fixed = np.concatenate([inputs.fixed, np.zeros((len(areas), 2))])
    return replace(inputs, regions=regions, names=names, levels=levels, basis=basis, fixed=fixed, **stacked)


def run(inputs, scenarios, last_year):
    """Persons by scenario, year-end, region, sex and age: (S, Y, n, 2, A), with the year-ends.

    Scenario s uses fertility ``max(tfr + tfr_offset, 0)`` and migration factors raised to
    ``migration_factor`` (0 closes the region).
    """
    first = int(np.floor(inputs.start))
    ends = np.arange(first + 1, last_year + 2, dtype=float)
    tfr = np.maximum(inputs.tfr[None, :] + scenarios["tfr_offset"].to_numpy()[:, None], 0)
    asfr = tfr[..., None] * inputs.weights
    migration = inputs.migration[None] ** scenarios["migration_factor"].to_numpy()[:, None, None, None]
    base = np.broadcast_to(inputs.base, (len(scenarios),) + inputs.base.shape)
    states, _ = cohort.project(base, inputs.start, ends, inputs.schedule, asfr, inputs.srb,
                               migration, inputs.mx_scale)
    return np.moveaxis(states, 0, 1), (ends - 1).astype(int)


def summarise(states, years, inputs, scenarios):
    """One row per region, scenario and year-end: total population, broad groups and shares.

    Columns region_en, region_zh, level, basis, scenario, year, population, pop_0_14, pop_15_59,
    pop_60plus, pop_65plus, pop_80plus (persons, the constant servicemen included in China's
    total, 15-59 and 60+), share_60plus, share_65plus, share_80plus (% of the total).
    """
    counts = {name: cohort.group_sum(states, lo, hi) for name, (lo, hi) in GROUPS.items()}
    counts["pop_15_59"] = counts["pop_15_59"] + inputs.fixed[:, 0]
    counts["pop_60plus"] = counts["pop_60plus"] + inputs.fixed[:, 1]
    total = states.sum(axis=(-1, -2)) + inputs.fixed.sum(axis=1)
    s, y, n = total.shape
    frame = pd.DataFrame({
        "region_en": np.tile(inputs.regions, s * y), "region_zh": np.tile(inputs.names, s * y),
        "level": np.tile(inputs.levels, s * y), "basis": np.tile(inputs.basis, s * y),
        "scenario": np.repeat(scenarios["scenario"].to_numpy(), y * n),
        "year": np.tile(np.repeat(years, n), s), "population": total.ravel(),
        **{name: value.ravel() for name, value in counts.items()}})
    for share, count in SHARE_OF.items():
        frame[share] = 100 * frame[count] / frame["population"]
    return frame


def project(inputs, scenarios, last_year=2050):
    """``summarise(run(...))``: every region under every scenario, year-ends to ``last_year``."""
    states, years = run(inputs, scenarios, last_year)
    return summarise(states, years, inputs, scenarios)


def single_ages(inputs, scenarios, years, regions=None, scenario="central"):
    """Persons by single age and sex for a pyramid: region_en, year, sex, age, population.

    ``years`` may include the census year 2020, meaning the census itself (not the year-end).
    """
    states, ends = run(inputs, scenarios, max(years))
    k = list(scenarios["scenario"]).index(scenario)
    rows = []
    for region in regions or inputs.regions:
        i = inputs.index(region)
        for year in years:
            pop = inputs.base[i] if year == int(np.floor(inputs.start)) else states[k, list(ends).index(year), i]
            for sex, label in enumerate(("male", "female")):
                rows.append(pd.DataFrame({"region_en": region, "year": year, "sex": label,
                                          "age": np.arange(AGES), "population": pop[sex]}))
    return pd.concat(rows, ignore_index=True)


def band(projection, measures=("share_60plus", "share_65plus", "share_80plus"), central="central"):
    """Central value and the scenario envelope per region, year and measure.

    Returns region_en, year, measure, central, lower, upper, lower_scenario, upper_scenario.
    """
    long = projection.melt(id_vars=["region_en", "year", "scenario"], value_vars=list(measures),
                           var_name="measure")
    keys = ["region_en", "year", "measure"]
    ordered = long.sort_values([*keys, "value", "scenario"])
    lower = ordered.groupby(keys).head(1).set_index(keys)
    upper = ordered.groupby(keys).tail(1).set_index(keys)
    middle = long[long["scenario"] == central].set_index(keys)["value"]
    out = pd.DataFrame({"central": middle, "lower": lower["value"], "upper": upper["value"],
                        "lower_scenario": lower["scenario"], "upper_scenario": upper["scenario"]})
    return out.reset_index()


def census_frame(inputs):
    """The census itself in the columns of ``summarise`` (scenario "census", year 2020)."""
    census = pd.DataFrame({"scenario": ["census"], "tfr_offset": [0.0], "migration_factor": [0.0]})
    return summarise(inputs.base[None, None], np.array([int(np.floor(inputs.start))]), inputs, census)


def stage_years(projection, thresholds, census_shares, scenario="central"):
    """The first year-end each region's 65+ share reaches each ageing stage.

    ``census_shares`` maps region_en to its census 65+ share (%): a stage already reached at the
    census is dated 2020 with ``reached`` "by the census". Returns region_en, stage, threshold,
    year (nan if not reached within the projection), reached ("by the census", "projected" or
    "beyond the horizon"), scenario.
    """
    rows = []
    runs = projection[projection["scenario"] == scenario].sort_values("year")
    for region, g in runs.groupby("region_en", sort=False):
        for stage, threshold in thresholds.items():
            if census_shares.get(region, -np.inf) >= threshold:
                year, how = 2020, "by the census"
            else:
                hit = g.loc[g["share_65plus"] >= threshold, "year"]
                year, how = (int(hit.iloc[0]), "projected") if len(hit) else (np.nan, "beyond the horizon")
            rows.append({"region_en": region, "stage": stage, "threshold": threshold, "year": year,
                         "reached": how, "scenario": scenario})
    return pd.DataFrame(rows)


def stage_year_band(projection, thresholds, census_shares):
    """Year each region reaches each stage: central scenario, and earliest / latest over scenarios.

    Returns region_en, stage, threshold, reached (of the central scenario), year_central,
    year_earliest, year_latest (nan where not reached within the projection).
    """
    runs = [stage_years(projection, thresholds, census_shares, s) for s in projection["scenario"].unique()]
    every = pd.concat(runs, ignore_index=True)
    spread = every.groupby(["region_en", "stage"], sort=False)["year"].agg(["min", "max"])
    central = every[every["scenario"] == "central"].set_index(["region_en", "stage"])
    out = central[["threshold", "reached"]].assign(year_central=central["year"],
                                                   year_earliest=spread["min"], year_latest=spread["max"])
    unreached = every.groupby(["region_en", "stage"], sort=False)["year"].apply(lambda y: y.isna().any())
    out.loc[unreached[unreached].index, "year_latest"] = np.nan
    return out.reset_index()
