"""Care capacity compared like with like: bed kinds, ratios, benchmarks and demand."""

import numpy as np
import pandas as pd
import pytest

from mzlib.demography import capacity


@pytest.mark.parametrize("indicator, printed, kind", [
    ("elder_care_beds", "养老机构床位", "institutional"),
    ("elder_care_beds", "养老床位", "all"),
    ("elder_care_beds", "总床位", "all"),
    ("elder_care_beds", "养老机构和设施床位", "all"),
    ("elder_care_beds", "社区养老服务设施床位", "community"),
    ("elder_care_beds", "家庭养老床位", "family"),
    ("institutional_elder_care_beds", "养老床位", "institutional"),
    ("community_elder_care_beds", "", "community"),
    ("family_elder_care_beds", None, "family"),
])
def test_bed_kind(indicator, printed, kind):
    assert capacity.bed_kind(indicator, printed) == kind


def fig(fid, region, indicator, printed, value, year=2023, kind="actual"):
    return {"figure_id": fid, "doc": f"{region}.txt", "region_zh": region, "region_en": region,
            "subregion_zh": "", "indicator_id": indicator, "indicator_zh": printed, "kind": kind,
            "year": year, "value_std": value, "unit_std": "beds", "quote": "..."}


@pytest.fixture
def figures():
    return pd.DataFrame([
        fig("w1", "Wenshan", "elder_care_beds", "养老机构床位", 1136),       # today's id, printed name
        fig("w2", "Wenshan", "nursing_beds", "护理型床位", 962),
        fig("w3", "Wenshan", "nursing_bed_share", "护理型床位养老机构占比", 84.68),
        fig("y1", "Yunnan", "elder_care_beds", "养老床位", 180000, year=2020),
        fig("y2", "Yunnan", "nursing_bed_share", "护理型床位数占养老机构床位总数比例(%)", 25.0, year=2020),
        fig("t1", "Taian", "institutional_elder_care_beds", "养老机构床位", 20590),   # the new ids
        fig("t2", "Taian", "family_elder_care_beds", "家庭养老床位", 430),
        fig("t3", "Taian", "institutional_elder_care_beds", "养老机构床位", 30000, kind="target", year=2025),
    ])


def test_beds_from_figures_keeps_kinds_apart(figures):
    beds = capacity.beds_from_figures(figures).set_index(["region_en", "bed_kind"])
    assert beds.at[("Wenshan", "institutional"), "beds"] == 1136
    # nursing share from the counts: 100 x 962 / 1136 = 84.68 %
    assert beds.at[("Wenshan", "institutional"), "nursing_share"] == pytest.approx(84.683, abs=1e-3)
    assert beds.at[("Taian", "family"), "beds"] == 430
    assert beds.at[("Taian", "institutional"), "beds"] == 20590     # the target is not a count
    # Yunnan's 18万 are all kinds; its printed 25 % is a share of institutional beds, count unknown
    assert beds.at[("Yunnan", "all"), "beds"] == 180000 and np.isnan(beds.at[("Yunnan", "all"), "nursing_share"])
    assert np.isnan(beds.at[("Yunnan", "institutional"), "beds"])
    assert beds.at[("Yunnan", "institutional"), "nursing_share"] == 25.0


def test_the_same_kind_printed_twice_must_agree(figures):
    today_and_new = pd.concat([figures, pd.DataFrame([fig("w9", "Wenshan", "institutional_elder_care_beds",
                                                          "养老机构床位", 1136)])])
    beds = capacity.beds_from_figures(today_and_new)
    assert beds[(beds["region_en"] == "Wenshan")]["figure_ids"].iloc[0] == "w1;w9"
    wrong = pd.concat([figures, pd.DataFrame([fig("w8", "Wenshan", "institutional_elder_care_beds",
                                                  "养老机构床位", 1163)])])
    with pytest.raises(ValueError, match="Wenshan 2023 institutional beds: the documents print conflicting values"):
        capacity.beds_from_figures(wrong)


def test_yunnan_beds_per_1000_from_the_census_count():
    projection = pd.DataFrame(columns=["region_en", "year", "scenario", "pop_60plus", "pop_80plus"])
    census = pd.DataFrame({"region_en": ["Yunnan"], "pop_60plus": [7_038_030], "pop_80plus": [955_948]})
    older = capacity.older_population_at(projection, census, [("Yunnan", 2020), ("Taian", 2023)])
    beds = pd.DataFrame({"region_en": ["Yunnan", "Taian"], "year": [2020, 2023], "bed_kind": ["all", "institutional"],
                         "beds": [180_000, 20_590]})
    m = capacity.capacity_measures(beds, older).set_index("region_en")
    # 1000 x 180,000 / 7,038,030 = 25.575 beds per 1,000 aged 60+
    assert m.at["Yunnan", "beds_per_1000_60plus"] == pytest.approx(25.575, abs=1e-3)
    assert m.at["Taian", "pop_year_basis"] == "no age structure"
    assert np.isnan(m.at["Taian", "beds_per_1000_60plus"])


def _benchmarks():
    return pd.DataFrame([
        {"benchmark_id": "floor", "region_en": "China", "bed_kind": "institutional", "measure": "nursing_share",
         "comparator": ">=", "value": 55.0, "target_year": 2025, "status": "unverified"},
        {"benchmark_id": "ratio", "region_en": "China", "bed_kind": "all", "measure": "beds_per_1000_60plus",
         "comparator": ">=", "value": 35.0, "target_year": 2020, "status": "unverified"},
        {"benchmark_id": "elsewhere", "region_en": "Shandong", "bed_kind": "institutional",
         "measure": "nursing_share", "comparator": ">=", "value": 60.0, "target_year": 2025, "status": "verified"}])


def test_benchmarks_compare_only_the_same_kind():
    measures = pd.DataFrame([
        {"region_en": "Wenshan", "year": 2023, "bed_kind": "institutional", "beds": 1136, "nursing_share": 84.68,
         "beds_per_1000_60plus": 12.4},
        {"region_en": "Yunnan", "year": 2020, "bed_kind": "all", "beds": 180000, "nursing_share": np.nan,
         "beds_per_1000_60plus": 25.6},
        {"region_en": "Wenshan", "year": 2023, "bed_kind": "family", "beds": 10, "nursing_share": np.nan,
         "beds_per_1000_60plus": 0.1}])
    out = capacity.compare_with_benchmarks(measures, _benchmarks(), {"Wenshan": "Yunnan", "Yunnan": "Yunnan"})
    by = {(r.region_en, r.bed_kind): r for r in out.itertuples()}
    # institutional beds meet the nursing floor and are never held against the all-kinds ratio
    inst = out[(out["region_en"] == "Wenshan") & (out["bed_kind"] == "institutional")]
    assert list(inst["benchmark_id"]) == ["floor"] and bool(inst["meets"].iloc[0])
    assert by[("Yunnan", "all")].benchmark_id == "ratio" and by[("Yunnan", "all")].meets is False
    # Shandong's own target binds no region of Yunnan; a family count has no benchmark and says so
    assert "elsewhere" not in set(out["benchmark_id"])
    assert by[("Wenshan", "family")].benchmark_id == "" and "no benchmark" in by[("Wenshan", "family")].cannot_show


def test_failed_error_checks_leave_the_count_without_a_ratio():
    beds = pd.DataFrame({"region_en": ["Lincang", "Wenshan"], "year": [2023, 2023], "bed_kind": ["all", "institutional"],
                         "beds": [113050, 1136], "figure_ids": ["l1", "w1"]})
    checks = pd.DataFrame({"check_id": ["c1", "c2"], "severity": ["error", "info"], "result": ["fail", "pass"],
                           "figure_ids": ["l1;l2", "w1"], "message": ["implausible", "fine"]})
    flagged = capacity.with_check_notes(beds, checks).set_index("region_en")
    assert flagged.at["Lincang", "check_note"] == "error: implausible" and not flagged.at["Lincang", "usable"]
    assert flagged.at["Wenshan", "check_note"] == "" and flagged.at["Wenshan", "usable"]
    older = pd.DataFrame({"region_en": ["Lincang", "Wenshan"], "year": [2023, 2023], "pop_year_basis": ["x", "x"],
                          "pop_60plus": [400_000, 90_000], "pop_80plus": [50_000, 10_000]})
    m = capacity.capacity_measures(flagged.reset_index(), older).set_index("region_en")
    assert np.isnan(m.at["Lincang", "beds_per_1000_60plus"])
    assert m.at["Wenshan", "beds_per_1000_60plus"] == pytest.approx(1000 * 1136 / 90_000)


def test_demand_grows_with_the_60plus_and_the_80plus():
    measures = pd.DataFrame([{"region_en": "W", "bed_kind": "institutional", "beds": 1000.0, "year": 2023,
                              "pop_60plus": 100_000.0, "pop_80plus": 10_000.0, "beds_per_1000_60plus": 10.0}])
    projection = pd.DataFrame({"region_en": ["W"], "year": [2035], "scenario": ["central"],
                               "pop_60plus": [150_000.0], "pop_80plus": [12_000.0]})
    d = capacity.demand_growth(measures, projection, [2035]).iloc[0]
    # 1,000 x 150,000 / 100,000 = 1,500 beds keep the 60+ ratio; 1,000 x 12,000 / 10,000 = 1,200 the 80+
    assert (d["beds_hold_60plus"], d["beds_hold_80plus"]) == pytest.approx((1500, 1200))
    assert (d["growth_60plus_pct"], d["growth_80plus_pct"]) == pytest.approx((50, 20))
