"""The backtest table: methods, errors and the goal of the issue on the real data."""

import math

import pandas as pd
import pytest

from mzlib.demography import backtest, population
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
    p = backtest.wpp_points(wpp, [2021]).set_index("measure")
    # 60+: 20 / 100 = 20 % on 1 July 2021, 30 / 100 = 30 % on 1 July 2022 -> 25 % at year-end
    assert p.at["share_60plus", "projected"] == pytest.approx(25.0)
    assert p.at["share_65plus", "projected"] == pytest.approx(12.5)


def test_backtest_table_and_mae():
    published = pd.DataFrame({"region_en": ["X"] * 2, "year": [2021, 2022], "measure": ["share_60plus"] * 2,
                              "published": [19.0, 20.0]})
    a = pd.DataFrame({"region_en": ["X"] * 2, "year": [2021, 2022], "measure": ["share_60plus"] * 2,
                      "projected": [19.5, 19.0], "method": "a"})
    table = backtest.backtest_table(published, a)
    assert list(table.columns) == backtest.COLUMNS
    assert list(table["error_pp"]) == pytest.approx([0.5, -1.0])
    assert backtest.mean_absolute_error(table)["mae_pp"].iloc[0] == pytest.approx(0.75)


@pytest.fixture(scope="module")
def table():
    tables = (reference.load_census_population(), reference.load_census_single_year(),
              reference.load_census_deaths(), reference.load_wpp_mortality(), reference.load_fertility_pattern())
    projection = population.project(population.census_inputs(*tables), reference.load_scenarios(), 2025)
    published = backtest.published_year_ends(reference.load_published_shares())
    years = sorted(set(published["year"]))
    return backtest.backtest_table(published, backtest.cohort_points(projection),
                                   backtest.logit_points(reference.load_census_reference(), years),
                                   backtest.wpp_points(reference.load_wpp_population(), years))


def test_published_year_ends_are_2021_to_2025(table):
    assert sorted(set(table["year"])) == [2021, 2022, 2023, 2024, 2025]
    assert len(table) == 5 * 2 * 3


def test_cohort_meets_the_goal_and_beats_both_others(table):
    # issue 12: MAE <= 0.30 pp for each share, and below the logit-linear and WPP methods
    mae = backtest.mean_absolute_error(table).set_index(["method", "measure"])["mae_pp"]
    for measure in backtest.MEASURES:
        assert mae[("cohort", measure)] <= 0.30
        assert mae[("cohort", measure)] < mae[("logit_linear", measure)]
        assert mae[("cohort", measure)] < mae[("wpp", measure)]
