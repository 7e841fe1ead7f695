"""The cascade check: city and province targets and values of one indicator against each other."""

import pandas as pd
import pytest

from mzlib.quality.cascade import cascade, is_intensive, province_of, quotes_province_document

COLS = ["figure_id", "doc", "region_en", "subregion_zh", "indicator_id", "kind", "year", "value", "value_std",
        "unit_std", "comparator", "method", "quote", "char_start", "value_start"]
MANIFEST = pd.DataFrame({
    "file": ["p.txt", "c.txt", "o.txt"], "region_en": ["Prov", "City", "Other"],
    "admin_level": ["province", "county", "prefecture"], "province_en": ["Prov", "Prov", "Far"],
    "province_zh": ["云南省", "云南省", "山东省"]})
REGISTRY = pd.DataFrame({"indicator_id": ["eco", "beds"], "direction": [1, 1]})


def _fig(fid, doc, region, indicator, kind, year, value, unit="%", quote=""):
    return dict(zip(COLS, [fid, doc, region, "", indicator, kind, year, str(value), float(value), unit, "",
                           "table", quote, 0, max(quote.find(str(value)), 0)]))


def _rows(*figs, **kw):
    return pd.DataFrame(cascade(pd.DataFrame(list(figs), columns=COLS), MANIFEST, REGISTRY, **kw))


def test_targets_that_differ_fail_and_say_which_is_more_ambitious():
    rows = _rows(_fig("p:1", "p.txt", "Prov", "eco", "target", 2025, 60),
                 _fig("c:1", "c.txt", "City", "eco", "target", 2025, 95))
    row = rows[rows["check"] == "cascade_target"].iloc[0]
    assert row["result"] == "fail" and row["severity"] == "warning" and row["figure_ids"] == "c:1;p:1"
    assert "more ambitious" in row["message"] and "1.58 times" in row["message"]
    same = _rows(_fig("p:1", "p.txt", "Prov", "eco", "target", 2025, 60),
                 _fig("c:1", "c.txt", "City", "eco", "target", 2025, 60))
    assert same["result"].tolist() == ["pass"]


def test_a_city_far_below_the_provinces_earlier_level_fails():
    rows = _rows(_fig("p:1", "p.txt", "Prov", "eco", "actual", 2020, 51.02),
                 _fig("c:1", "c.txt", "City", "eco", "actual", 2023, 15))
    assert rows["check"].tolist() == ["cascade_value"] and rows["result"].tolist() == ["fail"]
    assert "0.29 times" in rows["message"].iloc[0]
    near = _rows(_fig("p:1", "p.txt", "Prov", "eco", "actual", 2020, 51.02),
                 _fig("c:1", "c.txt", "City", "eco", "actual", 2023, 30))
    assert near["result"].tolist() == ["pass"]
    assert _rows(_fig("p:1", "p.txt", "Prov", "eco", "actual", 2020, 51.02),
                 _fig("c:1", "c.txt", "City", "eco", "actual", 2023, 30), value_ratio_min=0.6
                 )["result"].tolist() == ["fail"]


def test_counts_are_not_compared_across_levels():
    rows = _rows(_fig("p:1", "p.txt", "Prov", "beds", "actual", 2020, 180000, "beds"),
                 _fig("c:1", "c.txt", "City", "beds", "actual", 2023, 1136, "beds"),
                 _fig("p:2", "p.txt", "Prov", "beds", "target", 2025, 200000, "beds"),
                 _fig("c:2", "c.txt", "City", "beds", "target", 2025, 1500, "beds"))
    assert rows.empty


def test_borrowed_and_quoted_province_targets_are_noted():
    quote = "全面完成《云南省“十四五”殡葬事业发展规划》中提出的“2025年实现生态安葬率达60%”的要求"
    rows = _rows(_fig("p:1", "p.txt", "Prov", "eco", "target", 2025, 60),
                 _fig("c:1", "c.txt", "City", "eco", "target", 2025, 60, quote=quote))
    assert rows["check"].tolist() == ["cascade_borrowed"] and rows["result"].tolist() == ["note"]
    assert "quotes" in rows["message"].iloc[0]
    borrowed = _rows(_fig("p:1", "p.txt", "Prov", "eco", "target", 2025, 60),
                     _fig("c:1", "c.txt", "City", "eco", "actual", 2023, 40))
    assert set(borrowed["check"]) == {"cascade_borrowed"}
    assert "sets no target of its own" in borrowed["message"].iloc[0]


def test_helpers():
    assert province_of(MANIFEST) == {"City": "Prov"}
    assert quotes_province_document("按《云南省规划》要求达到60%", 12, "云南省")
    assert not quotes_province_document("达到60%,见《云南省规划》", 2, "云南省")
    assert not quotes_province_document("按《全国规划》要求达到60%", 10, "云南省")
    assert is_intensive("social_orgs_per_10k", "units") and not is_intensive("beds", "beds")


@pytest.fixture(scope="module")
def real(seed_run):
    from mzlib.sources.registry import load_registry

    figures = seed_run.figures
    mapped = figures[(figures["method"] != "derived") & (figures["indicator_id"] != "unmapped")]
    return pd.DataFrame(cascade(mapped, seed_run.manifest, load_registry()))


def test_wenshan_and_yunnan_eco_burial_targets_and_values_are_flagged(real):
    failed = real[real["result"] == "fail"].set_index("check_id")
    target = failed.loc["cascade_target:wenshan-2023:563:yunnan-2021:6838"]
    assert target["figure_ids"] == "wenshan-2023:563;yunnan-2021:6838" and "95" in target["message"]
    for city in ("wenshan-2023:557", "lincang-2023:3476"):
        assert f"cascade_value:{city}:yunnan-2021:6829" in failed.index
    notes = real[real["result"] == "note"]
    assert "cascade_borrowed:lincang-2023:3239:yunnan-2021:6793" in set(notes["check_id"])
