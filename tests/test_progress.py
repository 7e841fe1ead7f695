"""The open-sdg progress measure and its sensitivity scales, by hand."""

import numpy as np
import pytest

from mzlib.targets.progress import agreement, annual_changes, classify, compound_growth


def test_compound_growth_by_hand_and_undefined_cases():
    np.testing.assert_allclose(compound_growth([100.0], [121.0], [2.0]), [0.1])
    assert np.isnan(compound_growth([0.0, 5.0, 5.0], [10.0, -1.0, 6.0], [2.0, 2.0, 0.0])).all()


def test_funeral_home_coverage_by_hand():
    # Yunnan: 69.9% (2015) -> 88.6% (2020), target 100% (2025)
    pr = annual_changes([69.9], [2015.0], [88.6], [2020.0], [100.0], [2025.0], [0.0], [100.0], [1.0], 0.01)
    observed, required = (88.6 / 69.9) ** 0.2 - 1, (100 / 69.9) ** 0.1 - 1
    np.testing.assert_allclose(pr["cagr"]["R"], [observed / required])
    assert pr["cagr"]["R"][0] == pytest.approx(1.332, abs=1e-3)
    np.testing.assert_allclose(pr["linear"]["R"], [((88.6 - 69.9) / 5) / ((100 - 69.9) / 10)])
    logit = lambda p: np.log(p / (1 - p))  # noqa: E731
    np.testing.assert_allclose(pr["logit"]["required"], [(logit(0.99) - logit(0.699)) / 10])
    assert pr["logit"]["R"][0] < 0.95  # the tolerance-dependent scale disagrees


def test_logit_needs_both_bounds_and_r_needs_a_required_change():
    pr = annual_changes([10.0, 50.0], [2020.0, 2020.0], [12.0, 50.0], [2022.0, 2022.0], [20.0, 50.0],
                        [2025.0, 2025.0], [0.0, 0.0], [np.nan, 100.0], [1.0, 1.0], 0.01)
    assert np.isnan(pr["logit"]["R"][0]) and np.isfinite(pr["cagr"]["R"][0])
    assert np.isnan(pr["cagr"]["R"][1]) and np.isnan(pr["linear"]["R"][1])  # target = baseline


def test_direction_minus_one_gives_a_positive_ratio_towards_the_target():
    pr = annual_changes([10.0], [2020.0], [8.0], [2022.0], [5.0], [2025.0], np.nan, np.nan, [-1.0], 0.01)
    np.testing.assert_allclose(pr["cagr"]["R"], [(0.8 ** 0.5 - 1) / (0.5 ** 0.2 - 1)])
    assert pr["cagr"]["R"][0] > 0


def test_classify_every_branch():
    status = classify(
        latest=[np.nan, 60, 50, 50, 50, 50, 50, 50, 50],
        baseline=[40, 40, np.nan, 70, 40, 40, 40, 40, 40],
        target=[60] * 9, comparator=[""] * 9, direction=[1] * 9,
        ratio=[np.nan, 0.1, np.nan, np.nan, 1.0, 0.7, 0.1, -0.5, np.nan], on_track=0.95, acceleration=0.60)
    assert status.tolist() == ["insufficient_data", "achieved", "insufficient_data", "regressing", "on_track",
                               "needs_acceleration", "limited_progress", "regressing", "insufficient_data"]
    assert classify([50], [40], [60], [""], [1], [0.7], on_track=0.5, acceleration=0.3).tolist() == ["on_track"]


def test_agreement_counts_only_scales_that_judge_a_trend():
    primary = ["on_track", "on_track", "achieved", "insufficient_data", "on_track"]
    linear = ["on_track", "needs_acceleration", "achieved", "on_track", "on_track"]
    logit = ["", "", "achieved", "", "limited_progress"]
    assert agreement(primary, linear, logit).tolist() == [True, False, True, True, False]


def test_thresholds_hold_at_their_boundaries_on_each_side():
    from mzlib.targets.assessment import AssessmentParams
    p = AssessmentParams.from_parameters()  # the one source: notebook 02's parameters (open-sdg 0.95 / 0.60)
    ratio = [0.95, 0.95 - 1e-9, 0.60, 0.60 - 1e-9, 0.0, -1e-9]
    n = len(ratio)
    status = classify([50] * n, [40] * n, [60] * n, [""] * n, [1] * n, ratio, p.on_track, p.acceleration)
    assert status.tolist() == ["on_track", "needs_acceleration", "needs_acceleration", "limited_progress",
                               "limited_progress", "regressing"]


def test_the_logit_bound_tolerance_holds_at_its_boundary_on_each_side():
    from mzlib.targets.assessment import AssessmentParams
    tol = AssessmentParams.from_parameters().bound_tolerance  # 1% of the range
    latest = [100.0, 99.0 + 1e-9, 98.99, 98.9]
    n = len(latest)
    pr = annual_changes([50.0] * n, [2020.0] * n, latest, [2022.0] * n, [100.0] * n, [2025.0] * n, [0.0] * n,
                        [100.0] * n, [1.0] * n, tol)
    observed = pr["logit"]["observed"]
    assert observed[1] == pytest.approx(observed[0])  # within 1% of the bound: on it
    assert observed[2] < observed[0] - 1e-3 and observed[3] < observed[2]  # outside: not on it


def test_meets_target_tolerance_holds_at_its_boundary_on_each_side():
    from mzlib.core.scales import meets_target
    target = 1000.0
    assert meets_target(target * (1 - 5e-10), target, "", 1) and meets_target(target * (1 + 5e-10), target, "<=", -1)
    assert not meets_target(target * (1 - 2e-9), target, "", 1)
    assert not meets_target(target * (1 + 2e-9), target, "<=", -1)
    assert not meets_target(target, target, ">", 1)
