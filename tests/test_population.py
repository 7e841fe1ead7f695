"""Every region under every scenario, on the real reference tables (about a fifth of a second)."""

import numpy as np
import pandas as pd
import pytest

from mzlib.demography import cohort_inputs, population, run, smallarea
from mzlib.sources import reference

STAGES = {"aging": 7.0, "aged": 14.0, "super-aged": 20.0}


@pytest.fixture(scope="module")
def tables():
    return (reference.load_census_population(), reference.load_census_single_year(),
            reference.load_census_deaths(), reference.load_wpp_mortality(), reference.load_fertility_pattern())


@pytest.fixture(scope="module")
def inputs(tables):
    wenshan = pd.DataFrame([{"region_en": "Wenshan", "region_zh": "文山市", "level": "county",
                             "province_en": "Yunnan", "pop_0_14": 135618, "pop_15_59": 409682,
                             "pop_60plus": 78472, "pop_65plus": 54600, "figure_ids": ""}])
    return population.with_small_areas(population.census_inputs(*tables), wenshan)


@pytest.fixture(scope="module")
def projection(inputs):
    return population.project(inputs, reference.load_scenarios(), 2040)


def test_base_population_is_the_census(inputs, tables):
    census = tables[0]
    totals = census[(census["census_year"] == 2020) & (census["sex"] == "total") & (census["age_group"] == "total")]
    expected = totals.set_index("region_en")["population"]
    for region in ("China", "Yunnan", "Liaoning", "Shandong"):
        assert inputs.base[inputs.index(region)].sum() == pytest.approx(expected[region])
    # Wenshan keeps its printed groups: 135,618 + 409,682 + 78,472 = 623,772 persons
    assert inputs.base[inputs.index("Wenshan")].sum() == pytest.approx(623_772)


def test_census_frame_gives_the_communique_shares(inputs):
    c = population.census_frame(inputs).set_index("region_en")
    # China with the 2 million servicemen: 18.70 % aged 60+, 13.50 % aged 65+ (communiqué No. 5)
    assert c.at["China", "population"] == pytest.approx(1_411_778_724)
    assert round(c.at["China", "share_60plus"], 2) == 18.70
    assert round(c.at["China", "share_65plus"], 2) == 13.50
    assert round(c.at["Wenshan", "share_65plus"], 2) == 8.75


def test_every_region_and_scenario_every_year(projection, inputs):
    assert set(projection["region_en"]) == set(inputs.regions)
    assert len(projection) == len(inputs.regions) * len(reference.load_scenarios()) * (2040 - 2020 + 1)
    assert (projection["pop_65plus"] <= projection["pop_60plus"]).all()
    assert (projection["pop_80plus"] <= projection["pop_65plus"]).all()


def test_the_old_of_2035_were_alive_in_2020(projection, inputs):
    # without migration, nobody aged 75+ at the end of 2035 can outnumber those aged 60+ at the census
    closed = projection[(projection["scenario"] == "closed") & (projection["year"] == 2035)]
    china = closed[closed["region_en"] == "China"].iloc[0]
    assert china["pop_80plus"] < inputs.base[0][:, 65:].sum()


def test_scenarios_order_the_shares(projection):
    wide = projection[projection["year"] == 2035].pivot_table(index="region_en", columns="scenario",
                                                               values="share_65plus")
    # more births make a younger population; the older shares are lower
    assert (wide["high_fertility"] < wide["central"]).all()
    assert (wide["central"] < wide["low_fertility"]).all()
    # the nation has no migration term: closing it changes nothing
    assert wide.at["China", "closed"] == pytest.approx(wide.at["China", "central"])


def test_band_brackets_the_central_scenario(projection):
    band = population.band(projection)
    assert ((band["lower"] <= band["central"] + 1e-9) & (band["central"] <= band["upper"] + 1e-9)).all()
    assert set(band["measure"]) == {"share_60plus", "share_65plus", "share_80plus"}


def test_stage_years_one_answer():
    frame = pd.DataFrame({"region_en": ["A"] * 4, "scenario": ["central"] * 4,
                          "year": [2021, 2022, 2023, 2024], "share_65plus": [12.0, 13.9, 14.0, 19.0]})
    out = population.stage_years(frame, STAGES, {"A": 11.0}).set_index("stage")
    assert out.at["aging", "reached"] == "by the census" and out.at["aging", "year"] == 2020
    assert out.at["aged", "year"] == 2023                 # 14.0 reaches the threshold
    assert np.isnan(out.at["super-aged", "year"]) and out.at["super-aged", "reached"] == "beyond the horizon"


def test_stage_year_band_spans_the_scenarios():
    frame = pd.DataFrame({"region_en": ["A"] * 4, "scenario": ["central", "central", "fast", "fast"],
                          "year": [2021, 2022, 2021, 2022], "share_65plus": [13.0, 14.5, 14.2, 15.0]})
    out = population.stage_year_band(frame, {"aged": 14.0}, {"A": 12.0}).iloc[0]
    assert (out["year_central"], out["year_earliest"], out["year_latest"]) == (2022, 2021, 2022)


def test_single_ages_for_the_pyramid(inputs):
    ages = population.single_ages(inputs, reference.load_scenarios(), [2020, 2025], regions=["Yunnan"])
    census_year = ages[ages["year"] == 2020]
    assert census_year["population"].sum() == pytest.approx(inputs.base[inputs.index("Yunnan")].sum())
    assert set(ages["sex"]) == {"male", "female"} and ages["age"].max() == 100


def test_small_area_takes_its_province_rates(inputs):
    w, y = inputs.index("Wenshan"), inputs.index("Yunnan")
    assert (inputs.migration[w] == inputs.migration[y]).all()
    assert inputs.mx_scale[w] == pytest.approx(inputs.mx_scale[y])
    counts = smallarea.broad_counts({"pop_0_14": 135618, "pop_15_59": 409682, "pop_60plus": 78472,
                                     "pop_65plus": 54600})
    assert inputs.tfr[w] == pytest.approx(inputs.tfr[y] * smallarea.fertility_factor(counts, inputs.base[y]))


def test_unknown_mortality_rule_is_refused(tables):
    with pytest.raises(ValueError, match="mortality must be one of"):
        population.census_inputs(*tables, mortality="guess")


def test_mortality_is_anchored_to_the_official_life_expectancy(tables, inputs):
    assert inputs.notes["e0"] == pytest.approx(77.93, abs=1e-6)
    wpp = population.census_inputs(*tables, mortality="wpp")
    assert wpp.notes["mortality_level"] == 1.0 and wpp.notes["e0"] != pytest.approx(77.93, abs=0.05)


def test_provinces_add_up_to_the_nation_to_2050(tables):
    # issue 18: within 0.5 % in every year to 2050, every scenario (the servicemen are the nation's only)
    inputs = population.census_inputs(*tables)
    out = population.project(inputs, reference.load_scenarios(), 2050)
    nation = out[out["region_en"] == "China"].set_index(["scenario", "year"])
    provinces = out[out["region_en"] != "China"].groupby(["scenario", "year"])[["population", "pop_80plus"]].sum()
    servicemen = inputs.fixed[0].sum()
    gap = (provinces["population"] + servicemen) / nation["population"] - 1
    assert gap.abs().max() < 0.005
    assert (provinces["pop_80plus"] / nation["pop_80plus"] - 1).abs().max() < 0.005


def test_births_follow_the_registered_births(tables):
    births = {2021: 10.62e6, 2022: 9.56e6, 2023: 9.02e6, 2024: 9.54e6}
    inputs = population.with_births(population.census_inputs(*tables), births)
    central = reference.load_scenarios().iloc[:1]
    out = population.project(inputs, central, 2026).set_index(["region_en", "year"])
    assert [out.at[("China", y), "births"] for y in births] == pytest.approx(list(births.values()), rel=1e-9)
    # the last factor holds: 2025's fertility is 2024's
    assert population.tfr_at(inputs, 2025.5) == pytest.approx(population.tfr_at(inputs, 2024.5))
    assert population.tfr_at(inputs, 2020.9) == pytest.approx(inputs.tfr)


def _small_inputs(decline=0.02):
    """Two regions (a nation at 0.9 times a Gompertz schedule, a province at 1.2 times the nation) whose
    rates fall by ``decline`` a year from 2020: enough for the life-expectancy path."""
    ages = np.arange(cohort_inputs.AGES)
    mx = np.stack([np.exp(-9.5 + 0.09 * ages), np.exp(-10 + 0.09 * ages)])
    base = np.ones((2, 2, cohort_inputs.AGES)) * 1000.0
    return population.Inputs(
        regions=["China", "X"], names=["全国", "某省"], levels=["country", "province"], basis=["", ""],
        base=base, tfr=np.array([1.5, 1.5]), srb=np.array([1.05, 1.05]), migration=np.ones((2, 2, cohort_inputs.AGES)),
        mx_scale=np.array([[[0.9], [0.9]], [[1.08], [1.08]]]), fixed=np.zeros((2, 2)),
        weights=np.where((ages >= 20) & (ages < 35), 1 / 15, 0.0),
        schedule=lambda t: mx * np.exp(-decline * (t - 2020)), start=2020.0, parents=[None, "China"])


def _e0(mx, srb=1.05):
    return float(cohort_inputs.both_sexes(cohort_inputs.life_expectancy(mx), srb))


def test_the_life_expectancy_path_meets_each_official_figure_in_its_year_and_holds_after():
    plain = _small_inputs()
    targets = {2021: 80.0, 2023: 81.0}
    path = population.with_life_expectancy(plain, targets)
    assert [_e0(population.mortality_at(path, y + 0.5) * 0.9) for y in targets] == pytest.approx(list(targets.values()),
                                                                                            abs=1e-8)
    assert list(path.mx_years) == [2021, 2023] and path.notes["life_expectancy"] == targets
    # a year without a figure keeps the factor of the year before; after the last, the last holds on the trend
    for year, factor in ((2022, path.mx_factors[0]), (2024, path.mx_factors[1]), (2040, path.mx_factors[1])):
        assert population.mortality_at(path, year + 0.5) == pytest.approx(plain.schedule(year + 0.5) * factor)
    # before the first figure (the census year) the rates are the schedule's own
    assert population.mortality_at(path, 2020.5) == pytest.approx(plain.schedule(2020.5))
    # the province keeps its level relative to the nation: one factor for every region
    assert (path.mx_scale == plain.mx_scale).all()
    # a life expectancy above the schedule's means fewer deaths: more survivors of the census population
    central = pd.DataFrame({"scenario": ["central"], "tfr_offset": [0.0], "migration_factor": [1.0]})
    old = [population.project(i, central, 2025).query("year == 2025")["pop_65plus"].to_numpy() for i in (plain, path)]
    assert (old[1] > old[0]).all()


def test_no_official_figure_leaves_the_inputs_as_they_were():
    plain = _small_inputs()
    same = population.with_life_expectancy(plain, {})
    assert len(same.mx_years) == 0
    assert population.mortality_at(same, 2030.5) == pytest.approx(plain.schedule(2030.5))
    central = pd.DataFrame({"scenario": ["central"], "tfr_offset": [0.0], "migration_factor": [1.0]})
    a, b = (population.project(i, central, 2030) for i in (plain, same))
    pd.testing.assert_frame_equal(a, b)


def test_the_central_projection_meets_the_published_end_2024_total(tables):
    # issue 18: within 0.3 % of NBS's end-2024 total, with every input published after the census
    # (the official life expectancies, then the registered births); it was -0.31 % with the census-year level only
    e0 = run.official_life_expectancy(reference.load_aging_params(), 2020)
    births = run.registered_births(reference.load_published_shares(), 2020)
    assert e0 == {2021: 78.2, 2023: 78.6, 2024: 79.0} and sorted(births) == [2021, 2022, 2023, 2024]
    inputs = population.with_births(population.with_life_expectancy(population.census_inputs(*tables), e0), births)
    out = population.project(inputs, reference.load_scenarios().iloc[:1], 2024).set_index(["region_en", "year"])
    assert abs(out.at[("China", 2024), "population"] / 1_408_280_000 - 1) < 0.003


def test_an_area_migration_range_moves_only_the_area_and_stays_inside_its_province(inputs):
    scenarios = reference.load_scenarios()
    out = population.project(inputs, scenarios, 2035).set_index(["region_en", "scenario", "year"])
    for region in ("China", "Yunnan"):
        assert out.at[(region, "area_inflow", 2035), "population"] == pytest.approx(
            out.at[(region, "central", 2035), "population"])
    low, mid, high = (out.at[("Wenshan", s, 2035), "pop_15_59"] for s in ("area_outflow", "central", "area_inflow"))
    assert low < mid < high
    assert high < out.at[("Yunnan", "central", 2035), "pop_15_59"]
