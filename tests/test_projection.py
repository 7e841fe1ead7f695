"""Projection methods: hand-computed values, bounds, OLS paths agree, tidy output."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mzlib.targets import projection as P

YEARS = np.array([2024, 2025])


def test_linear_constant_absolute_change():
    v = P.linear([2020], [60.0], [2023], [66.0], YEARS)
    np.testing.assert_allclose(v, [[68.0, 70.0]])


def test_cagr_constant_growth():
    v = P.cagr([2020], [100.0], [2022], [121.0], [2023, 2024])
    np.testing.assert_allclose(v, [[133.1, 146.41]])


def test_cagr_undefined_for_non_positive_values():
    v = P.cagr([2020, 2020], [0.0, -1.0], [2022, 2022], [10.0, 5.0], YEARS)
    assert np.isnan(v).all()


def test_logistic_is_linear_in_logit():
    # 20% -> 50% over 2 years: logit -1.386294 -> 0, so +0.693147 a year; 2023 logit 0.693147
    # is p = 2/3, 2024 logit 1.386294 is p = 0.8.
    v = P.logistic([2020], [20.0], [2022], [50.0], [2023, 2024], [0.0], [100.0])
    np.testing.assert_allclose(v, [[100 * 2 / 3, 80.0]])


def test_logistic_value_on_bound_stays_on_bound():
    v = P.logistic([2020, 2020], [90.0, 100.0], [2023, 2023], [100.0, 100.0], YEARS,
                   [0.0, 0.0], [100.0, 100.0])
    np.testing.assert_allclose(v, 100.0)


def test_logistic_needs_both_bounds():
    v = P.logistic([2020], [20.0], [2022], [50.0], YEARS, [0.0], [np.nan])
    assert np.isnan(v).all()


def test_single_observation_gives_no_trend():
    v = P.linear([2023], [50.0], [2023], [50.0], YEARS)
    assert np.isnan(v).all()


def test_endpoints_ignore_padding_and_order():
    t = np.array([[2023, 2020, np.nan], [np.nan, np.nan, np.nan]])
    y = np.array([[66.0, 60.0, np.nan], [np.nan, np.nan, np.nan]])
    t0, y0, t1, y1 = P.endpoints(t, y)
    np.testing.assert_allclose([t0[0], y0[0], t1[0], y1[0]], [2020, 60, 2023, 66])
    assert np.isnan([t0[1], y1[1]]).all()


def test_ols_hand_computed():
    # y = 1, 2, 4 at t = 0, 1, 2: slope 1.5, intercept 5/6, s^2 = 1/6, Sxx = 2.
    t = np.array([[0.0, 1.0, 2.0]])
    y = np.array([[1.0, 2.0, 4.0]])
    value, lower, upper = P.ols(t, y, [3.0], alpha=0.05)
    np.testing.assert_allclose(value, [[5 / 6 + 4.5]])
    half = 12.706204736 * np.sqrt(1 / 6) * np.sqrt(1 + 1 / 3 + 4 / 2)
    np.testing.assert_allclose(upper - value, [[half]], rtol=1e-8)
    np.testing.assert_allclose(value - lower, [[half]], rtol=1e-8)


def test_ols_needs_three_points():
    value, lower, upper = P.ols(np.array([[2020.0, 2023.0]]), np.array([[1.0, 2.0]]), YEARS)
    assert np.isnan(value).all() and np.isnan(lower).all()


def test_vectorised_ols_matches_statsmodels():
    rng = np.random.default_rng(0)
    t = np.tile(np.arange(2016, 2023, dtype=float), (40, 1))
    y = 50 + rng.normal(2, 1, (40, 1)) * (t - 2016) + rng.normal(0, 2, t.shape)
    t[::3, 5:] = np.nan  # some series are shorter
    t[::7, 2:] = np.nan  # some are too short for OLS
    fast = P.ols(t, y, YEARS, alpha=0.1)
    slow = P.ols_statsmodels(t, y, YEARS, alpha=0.1)
    for a, b in zip(fast, slow):
        np.testing.assert_allclose(a, b, rtol=1e-9, atol=1e-9)


def test_meets_target_comparators_and_direction():
    met = P.meets_target([60, 60, 60, 60, 60, 60],
                         [60, 60, 60, 60, 60, 61],
                         [">=", ">", "", "<", "", ""],
                         [1, 1, 1, 1, -1, -1])
    assert met.tolist() == [True, False, True, False, True, True]


def test_projection_never_runs_back_past_a_met_target():
    t = np.array([[2020.0, 2023.0]])
    y = np.array([[100.0, 96.0]])
    out = P.project_arrays(t, y, YEARS, [0.0], [100.0], target=[95.0], direction=[1.0],
                           met=[True], methods=("linear",))
    np.testing.assert_allclose(out["linear"][0], [[95.0, 95.0]])


def test_direction_minus_one_hold():
    out = P.project_arrays(np.array([[2020.0, 2023.0]]), np.array([[10.0, 4.0]]), YEARS,
                           target=[5.0], direction=[-1.0], met=[True], methods=("linear",))
    np.testing.assert_allclose(out["linear"][0], [[2.0, 0.0]])


@settings(max_examples=200, deadline=None)
@given(
    y0=st.floats(0, 100), y1=st.floats(0, 100), gap=st.integers(1, 6),
    method=st.sampled_from(P.TWO_POINT_METHODS),
)
def test_projections_stay_within_bounds(y0, y1, gap, method):
    t = np.array([[2020.0 - gap, 2020.0]])
    y = np.array([[y0, y1]])
    out = P.project_arrays(t, y, np.arange(2021, 2040), [0.0], [100.0], methods=(method,))
    value = out[method][0]
    finite = value[np.isfinite(value)]
    assert ((finite >= 0) & (finite <= 100)).all()


@settings(max_examples=50, deadline=None)
@given(st.lists(st.floats(0, 100), min_size=3, max_size=8))
def test_ols_interval_within_bounds(values):
    y = np.array([values])
    t = np.arange(y.shape[1], dtype=float)[None, :] + 2015
    out = P.project_arrays(t, y, np.arange(2025, 2035), [0.0], [100.0], methods=("ols",))
    for a in out["ols"]:
        finite = a[np.isfinite(a)]
        assert ((finite >= 0) & (finite <= 100)).all()


def _series():
    rows = [
        ("A", "rate", 2020, 50.0, "actual"), ("A", "rate", 2023, 56.0, "actual"),
        ("A", "rate", 2025, 60.0, "target"),
        ("B", "count", 2019, 10.0, "actual"), ("B", "count", 2020, 11.0, "actual"),
        ("B", "count", 2021, 13.0, "actual"),
        ("C", "rate", 2023, 40.0, "actual"),
    ]
    df = pd.DataFrame(rows, columns=["region", "indicator_id", "year", "value", "kind"])
    df["comparator"] = ""
    df["direction"] = 1.0
    df["lower_bound"] = np.where(df["indicator_id"] == "rate", 0.0, 0.0)
    df["upper_bound"] = np.where(df["indicator_id"] == "rate", 100.0, np.nan)
    return df


def test_project_tidy_output():
    out = P.project(_series(), horizon=2025)
    assert list(out.columns) == P.PROJECTION_COLUMNS
    a = out[(out["region"] == "A") & (out["method"] == "linear")]
    assert a["year"].tolist() == [2024, 2025]
    np.testing.assert_allclose(a["value"], [58.0, 60.0])
    assert set(out.loc[out["region"] == "A", "method"]) == {"linear", "cagr", "logistic"}
    b = out[out["region"] == "B"]
    assert set(b["method"]) == {"linear", "cagr", "ols"}  # unbounded above: no logistic
    assert b["year"].min() == 2022
    assert b.loc[b["method"] == "ols", "lower"].notna().all()
    assert "C" not in set(out["region"])  # one point: nothing to project


def test_method_spread_is_min_max_across_methods():
    out = P.project(_series(), horizon=2025)
    spread = P.method_spread(out)
    row = spread[(spread["region"] == "B") & (spread["year"] == 2025)].iloc[0]
    values = out[(out["region"] == "B") & (out["year"] == 2025)]["value"]
    assert row["lower"] == values.min() and row["upper"] == values.max()
    assert row["method"] == "spread" and row["n_methods"] == 3


def test_unknown_method_is_an_error():
    with pytest.raises(ValueError):
        P.project_arrays(np.array([[2020.0, 2021.0]]), np.array([[1.0, 2.0]]), YEARS,
                         methods=("spline",))
