"""Tables of the genre composed at random, in every layout a text prints them in: the extractor never crashes,
every figure quotes the text it was read from, and every number is a figure or accounted for.

Each example is a table a statistics office or a plan could print: a title (maybe with its number, 表5-1), maybe a
``单位:`` line, a header (a label head, maybe blank; years, goals, a growth column, a share column), rows of labels
(maybe with a unit in brackets, an English translation, a ``其中:`` part) and cells (numbers with thousands
separators, decimals, a footnote's mark, a comparator, a ``[ ]`` total, ``左右``, a dash), printed in one of the
layouts of ``benchmarks/measure_layouts.py``. Hypothesis draws them from a fixed seed (``derandomize``), so a run is
the same on every machine; a failure prints the text that made it.

Two more compose a plan's table of indicators and print it twice, once with every cell (or row) on one line and once
broken over lines as conversions break it (one cell a line; a PDF's text, rows one a line): the figures read must be
the same. Cases they found are kept as explicit examples.
"""

import sys
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
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


# a plan's table printed one cell a line, as a conversion breaks its cells over lines: a header name's stage under its
# year (2025年 / 预计), a group's name and its count before its first row (经济发展 / (3项)), a value's 左右 on the line
# after it, a name over two lines; the figures read from it are the ones read from the same table with no cell broken
PLAN_LABELS = ["养老机构护理型床位占比(%)", "城镇新增就业人数(万人)", "每千名老年人拥有养老床位数(张)", "城乡居民收入倍差",
               "居民人均可支配收入(元)", "人均预期寿命(岁)", "特困人员集中供养能力(张)", "社区养老服务设施覆盖率(%)"]
GROUPS = ["经济发展", "民生福祉", "养老服务", "社会救助"]


@st.composite
def _plan_value_lines(draw):
    """A value of a plan's table as the lines it may be broken over: a number, a number and its 左右, a dash, a bound."""
    value = _number(draw).replace(",", "")
    kind = draw(st.sampled_from(["plain", "plain", "about", "dash", "more"]))
    return {"plain": [value], "about": [value, "左右"], "dash": ["—"], "more": [">" + value]}[kind]


def _plan_figures(text):
    """The figures of a plan's text with a number as ``(value, unit, year, kind, method)``, each quote as printed."""
    figures = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2025, 2026, 2030, doc_type="plan")).figures
    for row in figures.itertuples(index=False):
        assert text[row.char_start:row.char_end] == row.quote
    f = figures[(figures["method"] != "derived") & (figures["value_type"] == "number")]
    return list(zip(f["value"], f["unit"], f["year"], f["kind"], f["method"]))


@st.composite
def plan_tables(draw):
    years = draw(st.sampled_from([(2025, 2030), (2020, 2025)]))
    header = ["序号", "指标名称", [f"{years[0]}年", "预计"], [f"{years[1]}年", "目标"], "属性"]
    if draw(st.booleans()):
        header.insert(0, "类别")
    rows, n = [], 0
    for g in range(draw(st.integers(1, 2))):
        for r in range(draw(st.integers(2, 3))):
            n += 1
            label = draw(st.sampled_from(PLAN_LABELS))
            broken = draw(st.integers(0, 3)) == 0 and len(label) > 6
            values = [draw(_plan_value_lines()) for _ in range(2)]
            row = [str(n), [label[:5], label[5:]] if broken else [label]] + values + [
                [draw(st.sampled_from(["预期性", "约束性"]))]]
            if "类别" in header:
                row.insert(0, [GROUPS[g], f"({draw(st.integers(1, 9))}项)"] if r == 0 else [])
            rows.append(row)
    sep = draw(st.sampled_from(["\n", "\n\n", "\n \n"]))
    return header, rows, sep


def _printed(header, rows, sep, broken):
    """The table one cell a line; ``broken``: each cell's parts on lines of their own, else each cell on one line."""
    def lines(cell):
        parts = [cell] if isinstance(cell, str) else cell
        return parts if broken else ["".join(parts)] if parts else []
    cells = [line for cell in header for line in lines(cell)] + [line for row in rows for cell in row
                                                                 for line in lines(cell)]
    return "岚江市“十五五”时期主要指标\n" + sep.join(cells) + "\n"


@settings(derandomize=True, max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_tables())
# found by it: a name over two lines and a dash under the goal once read as a goal in words and a dash of an attribute
@example((["序号", "指标名称", ["2025年", "预计"], ["2030年", "目标"], "属性"],
          [["1", ["养老机构护", "理型床位占比(%)"], ["0"], ["0"], ["预期性"]],
           ["2", ["城乡居民收", "入倍差"], ["0"], ["—"], ["预期性"]]], "\n"))
def test_a_plan_s_table_reads_the_same_whatever_the_lines_its_cells_are_broken_over(table):
    whole = _plan_figures(_printed(*table, broken=False))
    assert _plan_figures(_printed(*table, broken=True)) == whole
    assert all(method == "table" for *_, method in whole)


# the same table as a PDF's text prints it: the header one line of names apart, each row one line, or a row broken
# over lines (its number alone, its name over two lines, its last values on the next line), a group's name over three
# lines before its first row; the figures read are the ones read from the table with every row on one line
@st.composite
def pdf_plan_tables(draw):
    rows, n = [], 0
    grouped = draw(st.booleans())
    for g in range(draw(st.integers(1, 2))):
        for r in range(draw(st.integers(2, 3))):
            n += 1
            values = []
            for _ in range(2):
                value = _number(draw).replace(",", "")
                values.append(draw(st.sampled_from([value, value + "左右", "—", ">" + value])))
            group = [GROUPS[g][:2], GROUPS[g][2:], f"({draw(st.integers(1, 9))}项)"] if grouped and r == 0 else []
            rows.append((group, str(n), draw(st.sampled_from(PLAN_LABELS)), values,
                         draw(st.sampled_from(["预期性", "约束性"])),
                         draw(st.sampled_from(["line", "line", "number_apart", "name_broken", "values_apart"]))))
    return grouped, rows


def _pdf_printed(grouped, rows, broken):
    out = [("类别 " if grouped else "") + "序号 指标 2025年 2030年目标 属性"]
    for group, n, label, values, attribute, how in rows:
        out += group
        line = " ".join([n, label] + values + [attribute])
        how = how if broken else "line"
        if how == "number_apart":
            out += [n, label, " ".join(values + [attribute])]
        elif how == "name_broken" and len(label) > 7:
            out += [n, label[:6], label[6:] + " " + " ".join(values + [attribute])]
        elif how == "values_apart":
            out += [" ".join([n, label, values[0]]), " ".join(values[1:] + [attribute])]
        else:
            out.append(line)
    return "“十五五”时期经济社会发展主要指标\n" + "\n".join(out) + "\n注:【 】为5年累计数。\n"


@settings(derandomize=True, max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pdf_plan_tables())
# found by it: a row whose number stands alone on its line ended the reading of rows one a line there
@example((False, [([], "1", "养老机构护理型床位占比(%)", ["0", "0"], "预期性", "line"),
                  ([], "2", "养老机构护理型床位占比(%)", ["0", "0"], "预期性", "number_apart")]))
# and: a row's line longer than a cell's (more than 40 characters) ended the reading word by word before it
@example((False, [([], str(n), "养老机构护理型床位占比(%)", ["0", "0"], "预期性", "number_apart" if n == 4 else "line")
                  for n in range(1, 5)] + [([], "5", "每千名老年人拥有养老床位数(张)", ["10000.10左右", "100.0左右"], "预期性",
                                             "line")]))
def test_a_pdf_s_plan_table_reads_the_same_whatever_the_lines_its_rows_are_broken_over(table):
    whole = _plan_figures(_pdf_printed(*table, broken=False))
    assert _plan_figures(_pdf_printed(*table, broken=True)) == whole
    assert all(method == "table" for *_, method in whole)


# a table one cell a line with neither 序号 nor 属性, its rows told apart by their fit alone: a name over two lines, a
# value's 左右 on the line after it; the figures read are those of the table with every cell on one line
@st.composite
def fitted_tables(draw):
    header = ["指标名称", "单位", ["2025年", "预计"], ["2030年", "目标"]]
    rows = []
    for _ in range(draw(st.integers(3, 5))):
        label = draw(st.sampled_from(PLAN_LABELS)).split("(")[0]
        values = [draw(_plan_value_lines()) for _ in range(2)]
        broken = draw(st.integers(0, 3)) == 0 and len(label) > 6
        rows.append([[label[:5], label[5:]] if broken else [label], draw(st.sampled_from(["%", "张", "万人", "元"]))]
                    + values)
    return header, rows, draw(st.sampled_from(["\n", "\n\n"]))


@settings(derandomize=True, max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fitted_tables())
# found by it: 0 / 左右 / 养老机构护 read as one value (a qualifier then words) as cheaply as the right reading
@example((["指标名称", "单位", ["2025年", "预计"], ["2030年", "目标"]],
          [[["养老机构护", "理型床位占比"], "%", ["0"], ["0", "左右"]], [["养老机构护", "理型床位占比"], "%", ["0", "左右"], ["0"]],
           [["养老机构护", "理型床位占比"], "%", ["0"], ["0"]]], "\n"))
def test_a_table_with_no_row_numbers_reads_the_same_whatever_the_lines_its_cells_are_broken_over(table):
    whole = _plan_figures(_printed(*table, broken=False))
    assert _plan_figures(_printed(*table, broken=True)) == whole
    assert all(method == "table" for *_, method in whole)
