"""The documents' claims: found in sentences and status cells, resolved to indicators, judged."""

import numpy as np
import pandas as pd
import pytest

from mzlib.targets.claims import compare_claims, judge, on_schedule
from mzlib.core.errors import InputError
from mzlib.extract.claims import find_claims, named_in, registry_names, status_claims, text_claims
from mzlib.sources.reference import load_claim_phrases

REGISTRY = pd.DataFrame({
    "indicator_id": ["licensed", "lottery", "marriage", "adoption", "willing"],
    "name_zh": ["通过全国社会工作者职业水平考试人数总量", "福利彩票销售网点数", "婚姻登记合格率", "收养登记合格率",
                "有集中供养意愿的特困人员集中供养率"],
    "aliases": ["持证社工", "", "全市婚姻登记合格率", "", ""]})
NAMES = registry_names(REGISTRY)
TEXT = ("规划27条主要发展指标全部达到或超过预期目标,总体实施进度符合预期。\n"
        "③有集中供养意愿的特困人员集中供养率。我市2020年至今均为100%,已完成“十四五”规划既定目标要求。\n"
        "截止2023年3月底,通过全国社会工作者职业水平考试人数总量1783人,比2020年增长50%,增长幅度符合预期目标,"
        "现有560个网点,达到了“时间过半、目标过半”的要求,完成进度超过预期。\n"
        "婚姻登记合格率、收养登记合格率等指标,均达到100%,完成规划既定目标。有6项指标未达到时间进度要求。\n")


def _figures():
    spots = [("d:a", "unmapped", "27"), ("d:b", "unmapped", "100%"), ("d:c", "licensed", "1783"),
             ("d:d", "unmapped", "560"), ("d:e", "unmapped", "6项")]
    return pd.DataFrame({"figure_id": [s[0] for s in spots], "indicator_id": [s[1] for s in spots],
                         "value_start": [TEXT.index(s[2]) for s in spots]})


@pytest.fixture(scope="module")
def claims():
    return text_claims("d.txt", TEXT, _figures(), NAMES, key="d", region="R").set_index("phrase")


def test_text_claims_with_their_scope_and_subject(claims):
    assert claims.loc["全部达到或超过预期目标", "scope"] == "plan"
    assert claims.loc["全部达到或超过预期目标", "count"] == 27
    assert claims.loc["总体实施进度符合预期", "claim"] == "on_schedule"  # not the shorter 符合预期
    heading = claims.loc["已完成“十四五”规划既定目标要求"]
    assert heading["named_indicators"] == "willing" and heading["named_from"] == "paragraph heading"
    growth = claims.loc["符合预期目标"]
    assert growth["figure_ids"] == "d:c" and growth["named_indicators"] == "licensed"
    pace = claims.loc["达到了“时间过半、目标过半”的要求"]
    assert pace["figure_ids"] == "d:d" and claims.loc["完成进度超过预期", "figure_ids"] == "d:d"  # continued
    listed = claims.loc["完成规划既定目标"]
    assert listed["named_indicators"] == "marriage;adoption" and listed["scope"] == "indicator"
    behind = claims.loc["未达到时间进度要求"]
    assert behind["scope"] == "plan" and behind["count"] == 6 and behind["claim"] == "behind_schedule"


def test_claim_quotes_are_their_sentences(claims):
    for row in claims.itertuples():
        assert TEXT[row.char_start:row.char_end] == row.quote
        assert TEXT[row.claim_start:row.claim_end] == row.Index
    assert claims.index.tolist()[0] == "全部达到或超过预期目标" and len(claims) == 8


def test_named_in_prefers_the_longest_name():
    assert named_in("全市婚姻登记合格率达到100%", NAMES) == ["marriage"]
    assert named_in("没有指标", NAMES) == []


@pytest.mark.parametrize("per", ["每万", "每千名", "平均每万", "每十万", "每百", "每百万"])
def test_a_name_after_a_normaliser_is_the_population_of_a_rate_not_the_indicator_named(per):
    names = [("城镇常住人口", "pop_urban"), ("常住人口", "pop")]  # nor the shorter name inside it
    assert named_in(f"{per}城镇常住人口拥有社区工作者14.6人,超过预期目标", names) == []
    assert named_in("城镇常住人口达到381.6万人,超过预期目标", names) == ["pop_urban"]


def test_status_cells_are_claims():
    figures = pd.DataFrame({
        "figure_id": ["w:1", "w:2", "w:3", "w:4", "w:5", "w:6"], "doc": ["w.txt"] * 6,
        "indicator_id": ["eco", "eco", "beds", "beds", "relief", "relief"],
        "kind": ["actual", "target"] * 3, "method": ["table"] * 6, "table_id": ["t1"] * 6,
        "row_no": [1, 1, 2, 2, 3, 3], "status_reported": ["未完成", "未完成", "已完成", "已完成", "另行安排", ""],
        "char_start": [0, 0, 10, 10, 20, 20], "char_end": [9, 9, 19, 19, 29, 29], "quote": ["q"] * 6,
        "value_start": [1, 3, 11, 13, 21, 23]})
    rows = status_claims(figures).set_index("claim_id")
    assert rows["claim"].tolist() == ["not_achieved", "achieved", ""]
    assert rows.loc["w:1:status", "figure_ids"] == "w:1;w:2" and rows.loc["w:3:status", "named_indicators"] == "beds"


def test_phrase_table_errors_name_the_file_and_line(tmp_path):
    good = load_claim_phrases()
    assert {"achieved", "on_schedule", "behind_schedule", "not_achieved"} == set(good["claim"])
    bad = tmp_path / "phrases.csv"
    good.assign(claim=["done"] + good["claim"].tolist()[1:]).to_csv(bad, index=False)
    with pytest.raises(InputError, match=r"phrases.csv:2: claim 'done'"):
        load_claim_phrases(bad)
    good.assign(pattern=["(unclosed"] + good["pattern"].tolist()[1:]).to_csv(bad, index=False)
    with pytest.raises(InputError, match="no regular expression"):
        load_claim_phrases(bad)


def _row(**kw):
    base = dict(region="R", indicator_id="x", status="insufficient_data", latest=np.nan, latest_date="",
                target=100.0, comparator="", keeps_pace=pd.NA, pace_basis="", share_of_distance_covered=np.nan,
                share_of_distance_max=np.nan, time_progress=np.nan, baseline=np.nan, baseline_date="",
                ratio_R=np.nan, target_source="own", target_region="R", expired=False, figure_ids="f:1")
    base.update(kw)
    return pd.Series(base)


@pytest.mark.parametrize("claim, row, verdict", [
    ("achieved", _row(status="achieved", latest=100.0), "agrees"),
    ("achieved", _row(latest=80.0), "contradicted"),
    ("achieved", _row(), "no comparison"),
    ("not_achieved", _row(status="achieved", latest=100.0), "contradicted"),
    ("on_schedule", _row(latest=60.0, keeps_pace=True, pace_basis="baseline", share_of_distance_covered=0.6,
                         time_progress=0.5, baseline=50.0), "agrees"),
    ("on_schedule", _row(latest=15.0, keeps_pace=False, pace_basis="bound", share_of_distance_max=0.15,
                         time_progress=0.58), "contradicted"),
    ("behind_schedule", _row(latest=15.0, keeps_pace=False, pace_basis="bound", share_of_distance_max=0.15,
                             time_progress=0.58), "agrees"),
    ("on_schedule", _row(latest=60.0, status="on_track", ratio_R=1.2), "agrees"),
    ("on_schedule", _row(latest=60.0), "no comparison"),
    ("on_schedule", None, "no comparison"),
])
def test_judge_each_kind_of_claim(claim, row, verdict):
    assert judge(claim, row)[0] == verdict


def test_on_schedule_explains_with_numbers():
    ok, why = on_schedule(_row(latest=60.0, keeps_pace=True, pace_basis="baseline", share_of_distance_covered=0.6,
                               time_progress=0.5, baseline=50.0, baseline_date="2020-12-31", latest_date="2023"))
    assert ok and why == "60% of the distance from 50 (2020-12-31) to 100 covered with 50% of the plan period elapsed"


def test_plan_claims_are_held_against_every_target():
    assessment = pd.DataFrame([
        _row(indicator_id="a", status="achieved", latest=100.0),
        _row(indicator_id="b", latest=15.0, keeps_pace=False, pace_basis="bound", share_of_distance_max=0.15,
             time_progress=0.58),
        _row(indicator_id="c", latest=85.0),
        _row(indicator_id="d", target_source="province"),
        _row(indicator_id="e", status="achieved", latest=1.0, expired=True),
    ])
    base = dict(doc="d.txt", region_en="R", source="text", phrase="p", named_indicators="", named_from="",
                figure_ids="", char_start=0, char_end=1, quote="q", claim_start=0, claim_end=1)
    claims = pd.DataFrame([
        dict(base, claim_id="all", scope="plan", claim="on_schedule", count=pd.NA),
        dict(base, claim_id="n_behind", scope="plan", claim="behind_schedule", count=2),
        dict(base, claim_id="n_done", scope="plan", claim="achieved", count=2),
        dict(base, claim_id="one", scope="indicator", claim="achieved", count=pd.NA, named_indicators="a"),
    ])
    out = compare_claims(claims, assessment, pd.DataFrame({"figure_id": [], "indicator_id": []})).set_index(
        "claim_id")
    assert out.loc["all", "verdict"] == "contradicted" and "b (" in out.loc["all", "explanation"]
    assert out.loc["n_behind", "verdict"] == "consistent"  # 1 behind for certain, 1 unknown: 1 to 2
    assert out.loc["n_done", "verdict"] == "contradicted"  # 1 achieved (the expired one does not count)
    assert out.loc["one", "verdict"] == "agrees" and out.loc["one", "figure_ids"] == "f:1"


def test_find_claims_on_the_seeds(seed_run):
    from mzlib.sources.registry import load_registry

    texts = seed_run.texts
    found = find_claims(texts, seed_run.figures, load_registry(), seed_run.manifest).set_index("claim_id")
    for row in found.itertuples():
        assert texts[row.doc][row.char_start:row.char_end] == row.quote
    assert found.loc["taian-2023:claim:235", "count"] == 27 and found.loc["taian-2023:claim:235", "scope"] == "plan"
    assert found.loc["wenshan-2023:claim:368", "claim"] == "behind_schedule"
    assert found.loc["wenshan-2023:claim:368", "count"] == 6
    assert found.loc["wenshan-2023:claim:354", "count"] == 7
    assert "taian-2023:1544" in found.loc["taian-2023:claim:1571", "figure_ids"]  # the lottery sentence
    assert found.loc["lincang-2023:claim:3187", "figure_ids"] == "lincang-2023:3239"
    assert (found["source"] == "status column").sum() == 13


def test_every_phrase_is_found_where_its_source_says():
    import re

    import seeds
    from mzlib.core.normalize import normalize

    for row in load_claim_phrases().itertuples(index=False):
        file = seeds.cited(row.source.split(" ")[0])
        text = normalize(file.read_text(encoding="utf-8"))
        for example in row.example.split("; "):
            assert re.search(row.pattern, normalize(example)), (row.pattern, example)
        if row.applies_to == "text":
            assert re.search(row.pattern, text), (row.pattern, row.source)
