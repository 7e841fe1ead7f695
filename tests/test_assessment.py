"""Target assessment on small series: values and dates used, primary and sensitivity statuses, the
mid-term check (with the bound for single values), distance to target, expired targets."""

import numpy as np
import pandas as pd
import pytest

from mzlib.targets.assessment import COLUMNS, AssessmentParams, assess, largest_gaps
from mzlib.targets.projection import project

DEFAULT = AssessmentParams.from_parameters()
from mzlib.targets.timeline import decimal_year


def series(rows, lower=np.nan, upper=np.nan, direction=1.0, comparator="", plan=(2021, 2025),
           region="A", indicator="x"):
    """A one-series table in the shape of build_series: rows are (date, value, kind[, extra dict])."""
    records = []
    for i, row in enumerate(rows):
        date, value, kind = row[:3]
        extra = row[3] if len(row) > 3 else {}
        text = str(date) if len(str(date)) > 4 else f"{date}-12-31"
        records.append({"region": region, "indicator_id": indicator, "kind": kind, "date": text,
                        "t": decimal_year(pd.Timestamp(text)), "year": int(text[:4]), "date_basis": "printed",
                        "value": value, "value_printed": value, "value_corrected": np.nan, "correction": "",
                        "comparator": comparator if kind == "target" else "",
                        "figure_ids": f"{region}:{indicator}:{i}", "derived": False, "suspect": False,
                        "target_source": "own" if kind == "target" else "",
                        "target_region": region if kind == "target" else "", "unit_std": "%",
                        "direction": direction, "lower_bound": lower, "upper_bound": upper,
                        "plan_start": plan[0], "plan_end": plan[1], "admin_level": "prefecture",
                        "province": "P", "check_flags": "", "note": "", **extra})
    df = pd.DataFrame(records)
    df["year"] = df["year"].astype("Int64")
    return df


def run(df, params=DEFAULT):
    return assess(df, project(df, params.horizon), params).iloc[0]


def test_compound_growth_ratio_by_hand_with_dates():
    row = run(series([(2020, 100.0, "actual"), ("2023-03-31", 130.0, "actual"), (2025, 200.0, "target")]))
    t = 2022 + 90 / 365 - 2020
    observed, required = 1.3 ** (1 / t) - 1, 2 ** (1 / 5) - 1
    assert row["primary_scale"] == "cagr"
    np.testing.assert_allclose([row["observed_annual_change"], row["required_annual_change"]], [observed, required])
    np.testing.assert_allclose(row["ratio_R"], observed / required)
    np.testing.assert_allclose(row["observed_annual_change_abs"], 30 / t)
    assert row["status"] == "needs_acceleration" and row["latest_date"] == "2023-03-31"
    np.testing.assert_allclose(row["time_progress"], t / 5)
    np.testing.assert_allclose(row["share_of_distance_covered"], 0.3)
    assert not row["keeps_pace"] and row["pace_basis"] == "baseline"
    assert row["figure_ids"] == "A:x:0;A:x:1;A:x:2" and "2 points" in row["note"]
    assert list(assess(series([(2025, 1.0, "target")]), None, DEFAULT).columns) == COLUMNS


@pytest.mark.parametrize("latest, status", [
    (150.0, "on_track"), (121.0, "needs_acceleration"), (105.0, "limited_progress"), (90.0, "regressing"),
    (200.0, "achieved"),
])
def test_status_branches(latest, status):
    assert run(series([(2020, 100.0, "actual"), (2022, latest, "actual"), (2025, 200.0, "target")]))[
        "status"] == status


def test_thresholds_are_parameters():
    df = series([(2020, 100.0, "actual"), (2022, 121.0, "actual"), (2025, 200.0, "target")])
    assert run(df, AssessmentParams.from_parameters({"ON_TRACK": 0.5}))["status"] == "on_track"
    assert run(df, AssessmentParams.from_parameters({"ACCELERATION": 0.8}))["status"] == "limited_progress"


def test_achieved_whatever_the_trend_and_regressing_when_lost():
    row = run(series([(2020, 100.0, "actual"), (2023, 96.0, "actual"), (2025, 95.0, "target")], comparator=">="))
    assert row["status"] == "achieved" and row["keeps_pace"] and row["pace_basis"] == "target met"
    assert row["projected_linear"] >= 95.0  # held at the met target
    lost = run(series([(2020, 100.0, "actual"), (2023, 90.0, "actual"), (2025, 95.0, "target")]))
    assert lost["status"] == "regressing"


def test_baseline_from_before_the_plan_counts_the_required_growth_from_it():
    # Yunnan's plan prints 2015 and 2020: the required growth runs from 2015 to 2025, as in open-sdg.
    row = run(series([(2015, 69.9, "actual"), (2020, 88.6, "actual"), (2025, 100.0, "target")], 0.0, 100.0))
    assert row["primary_scale"] == "linear" and row["ratio_R"] == pytest.approx((18.7 / 5) / (30.1 / 10))
    assert row["status"] == "on_track" and row["ratio_R_cagr"] == pytest.approx(1.332, abs=1e-3)
    assert row["status_cagr"] == "on_track" and row["status_logit"] == "needs_acceleration"
    assert not row["scales_agree"]
    assert row["time_progress"] == 0.0 and np.isnan(row["share_of_distance_covered"])


def test_linear_stands_in_where_a_value_is_zero():
    row = run(series([(2020, 0.0, "actual"), (2022, 4.0, "actual"), (2025, 10.0, "target")]))
    assert row["primary_scale"] == "linear" and row["ratio_R"] == pytest.approx(1.0)
    assert row["status"] == "on_track"


def test_direction_minus_one():
    row = run(series([(2020, 10.0, "actual"), (2022, 8.0, "actual"), (2025, 5.0, "target")], direction=-1.0))
    np.testing.assert_allclose(row["ratio_R"], (0.8 ** 0.5 - 1) / (0.5 ** 0.2 - 1))
    assert row["status"] == "needs_acceleration" and row["gap_to_target"] == pytest.approx(3.0)
    by_comparator = run(series([(2020, 10.0, "actual"), (2022, 8.0, "actual"), (2025, 5.0, "target")],
                               comparator="<="))
    assert by_comparator["direction"] == -1.0 and by_comparator["status"] == "needs_acceleration"


def test_suspect_values_are_left_out():
    rows = [(2020, 1188.67, "actual"), (2021, 1345.0, "actual"), (2022, 1873.0, "actual", {"suspect": True}),
            ("2023-03-31", 1783.0, "actual"), (2025, 2300.0, "target")]
    row = run(series(rows))
    assert row["n_points"] == 3 and row["baseline"] == 1188.67 and row["latest"] == 1783.0
    assert "left out: 1873" in row["note"]
    assert row["time_progress"] == pytest.approx(0.449, abs=1e-3) and row["keeps_pace"]


def test_corrected_values_are_used_and_the_printed_verdict_shown():
    rows = [(2020, 50.0, "actual"), (2023, 66.0, "actual", {"value_printed": 56.0, "value_corrected": 66.0,
                                                            "correction": "ratio:x: printed 56, corrected 66"}),
            (2025, 70.0, "target")]
    row = run(series(rows, 0.0, 100.0))
    assert row["value_basis"] == "corrected" and row["latest"] == 66.0 and row["latest_printed"] == 56.0
    # printed: (56/50)^(1/3) - 1 = 3.85% a year against (70/50)^(1/5) - 1 = 6.96% needed, R = 0.55
    assert row["status"] == "on_track" and row["status_if_printed"] == "limited_progress"
    assert "printed 56" in row["corrections"]


def test_single_value_gets_distance_and_the_change_now_needed():
    row = run(series([("2023-11-28", 15.0, "actual"), (2025, 95.0, "target")], 0.0, 100.0))
    span = 2025 - decimal_year(pd.Timestamp("2023-11-28"))
    assert row["status"] == "insufficient_data" and row["gap_to_target"] == 80.0
    np.testing.assert_allclose(row["required_annual_change_from_latest_abs"], 80 / span)
    np.testing.assert_allclose(row["required_growth_from_latest"], (95 / 15) ** (1 / span) - 1)
    # at most 15/95 of the distance covered with 58% of the period elapsed: behind whatever the baseline
    assert row["share_of_distance_max"] == pytest.approx(15 / 95)
    assert row["keeps_pace"] == False and row["pace_basis"] == "bound"  # noqa: E712
    near = run(series([("2023-11-28", 85.0, "actual"), (2025, 90.0, "target")], 0.0, 100.0))
    assert pd.isna(near["keeps_pace"]) and near["pace_basis"] == ""


def test_expired_target_is_judged_at_its_date():
    late = run(series([("2020-06-24", 80.0, "actual"), ("2020-12-31", 138.0, "target")]))
    assert late["expired"] and late["verdict_at_target_date"] == "" and late["status"] == "insufficient_data"
    assert "no value on or after the target date" in late["note"]
    met = run(series([(2019, 60.0, "actual"), (2020, 140.0, "actual"), (2021, 150.0, "actual"),
                      ("2020-12-31", 138.0, "target")]))
    assert met["verdict_at_target_date"] == "met" and met["status"] == "achieved" and met["latest"] == 140.0
    missed = run(series([(2019, 60.0, "actual"), (2021, 90.0, "actual"), ("2020-12-31", 138.0, "target")]))
    assert missed["status"] == "missed" and missed["latest"] == 90.0


def test_largest_gaps_leave_out_expired_and_achieved_targets():
    df = pd.concat([
        series([(2023, 15.0, "actual"), (2025, 95.0, "target")], indicator="a"),
        series([(2023, 50.0, "actual"), (2025, 60.0, "target")], indicator="b"),
        series([(2020, 1.0, "actual"), (2020, 100.0, "target")], indicator="c"),
        series([(2023, 99.0, "actual"), (2025, 60.0, "target")], indicator="d"),
    ], ignore_index=True)
    gaps = largest_gaps(assess(df, project(df, 2025), DEFAULT))
    assert gaps["indicator_id"].tolist() == ["a", "b"]
    np.testing.assert_allclose(gaps["gap_pct_of_target"], [100 * 80 / 95, 100 * 10 / 60])


def test_methods_reaching_target_when_methods_disagree():
    row = run(series([(2015, 15.3, "actual"), (2020, 25.4, "actual"), (2025, 36.0, "target")], 0.0, 100.0))
    assert row["projected_min"] < 36.0 <= row["projected_max"] and row["methods_reaching_target"] == "some"
    assert run(series([(2020, 50.0, "actual"), (2022, 70.0, "actual"), (2025, 80.0, "target")]))[
        "methods_reaching_target"] == "all"


def test_target_id_is_the_target_figure_id_made_url_safe_and_names_the_city_of_a_copied_target():
    from mzlib.targets.assessment import target_id
    assert target_id("Tai'an", "Tai'an", "taian-2023:21792;taian-2023:300") == "taian-2023-21792"
    assert target_id("Lincang", "Yunnan", "yunnan-2021:5120") == "yunnan-2021-5120-for-lincang"
    assert target_id("A", "A", "a-1:7d") == "a-1-7d"
    row = run(series([(2020, 100.0, "actual"), (2025, 200.0, "target")]))
    assert row["target_id"] == "a-x-1"


def test_a_trend_from_before_the_plan_is_momentum_and_one_after_its_start_is_progress():
    from mzlib.targets.assessment import is_momentum
    before = assess(*(lambda df: (df, project(df, 2025)))(series(
        [(2015, 10.0, "actual"), (2020, 20.0, "actual"), (2025, 30.0, "target")])), DEFAULT)
    after = assess(*(lambda df: (df, project(df, 2025)))(series(
        [(2015, 10.0, "actual"), ("2021-01-31", 20.0, "actual"), (2025, 30.0, "target")])), DEFAULT)
    assert before["trend_period"].tolist() == ["pre_plan"] and is_momentum(before).tolist() == [True]
    assert after["trend_period"].tolist() == ["in_plan"] and is_momentum(after).tolist() == [False]
    assert before["status"].iloc[0] == "on_track"  # the measure is kept; the headline counts it apart


def test_a_bounded_share_is_read_on_the_linear_scale_and_an_unbounded_level_by_compound_growth():
    # Yunnan's nursing-bed share: 3% (2015) to 25% (2020), target 55% (2025)
    share = run(series([(2015, 3.0, "actual"), (2020, 25.0, "actual"), (2025, 55.0, "target")], 0.0, 100.0))
    assert share["primary_scale"] == "linear" and share["status"] == "needs_acceleration"
    assert share["ratio_R"] == pytest.approx((22 / 5) / (52 / 10))
    assert share["status_cagr"] == "on_track" and not share["scales_agree"]
    level = run(series([(2015, 3.0, "actual"), (2020, 25.0, "actual"), (2025, 55.0, "target")]))
    assert level["primary_scale"] == "cagr" and level["status"] == "on_track" and level["status_linear"] == (
        "needs_acceleration")
