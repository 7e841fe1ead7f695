"""Target assessment: R on each scale, every status branch, mid-term check, claims."""

import numpy as np
import pandas as pd
import pytest

from mzlib.analysis.assessment import (AssessmentParams, assess, classify, compare_claims, parse_claim,
                              progress_ratio)
from mzlib.analysis.projection import project


def series(rows, lower=np.nan, upper=np.nan, direction=1.0, comparator="", plan_base=2020,
           region="A", indicator="x"):
    """A one-series table in the shape of build_series: rows are (year, value, kind)."""
    df = pd.DataFrame(rows, columns=["year", "value", "kind"])
    n = len(df)
    df.insert(0, "indicator_id", indicator)
    df.insert(0, "region", region)
    df["comparator"] = np.where(df["kind"] == "target", comparator, "")
    df["figure_ids"] = [f"{region}:{indicator}:{i}" for i in range(n)]
    df["derived"] = False
    df["target_source"] = np.where(df["kind"] == "target", "own", "")
    df["unit_std"] = "%"
    df["direction"] = direction
    df["lower_bound"] = lower
    df["upper_bound"] = upper
    df["plan_base_year"] = plan_base
    df["note"] = ""
    df["year"] = df["year"].astype("Int64")
    return df


def run(df, params=AssessmentParams()):
    return assess(df, project(df), params).iloc[0]


def test_cagr_ratio_hand_computed():
    row = run(series([(2020, 100.0, "actual"), (2022, 121.0, "actual"), (2025, 200.0, "target")]))
    assert row["change_scale"] == "cagr"
    np.testing.assert_allclose(row["observed_annual_change"], np.log(1.21) / 2)
    np.testing.assert_allclose(row["required_annual_change"], np.log(2) / 5)
    np.testing.assert_allclose(row["ratio_R"], (np.log(1.21) / 2) / (np.log(2) / 5))
    assert row["status"] == "needs_acceleration"
    np.testing.assert_allclose(row["observed_annual_change_abs"], 10.5)
    np.testing.assert_allclose(row["required_annual_change_abs"], 20.0)
    np.testing.assert_allclose(row["time_progress"], 0.4)
    np.testing.assert_allclose(row["share_of_distance_covered"], 0.21)
    assert not row["keeps_pace"]
    np.testing.assert_allclose(row["projected_linear"], 121 + 3 * 10.5)
    np.testing.assert_allclose(row["projected_cagr"], 121 * 1.1 ** 3)
    assert np.isnan(row["projected_logistic"])  # unbounded
    assert row["figure_ids"] == "A:x:0;A:x:1;A:x:2"
    assert "2 points" in row["note"]


@pytest.mark.parametrize("latest, status", [
    (150.0, "on_track"),
    (121.0, "needs_acceleration"),
    (105.0, "limited_progress"),
    (90.0, "regressing"),
    (200.0, "achieved"),
])
def test_status_branches(latest, status):
    row = run(series([(2020, 100.0, "actual"), (2022, latest, "actual"),
                      (2025, 200.0, "target")]))
    assert row["status"] == status


def test_thresholds_are_parameters():
    df = series([(2020, 100.0, "actual"), (2022, 121.0, "actual"), (2025, 200.0, "target")])
    assert run(df, AssessmentParams(on_track=0.5))["status"] == "on_track"
    assert run(df, {"acceleration": 0.8})["status"] == "limited_progress"


def test_achieved_whatever_the_trend():
    row = run(series([(2020, 100.0, "actual"), (2023, 96.0, "actual"), (2025, 95.0, "target")],
                     comparator=">="))
    assert row["status"] == "achieved"
    assert row["projected_linear"] >= 95.0  # held at the met target


def test_regressing_when_baseline_had_met_target():
    row = run(series([(2020, 100.0, "actual"), (2023, 90.0, "actual"), (2025, 95.0, "target")]))
    assert row["status"] == "regressing"


def test_direction_minus_one():
    df = series([(2020, 10.0, "actual"), (2022, 8.0, "actual"), (2025, 5.0, "target")],
                direction=-1.0)
    row = run(df)
    # observed log(0.8)/2, required log(0.5)/5: both negative, R positive.
    np.testing.assert_allclose(row["ratio_R"], (np.log(0.8) / 2) / (np.log(0.5) / 5))
    assert row["status"] == "needs_acceleration"
    worse = run(series([(2020, 10.0, "actual"), (2022, 12.0, "actual"), (2025, 5.0, "target")],
                       direction=-1.0))
    assert worse["ratio_R"] < 0 and worse["status"] == "regressing"
    met = run(series([(2020, 10.0, "actual"), (2022, 4.0, "actual"), (2025, 5.0, "target")],
                     direction=-1.0))
    assert met["status"] == "achieved"


def test_comparator_sets_direction():
    row = run(series([(2020, 10.0, "actual"), (2022, 8.0, "actual"), (2025, 5.0, "target")],
                     comparator="<=", direction=1.0))
    assert row["direction"] == -1.0 and row["status"] == "needs_acceleration"


@pytest.mark.parametrize("comparator, status", [(">=", "achieved"), ("", "achieved"),
                                                (">", "on_track")])
def test_comparator_on_the_target(comparator, status):
    row = run(series([(2020, 50.0, "actual"), (2023, 60.0, "actual"), (2025, 60.0, "target")],
                     comparator=comparator))
    assert row["status"] == status


def test_insufficient_data_only_target():
    row = run(series([(2025, 60.0, "target")]))
    assert row["status"] == "insufficient_data" and np.isnan(row["latest"])


def test_insufficient_data_without_baseline():
    row = run(series([(2023, 50.0, "actual"), (2025, 60.0, "target")]))
    assert row["status"] == "insufficient_data"
    assert "1 point" in row["note"]


def test_single_point_that_meets_target_is_achieved():
    row = run(series([(2023, 84.68, "actual"), (2025, 55.0, "target")], comparator=">="))
    assert row["status"] == "achieved"


def test_absolute_fallback_for_zero_baseline():
    row = run(series([(2020, 0.0, "actual"), (2022, 4.0, "actual"), (2025, 10.0, "target")]))
    assert row["change_scale"] == "absolute"
    np.testing.assert_allclose(row["ratio_R"], 2.0 / 2.0)
    assert row["status"] == "on_track"


def test_logit_scale_for_bounded_indicator():
    df = series([(2020, 20.0, "actual"), (2022, 50.0, "actual"), (2025, 80.0, "target")],
                lower=0.0, upper=100.0)
    row = run(df)
    logit = lambda p: np.log(p / (1 - p))  # noqa: E731
    assert row["change_scale"] == "logit"
    np.testing.assert_allclose(row["observed_annual_change"], (logit(0.5) - logit(0.2)) / 2)
    np.testing.assert_allclose(row["required_annual_change"], (logit(0.8) - logit(0.2)) / 5)
    np.testing.assert_allclose(row["ratio_R"], 1.25)
    assert row["projected_logistic"] <= 100.0


def test_on_track_reachable_near_the_bound():
    # 95% -> 99.2% by 2023 with a target of 100%: within the 1-point tolerance of the bound.
    df = series([(2020, 95.0, "actual"), (2023, 99.2, "actual"), (2025, 100.0, "target")],
                lower=0.0, upper=100.0)
    row = run(df)
    assert row["status"] == "on_track" and row["ratio_R"] >= 1.0
    # With an exact bound (no tolerance) the required logit change would be unbounded.
    strict = run(df, AssessmentParams(bound_tolerance=1e-12))
    assert strict["ratio_R"] < 0.6


def test_bounded_scale_can_be_cagr():
    df = series([(2020, 20.0, "actual"), (2022, 50.0, "actual"), (2025, 80.0, "target")],
                lower=0.0, upper=100.0)
    row = run(df, AssessmentParams(bounded_scale="cagr"))
    assert row["change_scale"] == "cagr"
    np.testing.assert_allclose(row["ratio_R"], (np.log(2.5) / 2) / (np.log(4) / 5))


def test_baseline_closest_to_plan_base_year():
    df = series([(2016, 40.0, "actual"), (2020, 50.0, "actual"), (2023, 56.0, "actual"),
                 (2025, 60.0, "target")])
    row = run(df)
    assert row["baseline_year"] == 2020 and row["latest_year"] == 2023
    assert not np.isnan(row["projected_ols"]) and row["projected_ols_lower"] < row[
        "projected_ols"]
    assert "3 points" in row["note"]


def test_classify_vectorised_branches():
    status = classify(
        latest=[np.nan, 60, 50, 50, 50, 50, 50, 50],
        baseline=[40, 40, np.nan, 70, 40, 40, 40, 40],
        target=[60, 60, 60, 60, 60, 60, 60, 60],
        comparator=[""] * 8, direction=[1] * 8,
        ratio=[np.nan, 0.1, np.nan, np.nan, 1.0, 0.7, 0.1, -0.5])
    assert status.tolist() == ["insufficient_data", "achieved", "insufficient_data",
                               "regressing", "on_track", "needs_acceleration",
                               "limited_progress", "regressing"]


def test_progress_ratio_undefined_span():
    pr = progress_ratio([50.0], [2023], [55.0], [2023], [60.0], [2025], [np.nan], [np.nan])
    assert np.isnan(pr["R"][0])


@pytest.mark.parametrize("text, label", [("已完成", "achieved"), ("未完成", "not_achieved"),
                                         ("未开展", "not_achieved"), ("提前完成", "achieved"),
                                         ("", "")])
def test_parse_claim(text, label):
    assert parse_claim(text) == label


def _figures(assessment, claims):
    rows = []
    for _, row in assessment.iterrows():
        status, doc = claims[(row["region"], row["indicator_id"])]
        for fid in row["figure_ids"].split(";"):
            kind = "target" if fid.endswith(":1") else "actual"
            year = row["target_year"] if kind == "target" else row["latest_year"]
            rows.append({"figure_id": fid, "doc": doc, "kind": kind, "year": year,
                         "status_reported": status if kind == "actual" else ""})
    return pd.DataFrame(rows)


def test_compare_claims():
    df = pd.concat([
        series([(2023, 54.0, "actual"), (2025, 75.0, "target")], region="W", indicator="a"),
        series([(2023, 100.0, "actual"), (2025, 100.0, "target")], region="W", indicator="b"),
        series([(2023, 100.0, "actual"), (2025, 100.0, "target")], region="W", indicator="c"),
        series([(2023, 1783.0, "actual"), (2025, 2300.0, "target")], region="T", indicator="d"),
        series([(2023, 69.0, "actual"), (2025, 60.0, "target")], region="T", indicator="e"),
        series([(2020, 10.0, "actual"), (2025, 15.0, "target")], region="P", indicator="f"),
    ], ignore_index=True)
    a = assess(df, project(df))
    figures = _figures(a, {("W", "a"): ("未完成", "w.txt"), ("W", "b"): ("已完成", "w.txt"),
                           ("W", "c"): ("未完成", "w.txt"), ("T", "d"): ("", "t.txt"),
                           ("T", "e"): ("", "t.txt"), ("P", "f"): ("", "p.txt")})
    manifest = pd.DataFrame({"file": ["w.txt", "t.txt", "p.txt"],
                             "doc_type": ["midterm_review", "midterm_review", "plan"]})
    c = compare_claims(a, figures, manifest).set_index(["region", "indicator_id"])
    assert list(c.columns) == ["claimed", "claim_text", "computed", "agrees", "note"]
    assert c.loc[("W", "a"), "agrees"] and c.loc[("W", "a"), "computed"] == "insufficient_data"
    assert c.loc[("W", "b"), "agrees"]
    assert not c.loc[("W", "c"), "agrees"]  # claims 未完成 but 100 meets 100
    assert c.loc[("T", "d"), "claimed"] == "not_achieved" and c.loc[("T", "d"), "agrees"]
    assert c.loc[("T", "e"), "claimed"] == "achieved" and c.loc[("T", "e"), "agrees"]
    assert ("P", "f") not in c.index  # a plan's baseline is no completion claim


def test_small_share_keeps_a_defined_ratio():
    # 0.10% -> 0.15% of the population with a 0.18% target: far from the upper bound the logit
    # scale is the log scale, so R is close to the CAGR ratio.
    row = run(series([(2021, 0.10, "actual"), (2023, 0.15, "actual"), (2025, 0.18, "target")],
                     lower=0.0, upper=100.0))
    cagr_r = (np.log(1.5) / 2) / (np.log(1.8) / 4)
    np.testing.assert_allclose(row["ratio_R"], cagr_r, rtol=0.01)
    assert row["status"] == "on_track"


def test_before_plan_required_change_counts_from_latest():
    # 13th-plan review values only (2015, 2020) against a 2025 target; base year 2020.
    row = run(series([(2015, 100.0, "actual"), (2020, 150.0, "actual"), (2025, 200.0, "target")]))
    np.testing.assert_allclose(row["required_annual_change"], np.log(200 / 150) / 5)
    np.testing.assert_allclose(row["ratio_R"], np.log(1.5) / np.log(200 / 150))
    assert row["status"] == "on_track"
    assert np.isnan(row["time_progress"]) and np.isnan(row["share_of_distance_covered"])


def test_undefined_ratio_is_insufficient_data():
    status = classify(latest=[55.0], baseline=[50.0], target=[60.0], comparator=[""],
                      direction=[1.0], ratio=[np.nan])
    assert status.tolist() == ["insufficient_data"]


@pytest.mark.parametrize("rows, reach", [
    ([(2020, 50.0, "actual"), (2022, 70.0, "actual"), (2025, 80.0, "target")], "all"),
    ([(2020, 50.0, "actual"), (2022, 52.0, "actual"), (2025, 90.0, "target")], "none"),
])
def test_methods_reaching_target(rows, reach):
    assert run(series(rows))["methods_reaching_target"] == reach


def test_methods_reaching_target_when_methods_disagree():
    # from 15.3 to 25.4 in five years: linear and cagr pass 36 by 2025, the bounded logistic does not
    row = run(series([(2015, 15.3, "actual"), (2020, 25.4, "actual"), (2025, 36.0, "target")],
                     lower=0.0, upper=100.0))
    assert row["projected_min"] < 36.0 <= row["projected_max"]
    assert row["methods_reaching_target"] == "some"
