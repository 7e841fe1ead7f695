"""The projection's inputs: splitting groups, death rates by age and time, fertility, migration."""

import numpy as np
import pandas as pd
import pytest

from mzlib.demography import cohort_inputs as ci
from mzlib.sources.reference import CENSUS_GROUPS, WPP_GROUPS


def test_group_bounds():
    assert [ci.group_bounds(g) for g in ("0", "1-4", "60-64", "100+")] == [(0, 1), (1, 5), (60, 65), (100, 101)]


def test_census_date_shape_is_the_mean_of_two_average_ages():
    ages = [str(a) for a in range(100)] + ["100+"]
    single = pd.DataFrame({"age": ages * 2, "sex": ["male"] * 101 + ["female"] * 101,
                           "average_population": np.arange(202, dtype=float)})
    shape = ci.census_date_shape(single)
    # age 59 at the census: (avg 58 + avg 59) / 2 = (58 + 59) / 2; ages 0 and 100+ keep their own
    assert shape[0, 59] == 58.5 and shape[0, 0] == 0 and shape[0, 100] == 100
    assert shape[1, 1] == (101 + 102) / 2


def test_split_groups_keeps_every_group_total_and_the_shape_inside():
    shape = np.ones((2, ci.AGES))
    shape[:, 60] = 3.0                                   # age 60 three times as common as 61-64
    counts = np.arange(1, len(CENSUS_GROUPS) + 1, dtype=float) * np.ones((2, 1))
    out = ci.split_groups(counts, shape)
    k = CENSUS_GROUPS.index("60-64")
    assert out[0, 60:65].sum() == pytest.approx(counts[0, k])
    assert out[0, 60] == pytest.approx(3 * out[0, 61])  # 3 / 7 and 1 / 7 of the group
    assert out.sum() == pytest.approx(counts.sum())


def test_single_age_rates_are_log_linear_between_midpoints():
    rates = np.array([0.02, 0.001, *np.exp(np.arange(19) * 0.5) * 1e-4, 0.9])
    single = ci.single_age_rates(rates)
    assert single[0] == 0.02 and (single[1:5] == 0.001).all() and single[100] == 0.9
    # the 60-64 group's midpoint is 62.5: age 62 (evaluated at 62.5) has the group's own rate
    assert single[62] == pytest.approx(rates[2 + 11])
    # half way to the next midpoint (age 65 at 65.5 is 3/5 of the way): geometric interpolation
    assert single[65] == pytest.approx(rates[13] * np.exp(0.5 * 3 / 5))


def _wpp(level_by_period):
    rows = []
    for period, level in level_by_period.items():
        for sex in ("male", "female"):
            for k, group in enumerate(WPP_GROUPS):
                rows.append({"sex": sex, "age_group": group, "period": period, "mx": level * (1 + k)})
    return pd.DataFrame(rows)


def test_mortality_schedule_moves_log_linearly_between_period_midpoints():
    schedule = ci.MortalitySchedule(_wpp({"2015-2020": 0.01, "2020-2025": 0.04}))
    # midpoints 2018.0 and 2023.0; half way the rate is the geometric mean 0.02 (age 0: level x 1)
    assert schedule(2018.0)[0, 0] == pytest.approx(0.01)
    assert schedule(2020.5)[0, 0] == pytest.approx(0.02)
    assert schedule(2030.0)[1, 0] == pytest.approx(0.04)   # constant after the last midpoint


def test_level_factor_gives_the_crude_death_rate():
    pop, mx = np.array([1000.0, 1000.0]), np.array([0.01, 0.03])
    # deaths 40 per 2,000 = 20 per 1,000; to get 10 per 1,000 the factor is 0.5
    assert ci.level_factor(pop, mx, 10.0) == pytest.approx(0.5)


def _census(values, year=2020, value="population"):
    """A census table: {region: persons per group (same for both sexes)}."""
    rows = [{"census_year": year, "region_en": r, "sex": s, "age_group": g, value: v(k) if callable(v) else v}
            for r, v in values.items() for s in ("male", "female") for k, g in enumerate(CENSUS_GROUPS)]
    return pd.DataFrame(rows)


def test_mortality_ratio_is_indirectly_standardised():
    pop = _census({"China": 1000.0, "Here": 100.0})
    deaths = _census({"China": 10.0, "Here": 2.0}, value="deaths")   # twice the national rates
    ratio = ci.mortality_ratio(pop, deaths, ["China", "Here"])
    assert ratio.shape == (2, 2, 1)
    assert ratio[:, :, 0].ravel() == pytest.approx([1.0, 1.0, 2.0, 2.0])


def test_fertility_weights_add_up_to_one():
    pattern = pd.DataFrame({"age_group": [f"{a}-{a + 4}" for a in range(15, 50, 5)],
                            "percent_asfr": [5, 30, 35, 20, 7, 2.5, 0.5]})
    w = ci.fertility_weights(pattern)
    assert w.sum() == pytest.approx(1.0)
    assert w[27] == pytest.approx(0.35 / 5) and w[14] == 0 and w[50] == 0


def test_implied_tfr_reproduces_the_children_aged_zero():
    pop = np.zeros((2, ci.AGES))
    pop[1, 20:30] = 1000.0                           # 1,000 women at each age 20-29
    pop[:, 0] = [600.0, 400.0]
    weights = np.zeros(ci.AGES)
    weights[20:30] = 0.1
    # exposure: women at 20-28 1,000, at 29 (1,000 + 0) / 2 = 500 -> sum(weights x exposure) = 950;
    # births = 1,000 children (no infant deaths) -> TFR = 1000 / 950
    assert ci.implied_tfr(pop, weights, np.zeros(2)) == pytest.approx(1000 / 950)


def test_migration_factors_relative_to_the_nation():
    nation = _census({"China": 1000.0}, year=2010)
    later = _census({"China": 900.0}, year=2020)
    # "Here" lost 10% more of every cohort than the nation did: 0.9 x 0.9 = 0.81 of its 2010 count
    here = pd.concat([_census({"Here": 100.0}, year=2010), _census({"Here": 81.0}, year=2020)])
    census = pd.concat([nation, later, here])
    f = ci.migration_factors(census, ["Here", "China"])
    assert f[0, 0, 30] == pytest.approx(0.9 ** 0.1)
    assert (f[0, :, 80:] == 1).all()          # no migration term from age 80
    assert (f[1] == 1).all()                  # the nation is closed
