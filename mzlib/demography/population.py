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
from mzlib.demography.cohort_inputs import (AGES, MortalitySchedule, base_population, both_sexes,
                                            e0_level_factor, fertility_weights, implied_tfr, life_expectancy,
                                            migration_factors, mortality_ratio, sex_ratio_at_birth)
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
    ``basis`` (how the base population was obtained) are lists in region order. ``tfr_years`` /
    ``tfr_factors`` and ``mx_years`` / ``mx_factors`` are the paths of fertility and mortality after
    the census (a factor from each year on, :func:`with_births`, :func:`with_life_expectancy`).
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
    parents: list = field(default_factory=list)
    tfr_years: np.ndarray = field(default_factory=lambda: np.array([], dtype=int))
    tfr_factors: np.ndarray = field(default_factory=lambda: np.array([]))
    mx_years: np.ndarray = field(default_factory=lambda: np.array([], dtype=int))
    mx_factors: np.ndarray = field(default_factory=lambda: np.array([]))

    def index(self, region):
        return self.regions.index(region)


MORTALITY_RULES = ("e0", "wpp")


def census_inputs(census, single, deaths, wpp, pattern, params=None, mortality="e0", year=2020, regions=None):
    """Inputs for China and every province (or ``regions``) from the census of ``year``.

    Mortality follows one rule at every origin, written down in ``aging_params.csv`` before any
    backtest: ``"e0"`` scales the WPP schedule at the census so that life expectancy at birth of
    both sexes is the official one for the census year (``official_e0_<year>``), keeping WPP's
    age pattern and its trend after the census (the central projection then follows the official
    figures of later years, :func:`with_life_expectancy`; the backtest does not); ``"wpp"`` keeps
    WPP's own level and trend throughout (the band's mortality variant: the uncertainty of the
    level). Each province's level is its standardised mortality ratio (needs the census's deaths
    by age; the nation's is 1). Fertility is the census-implied total fertility.
    Migration is each province's change over the decade before the census relative to the
    nation's (the nation is closed). ``single`` None splits the census groups evenly.
    """
    names = (census[census["census_year"] == year].drop_duplicates("region_en")
             .set_index("region_en")["region_zh"])
    regions = regions or [NATIONAL, *sorted(r for r in names.index if r != NATIONAL)]
    start = param_value(f"census_{year}_time", params)
    schedule = MortalitySchedule(wpp)
    base = base_population(census, single, regions, year)
    weights = fertility_weights(pattern)
    if mortality not in MORTALITY_RULES:
        raise ValueError(f"mortality must be one of {MORTALITY_RULES}, got {mortality!r}")
    level = 1.0
    if mortality == "e0":
        level = e0_level_factor(schedule(start), param_value(f"official_e0_{year}", params),
                                sex_ratio_at_birth(base[0]))
    ratio = (np.ones((len(regions), 2, 1)) if regions == [NATIONAL]
             else mortality_ratio(census, deaths, regions, year))
    mx_scale = level * ratio
    migration = (np.ones((1, 2, AGES)) if regions == [NATIONAL]
                 else migration_factors(census, regions, start=year - 10, end=year))
    fixed = np.zeros((len(regions), 2))
    fixed[0] = [param_value(f"census_{year}_outside_15_59", params),
                param_value(f"census_{year}_outside_60plus", params)]
    table = "Table 1-5" if year == 2020 else "Table 1-7"
    return Inputs(regions=list(regions), names=[names[r] for r in regions],
                  levels=["country"] + ["province"] * (len(regions) - 1),
                  basis=[f"census {year}, {table}"] * len(regions), base=base,
                  tfr=implied_tfr(base, weights, schedule(start - 0.5)[:, 0] * mx_scale[:, :, 0]),
                  srb=sex_ratio_at_birth(base), migration=migration,
                  mx_scale=mx_scale, fixed=fixed, weights=weights, schedule=schedule, start=start,
                  parents=[None if r == NATIONAL else NATIONAL for r in regions],
                  notes={"mortality_level": level, "mortality": mortality,
                         "e0": float(both_sexes(life_expectancy(level * schedule(start)),
                                                sex_ratio_at_birth(base[0])))})


def subset(inputs, regions):
    """``inputs`` for some of its regions only."""
    k = [inputs.index(r) for r in regions]
    pick = {key: getattr(inputs, key)[k] for key in ("base", "tfr", "srb", "migration", "mx_scale", "fixed")}
    return replace(inputs, regions=list(regions), names=[inputs.names[i] for i in k],
                   levels=[inputs.levels[i] for i in k], basis=[inputs.basis[i] for i in k],
                   parents=[inputs.parents[i] for i in k], **pick)


def with_births(inputs, births):
    """``inputs`` whose fertility follows the births registered after the census.

    ``births`` maps a calendar year to the nation's births in it (persons). For each year in turn,
    the factor on every region's census-implied fertility is the one that makes the nation's
    projected births that year equal to the registered births (births are linear in fertility
    within a year); after the last year the last factor holds.
    """
    nation = subset(inputs, [NATIONAL])
    central = pd.DataFrame({"scenario": ["central"], "tfr_offset": [0.0], "migration_factor": [1.0]})
    years, factors = [], []
    for year in sorted(births):
        trial = replace(nation, tfr_years=np.array([*years, year]), tfr_factors=np.array([*factors, 1.0]))
        _, ends, born = run(trial, central, year, births=True)
        factors.append(births[year] / born[0, list(ends).index(year), 0])
        years.append(year)
    return replace(inputs, tfr_years=np.array(years), tfr_factors=np.array(factors),
                   notes={**inputs.notes, "births": dict(births)})


def path_factor(years, factors, t):
    """The factor of a path at time ``t``: that of the latest year in ``years`` not after ``t``'s
    calendar year (the last one holds after it), 1 before the first."""
    k = np.searchsorted(years, np.floor(t), side="right") - 1
    return factors[k] if k >= 0 else 1.0


def tfr_at(inputs, t):
    """Total fertility of every region at time ``t``: census-implied, times the births path's factor."""
    return inputs.tfr * path_factor(inputs.tfr_years, inputs.tfr_factors, t)


def mortality_at(inputs, t):
    """Death rates (2, A) at time ``t``: the WPP schedule times the life-expectancy path's factor
    (every region's level ``mx_scale`` multiplies it in the projection)."""
    return inputs.schedule(t) * path_factor(inputs.mx_years, inputs.mx_factors, t)


def with_life_expectancy(inputs, e0_by_year):
    """``inputs`` whose mortality follows the official life expectancy published after the census.

    ``e0_by_year`` maps a calendar year to the nation's life expectancy at birth in it (years, both
    sexes weighted by births). For each year, the factor on the death rates of every region is the
    one that makes the nation's life expectancy that year (the schedule at mid-year, times its level)
    equal to the official one; a year without a figure keeps the factor of the year before, and after
    the last year the last factor holds on WPP's trend. Provinces keep their ratio to the nation.
    The same rule as the census year's (``official_e0_<year>``), applied to every year with a figure.
    """
    n = inputs.index(NATIONAL)
    years = np.array(sorted(e0_by_year), dtype=int)
    factors = np.array([e0_level_factor(inputs.schedule(year + 0.5) * inputs.mx_scale[n], e0_by_year[year],
                                        inputs.srb[n]) for year in years])
    return replace(inputs, mx_years=years, mx_factors=factors,
                   notes={**inputs.notes, "life_expectancy": dict(e0_by_year)})


def with_small_areas(inputs, areas):
    """``inputs`` with the cities and counties of ``areas`` (``smallarea.areas_from_structure``) added."""
    extra = {k: [] for k in ("base", "tfr", "srb", "migration", "mx_scale")}
    regions, names, levels, basis = list(inputs.regions), list(inputs.names), list(inputs.levels), list(inputs.basis)
    parents = list(inputs.parents)
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
        basis.append(f"small area: printed broad groups, a share of {area.province_en} by age and sex")
        parents.append(area.province_en)
    if not regions[len(inputs.regions):]:
        return inputs
    stacked = {k: np.concatenate([getattr(inputs, k), np.stack(v)]) for k, v in extra.items()}
    fixed = np.concatenate([inputs.fixed, np.zeros((len(areas), 2))])
    return replace(inputs, regions=regions, names=names, levels=levels, basis=basis, parents=parents, fixed=fixed,
                   **stacked)


AREA_AGES = (15, 40)


def area_migration(inputs, scenarios):
    """Annual factors (S, n, 1, A): each scenario's ``area_migration`` at ages 15-39 of the cities and
    counties (regions whose parent is a province), 1 elsewhere and where the column is absent."""
    factor = scenarios["area_migration"].to_numpy(dtype=float) if "area_migration" in scenarios else np.ones(
        len(scenarios))
    areas = np.array([p is not None and p in inputs.regions and inputs.parents[inputs.regions.index(p)] is not None
                      for p in inputs.parents])
    out = np.ones((len(scenarios), len(inputs.regions), 1, AGES))
    lo, hi = AREA_AGES
    out[:, areas, :, lo:hi] = factor[:, None, None, None]
    return out


def run(inputs, scenarios, last_year, births=False):
    """Persons by scenario, year-end, region, sex and age: (S, Y, n, 2, A), with the year-ends.

    Scenario s uses fertility ``max(tfr + tfr_offset, 0)`` (``tfr`` on its births path,
    :func:`tfr_at`), mortality on its life-expectancy path (:func:`mortality_at`), and migration
    factors raised to ``migration_factor`` (0 closes the region),
    times :func:`area_migration` for cities and counties.
    With ``births`` True also returns the births of each calendar year (S, Y, n) (the first
    year's from the census date only).
    """
    first = int(np.floor(inputs.start))
    ends = np.arange(first + 1, last_year + 2, dtype=float)
    offsets = scenarios["tfr_offset"].to_numpy()[:, None]

    def asfr(t):
        return np.maximum(tfr_at(inputs, t)[None, :] + offsets, 0)[..., None] * inputs.weights

    migration = inputs.migration[None] ** scenarios["migration_factor"].to_numpy()[:, None, None, None]
    migration = migration * area_migration(inputs, scenarios)
    base = np.broadcast_to(inputs.base, (len(scenarios),) + inputs.base.shape)
    states, born = cohort.project(base, inputs.start, ends, lambda t: mortality_at(inputs, t), asfr, inputs.srb,
                                  migration, inputs.mx_scale)
    states, born = control(states, born, inputs.regions, inputs.parents)
    out = np.moveaxis(states, 0, 1), (ends - 1).astype(int)
    return (*out, np.moveaxis(born, 0, 1)) if births else out


def _ratio(top, bottom):
    return np.divide(top, bottom, out=np.ones_like(np.asarray(top, dtype=float)), where=bottom > 0)


def control(states, born, regions, parents):
    """Regions made consistent with the one they belong to, by sex and single age.

    ``states`` (..., n, 2, A) and ``born`` (..., n) as projected each on its own. The provinces are
    raked to the nation: at each age and sex every province is multiplied by the nation's persons
    over the provinces' sum (their residual migration need not add up to zero; the nation's
    closed projection decides the total). A city or county is then a share of its province: its
    own projection over its province's own projection, at each age and sex, times the province as
    raked (with its province's rates, that share is the constant share of each census cohort,
    and the children follow its own fertility). Births are scaled alike.
    """
    out, births = states.copy(), born.copy()
    if None in parents:
        n = parents.index(None)
        provinces = [i for i, p in enumerate(parents) if p == regions[n]]
        if provinces:
            part = states[..., provinces, :, :]
            out[..., provinces, :, :] = part * _ratio(states[..., n, :, :], part.sum(axis=-3))[..., None, :, :]
            births[..., provinces] = born[..., provinces] * _ratio(
                born[..., n], born[..., provinces].sum(axis=-1))[..., None]
    for i, parent in enumerate(parents):
        if parent is None or parent not in regions or parents[regions.index(parent)] is None:
            continue
        p = regions.index(parent)
        out[..., i, :, :] = _ratio(states[..., i, :, :], states[..., p, :, :]) * out[..., p, :, :]
        births[..., i] = born[..., i] * _ratio(births[..., p], born[..., p])
    return out, births


def summarise(states, years, inputs, scenarios, born=None):
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
        **{name: value.ravel() for name, value in counts.items()},
        "births": np.nan if born is None else born.ravel()})
    for share, count in SHARE_OF.items():
        frame[share] = 100 * frame[count] / frame["population"]
    return frame


def project(inputs, scenarios, last_year=2050):
    """``summarise(run(...))``: every region under every scenario, year-ends to ``last_year``."""
    states, years, born = run(inputs, scenarios, last_year, births=True)
    return summarise(states, years, inputs, scenarios, born)


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
