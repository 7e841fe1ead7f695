"""Tables of the genre composed at random, in every layout a text prints them in: the extractor never crashes,
every figure quotes the text it was read from, and every number is a figure or accounted for.

Each example is a table a statistics office or a plan could print: a title (maybe with its number, 表5-1), maybe a
``单位:`` line, a header (a label head, maybe blank; years, goals, a growth column, a share column), rows of labels
(maybe with a unit in brackets, an English translation, a ``其中:`` part) and cells (numbers with thousands
separators, decimals, a footnote's mark, a comparator, a ``[ ]`` total, ``左右``, a dash), printed in one of the
layouts of ``benchmarks/measure_layouts.py``. Hypothesis draws them from a fixed seed (``derandomize``), so a run is
the same on every machine; a failure prints the text that made it.
"""

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mzlib.extract.figures import Document, extract_document
from mzlib.extract.quantities import mentions

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from measure_layouts import LAYOUTS  # noqa: E402

LABELS = ["城市低保人数", "农村低保对象", "养老机构床位数", "护理型床位占比", "社会福利院", "每千名老年人拥有养老床位数",
          "城乡居民基本养老保险参保人数", "特困人员供养标准", "甲县", "乙区", "全市", "60周岁及以上人口", "合计"]
UNITS = ["", "(人)", "(万人)", "(张)", "(%)", "(元/人·月)", "（个）"]
ENGLISH = ["", " Urban Recipients", " Beds"]
HEADS = ["指标", "项目", "指标名称", "地区", "", "指标 Item", "年份"]
COLUMNS = ["2020年", "2021年", "2022年", "2025年", "2020", "2023年末", "目标值", "基期值", "现状值", "“十四五”期末",
           "年均增长(%)", "比上年增长(%)", "占比(%)", "属性", "单位", "备注"]
TITLES = ["", "表1 主要指标", "表5-1 人民生活水平情况", "各县社会救助情况(单位:人)", "“十四五”时期民政事业发展主要指标",
          "2023年民政事业统计"]


def _number(draw):
    whole = draw(st.integers(0, 99999))
    text = f"{whole:,}" if whole > 999 and draw(st.booleans()) else str(whole)
    if draw(st.booleans()):
        text += "." + str(draw(st.integers(0, 99)))
    return text


@st.composite
def cells(draw):
    kind = draw(st.sampled_from(["number", "number", "number", "dash", "mark", "comparator", "total", "about",
                                 "word", "empty"]))
    if kind == "dash":
        return draw(st.sampled_from(["—", "-", "…", "--"]))
    if kind == "empty":
        return ""
    if kind == "word":
        return draw(st.sampled_from(["预期性", "约束性", "持续提升", "万人", "张"]))
    number = _number(draw)
    return {"number": number, "mark": number + draw(st.sampled_from(["①", "*", "※"])),
            "comparator": draw(st.sampled_from(["≥", ">", "<", "≤"])) + number, "total": f"[{number}]",
            "about": number + "左右"}[kind]


@st.composite
def tables(draw):
    width = draw(st.integers(1, 4))
    header = [draw(st.sampled_from(HEADS))] + draw(st.lists(st.sampled_from(COLUMNS), min_size=width,
                                                            max_size=width, unique=True))
    rows = []
    for _ in range(draw(st.integers(1, 5))):
        label = draw(st.sampled_from(LABELS)) + draw(st.sampled_from(UNITS)) + draw(st.sampled_from(ENGLISH))
        if draw(st.integers(0, 5)) == 0:
            label = "其中:" + label
        rows.append([label] + [draw(cells()) for _ in range(width)])
    lines = [draw(st.sampled_from(TITLES)), draw(st.sampled_from(["", "单位:万人", "单位:个、张"]))]
    layout = draw(st.sampled_from(sorted(LAYOUTS)))
    before = draw(st.sampled_from(["", "2023年末,全市共有养老机构35个,床位4800张。\n"]))
    after = draw(st.sampled_from(["", "注:[ ]内为五年累计数;带*为预计数。\n"]))
    return before + "\n".join(line for line in lines if line) + "\n" + LAYOUTS[layout](header, rows) + "\n" + after


@settings(derandomize=True, max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(), st.sampled_from([("", None, None), ("plan", 2021, 2025), ("statistical_yearbook", None, None)]))
def test_a_composed_table_in_any_layout_is_read_without_loss(text, kind):
    doc_type, start, end = kind
    doc = Document("t.txt", text, "岚江市", "Lanjiang", 2023, start, end, doc_type=doc_type)
    figures, _, numbers = extract_document(doc)
    for row in figures.itertuples(index=False):
        assert text[row.char_start:row.char_end] == row.quote
        assert text[row.value_start:row.value_end] == row.value_text
    values = figures.loc[figures["method"] != "derived", "value_start"].astype(int)
    accounted = set(values) | set(numbers["char_start"].astype(int))
    lost = [m.start for m in mentions(doc.norm) if not m.chinese and m.start not in accounted]
    assert not lost, [text[a:a + 12] for a in lost]
    assert numbers["reason"].astype(bool).all()
