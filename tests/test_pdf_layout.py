"""The PDF genre rules on lines laid out by hand: rejoining, running heads and feet, tables."""

import pytest

from mzlib.sources.pdf_layout import Glyph, Line, TableBox, aligned_tables, drop_running, flow, is_page_number, lines_of
from mzlib.sources.textlayout import Cell, render

EM = 10.0
LEFT, RIGHT = 80.0, 500.0


def line(text, page=0, row=0, indent=0, end=RIGHT):
    """A line of ``text`` on ``page``, the ``row``-th from the top, ending at ``end``."""
    top = 100 + row * 18
    x0 = LEFT + indent * EM
    return Line(text, x0, end, top, top + EM, EM, page, [(x0, end, text)])


def test_a_number_and_its_unit_split_by_the_line_end_are_joined():
    page = [line("为困难群体发放价格临时补贴18.06", indent=2),
            line("亿元。平均每年为430万人提供经常性生活救助。", row=1, end=300)]
    assert flow([page]) == ["为困难群体发放价格临时补贴18.06亿元。平均每年为430万人提供经常性生活救助。"]


def test_latin_words_and_numbers_keep_their_space():
    page = [line("the plan for", indent=2), line("2025 sets targets.", row=1, end=200)]
    assert flow([page]) == ["the plan for 2025 sets targets."]


def test_indented_line_short_line_and_wide_gap_start_paragraphs():
    page = [line("一、总体要求", indent=2, end=200),
            line("第一段的第一行写满了整行", row=1, indent=2),
            line("第一段到此结束。", row=2, end=200),
            line("不缩进的新段落", row=3, end=240),
            line("隔开较远的一行", row=6, end=240)]
    assert flow([page]) == ["一、总体要求", "第一段的第一行写满了整行第一段到此结束。", "不缩进的新段落", "隔开较远的一行"]


def test_a_line_cut_short_by_a_long_number_does_not_end_its_paragraph():
    page = [line("第一段。", indent=2, end=140),
            line("发放救助金共计人民币。", row=1, indent=2, end=RIGHT - 4 * EM),
            line("31222.95万元,惠及5997户。", row=2, end=300)]
    assert flow([page]) == ["第一段。", "发放救助金共计人民币。31222.95万元,惠及5997户。"]


def test_paragraph_runs_over_the_page_break_and_footers_go():
    first = [line("云南省民政事业发展规划", row=0, indent=10, end=350), line("城乡低保标准分别达到7680", row=1, indent=2),
             line("— 1 —", row=40, indent=20, end=290)]
    second = [line("云南省民政事业发展规划", row=0, indent=10, end=350, page=1), line("元、4500元。", row=1, end=200, page=1),
              line("- 2 -", row=40, indent=20, end=290, page=1)]
    third = [line("云南省民政事业发展规划", row=0, indent=10, end=350, page=2), line("新的一段。", row=1, indent=2, end=200, page=2),
             line("第 3 页", row=40, indent=20, end=290, page=2)]
    pages, removed = drop_running([first, second, third])
    assert sorted(removed) == sorted(["— 1 —", "- 2 -", "第 3 页"] + ["云南省民政事业发展规划"] * 3)
    assert flow(pages) == ["城乡低保标准分别达到7680元、4500元。", "新的一段。"]


@pytest.mark.parametrize("text, expected", [
    ("—5—", True), ("- 5 -", True), ("第5页", True), ("第 5 页 共 20 页", True), ("5/20", True), ("12", True),
    ("Page 3 of 10", True), ("·3·", True), ("2021年", False), ("5.1万人", False), ("附件1", False),
])
def test_page_numbers(text, expected):
    assert is_page_number(text) is expected


def _grid(rows, start=0):
    return [[Cell(text, start + r * 10 + c) for c, text in enumerate(row)] for r, row in enumerate(rows)]


def test_table_over_a_page_break_is_one_table_without_its_repeated_header():
    header = ["指标", "2020年", "2025年"]
    first = TableBox(_grid([header, ["低保标准", "500", "650"]]), 600, 700, 0)
    second = TableBox(_grid([header, ["养老床位", "18", "20"]], start=100), 100, 200, 1)
    blocks = flow([[line("表1 主要指标", indent=8, end=300), first], [second]])
    assert render(blocks) == "表1 主要指标\n指标 | 2020年 | 2025年 |\n低保标准 | 500 | 650 |\n养老床位 | 18 | 20 |\n"


def test_a_cell_merged_down_over_the_break_is_carried():
    merged = Cell("基本民生保障", 1)
    first = TableBox([[Cell("领域", 0), Cell("指标", 5)], [merged, Cell("低保", 6)], [merged, Cell("救助", 7)]], 500, 700, 0)
    rest = Cell("", 20)
    second = TableBox([[rest, Cell("补贴", 21)], [rest, Cell("护理", 22)], [Cell("基层治理", 23), Cell("社区", 24)]], 80, 200, 1)
    lines = render(flow([[first], [second]])).splitlines()
    assert lines[3:] == ["基本民生保障 | 补贴 |", "基本民生保障 | 护理 |", "基层治理 | 社区 |"]


def test_columns_aligned_without_rules_become_a_table():
    rows = []
    for r, cells in enumerate([["指标", "2020年", "2025年"], ["低保标准", "500", "650"]]):
        top = 100 + 18 * r
        segments = [(LEFT + 100 * k, LEFT + 100 * k + 40, text) for k, text in enumerate(cells)]
        rows.append(Line("  ".join(cells), LEFT, LEFT + 240, top, top + EM, EM, 0, segments))
    items = aligned_tables([line("表1", indent=2, end=150)] + rows + [line("正文。", row=3, indent=2, end=200)])
    assert [type(i).__name__ for i in items] == ["Line", "TableBox", "Line"]
    assert render(flow([items])) == "表1\n指标 | 2020年 | 2025年 |\n低保标准 | 500 | 650 |\n正文。\n"


def test_glyphs_make_lines_spaces_and_segments():
    def glyphs(text, x, top):
        return [Glyph(c, x + k * EM, x + (k + 1) * EM, top, top + EM, EM) for k, c in enumerate(text)]
    drawn = glyphs("低保", 80, 100) + glyphs("500", 80 + 5 * EM, 100) + glyphs("次行", 80, 120)
    first, second = lines_of(drawn)
    assert first.text == "低保 500" and [s[2] for s in first.segments] == ["低保", "500"]
    assert second.text == "次行" and second.top == 120
