"""build_series: observations, derived rural/urban ratio, province fallback, registry."""

import numpy as np
import pandas as pd
import pytest

from mzlib.analysis.series import SERIES_COLUMNS, build_series, merge_duplicates, observations

FIG_COLS = ["figure_id", "doc", "region_zh", "region_en", "indicator_id", "indicator_zh",
            "indicator_en", "year", "base_year", "kind", "comparator", "value", "unit",
            "value_std", "unit_std", "conversion", "attribute", "status_reported", "char_start",
            "char_end", "quote", "method", "note"]
YUAN = "yuan/person/year"


def fig(fid, doc, region, indicator, year, kind, value, comparator="", unit="%"):
    row = dict.fromkeys(FIG_COLS, "")
    row.update(figure_id=fid, doc=doc, region_en=region, indicator_id=indicator, year=year,
               kind=kind, value=str(value), value_std=value, unit_std=unit,
               comparator=comparator)
    return row


@pytest.fixture
def manifest():
    return pd.DataFrame([
        dict(file="prov.txt", region_en="Prov", admin_level="province", province_en="Prov",
             doc_type="plan", period_start=2021, period_end=2025, reference_year=2020),
        dict(file="city.txt", region_en="City", admin_level="prefecture", province_en="Prov",
             doc_type="five_year_review", period_start=2019, period_end=2023,
             reference_year=2023),
        dict(file="other.txt", region_en="Other", admin_level="county", province_en="Far",
             doc_type="plan", period_start=2021, period_end=2025, reference_year=2020),
    ])


@pytest.fixture
def registry():
    return pd.DataFrame({
        "indicator_id": ["dibao_rural_urban_ratio", "dibao_urban_standard",
                         "dibao_rural_standard", "eco_burial_rate"],
        "unit_std": ["%", YUAN, YUAN, "%"],
        "direction": [1, 1, 1, 1],
        "lower_bound": [0, 0, 0, 0],
        "upper_bound": [100, np.nan, np.nan, 100],
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
    assert set(ratio.loc[2023, "figure_ids"].split(";")) == {"c:3", "c:4"}


def test_no_ratio_without_a_pair_in_the_same_year(registry, manifest):
    f = figures(
        fig("c:1", "city.txt", "City", "dibao_urban_standard", 2019, "standard", 7920.0, unit=YUAN),
        fig("c:2", "city.txt", "City", "dibao_rural_standard", 2020, "standard", 4320.0, unit=YUAN),
    )
    s = build_series(f, registry, manifest)
    assert not (s["indicator_id"] == "dibao_rural_urban_ratio").any()


def test_printed_ratio_wins_over_derived(registry, manifest):
    f = figures(
        fig("c:1", "city.txt", "City", "dibao_urban_standard", 2023, "standard", 10980.0,
            unit=YUAN),
        fig("c:2", "city.txt", "City", "dibao_rural_standard", 2023, "standard", 8640.0, unit=YUAN),
        fig("c:3", "city.txt", "City", "dibao_rural_urban_ratio", 2023, "actual", 78.74),
    )
    s = build_series(f, registry, manifest)
    ratio = s[s["indicator_id"] == "dibao_rural_urban_ratio"]
    assert len(ratio) == 1
    row = ratio.iloc[0]
    assert row["value"] == 78.74 and not row["derived"] and row["figure_ids"] == "c:3"
    assert "c:1;c:2" in row["note"]


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
    assert row["target_source"] == "province" and row["figure_ids"] == "p:2"
    assert row["value"] == 60.0 and row["plan_base_year"] == 2020
    assert "Prov" in row["note"]
    own = s[(s["region"] == "Prov") & (s["kind"] == "target")]
    assert set(own["target_source"]) == {"own"}


def test_province_fallback_without_requiring_data(registry, manifest):
    f = figures(
        fig("p:3", "prov.txt", "Prov", "dibao_rural_urban_ratio", 2025, "target", 75.0),
        fig("c:1", "city.txt", "City", "eco_burial_rate", 2023, "actual", 23.89),
    )
    s = build_series(f, registry, manifest, require_data=False)
    city = s[(s["region"] == "City") & (s["kind"] == "target")]
    assert city["indicator_id"].tolist() == ["dibao_rural_urban_ratio"]


def test_own_target_is_kept(registry, manifest):
    f = figures(
        fig("p:2", "prov.txt", "Prov", "eco_burial_rate", 2025, "target", 60.0),
        fig("c:1", "city.txt", "City", "eco_burial_rate", 2023, "actual", 23.89),
        fig("c:2", "city.txt", "City", "eco_burial_rate", 2025, "target", 95.0, ">="),
    )
    s = build_series(f, registry, manifest)
    city = s[(s["region"] == "City") & (s["kind"] == "target")]
    assert len(city) == 1
    assert city.iloc[0]["target_source"] == "own" and city.iloc[0]["comparator"] == ">="


def test_no_fallback_outside_the_province(registry, manifest):
    f = figures(
        fig("p:2", "prov.txt", "Prov", "eco_burial_rate", 2025, "target", 60.0),
        fig("o:1", "other.txt", "Other", "eco_burial_rate", 2020, "actual", 10.0),
    )
    s = build_series(f, registry, manifest)
    assert not ((s["region"] == "Other") & (s["kind"] == "target")).any()


def test_missing_year_filled_from_manifest_and_noted(registry, manifest):
    f = figures(
        fig("c:1", "city.txt", "City", "eco_burial_rate", None, "actual", 23.89),
        fig("c:2", "city.txt", "City", "eco_burial_rate", None, "target", 95.0),
    )
    obs = observations(f, manifest).set_index("kind")
    assert obs.loc["actual", "year"] == 2023 and obs.loc["target", "year"] == 2023
    assert "reference year" in obs.loc["actual", "note"]


def test_qualitative_unmapped_and_growth_rows_left_out(registry, manifest):
    f = figures(
        fig("c:1", "city.txt", "City", "eco_burial_rate", 2023, "actual", np.nan),
        fig("c:2", "city.txt", "City", "unmapped", 2023, "actual", 5.0),
        fig("c:3", "city.txt", "City", "eco_burial_rate", 2023, "growth_rate", 5.0),
        fig("c:4", "city.txt", "City", "eco_burial_rate", 2022, "baseline", 20.0),
    )
    s = build_series(f, registry, manifest)
    assert s["figure_ids"].tolist() == ["c:4"]
    assert s.iloc[0]["kind"] == "actual"


def test_subregion_figures_left_out(registry, manifest):
    f = figures(fig("c:1", "city.txt", "City", "eco_burial_rate", 2023, "actual", 23.89),
                fig("c:2", "city.txt", "City", "eco_burial_rate", 2023, "actual", 87.8))
    f["subregion_zh"] = ["", "沧源佤族自治县"]
    s = build_series(f, registry, manifest)
    assert s["figure_ids"].tolist() == ["c:1"]


def test_duplicates_merge_ids_and_flag_disagreement():
    obs = pd.DataFrame({
        "region": ["A"] * 3, "indicator_id": ["x"] * 3, "year": [2020] * 3,
        "value": [60.0, 60.0, 61.0], "kind": ["actual"] * 3, "figure_ids": ["a", "b", "c"],
        "note": [""] * 3,
    })
    out = merge_duplicates(obs)
    assert len(out) == 1
    assert out.iloc[0]["figure_ids"] == "a;b"
    assert "61 (c)" in out.iloc[0]["note"]


def test_registry_direction_and_bounds(registry, manifest):
    f = figures(fig("c:1", "city.txt", "City", "eco_burial_rate", 2023, "actual", 23.89),
                fig("c:2", "city.txt", "City", "new_thing", 2023, "actual", 3.0))
    s = build_series(f, registry, manifest).set_index("indicator_id")
    assert s.loc["eco_burial_rate", "upper_bound"] == 100
    assert s.loc["new_thing", "direction"] == 1.0
    assert np.isnan(s.loc["new_thing", "upper_bound"])
    assert "not in the registry" in s.loc["new_thing", "note"]


def test_table_figure_preferred_over_prose(registry, manifest):
    f = figures(fig("c:1", "city.txt", "City", "eco_burial_rate", 2025, "target", 78.74),
                fig("c:2", "city.txt", "City", "eco_burial_rate", 2025, "target", 76.92))
    f["method"] = ["prose", "table"]
    s = build_series(f, registry, manifest)
    assert s["value"].tolist() == [76.92]
    assert "78.74 (c:1)" in s.iloc[0]["note"]
