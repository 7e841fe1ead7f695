"""The backtest: methods, errors, and the two origins on the real data, each seeing only its own inputs."""

import math

import numpy as np
import pandas as pd
import pytest

from mzlib.demography import backtest, population, run
from mzlib.sources import reference


def test_logit_points_by_hand():
    structure = pd.DataFrame({"region_en": ["X", "X"], "year": [2010, 2020],
                              "share_60plus": [10.0, 20.0], "share_65plus": [5.0, 10.0]})
    p = backtest.logit_points(structure, [2021], region="X", census_time=2020.0).set_index("measure")
    # year-end 2021 is 2 years after a census at 2020.0: logit(20) + 2 x (logit(20) - logit(10)) / 10
    slope = (math.log(20 / 80) - math.log(10 / 90)) / 10
    expected = 100 / (1 + math.exp(-(math.log(20 / 80) + 2 * slope)))
    assert p.at["share_60plus", "projected"] == pytest.approx(expected)


def test_wpp_points_average_two_mid_years():
    wpp = pd.DataFrame({"year": [2021] * 3 + [2022] * 3, "age_group": ["0-4", "60-64", "65-69"] * 2,
                        "population_thousands": [80, 10, 10, 70, 15, 15]})
    p = backtest.wpp_points(wpp, [2021], 2020).set_index("measure")
    # 60+: 20 / 100 = 20 % on 1 July 2021, 30 / 100 = 30 % on 1 July 2022 -> 25 % at year-end
    assert p.at["share_60plus", "projected"] == pytest.approx(25.0)
    assert p.at["share_65plus", "projected"] == pytest.approx(12.5)
    assert set(p["origin"]) == {2020}


def test_backtest_table_keeps_years_after_the_origin_and_gives_errors_in_both_units():
    published = pd.DataFrame({"region_en": ["X"] * 4, "year": [2020, 2021, 2022, 2021],
                              "measure": ["share_60plus"] * 3 + ["births"], "published": [18.0, 19.0, 20.0, 100.0]})
    a = pd.DataFrame({"region_en": ["X"] * 4, "year": [2020, 2021, 2022, 2021],
                      "measure": ["share_60plus"] * 3 + ["births"], "projected": [18.0, 19.5, 19.0, 110.0],
                      "method": "a", "origin": 2020})
    table = backtest.backtest_table(published, a)
    assert list(table.columns) == backtest.COLUMNS
    assert list(zip(table["measure"], table["year"])) == [("share_60plus", 2021), ("share_60plus", 2022),
                                                          ("births", 2021)]
    assert list(table["error"]) == pytest.approx([0.5, -1.0, 10.0])
    assert table["error_pct"].iloc[2] == pytest.approx(10.0)
    mae = backtest.mean_absolute_error(table).set_index("measure")
    assert mae.at["share_60plus", "mae"] == pytest.approx(0.75)
    assert mae.at["share_60plus", "bias"] == pytest.approx(-0.25)


@pytest.fixture(scope="module")
def refs():
    return run.load_references()


@pytest.fixture(scope="module")
def table(refs):
    return run.run_backtest(refs, "e0")[0]


def test_both_origins_with_shares_births_and_population(table):
    cohort = table[(table["method"] == "cohort") & (table["region_en"] == "China")]
    for origin, years in ((2010, list(range(2011, 2020))), (2020, list(range(2021, 2026)))):
        rows = cohort[cohort["origin"] == origin]
        assert sorted(set(rows["year"])) == years
        assert set(rows["measure"]) == {"share_60plus", "share_65plus", "births", "population"}
    # the comparison methods start from the 2020 census only
    assert set(table.loc[table["method"] != "cohort", "origin"]) == {2020}


def test_an_origin_sees_no_births_registered_after_it(refs, table):
    # the backtest's 2020 run is the census-implied fertility: no factor from the births of 2021-24
    inputs = population.census_inputs(refs["census"], refs["single"], refs["deaths"], refs["wpp_mx"], refs["pattern"],
                                      regions=["China"])
    assert len(inputs.tfr_years) == 0
    plain = population.project(inputs, refs["scenarios"].iloc[:1], 2025).set_index("year")
    rows = table[(table["origin"] == 2020) & (table["method"] == "cohort") & (table["measure"] == "births")
                 & (table["region_en"] == "China")]
    assert list(rows["projected"]) == pytest.approx([plain.at[y, "births"] for y in rows["year"]])
    # and the projection's births are the registered ones: a different input, so a different answer
    births = run.registered_births(refs["published"], 2020)
    fitted = population.project(population.with_births(inputs, births), refs["scenarios"].iloc[:1], 2025)
    assert fitted.set_index("year").loc[sorted(births), "births"].tolist() == pytest.approx(
        [births[y] for y in sorted(births)], rel=1e-9)
    assert not np.allclose(rows["projected"], [births[y] for y in rows["year"] if y in births])


def test_the_2010_origin_reads_the_2010_census_only(refs):
    inputs = population.census_inputs(refs["census"], None, refs["deaths"], refs["wpp_mx"], refs["pattern"],
                                      year=2010, regions=["China"])
    census = refs["census"]
    total = census[(census["census_year"] == 2010) & (census["region_en"] == "China") & (census["sex"] == "total")
                   & (census["age_group"] == "total")]["population"].iloc[0]
    assert inputs.base.sum() == pytest.approx(total)
    assert inputs.start == pytest.approx(2010 + 10 / 12, abs=1e-3)
    assert inputs.notes["e0"] == pytest.approx(74.83, abs=1e-6)


def test_provinces_are_checked_against_their_own_communiques_from_the_2020_census(refs, table):
    published = backtest.published_year_ends(refs["published"])
    provincial = published[published["region_en"] != "China"]
    rows = table[(table["region_en"] != "China")]
    assert len(rows) == len(provincial) and set(rows["origin"]) == {2020} and set(rows["method"]) == {"cohort"}


def test_the_backtest_sees_nothing_published_after_its_origin(refs, table):
    central = refs["scenarios"].iloc[:1]
    for origin, e0 in ((2010, 74.83), (2020, 77.93)):
        inputs = run.backtest_inputs(refs, "e0", origin)
        # the census of the origin and the official life expectancy of its year; no path from a later year
        assert len(inputs.tfr_years) == 0 and len(inputs.mx_years) == 0
        assert not {"births", "life_expectancy"} & set(inputs.notes)
        assert inputs.notes["e0"] == pytest.approx(e0, abs=1e-6)
        plain = backtest.cohort_points(population.project(inputs, central, run.BACKTEST_LAST[origin]), origin)
        rows = table[(table["origin"] == origin) & (table["method"] == "cohort")]
        merged = rows.merge(plain, on=["region_en", "year", "measure"], suffixes=("", "_plain"))
        assert len(merged) == len(rows) > 0
        assert merged["projected"].tolist() == pytest.approx(merged["projected_plain"].tolist(), rel=1e-12)
    # what the projection uses after 2020 exists and moves the numbers: a backtest that saw it would differ
    later = run.official_life_expectancy(refs["params"], 2020)
    assert sorted(later) == [2021, 2023, 2024]
    nation = run.backtest_inputs(refs, "e0", 2020)
    current = population.project(population.with_life_expectancy(nation, later), central, 2024)
    assert current.query("region_en == 'China' and year == 2024")["population"].iloc[0] != pytest.approx(
        table.query("origin == 2020 and method == 'cohort' and region_en == 'China' and year == 2024 "
                    "and measure == 'population'")["projected"].iloc[0], rel=1e-4)


def test_projection_points_take_deaths_from_the_balance_of_a_closed_region():
    projection = pd.DataFrame({"region_en": "X", "scenario": "central", "year": [2020, 2021, 2022],
                               "population": [100.0, 95.0, 92.0], "births": [1.0, 3.0, 2.0],
                               "share_60plus": [20.0, 21.0, 22.0], "share_65plus": [14.0, 15.0, 16.0]})
    p = backtest.projection_points(projection, 2020, region="X").set_index(["measure", "year"])["projected"]
    # 100 + 3 - 95 = 8 died in 2021, 95 + 2 - 92 = 5 in 2022; none is computed for the first year
    assert p["deaths"].to_dict() == {2021: 8.0, 2022: 5.0}
    assert set(p.index.get_level_values("measure")) == {"share_60plus", "share_65plus", "population", "deaths"}


def test_the_central_projection_is_compared_with_nbs_deaths_apart_from_the_backtest(refs, table):
    inputs = population.census_inputs(refs["census"], refs["single"], refs["deaths"], refs["wpp_mx"], refs["pattern"],
                                      regions=["China"])
    inputs = population.with_births(population.with_life_expectancy(
        inputs, run.official_life_expectancy(refs["params"], 2020)), run.registered_births(refs["published"], 2020))
    held = run.projection_check(refs["published"], population.project(inputs, refs["scenarios"].iloc[:1], 2025))
    assert set(held["method"]) == {backtest.PROJECTION} and set(held["origin"]) == {2020}
    deaths = held[held["measure"] == backtest.DEATHS].set_index("year")
    assert deaths["published"].to_dict() == {2021: 10.14e6, 2022: 10.41e6, 2023: 11.10e6, 2024: 10.93e6}
    # the projection counts more deaths than NBS, by 3 % to 11 % a year
    assert deaths["error_pct"].between(0, 12).all()
    # its own label: the backtest's means are those of run_backtest, whatever the projection's rows are
    errors = backtest.mean_absolute_error(pd.concat([table, held], ignore_index=True))
    before = backtest.mean_absolute_error(table)
    pd.testing.assert_frame_equal(errors[errors["method"] != backtest.PROJECTION].reset_index(drop=True), before)


def test_the_reading_gives_the_projections_deaths_and_the_mortality_path_apart_from_the_backtest(refs):
    rows = pd.DataFrame({"origin": 2020, "region_en": "China", "year": [2021, 2021],
                         "measure": ["deaths", "population"],
                         "method": [backtest.PROJECTION, "cohort"], "projected": [11.0e6, 1.41e9],
                         "published": [10.0e6, 1.40e9]})
    rows = rows.assign(error=rows["projected"] - rows["published"],
                       error_pct=100 * (rows["projected"] / rows["published"] - 1))
    assert run.projection_lines(rows) == ["- **Deaths in the central projection** against NBS's (not a backtest: the "
                                          "projection uses the births and life expectancies published for these "
                                          "years): 2021 11.00 M against 10.00 M (+10.0%)."]
    assert run.projection_lines(rows[rows["method"] == "cohort"]) == []
    inputs = run.backtest_inputs(refs, "e0", 2020)
    path = population.with_life_expectancy(inputs, {2021: 78.2, 2024: 79.0})
    line = run.mortality_lines(path, "mortality_wpp")[0]
    assert "77.93 years at the census" in line and "78.20 in 2021, x " in line and "79.00 in 2024" in line
    assert "the factor of 2024 held after" in line and "(mortality_wpp) keeps WPP's own level" in line
    assert "then the official" not in run.mortality_lines(inputs, "mortality_wpp")[0]
