"""The audit of issue 9, on the seeds' figures and checks (notebook 01 run on the tests' copy of the
seeds, :mod:`seeds`): dated values, printed and derived baselines, the primary measure and its
sensitivity, corrections, expired and borrowed targets, the documents' claims; and the committed
outputs are what the code computes from the committed figures and checks, whatever the corpus."""

import numpy as np
import pandas as pd
import pytest

from mzlib.targets import parameters, reading
from mzlib.targets.judge import judge_targets
from mzlib.core import paths
from mzlib.core.outputs import read_processed
from mzlib.sources.convert import document_text
from mzlib.sources.manifest import load_manifest
from mzlib.sources.registry import load_registry

WENSHAN_SHARE = "ratio_vs_components:wenshan-2023:986"


@pytest.fixture(scope="module")
def inputs(seed_run):
    return seed_run.figures, seed_run.checks, load_registry(), seed_run.manifest, seed_run.texts


def _judged(inputs):
    params = parameters.validate({}, inputs[3], inputs[2])
    return judge_targets(*inputs, params)


@pytest.fixture(scope="module")
def results(inputs):
    return _judged(inputs)


@pytest.fixture(scope="module")
def a(results):
    return results["assessment"].set_index(["region", "indicator_id"])


def test_taian_baselines_printed_and_derived_and_its_dates(a):
    workers = a.loc[("Tai'an", "licensed_social_workers")]
    assert workers["baseline_date"] == "2020-12-31" and workers["baseline"] == pytest.approx(1188.67)
    assert workers["latest_date"] == "2023-03-31" and workers["latest"] == 1783
    assert "taian-2023:2078d" in workers["figure_ids"]
    lottery = a.loc[("Tai'an", "lottery_outlets")]
    assert lottery["baseline"] == 530 and lottery["latest_date"] == "2023-06-30"
    assert "taian-2023:1565d" in lottery["figure_ids"] and "taian-2023:1544" in lottery["figure_ids"]


def test_taian_time_elapsed_is_near_045_and_it_keeps_pace(a):
    taian = a.loc["Tai'an"]
    dated_march = taian[taian["latest_date"] == "2023-03-31"]
    assert len(dated_march) >= 20
    np.testing.assert_allclose(dated_march["time_progress"], 2.2466 / 5, atol=1e-3)
    workers = a.loc[("Tai'an", "licensed_social_workers")]
    assert workers["keeps_pace"] and workers["share_of_distance_covered"] == pytest.approx(
        (1783 - 1188.67) / (2300 - 1188.67))
    assert workers["status"] == "on_track"
    assert "left out: 1873" in workers["note"] and workers["n_points"] == 3  # the suspect 2022 value


def test_lottery_outlets_on_track_and_keeping_pace(a):
    row = a.loc[("Tai'an", "lottery_outlets")]
    t = 2022 + 181 / 365 - 2020
    assert row["ratio_R"] == pytest.approx(((560 / 530) ** (1 / t) - 1) / ((580 / 530) ** 0.2 - 1))
    assert row["status"] == "on_track" and row["keeps_pace"]
    assert row["time_progress"] == pytest.approx(t / 5)


def test_yunnan_ratio_is_judged_from_the_standards_at_both_ends(a):
    row = a.loc[("Yunnan", "dibao_rural_urban_ratio")]
    assert row["baseline_date"] == "2015-12-31" and row["baseline"] == pytest.approx(100 * 2312.44 / 4800)
    assert row["latest"] == pytest.approx(58.59, abs=0.01) and row["status"] == "needs_acceleration"
    assert row["ratio_R_cagr"] == pytest.approx(0.88, abs=0.005) and row["primary_scale"] == "linear"
    assert "yunnan-2021:774d" in row["figure_ids"] and "yunnan-2021:6190" not in row["figure_ids"]
    assert "printed 60.00 for 2020 (yunnan-2021:6190)" in row["note"]


def test_funeral_home_coverage_on_track_under_the_primary_measure_and_the_disagreement_shown(a):
    row = a.loc[("Yunnan", "funeral_home_county_coverage")]
    assert row["primary_scale"] == "linear" and row["status"] == "on_track"
    assert row["ratio_R_cagr"] == pytest.approx(1.332, abs=1e-3)
    assert row["status_logit"] != "on_track" and not row["scales_agree"]


def test_wenshan_volunteer_share_is_flagged_and_a_correction_is_used_beside_it(inputs):
    figures, checks, registry, manifest, texts = inputs
    params = parameters.validate({}, manifest, registry)
    flagged = judge_targets(*inputs, params)["assessment"].set_index(["region", "indicator_id"])
    assert WENSHAN_SHARE in flagged.loc[("Wenshan", "volunteer_share"), "check_flags"]
    corrected = checks.astype(object)
    hit = corrected["check_id"] == WENSHAN_SHARE
    assert hit.sum() == 1
    corrected.loc[hit, ["original_value", "corrected_value", "correction_reason"]] = [
        "9.91", "6.91", "only the first digit differs from the share its own counts give"]
    out = judge_targets(figures, corrected, registry, manifest, texts, params)
    row = out["assessment"].set_index(["region", "indicator_id"]).loc[("Wenshan", "volunteer_share")]
    assert row["latest"] == pytest.approx(6.91) and row["latest_printed"] == pytest.approx(9.91)
    assert row["value_basis"] == "corrected" and WENSHAN_SHARE in row["corrections"]
    # 6.91 of 13 is at most 53% of the distance with 58% of the period gone; 9.91 could have kept pace
    assert row["keeps_pace"] == False and row["pace_basis"] == "bound"  # noqa: E712
    behind = out["claims"].set_index("claim_id").loc["wenshan-2023:claim:368"]
    assert behind["verdict"] in ("agrees", "consistent") and "computed 4" in behind["explanation"]


def test_wenshan_yunnan_cascade_flag_in_the_checks(inputs):
    checks = inputs[1].set_index("check_id")
    row = checks.loc["cascade_target:wenshan-2023:563:yunnan-2021:6838"]
    assert row["result"] == "fail" and row["figure_ids"] == "wenshan-2023:563;yunnan-2021:6838"


def test_expired_and_borrowed_targets(results, a):
    assert a.loc[("Haicheng", "registered_volunteers"), "expired"]
    assert a.loc[("Haicheng", "registered_volunteers"), "target_date"] == "2020-12-31"
    from mzlib.targets.assessment import largest_gaps
    assert "Haicheng" not in set(largest_gaps(results["assessment"], 100)["region"])
    assert a.loc[("Lincang", "eco_burial_rate"), "target_source"] == "province"
    quoted = a.loc[("Lincang", "rural_public_cemetery_township_coverage")]
    assert quoted["target_source"] == "province_quoted" and quoted["target_region"] == "Yunnan"


def test_claims_are_held_against_the_numbers_not_against_themselves(results):
    c = results["claims"].set_index(["claim_id", "indicator_id"])
    assert c.loc[("taian-2023:claim:235", ""), "verdict"] == "consistent"  # 27 at or above expectations
    assert c.loc[("taian-2023:claim:1571", "lottery_outlets"), "verdict"] == "agrees"  # 时间过半、目标过半
    assert c.loc[("taian-2023:claim:2086", "licensed_social_workers"), "verdict"] == "agrees"
    assert c.loc[("taian-2023:claim:2155", "registered_volunteers"), "verdict"] == "no comparison"
    assert c.loc[("wenshan-2023:claim:239", ""), "verdict"] == "contradicted"  # 13 on schedule
    assert c.loc[("wenshan-2023:claim:354", ""), "verdict"] == "agrees"  # 7 achieved ahead of time
    assert c.loc[("lincang-2023:claim:3187", "rural_public_cemetery_township_coverage"), "verdict"] == (
        "no comparison")


def test_reading_numbers(results):
    h = reading.headline(results["assessment"], results["claims"], 2025)
    assert h["n_targets"] + h["n_expired"] == len(results["assessment"])
    assert h["time_elapsed"]["Tai'an"] == pytest.approx(0.449, abs=1e-3)
    assert ("Yunnan", "funeral_home_county_coverage", "linear", "on_track",
            {"cagr": "on_track", "logit": "needs_acceleration"}) in h["scale_disagreements"]
    assert ("Yunnan", "nursing_bed_share", "linear", "needs_acceleration",
            {"cagr": "on_track", "logit": "on_track"}) in h["scale_disagreements"]
    assert "nursing_bed_share: needs acceleration (linear, primary), on track (compound growth)" in (
        reading.reading_markdown(h))
    assert h["claims"]["contradicted"] == 1 and h["contradicted_claims"][0][0] == "Wenshan"
    text = reading.reading_markdown(h)
    assert f"**{h['n_targets']} targets for 2025**" in text and "Tai'an 45%" in text
    one = reading.headline(results["assessment"].query("region == 'Haicheng'"),
                           results["claims"].query("region == 'Haicheng'"), 2025)
    assert one["n_targets"] == 1 and one["n_expired"] == 2
    assert "**1 target for 2025** is judged" in reading.reading_markdown(one)


@pytest.fixture(scope="module")
def corpus_results():
    manifest = load_manifest()
    texts = {f: document_text(paths.RAW_DATA_DIR / f).text for f in manifest["file"]}
    return _judged((read_processed("figures"), read_processed("checks"), load_registry(), manifest, texts))


@pytest.mark.parametrize("name", ["assessment", "claims", "projections"])
def test_committed_outputs_are_what_the_code_computes(corpus_results, name):
    results = corpus_results
    committed = read_processed(name)
    fresh = results["projections_out" if name == "projections" else name]
    assert list(committed.columns) == list(fresh.columns), "run make report ONLY=02"
    fresh = pd.read_csv(pd.io.common.StringIO(fresh.to_csv(index=False)), keep_default_na=False, na_values=[""],
                        dtype_backend="numpy_nullable")
    pd.testing.assert_frame_equal(committed, fresh, check_dtype=False, check_exact=False, rtol=1e-9)


def test_every_assessment_row_has_a_unique_url_safe_target_id(results):
    ids = results["assessment"]["target_id"]
    assert ids.is_unique and ids.str.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*").all()


def test_no_assessment_date_lies_after_2030_and_no_misprinted_year_reaches_a_verdict(results):
    judged = results["assessment"]
    for column in ("baseline_date", "latest_date", "target_date"):
        years = judged[column].astype(str).str[:4]
        assert not (years[years.str.fullmatch(r"\d{4}")].astype(int) > 2030).any(), column


def test_verdicts_on_values_from_before_the_plan_are_momentum_in_the_headline(results):
    judged = results["assessment"]
    assert set(judged["trend_period"]) <= {"in_plan", "pre_plan", ""}
    yunnan = judged[(judged["region"] == "Yunnan") & np.isfinite(judged["ratio_R"].astype(float))]
    assert len(yunnan) and (yunnan["trend_period"] == "pre_plan").all()
    h = reading.headline(judged, results["claims"], 2025)
    shown = sum(h["status_counts"].values()) + sum(h["momentum_counts"].values())
    assert shown == h["n_targets"] and h["momentum_counts"]["on_track"] >= 1
    assert "momentum" in reading.reading_markdown(h)


def test_every_printed_target_is_judged_or_says_why_not(inputs, results):
    from mzlib.targets.assessment import NO_VERDICT_REASONS
    judged = results["assessment"]
    cited = {i for ids in judged["figure_ids"] for i in str(ids).split(";")}
    figures = inputs[0]
    targets = set(figures.loc[figures["kind"] == "target", "figure_id"])
    assert targets and not targets - cited
    unjudged = judged[judged["status"] == "insufficient_data"]
    assert unjudged["no_verdict_reason"].isin(NO_VERDICT_REASONS).all()
    assert (judged.loc[judged["status"] != "insufficient_data", "no_verdict_reason"] == "").all()
    assert judged["indicator_id"].str.startswith("subject:").any()


def test_a_table_row_and_its_prose_restatement_are_one_value_not_a_trend(a):
    for indicator in ("community_orgs_per_urban_community", "community_orgs_per_rural_community", "social_org_staff"):
        row = a.loc[("Tai'an", indicator)]
        assert row["n_points"] == 1 and row["latest_date"] == "2023-03-31" and pd.isna(row["ratio_R"])
