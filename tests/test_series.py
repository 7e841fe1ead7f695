"""build_series: dates, derived baselines, corrections beside printed values, suspects, derived ratio,
province targets, registry."""

import numpy as np
import pandas as pd
import pytest

from mzlib.targets.series import SERIES_COLUMNS, build_series, merge_duplicates, observations

FIG_COLS = ["figure_id", "doc", "region_zh", "region_en", "subregion_zh", "indicator_id", "indicator_zh",
            "indicator_en", "mapping", "date", "year", "base_year", "year_basis", "kind", "comparator", "value",
            "unit", "value_std", "unit_std", "conversion", "attribute", "status_reported", "char_start",
            "char_end", "quote", "value_start", "method", "derivation", "derived_from", "note"]
YUAN = "yuan/person/year"


def fig(fid, doc, region, indicator, year, kind, value, comparator="", unit="%", date=None, method="prose",
        quote="", printed=None):
    row = dict.fromkeys(FIG_COLS, "")
    row.update(figure_id=fid, doc=doc, region_en=region, indicator_id=indicator, year=year,
               date=date if date is not None else ("" if year is None else str(year)), kind=kind,
               value=printed or str(value), value_std=value, unit_std=unit, comparator=comparator, method=method,
               quote=quote, char_start=0, value_start=max(quote.find(str(printed or value)), 0))
    return row


@pytest.fixture
def manifest():
    return pd.DataFrame([
        dict(file="prov.txt", key="prov", region_en="Prov", region_zh="云南省", admin_level="province",
             province_en="Prov", province_zh="云南省", doc_type="plan", issued="2021-10-15",
             period_start=2021, period_end=2025, reference_year=2020),
        dict(file="city.txt", key="city", region_en="City", region_zh="临沧市", admin_level="prefecture",
             province_en="Prov", province_zh="云南省", doc_type="five_year_review", issued="",
             period_start=2019, period_end=2023, reference_year=2023),
        dict(file="rev.txt", key="rev", region_en="Rev", region_zh="泰安市", admin_level="prefecture",
             province_en="Far", province_zh="山东省", doc_type="midterm_review", issued="2023-07-11",
             period_start=2021, period_end=2025, reference_year=2023),
    ])


@pytest.fixture
def registry():
    return pd.DataFrame({
        "indicator_id": ["dibao_rural_urban_ratio", "dibao_urban_standard", "dibao_rural_standard",
                         "eco_burial_rate", "licensed_social_workers", "volunteer_share"],
        "unit_std": ["%", YUAN, YUAN, "%", "persons", "%"],
        "direction": [1, 1, 1, 1, 1, 1],
        "lower_bound": [0, 0, 0, 0, 0, 0],
        "upper_bound": [100, np.nan, np.nan, 100, np.nan, 100],
    })


def figures(*rows):
    return pd.DataFrame(list(rows), columns=FIG_COLS)


def test_derived_ratio_carries_both_figure_ids(registry, manifest):
    f = figures(
        fig("c:1", "city.txt", "City", "dibao_urban_standard", 2019, "standard", 7920.0, unit=YUAN),
        fig("c:2", "city.txt", "City", "dibao_rural_standard", 2019, "standard", 4320.0, unit=YUAN),
        fig("c:3", "city.txt", "City", "dibao_urban_standard", 2023, "standard", 9192.0, unit=YUAN),
        fig("c:4", "city.txt", "City", "dibao_rural_standard", 2023, "standard", 6504.0, unit=YUAN),
    )
    s = build_series(f, registry, manifest)
    assert list(s.columns) == SERIES_COLUMNS
    ratio = s[s["indicator_id"] == "dibao_rural_urban_ratio"].set_index("year")
    assert ratio["derived"].all()
    np.testing.assert_allclose(ratio.loc[2019, "value"], 100 * 4320 / 7920)
    np.testing.assert_allclose(ratio.loc[2023, "value"], 100 * 6504 / 9192)
    assert set(ratio.loc[2019, "figure_ids"].split(";")) == {"c:1", "c:2"}
    assert ratio.loc[2019, "date"] == "2019-12-31" and ratio.loc[2019, "t"] == 2019.0


def test_no_ratio_without_a_pair_in_the_same_year(registry, manifest):
    f = figures(
        fig("c:1", "city.txt", "City", "dibao_urban_standard", 2019, "standard", 7920.0, unit=YUAN),
        fig("c:2", "city.txt", "City", "dibao_rural_standard", 2020, "standard", 4320.0, unit=YUAN),
    )
    assert not (build_series(f, registry, manifest)["indicator_id"] == "dibao_rural_urban_ratio").any()


def test_printed_ratio_wins_over_derived(registry, manifest):
    f = figures(
        fig("c:1", "city.txt", "City", "dibao_urban_standard", 2023, "standard", 10980.0, unit=YUAN),
        fig("c:2", "city.txt", "City", "dibao_rural_standard", 2023, "standard", 8640.0, unit=YUAN),
        fig("c:3", "city.txt", "City", "dibao_rural_urban_ratio", 2023, "actual", 78.74),
    )
    ratio = build_series(f, registry, manifest).query("indicator_id == 'dibao_rural_urban_ratio'")
    assert len(ratio) == 1
    row = ratio.iloc[0]
    assert row["value"] == 78.74 and not row["derived"] and row["figure_ids"] == "c:3"
    assert "c:1;c:2" in row["note"]


def test_a_ratio_series_takes_both_ends_from_one_derivation(registry, manifest):
    f = figures(
        fig("p:1", "prov.txt", "Prov", "dibao_urban_standard", 2015, "standard", 4800.0, unit=YUAN),
        fig("p:2", "prov.txt", "Prov", "dibao_rural_standard", 2015, "standard", 2312.44, unit=YUAN),
        fig("p:3", "prov.txt", "Prov", "dibao_urban_standard", 2020, "standard", 7680.0, unit=YUAN),
        fig("p:4", "prov.txt", "Prov", "dibao_rural_standard", 2020, "standard", 4500.0, unit=YUAN),
        fig("p:5", "prov.txt", "Prov", "dibao_rural_urban_ratio", 2020, "actual", 60.0),
    )
    ratio = build_series(f, registry, manifest).query("indicator_id == 'dibao_rural_urban_ratio'").set_index("year")
    assert ratio["derived"].all() and list(ratio.index) == [2015, 2020]
    np.testing.assert_allclose(ratio["value"], [100 * 2312.44 / 4800, 100 * 4500 / 7680])
    assert "printed 60.00 for 2020 (p:5)" in ratio.loc[2020, "note"]


def test_figures_the_registry_lacks_form_a_series_of_their_printed_subject_and_unit(registry, manifest):
    f = figures(
        fig("r:1", "rev.txt", "Rev", "unmapped", 2020, "actual", 12.0, unit="units"),
        fig("r:2", "rev.txt", "Rev", "unmapped", 2023, "actual", 15.0, unit="units", date="2023-03-31"),
        fig("r:3", "rev.txt", "Rev", "unmapped", 2025, "target", 20.0, unit="units"),
        fig("r:4", "rev.txt", "Rev", "unmapped", 2023, "actual", 9.0, unit="units"),
    )
    f["indicator_zh"] = ["全市幸福院", "我市幸福院", "幸福院", "老年食堂"]
    f["region_zh"] = "泰安市"
    s = build_series(f, registry, manifest)
    assert set(s["indicator_id"]) == {"subject:幸福院"}  # 老年食堂 has no target: no series
    assert sorted(s["value"]) == [12.0, 15.0, 20.0] and (s["direction"] == 1).all()


def test_derived_baselines_are_used_and_marked(registry, manifest):
    f = figures(
        fig("r:1", "rev.txt", "Rev", "licensed_social_workers", 2023, "actual", 1783.0, unit="persons",
            date="2023-03-31"),
        fig("r:2d", "rev.txt", "Rev", "licensed_social_workers", 2020, "baseline", 1188.67, unit="persons",
            method="derived"),
    )
    f.loc[1, "derivation"] = "1783人 / (1 + 50%) = 1188.67人"
    s = build_series(f, registry, manifest).set_index("figure_ids")
    assert s.loc["r:2d", "kind"] == "actual" and s.loc["r:2d", "derived"]
    assert s.loc["r:2d", "date"] == "2020-12-31" and "1783人 / (1 + 50%)" in s.loc["r:2d", "note"]
    assert s.loc["r:1", "t"] == pytest.approx(2022 + 90 / 365)


def test_year_only_values_after_the_issue_date_take_the_documents_as_of_date(registry, manifest):
    f = figures(
        fig("r:1", "rev.txt", "Rev", "licensed_social_workers", 2023, "actual", 1783.0, unit="persons",
            date="2023-03-31"),
        fig("r:2", "rev.txt", "Rev", "eco_burial_rate", 2023, "actual", 40.0, method="table"),
        fig("r:3", "rev.txt", "Rev", "eco_burial_rate", 2025, "target", 60.0, method="table"),
    )
    s = build_series(f, registry, manifest).set_index("figure_ids")
    assert s.loc["r:2", "date"] == "2023-03-31" and s.loc["r:2", "date_basis"] == "document as-of date"
    assert s.loc["r:3", "date"] == "2025-12-31" and s.loc["r:3", "date_basis"] == "year end"


def test_a_restatement_in_prose_dates_the_table_value(registry, manifest):
    f = figures(
        fig("r:1", "rev.txt", "Rev", "eco_burial_rate", 2023, "actual", 40.0, method="table"),
        fig("r:2", "rev.txt", "Rev", "eco_burial_rate", 2023, "actual", 40.0, date="2023-06-30"),
    )
    row = build_series(f, registry, manifest).iloc[0]
    assert row["figure_ids"] == "r:1;r:2" and row["date"] == "2023-06-30" and row["date_basis"] == "printed"


def _checks(*rows):
    cols = ["check_id", "check", "severity", "result", "doc", "region_en", "figure_ids", "original_value",
            "corrected_value", "correction_reason"]
    return pd.DataFrame([dict(zip(cols, r)) for r in rows], columns=cols)


def test_corrected_value_beside_the_printed_one(registry, manifest):
    f = figures(fig("r:1", "rev.txt", "Rev", "volunteer_share", 2023, "actual", 9.91, date="2023-03-31"))
    checks = _checks(("ratio:r:1", "ratio", "error", "fail", "rev.txt", "Rev", "r:1", "9.91", "6.91", "digit"))
    row = build_series(f, registry, manifest, checks).iloc[0]
    assert row["value"] == 6.91 and row["value_printed"] == 9.91 and row["value_corrected"] == 6.91
    assert row["correction"].startswith("ratio:r:1") and row["check_flags"] == "ratio:r:1"
    printed = build_series(f, registry, manifest, checks, use_corrections=False).iloc[0]
    assert printed["value"] == 9.91 and printed["value_corrected"] == 6.91


def test_a_flagged_value_printed_once_is_suspect_beside_one_printed_twice(registry, manifest):
    f = figures(
        fig("r:1", "rev.txt", "Rev", "licensed_social_workers", 2022, "actual", 1873.0, unit="persons"),
        fig("r:2", "rev.txt", "Rev", "licensed_social_workers", 2023, "actual", 1783.0, unit="persons",
            method="table"),
        fig("r:3", "rev.txt", "Rev", "licensed_social_workers", 2023, "actual", 1783.0, unit="persons",
            date="2023-03-31"),
    )
    checks = _checks(("cumulative:r:1", "cumulative_total", "error", "fail", "rev.txt", "Rev", "r:1;r:2", "", "",
                      ""))
    s = build_series(f, registry, manifest, checks).set_index("figure_ids")
    assert s.loc["r:1", "suspect"] and not s.loc["r:2;r:3", "suspect"]
    assert "cumulative:r:1" in s.loc["r:1", "note"]
    alone = build_series(f.iloc[:2], registry, manifest, checks)
    assert not alone["suspect"].any()  # neither value is printed twice: nothing to prefer


def test_province_target_applies_where_city_has_none(registry, manifest):
    f = figures(
        fig("p:1", "prov.txt", "Prov", "eco_burial_rate", 2020, "actual", 51.02),
        fig("p:2", "prov.txt", "Prov", "eco_burial_rate", 2025, "target", 60.0),
        fig("p:3", "prov.txt", "Prov", "dibao_rural_urban_ratio", 2025, "target", 75.0),
        fig("c:1", "city.txt", "City", "eco_burial_rate", 2023, "actual", 23.89),
    )
    s = build_series(f, registry, manifest)
    city = s[(s["region"] == "City") & (s["kind"] == "target")]
    assert city["indicator_id"].tolist() == ["eco_burial_rate"]  # no city data on the ratio
    row = city.iloc[0]
    assert row["target_source"] == "province" and row["target_region"] == "Prov" and row["figure_ids"] == "p:2"
    assert row["value"] == 60.0 and row["plan_start"] == 2021 and row["plan_end"] == 2025
    assert "Prov" in row["note"]
    assert set(s.loc[(s["region"] == "Prov") & (s["kind"] == "target"), "target_source"]) == {"own"}


def test_a_target_quoting_the_province_plan_is_the_provinces(registry, manifest):
    quote = "全面完成《云南省“十四五”殡葬事业发展规划》中提出的“2025年实现生态安葬率达60%”的要求"
    f = figures(fig("c:9", "city.txt", "City", "eco_burial_rate", 2025, "target", 60.0, quote=quote, printed="60"))
    row = build_series(f, registry, manifest).iloc[0]
    assert row["target_source"] == "province_quoted" and row["target_region"] == "Prov"
    assert row["plan_start"] == 2021  # the province's plan period, not the review's 2019-2023


def test_province_fallback_without_requiring_data(registry, manifest):
    f = figures(
        fig("p:3", "prov.txt", "Prov", "dibao_rural_urban_ratio", 2025, "target", 75.0),
        fig("c:1", "city.txt", "City", "eco_burial_rate", 2023, "actual", 23.89),
    )
    s = build_series(f, registry, manifest, require_data=False)
    assert s.loc[(s["region"] == "City") & (s["kind"] == "target"), "indicator_id"].tolist() == [
        "dibao_rural_urban_ratio"]


def test_own_target_is_kept_and_no_fallback_outside_the_province(registry, manifest):
    f = figures(
        fig("p:2", "prov.txt", "Prov", "eco_burial_rate", 2025, "target", 60.0),
        fig("c:1", "city.txt", "City", "eco_burial_rate", 2023, "actual", 23.89),
        fig("c:2", "city.txt", "City", "eco_burial_rate", 2025, "target", 95.0, ">="),
        fig("r:1", "rev.txt", "Rev", "eco_burial_rate", 2023, "actual", 10.0),
    )
    s = build_series(f, registry, manifest)
    city = s[(s["region"] == "City") & (s["kind"] == "target")]
    assert len(city) == 1 and city.iloc[0]["target_source"] == "own" and city.iloc[0]["comparator"] == ">="
    assert not ((s["region"] == "Rev") & (s["kind"] == "target")).any()


def test_missing_date_filled_from_manifest_and_noted(manifest):
    f = figures(
        fig("c:1", "city.txt", "City", "eco_burial_rate", None, "actual", 23.89),
        fig("c:2", "city.txt", "City", "eco_burial_rate", None, "target", 95.0),
    )
    obs = observations(f, manifest).set_index("kind")
    assert obs.loc["actual", "year"] == 2023 and obs.loc["target", "year"] == 2023
    assert "reference year" in obs.loc["actual", "note"] and "period end" in obs.loc["target", "note"]


def test_qualitative_unmapped_growth_and_change_rows_left_out(registry, manifest):
    f = figures(
        fig("c:1", "city.txt", "City", "eco_burial_rate", 2023, "actual", np.nan),
        fig("c:2", "city.txt", "City", "unmapped", 2023, "actual", 5.0),
        fig("c:3", "city.txt", "City", "eco_burial_rate", 2023, "growth_rate", 5.0),
        fig("c:5", "city.txt", "City", "eco_burial_rate", 2023, "change", 5.0),
        fig("c:6", "city.txt", "City", "eco_burial_rate", 2023, "change_pp", 5.0),
        fig("c:4", "city.txt", "City", "eco_burial_rate", 2022, "baseline", 20.0),
    )
    s = build_series(f, registry, manifest)
    assert s["figure_ids"].tolist() == ["c:4"] and s.iloc[0]["kind"] == "actual"


def test_subregion_figures_left_out(registry, manifest):
    f = figures(fig("c:1", "city.txt", "City", "eco_burial_rate", 2023, "actual", 23.89),
                fig("c:2", "city.txt", "City", "eco_burial_rate", 2023, "actual", 87.8))
    f["subregion_zh"] = ["", "沧源佤族自治县"]
    assert build_series(f, registry, manifest)["figure_ids"].tolist() == ["c:1"]


def test_duplicates_merge_ids_and_flag_disagreement():
    obs = pd.DataFrame({
        "region": ["A"] * 3, "indicator_id": ["x"] * 3, "year": [2020] * 3,
        "value": [60.0, 60.0, 61.0], "kind": ["actual"] * 3, "figure_ids": ["a", "b", "c"],
        "note": [""] * 3,
    })
    out = merge_duplicates(obs)
    assert len(out) == 1 and out.iloc[0]["figure_ids"] == "a;b"
    assert "61 (c)" in out.iloc[0]["note"]


@pytest.mark.parametrize("second, merged", [(1.0049, True), (1.0051, False), (0.9951, True), (0.9949, False)])
def test_two_prints_agree_within_the_tolerance_and_not_beyond(second, merged):
    obs = pd.DataFrame({
        "region": ["A"] * 2, "indicator_id": ["x"] * 2, "year": [2020] * 2, "value": [100.0, 100.0 * second],
        "kind": ["actual"] * 2, "figure_ids": ["a", "b"], "note": [""] * 2,
    })
    out = merge_duplicates(obs)
    assert (out.iloc[0]["figure_ids"] == "a;b") is merged
    assert ("disagree" in out.iloc[0]["note"]) is not merged


def test_registry_direction_and_bounds(registry, manifest):
    f = figures(fig("c:1", "city.txt", "City", "eco_burial_rate", 2023, "actual", 23.89),
                fig("c:2", "city.txt", "City", "new_thing", 2023, "actual", 3.0))
    s = build_series(f, registry, manifest).set_index("indicator_id")
    assert s.loc["eco_burial_rate", "upper_bound"] == 100
    assert s.loc["new_thing", "direction"] == 1.0 and np.isnan(s.loc["new_thing", "upper_bound"])
    assert "not in the registry" in s.loc["new_thing", "note"]


def test_table_figure_preferred_over_prose(registry, manifest):
    f = figures(fig("c:1", "city.txt", "City", "eco_burial_rate", 2025, "target", 78.74),
                fig("c:2", "city.txt", "City", "eco_burial_rate", 2025, "target", 76.92, method="table"))
    s = build_series(f, registry, manifest)
    assert s["value"].tolist() == [76.92] and "78.74 (c:1)" in s.iloc[0]["note"]


def test_a_figure_read_from_an_unparsed_table_row_feeds_no_series(registry, manifest):
    f = figures(fig("c:1", "city.txt", "City", "eco_burial_rate", 2023, "actual", 23.89),
                fig("c:2", "city.txt", "City", "eco_burial_rate", 2022, "actual", 20.0))
    f["method"] = ["prose", "unparsed_row"]
    assert build_series(f, registry, manifest)["figure_ids"].tolist() == ["c:1"]
