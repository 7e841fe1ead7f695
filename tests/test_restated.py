"""Prose figures that restate a table row take its indicator, and so do baselines derived from them."""

import pandas as pd

from mzlib.targets.restated import names_match, relink, restatements

COLS = ["figure_id", "doc", "indicator_id", "indicator_zh", "kind", "year", "value_std", "unit_std", "method",
        "quote", "derived_from", "mapping", "note"]


def _figures(*rows):
    return pd.DataFrame([dict(zip(COLS, r)) for r in rows], columns=COLS)


TABLE = ("t:21913", "t.txt", "lottery_outlets", "福利彩票销售网点数", "actual", 2023, 560.0, "units", "table",
         "福利彩票销售网点数 | 个 | 580 | 560", "", "exact", "")
PROSE = ("t:1544", "t.txt", "unmapped", "泰安市现", "actual", 2023, 560.0, "units", "prose",
         "截至2023年6月底,泰安市现有560个福利彩票销售网点,比2020年增加30个网点", "", "", "")
DERIVED = ("t:1565d", "t.txt", "unmapped", "泰安市现", "baseline", 2020, 530.0, "units", "derived",
           PROSE[9], "t:1544;t:1565", "", "")


def test_prose_restatement_and_its_derived_baseline_are_linked():
    links = restatements(_figures(TABLE, PROSE, DERIVED))
    assert links.values.tolist() == [["t:1544", "lottery_outlets", "t:21913"],
                                     ["t:1565d", "lottery_outlets", "t:21913"]]
    out = relink(_figures(TABLE, PROSE, DERIVED)).set_index("figure_id")
    assert out.loc["t:1565d", "indicator_id"] == "lottery_outlets"
    assert out.loc["t:1544", "mapping"] == "restated" and "t:21913" in out.loc["t:1544", "note"]
    assert out["restates"].to_dict() == {"t:21913": "", "t:1544": "t:21913", "t:1565d": "t:21913"}


def test_the_series_reads_the_link_not_the_note():
    """A note that happens to say "restates table figure" links nothing; the typed column does."""
    figures = _figures(TABLE, PROSE)
    figures["note"] = ["restates table figure t:0", ""]
    out = relink(figures).set_index("figure_id")
    assert out.loc["t:21913", "restates"] == ""


def test_no_link_when_the_value_year_or_name_differs():
    other_value = PROSE[:6] + (561.0,) + PROSE[7:]
    other_year = PROSE[:5] + (2022,) + PROSE[6:]
    other_name = PROSE[:9] + ("截至2023年6月底,全市现有560个养老服务站点",) + PROSE[10:]
    for prose in (other_value, other_year, other_name):
        assert restatements(_figures(TABLE, prose)).empty


def test_no_link_when_ambiguous():
    twin = ("t:9999",) + TABLE[1:]
    assert restatements(_figures(TABLE, twin, PROSE)).empty
    prose_twice = ("t:1600",) + PROSE[1:]
    assert restatements(_figures(TABLE, PROSE, prose_twice)).empty


def test_names_match_needs_most_of_the_name():
    assert names_match("福利彩票销售网点数", "泰安市现有560个福利彩票销售网点")
    assert not names_match("每个城市社区拥有社区社会组织数量", "全市现有560个养老服务站点")
    assert not names_match("床位数", "床位数")  # too short to tell
