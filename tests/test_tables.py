"""The three table layouts, text boxes, and rows that cannot be parsed."""

import re

import pytest

from mzlib.extract import tables
from mzlib.extract.tables import _DECLARED_UNIT, Cell, column_roles, find_tables, is_numeric, stacked_spans

CELL_PER_LINE = "标题\n序号 |\n主要指标 |\n2023年完成值 |\n2025年 目标值 |\n1 |\n节地生态安葬率 |\n15% |\n95% |\n" \
                "2 |\n社区日间照料机构覆盖率 |\n85% |\n90% |\n正文"
ROW_PER_LINE = "表1:指标\n主要指标 | 2015年 实际值 | 2020年 完成值 | 增长 比例(%) |\n平均火化率(%) | 40.8 | 54.89 | 34.5 |\n"
GROUPED = ("附件\n领域 | 主要指标 | 单位 | 2025年 目标值 | 完成值 | 指标 属性 |\n"
           "基本民生保障 | 城乡低保标准之比 | 比例 | 1.3:1 | 1.27:1 | 预期性 |\n"
           "全市收养登记合格率 | % | 100 | 100 | 约束性 | |\n"
           "基层社会治理 | 社会组织专职工作人员数量 | 万人 | 1.5 | 1.75 | 预期性 |\n"
           "每个农村社区拥有社区社会组织数量 | 个 | 7 | 7 | 预期性 |\n")


def cells(row):
    return [c.text for c in row.cells]


def test_cell_per_line_rows_start_at_their_number():
    (table,) = find_tables(CELL_PER_LINE)
    assert table.layout == "cell_per_line" and table.title == "标题"
    assert [cells(r) for r in table.rows] == [["1", "节地生态安葬率", "15%", "95%"],
                                              ["2", "社区日间照料机构覆盖率", "85%", "90%"]]
    assert all(r.status == "parsed" for r in table.rows)


def test_offsets_refer_to_the_original_text():
    for text in (CELL_PER_LINE, ROW_PER_LINE, GROUPED):
        for table in find_tables(text):
            for row in table.rows:
                assert all(text[c.start:c.end] == c.text for c in row.cells)


def test_grouped_rows_carry_their_group_and_shift_back():
    (table,) = find_tables(GROUPED)
    assert table.layout == "grouped_rows"
    assert [r.group for r in table.rows] == ["基本民生保障", "基本民生保障", "基层社会治理", "基层社会治理"]
    assert [len(r.cells) for r in table.rows] == [5, 5, 5, 5]
    assert cells(table.rows[1])[:2] == ["全市收养登记合格率", "%"]


def test_row_per_line_roles_baseline_actual_growth():
    (table,) = find_tables(ROW_PER_LINE)
    roles = column_roles(table.header)
    assert [(r["role"], r["kind"], r["year"]) for r in roles] == [
        ("indicator", "", None), ("value", "baseline", 2015), ("value", "actual", 2020), ("growth", "", None)]
    assert roles[3]["basis"] == "total" and roles[3]["unit"] == "%"


@pytest.mark.parametrize("names, reference_year, plan, expected", [
    # a column after the document's year is a goal, unless its name says the values were reached (实际, 完成)
    (["主要指标", "2020年 实际值", "2025年 目标值"], 2015, True, [("baseline", 2020), ("target", 2025)]),
    (["主要指标", "2022年 完成值"], 2020, False, [("actual", 2022)]),
    (["主要指标", "2020年", "2025年"], 2015, True, [("target", 2020), ("target", 2025)]),
    (["主要指标", "2020年 实际值", "2025年 目标值"], 2020, True, [("baseline", 2020), ("target", 2025)]),
])
def test_a_column_named_as_reached_is_no_goal_whatever_the_document_s_year(names, reference_year, plan, expected):
    header = [Cell(n, 0, len(n), 1) for n in names]
    roles = column_roles(header, reference_year, plan)[1:]
    assert [(r["kind"], r["year"]) for r in roles] == expected


def test_truncated_cell_per_line_table_is_listed_not_dropped():
    (table,) = find_tables(CELL_PER_LINE.rsplit("85%", 1)[0])
    assert table.rows[-1].status == "unparsed"
    assert "truncated" in table.rows[-1].reason and "2 of 4" in table.rows[-1].reason


def test_row_with_missing_cells_is_listed_with_reason():
    (table,) = find_tables(ROW_PER_LINE + "节地生态安葬率(%) | 19.2 |\n")
    assert table.rows[-1].status == "unparsed" and "2 of 4" in table.rows[-1].reason


def test_text_boxes_are_not_indicator_tables():
    (table,) = find_tables("引言\n专栏1:重点建设项目 |\n1.城乡社区综合服务设施建设。覆盖率达到90%以上。 |\n正文")
    assert table.kind == "box" and table.rows == []


def test_full_width_bars_and_spaces_are_understood():
    (table,) = find_tables("表\n主要指标 ｜ 2020年　实际值 ｜\n节地生态安葬率 ｜ ５１．０２％ ｜\n")
    assert cells(table.rows[0]) == ["节地生态安葬率", "51.02%"]


SPACED = ("专栏1  主要指标\n\n序号  指标名称                单位      2020年     2025年     指标属性\n"
          " 1    养老服务床位总数        万张      2.71       ≥3.5       预期性\n"
          " 2    社区养老设施覆盖率    城市  %     92         100        约束性\n"
          "                            农村  %     58         ≥80        预期性\n"
          "注:[ ]内为累计数。\n")
TABBED = ("指标\t2020年\t2025年\t属性\n养老床位总数(张)\t2860 / 1120\t3500 / 1925\t预期性\n"
          "  其中:护理型床位(张)\t\t\t约束性\n家庭养老床位(张)\t—\t[500]\t预期性\n")
REGIONS = ("表1  部分市(州)人口年龄构成\n                       单位:%\n"
           "地  区      0—14岁    15—59岁   60岁及以上   其中:65岁及以上\n"
           "全  省       16.08      62.92      20.99         15.60\n"
           "岚江市       14.21      62.40      23.39         17.52\n")
LABELLED = ("表 3  2022 年全省城乡低保主要指标\n指标                          2022 年              2021 年\n"
            "低保对象(万人)\n  城市 / 农村              27.3 / 104.8        28.3 / 109.6\n")


def test_space_aligned_rows_align_right_and_sub_rows_keep_their_parent():
    (table,) = find_tables(SPACED)
    assert table.layout == "space_aligned" and table.title == "专栏1  主要指标"
    assert [c.text for c in table.header] == ["序号", "指标名称", "单位", "2020年", "2025年", "指标属性"]
    rows = [[c.text if c else None for c in r.cells] for r in table.rows]
    assert rows[1][-4:] == ["%", "92", "100", "约束性"] and rows[1][1] == "社区养老设施覆盖率 城市"
    assert rows[2][-4:] == ["%", "58", "≥80", "预期性"] and table.rows[2].parent == "社区养老设施覆盖率 城市"


def test_tab_separated_rows_keep_empty_cells():
    (table,) = find_tables(TABBED)
    assert table.layout == "tab_separated"
    assert [c.text for c in table.rows[0].cells] == ["养老床位总数(张)", "2860 / 1120", "3500 / 1925", "预期性"]
    assert table.rows[1].parent == "养老床位总数(张)"


def test_a_table_of_regions_reads_names_padded_with_spaces_and_the_unit_above_it():
    (table,) = find_tables(REGIONS)
    assert table.unit == "%"
    assert [c.text for c in table.rows[0].cells][0] == "全  省"
    roles = column_roles(table.header, 2020)
    assert [r["role"] for r in roles] == ["region", "value", "value", "value", "value"]


def test_a_line_of_text_labels_the_rows_below_it():
    (table,) = find_tables(LABELLED)
    assert table.rows[0].reason == "label row" and table.rows[1].parent == "低保对象(万人)"


@pytest.mark.parametrize("header, reference, kinds", [
    (["指标", "2020年", "2025年"], 2021, ["baseline", "target"]),
    (["指标", "2023年完成值", "2025年目标值"], 2023, ["actual", "target"]),
    (["指标", "2022年", "2021年"], 2022, ["actual", "baseline"]),
    (["指标", "2015年实际值", "2020年完成值"], 2020, ["baseline", "actual"]),
])
def test_year_columns_are_baselines_actuals_or_targets(header, reference, kinds):
    from mzlib.extract.tables import Cell
    roles = column_roles([Cell(h, 0, 0, 1) for h in header], reference_year=reference)
    assert [r["kind"] for r in roles[1:]] == kinds


COLUMN_CELLS = ("表2  2019—2023年全省养老服务主要指标\n单位：万张、个\n指标\n\n2021年\n\n2022年\n\n2023年\n\n"
                "养老床位\n\n24.1\n\n25.6\n\n26.9\n\n养老机构\n\n1968\n\n2034\n\n2101\n\n注：数据来源于年报。\n")


def test_one_cell_per_line_without_separators_and_units_named_in_row_order():
    (table,) = find_tables(COLUMN_CELLS)
    assert table.layout == "cell_per_line" and [c.text for c in table.header] == ["指标", "2021年", "2022年", "2023年"]
    assert [[c.text for c in r.cells] for r in table.rows] == [["养老床位", "24.1", "25.6", "26.9"],
                                                               ["养老机构", "1968", "2034", "2101"]]
    assert table.unit == "万张、个"  # a list: figures read it over the rows it names a unit for, in order
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", COLUMN_CELLS, "岚江市", "Lanjiang", 2023, None, None)).figures
    assert f.loc[f["method"] == "table", "unit"].tolist() == ["万张"] * 3 + ["个"] * 3


def shape(table):
    """A whole table as a reader checks it: header texts, then per row its status, parent and cells."""
    return ([c.text if c is not None else None for c in table.header],
            [(r.status, r.parent, [c.text if c is not None else None for c in r.cells]) for r in table.rows])


SEPARATED = "\n".join([
    "表1  主要指标", "序号", "|", "项目(单位)", "|", "2005年", "|", "2010年", "|", "年均增长(%)", "||",
    "1", "|", "总人口(万人)", "|", "3940", "|", "4060", "|", "0.6", "||",
    "", "|", "其中:城镇人口(万人)", "|", "1438", "|", "1705", "|", "3.5", "||",
    "2", "|", "参保人数(万人)", "|", "320", "|", "450", "|", "[130]", "||",
    "3", "|", "覆盖率(%)", "|", "—", "|", "80", "|", "—", "||", "", "注：[ ]内为累计数。"])


def test_cells_between_separator_lines_make_rows_ended_by_double_bars():
    (table,) = find_tables(SEPARATED)
    assert table.layout == "cell_per_line" and table.title == "表1  主要指标"
    assert shape(table) == (["序号", "项目(单位)", "2005年", "2010年", "年均增长(%)"], [
        ("parsed", "", ["1", "总人口(万人)", "3940", "4060", "0.6"]),
        ("parsed", "总人口(万人)", ["", "其中:城镇人口(万人)", "1438", "1705", "3.5"]),
        ("parsed", "", ["2", "参保人数(万人)", "320", "450", "[130]"]),
        ("parsed", "", ["3", "覆盖率(%)", "-", "80", "-"])])


# The same layout as a web page's table copied as text: a row ends in as many bars as the cells it
# lacks (a cell merged over the rest: |||, ||||), one cell stacks the labels of a row and its 其中
# rows and the next cells their values, a label spans two columns (a number and a label, then 城市 and
# 农村 each with its values), and a value alone in brackets is a total over the plan's years.
STACKED = "\n".join([
    "序号", "|", "主要项目和指标", "|", "2015年", "|", "2020年", "|", "年均增长(%)", "|", "||",
    "1", "|", "养老床位数(万张)", "其中:护理型床位数(万张)", "|", "12.4", "3.1", "|", "18.6", "7.5", "|",
    "8.45", "19.3", "|", "||",
    "2", "|", "低保人数", "(万人)", "|", "城市", "|", "40.2", "|", "31.7", "|", "-4.64", "|", "|",
    "农村", "|", "95.0", "|", "88.1", "|", "-1.50", "|||",
    "3", "|", "救助流浪乞讨人员(万人)", "|", "[12.5 ]", "|", "||||",
    "4", "|", "社区服务中心(个)", "|", "—", "|", "320", "|", "—", "|", "||",
    "注:[ ]内为五年累计数。", "|", ""])


def test_row_ends_of_several_bars_stacked_cells_and_labels_over_two_columns():
    (table,) = find_tables(STACKED)
    assert table.layout == "cell_per_line"
    assert shape(table) == (["序号", "主要项目和指标", "2015年", "2020年", "年均增长(%)"], [
        ("parsed", "", ["1", "养老床位数(万张)", "12.4", "18.6", "8.45"]),
        ("parsed", "养老床位数(万张)", ["", "其中:护理型床位数(万张)", "3.1", "7.5", "19.3"]),
        ("parsed", "", ["2"] + [None] * 4),
        ("parsed", "低保人数(万人)", ["", "城市", "40.2", "31.7", "-4.64"]),
        ("parsed", "低保人数(万人)", ["", "农村", "95.0", "88.1", "-1.50"]),
        ("unparsed", "", ["3", "救助流浪乞讨人员(万人)", "[12.5 ]"]),
        ("parsed", "", ["4", "社区服务中心(个)", "-", "320", "-"])])


def test_a_value_alone_in_brackets_is_a_figure_and_stacked_values_keep_their_own_labels():
    from mzlib.extract.figures import Document, extract_document

    doc = Document("t.txt", STACKED, "岚江市", "Lanjiang", 2020, None, None)
    figures, _, numbers = extract_document(doc)
    got = figures[["value_text", "year", "kind", "indicator_id", "method"]].astype("string").values.tolist()
    assert got == [
        ["12.4", "2015", "baseline", "elder_care_beds", "table"], ["3.1", "2015", "baseline", "nursing_beds", "table"],
        ["18.6", "2020", "actual", "elder_care_beds", "table"], ["7.5", "2020", "actual", "nursing_beds", "table"],
        ["8.45", "2020", "growth_rate", "elder_care_beds", "table"],
        ["19.3", "2020", "growth_rate", "nursing_beds", "table"],
        ["40.2", "2015", "baseline", "dibao_recipients_urban", "table"],
        ["31.7", "2020", "actual", "dibao_recipients_urban", "table"],
        ["-4.64", "2020", "growth_rate", "dibao_recipients_urban", "table"],
        ["95.0", "2015", "baseline", "dibao_recipients_rural", "table"],
        ["88.1", "2020", "actual", "dibao_recipients_rural", "table"],
        ["-1.50", "2020", "growth_rate", "dibao_recipients_rural", "table"],
        ["12.5", "2020", "actual", "unmapped", "unparsed_row"],  # a total in [ ], the row short of cells
        ["—", "2015", "baseline", "unmapped", "table"], ["320", "2020", "actual", "unmapped", "table"],
        ["—", "2020", "growth_rate", "unmapped", "table"]]
    assert figures.loc[12, "indicator_zh"] == "救助流浪乞讨人员(万人)" and figures.loc[12, "unit"] == "万人"
    # the row numbers, also of a label row and of a row short of cells, are the table's structure
    assert numbers[["text", "reason"]].values.tolist() == [
        ["2015", "year"], ["2020", "year"], ["1", "table_structure"], ["2", "table_structure"],
        ["3", "table_structure"], ["4", "table_structure"], ["五", "duration"]]


# A web page's tables copied as text, one cell a line and each line ending in " |" (a line of "|" alone
# an empty cell): a report form under a metadata line with page controls, and a year's targets
# against results whose 考核指标 cell is printed once for the rows it spans.
FORM_BARS = "\n".join(["发布时间:2024-03-05 10:12:09 来源:办公室 | 【字体: 大 中 小】 | 【打印】 | 分享: |"] + [
    f"{c} |".lstrip() for c in [
        "指标名称", "单位", "代码", "数量", "上年数据", "同比", "甲", "乙", "丙", "1", "2", "3",
        "一、综合", "", "JZH011000000", "", "", "",
        "1.街道", "个", "JZH011113000", "14", "14", "",
        "2.乡", "个", "JZH011112000", "", "", "",
        "(二)民政事业费累计支出", "万元", "JZH011310000", "8,204.6", "7,512.0", "9.22",
        "其中:社会救助", "万元", "JZH011212000", "3,110.5", "3,402.9", "-8.59"]])


def test_a_table_one_cell_a_line_ending_in_bars_is_read_by_its_column_names():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(FORM_BARS)
    assert table.layout == "cell_per_line"
    assert shape(table)[0] == ["指标名称", "单位", "代码", "数量", "上年数据", "同比"]
    assert [r.reason for r in table.rows][:1] == ["column numbers"]
    assert [cells(r)[0] for r in table.rows[1:]] == ["一、综合", "1.街道", "2.乡", "(二)民政事业费累计支出", "其中:社会救助"]
    doc = Document("t.txt", FORM_BARS, "岚江市", "Lanjiang", 2024, None, None)
    extraction = extract_document(doc)
    assert extraction.table_rows[["status", "reason"]].values.tolist() == [
        ["label", "the column numbers of a report form (甲, 乙, 1, 2 ...)"],
        ["parsed", "no value printed in the row"], ["parsed", ""], ["parsed", "no value printed in the row"],
        ["parsed", ""], ["parsed", ""]]  # a row whose value cells are empty is no row that failed
    got = extraction.figures[["value_text", "unit", "year", "kind"]].astype("string").values.tolist()
    assert got == [["14", "个", "2024", "actual"], ["14", "个", "2023", "baseline"],
                   ["8,204.6", "万元", "2024", "actual"], ["7,512.0", "万元", "2023", "baseline"],
                   ["9.22", "%", "2024", "growth_rate"], ["3,110.5", "万元", "2024", "actual"],
                   ["3,402.9", "万元", "2023", "baseline"], ["-8.59", "%", "2024", "growth_rate"]]


# A web page's table copied one cell a line, each line ending in " |", whose unit column comes after the
# year columns: the first row's label looks like one more column name, but the rows tile only without it.
LABEL_AFTER_NAMES = "\n".join(["婚姻登记"] + [f"{c} |" for c in [
    "项目", "2021年", "2022年", "2023年", "单位",
    "登记结婚对数", "5412", "5120", "5376", "对",
    "离婚率", "2.81", "2.64", "2.70", "‰"]])
# The same names with a sixth, a note column whose name is no label: the rows carry a note cell each.
NAMES_WITH_NOTE = "\n".join(["婚姻登记"] + [f"{c} |" for c in [
    "项目", "2021年", "2022年", "2023年", "单位", "备注",
    "登记结婚对数", "5412", "5120", "5376", "对", "",
    "离婚率", "2.81", "2.64", "2.70", "‰", ""]])


def test_the_first_row_label_after_the_column_names_is_no_column_name():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(LABEL_AFTER_NAMES)
    assert table.layout == "cell_per_line"
    assert shape(table) == (["项目", "2021年", "2022年", "2023年", "单位"],
                            [("parsed", "", ["登记结婚对数", "5412", "5120", "5376", "对"]),
                             ("parsed", "", ["离婚率", "2.81", "2.64", "2.70", "‰"])])
    doc = Document("t.txt", LABEL_AFTER_NAMES, "岚江市", "Lanjiang", 2023, None, None)
    got = extract_document(doc).figures[["value_text", "unit", "year", "kind"]].astype("string").values.tolist()
    assert got == [["5412", "对", "2021", "baseline"], ["5120", "对", "2022", "baseline"], ["5376", "对", "2023", "actual"],
                   ["2.81", "‰", "2021", "baseline"], ["2.64", "‰", "2022", "baseline"], ["2.70", "‰", "2023", "actual"]]
    # a header whose rows tile with all its names keeps them all
    (table,) = find_tables(NAMES_WITH_NOTE)
    assert shape(table)[0] == ["项目", "2021年", "2022年", "2023年", "单位", "备注"]
    assert [cells(r)[:2] for r in table.rows] == [["登记结婚对数", "5412"], ["离婚率", "2.81"]]


# A yearbook's continued table (续表) whose header is printed again over two lines: the years above, and
# under them a line of words spread under the columns with no value (分组 … 年报 / 快报), no header words; then the rows.
HEAD_OVER_TWO_LINES = "\n".join([
    "续表",
    "",
    "  序号  指标                  单位    2021年末    2022年末    2023年末",
    "  分组                      计量      年报        年报       快报",
    "  1     参加失业保险人数      万人      10.52      10.61      10.83",
    "  2     失业保险基金支出      亿元       3.26       3.58       3.41"])
# The same rows under a header line and a line that holds a year (a source note, no second header line).
HEAD_APART = "\n".join([
    "  序号  指标                  单位    2021年末    2022年末    2023年末",
    "  资料来源:2024年统计年鉴   市统计局",
    "  1     参加失业保险人数      万人      10.52      10.61      10.83",
    "  2     失业保险基金支出      亿元       3.26       3.58       3.41"])


def test_a_header_printed_over_two_lines_heads_the_rows_below_it():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(HEAD_OVER_TWO_LINES)
    assert table.layout == "space_aligned"
    assert shape(table) == (["序号", "指标", "单位", "2021年末", "2022年末", "2023年末"],
                            [("parsed", "", ["1", "参加失业保险人数", "万人", "10.52", "10.61", "10.83"]),
                             ("parsed", "", ["2", "失业保险基金支出", "亿元", "3.26", "3.58", "3.41"])])
    doc = Document("t.txt", HEAD_OVER_TWO_LINES, "岚江市", "Lanjiang", 2024, None, None)
    got = extract_document(doc).figures[["value_text", "unit", "year", "kind"]].astype("string").values.tolist()
    assert got == [["10.52", "万人", "2021", "baseline"], ["10.61", "万人", "2022", "baseline"],
                   ["10.83", "万人", "2023", "actual"], ["3.26", "亿元", "2021", "baseline"],
                   ["3.58", "亿元", "2022", "baseline"], ["3.41", "亿元", "2023", "actual"]]
    # a line with a number between the header line and the rows parts them: the rows have no header
    (table,) = find_tables(HEAD_APART)
    assert table.header == [] and table.reason == "no header row before the first row of values"


# The same 续表 with its category printed downwards in front of the rows, one character a line (失 / 业):
# a row that starts with such a character has one cell more than the header, and the character is no cell.
HEAD_OVER_TWO_LINES_DOWNWARDS = "\n".join([
    "  序号  指标                  单位    2021年末    2022年末    2023年末",
    "  分组                      计量      年报        年报       快报",
    "  失  1   参加失业保险人数      万人      10.52      10.61      10.83",
    "  业  2   失业保险基金支出      亿元       3.26       3.58       3.41",
    "      3   失业保险基金结余      亿元       8.04       8.62       9.15"])


def test_a_category_printed_downwards_in_front_of_the_rows_is_no_cell():
    (table,) = find_tables(HEAD_OVER_TWO_LINES_DOWNWARDS)
    assert shape(table) == (["序号", "指标", "单位", "2021年末", "2022年末", "2023年末"],
                            [("parsed", "", ["1", "参加失业保险人数", "万人", "10.52", "10.61", "10.83"]),
                             ("parsed", "", ["2", "失业保险基金支出", "亿元", "3.26", "3.58", "3.41"]),
                             ("parsed", "", ["3", "失业保险基金结余", "亿元", "8.04", "8.62", "9.15"])])
    # a row one cell wider whose first cell is a word, not one character, stays a row the header does not fit
    (table,) = find_tables(HEAD_OVER_TWO_LINES_DOWNWARDS.replace("失  1", "失业  1"))
    assert [r.status for r in table.rows] == ["unparsed", "parsed", "parsed"]


TASKS_BARS = "\n".join(["岚江市民政局2019年重点工作完成情况"] + [f"{c} |".lstrip() for c in [
    "考核指标", "计量单位", "工作目标", "已完成数", "占年度任务",
    "新增养老床位", "张", "社区养老服务中心新增床位300张", "300", "100%",
    "张", "乡镇敬老院新增床位120张", "126", "105%", "",
    "提高城乡低保标准", "元", "城市低保月人均保障标准不低于520元", "530", "101.92%",
    "元", "农村低保月人均保障标准不低于360元", "360", "100%", ""]])


def test_a_row_that_starts_a_cell_late_takes_the_merged_cell_above_and_a_goal_in_words_names_its_row():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(TASKS_BARS)
    assert [r.reason for r in table.rows] == ["", "leading cells merged with the row above"] * 2
    assert [cells(r)[:2] for r in table.rows] == [["新增养老床位", "张"]] * 2 + [["提高城乡低保标准", "元"]] * 2
    doc = Document("t.txt", TASKS_BARS, "岚江市", "Lanjiang", 2019, None, None)
    figures = extract_document(doc).figures
    got = figures[["value_text", "unit", "kind", "comparator", "indicator_zh"]].values.tolist()
    assert got == [
        ["300", "张", "target", "", "社区养老服务中心新增床位"], ["300", "张", "actual", "", "社区养老服务中心新增床位"],
        ["100", "%", "actual", "", "社区养老服务中心新增床位"], ["120", "张", "target", "", "乡镇敬老院新增床位"],
        ["126", "张", "actual", "", "乡镇敬老院新增床位"], ["105", "%", "actual", "", "乡镇敬老院新增床位"],
        ["520", "元", "standard", ">=", "城市低保月人均保障标准"], ["530", "元", "standard", "", "城市低保月人均保障标准"],
        ["101.92", "%", "actual", "", "城市低保月人均保障标准"], ["360", "元", "standard", ">=", "农村低保月人均保障标准"],
        ["360", "元", "standard", "", "农村低保月人均保障标准"], ["100", "%", "actual", "", "农村低保月人均保障标准"]]
    assert (figures["year"] == 2019).all()


@pytest.mark.parametrize("line, metadata", [
    ("发布时间:2024-03-05 10:12:09 来源:办公室 | 【字体: 大 中 小】 | 【打印】 | 分享:", True),
    ("来源:市民政局 | 【关闭窗口】", True),
    ("【字体: 大 中 小】 | 【打印】", False),  # page controls without a key: value are no metadata line
    ("指标名称 | 单位 | 数量", False)])
def test_a_metadata_line_may_carry_page_controls(line, metadata):
    from mzlib.extract.tables import _is_metadata

    assert _is_metadata(line) is metadata


# A plan's evaluation table flattened onto one line (a .doc file's text): column names, then rows that
# start at a numbered label, the characters of a group cell merged over rows between them, a weight
# before each target, and page footers after the table.
FLATTENED = ("附件2: 岚江市老龄事业“十三五”规划 考核指标体系 考核指标 单位 权重 目标值 1.每千名老年人拥有养老床位 张 10 "
             "≥35 养 2.护理型床位占比 % 8 ≥30 老 1.老年人健康管理率 % 6 ≥70 健 2.老年大学在校人数 万人 5 ≥1.2 "
             "康 3.城镇老年人家庭恩格尔系数 % 4 ≤35 - 3 - - 4 -\n")


def test_a_table_flattened_onto_one_line_is_read_by_its_numbered_labels_and_its_weights_are_no_figures():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(FLATTENED)
    assert (table.layout, table.title) == ("flattened", "附件2: 岚江市老龄事业“十三五”规划 考核指标体系")
    assert shape(table) == (["考核指标", "单位", "权重", "目标值"], [
        ("parsed", "", ["1.每千名老年人拥有养老床位", "张", "10", "≥35"]),
        ("parsed", "", ["2.护理型床位占比", "%", "8", "≥30"]),
        ("parsed", "", ["1.老年人健康管理率", "%", "6", "≥70"]),
        ("parsed", "", ["2.老年大学在校人数", "万人", "5", "≥1.2"]),
        ("parsed", "", ["3.城镇老年人家庭恩格尔系数", "%", "4", "≤35"])])
    doc = Document("t.txt", FLATTENED, "岚江市", "Lanjiang", 2015, 2016, 2020)
    figures, _, numbers = extract_document(doc)
    got = figures[["value_text", "unit", "kind", "year", "date_basis", "comparator"]].astype("string").values.tolist()
    assert got == [[v, u, "target", "2020", "plan_period", c] for v, u, c in [
        ("35", "张", ">="), ("30", "%", ">="), ("70", "%", ">="), ("1.2", "万人", ">="), ("35", "%", "<=")]]
    assert numbers[["text", "reason"]].values.tolist() == [
        ["2", "figure_number"], ["十三五", "plan_name"], ["1", "table_structure"], ["千", "normaliser"],
        ["10", "table_structure"],
        ["2", "table_structure"], ["8", "table_structure"], ["1", "table_structure"], ["6", "table_structure"],
        ["2", "table_structure"], ["5", "table_structure"], ["3", "table_structure"], ["4", "table_structure"],
        ["3", "page_number"], ["4", "page_number"]]


# A communiqué's table whose years head two columns each (城市 | 农村), spaced to line up on a page:
# once with every character one column wide, once with a Chinese character two columns wide.
TWO_LEVELS = "\n".join([
    "表3  城乡低保情况",
    "                          2021年              2022年",
    "指标           单位     城市      农村      城市      农村",
    "低保对象       人       3215      18420     3012      17655",
    "月人均标准     元/人    720       560       760       600"])
TWO_LEVELS_WIDE = "\n".join([
    "表3  城乡低保情况",
    " " * 24 + "2021年" + " " * 14 + "2022年",
    "指标" + " " * 8 + "单位    城市      农村      城市      农村",
    "低保对象    人      3215      18420     3012      17655",
    "月人均标准  元/人   720       560       760       600"])


@pytest.mark.parametrize("text", [TWO_LEVELS, TWO_LEVELS_WIDE])
def test_years_over_the_columns_they_split_head_each_of_them(text):
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(text)
    assert table.layout == "space_aligned" and table.title == "表3  城乡低保情况"
    assert shape(table) == (["指标", "单位", "2021年 城市", "2021年 农村", "2022年 城市", "2022年 农村"], [
        ("parsed", "", ["低保对象", "人", "3215", "18420", "3012", "17655"]),
        ("parsed", "", ["月人均标准", "元/人", "720", "560", "760", "600"])])
    doc = Document("t.txt", text, "岚江市", "Lanjiang", 2022, None, None)
    got = extract_document(doc).figures[["value_text", "unit", "year", "kind", "indicator_id"]]
    assert got.astype("string").values.tolist() == [
        ["3215", "人", "2021", "baseline", "dibao_recipients_urban"], ["18420", "人", "2021", "baseline", "dibao_recipients_rural"],
        ["3012", "人", "2022", "actual", "dibao_recipients_urban"], ["17655", "人", "2022", "actual", "dibao_recipients_rural"],
        ["720", "元/人", "2021", "standard", "unmapped"], ["560", "元/人", "2021", "standard", "unmapped"],
        ["760", "元/人", "2022", "standard", "unmapped"], ["600", "元/人", "2022", "standard", "unmapped"]]


# A bilingual yearbook table copied from a web page one cell a line, each cell ending in " |", whose
# labels wrap over lines without a bar (Chinese and English alike), a heading row with no values,
# and notes after the table.
WRAPPED = "\n".join([
    "8-3", "2021-2022年社会救助基本情况 |", "Basic Statistics", "on Social Assistance (2021-2022) |", "|", "|",
    "项 目 |", "Item |", "2021 |", "2022 |", "|", "|",
    "城市低保对象 (人) |", "Urban Residents Receiving |", "8120 |", "7904 |", "|", "Minimum Living Allowance",
    "(person) |", "|",
    "特困人员", "(人) |", "Persons in Extreme |", "1210 |", "1188 |",
    "临时救助 |", "Temporary Assistance |", "|", "|",
    "救助人次", "(人次) |", "Person-times", "(person-times) |", "3340 |", "2965 |",
    "|", "|", "①本表数据来源于市民政局。 |", "|"])


def test_a_table_one_cell_a_line_whose_cells_wrap_over_lines_without_a_bar():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(WRAPPED)
    assert (table.layout, table.title) == ("wrapped_cells", "8-3 2021-2022年社会救助基本情况")
    assert shape(table) == (["项 目", "2021", "2022"], [
        ("parsed", "", ["城市低保对象 (人)", "8120", "7904"]), ("parsed", "", ["特困人员(人)", "1210", "1188"]),
        ("parsed", "", [None, None, None]), ("parsed", "临时救助", ["救助人次(人次)", "3340", "2965"])])
    doc = Document("t.txt", WRAPPED, "岚江市", "Lanjiang", 2022, None, None)
    got = extract_document(doc).figures[["value_text", "unit", "year", "kind"]].astype("string").values.tolist()
    assert got == [["8120", "人", "2021", "baseline"], ["7904", "人", "2022", "actual"],
                   ["1210", "人", "2021", "baseline"], ["1188", "人", "2022", "actual"],
                   ["3340", "人次", "2021", "baseline"], ["2965", "人次", "2022", "actual"]]


# Two tables side by side on the lines of a PDF's page: the header repeats its column names, a row of
# the left table may end where the right one starts (after its values) or hold a heading only.
SIDE_BY_SIDE = "\n".join([
    "8-6 社会服务",
    "        指标名称          单位    2022 年 2021 年        指标名称          单位    2022 年 2021 年",
    "        一、养老服务                                    三、婚姻登记",
    "          养老机构数         个      42      40          结婚登记          对     3120    3308",
    "          床    位           张    5210    4980        离婚登记          对      905     987",
    "        二、社会救助                                    四、殡葬服务",
    "          城市低保人数       人    2811    3002          火化数            具     4410    4270",
    "注:本表数据来源于市民政局。"])


def test_two_tables_side_by_side_are_read_as_two():
    from mzlib.extract.figures import Document, extract_document

    left, right = find_tables(SIDE_BY_SIDE)
    assert (left.layout, right.layout) == ("side_by_side", "side_by_side")
    assert shape(left) == (["指标名称", "单位", "2022 年", "2021 年"], [
        ("parsed", "", [None] * 4), ("parsed", "一、养老服务", ["养老机构数", "个", "42", "40"]),
        ("parsed", "一、养老服务", ["床    位", "张", "5210", "4980"]), ("parsed", "", [None] * 4),
        ("parsed", "二、社会救助", ["城市低保人数", "人", "2811", "3002"])])
    assert [cells(r) if r.cells[0] else None for r in right.rows] == [
        None, ["结婚登记", "对", "3120", "3308"], ["离婚登记", "对", "905", "987"], None, ["火化数", "具", "4410", "4270"]]
    doc = Document("t.txt", SIDE_BY_SIDE, "岚江市", "Lanjiang", 2022, None, None)
    got = extract_document(doc).figures[["value_text", "unit", "year", "kind"]].astype("string").values.tolist()
    assert sorted(got) == sorted([
        ["42", "个", "2022", "actual"], ["40", "个", "2021", "baseline"], ["5210", "张", "2022", "actual"],
        ["4980", "张", "2021", "baseline"], ["2811", "人", "2022", "actual"], ["3002", "人", "2021", "baseline"],
        ["3120", "对", "2022", "actual"], ["3308", "对", "2021", "baseline"], ["905", "对", "2022", "actual"],
        ["987", "对", "2021", "baseline"], ["4410", "具", "2022", "actual"], ["4270", "具", "2021", "baseline"]])


# A bilingual yearbook table copied from a web page, one cell a line with blank lines between, years
# printed without 年, each label's translation on a line of its own.
BILINGUAL_CELLS = "\n\n".join([
    "表2 社会服务主要指标", "Main Indicators of Social Services", "项目", "Item", "2021", "2022",
    "城市低保人数(人)", "Urban Dibao Recipients (person)", "3215", "3012",
    "养老床位(张)", "Beds for the Elderly (bed)", "5210", "5480"]) + "\n"


def test_a_table_one_cell_a_line_leaves_out_its_english_lines_and_reads_years_without_nian():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(BILINGUAL_CELLS)
    assert (table.layout, table.title) == ("token_stream", "表2 社会服务主要指标")
    assert shape(table) == (["项目", "2021", "2022"], [
        ("parsed", "", ["城市低保人数(人)", "3215", "3012"]), ("parsed", "", ["养老床位(张)", "5210", "5480"])])
    doc = Document("t.txt", BILINGUAL_CELLS, "岚江市", "Lanjiang", 2022, None, None)
    got = extract_document(doc).figures[["value_text", "unit", "year", "kind"]].astype("string").values.tolist()
    assert got == [["3215", "人", "2021", "baseline"], ["3012", "人", "2022", "actual"],
                   ["5210", "张", "2021", "baseline"], ["5480", "张", "2022", "actual"]]


# A year table between two paragraphs of a PDF's text: single spaces, a space before each 年, no title.
YEARS_SPACED = "\n".join([
    "截至2023年底,全市城乡社区组织继续调整。",
    "指标 2019 年 2020 年 2021 年 2022 年 2023 年",
    "社区居委会 412 418 425 431 436",
    "村委会 2988 2951 2930 2904 2890",
    "二、社会救助"])


def test_years_printed_with_a_space_before_nian_head_a_single_spaced_table():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(YEARS_SPACED)
    assert table.layout == "year_columns"
    assert [c.text for c in table.header][1:] == ["2019 年", "2020 年", "2021 年", "2022 年", "2023 年"]
    doc = Document("t.txt", YEARS_SPACED, "岚江市", "Lanjiang", 2023, None, None)
    got = extract_document(doc).figures[["value_text", "year", "kind"]].astype("string").values.tolist()
    assert got == [[v, str(y), "baseline" if y < 2023 else "actual"] for row in (
        ["412", "418", "425", "431", "436"], ["2988", "2951", "2930", "2904", "2890"])
        for v, y in zip(row, range(2019, 2024))]


# A plan's indicator table in a box on a PDF page: double-spaced lines (a blank line between rows).
BOX_TABLE = "\n".join([
    "        专栏 2        “十四五”时期养老服务主要指标", "", "",
    "                        指 标                          2025 年        属 性", "", "",
    "        1.养老机构护理型床位占比(%)                        >55           约束性", "",
    "        2.每千名老年人拥有养老床位数(张)                    35           预期性", "", "",
    "        3.特殊困难老年人月探访率(%)                        100           约束性", "",
    "        (三)主要任务"])


def test_a_double_spaced_table_in_a_box_is_an_indicator_table():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(BOX_TABLE)
    assert (table.kind, table.layout) == ("indicator", "space_aligned")
    assert shape(table) == (["指 标", "2025 年", "属 性"], [
        ("parsed", "", ["1.养老机构护理型床位占比(%)", ">55", "约束性"]),
        ("parsed", "", ["2.每千名老年人拥有养老床位数(张)", "35", "预期性"]),
        ("parsed", "", ["3.特殊困难老年人月探访率(%)", "100", "约束性"])])
    doc = Document("t.txt", BOX_TABLE, "岚江市", "Lanjiang", 2020, 2021, 2025, doc_type="plan")
    got = extract_document(doc).figures[["value_text", "unit", "year", "kind", "comparator"]].astype("string")
    assert got.values.tolist() == [["55", "%", "2025", "target", ">"], ["35", "张", "2025", "target", ""],
                                   ["100", "%", "2025", "target", ""]]


# A gazetteer's table on a PDF page: a header of three lines, years over pairs of columns whose names
# take two lines, the column of labels named on the middle line only.
GAZETTEER = "\n".join([
    "表 3-1  若干年份老年人口",
    "                              2000 年                  2010 年",
    "              分组         60 岁以上      占总人口      60 岁以上      占总人口",
    "                           人数(人)       (%)           人数(人)       (%)",
    "              总计           8120        11.02          9934        13.45",
    "              60~69 岁       5210         7.07          6012         8.14"])


def test_a_space_aligned_row_short_of_cells_puts_each_value_where_its_column_stands():
    text = GAZETTEER + "\n              100 岁及以上" + " " * 6 + "6" + " " * 25 + "9"  # under 2000 and 2010 人数
    (table,) = find_tables(text)
    assert shape(table)[1][-1] == ("parsed", "", ["100 岁及以上", "6", None, "9", None])


def test_years_over_pairs_of_columns_head_them_in_order_and_the_label_column_keeps_its_name():
    (table,) = find_tables(GAZETTEER)
    assert shape(table) == (["分组", "2000 年 60 岁以上 人数(人)", "2000 年 占总人口 (%)", "2010 年 60 岁以上 人数(人)",
                             "2010 年 占总人口 (%)"], [
        ("parsed", "", ["总计", "8120", "11.02", "9934", "13.45"]),
        ("parsed", "", ["60-69 岁", "5210", "7.07", "6012", "8.14"])])


def test_cells_between_separator_lines_without_row_ends_start_rows_at_their_number():
    text = SEPARATED.replace("||", "|").replace("\n\n|\n其中:城镇人口(万人)\n|\n1438\n|\n1705\n|\n3.5\n|", "")
    (table,) = find_tables(text)
    assert [r.cells[1].text for r in table.rows] == ["总人口(万人)", "参保人数(万人)", "覆盖率(%)"]
    assert all(r.status == "parsed" for r in table.rows)


YEARBOOK = "\n".join([
    "3-1  社会服务主要指标",
    "Main Indicators of Social Services",
    "项    目" + " " * 32 + "      2010      2015      2020      2021",
    "Item",
    "养老床位(万张)",
    "Beds for the Elderly (10 000 beds)",
    " " * 40 + "       4.2       6.8       9.1       9.6",
    "特困人员(万人)",
    " " * 40 + "                          16.5      16.9",
    "社会救济 Social Relief",
    "  社会救济费(亿元)",
    " " * 40 + "      38.6      52.4      71.8      74.3",
    "    #低保资金(亿元)",
    " " * 40 + "      30.2      41.7      55.6      56.9",
    "结婚登记(万对)" + " " * 26 + "      31.5      33.2      24.7      23.1",
    "Marriage Registrations",
    "火化率(%)" + " " * 33 + "      28.4                41.6      45.2",
    "",
    "注：特困人员2016年起统计。"])


def test_yearbook_values_sit_under_their_years_and_labels_may_stand_above_them():
    (table,) = find_tables(YEARBOOK)
    assert table.layout == "year_columns" and table.title == "3-1  社会服务主要指标"
    assert shape(table) == (["项    目", "2010", "2015", "2020", "2021"], [
        ("parsed", "", ["养老床位(万张)", "4.2", "6.8", "9.1", "9.6"]),
        ("parsed", "", ["特困人员(万人)", None, None, "16.5", "16.9"]),
        ("parsed", "社会救济", ["社会救济费(亿元)", "38.6", "52.4", "71.8", "74.3"]),
        ("parsed", "社会救济费(亿元)", ["#低保资金(亿元)", "30.2", "41.7", "55.6", "56.9"]),
        ("parsed", "", ["结婚登记(万对)", "31.5", "33.2", "24.7", "23.1"]),
        ("parsed", "", ["火化率(%)", "28.4", None, "41.6", "45.2"])])
    roles = column_roles(table.header, reference_year=2022)
    assert [r["kind"] for r in roles[1:]] == ["baseline"] * 3 + ["actual"]  # earlier values beside the latest


def test_yearbook_values_that_fit_no_year_column_are_an_unparsed_row():
    text = YEARBOOK.replace(" " * 40 + "       4.2       6.8       9.1       9.6", " " * 40 + "  4.2 6.8 9.1")
    (table,) = find_tables(text)
    assert table.rows[0].status == "unparsed" and "3 values cannot be placed" in table.rows[0].reason


MERGED = "\n".join(["指标 | 单位 | 数值", "一、社会救助 | |", "城市低保对象 | 户 | 6,215", "人 | 9,873",
                    "城市低保资金 | 万元 | 3,402.6", "其中：临时救助 | 人次 | 2,764"])


def test_a_row_that_keeps_only_unit_and_value_takes_the_label_merged_over_it():
    (table,) = find_tables(MERGED)
    assert shape(table) == (["指标", "单位", "数值"], [
        ("parsed", "", [None, None, None]),
        ("parsed", "", ["城市低保对象", "户", "6,215"]),
        ("parsed", "", ["城市低保对象", "人", "9,873"]),
        ("parsed", "", ["城市低保资金", "万元", "3,402.6"]),
        ("parsed", "城市低保资金", ["其中:临时救助", "人次", "2,764"])])
    assert table.rows[2].cells[0].start == table.rows[1].cells[0].start  # the label where it is printed


@pytest.mark.parametrize("line", [
    "发布时间：2023-10-20 09:30 | 来源：梧岭市民政局 | 作者：规划财务科 | 浏览次数：1,286",
    "来源: 市统计局 | 发布日期: 2024-02-27",
    "分享到： 微信 | 微博 | QQ空间",
    "首页 | 政务公开 | 统计信息",
])
def test_metadata_and_navigation_lines_are_not_tables(line):
    assert find_tables(f"{line}\n\n截至2023年底，全市共有养老机构86个。\n") == []
    (table,) = find_tables(f"{line}\n{MERGED}")
    assert table.header[0].text == "指标"


def test_a_metadata_like_line_of_values_is_still_a_table_row():
    (table,) = find_tables("地区 | 2022年 | 2023年\n城区：东片 | 12 | 14\n")
    assert [c.text for c in table.rows[0].cells] == ["城区:东片", "12", "14"]


def test_the_numbers_of_a_row_that_cannot_be_parsed_are_read_as_text_with_its_label():
    from mzlib.extract.figures import Document, extract_document

    text = ("表1 主要指标\n指标 | 2020年 | 2025年\n养老机构床位数(张) | 12460 | 15000\n"
            "护理型床位占比(%) | 48 | 55 | 60\n")
    doc = Document("t.txt", text, "某市", "Someplace", 2021, 2021, 2025, doc_type="plan")
    figures, rows, numbers = extract_document(doc)
    bad = rows[rows["status"] == "unparsed"].iloc[0]
    assert bad["reason"] == "row has 4 cells, header has 3" and bad["n_figures"] == 3
    read = figures[figures["method"] == "unparsed_row"]
    assert read["value"].tolist() == ["48", "55", "60"]
    assert set(read["indicator_zh"]) == {"护理型床位占比(%)"} or read["indicator_zh"].str.contains("护理型床位").all()
    assert read["note"].str.contains("read as text: table row not parsed").all()
    assert figures.loc[figures["method"] == "table", "value"].tolist() == ["12460", "15000"]
    assert not numbers["text"].isin(["48", "55", "60"]).any()


def test_a_separated_row_short_of_a_cell_is_unparsed_not_shifted():
    text = SEPARATED.replace("320\n|\n450\n|\n[130]", "320\n|\n450")
    (table,) = find_tables(text)
    assert (table.rows[2].status, table.rows[2].reason) == ("unparsed", "row has 4 cells, header has 5")
    assert [r.status for r in table.rows] == ["parsed", "parsed", "unparsed", "parsed"]


# A real yearbook page as a browser copies it (福建统计年鉴2019, table 3-4, from
# http://tjj.fujian.gov.cn/tongjinianjian/dz2019/cn-en/html/0304.htm as stored by the search tool):
# single spaces between values, the header's label on the line below the years, a blank line of
# spaces, English translations under the labels and a bilingual unit line.
FUJIAN = "\n".join([
    "3-4 出生孩次构成", "Composition of Women Population by Number of Living Children Born", "单位:% (%)",
    "  1981 1989 1995 2000 2010 2017 2018", "项目  Item", " ",
    "  一孩 40.9 46.2 64.6 74.5 68.2 34.4 36.0", "    1st Birth              ",
    "  二孩 29.8 32.2 28.6 23.3 28.7 58.6 56.1", "    2nd Birth              ",
    "  三孩及以上 29.3 21.6 6.8 2.2 3.1 7.0 7.9", "    3rd Birth and Over              ", "               ",
    "注:1981年、1989年、2000年及2010年为人口普查数,1995年、2017年和2018年为人口抽样调查样本数。"])


def test_a_real_yearbook_page_with_single_spaces_and_a_blank_line_inside():
    (table,) = find_tables(FUJIAN)
    assert (table.layout, table.title, table.unit) == ("year_columns", "3-4 出生孩次构成", "%")
    assert shape(table) == (["", "1981", "1989", "1995", "2000", "2010", "2017", "2018"], [
        ("parsed", "", ["一孩", "40.9", "46.2", "64.6", "74.5", "68.2", "34.4", "36.0"]),
        ("parsed", "", ["二孩", "29.8", "32.2", "28.6", "23.3", "28.7", "58.6", "56.1"]),
        ("parsed", "", ["三孩及以上", "29.3", "21.6", "6.8", "2.2", "3.1", "7.0", "7.9"])])


# A statistical report form (民政统计月报表) as a web page gives it: bars open and close each line,
# empty cells are printed (`| 877 | ||`), the form's head above the header holds its name,
# `key:value` cells and the report period, a line of column numbers (甲 丙 1 2 3) sits under the
# header, section rows hold only a label, and the columns are this report, the previous report
# (上期) and the change from it (环比, in %).
FORM = "\n".join([
    "梧岭市2023年1月民政统计数据", "来源:梧岭市民政局", "| 民政统计月报表 | ||||",
    "| 编制单位:梧岭市 | 2023年度 01月份 | |||", "| 指标名称 | 单位 | 数量 | 上期 | 环比 |",
    "| 甲 | 丙 | 1 | 2 | 3 |", "| 一、社会救助 | ||||", "| 城市低保人数 | 人 | 8,215 | 8,300 | -1.02 |",
    "| 事实无人抚养儿童 | 人 | 877 | ||", "| 临时救助 | 人次 | |||",
    "| 城市低保平均标准 | 元/人·月 | 780.0 | 780.0 | 0.00 |"])


def test_a_report_form_reads_its_head_column_numbers_and_empty_cells():
    (table,) = find_tables(FORM)
    assert table.title.startswith("民政统计月报表 编制单位:梧岭市 2023年度 01月份")
    assert shape(table) == (["指标名称", "单位", "数量", "上期", "环比"], [
        ("parsed", "", ["甲", "丙", "1", "2", "3"]),
        ("parsed", "", [None] * 5),
        ("parsed", "", ["城市低保人数", "人", "8,215", "8,300", "-1.02"]),
        ("parsed", "", ["事实无人抚养儿童", "人", "877", "", ""]),
        ("parsed", "", ["临时救助", "人次", "", "", ""]),
        ("parsed", "", ["城市低保平均标准", "元/人·月", "780.0", "780.0", "0.00"])])
    assert [r.reason for r in table.rows[:2]] == ["column numbers", "label row"]
    roles = column_roles(table.header, reference_year=2023)
    assert [(r["role"], r["kind"], r["shift"]) for r in roles] == [
        ("indicator", "", ""), ("unit", "", ""), ("value", "actual", ""), ("value", "baseline", "period"),
        ("growth", "", "period")]


def test_a_report_form_dates_the_previous_report_before_a_january_and_reads_signed_changes():
    from mzlib.extract.figures import Document, extract_document

    doc = Document("t.txt", FORM, "梧岭市", "Wuling", 2023, None, None)
    figures, rows, numbers = extract_document(doc)
    got = figures[["value", "unit", "kind", "year", "base_year"]].astype("string").fillna("").values.tolist()
    assert got == [["8215", "人", "actual", "2023", ""], ["8300", "人", "baseline", "2022", ""],
                   ["-1.02", "%", "growth_rate", "2023", "2022"], ["877", "人", "actual", "2023", ""],
                   ["780.0", "元/人·月", "standard", "2023", ""], ["780.0", "元/人·月", "standard", "2022", ""],
                   ["0.00", "%", "growth_rate", "2023", "2022"]]
    structure = numbers[numbers["reason"] == "table_structure"]["text"].tolist()
    assert structure == ["1", "2", "3"]  # the column numbers are the form's, not figures
    assert "2023" not in figures["value"].tolist()  # 2023年度 is a year


@pytest.mark.parametrize("title, shift, year", [
    ("2023年度 01月份", "period", 2022), ("2023年3月", "period", 2023), ("2023年第一季度", "period", 2022),
    ("2023年第二季度", "period", 2023), ("2023年12月", "year", 2022), ("2023年", "", 2023)])
def test_the_previous_report_is_in_the_year_before_only_after_a_year_closes(title, shift, year):
    from mzlib.extract.tables import previous_year, table_period

    p_year, month, quarter = table_period(title)
    assert previous_year(p_year, shift, month, quarter) == year


@pytest.mark.parametrize("texts, numbered", [
    (["甲", "乙", "1", "2", "3"], True), (["甲", "丙", "1", "2"], True), (["1", "2", "3", "4"], True),
    (["甲", "1", "3"], False), (["甲", "乙"], False), (["养老机构", "1", "2"], False), (["2", "3", "4"], False)])
def test_a_line_of_column_numbers_counts_from_one(texts, numbered):
    from mzlib.extract.tables import _column_numbers

    assert _column_numbers(texts) is numbered


# A yearbook page whose table reached the text with bars: years without 年 head the columns, the
# unit in a line of its own above the header, an empty cell.
BARRED_YEARBOOK = "\n".join(["表5-3 社会服务机构和床位", "| 单位:个 |", "| 项目 | 2015 | 2016 | 2017 |",
                             "| 养老机构 | 152 | 160 | 171 |", "| 养老床位(张) | 21,050 | 22,300 | 23,870 |",
                             "| 社区服务中心 | 88 | | 97 |"])


def test_a_barred_yearbook_table_has_years_for_its_header_and_a_unit_line_above():
    (table,) = find_tables(BARRED_YEARBOOK)
    assert (table.title, table.unit) == ("表5-3 社会服务机构和床位", "个")
    assert shape(table) == (["项目", "2015", "2016", "2017"], [
        ("parsed", "", ["养老机构", "152", "160", "171"]),
        ("parsed", "", ["养老床位(张)", "21,050", "22,300", "23,870"]),
        ("parsed", "", ["社区服务中心", "88", "", "97"])])
    roles = column_roles(table.header, reference_year=2018)
    assert [(r["kind"], r["year"]) for r in roles[1:]] == [("baseline", 2015), ("baseline", 2016), ("actual", 2017)]


@pytest.mark.parametrize("line", ["| 养老机构 | 2015 | 2016 |", "| 2015 | 2016 | 2017 |", "| 项目 | 2017 | 2016 |"])
def test_numbers_that_look_like_years_are_values_unless_they_head_label_columns(line):
    (table,) = find_tables("表1\n| 项目 | 数量 | 上期 |\n" + line + "\n| 床位 | 12 | 13 |")
    assert table.header[0].text == "项目" and table.rows[0].cells[1].text == line.split("|")[2].strip()


# One census table as three conversions print it once its layout is lost: all on one line, one
# cell per line, and one row per line with single spaces. Region names padded with a space.
STREAM_ROWS = [("全 省", "15.82", "64.10", "20.08", "14.21"), ("岚 江 市", "13.06", "66.93", "20.01", "14.35"),
               ("汀川市", "17.94", "61.40", "20.66", "14.90")]
STREAM_HEAD = ["地区", "比重", "0—14岁", "15—59岁", "60岁及以上", "其中:65岁及以上"]
STREAM = {
    "one_line": "表4-2 各市人口年龄构成\n\n单位:%\n\n" + " ".join(STREAM_HEAD + [w for r in STREAM_ROWS for w in r]),
    "cell_per_line": "\n".join(["表", "4-2", "各市人口年龄构成", "单位:%"] + STREAM_HEAD + [w for r in STREAM_ROWS for w in r]),
    "single_spaces": "\n".join(["4-2 各市人口年龄构成", " ", "            单位:%", " ".join(STREAM_HEAD[:2]),
                                " ".join(STREAM_HEAD[2:])] + [" ".join(r) for r in STREAM_ROWS]),
}


@pytest.mark.parametrize("layout", sorted(STREAM))
def test_a_table_that_lost_its_layout_is_read_from_its_words(layout):
    text = STREAM[layout] + "\n\n三、人口的地区分布\n全省人口中,居住在城镇的人口占56.1%。"
    (table,) = find_tables(text)
    assert (table.layout, table.unit) == ("token_stream", "%") and table.title.endswith("各市人口年龄构成")
    assert shape(table) == (["地区", "0-14岁", "15-59岁", "60岁及以上", "其中:65岁及以上"],  # cells are normalised
                            [("parsed", "", list(r)) for r in STREAM_ROWS])
    assert all(text[c.start:c.end] == c.text for r in table.rows for c in r.cells)  # offsets in the original


def test_a_table_that_lost_its_layout_lists_a_row_short_of_values_and_gives_each_column_its_unit():
    from mzlib.extract.figures import Document, extract_document

    text = "\n".join(["表1 全市人口年龄构成", "单位:人、%", "年龄 人口数 比重", "总 计 2140633 100.00",
                      "0—14岁 338721 15.82", "其中:0—5岁 96412", "60岁及以上 429831 20.08"])
    (table,) = find_tables(text)
    assert [(r.status, r.parent) for r in table.rows] == [("parsed", ""), ("parsed", ""), ("unparsed", "0-14岁"),
                                                         ("parsed", "")]
    assert table.rows[2].reason == "1 values after the label, the header has 2 columns"
    doc = Document("t.txt", text, "岚江市", "Lanjiang", 2020, None, None)
    figures = extract_document(doc).figures
    table_rows = figures[figures["method"] == "table"]
    assert table_rows[["value", "unit"]].values.tolist() == [
        ["2140633", "人"], ["100.00", "%"], ["338721", "人"], ["15.82", "%"], ["429831", "人"], ["20.08", "%"]]
    assert figures.loc[figures["method"] == "unparsed_row", "value"].tolist() == ["96412"]


@pytest.mark.parametrize("text", [
    "单位:%\n2023年全市城镇化率为56.1%,比上年提高0.8个百分点。",
    "表2 主要指标\n养老机构 12 床位 3400",
    "单位:万人\n城镇 12.3 乡村 4.5",
])
def test_words_and_numbers_after_a_unit_line_are_no_table_without_a_header_and_two_rows(text):
    assert [t.layout for t in find_tables(text)] == []


def test_a_single_spaced_report_form_with_a_unit_column_is_found_by_its_header():
    text = "2023年9月民政统计数据\n指标名称 单位 数量 上期\n福利彩票销售额 万元 81.00 79.5\n养老机构 个 12 11\n\n注:数量为月末数。"
    (table,) = find_tables(text)
    assert (table.layout, table.title) == ("token_stream", "2023年9月民政统计数据")
    assert shape(table) == (["指标名称", "单位", "数量", "上期"], [
        ("parsed", "", ["福利彩票销售额", "万元", "81.00", "79.5"]), ("parsed", "", ["养老机构", "个", "12", "11"])])


# A quarterly table from a web page: `|` rows, a header spaced out to its cells' width, section
# headings whose empty cells were printed as lines holding only bars, and a note in the last row.
BARS_ONLY = "\n".join([
    "2024年2季度岚江民政统计季报", "编制单位:岚江市 |", "|", "|", "指 标 | 单 位 | 数 量 |",
    "一、民政事业费累计支出 | 万元 | 41,230.5 |", "二、行政区划 |", "|", "|", "街道 | 个 | 18 |",
    "三、社会救助 |", "|", "|", "城市低保人数 | 人 | 2,417 |", "临时救助 | 人次 | 96 |",
    "备注:全市目前有6个婚姻登记处,其中机构1个。 |", "|", "|"])


def test_lines_of_bars_between_rows_are_empty_cells_and_a_note_row_is_read_as_text():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(BARS_ONLY)
    assert table.layout == "row_per_line" and table.title.startswith("编制单位:岚江市")
    assert shape(table) == (["指 标", "单 位", "数 量"], [
        ("parsed", "", ["一、民政事业费累计支出", "万元", "41,230.5"]), ("parsed", "", [None] * 3),
        ("parsed", "", ["街道", "个", "18"]), ("parsed", "", [None] * 3),
        ("parsed", "", ["城市低保人数", "人", "2,417"]), ("parsed", "", ["临时救助", "人次", "96"]),
        ("unparsed", "", ["备注:全市目前有6个婚姻登记处,其中机构1个。"])])
    assert table.rows[-1].reason == "a note in the table (a sentence), read as text"
    doc = Document("t.txt", BARS_ONLY, "岚江市", "Lanjiang", 2024, None, None)
    figures = extract_document(doc).figures
    assert figures[["value", "unit", "year", "method"]].astype("string").values.tolist() == [
        ["41230.5", "万元", "2024", "table"], ["18", "个", "2024", "table"], ["2417", "人", "2024", "table"],
        ["96", "人次", "2024", "table"], ["6", "个", "2024", "unparsed_row"], ["1", "个", "2024", "unparsed_row"]]
    assert figures["indicator_zh"].tolist()[-2:] == ["婚姻登记处", "机构"]  # the note's own subjects, not a label


# A quarterly report form whose cells are separated by single spaces: each row has its indicator
# code (JZH…), the header names 单位 and 代码 before the value columns, a line of column numbers
# sits under the header, and rows without a change from the previous quarter stop after two values.
CODED = "\n".join([
    "民政统计季报表", "地区编码:530000000000 2023年09月", "指标名称 单位 代码 数量 上季度 环比",
    "1 2 3", "一、综合 JZH011000000", "   (一)乡级行政区划 JZH011110000 1,402 1,402",
    "       1.镇 JZH011111000 716 715", "(二)民政事业费累计支出 万元 JZH011310000 1,025,316.2 688,201.9 48.99",
    "    其中:社会救助 万元 JZH011212000 701,004.0 466,315.7 50.33"])


def test_a_single_spaced_form_with_indicator_codes_fills_short_rows_from_its_current_column():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(CODED)
    assert (table.layout, table.title) == ("token_stream", "地区编码:530000000000 2023年09月")
    assert shape(table) == (["指标名称", "单位", "代码", "数量", "上季度", "环比"], [
        ("parsed", "", ["1", "2", "3"]),
        ("parsed", "一、综合", ["(一)乡级行政区划", None, "JZH011110000", "1,402", "1,402", None]),
        ("parsed", "一、综合", ["1.镇", None, "JZH011111000", "716", "715", None]),
        ("parsed", "一、综合", ["(二)民政事业费累计支出", "万元", "JZH011310000", "1,025,316.2", "688,201.9", "48.99"]),
        ("parsed", "(二)民政事业费累计支出", ["其中:社会救助", "万元", "JZH011212000", "701,004.0", "466,315.7", "50.33"])])
    assert table.rows[0].reason == "column numbers"
    doc = Document("t.txt", CODED, "云南省", "Yunnan", 2023, None, None)
    figures, _, numbers = extract_document(doc)
    got = figures[["value", "unit", "kind", "year"]].astype("string").fillna("").values.tolist()
    assert got == [["1402", "", "actual", "2023"], ["1402", "", "baseline", "2023"], ["716", "", "actual", "2023"],
                   ["715", "", "baseline", "2023"], ["1025316.2", "万元", "actual", "2023"],
                   ["688201.9", "万元", "baseline", "2023"], ["48.99", "%", "growth_rate", "2023"],
                   ["701004.0", "万元", "actual", "2023"], ["466315.7", "万元", "baseline", "2023"],
                   ["50.33", "%", "growth_rate", "2023"]]
    assert set(numbers.loc[numbers["status"] == "uncaptured", "text"]) == set()  # codes and column numbers
    assert set(numbers["reason"]) >= {"standard_code", "table_structure"}


# A monthly table copied from a web page without its borders: label, unit and value run together.
RUN_TOGETHER = "\n".join([
    "2023年社会服务统计6月份报表", "发布日期:2023-07-20 10:12 来源: 规划财务处", "", "指标名称单位数量",
    "一、民政事业费累计支出亿元12.6", "二、乡级行政区划单位", "", "        镇38", "        街道41",
    "        区公所", "三、社会救助", "      城市最低生活保障人数万人2.4",
    "      城市最低生活保障平均标准元/人·月1,080.0", "提供住宿的民政机构                     93",
    "社区服务站2,315"])


def test_label_unit_and_value_run_together_are_split_at_the_value_and_the_longest_unit():
    (table,) = find_tables(RUN_TOGETHER)
    assert (table.layout, table.title) == ("run_together", "2023年社会服务统计6月份报表")
    assert shape(table) == (["指标名称", "单位", "数量"], [
        ("parsed", "", ["一、民政事业费累计支出", "亿元", "12.6"]), ("parsed", "", [None] * 3),
        ("parsed", "二、乡级行政区划单位", ["镇", None, "38"]), ("parsed", "二、乡级行政区划单位", ["街道", None, "41"]),
        ("parsed", "", [None] * 3), ("parsed", "", [None] * 3),
        ("parsed", "三、社会救助", ["城市最低生活保障人数", "万人", "2.4"]),
        ("parsed", "三、社会救助", ["城市最低生活保障平均标准", "元/人·月", "1,080.0"]),
        ("parsed", "", ["提供住宿的民政机构", None, "93"]), ("parsed", "", ["社区服务站", None, "2,315"])])
    assert [r.reason for r in table.rows].count("label row") == 3
    assert all(RUN_TOGETHER[c.start:c.end] == c.text for r in table.rows for c in r.cells if c is not None)


def test_a_run_together_table_gives_units_and_kinds_and_leaves_no_number_uncaptured():
    from mzlib.extract.figures import Document, extract_document

    doc = Document("t.txt", RUN_TOGETHER, "岚江市", "Lanjiang", 2023, None, None)
    figures, _, numbers = extract_document(doc)
    got = figures[["value", "unit", "kind", "year"]].astype("string").fillna("").values.tolist()
    assert got == [["12.6", "亿元", "actual", "2023"], ["38", "", "actual", "2023"], ["41", "", "actual", "2023"],
                   ["2.4", "万人", "actual", "2023"], ["1080.0", "元/人·月", "standard", "2023"],
                   ["93", "", "actual", "2023"], ["2315", "", "actual", "2023"]]
    assert numbers.loc[numbers["status"] == "uncaptured", "text"].tolist() == []
    assert numbers[["text", "reason"]].values.tolist()[:6] == [
        ["2023", "year"], ["6", "date"], ["2023", "date"], ["07", "date"], ["20", "date"], ["10:12", "time_of_day"]]


# A communiqué's table with one cell per line and blank lines between them; its number stands
# before its title, its header has no word over the labels, and its unit line names the counts'.
NUMBERED = "\n".join([
    "  9 2022年末人口数及其构成", "", "  单位:万人     ", "", "  年末数", "", "  比重(%)", "",
    "  全市总人口", "", "  412.6", "", "  100.0", " ", "  其中:城镇", "", "  258.3", "", "  62.6", " ",
    "  乡村", "", "  154.3", "", "  37.4", " ", "", "  全年居民人均可支配收入32156元。"])


def test_a_numbered_table_with_no_word_over_its_labels_takes_its_unit_line():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(NUMBERED)
    assert (table.layout, table.unit, table.title) == ("token_stream", "万人", "9 2022年末人口数及其构成")
    assert shape(table) == (["", "年末数", "比重(%)"], [
        ("parsed", "", ["全市总人口", "412.6", "100.0"]), ("parsed", "全市总人口", ["其中:城镇", "258.3", "62.6"]),
        ("parsed", "", ["乡村", "154.3", "37.4"])])
    doc = Document("t.txt", NUMBERED, "岚江市", "Lanjiang", 2022, None, None)
    figures, _, numbers = extract_document(doc)
    assert figures[["value", "unit"]].values.tolist()[:6] == [
        ["412.6", "万人"], ["100.0", "%"], ["258.3", "万人"], ["62.6", "%"], ["154.3", "万人"], ["37.4", "%"]]
    assert numbers[["text", "reason"]].values.tolist()[:2] == [["9", "figure_number"], ["2022", "year"]]


# A bilingual yearbook table whose last rows begin in later years: fewer values than year columns,
# printed after the English label, not under their years.
LATE_ROWS = "\n".join([
    "20-3 社会福利情况", "Statistics of Social Welfare", "项目 Item 2010 2015 2020 2021",
    "    养老机构床位数(张)   Beds of Elderly Care Institutions(bed) 21530 30477 42379 44992",
    "    #护理型床位   Nursing Beds 9936 14524 14830",
    "  特困人员供养人数(人)  Number of destitute People(person) 5868 6163",
    "  特困人员供养支出(万元)  Support Expenditure of destitute People", " (10000 yuan)", "10210 13595"])


def test_a_yearbook_row_with_fewer_values_takes_the_latest_years():
    (table,) = find_tables(LATE_ROWS)
    assert shape(table) == (["项目 Item", "2010", "2015", "2020", "2021"], [
        ("parsed", "", ["养老机构床位数(张)", "21530", "30477", "42379", "44992"]),
        ("parsed", "养老机构床位数(张)", ["#护理型床位", None, "9936", "14524", "14830"]),
        ("parsed", "", ["特困人员供养人数(人)", None, None, "5868", "6163"]),
        ("parsed", "", ["特困人员供养支出(万元)", None, None, "10210", "13595"])])
    assert [r.reason for r in table.rows] == ["", "3 values for 4 year columns, placed under the latest years",
                                              "2 values for 4 year columns, placed under the latest years",
                                              "2 values for 4 year columns, placed under the latest years"]


# The same kind of table where some rows end in earlier years (a category merged into another): the
# empty cells print as spaces after the last value, so the values take the earliest years.
ENDED_ROWS = "\n".join([
    "20-4 社会福利机构数", "Number of Welfare Institutions", "项目 Item 2016 2017 2018 2019",
    "  合计  Total 312 305 298 301",
    "   #敬老院   Homes for the Aged 120 118 115  ",
    "    城市福利院   Urban Welfare Homes 35 34    ",
    "    养老公寓   Pension Apartment     64 70",
    "    社会福利医院   Social Welfare Hospitals 9 9 9 9 "])


def test_a_yearbook_row_whose_empty_cells_print_after_its_values_takes_the_earliest_years():
    (table,) = find_tables(ENDED_ROWS)
    assert shape(table) == (["项目 Item", "2016", "2017", "2018", "2019"], [
        ("parsed", "", ["合计", "312", "305", "298", "301"]),
        ("parsed", "合计", ["#敬老院", "120", "118", "115", None]),
        ("parsed", "合计", ["城市福利院", "35", "34", None, None]),
        ("parsed", "合计", ["养老公寓", None, None, "64", "70"]),
        ("parsed", "合计", ["社会福利医院", "9", "9", "9", "9"])])
    assert [r.reason for r in table.rows][1:4] == [
        "3 values for 4 year columns, placed under the earliest years: the spaces after them hold the empty cells",
        "2 values for 4 year columns, placed under the earliest years: the spaces after them hold the empty cells",
        "2 values for 4 year columns, placed under the latest years"]


# A bilingual yearbook table whose column names survive in English only, one a line, under 项目 Item;
# its English title and the English labels of its rows are translations, not cells.
ENGLISH_HEAD = "\n".join([
    "21-5 养老服务机构基本情况(2022年)", "Basic Statistics of Elderly Care Institutions(2022)", "项目 Item      ",
    "Number of Beds", "Number of Persons Housed", "Staff",
    "  总计  Total 52310 21840 3120",
    "   养老机构   Elderly Care Institutions 48210 20130 2870",
    "      敬老院    Homes for the Aged 9120 4410 610",
    "    儿童福利机构   Child Welfare Homes 1060 390 250"])


def test_column_names_printed_in_english_only_one_a_line_head_a_stream_table():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(ENGLISH_HEAD)
    assert [c.text for c in table.header] == ["项目", "Number of Beds", "Number of Persons Housed", "Staff"]
    assert [[c.text if c else None for c in r.cells] for r in table.rows] == [
        ["总计", "52310", "21840", "3120"], ["养老机构", "48210", "20130", "2870"], ["敬老院", "9120", "4410", "610"],
        ["儿童福利机构", "1060", "390", "250"]]
    rows = extract_document(Document("t.txt", ENGLISH_HEAD, "岚江市", "Lanjiang", 2022, None, None)).figures
    assert rows[["value", "year", "kind"]].values.tolist()[:3] == [["52310", 2022, "actual"], ["21840", 2022, "actual"],
                                                                   ["3120", 2022, "actual"]]
    # without the Chinese head above them, lines in English only stay translations, no column names: the rows make
    # a table of unnamed columns, whose figures join no indicator
    (table,) = find_tables(ENGLISH_HEAD.replace("项目 Item      ", "Item"))
    assert (table.layout, [c.text for c in table.header]) == ("label_rows", ["", "", "", ""])
    rows = extract_document(Document("t.txt", ENGLISH_HEAD.replace("项目 Item      ", "Item"), "岚江市", "Lanjiang", 2022,
                                     None, None)).figures
    assert set(rows.loc[rows["method"] == "table", "indicator_id"]) == {"unmapped"}


# A web page's table of bars whose label column spans both header lines and whose groups span two
# columns each: the line below names the value columns only, and the top line pads with empty bars.
SPANNED = "\n".join([
    "地区 | 城市低保 | 农村低保 | 临时救助 | ||||",
    "对象人数(人) | 累计资金支出数(万元) | 对象人数(人) | 累计资金支出数(万元) | 救助人次 | 累计资金支出数(万元) | |",
    "岚江市 | 5120 | 860.25 | 30412 | 3950.70 | 2210 | 310.42 |",
    "东城区 | 1304 | 221.60 | 2815 | 340.15 | 402 | 55.08 |"])
# the table SPANNED reads as: each value column headed by its group and its own name
SPANNED_SHAPE = (
    ["地区", "城市低保 对象人数(人)", "城市低保 累计资金支出数(万元)", "农村低保 对象人数(人)",
     "农村低保 累计资金支出数(万元)", "临时救助 救助人次", "临时救助 累计资金支出数(万元)"],
    [("parsed", "", ["岚江市", "5120", "860.25", "30412", "3950.70", "2210", "310.42"]),
     ("parsed", "", ["东城区", "1304", "221.60", "2815", "340.15", "402", "55.08"])])


def test_groups_over_columns_and_a_label_column_over_both_header_lines_head_each_column():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(SPANNED)
    assert shape(table) == SPANNED_SHAPE
    rows = extract_document(Document("t.txt", SPANNED, "岚江市", "Lanjiang", 2023, None, None)).figures
    # a sum to date (累计…数) is a value, not a change
    assert rows[["value", "unit", "kind"]].values.tolist()[:2] == [["5120", "人", "actual"], ["860.25", "万元", "actual"]]
    # groups that do not divide the columns evenly are no such header: nothing is guessed
    uneven = SPANNED.replace("临时救助 | ||||", "临时救助 | 特困 | |||")
    (table,) = find_tables(uneven)
    assert [c.text for c in table.header][:2] != ["地区", "城市低保 对象人数(人)"]



# A yearbook's table of places whose groups are merged cells over the columns they span (城市低保 over
# 人数 and 资金), as text conversions print it: a merged cell once, then an empty cell for each further
# column it spans (bars, Markdown, tabs), or the groups side by side over the same columns repeated
# (spaces); the line below leaves the label column empty or does not print it.
MERGED_ROWS = [("城关镇", "1245", "856.3", "2310", "1120.5"), ("河口镇", "312", "201.7", "1876", "903.2")]
MERGED_GROUPS = {
    "bars": ["| 乡镇 | 城市低保 | | 农村低保 | |", "| | 人数(人) | 资金(万元) | 人数(人) | 资金(万元) |"]
    + ["| " + " | ".join(r) + " |" for r in MERGED_ROWS],
    "markdown": ["| 乡镇 | 城市低保 | | 农村低保 | |", "|---|---|---|---|---|",
                 "| | 人数(人) | 资金(万元) | 人数(人) | 资金(万元) |"] + ["| " + " | ".join(r) + " |" for r in MERGED_ROWS],
    "bars, no label cell below": ["| 乡镇 | 城市低保 | 农村低保 |", "| 人数(人) | 资金(万元) | 人数(人) | 资金(万元) |"]
    + ["| " + " | ".join(r) + " |" for r in MERGED_ROWS],
    "tabs": ["乡镇\t城市低保\t\t农村低保\t", "\t人数(人)\t资金(万元)\t人数(人)\t资金(万元)"]
    + ["\t".join(r) for r in MERGED_ROWS],
    "spaces": ["乡镇        城市低保                 农村低保",
               "          人数(人)   资金(万元)    人数(人)   资金(万元)"]
    + ["{:<10}{:>6}{:>13}{:>12}{:>11}".format(*r) for r in MERGED_ROWS],
    # the label column's name printed in the line below (a cell merged over both lines, its text low)
    "bars, label below": ["| | 城市低保 | | 农村低保 | |", "| 乡镇 | 人数(人) | 资金(万元) | 人数(人) | 资金(万元) |"]
    + ["| " + " | ".join(r) + " |" for r in MERGED_ROWS],
    "spaces, label below": ["            城市低保                 农村低保",
                            "乡镇      人数(人)   资金(万元)    人数(人)   资金(万元)"]
    + ["{:<10}{:>6}{:>13}{:>12}{:>11}".format(*r) for r in MERGED_ROWS],
    # one cell a line (a web page's table copied as text): the label column's name, the groups, the columns
    "one cell a line": ["乡镇", "城市低保", "农村低保", "人数(人)", "资金(万元)", "人数(人)", "资金(万元)"]
    + [cell for r in MERGED_ROWS for cell in r],
    "one cell a paragraph": "\n\n".join(["地区", "城市低保", "农村低保", "人数(人)", "资金(万元)", "人数(人)", "资金(万元)"]
                                          + [cell for r in MERGED_ROWS for cell in r]).split("\n"),
}
MERGED_SHAPE = (
    ["乡镇", "城市低保 人数(人)", "城市低保 资金(万元)", "农村低保 人数(人)", "农村低保 资金(万元)"],
    [("parsed", "", list(r)) for r in MERGED_ROWS])


@pytest.mark.parametrize("layout", sorted(MERGED_GROUPS))
def test_groups_merged_over_columns_head_each_column_in_every_layout(layout):
    from mzlib.extract.figures import Document, extract_document

    text = "\n".join(["表3 城乡最低生活保障情况", ""] + MERGED_GROUPS[layout])
    (table,) = find_tables(text)
    label = "地区" if layout == "one cell a paragraph" else "乡镇"
    assert shape(table) == ([label] + MERGED_SHAPE[0][1:], MERGED_SHAPE[1])
    rows = extract_document(Document("t.txt", text, "岚江县", "Lanjiang", 2022, None, None)).figures
    assert rows[["subregion_zh", "indicator_id", "value", "unit"]].values.tolist()[:4] == [
        ["城关镇", "dibao_recipients_urban", "1245", "人"], ["城关镇", "dibao_spending_urban", "856.3", "万元"],
        ["城关镇", "dibao_recipients_rural", "2310", "人"], ["城关镇", "dibao_spending_rural", "1120.5", "万元"]]


def test_groups_side_by_side_are_placed_only_over_columns_repeated_under_each():
    # the same columns under each group place the groups; columns that differ could be split any way
    lines = MERGED_GROUPS["spaces"]
    uneven = "\n".join(["表3", ""] + [lines[0], lines[1].replace("资金(万元)    人数(人)", "资金(万元)    户数(户)")]
                       + lines[2:])
    (table,) = find_tables(uneven)
    assert "城市低保 人数(人)" not in [c.text for c in table.header]


# A yearbook's years merged over the columns under each (2020年 over 机构数 and 床位): each cell is dated
# by its group, the earlier year a baseline, the last the year of the table.
YEAR_GROUPS = "\n".join([
    "表5-3 社会福利机构情况", "",
    "指标                   2020年                  2021年",
    "               机构数(个)   床位(张)    机构数(个)   床位(张)",
    "养老机构           45         5230         48         5610",
    "儿童福利机构        3          320          3          320"])


def test_years_merged_over_columns_date_each_cell():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(YEAR_GROUPS)
    assert shape(table) == (
        ["指标", "2020年 机构数(个)", "2020年 床位(张)", "2021年 机构数(个)", "2021年 床位(张)"],
        [("parsed", "", ["养老机构", "45", "5230", "48", "5610"]), ("parsed", "", ["儿童福利机构", "3", "320", "3", "320"])])
    rows = extract_document(Document("t.txt", YEAR_GROUPS, "岚江市", "Lanjiang", 2022, None, None)).figures
    assert rows[["value", "unit", "year", "kind"]].values.tolist()[:4] == [
        ["45", "个", 2020, "baseline"], ["5230", "张", 2020, "baseline"], ["48", "个", 2021, "actual"],
        ["5610", "张", 2021, "actual"]]


# One plan table as three text conversions draw its rules: Markdown, a box of + and -, dashed lines.
RULED_ROWS = [("养老床位总数(张)", "3200", "4000"), ("护理型床位占比(%)", "48", "≥55")]
RULED = {
    "markdown": "\n".join(["| 指标 | 2020年 | 2025年 |", "|---|:---:|---:|"] + [f"| {a} | {b} | {c} |" for a, b, c in RULED_ROWS]),
    "box": "\n".join(["+----------+------+------+", "| 指标 | 2020年 | 2025年 |", "+==========+======+======+"]
                     + [f"| {a} | {b} | {c} |\n+----------+------+------+" for a, b, c in RULED_ROWS]),
    "dashes": "\n".join(["-" * 40, "指标                  2020年      2025年", "-" * 40]
                        + [f"{a}         {b}        {c}" for a, b, c in RULED_ROWS] + ["-" * 40]),
}


@pytest.mark.parametrize("layout", sorted(RULED))
def test_rules_between_rows_hold_a_table_together_and_are_no_rows(layout):
    text = "表3 全市养老服务主要指标\n" + RULED[layout] + "\n注:2025年为目标值。"
    (table,) = find_tables(text)
    assert table.title == "表3 全市养老服务主要指标"
    assert shape(table) == (["指标", "2020年", "2025年"], [("parsed", "", list(r)) for r in RULED_ROWS])


def test_a_tab_separated_yearbook_row_keeps_its_empty_cell_under_its_year():
    text = "表4 社会服务机构\n指标\t2019年\t2020年\t2021年\n养老机构(个)\t120\t\t135\n床位(张)\t8000\t8500\t9100\n"
    (table,) = find_tables(text)  # its cells printed between tabs: read by its cells, not by their positions
    assert shape(table) == (["指标", "2019年", "2020年", "2021年"], [
        ("parsed", "", ["养老机构(个)", "120", "", "135"]), ("parsed", "", ["床位(张)", "8000", "8500", "9100"])])
    assert [r.reason for r in table.rows] == ["", ""]
    assert table.layout == "tab_separated"


def test_a_header_of_count_names_over_a_line_of_units_makes_one_header():
    text = ("表5 各县(市、区)养老服务机构情况(2022年)\n                    养老机构    床位数    收住人数\n"
            "地  区              (个)       (张)      (人)\n全  市               120       8000      5200\n"
            "文山市                30       2100      1400\n\n注:数据来源于民政局。\n")
    (table,) = find_tables(text)
    assert shape(table) == (["地  区", "养老机构 (个)", "床位数 (张)", "收住人数 (人)"], [
        ("parsed", "", ["全  市", "120", "8000", "5200"]), ("parsed", "", ["文山市", "30", "2100", "1400"])])
    roles = column_roles(table.header)
    assert [(r["role"], r["unit"]) for r in roles] == [("region", ""), ("value", "个"), ("value", "张"), ("value", "人")]


@pytest.mark.parametrize("column, year", [("2022年完成情况", 2022), ("完成情况", 2023)])
def test_a_column_of_progress_that_prints_numbers_holds_the_values_reached(column, year):
    from mzlib.extract.figures import Document, extract_document

    text = (f"附表 主要指标中期完成情况\n| 序号 | 指标名称 | 单位 | 2020年基数 | 2025年目标 | {column} |\n"
            "| 1 | 养老机构护理型床位占比 | % | 35 | ≥55 | 48.2 |\n| 2 | 社区综合服务设施覆盖率 | % | 90 | 100 | 已完成 |\n")
    doc = Document("t.txt", text, "岚江市", "Lanjiang", 2023, None, None)
    figures, _, numbers = extract_document(doc)
    got = figures[["value", "kind", "year"]].astype("string").values.tolist()
    reached = [["48.2", "actual", str(year)]] + ([["已完成", "actual", "2022"]] if year == 2022 else [])
    assert got == [["35", "baseline", "2020"], ["55", "target", "2025"], reached[0], ["90", "baseline", "2020"],
                   ["100", "target", "2025"]] + reached[1:]
    assert not (numbers["status"] == "uncaptured").any()


@pytest.mark.parametrize("sep", ["      ", " | "])
def test_a_table_whose_rows_are_years_dates_each_row_and_names_its_columns(sep):
    from mzlib.extract.figures import Document, extract_document

    rows = [("2018", "120", "52.1"), ("2019", "130", "54.3"), ("2020", "141", "55.0")]
    text = "\n".join(["表6 历年养老服务机构情况", sep.join(["年份", "养老机构(个)", "入住率(%)"])]
                     + [sep.join(r) for r in rows] + ["", "注:入住率为年末数。"])
    doc = Document("t.txt", text, "岚江市", "Lanjiang", 2021, None, None)
    figures, _, numbers = extract_document(doc)
    got = figures[["value", "unit", "year", "kind", "indicator_zh"]].astype("string").values.tolist()
    assert got == [["120", "个", "2018", "baseline", "养老机构(个)"], ["52.1", "%", "2018", "baseline", "入住率(%)"],
                   ["130", "个", "2019", "baseline", "养老机构(个)"], ["54.3", "%", "2019", "baseline", "入住率(%)"],
                   ["141", "个", "2020", "actual", "养老机构(个)"], ["55.0", "%", "2020", "actual", "入住率(%)"]]
    structure = numbers.loc[numbers["reason"] == "table_structure", "text"].tolist()
    assert structure == ["2018", "2019", "2020"]


@pytest.mark.parametrize("first", ["年份", "年别", "指标", "项目"])
def test_a_first_column_of_years_makes_the_rows_years_whatever_its_header_and_the_header_names_the_columns(first):
    """A yearbook's table of a run of years, its unit on a 单位 line: the header's words name the columns, though
    they print no unit, and the first column, of years each printed once, dates each row."""
    from mzlib.extract.figures import Document, extract_document

    text = "\n".join(["表3-1 历年人口及社会保障情况", "单位:万人", f"{first}    年末户籍人口    城乡低保对象",
                     "2019年    314.0    7.9", "2020年    315.2    7.2", "2021年    316.1    6.8"])
    figures = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2021, None, None)).figures
    got = figures[["value", "unit", "year", "kind", "indicator_zh"]].astype("string").values.tolist()
    assert got == [["314.0", "万人", "2019", "baseline", "年末户籍人口"], ["7.9", "万人", "2019", "baseline", "城乡低保对象"],
                   ["315.2", "万人", "2020", "baseline", "年末户籍人口"], ["7.2", "万人", "2020", "baseline", "城乡低保对象"],
                   ["316.1", "万人", "2021", "actual", "年末户籍人口"], ["6.8", "万人", "2021", "actual", "城乡低保对象"]]


@pytest.mark.parametrize("sep", ["    ", "\t"])
@pytest.mark.parametrize("above, header", [
    ("地方    低保对象    特困人员", ["地方", "低保对象", "特困人员"]),  # names without a header word: the header
    ("按地方分列的低保对象和特困人员情况如下表所示    低保对象    特困人员", []),  # a name too long to be a column's
    ("地方,人数    低保对象    特困人员", []),  # a clause
    ("低保对象    特困人员", ["", "低保对象", "特困人员"]),  # one name fewer than cells: the labels' head left blank
    ("低保对象", []),  # a lone name
])
def test_a_line_of_short_names_over_a_row_of_values_with_as_many_cells_is_the_header(sep, above, header):
    text = "\n".join(["表2 低保情况", "单位:万人", above.replace("    ", sep), sep.join(["城区", "7.9", "1.2"]),
                     sep.join(["郊区", "6.8", "2.3"])])
    tables = find_tables(text)
    assert [[c.text for c in t.header] for t in tables] == [header]
    assert [[c.text for c in r.cells] for r in tables[0].rows if r.status == "parsed" and not r.reason][-2:] == \
        [["城区", "7.9", "1.2"], ["郊区", "6.8", "2.3"]]


def test_a_growth_column_of_a_table_whose_rows_are_years_grows_from_the_year_before_each_row():
    from mzlib.extract.figures import Document, extract_document

    text = "\n".join(["表5 历年养老服务发展情况", "| 年份 | 养老机构(个) | 床位(张) | 比上年增长(%) |", "|---|---|---|---|",
                     "| 2021年 | 53 | 8,460 | 4.2 |", "| 2022年 | 55 | 9,010 | 6.5 |"])
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2022, None, None)).figures
    growth = f[f["kind"] == "growth_rate"]
    assert growth[["value", "year", "base_year"]].astype("string").values.tolist() == [["4.2", "2021", "2020"],
                                                                                       ["6.5", "2022", "2021"]]


@pytest.mark.parametrize("name", ["增减量", "增减数", "增量", "增加数", "减少数", "增减(个)"])
def test_a_column_of_absolute_changes_beside_two_years_holds_changes_from_the_first(name):
    """``增减量`` beside 2021年 and 2022年: the change of the level, in its unit, from 2021 to 2022; not a level."""
    from mzlib.extract.figures import Document, extract_document

    text = f"表2 民政事业主要指标\n指标名称\t单位\t2021年\t2022年\t{name}\t增减%\n城市低保对象\t人\t8200\t7900\t-300\t-3.7\n"
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2022, None, None)).figures
    assert f[["value", "unit", "year", "base_year", "kind"]].astype("string").fillna("").values.tolist() == [
        ["8200", "人", "2021", "", "baseline"], ["7900", "人", "2022", "", "actual"],
        ["-300", "人", "2022", "2021", "change"], ["-3.7", "%", "2022", "2021", "growth_rate"]]


@pytest.mark.parametrize("labels", [("城市", "农村"), ("2021年", "2021年")])  # words; a year twice is no run of years
def test_a_first_column_of_words_or_of_a_repeated_year_stays_the_rows_labels(labels):
    from mzlib.extract.figures import Document, extract_document

    text = "\n".join(["表2 低保情况", "单位:万人", "项目    低保对象    特困人员",
                     f"{labels[0]}    7.9    1.2", f"{labels[1]}    6.8    2.3"])
    figures = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2021, None, None)).figures
    assert figures["indicator_zh"].tolist() == [labels[0], labels[0], labels[1], labels[1]]
    assert figures["year"].tolist() == [2021] * 4


def test_an_age_band_wrapped_onto_the_next_line_of_a_lost_layout_s_header_is_one_column_name():
    """A census communiqué's township table copied from a PDF: the header's cells too narrow for ``60岁及以上``, so
    ``以上`` falls to the next line, and a group name (占总人口比重) spans the four columns."""
    text = "\n".join(["表4-2 各乡、镇人口年龄构成", "        单位:%", "乡镇 占总人口比重", "0-14岁 15-59岁 60岁及",
                     "以上", " ", "其中:65岁及", "以上", "全 县 18.20 60.10 21.70 15.20",
                     "岚江镇 20.30 63.40 16.30 11.10", "河口乡 15.10 57.20 27.70 20.30"])
    (table,) = find_tables(text)
    assert shape(table) == (["乡镇", "0-14岁", "15-59岁", "60岁及以上", "其中:65岁及以上"], [
        ("parsed", "", ["全 县", "18.20", "60.10", "21.70", "15.20"]),
        ("parsed", "", ["岚江镇", "20.30", "63.40", "16.30", "11.10"]),
        ("parsed", "", ["河口乡", "15.10", "57.20", "27.70", "20.30"])])


BILINGUAL_YEARS_AS_ROWS = "\n".join([
    "3-5  历年人口出生、死亡和自然增长率", "Birth Rate, Death Rate and Natural Growth Rate of Population",
    "单位:‰                                   (‰)", "年 份       出生率       死亡率      自然增长率",
    "Year     Birth Rate   Death Rate   Natural Growth Rate", "2000        12.10        6.45         5.65",
    "2020         8.52        7.07         1.45"])


def test_a_bilingual_yearbook_table_of_years_as_rows_takes_the_chinese_title_and_the_unit_over_its_translation():
    """The title in English under the Chinese one, the unit line with its translation in brackets (``(‰)``):
    the Chinese title names the table, the unit is ‰, and the natural growth rate is a rate of its year."""
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(BILINGUAL_YEARS_AS_ROWS)
    assert (table.title, table.unit) == ("3-5  历年人口出生、死亡和自然增长率", "‰")
    assert shape(table) == (["年 份", "出生率", "死亡率", "自然增长率"], [
        ("parsed", "", ["2000", "12.10", "6.45", "5.65"]), ("parsed", "", ["2020", "8.52", "7.07", "1.45"])])
    f = extract_document(Document("t.txt", BILINGUAL_YEARS_AS_ROWS, "岚江市", "Lanjiang", 2021, None, None)).figures
    assert f[["value", "unit", "year", "kind"]].astype("string").values.tolist() == [
        ["12.10", "‰", "2000", "baseline"], ["6.45", "‰", "2000", "baseline"], ["5.65", "‰", "2000", "baseline"],
        ["8.52", "‰", "2020", "actual"], ["7.07", "‰", "2020", "actual"], ["1.45", "‰", "2020", "actual"]]


@pytest.mark.parametrize("names, reference_year, kinds", [
    (("目标值 2020年", "目标值 2025年"), 2020, ["baseline", "target"]),  # a merged 目标值 over both years
    (("目标值 2020年", "目标值 2025年"), 2019, ["target", "target"]),  # both after the document's year
    (("2020年目标", "2020年完成"), 2020, ["target", "actual"]),  # a review: the old plan's goal for its own year
    (("2020年目标", "2025年目标"), 2020, ["baseline", "target"]),
])
def test_a_goal_column_at_the_document_s_year_beside_a_later_one_of_the_same_name_is_the_baseline(
        names, reference_year, kinds):
    """A web page's plan table whose merged header cell 目标值 spans the base year's column and the final year's:
    a plan sets no goal for the year it starts from."""
    from mzlib.extract.tables import Cell

    header = [Cell(t, 0, 0, 1) for t in ("指标",) + names]
    assert [r["kind"] for r in column_roles(header, reference_year=reference_year)[1:]] == kinds


@pytest.mark.parametrize("name, unit", [("比重%", "%"), ("比重(%)", "%"), ("出生率‰", "‰"), ("比重", ""), ("2023年", "")])
def test_a_unit_sign_after_a_column_s_name_is_the_column_s_unit_with_or_without_brackets(name, unit):
    from mzlib.extract.tables import Cell

    header = [Cell(t, 0, 0, 1) for t in ("指标", "年末数", name)]
    assert column_roles(header, reference_year=2023)[2]["unit"] == unit


@pytest.mark.parametrize("name, role", [("自然增长率(‰)", "value"), ("人口自然增长率", "value"), ("增长率(‰)", "growth")])
def test_a_natural_growth_rate_column_is_a_level_and_not_a_growth(name, role):
    """The natural growth rate is births less deaths per thousand, a level of its year, not a change."""
    from mzlib.extract.tables import Cell

    header = [Cell(t, 0, 0, 1) for t in ("指标", "2023年", name)]
    assert column_roles(header, reference_year=2023)[2]["role"] == role


@pytest.mark.parametrize("name, role", [("增减(%)", "growth"), ("增幅", "growth"), ("比上年±(%)", "growth"),
                                        ("比上年增长(%)", "growth"), ("增减(个)", "value"), ("绝对数", "value")])
def test_a_column_of_changes_in_percent_is_growth_and_one_in_units_is_not(name, role):
    from mzlib.extract.tables import Cell

    header = [Cell(t, 0, 0, 1) for t in ("指标", "2023年", name)]
    assert column_roles(header, reference_year=2023)[2]["role"] == role


# A bilingual table of key statistics: its last column compares the two years (2022年比 / Increase
# of / 2022 over), values follow the English label on the Chinese label's line, and a row's unit
# wraps to the line below its values, beside the rest of the English label.
KEY_STATISTICS = "\n".join([
    "Key Statistics of Civil Affairs", "    Item 2021 2022 2022年比", "Increase of", "2022 over",
    "一、社会组织  Social Organizations      ",
    "  社会组织总数(万个)    Number of Social Organizations (10000 units) 3.2 3.5 9.4",
    "二、社会救助  Social Relief      ",
    "  城市低保人数    Number of Persons Receiving Minimum 12.4 11.8 -4.8",
    "    (万人)      Living Allowance in Urban Area (10000 persons)      ",
    "  城市低保平均标准    Average Standard of Minimum 780 820 5.1",
    "    (元/人、月)      in Urban Area (yuan)      "])


def test_a_bilingual_table_with_a_change_column_and_units_below_its_values():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(KEY_STATISTICS)
    assert table.layout == "year_columns"
    assert shape(table) == (["Item", "2021", "2022", "2022年比"], [
        ("parsed", "一、社会组织", ["社会组织总数(万个)", "3.2", "3.5", "9.4"]),
        ("parsed", "二、社会救助", ["城市低保人数", "12.4", "11.8", "-4.8"]),
        ("parsed", "二、社会救助", ["城市低保平均标准", "780", "820", "5.1"])])
    assert [r.unit for r in table.rows] == ["", "万人", "元/人、月"]
    doc = Document("t.txt", KEY_STATISTICS, "岚江市", "Lanjiang", 2022, None, None)
    got = extract_document(doc).figures[["value", "unit", "kind", "year"]].astype("string").values.tolist()
    assert got == [["3.2", "万个", "baseline", "2021"], ["3.5", "万个", "actual", "2022"], ["9.4", "%", "growth_rate", "2022"],
                   ["12.4", "万人", "baseline", "2021"], ["11.8", "万人", "actual", "2022"], ["-4.8", "%", "growth_rate", "2022"],
                   ["780", "元/人、月", "standard", "2021"], ["820", "元/人、月", "standard", "2022"],
                   ["5.1", "%", "growth_rate", "2022"]]


WORDS_BELOW = "\n".join([
    "附表  “十四五”养老服务主要指标",
    "",
    "指标                          2020年     2025年      属性",
    "                              {below}",
    "养老机构床位数(万张)            1.2        1.5       预期性",
    "护理型床位占比(%)               40         55        约束性",
])


@pytest.mark.parametrize("below, header", [
    ("(基期)     (目标)", ["指标", "2020年 (基期)", "2025年 (目标)", "属性"]),
    ("基期值     目标值", ["指标", "2020年 基期值", "2025年 目标值", "属性"]),
])
def test_words_printed_under_a_space_aligned_header_join_the_cells_above_them(below, header):
    (table,) = find_tables(WORDS_BELOW.format(below=below))
    assert shape(table) == (header, [("parsed", "", ["养老机构床位数(万张)", "1.2", "1.5", "预期性"]),
                                     ("parsed", "", ["护理型床位占比(%)", "40", "55", "约束性"])])
    assert [r["role"] for r in column_roles(table.header)] == ["indicator", "value", "value", "attribute"]


def test_a_line_with_a_number_under_a_header_is_no_part_of_it():
    (table,) = find_tables(WORDS_BELOW.format(below="(基期)     2023"))
    assert table.header[1].text == "2020年"



def figures(text):
    from mzlib.extract.figures import Document, extract_document

    return extract_document(Document("t.txt", text, "某市", "Someplace", 2021, 2021, 2025, doc_type="plan")).figures


def rows_of(text):
    from mzlib.extract.figures import Document, document_rows

    return document_rows(Document("t.txt", text, "某市", "Someplace", 2021, 2021, 2025, doc_type="plan"))


COLUMN_ROWS = [("1", "养老床位数", "张", "1200", "1500", "预期性"),
               ("2", "护理型床位占比", "%", "40", "≥55", "约束性"),
               ("3", "街道综合养老服务中心覆盖率", "%", "-", "100", "约束性")]
COLUMNS = "\n".join(["附表1", "“十四五”时期养老服务发展主要指标", "序号", "指标", "单位", "2020年", "2025年目标值", "属性"]
                    + [cell for row in COLUMN_ROWS for cell in row])


def test_a_table_printed_one_cell_a_line_without_separators_is_read_by_its_column_names():
    (table,) = find_tables(COLUMNS + "\n注:覆盖率以街道为单位统计。")
    assert (table.layout, table.title) == ("cell_per_line", "“十四五”时期养老服务发展主要指标")
    assert shape(table) == (["序号", "指标", "单位", "2020年", "2025年目标值", "属性"],
                            [("parsed", "", list(row)) for row in COLUMN_ROWS])
    f = figures(COLUMNS)
    assert list(zip(f["value"], f["kind"], f["year"], f["unit"])) == [
        ("1200", "baseline", 2020, "张"), ("1500", "target", 2025, "张"), ("40", "baseline", 2020, "%"),
        ("55", "target", 2025, "%"), ("-", "baseline", 2020, ""), ("100", "target", 2025, "%")]


def test_a_sub_row_without_its_number_is_a_row_of_the_one_above_when_attributes_close_the_rows():
    # each row ends at its attribute (预期性), so the lines after row 1's are a row of their own: a part of row 1
    sub = "\n".join(["其中:护理型床位", "张", "600", "800", "预期性"])
    text = COLUMNS.replace("预期性\n2\n", f"预期性\n{sub}\n2\n")
    (table,) = find_tables(text)
    assert [(r.status, r.cells[0] and r.cells[0].text, r.cells[1].text, r.parent) for r in table.rows] == [
        ("parsed", "1", "养老床位数", ""), ("parsed", None, "其中:护理型床位", "养老床位数"),
        ("parsed", "2", "护理型床位占比", ""), ("parsed", "3", "街道综合养老服务中心覆盖率", "")]
    f = figures(text)
    read = f[f["value"].isin(["600", "800"])]
    assert list(zip(read["method"], read["kind"], read["year"])) == [("table", "baseline", 2020), ("table", "target", 2025)]
    # no attribute column: nothing tells a sub-row's lines from the next row's, so they are kept unparsed and their
    # numbers read as text
    bare = text.replace("\n属性", "").replace("\n预期性", "").replace("\n约束性", "")
    (table,) = find_tables(bare)
    assert [(r.status, r.cells[0].text, len(r.cells)) for r in table.rows] == [
        ("parsed", "1", 5), ("unparsed", "其中:护理型床位", 4), ("parsed", "2", 5), ("parsed", "3", 5)]
    f = figures(bare)
    read = f[f["value"].isin(["600", "800"])]
    assert list(read["method"]) == ["unparsed_row", "unparsed_row"]
    assert list(read["indicator_zh"]) == ["其中:护理型床位"] * 2 and read["note"].str.contains("table row not parsed").all()


def test_a_row_out_of_step_ends_a_table_printed_one_cell_a_line_without_separators():
    broken = COLUMNS.replace("2\n护理型床位占比", "护理型床位占比")  # row 2 lost its number
    (table,) = find_tables(broken)
    assert [r.cells[1].text for r in table.rows] == ["养老床位数"]
    numbers = {n["text"]: n["status"] for n in rows_of(broken)[2]}
    assert (numbers["40"], numbers["55"]) == ("uncaptured", "uncaptured")  # not lost: reported


def test_column_names_with_fewer_than_two_value_columns_are_no_table():
    assert find_tables("指标\n单位\n属性\n养老床位数\n张\n预期性\n") == []


RANGES = "\n".join(["表2 主要指标", "主要指标 | 2020年 | 2025年 | 属性", "老年教育参与率(%) | 10 | 15-20 | 预期性",
                    "老年志愿者注册率 | 10% | 30%~35% | 预期性", "养老护理员(万人) | 1.2 | 2至3 | 预期性",
                    "养老机构数(个) | 120 | 2021-2025年 | 预期性"])


def test_a_range_in_a_cell_gives_both_ends_with_the_column_s_kind_and_the_unit_after_it():
    f = figures(RANGES)
    got = [(v, u, k, y, n) for v, u, k, y, n in zip(f["value"], f["unit"], f["kind"], f["year"], f["note"])
           if y == 2025]
    assert got == [("15", "%", "target", 2025, "lower end of a printed range"),
                   ("20", "%", "target", 2025, "upper end of a printed range"),
                   ("30", "%", "target", 2025, "lower end of a printed range"),
                   ("35", "%", "target", 2025, "upper end of a printed range"),
                   ("2", "万人", "target", 2025, "lower end of a printed range"),
                   ("3", "万人", "target", 2025, "upper end of a printed range"),
                   ("2021-2025年", "", "target", 2025, "qualitative: no number")]  # a span of years, no range


SINGLE = "\n".join(["表1 “十四五”养老服务主要指标", "序号 指标 单位 2020年 2025年 属性", "1 养老床位数 张 1200 1500 预期性",
                    "其中:护理型床位 张 600 800 预期性", "2 护理型床位占比 % 40 ≥55 约束性",
                    "3 社区养老服务设施覆盖率 % - 100 约束性", "注:2025年为目标值。"])


def test_a_table_with_single_spaces_between_its_cells_is_read_by_its_column_names():
    (table,) = find_tables(SINGLE)
    assert (table.layout, table.title) == ("single_spaced", "表1 “十四五”养老服务主要指标")
    assert shape(table) == (["序号", "指标", "单位", "2020年", "2025年", "属性"], [
        ("parsed", "", ["1", "养老床位数", "张", "1200", "1500", "预期性"]),
        ("parsed", "养老床位数", [None, "其中:护理型床位", "张", "600", "800", "预期性"]),
        ("parsed", "", ["2", "护理型床位占比", "%", "40", "≥55", "约束性"]),
        ("parsed", "", ["3", "社区养老服务设施覆盖率", "%", "-", "100", "约束性"])])
    f = figures(SINGLE)
    assert list(zip(f["value"], f["kind"], f["year"])) == [
        ("1200", "baseline", 2020), ("1500", "target", 2025), ("600", "baseline", 2020), ("800", "target", 2025),
        ("40", "baseline", 2020), ("55", "target", 2025), ("-", "baseline", 2020), ("100", "target", 2025)]


# A plan's completion table on a PDF page (a yearbook's): single spaces, each year printed apart from its 年,
# a goal column beside the estimated result of the same year (预计值) and a column of words (完成情况).
COMPLETION = "\n".join(["“十三五”规划主要指标完成情况", "表1", "序号 指标名称 2020 年目标值 2020 年预计值 完成情况",
                        "1 城乡低保对象(人) 5200 5180 完成", "2 养老床位数(张) 3600 3750 完成", "二、“十四五”发展目标"])


def test_a_pdf_header_with_years_apart_from_nian_heads_a_completion_table_of_goals_and_estimates():
    (table,) = find_tables(COMPLETION)
    assert shape(table) == (["序号", "指标名称", "2020 年目标值", "2020 年预计值", "完成情况"], [
        ("parsed", "", ["1", "城乡低保对象(人)", "5200", "5180", "完成"]),
        ("parsed", "", ["2", "养老床位数(张)", "3600", "3750", "完成"])])
    f = figures(COMPLETION)
    f = f[f["value_type"] != "qualitative"]
    assert list(zip(f["value"], f["unit"], f["kind"], f["year"])) == [
        ("5200", "人", "target", 2020), ("5180", "人", "actual", 2020),
        ("3600", "张", "target", 2020), ("3750", "张", "actual", 2020)]


def test_an_estimate_of_a_year_after_the_document_s_is_a_goal_and_a_year_in_a_sentence_heads_nothing():
    text = COMPLETION.replace("2020 年目标值 2020 年预计值", "2020 年实际值 2025 年预计值")
    f = figures(text)
    f = f[f["value_type"] != "qualitative"]
    assert list(zip(f["value"], f["kind"], f["year"])) == [
        ("5200", "baseline", 2020), ("5180", "target", 2025), ("3600", "baseline", 2020), ("3750", "target", 2025)]
    assert find_tables("全市 2020 年目标 全部完成 预计 2021 年完成\n1 城乡低保对象(人) 5200 5180 完成\n") == []


def test_a_single_spaced_plan_table_with_a_row_short_of_a_value_is_read_whole():
    # a row that prints one value fewer than the columns (a goal with no base) is aligned to the right, as a row of a
    # table one cell a line is, and the rows after it are read: the reading of the whole table, word by word, places
    # more of its numbers than the reader of rows one a line, which ended at that row
    text = SINGLE.replace("2 护理型床位占比 % 40 ≥55 约束性", "2 护理型床位占比 % 40 约束性")
    (table,) = find_tables(text)
    assert [[c and c.text for c in r.cells][1:5] for r in table.rows] == [
        ["养老床位数", "张", "1200", "1500"], ["其中:护理型床位", "张", "600", "800"], ["护理型床位占比", "%", None, "40"],
        ["社区养老服务设施覆盖率", "%", "-", "100"]]


def test_a_line_of_words_with_fewer_than_two_value_columns_heads_no_single_spaced_table():
    assert [t.layout for t in find_tables("序号 指标 属性\n1 养老床位数 预期性\n")] == []


def test_a_header_s_english_translation_under_it_is_structure_and_no_row():
    text = ("20-3  各市社会福利收养单位情况(2022年)\n                     单位数      床位数     年末收养人数\n"
            "地  区              (个)       (张)        (人)\nRegion             Units      Beds       Persons\n"
            "全  省              1234      98765       54321\n昆明市               120       8765        5432\n")
    (table,) = find_tables(text)
    assert shape(table) == (["地  区", "单位数 (个)", "床位数 (张)", "年末收养人数 (人)"], [
        ("parsed", "", ["全  省", "1234", "98765", "54321"]), ("parsed", "", ["昆明市", "120", "8765", "5432"])])
    assert table.title == "20-3  各市社会福利收养单位情况(2022年)"


SPLIT = "\n".join(["表2 社会救助标准", "| 指标 | 2020年 | | 2025年 | |", "| | 城市 | 农村 | 城市 | 农村 |",
                   "| 低保标准(元/人·月) | 650 | 470 | 800 | 600 |"])


def test_a_header_cell_merged_over_the_columns_a_line_below_splits_names_each_of_them():
    (table,) = find_tables(SPLIT)
    assert shape(table) == (["指标", "2020年 城市", "2020年 农村", "2025年 城市", "2025年 农村"],
                            [("parsed", "", ["低保标准(元/人·月)", "650", "470", "800", "600"])])
    f = figures(SPLIT)
    assert list(zip(f["value"], f["year"], f["indicator_id"])) == [
        ("650", 2020, "dibao_urban_standard"), ("470", 2020, "dibao_rural_standard"),
        ("800", 2025, "dibao_urban_standard"), ("600", 2025, "dibao_rural_standard")]


def test_a_line_of_values_under_a_header_is_no_sub_header():
    text = SPLIT.replace("| | 城市 | 农村 | 城市 | 农村 |", "| | 1 | 2 | 3 | 4 |")
    (table,) = find_tables(text)
    assert [c.text for c in table.header] == ["指标", "2020年", "", "2025年", ""]


BUDGET_FORM = ("岚江县民政局2022年度项目支出绩效自评表\n项目名称: 居家养老服务补贴 金额单位: 万元\n"
        "年初预算数 预算执行数 执行率(%)\n预算数 120.50 执行数 118.20 98.09\n其中:财政资金 120.50 其中:财政资金 118.20\n")


def test_a_form_s_label_value_pairs_take_the_unit_its_unit_line_declares():
    """A budget form's text keeps each cell as ``label value`` on one line: every number right after
    its label takes the declared unit (万元), its label as printed is the subject, the note says where
    the unit came from; a number after a number (the rate under 执行率) has no label and stays bare."""
    f = figures(BUDGET_FORM)
    assert list(zip(f["value"], f["unit"], f["indicator_zh"], f["kind"], f["year"])) == [
        ("120.50", "万元", "预算数", "actual", 2021), ("118.20", "万元", "执行数", "actual", 2021),
        ("120.50", "万元", "财政资金", "actual", 2021), ("118.20", "万元", "财政资金", "actual", 2021)]
    assert set(f["note"]) == {"unit 万元 not printed; declared for the form on line 2"}


@pytest.mark.parametrize("change", [
    ("金额单位: 万元", "金额: 若干"),  # no unit declared
    ("预算数 120.50 执行数 118.20 98.09", "预算数 120.50 执行数 118.20 完成"),  # a line that ends in words
    ("年初预算数 预算执行数 执行率(%)\n", "说明\n" * 5),  # more than five lines below the declaration
])
def test_numbers_without_a_declared_unit_or_outside_a_line_of_pairs_take_no_declared_unit(change):
    f = figures(BUDGET_FORM.replace(*change))
    assert not f["note"].str.contains("declared for the form").any()
    assert "万元" not in set(f.loc[f["value"] == "118.20", "unit"])


SPACED_HEAD = ("附表 “十一五”规划主要指标完成情况\n\n指 标 名 称\n\n2005年\n\n2010年\n\n1.社会养老保险参保人数\n\n131.5万人\n\n"
               "236万人\n\n2.老年体育人口比例\n\n40%\n\n40%以上\n\n(二)正文。\n")


def test_a_cell_per_line_header_spaced_out_to_its_width_heads_rows_whose_numbers_lead_their_labels():
    """One cell a line with blank lines between (a PDF's text), the label column's name spread over
    its width (指 标 名 称) and each row's number glued to its label: the years head the values."""
    (table,) = find_tables(SPACED_HEAD)
    assert shape(table) == (["指 标 名 称", "2005年", "2010年"], [
        ("parsed", "", ["1.社会养老保险参保人数", "131.5万人", "236万人"]),
        ("parsed", "", ["2.老年体育人口比例", "40%", "40%以上"])])
    f = figures(SPACED_HEAD)
    assert list(zip(f["value"], f["year"], f["kind"], f["comparator"])) == [
        ("131.5", 2005, "baseline", ""), ("236", 2010, "actual", ""), ("40", 2005, "baseline", ""),
        ("40", 2010, "actual", ">=")]


PLACE_COLUMNS = ("表8-3 全市及市区社会福利情况\n(2021年)\n              某市 市区\n一、养老机构 (个) 90 20\n"
                 "       #敬老院 10 2\n    床位数 (张) 9625 2054\n二、优抚对象\n    伤残人员数 (人) 2846 692\n"
                 "    在院总人天数 (人天) 2558509 668320\n正文。\n")


def test_a_header_of_places_over_single_spaced_values_heads_them_and_names_the_part():
    """A yearbook table whose header names only its value columns (某市 and its 市区), indented over
    them, rows of a label with its unit in brackets and one value a column: the 市区 column's
    values are figures of that part of the city; a line of words alone labels the rows below it."""
    (table,) = find_tables(PLACE_COLUMNS)
    assert table.layout == "single_spaced"
    assert shape(table) == (["", "某市", "市区"], [
        ("parsed", "", ["一、养老机构 (个)", "90", "20"]), ("parsed", "一、养老机构 (个)", ["#敬老院", "10", "2"]),
        ("parsed", "", ["床位数 (张)", "9625", "2054"]), ("parsed", "", [None, None, None]),
        ("parsed", "", ["伤残人员数 (人)", "2846", "692"]), ("parsed", "", ["在院总人天数 (人天)", "2558509", "668320"])])
    f = figures(PLACE_COLUMNS)
    assert list(zip(f["value"], f["unit"], f["year"], f["subregion_zh"]))[:4] == [
        ("90", "个", 2021, ""), ("20", "个", 2021, "市区"), ("10", "个", 2021, ""), ("2", "个", 2021, "市区")]
    assert f.loc[f["value"] == "2558509", "unit_std"].item() == "person-days"


@pytest.mark.parametrize("change", [
    ("              某市 市区\n", "某市 市区\n"),  # not indented over the values: a line of text
    ("    床位数 (张) 9625 2054\n", "    床位数 (张) 9625\n"),  # a row short of a value ends it, too soon
])
def test_place_names_that_head_no_run_of_rows_make_no_table(change):
    assert not [t for t in find_tables(PLACE_COLUMNS.replace(*change)) if t.layout == "single_spaced"]


GOODS = ("表5  2022年城乡居民每百户主要耐用消费品拥有量\n\n品名 单位 城镇居民 农村居民\n\n洗 衣 机 台 98 91\n\n"
         "电 冰 箱 台 101 95\n\n空    调 台 132 48\n\n家用汽车 辆 45 30\n\n社会保障:年末参加养老保险43.4万人。\n")


def test_rows_of_a_label_a_unit_and_values_between_blank_lines_make_a_table():
    """A communiqué's table turned to text with an empty line after each line: a header of the label column's
    name (品名), a unit column and the value columns' names (城镇居民, 农村居民), then rows of a label whose
    characters may be spaced out (洗 衣 机, 空    调), its unit and one value a value column at the end."""
    (table,) = find_tables(GOODS)
    assert (table.layout, table.title) == ("single_spaced", "表5  2022年城乡居民每百户主要耐用消费品拥有量")
    assert shape(table) == (["品名", "单位", "城镇居民", "农村居民"], [
        ("parsed", "", ["洗 衣 机", "台", "98", "91"]), ("parsed", "", ["电 冰 箱", "台", "101", "95"]),
        ("parsed", "", ["空    调", "台", "132", "48"]), ("parsed", "", ["家用汽车", "辆", "45", "30"])])
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", GOODS, "某市", "Someplace", 2022, None, None,
                                  doc_type="statistical_communique")).figures
    cells = f[f["method"] == "table"]
    assert list(zip(cells["value"], cells["unit"], cells["year"], cells["kind"]))[:4] == [
        ("98", "台", 2022, "actual"), ("91", "台", 2022, "actual"), ("101", "台", 2022, "actual"),
        ("95", "台", 2022, "actual")]


@pytest.mark.parametrize("change", [
    ("洗 衣 机 台 98 91", "洗 衣 机 台 98"),  # a row short of a value: one row is no table
    ("品名 单位 城镇居民 农村居民", "全市城镇居民和农村居民"),  # no header
    ("\n\n电 冰 箱", "\n\n\n\n\n电 冰 箱"),  # the rows too far apart
])
def test_rows_that_do_not_follow_a_header_of_names_make_no_table(change):
    assert not [t for t in find_tables(GOODS.replace(*change)) if t.layout == "single_spaced" and len(t.rows) > 1]


YEAR_ROWS = "\n".join([
    "4-12 城乡最低生活保障情况", "Urban and Rural Minimum Living Allowance",
    "单位:万人                                              (10 000 persons)",
    "年 份 城市最低", "生活保障", "      农村最低生活保障   特困", "人数 其中 人数 其中 人员",
    "女性   女性", "Year   Urban   Rural", "",
    "2018 12.35   40.12 18.07 3.21", "2019 11.80 5.02 38.65 17.44 3.30", "2020 11.02 4.71 36.90 16.83 3.42", "",
    "注:2018年城市最低生活保障女性人数未统计。"])


def test_years_as_rows_under_a_header_that_cannot_be_read_make_a_table_of_unnamed_columns():
    """A yearbook table whose rows are years (``2019 11.80 5.02 …``, single spaces between the values) under a
    header whose names are wrapped over lines and not aligned with the values: each row's year dates its values,
    the unit line gives their unit, and the columns stay unnamed rather than named wrongly. A row with one value
    fewer prints its empty cell as a run of spaces between two values."""
    tables = [t for t in find_tables(YEAR_ROWS) if t.layout == "year_rows"]
    assert len(tables) == 1
    (table,) = tables
    assert (table.title, table.unit) == ("4-12 城乡最低生活保障情况", "万人")
    assert shape(table) == (["", "", "", "", "", ""], [
        ("parsed", "", ["2018", "12.35", None, "40.12", "18.07", "3.21"]),
        ("parsed", "", ["2019", "11.80", "5.02", "38.65", "17.44", "3.30"]),
        ("parsed", "", ["2020", "11.02", "4.71", "36.90", "16.83", "3.42"])])
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", YEAR_ROWS, "某省", "Someplace", 2020, None, None,
                                  doc_type="statistical_yearbook")).figures
    cells = f[f["method"] == "table"]
    assert list(zip(cells["value"], cells["unit"], cells["year"], cells["kind"]))[:6] == [
        ("12.35", "万人", 2018, "baseline"), ("40.12", "万人", 2018, "baseline"), ("18.07", "万人", 2018, "baseline"),
        ("3.21", "万人", 2018, "baseline"), ("11.80", "万人", 2019, "baseline"), ("5.02", "万人", 2019, "baseline")]
    assert cells.loc[cells["value"] == "3.42", ["year", "kind"]].values.tolist() == [[2020, "actual"]]


LABEL_ROWS = "\n".join([
    "Number of Durable Goods Owned Per 100 Urban Households by Income (2021)",
    "    Item 总平均", "    低收入户       高收入户", "  收入户 #困难户   偏下户 收入户 偏上户",
    "Average Lowest Income Low Income High Income",
    "  洗衣机(台)  Washing Machine (unit) 98.73 88.63 101.52",
    "  电冰箱(台)  Refrigerator (unit) 99.10 90.02 103.40",
    "  家用汽车(辆)  Automobile (unit) 45.93 12.11 85.17"])


def test_rows_of_a_label_its_translation_and_values_under_a_header_that_cannot_be_read_make_unnamed_columns():
    """A bilingual yearbook's rows: a Chinese label with its unit in brackets, its English translation, then as many
    values as the other rows, under a header broken over lines: a table of unnamed columns, dated by its title's
    year, its unit the label's; its figures join no indicator, as the column says whose values they are."""
    (table,) = find_tables(LABEL_ROWS)
    assert (table.layout, [c.text for c in table.header]) == ("label_rows", ["", "", "", ""])
    assert [cells(r) for r in table.rows] == [["洗衣机(台)", "98.73", "88.63", "101.52"],
                                              ["电冰箱(台)", "99.10", "90.02", "103.40"],
                                              ["家用汽车(辆)", "45.93", "12.11", "85.17"]]
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", LABEL_ROWS, "某省", "Someplace", 2022, None, None,
                                  doc_type="statistical_yearbook")).figures
    assert list(zip(f["value"], f["unit"], f["year"], f["kind"], f["indicator_id"]))[:3] == [
        ("98.73", "台", 2021, "actual", "unmapped"), ("88.63", "台", 2021, "actual", "unmapped"),
        ("101.52", "台", 2021, "actual", "unmapped")]


def test_a_total_in_english_and_a_wrapped_label_above_its_values_join_a_run_of_label_rows():
    """Above the rows of Chinese labels: a total labelled in English only (``Total …``) and a label wrapped over lines,
    its English on a line of its own, its values on the next line; both are rows of the table."""
    text = LABEL_ROWS.replace("Average Lowest Income Low Income High Income",
                              "Average Lowest Income Low Income High Income\n  Total 97.10 85.20 100.30\n"
                              "#城镇居民  Urban\n Residents\n96.40 84.10 99.80")
    (table,) = find_tables(text)
    assert [cells(r) for r in table.rows][:3] == [["Total", "97.10", "85.20", "100.30"],
                                                  ["#城镇居民", "96.40", "84.10", "99.80"],
                                                  ["洗衣机(台)", "98.73", "88.63", "101.52"]]
    assert all(text[c.start:c.end] == c.text for r in table.rows for c in r.cells)


@pytest.mark.parametrize("change", [
    ("  家用汽车(辆)  Automobile (unit) 45.93 12.11 85.17", "全市共有家用汽车45.93万辆。"),  # two rows are no run
    ("  电冰箱(台)  Refrigerator (unit) 99.10 90.02 103.40", "  洗衣机(台)  Washing Machine (unit) 99.10 90.02 103.40"),
])
def test_rows_that_repeat_a_label_or_are_too_few_make_no_table_of_label_rows(change):
    assert not [t for t in find_tables(LABEL_ROWS.replace(*change)) if t.layout == "label_rows"]


CENSUS_DISTRICTS = "\n".join([
    "3-1  各区分性别的60岁及以上老年人口", "单位:人", "    60岁及以上人口     健康", "合计 小计",
    "  5200 2600 2600 3100 1500 1600",
    "城区 3000 1480 1520 1800 900 900", "  甲街道", "  乙街道 1200 600 600 700 350 350",
    "  丙街道 1800 880 920 1100 550 550", "2200 1120 1080 1300 600 700",
    "  丁县 1200 620 580 700 300 400", "  戊县 1000 500 500 600 300 300"])


def test_a_row_with_no_values_and_a_row_without_its_label_stay_in_a_run_of_label_rows():
    """A census table of places, single-spaced: a place whose cells are all empty is printed as its label alone
    (``  甲街道``), and a subtotal whose label is lost as its values alone (``2200 1120 …``, as many as the rows
    around it); neither ends the table: the first is a row with no figures, the second a row without a label."""
    (table,) = find_tables(CENSUS_DISTRICTS)
    assert (table.layout, [cells(r) for r in table.rows]) == ("label_rows", [
        ["合计 小计", "5200", "2600", "2600", "3100", "1500", "1600"],
        ["城区", "3000", "1480", "1520", "1800", "900", "900"],
        ["乙街道", "1200", "600", "600", "700", "350", "350"],
        ["丙街道", "1800", "880", "920", "1100", "550", "550"],
        ["", "2200", "1120", "1080", "1300", "600", "700"],
        ["丁县", "1200", "620", "580", "700", "300", "400"],
        ["戊县", "1000", "500", "500", "600", "300", "300"]])


@pytest.mark.parametrize("change, before, after", [
    (("2200 1120 1080 1300 600 700", "第158页"), "丙街道", "丁县"),  # a line of one value: not a row of six
    (("2200 1120 1080 1300 600 700", "2200 1120 1080"), "丙街道", "丁县"),  # values alone, fewer than the rows have
    (("  甲街道", "注:甲街道未设统计点。"), "城区", "乙街道"),  # a sentence, not a label alone
])
def test_a_line_that_is_neither_an_empty_row_nor_a_row_of_as_many_values_ends_a_run_of_label_rows(change, before, after):
    """What stands between two rows and is no row of the table ends it: a line of one value (a page number), values
    alone fewer than the rows have, a sentence; no table holds the rows before it and after it, nor the line."""
    labels = [[r.cells[0].text for r in t.rows] for t in find_tables(CENSUS_DISTRICTS.replace(*change))
              if t.layout == "label_rows"]
    assert not any(before in rows and after in rows for rows in labels)
    assert not any(change[1].strip() in rows for rows in labels)


YEARS_BARRED = "\n".join([
    "8-3 社会福利基本情况(2019—2021年) | |||", "Basic Statistics of Social Welfare, 2019-2021 | |||",
    "年 份 Year |", "养老机构 (个) Elderly Care Institutions (unit) |", "床位数 (张) Beds (unit) |",
    "# 护理型床位 Nursing Beds |", "||||",
    "2019 | 312 | 40120 | 12130 |", "2020 | 318 | 41530 | 13980 |", "2021 | 325 | 42210 | 15120 |"])

YEARS_ONE_CELL_A_LINE = "\n".join([
    "8-4", "社会福利机构、床位数(2018-2021) |", "|", "年 份 |", "机 构 数 |", "|", "床位数 |", "(个) |", "# 护理型 |",
    "(张) |", "2018 |", "301 |", "39020 |", "11020 |", "|", "2019 |", "312 |", "40120 |", "12130 |", "|",
    "2020 |", "318 |", "41530 |", "13980 |", "|", "2021 |", "325 |", "42210 |", "15120 |"])


@pytest.mark.parametrize("text, years", [(YEARS_BARRED, [2019, 2020, 2021]), (YEARS_ONE_CELL_A_LINE, [2018, 2019, 2020, 2021])])
def test_years_as_rows_date_their_values_whatever_the_header_was_read_as(text, years):
    """A yearbook table whose rows are years, its header's names in cells of their own (a `|` table whose title line
    is read as its header; a table one cell a line whose names and units are scattered over cells): each row's year
    dates its values, the latest year's are actual and the earlier ones baselines; the columns the header does not
    name join no indicator."""
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", text, "某市", "Someplace", 2022, None, None,
                                  doc_type="statistical_yearbook")).figures
    cells = f[f["method"] == "table"]
    assert sorted(set(cells["year"])) == years
    assert cells.loc[cells["value"] == "15120", ["year", "kind"]].values.tolist() == [[2021, "actual"]]
    assert cells.loc[cells["value"] == "312", ["year", "kind"]].values.tolist() == [[2019, "baseline"]]
    assert set(cells["indicator_id"]) == {"unmapped"} and "2019" not in set(cells["value"])


GROUPED_LINES = "\n\n".join([
    "社会福利机构和工作人员数", "指   标", "2021", "2022", "机构", "(个)", "工作人员(人)", "机构", "(个)", "工作人员(人)",
    "  总 计", "412", "8310", "425", "8502", " 养老机构", "301", "6120", "310", "6290",
    " 儿童福利机构", "12", "640", "12", "655", "注:2022年起含民办机构。"]) + "\n"


def test_a_table_one_cell_a_paragraph_under_years_each_over_the_same_parts():
    """A table one cell a line with an empty line between the cells and no bars (a page whose cells became
    paragraphs), under two years each over the same parts, a part's unit on a line of its own (机构 / (个))."""
    (table,) = [t for t in find_tables(GROUPED_LINES) if t.layout == "grouped_years"]
    assert shape(table) == (["指   标", "2021机构(个)", "2021工作人员(人)", "2022机构(个)", "2022工作人员(人)"], [
        ("parsed", "", ["总 计", "412", "8310", "425", "8502"]), ("parsed", "", ["养老机构", "301", "6120", "310", "6290"]),
        ("parsed", "", ["儿童福利机构", "12", "640", "12", "655"])])
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", GROUPED_LINES, "某省", "Someplace", 2022, None, None,
                                  doc_type="statistical_yearbook")).figures
    assert list(zip(f["value"], f["unit"], f["year"], f["kind"]))[:4] == [
        ("412", "个", 2021, "baseline"), ("8310", "人", 2021, "baseline"), ("425", "个", 2022, "actual"),
        ("8502", "人", 2022, "actual")]


def test_years_as_rows_under_a_header_of_as_many_names_take_the_names():
    text = "表3 低保人数\n单位:万人\n年份 城市低保人数 农村低保人数\n2019 11.80 38.65\n2020 11.02 36.90\n2021 10.50 35.20\n"
    (table,) = find_tables(text)
    assert [c.text for c in table.header] == ["年份", "城市低保人数", "农村低保人数"]
    assert [cells(r) for r in table.rows] == [["2019", "11.80", "38.65"], ["2020", "11.02", "36.90"],
                                              ["2021", "10.50", "35.20"]]


@pytest.mark.parametrize("change", [
    ("2020 11.02 4.71 36.90 16.83 3.42", "全年 11.02 4.71 36.90 16.83 3.42"),  # two rows of years are no run
    ("2019 11.80", "2021 11.80"),  # years out of order
])
def test_lines_that_are_no_run_of_years_make_no_table_of_year_rows(change):
    assert not [t for t in find_tables(YEAR_ROWS.replace(*change)) if t.layout == "year_rows"]


YEAR_CELLS = "\n".join([
    "3-2", "历年人口和出生率", "population and birth rate", "单位:‰", "年", "份", "总人口", "出生率", "死亡率", "(万人)",
    "year", "total population", "(10000 persons)", "birth rate", "death rate",
    "1970", "2020", "34.23", "6.98", "1975", "2297", "29.19", "6.58", "1980", "2519", "18.68", "6.27", ""])


def test_years_as_rows_printed_one_cell_a_line_make_a_table_of_year_rows():
    """A yearbook table of year rows whose cells are printed one a line (an HTML table as text): a year, as many
    values, the next year. Each year dates its values, even a value that reads as a year (``2020`` 万人 of 1970);
    the unit line's ``‰`` is not every column's, as a header cell prints its own unit (``(万人)``), so the columns,
    unnamed, take no unit."""
    tables = [t for t in find_tables(YEAR_CELLS) if t.layout == "year_rows"]
    assert len(tables) == 1
    (table,) = tables
    assert (table.title, table.unit) == ("历年人口和出生率", "")
    assert shape(table) == (["", "", "", ""], [
        ("parsed", "", ["1970", "2020", "34.23", "6.98"]),
        ("parsed", "", ["1975", "2297", "29.19", "6.58"]),
        ("parsed", "", ["1980", "2519", "18.68", "6.27"])])
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", YEAR_CELLS, "某省", "Someplace", 1980, None, None,
                                  doc_type="statistical_yearbook")).figures
    assert list(zip(f["value"], f["year"], f["kind"]))[:4] == [
        ("2020", 1970, "baseline"), ("34.23", 1970, "baseline"), ("6.98", 1970, "baseline"),
        ("2297", 1975, "baseline")]
    assert f.loc[f["value"] == "6.27", ["year", "kind"]].values.tolist() == [[1980, "actual"]]


def test_year_rows_one_cell_a_line_under_a_header_of_no_units_take_the_unit_line():
    """Where no header cell prints a unit of its own, the ``单位:`` line is every column's."""
    (table,) = [t for t in find_tables(YEAR_CELLS.replace("(万人)", "(合计)")) if t.layout == "year_rows"]
    assert table.unit == "‰"


@pytest.mark.parametrize("change", [
    ("1980", "1960"),  # years out of order
    ("18.68", "某某"),  # a row short of its values
])
def test_cells_one_a_line_that_are_no_run_of_year_rows_make_no_such_table(change):
    assert not [t for t in find_tables(YEAR_CELLS.replace(*change)) if t.layout == "year_rows"]


def test_a_header_of_years_one_a_line_makes_no_year_rows():
    """Years printed one a line that head the columns (``2018`` / ``2019`` / …) followed by rows of values: the
    values under a year are years too, so no run of year rows."""
    text = "\n".join(["表1 床位", "单位:张", "指标", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023",
                      "2024", "床位数", "204", "269", "300", "326", "349", "396", "449", "526", "530", ""])
    assert not [t for t in find_tables(text) if t.layout == "year_rows"]


YEAR_PANELS = "\n".join([
    "3-1续表 单位: 人", " 年 份   户籍人口     城镇人口     年 份   户籍人口     城镇人口",
    "2001     335232      64790     2011     353544      95735",
    "2002     335476      67238     2012     353218     100484",
    "2003     337726      69450     2013     353348     107635", ""])


def test_two_panels_of_year_rows_side_by_side_make_one_table_each_row_dated_by_its_year():
    """A continued yearbook table whose run of years is halved and printed as two panels on the same lines
    (``2001 … 2011 …``): one table of year rows, the left panel's then the right's, each year dating the values
    after it (the latest year, in the right panel, the current one), the unit from ``单位:``."""
    tables = [t for t in find_tables(YEAR_PANELS) if t.layout == "year_rows"]
    assert [[cells(r) for r in t.rows] for t in tables] == [
        [["2001", "335232", "64790"], ["2002", "335476", "67238"], ["2003", "337726", "69450"],
         ["2011", "353544", "95735"], ["2012", "353218", "100484"], ["2013", "353348", "107635"]]]
    assert [t.unit for t in tables] == ["人"]
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", YEAR_PANELS, "某市", "Somecity", 2013, None, None,
                                  doc_type="statistical_yearbook")).figures
    assert sorted(zip(f["value"], f["unit"], f["year"], f["kind"])) == sorted([
        ("335232", "人", 2001, "baseline"), ("64790", "人", 2001, "baseline"),
        ("353544", "人", 2011, "baseline"), ("95735", "人", 2011, "baseline"),
        ("335476", "人", 2002, "baseline"), ("67238", "人", 2002, "baseline"),
        ("353218", "人", 2012, "baseline"), ("100484", "人", 2012, "baseline"),
        ("337726", "人", 2003, "baseline"), ("69450", "人", 2003, "baseline"),
        ("353348", "人", 2013, "actual"), ("107635", "人", 2013, "actual")])


@pytest.mark.parametrize("change", [
    ("2011     353544", "1999     353544"),  # the right panel's years not after the left's
    ("2012     353218", "2010     353218"),  # a panel's years out of order
    ("353348     107635", "353348"),  # halves of different widths
])
def test_lines_that_are_no_two_panels_of_year_rows_make_no_such_tables(change):
    tables = [t for t in find_tables(YEAR_PANELS.replace(*change)) if t.layout == "year_rows"]
    assert not [r for t in tables for r in t.rows if r.cells[0].text not in ("2001", "2002", "2003")]


PARTS_IN_CELLS = ("表1 “十四五”民政事业发展主要指标\n指标 | 单位 | 2020年 实际值 | 2025年 目标值 | 属性 |\n"
                  "养老机构护理型床位占比 | % | 44.3 | 55 | 约束性 |\n"
                  "城乡低保标准年度增速 | % | 城市:13.5 农村:15.2 | 不低于居民人均消费支出增速 | 预期性 |\n")


def test_a_cell_that_names_its_parts_gives_a_value_for_each_part():
    """``城市:13.5 农村:15.2`` in one cell: a value for each part named before it, the part its subregion. A row
    named a growth rate (年度增速) holds growth rates (tests/documents/real28/: 13.5 is the standard's yearly growth)."""
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", PARTS_IN_CELLS, "某市", "Someplace", 2020, 2021, 2025, doc_type="plan")).figures
    cells = f[f["method"] == "table"]
    assert list(zip(cells["value"], cells["unit"], cells["year"], cells["kind"], cells["subregion_zh"].fillna(""))) == [
        ("44.3", "%", 2020, "baseline", ""), ("55", "%", 2025, "target", ""),
        ("13.5", "%", 2020, "growth_rate", "城市"), ("15.2", "%", 2020, "growth_rate", "农村"),
        ("不低于居民人均消费支出增速", "", 2025, "target", "")]


WRAPPED_GROWTH = "\n".join([
    "2-5 城乡居民人均收入 |", "Per Capita Income |", "|", "单位:元 |", "(yuan) |", "2023年比2022年 |", "增长(%) |",
    "项 目 |", "Item |", "2022 |", "2023 |", "Growth Rate |", "(%) |",
    "城镇居民 |", "Urban", "Residents |", "45120 |", "47230 |", "4.7 |",
    "农村居民 |", "Rural", "Residents |", "20110 |", "21360 |", "6.2 |", ""])


def test_a_growth_column_merged_over_two_header_rows_and_a_unit_cell_printed_above_the_header():
    """A bilingual web table one cell a line: the unit (单位:元) and the growth column's name (2023年比2022年 / 增长(%)),
    a cell merged over the header's two rows, are printed before the header's label cell. The unit is the table's,
    the growth column comes after the year columns when the rows hold one value more; ``(%)`` alone ends a name and
    heads no rows."""
    (table,) = [t for t in find_tables(WRAPPED_GROWTH) if t.layout == "wrapped_cells"]
    assert (table.title, table.unit) == ("2-5 城乡居民人均收入", "元")
    assert shape(table) == (["项 目", "2022", "2023", "2023年比2022年增长(%)"], [
        ("parsed", "", [None, None, None, None]),
        ("parsed", "", ["城镇居民", "45120", "47230", "4.7"]), ("parsed", "", ["农村居民", "20110", "21360", "6.2"])])
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", WRAPPED_GROWTH, "某市", "Someplace", 2023, None, None,
                                  doc_type="statistical_yearbook")).figures
    assert list(zip(f["value"], f["unit"], f["year"], f["kind"]))[:3] == [
        ("45120", "元", 2022, "baseline"), ("47230", "元", 2023, "actual"), ("4.7", "%", 2023, "growth_rate")]


BAR_CLOSED = "\n".join([
    "Main Statistics of Social Services | ||||", "|", "| |||",
    "项 目 |", "Item |", "2021 |", "2022 |", "2022年比 |", "2021年 | ||||", "增减% | ||||", "Change over | ||||",
    "2021 | ||||", "|", "|", "|", "|", "|",
    "一、养老服务 |", "Elderly Care |", "|", "|", "|",
    "养老机构(个) |", "Elderly Care Institutions (unit) |", "3820 |", "4010 |", "5.0 |",
    "养老床位 |", "Beds for the Elderly |", "41.2 |", "43.5 |", "5.6 |",
    "(万张) |", "(10000 beds) |", "|", "|", "|",
    "二、社会救助 |", "Social Assistance |", "|", "|", "|",
    "城市低保对象 |", "Urban Recipients of |", "125.6 |", "118.2 |", "-5.9 |",
    "(万人) |", "Subsistence Allowance (10000 persons) |", "|", "|", "|",
    "城市低保平均标准 |", "Average Standard of Subsistence |", "590.5 |", "624.0 |", "5.7 |",
    "(元/人、月) |", "Allowance (yuan per capita per month) |", "|", "|", "|", ""])


def test_a_table_of_cells_closed_by_bars_reads_its_rows_by_the_width_its_lines_of_bars_give():
    """A web table read as text: one cell a line, each closed by a bar, an empty cell by a bar alone,
    several by a run (``2021年 | ||||``: a cell and four empty ones). The lines of several bars end
    rows of five; the header's last cell goes on over the rows below it (2022年比 / 2021年 / 增减%);
    the English column is a translation; a unit in brackets alone is the unit of the row above."""
    (table,) = find_tables(BAR_CLOSED)
    assert (table.layout, table.title) == ("bar_closed_cells", "Main Statistics of Social Services")
    assert shape(table) == (["项 目", "2021", "2022", "2022年比2021年增减%"], [
        ("parsed", "", [None, None, None, None]),
        ("parsed", "一、养老服务", ["养老机构(个)", "3820", "4010", "5.0"]),
        ("parsed", "一、养老服务", ["养老床位", "41.2", "43.5", "5.6"]),
        ("parsed", "", [None, None, None, None]),
        ("parsed", "二、社会救助", ["城市低保对象", "125.6", "118.2", "-5.9"]),
        ("parsed", "二、社会救助", ["城市低保平均标准", "590.5", "624.0", "5.7"])])
    assert [r.unit for r in table.rows] == ["", "", "万张", "", "万人", "元/人、月"]
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", BAR_CLOSED, "某市", "Someplace", 2022, None, None,
                                  doc_type="statistical_yearbook")).figures
    assert list(zip(f["indicator_id"], f["value"], f["unit"], f["year"], f["kind"]))[:6] == [
        ("elder_care_institutions", "3820", "个", 2021, "baseline"), ("elder_care_institutions", "4010", "个", 2022, "actual"),
        ("elder_care_institutions", "5.0", "%", 2022, "growth_rate"), ("elder_care_beds", "41.2", "万张", 2021, "baseline"),
        ("elder_care_beds", "43.5", "万张", 2022, "actual"), ("elder_care_beds", "5.6", "%", 2022, "growth_rate")]
    assert f.loc[f["value"] == "624.0", ["indicator_id", "kind", "period"]].values.tolist() == [
        ["dibao_urban_standard", "standard", "monthly"]]


@pytest.mark.parametrize("change", [
    ("2021年 | ||||", "2021年 | |||"),  # a line of bars that ends no row: the widths disagree
    ("Main Statistics of Social Services | ||||", "Main Statistics | of Social Services | ||||"),  # a bar between words
    ("2022年比 |", "2022年比"),  # a line with no bar: not every cell is closed by one
])
def test_lines_of_bars_that_give_no_width_make_no_table_of_closed_cells(change):
    assert not [t for t in find_tables(BAR_CLOSED.replace(*change)) if t.layout == "bar_closed_cells"]


BAR_GROUPED = "\n".join([
    "附表 “十四五”民政事业发展主要指标", "类别 |", "主要指标 |", "单位 |", "2020年 实际值 |", "2025年 目标值 |", "指标 属性 |",
    "基本民生保障 |", "1.农村低保标准占城市低保标准比例 |", "% |", "62 |", "75 |", "预期性 |",
    "2.困难残疾人生活补贴覆盖率 |", "% |", "96 |", "100 |", "约束性 | |",
    "养老服务 |", "3.养老机构护理型床位占比 |", "% |", "41.5 |", "≥55 |", "约束性 |",
    "4.社会工作专业人才数量 |", "万人 |", "1.8 |", "3 |", "预期性 | |", "", "说明：指标值为全区数据。"])


def test_a_grouped_table_of_cells_closed_by_bars_keeps_its_rows_under_their_columns():
    """A plan's indicator table whose group column (类别) is printed on the first row of each group, read as
    text one cell a line with a bar closing each cell: a web page prints the group cell's place in the other
    rows as an empty cell at the row's end (``预期性 | |``). That empty cell is no cell: those rows lack their
    first column, as a grouped table's rows printed one a line do, and each row carries its group."""
    (table,) = find_tables(BAR_GROUPED)
    assert (table.layout, [r.group for r in table.rows]) == (
        "grouped_rows", ["基本民生保障", "基本民生保障", "养老服务", "养老服务"])
    assert shape(table) == (["主要指标", "单位", "2020年 实际值", "2025年 目标值", "指标 属性"], [
        ("parsed", "", ["1.农村低保标准占城市低保标准比例", "%", "62", "75", "预期性"]),
        ("parsed", "", ["2.困难残疾人生活补贴覆盖率", "%", "96", "100", "约束性"]),
        ("parsed", "", ["3.养老机构护理型床位占比", "%", "41.5", "≥55", "约束性"]),
        ("parsed", "", ["4.社会工作专业人才数量", "万人", "1.8", "3", "预期性"])])
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", BAR_GROUPED, "某区", "Someplace", 2020, 2021, 2025, doc_type="plan")).figures
    assert list(zip(f["value"], f["unit"], f["year"], f["kind"])) == [
        ("62", "%", 2020, "baseline"), ("75", "%", 2025, "target"), ("96", "%", 2020, "baseline"),
        ("100", "%", 2025, "target"), ("41.5", "%", 2020, "baseline"), ("55", "%", 2025, "target"),
        ("1.8", "万人", 2020, "baseline"), ("3", "万人", 2025, "target")]


MONEY_ROWS = ("表1 低保标准\n指标 | 2021年 | 2022年 |\n城市低保平均标准(元/人·月) | 700 | 730 |\n"
              "农村低保平均标准(元/人·年) | 6000 | 6500 |\n特困人员救助供养资金(万元) | 320 | 350 |\n")


def test_a_table_s_money_unit_per_month_or_year_gives_its_cells_their_period():
    """The period a money unit prints in a table (元/人·月 in a label) is the cells' period, as in prose:
    a monthly standard is twelve times its value a year; a sum of money has no period."""
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", MONEY_ROWS, "某市", "Someplace", 2022, None, None,
                                  doc_type="statistical_yearbook")).figures
    assert list(zip(f["value"], f["period"], f["value_std"], f["unit_std"])) == [
        ("700", "monthly", 8400.0, "yuan/person/year"), ("730", "monthly", 8760.0, "yuan/person/year"),
        ("6000", "annual", 6000.0, "yuan/person/year"), ("6500", "annual", 6500.0, "yuan/person/year"),
        ("320", "", 3200000.0, "yuan"), ("350", "", 3500000.0, "yuan")]


def test_a_form_s_column_named_by_the_month_before_its_current_column_is_the_previous_month():
    """数量 八月份 环比 in a form of 2023年09月: the month named after the current column is the last report,
    as 上月 is; a month named first, with no current column before it, is no previous period."""
    from mzlib.extract.figures import Document, extract_document

    text = CODED.replace("上季度", "八月份")
    (table,) = find_tables(text)
    assert [c.text for c in table.header] == ["指标名称", "单位", "代码", "数量", "八月份", "环比"]
    roles = column_roles(table.header, 2023)
    assert [(r["role"], r["kind"], r["shift"]) for r in roles[3:]] == [
        ("value", "actual", ""), ("value", "baseline", "period"), ("growth", "", "period")]
    figures = extract_document(Document("t.txt", text, "云南省", "Yunnan", 2023, None, None)).figures
    assert figures[["value", "kind", "year"]].astype("string").values.tolist()[:2] == [
        ["1402", "actual", "2023"], ["1402", "baseline", "2023"]]
    first = column_roles([Cell("指标名称", 0, 0, 1), Cell("八月份", 0, 0, 1), Cell("九月份", 0, 0, 1)], 2023)
    assert [r["kind"] for r in first[1:]] == ["actual", "actual"]


SPACED_FORM = "\n".join([
    "社会服务统计季报", "(2023年4季度)", "指 标 单 位 数 量", "一、综合", "1.行政区划", "镇 个 215", "乡 个 98",
    "2.社会服务经费", "1-12月社会服务费实际支出 亿元 36.5", "其中:城市低保支出 亿元 7.2", ""])


def test_a_header_spaced_out_one_character_a_word_spells_its_column_names():
    """指 标 单 位 数 量: a yearbook's header cells spread to their width, one character a word, spell the
    columns 指标, 单位, 数量; the rows of label, unit and value under it are read from the first."""
    (table,) = find_tables(SPACED_FORM)
    assert table.layout == "token_stream"
    assert shape(table) == (["指 标", "单 位", "数 量"], [
        ("parsed", "一、综合 1.行政区划", ["镇", "个", "215"]), ("parsed", "一、综合 1.行政区划", ["乡", "个", "98"]),
        ("parsed", "2.社会服务经费", ["1-12月社会服务费实际支出", "亿元", "36.5"]),
        ("parsed", "1-12月社会服务费实际支出", ["其中:城市低保支出", "亿元", "7.2"])])


@pytest.mark.parametrize("line", ["指 标 单 位 数 字", "全 市 共 有"])
def test_characters_that_spell_no_column_names_head_no_table(line):
    assert not [t for t in find_tables(SPACED_FORM.replace("指 标 单 位 数 量", line)) if t.header
                and t.header[0].text == "指 标"]


@pytest.mark.parametrize("spaced, names", [
    ("指 标 名 称 计 量 单 位 代 码 本 期 上 期 同 比", ["指 标 名 称", "计 量 单 位", "代 码", "本 期", "上 期", "同 比"]),
    ("项 目 名 称 单 位 本 月 上 月 环 比", ["项 目 名 称", "单 位", "本 月", "上 月", "环 比"]),
    ("项 目 单 位 合 计", ["项 目", "单 位", "合 计"]),
    ("名 称 单 位 数 量", ["名 称", "单 位", "数 量"]),
])
def test_every_column_name_a_spaced_header_may_spell(spaced, names):
    from mzlib.extract.tables import _spaced_header

    assert [c.text for c in _spaced_header(3, 0, spaced)] == names


def test_a_column_named_by_a_month_in_digits_is_the_previous_month_too():
    roles = column_roles([Cell(t, 0, 0, 1) for t in ("指标名称", "数量", "9月份", "环比")], 2023)
    assert [(r["kind"], r["shift"]) for r in roles[1:3]] == [("actual", ""), ("baseline", "period")]


COUNTED_HEADER = "\n".join([
    "Social Services by Region (2019)",
    "    Region 养老机构 养老机构 社会救助 城市低保 农 村 低 保 特困人员",
    "(个) 床位数(张) 支出(万元) 人 数(万人) 人数(万人) 人数(人)",
    "Number of Elderly Care Beds in Social Assistance Urban Rural Persons in",
    "Care Institutions Institutions Expenditure Dibao Dibao Extreme Poverty",
    "(unit) (bed) (10000 yuan) (10000 persons) (10000 persons) (person)",
    "全省合计 Total 512 60318 182035.6 21.46 88.90 40215",
    "东 山 市 Dongshan 96 11870 30412.8 4.05 12.37 6522",
    "西平市 Xiping 71 8155 22640.1 2.88 10.06 5190",
    "南 岭 市 Nanling 64 7302 19870.4 1.97 9.45 4873",
    ""])


def test_a_header_whose_words_no_column_lines_up_names_each_column_by_its_words_counted():
    """A yearbook page copied from a PDF: the header's Chinese lines print one word a value column,
    not lined up with them, a word spaced out one character a character (农 村 低 保) or broken after
    its first character (人 数(万人)); the English lines are translations and ``Region`` names the
    column of labels. Column k is the k-th word of each Chinese line, top to bottom; each row's label
    loses its translation."""
    (table,) = find_tables(COUNTED_HEADER)
    assert (table.layout, table.title) == ("counted_header", "Social Services by Region (2019)")
    assert shape(table) == (["", "养老机构(个)", "养老机构床位数(张)", "社会救助支出(万元)", "城市低保人数(万人)",
                             "农村低保人数(万人)", "特困人员人数(人)"], [
        ("parsed", "", ["全省合计", "512", "60318", "182035.6", "21.46", "88.90", "40215"]),
        ("parsed", "", ["东 山 市", "96", "11870", "30412.8", "4.05", "12.37", "6522"]),
        ("parsed", "", ["西平市", "71", "8155", "22640.1", "2.88", "10.06", "5190"]),
        ("parsed", "", ["南 岭 市", "64", "7302", "19870.4", "1.97", "9.45", "4873"])])
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", COUNTED_HEADER, "某省", "Someprovince", 2019, None, None,
                                  doc_type="statistical_yearbook")).figures
    assert list(zip(f["value"], f["unit"], f["year"], f["kind"]))[:6] == [
        ("512", "个", 2019, "actual"), ("60318", "张", 2019, "actual"), ("182035.6", "万元", 2019, "actual"),
        ("21.46", "万人", 2019, "actual"), ("88.90", "万人", 2019, "actual"), ("40215", "人", 2019, "actual")]
    assert len(f) == 24 and set(f["method"]) == {"table"}


@pytest.mark.parametrize("change", [
    ("社会救助 城市低保", "社会救助 城市 低保"),  # a word too many: the words do not count the columns
    ("人数(万人) 人数(人)", "人数(万人)"),  # a word too few
    ("东 山 市 Dongshan 96 11870 30412.8 4.05 12.37 6522", "东 山 市 Dongshan 96 11870 30412.8 4.05 12.37"),  # runs
    # of rows with as many values are too short: one row, then two
])
def test_a_header_whose_words_do_not_count_the_columns_makes_no_table_of_counted_words(change):
    assert not [t for t in find_tables(COUNTED_HEADER.replace(*change)) if t.layout == "counted_header"]


def test_a_first_word_that_names_the_column_of_labels_is_no_value_columns_name():
    (table,) = find_tables(COUNTED_HEADER.replace("    Region 养老机构", "地区 养老机构"))
    assert [c.text for c in table.header] == ["", "养老机构(个)", "养老机构床位数(张)", "社会救助支出(万元)",
                                              "城市低保人数(万人)", "农村低保人数(万人)", "特困人员人数(人)"]
    assert not [t for t in find_tables(COUNTED_HEADER.replace("    Region 养老机构", "合计 养老机构"))
                if t.layout == "counted_header"]  # a word too many, and none that names the labels


IDEOGRAPHIC = ("表3　主要指标完成情况\n"
               "指标名称　　　　　　单位　　　2015年　　2020年目标　　2020年完成\n"
               "城市低保标准　　　　元/月　　　450　　　　600　　　　　620\n"
               "社区养老服务覆盖率　%　　　　　50　　　　　100　　　　　100\n"
               "全　　市　　　　　　张　　　　　5　　　　　　6　　　　　　7\n")


def test_a_table_aligned_with_ideographic_spaces_splits_its_cells_at_each_of_them():
    """A Word document's table aligned with full-width spaces: one of them is as wide as two spaces, so it
    separates cells (``覆盖率　%``), and a name spread by them (``全　　市``) is one cell."""
    (table,) = find_tables(IDEOGRAPHIC)
    assert (table.layout, table.title) == ("space_aligned", "表3　主要指标完成情况")
    assert shape(table) == (["指标名称", "单位", "2015年", "2020年目标", "2020年完成"], [
        ("parsed", "", ["城市低保标准", "元/月", "450", "600", "620"]),
        ("parsed", "", ["社区养老服务覆盖率", "%", "50", "100", "100"]),
        ("parsed", "", ["全\u3000\u3000市", "张", "5", "6", "7"])])


@pytest.mark.parametrize("line, units", [
    ("单位：个、张、人", ["个", "张", "人"]),  # one unit a row of values, in order (columns of years share theirs)
    ("单位：个、张", ["", "", ""]),  # a list that counts neither the rows nor the columns: no unit of any value
])
def test_a_unit_line_that_lists_one_unit_a_row_gives_each_row_its_unit(line, units):
    from mzlib.extract.figures import Document, extract_document

    text = (f"2023年全市民政事业主要统计数据\n{line}\n指标名称\t2021年\t2022年\t2023年\t增长(%)\n"
            "养老机构\t118\t120\t126\t5.0\n养老床位\t15100\t15600\t16200\t3.8\n城市低保对象\t8600\t8200\t7900\t-3.7\n")
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2023, None, None)).figures
    f = f[(f["method"] == "table") & (f["kind"] != "growth_rate")]
    assert list(zip(f["indicator_zh"], f["unit"])) == [(name, unit) for name, unit in
                                                       zip(["养老机构", "养老床位", "城市低保对象"], units) for _ in range(3)]


@pytest.mark.parametrize("rows, units", [
    (["城市低保人数    7900    86300", "城市低保资金    512.3    5123.6"], ["人", "人", "万元", "万元"]),  # a unit a row
    (["城市低保人数    7900    86300", "城市低保资金    512    5123"], ["人", "万元", "人", "万元"]),  # a unit a column
])
def test_a_unit_line_that_counts_both_rows_and_columns_gives_the_reading_the_values_fit(rows, units):
    """A monthly report (``单位:人、万元`` over 本月 and 累计, two rows): as many units as columns and as rows. The
    columns take them in order unless a column's values cannot be in its unit (512.3 persons); then the rows do."""
    from mzlib.extract.figures import Document, extract_document

    text = "\n".join(["2023年10月民政统计月报", "单位:人、万元", "指标名称    本月    1-10月累计"] + rows) + "\n"
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2023, None, None)).figures
    assert f.loc[f["method"] == "table", "unit"].tolist() == units


@pytest.mark.parametrize("rows, units", [
    # a person is no fraction and a share no more than 100: each column fits one unit of the list
    (["城关镇 52341 18.21 13.92", "河口乡 8912 15.33 19.80"], ["人", "%", "%"] * 2),
    (["城关镇 52341 18 13", "河口乡 8912 15 19"], ["", "", ""] * 2),  # whole shares fit both: nothing guessed
    (["城关镇 52.5 18.21 13.92", "河口乡 8.9 15.33 19.80"], ["", "", ""] * 2),  # no column of persons
])
def test_a_unit_line_over_more_columns_than_units_gives_each_column_the_one_unit_its_values_fit(rows, units):
    """A census communiqué's table of townships (``单位:人、%``): a count of persons, then shares of age groups. As
    many rows as units, the list would be a unit a row; a row of persons printing ``18.21`` rules that out."""
    from mzlib.extract.figures import Document, extract_document

    text = "\n".join(["表4-1 各乡镇常住人口年龄构成", "单位:人、%", "乡镇 常住人口 60岁及以上 65岁及以上"] + rows) + "\n"
    f = extract_document(Document("t.txt", text, "岚江县", "Lanjiang", 2020, None, None)).figures
    f = f[f["method"] == "table"]
    assert f["unit"].tolist() == units
    assert f["subregion_zh"].tolist()[::3] == ["城关镇", "河口乡"]  # 乡镇 heads a column of places


def test_a_unit_line_of_an_amount_s_unit_and_percent_over_amounts_and_growth_gives_the_amounts_the_first():
    from mzlib.extract.figures import Document, extract_document

    text = ("表四 2023年居民人均收支主要指标\n单位:元、%\n指标 全体居民 城镇居民 农村居民\n总量 增长 总量 增长 总量 增长\n"
            "可支配收入 40512 5.6 51230 4.8 28901 6.9\n生活消费支出 26740 7.1 31820 6.0 19960 8.4\n")
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2023, None, None)).figures
    f = f[f["method"] == "table"]
    assert list(zip(f["value"], f["unit"]))[:6] == [("40512", "元"), ("5.6", "%"), ("51230", "元"), ("4.8", "%"),
                                                  ("28901", "元"), ("6.9", "%")]


def test_a_year_s_stage_on_a_line_of_its_own_under_it_is_part_of_the_column_s_name():
    """A plan's table one cell a line, its header cells wrapped (``2020年`` / ``（基期值）``): the stage below the
    year is part of its name, and the rows after the header are read under it."""
    text = ("表1 主要指标\n\n指标名称\n2020年\n（基期值）\n2025年\n（目标值）\n指标属性\n养老床位总数（万张）\n1.2\n1.5\n预期性\n"
            "护理型床位占比（%）\n45\n55\n约束性\n")
    (table,) = find_tables(text)
    assert (table.layout, table.title) == ("cell_per_line", "表1 主要指标")
    assert shape(table) == (["指标名称", "2020年(基期值)", "2025年(目标值)", "指标属性"], [
        ("parsed", "", ["养老床位总数(万张)", "1.2", "1.5", "预期性"]),
        ("parsed", "", ["护理型床位占比(%)", "45", "55", "约束性"])])
    assert not [t for t in find_tables(text.replace("2020年\n（基期值）", "（基期值）\n2020年"))
                if t.layout == "cell_per_line" and "(基期值)" in [c.text for c in t.header]]  # a stage above no year


HEADLESS = ("某县2019年国民经济和社会发展统计公报(2)\n"
            "全县总人口 412305 100.0 其中:城镇 150216 36.4 乡村 262089 63.6 其中:0-14岁 61020 14.8 "
            "60岁以上 90510 22.0 全年城镇居民人均可支配收入31250元,增长8.1%。\n")


def test_a_table_flattened_without_its_header_is_read_up_to_the_prose_after_it():
    """A communiqué's table whose header and unit the page left on an earlier page: words each followed by the same
    number of values, from the line's start; 其中 makes a row a part of the one above; the prose after the table
    is read as prose."""
    (table,) = find_tables(HEADLESS)
    assert table.layout == "flattened"
    assert shape(table) == (["", "", ""], [
        ("parsed", "", ["全县总人口", "412305", "100.0"]), ("parsed", "全县总人口", ["其中:城镇", "150216", "36.4"]),
        ("parsed", "", ["乡村", "262089", "63.6"]), ("parsed", "乡村", ["其中:0-14岁", "61020", "14.8"]),
        ("parsed", "", ["60岁以上", "90510", "22.0"])])
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", HEADLESS, "某县", "Somecounty", 2019, None, None)).figures
    f = f[f["method"] != "derived"]
    assert list(zip(f["value"], f["unit"], f["kind"], f["method"]))[8:] == [
        ("90510", "", "actual", "table"), ("22.0", "", "actual", "table"), ("31250", "元", "actual", "prose"),
        ("8.1", "%", "growth_rate", "prose")]


@pytest.mark.parametrize("change", [
    (" 乡村 262089 63.6 其中:0-14岁 61020 14.8 60岁以上 90510 22.0", ""),  # two rows
    ("全县总人口 412305 100.0 其中:城镇 150216 36.4", "全县总人口 412305 其中:城镇 150216"),  # rows of one value
    ("其中:城镇 150216 36.4", "其中:城镇 150216 36.4 8"),  # a row of another width ends the run: one row
])
def test_words_and_values_that_make_no_run_of_rows_are_no_headless_table(change):
    assert not [t for t in find_tables(HEADLESS.replace(*change)) if t.layout == "flattened"]


GROUPED_YEARS = "\n".join(["表4 近年常住人口性别构成 |", "|", "|", "单位:% |", "|", "项目 |", "2019年 |", "2020年 |", "2021年 |",
                           "合计 |", "男 |", "女 |", "合计 |", "男 |", "女 |", "合计 |", "男 |", "女 |",
                           "全市 |", "100.00", "|", "50.62 |", "49.38 |", "100.00 |", "50.55 |", "49.45 |", "100.00 |",
                           "50.41 |", "49.59 |", "城镇 |", "100.00 |", "49.90 |", "50.10 |", "100.00 |", "49.87 |",
                           "50.13 |", "100.00", "|", "49.80 |", "50.20 |", ""])


def test_a_header_of_years_each_over_the_same_parts_names_each_column_by_its_year_and_part():
    """A web page's table one cell a line, each closed by a bar (a bar alone an empty cell, a cell's bar sometimes on
    the next line), its header two rows: the years merged over their parts, then the parts once for each year."""
    (table,) = find_tables(GROUPED_YEARS)
    assert (table.layout, table.title, table.unit) == ("cell_per_line", "表4 近年常住人口性别构成", "%")
    assert shape(table) == (["项目", "2019年合计", "2019年男", "2019年女", "2020年合计", "2020年男", "2020年女",
                             "2021年合计", "2021年男", "2021年女"], [
        ("parsed", "", ["全市", "100.00", "50.62", "49.38", "100.00", "50.55", "49.45", "100.00", "50.41", "49.59"]),
        ("parsed", "", ["城镇", "100.00", "49.90", "50.10", "100.00", "49.87", "50.13", "100.00", "49.80", "50.20"])])
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", GROUPED_YEARS, "某市", "Somecity", 2022, None, None,
                                  doc_type="statistical_yearbook")).figures
    assert list(zip(f["value"], f["unit"], f["year"], f["kind"]))[6:9] == [
        ("100.00", "%", 2021, "actual"), ("50.41", "%", 2021, "actual"), ("49.59", "%", 2021, "actual")]


@pytest.mark.parametrize("change", [
    ("女 |\n合计 |\n男 |\n女 |\n合计 |\n男 |\n女 |\n全市", "女 |\n合计 |\n女 |\n男 |\n合计 |\n男 |\n女 |\n全市"),  # out of order
    ("2021年 |\n合计", "合计"),  # three years' parts under two years
])
def test_parts_that_do_not_repeat_once_a_year_make_no_header_of_grouped_years(change):
    assert not [t for t in find_tables(GROUPED_YEARS.replace(*change)) if "2019年男" in [c.text for c in t.header]]


def test_cells_after_the_last_full_row_of_grouped_years_are_kept_unparsed():
    (table,) = find_tables(GROUPED_YEARS.replace("49.80 |\n50.20 |\n", ""))
    assert [(r.status, r.reason) for r in table.rows] == [
        ("parsed", ""), ("unparsed", "8 cells after the last row that fill no row of 10")]


# A census table of population by single year of age: each row's label is an age, a number with 岁.
SINGLE_AGES = ["按年龄分人口数", "单位:人", "年龄{s}男{s}女", "0岁{s}312{s}280", "1岁{s}290{s}270", "65岁及以上{s}3{s}7"]


@pytest.mark.parametrize("sep", ["|", "\t", " ", "  "])
def test_a_whole_age_in_the_first_cell_is_the_row_label_not_a_value(sep):
    (table,) = find_tables("\n".join(SINGLE_AGES).format(s=sep) + "\n")
    assert shape(table) == (["年龄", "男", "女"], [("parsed", "", ["0岁", "312", "280"]),
                                                ("parsed", "", ["1岁", "290", "270"]),
                                                ("parsed", "", ["65岁及以上", "3", "7"])])


def test_an_age_cell_is_no_value_and_a_measured_age_has_its_unit_in_the_label():
    assert [is_numeric(t) for t in ("0岁", "65岁及以上", "100 岁以下", "78.5", "78.5岁", "3.5")] == \
        [False, False, False, True, True, True]


# A web page's table read as text, one cell a line: a cell of words closes with a bar on its line, a value with a bar
# alone on the next line, a row's last value with none; a run of bars alone is a row left blank; an English label
# runs over two lines.
OPEN_CELLS = "\n".join([
    "表5 各县养老机构情况(2015年) |", "地 区 |", "Region |", "养老机构 |", "床位 |", "(个) |", "(张) |",
    "|", "|", "|", "|",
    "甲 县 |", "Jia County |", "12", "|", "800",
    "乙 县 |", "Yi", "County |", "9", "|", "650", "|",
    "|", "|", "|", "|",
    "丙 县 |", "Bing County |", "3", "|", "|",
    "丁 县 |", "Ding County |", "7", "|", "410", "|"]) + "\n"


def test_cells_closed_by_a_bar_on_their_line_or_the_next_make_rows_under_their_header():
    (table,) = find_tables(OPEN_CELLS)
    assert (table.layout, table.title) == ("open_cells", "表5 各县养老机构情况(2015年)")
    assert shape(table) == (["地 区", "养老机构(个)", "床位(张)"], [("parsed", "", ["甲 县", "12", "800"]),
                                                            ("parsed", "", ["乙 县", "9", "650"]),
                                                            ("parsed", "", ["丙 县", "3", None]),
                                                            ("parsed", "", ["丁 县", "7", "410"])])


def test_a_header_of_years_over_parts_in_that_layout_is_left_to_the_readers_of_years():
    text = "\n".join(["近年常住人口年龄构成 |", "单位:% |", "年龄 |", "2000年 |", "2005年 |", "合计 |", "男 |", "女 |",
                      "合计 |", "男 |", "女 |", "总计 |", "100.00", "|", "51.13 |", "48.87 |", "100.00 |", "49.99 |",
                      "50.01 |", "0-4岁 |", "4.05 |", "2.26", "|", "1.79 |", "4.94 |", "2.68", "|", "2.25 |",
                      "5-9岁 |", "8.18 |", "4.52 |", "3.66 |", "4.23", "|", "2.37 |", "1.86 |"]) + "\n"
    (table,) = find_tables(text)
    assert table.layout != "open_cells"
    assert [c.text for c in table.header][1:4] == ["2000年合计", "2000年男", "2000年女"]


# A monthly report form copied from a web page: one cell a line, a "|" line between cells, no row ends; the
# column names first, a section's name on a row of its own.
SEPARATED_NO_ENDS = "\n|\n".join(["2019年3月民政统计月报", "指 标", "单 位", "数 量", "1.社会救助", "", "",
                                  "城市低保人数", "万人", "12.5", "城市低保月人均支出水平", "元/人、月", "486",
                                  "2.养老服务", "", "", "养老机构床位", "张", "5200"]).replace("月报\n|\n", "月报\n") + "\n|\n"


def test_cells_between_bars_with_no_row_ends_make_rows_as_wide_as_the_column_names():
    (table,) = find_tables(SEPARATED_NO_ENDS)
    assert shape(table) == (["指 标", "单 位", "数 量"], [
        ("parsed", "", [None, None, None]), ("parsed", "", ["城市低保人数", "万人", "12.5"]),
        ("parsed", "", ["城市低保月人均支出水平", "元/人、月", "486"]), ("parsed", "", [None, None, None]),
        ("parsed", "", ["养老机构床位", "张", "5200"])])


# A yearbook table on a web page that pads its header and every row with empty cells, as many as it likes
PADDED = "\n".join(["14-5 社会救济情况 | |||||||", "项 目 | 2020年 | 2021年 | 2022年 | ||||||||",
                    "城镇低保人数(人) | 4674 | 4717 | 4718 | ||||||", "农村低保人数(人) | 36736 | 39260 | 41235 | |||",
                    "临时救助人次(人次) | 812 | 930 | |||||||||"]) + "\n"


def test_empty_cells_that_pad_a_web_page_s_rows_are_no_columns_and_a_row_short_of_its_years_is_not_guessed():
    (table,) = find_tables(PADDED)
    header, rows = shape(table)
    assert header == ["项 目", "2020年", "2021年", "2022年"]
    assert rows[:2] == [("parsed", "", ["城镇低保人数(人)", "4674", "4717", "4718"]),
                        ("parsed", "", ["农村低保人数(人)", "36736", "39260", "41235"])]
    assert rows[2][0] == "unparsed"  # 812 and 930: of which two of the three years, the row does not say


def test_a_row_short_of_cells_in_a_padded_table_takes_no_label_from_the_row_above():
    text = "\n".join(["指标 | 单位 | 数量 | |||", "结婚登记 | 对 | 19,215 | |||", "离婚登记 七、社会组织 |", "对 | 4,621 | |||",
                      "社会团体 | 个 | 1,336 | |||"]) + "\n"
    (table,) = find_tables(text)
    assert shape(table)[1] == [("parsed", "", ["结婚登记", "对", "19,215"]), ("parsed", "", [None, None, None]),
                               ("unparsed", "", ["对", "4,621"]), ("parsed", "", ["社会团体", "个", "1,336"])]


def test_a_row_marked_with_a_hash_is_a_part_of_the_row_above():
    text = "\n".join(["项 目 | 2021年 | 2022年", "城镇低保人数(人) | 4717 | 4718", "#“三无”人员 | 279 | 251",
                      "农村低保人数(人) | 39260 | 41235"]) + "\n"
    (table,) = find_tables(text)
    assert [r[1] for r in shape(table)[1]] == ["", "城镇低保人数(人)", ""]


def test_a_title_and_unit_a_blank_line_apart_from_a_table_of_one_cell_a_paragraph_are_its_own():
    cells = ["指标", "2011", "2012", "2013", "床位数", "396.4", "449.3", "526.7", "每千人口床位数", "2.94", "3.32", "3.87"]
    text = "\n\n".join(["表3 社会服务机构床位", "单位:万张、张"] + cells) + "\n"
    (table,) = find_tables(text)
    assert (table.title, table.unit) == ("表3 社会服务机构床位", "万张、张")


# A census communiqué's township table, one cell a line closed by a bar: the places' column named with the kinds of
# place in brackets, a share's name over the two census years that split its column.
TOWNSHIPS = "\n".join(["表2-1 各乡(镇)常住人口", "单位:人、%", "县(乡、镇) |", "人口数 |", "比重 |", "2020年 |", "2010年 |",
                       "全 县 |", "41198 |", "100.00 |", "100.00 |", "甲 镇 |", "21788 |", "52.88 |", "44.53 |",
                       "乙 乡 |", "4565 |", "11.08 |", "11.91 |"]) + "\n"


def test_a_name_over_the_years_that_split_its_column_names_each_year_s_column():
    (table,) = find_tables(TOWNSHIPS)
    assert shape(table) == (["县(乡、镇)", "人口数", "比重 2020年", "比重 2010年"], [
        ("parsed", "", ["全 县", "41198", "100.00", "100.00"]), ("parsed", "", ["甲 镇", "21788", "52.88", "44.53"]),
        ("parsed", "", ["乙 乡", "4565", "11.08", "11.91"])])
    assert column_roles(table.header)[0]["role"] == "region"


@pytest.mark.parametrize("sep", [" | ", "\t", "    "])
def test_names_without_a_header_word_over_a_unit_column_and_values_are_the_header(sep):
    """A communiqué's table whose header prints no header word but 单位 (品名 | 单位 | 全市城镇居民 | …),
    each row a label, its unit and values: the first line names the columns, the 单位 column gives
    each row its unit, whatever the layout. A line whose unit column holds a word, not a unit, names
    no columns."""
    from mzlib.extract.figures import Document, extract_document

    rows = [["品名", "单位", "全市城镇居民", "盐湖区", "全市农村居民"], ["洗衣机", "台", "99", "96", "86"],
            ["摩托车", "辆", "61", "38", "87"]]
    text = "\n".join(["表1 2010年每百户居民家庭耐用消费品拥有量"] + [sep.join(r) for r in rows])
    tables = [t for t in find_tables(text) if t.kind == "indicator"]
    assert [[c.text for c in t.header] for t in tables] == [rows[0]]
    assert [[c.text if c else None for c in r.cells] for r in tables[0].rows] == rows[1:]
    figures = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2010, None, None)).figures
    got = figures[["value", "unit", "indicator_zh", "subregion_zh", "method"]].astype("string").values.tolist()
    assert got == [["99", "台", "洗衣机", "", "table"], ["96", "台", "洗衣机", "盐湖区", "table"],
                   ["86", "台", "洗衣机", "", "table"], ["61", "辆", "摩托车", "", "table"],
                   ["38", "辆", "摩托车", "盐湖区", "table"], ["87", "辆", "摩托车", "", "table"]]
    worded = text.replace(f"{sep}台{sep}", f"{sep}家用{sep}")
    assert not [t for t in find_tables(worded) if t.kind == "indicator" and [c.text for c in t.header] == rows[0]]


def test_a_table_one_cell_a_line_keeps_a_header_name_with_a_space_as_one_cell():
    """Values one a line: the header's names are one a line too, so ``2015年 实际值`` is one column's
    name, not a year and a word (which would shift every column by one and read a label as a value)."""
    from mzlib.extract.figures import Document, extract_document

    lines = ["表1:“十三五”时期民政事业主要发展指标完成情况", "主要指标", "2015年 实际值", "2020年 完成值", "增长 比例(%)",
             "低保对象审核认定准确率(%)", "93", "98.67", "6.1", "农村敬老院法人登记率(%)", "75", "96.78", "29.0"]
    text = "\n".join(lines)
    table = next(t for t in find_tables(text) if t.kind == "indicator")
    assert [c.text for c in table.header][1:] == ["2015年 实际值", "2020年 完成值", "增长 比例(%)"]
    assert [[c.text for c in r.cells] for r in table.rows] == [lines[5:9], lines[9:13]]
    figures = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2020, None, None)).figures
    got = figures[["value", "year", "kind"]].astype("string").values.tolist()
    assert got == [["93", "2015", "baseline"], ["98.67", "2020", "actual"], ["6.1", "2020", "growth_rate"],
                   ["75", "2015", "baseline"], ["96.78", "2020", "actual"], ["29.0", "2020", "growth_rate"]]
    spaced = text.replace("\n93\n98.67\n6.1", "\n93 98.67 6.1")  # values on one line: names stay words
    assert [c.text for c in next(t for t in find_tables(spaced) if t.kind == "indicator").header] != \
        [c.text for c in table.header]


@pytest.mark.parametrize("lead, rows, read", [("各县（市、区）一季度助餐服务情况如下：", 3, True),
                                              ("表2  2023年一季度各县（市、区）助餐服务情况", 3, True),  # a title led by its year
                                              ("各县（市、区）一季度助餐服务情况。", 3, True),
                                              ("各县（市、区）一季度助餐服务情况。", 1, False)])
def test_a_header_one_cell_a_line_after_a_sentence_that_announces_it(lead, rows, read):
    """A news page's table printed one cell a line: the sentence before it announces it (``…情况如下：``), or
    a title led by its year, or rows of one shape (a label, then a value under every other column) follow its
    first lines, each of which names one column. One row alone confirms no header."""
    body = [["梧岭区", "58", "13.1"], ["东岭县", "47", "9.7"], ["合计", "105", "22.8"]][:rows]
    lines = [lead, "", "县（市、区）", "助餐点（个）", "服务人次（万人次）"] + [c for r in body for c in r]
    tables = [t for t in find_tables("\n".join(lines)) if t.kind == "indicator"]
    got = [[[c.text for c in r.cells] for r in t.rows] for t in tables]
    assert (got == [body]) == read


def test_a_space_aligned_row_of_missing_values_is_a_row_not_the_table_s_end():
    """A report form's section row prints its label and a dash for each value (一、综合  —  …  —): a row of
    the table, so the rows below it stay under the header. A line of words with one dash is no row."""
    lines = ["指标名称        单位    数量    上年数据    同比", "一、综合        —       —       —           —",
             "(一)乡级行政区划  个    77      76          1.3", "1.镇            个      43      43          0"]
    table = next(t for t in find_tables("\n".join(lines)) if t.kind == "indicator")
    assert [c.text for c in table.header] == ["指标名称", "单位", "数量", "上年数据", "同比"]
    assert [[c.text if c else None for c in r.cells] for r in table.rows] == [
        ["一、综合", "-", "-", "-", "-"], ["(一)乡级行政区划", "个", "77", "76", "1.3"], ["1.镇", "个", "43", "43", "0"]]
    from mzlib.extract.tables import _kind_of_line

    assert _kind_of_line("一、综合        —       —") == "space"
    assert _kind_of_line("主要任务        —       加快发展") is None


def test_a_tab_separated_label_row_with_its_cells_left_empty_heads_the_rows_below():
    """A spreadsheet's copy prints a section's label with empty cells after it (``1.优抚安置\\t\\t``): a row of
    the table that labels the rows below, not the table's end. A label alone with no tab is no row."""
    lines = ["指标\t单位\t数量", "1.优抚安置\t\t", "国家抚恤、补助各类优抚对象\t万人\t467.0", "累计接收军队离退休干部\t人\t1008",
             "2.社会救助\t\t", "城市居民最低生活保障人数\t万人\t2242.3"]
    table = next(t for t in find_tables("\n".join(lines)) if t.kind == "indicator")
    got = [(r.reason, [c.text if c else None for c in r.cells]) for r in table.rows]
    assert got == [("label row", [None, None, None]), ("", ["国家抚恤、补助各类优抚对象", "万人", "467.0"]),
                   ("", ["累计接收军队离退休干部", "人", "1008"]), ("label row", [None, None, None]),
                   ("", ["城市居民最低生活保障人数", "万人", "2242.3"])]
    assert [t.layout for t in find_tables("\n".join(lines)) if t.kind == "indicator"] == ["tab_separated"]
    from mzlib.extract.tables import _kind_of_line

    assert _kind_of_line("1.优抚安置\t\t") == "tab"
    assert _kind_of_line("1.优抚安置") is None


@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_a_label_row_with_a_unit_heads_the_unindented_rows_below_it_in_a_layout_without_indentation(sep):
    """A web page's or spreadsheet's table prints no indentation: a label row with its unit in brackets
    (``低保对象（万人） | |``) is not a second header line, and heads the rows below it until the next label
    row, giving them its unit and its name (城市 under 低保对象: urban recipients)."""
    from mzlib.extract.figures import Document, extract_document

    rows = [["指标", "2022年", "2021年"], ["低保对象（万人）", "", ""], ["城市", "27.3", "28.3"], ["农村", "104.8", "109.6"],
            ["平均保障标准（元/人·月）", "", ""], ["城市", "742", "704"]]
    text = "表3 2022年全省城乡低保主要指标\n" + "\n".join(sep.join(r) for r in rows)
    table = next(t for t in find_tables(text) if t.kind == "indicator")
    assert [c.text for c in table.header] == rows[0]
    assert [(r.reason, r.parent) for r in table.rows] == [
        ("label row", ""), ("", "低保对象(万人)"), ("", "低保对象(万人)"), ("label row", ""), ("", "平均保障标准(元/人·月)")]
    figures = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2022, None, None)).figures
    got = figures[["value", "unit", "year", "indicator_id"]].astype("string").values.tolist()
    assert got == [["27.3", "万人", "2022", "dibao_recipients_urban"], ["28.3", "万人", "2021", "dibao_recipients_urban"],
                   ["104.8", "万人", "2022", "dibao_recipients_rural"], ["109.6", "万人", "2021", "dibao_recipients_rural"],
                   ["742", "元/人·月", "2022", "unmapped"], ["704", "元/人·月", "2021", "unmapped"]]


def test_a_bar_that_opens_a_line_it_does_not_close_leaves_an_empty_first_cell():
    """A plan's sub-row prints no number: `` | 其中：城镇人口（万人） | 148.9 | …`` has an empty first cell, so its
    values stay under their years; a bar that opens and closes every line is a border."""
    rows = ["序号 | 主要项目和指标 | 2020年 | 2025年", "1 | 常住人口（万人） | 286.4 | 290", " | 其中：城镇人口（万人） | 148.9 | 168",
            "2 | 常住人口城镇化率（%） | 52 | 58"]
    table = next(t for t in find_tables("表1 主要指标\n" + "\n".join(rows)) if t.kind == "indicator")
    assert [(r.status, [c.text if c else None for c in r.cells]) for r in table.rows] == [
        ("parsed", ["1", "常住人口(万人)", "286.4", "290"]), ("parsed", ["", "其中:城镇人口(万人)", "148.9", "168"]),
        ("parsed", ["2", "常住人口城镇化率(%)", "52", "58"])]
    bordered = next(t for t in find_tables("表1 主要指标\n" + "\n".join(f"| {r.strip(' |')} |" for r in rows))
                    if t.kind == "indicator")
    assert [c.text for c in bordered.header] == ["序号", "主要项目和指标", "2020年", "2025年"]
    assert [c.text if c else None for c in bordered.rows[0].cells] == ["1", "常住人口(万人)", "286.4", "290"]


def test_a_report_form_one_cell_a_line_under_its_line_of_keys_and_a_column_of_months():
    """A report form printed one cell a line: under its line of keys and values (填报单位：… 报送日期：…), the
    header's names one a line, a unit column, and a column of a range of months (1—9月累计), which is a column's
    name and not a table's number and title (as 20-2 社会救济情况 is)."""
    from mzlib.extract.tables import _TABLE_TITLE

    lines = ["沣州市民政统计季报", "（2023年第三季度）", "填报单位：沣州市民政局      报送日期：2023年10月16日", "指标名称",
             "计量单位", "1—9月累计", "城市最低生活保障对象", "户", "8,215", "城市最低生活保障资金支出", "万元", "5,362.7"]
    (table,) = [t for t in find_tables("\n".join(lines)) if t.kind == "indicator"]
    assert [c.text for c in table.header] == ["指标名称", "计量单位", "1-9月累计"]
    assert [[c.text for c in r.cells] for r in table.rows] == [lines[6:9], lines[9:12]]
    assert not _TABLE_TITLE.match("1-9月累计") and not _TABLE_TITLE.match("0-14岁人口")
    assert _TABLE_TITLE.match("20-2 社会救济情况") and _TABLE_TITLE.match("表5-2 各地区人口年龄构成")


NUMBERED_CELLS = ["“十四五”时期梧岭市民政事业主要发展指标", "序号", "主要指标", "2020年", "2025年", "年均增长(%)", "是否 完成",
            "1", "常住老年人口(万人)", "28.4", "33", "3.1", "已完成",
            "—", "其中：80岁及以上(万人)", "4.9", "6.2", "4.8", "已完成",
            "2", "养老床位数(张)", "5200", "6400", "4", "未完成",
            "3", "注册志愿者占居民人口比例(%)", "9.91", "13", "5.6", "未完成",
            "4", "城乡低保标准年度增速", "—", "不低于居民上年度人均消费支出增速", "—", "已完成",
            "5", "社区日间照料机构覆盖率(%)", "85", "90", "1.2", "未完成",
            "注：带[ ]的为累计数。"]


def test_a_header_one_cell_a_line_under_its_row_numbers_ends_where_row_one_begins():
    """One cell a line under ``序号``: the header is every cell before row 1, when row 2 starts a whole number
    of the header's widths later (是否 完成 is no name the readers know); a sub-row that prints its number
    empty (—) is a row of the one above it; a label led by 注 (注册志愿者) is no note, and a target in words
    stands under a value column of a row held between its number and the next. The note ends the table."""
    text = "\n".join(NUMBERED_CELLS)
    table = next(t for t in find_tables(text) if t.kind == "indicator")
    assert table.layout == "cell_per_line"
    assert [text[c.start:c.end] for c in table.header] == NUMBERED_CELLS[1:7]
    rows = NUMBERED_CELLS[7:-1]
    assert [[text[c.start:c.end] for c in r.cells] for r in table.rows] == [rows[k:k + 6] for k in range(0, len(rows), 6)]
    assert [(r.status, r.parent) for r in table.rows] == [("parsed", "")] + [("parsed", "常住老年人口(万人)")] \
        + [("parsed", "")] * 4


@pytest.mark.parametrize("change", ["row 2 one cell early", "a value in the header"])
def test_row_numbers_out_of_step_with_the_header_give_no_header_by_row_numbers(change):
    """The header by row numbers holds only where the rows confirm it: row 2 one cell short of a whole row
    after row 1, or a value among the cells before row 1, and the cells are not read as that table."""
    lines = list(NUMBERED_CELLS)
    if change == "row 2 one cell early":
        lines.remove("5200")
    else:
        lines[5] = "3.5"
    tables = [t for t in find_tables("\n".join(lines)) if t.kind == "indicator"]
    assert not any(len(t.header) == 6 and t.rows and all(r.status == "parsed" for r in t.rows) for t in tables)


def test_a_value_equal_to_the_next_row_number_does_not_start_that_row():
    """A growth of 7 before row 7: the next row starts a whole row after the last, not at the first 7."""
    lines = ["序号", "主要指标", "2005年", "2010年", "年均增长(%)",
             "1", "农村居民人均纯收入(元)", "2650", "3720", "2",
             "2", "城镇基本养老保险参保人数(万人)", "320", "450", "[130]"]
    table = next(t for t in find_tables("\n".join(lines)) if t.kind == "indicator")
    assert [cells(r) for r in table.rows] == [lines[5:10], lines[10:15]]
    assert all(r.status == "parsed" for r in table.rows)


FORM_CELLS = ["梧岭市民政统计季报", "指标名称", "单位", "代码", "数量", "上年数据", "同比", "甲", "乙", "丙", "1", "2", "3",
              "一、综合", "—", "JZH011000000", "—", "—", "—",
              "(一)乡级行政区划", "个", "JZH011110000", "77", "77", "0",
              "1.镇", "个", "JZH011111000", "43", "41", "4.9"]


def test_a_report_form_one_cell_a_line_is_read_by_its_line_of_column_numbers():
    """A report form copied one cell a line: its header is every cell before ``甲``, when as many cells from
    ``甲`` on number its columns (甲 乙 丙 1 2 3); its rows follow the column numbers. With a column number
    missing, nothing says where the header ends, and no table of those columns is read."""
    text = "\n".join(FORM_CELLS)
    table = next(t for t in find_tables(text) if t.kind == "indicator")
    assert [c.text for c in table.header] == FORM_CELLS[1:7]
    assert [[text[c.start:c.end] for c in r.cells] for r in table.rows] == \
        [FORM_CELLS[13:19], FORM_CELLS[19:25], FORM_CELLS[25:31]]
    broken = "\n".join(FORM_CELLS[:12] + FORM_CELLS[13:])  # 甲 乙 丙 1 2: five numbers over six columns
    assert not any(len(t.header) == 6 for t in find_tables(broken))


@pytest.mark.parametrize("names, read", [(["指 标", "单 位", "数 量"], True), (["指 标", "数 量"], False)])
def test_a_table_one_cell_a_line_with_one_value_column_needs_its_unit_column(names, read):
    """A monthly report's three columns (指标 / 单位 / 数量), one cell a line: one column of values beside a
    column of units is a table; one column of values alone is not told from a list of words and numbers."""
    body = [["城市居民最低生活保障人数", "万人", "2242.3"], ["城市居民最低生活保障户数", "万户", "1036.5"],
            ["累计接收军队离退休干部", "人", "1008"]]
    rows = [r if "单 位" in names else [r[0], r[2]] for r in body]
    text = "\n".join(["2007年2月份民政事业统计月报"] + names + [c for r in rows for c in r])
    got = [[cells(r) for r in t.rows] for t in find_tables(text) if t.layout == "cell_per_line"]
    assert (got == [rows]) == read


VALUE_NUMBERED_CELLS = ["梧岭市社会服务统计月报表", "编制单位:梧岭市民政局 2021年7月", "指标名称", "单位", "数量", "上期", "环比",
                        "1", "2", "3",
                        "社会服务事业费总支出", "万元", "4,069.1", "3,458.9", "17.64",
                        "城市低保人数", "人", "7,561", "7,591", "-0.40",
                        "当月新增城市低保人数", "人", "55", "—", "—"]


def test_a_report_form_one_cell_a_line_may_number_only_its_columns_of_values():
    """A report form's column numbers may count only its columns of values (数量 / 上期 / 环比 over 1 2 3):
    the header is every cell before ``1`` when the numbers count exactly its columns of values; the line of
    the body that compiled the form (``编制单位:``) declares no unit. One number too few, and no table is read."""
    text = "\n".join(VALUE_NUMBERED_CELLS)
    table = next(t for t in find_tables(text) if t.layout == "cell_per_line")
    assert [c.text for c in table.header] == VALUE_NUMBERED_CELLS[2:7]
    assert [[text[c.start:c.end] for c in r.cells] for r in table.rows] == \
        [VALUE_NUMBERED_CELLS[k:k + 5] for k in (10, 15, 20)]
    assert table.unit == "" and all(r.unit == "" for r in table.rows)
    short = "\n".join(VALUE_NUMBERED_CELLS[:9] + VALUE_NUMBERED_CELLS[10:])  # 1 2 over three columns of values
    assert not any(t.layout == "cell_per_line" for t in find_tables(short))


@pytest.mark.parametrize("line, unit", [("编制单位:梧岭市民政局", None), ("填报单位：梧岭县", None), ("单位:万元", "万元"),
                                        ("金额单位：万元", "万元"), ("计量单位:个", "个")])
def test_a_unit_is_declared_by_unit_not_by_the_body_that_compiled_the_form(line, unit):
    """``单位：`` declares a unit alone or after 计量 / 金额 / 货币; after another word (编制单位, 填报单位) it names an office."""
    m = _DECLARED_UNIT.search(line)
    assert (m and m.group("unit")) == unit


REMARK_CELLS = ["序号", "指标", "2020年", "2025年", "完成情况",
                "1", "养老机构护理型床位占比", "48%", "≥55%", "受疫情影响，进度滞后。",
                "2", "救助管理设施覆盖率", "0", "100%", "目前不具备建设条件。",
                "(二)重点任务推进情况。"]


def test_a_remark_in_a_cell_one_cell_a_line_is_a_cell_not_the_end_of_the_table():
    """A short sentence on a line of its own (``目前不具备建设条件。``) is a remark in a row's cell, in any row;
    the rows end where the next row number is missing, and a note (``注：``) ends the cells."""
    text = "\n".join(REMARK_CELLS)
    table = next(t for t in find_tables(text) if t.layout == "cell_per_line")
    assert [[text[c.start:c.end] for c in r.cells] for r in table.rows] == [REMARK_CELLS[5:10], REMARK_CELLS[10:15]]
    noted = "\n".join(REMARK_CELLS[:10] + ["注：2020年为基期值"] + REMARK_CELLS[10:])
    table = next(t for t in find_tables(noted) if t.layout == "cell_per_line")
    assert [[noted[c.start:c.end] for c in r.cells] for r in table.rows] == [REMARK_CELLS[5:10]]


STACKED_CELLS = ["表 3  2022 年全省城乡低保主要指标", "指标", "2022 年", "2021 年",
                 "低保对象（万人）", "—", "—",
                 "城市 / 农村", "27.3 / 104.8", "28.3 / 109.6",
                 "平均保障标准（元/人·月）", "—", "—",
                 "城市 / 农村", "742 / 519.7", "704 / 480.7",
                 "注：农村低保平均保障标准按年标准除以 12 折算。"]


def test_a_bulletin_table_one_cell_a_line_with_label_rows_and_stacked_values():
    """A bulletin's table copied one cell a line: a year printed apart from 年 (``2022 年``) names a column;
    a cell of values stacked with ``/`` is a value; a row whose values are all empty and whose label prints a
    unit in brackets (``低保对象（万人）``) heads the rows below it, until the next such row."""
    text = "\n".join(STACKED_CELLS)
    table = next(t for t in find_tables(text) if t.layout == "cell_per_line")
    assert [c.text for c in table.header] == STACKED_CELLS[1:4]
    assert [[text[c.start:c.end] for c in r.cells] for r in table.rows] == \
        [STACKED_CELLS[k:k + 3] for k in (4, 7, 10, 13)]
    assert [r.parent for r in table.rows] == ["", "低保对象(万人)", "", "平均保障标准(元/人·月)"]  # from the normalised text


def test_values_stacked_in_a_cell_are_split_only_when_every_piece_is_a_number():
    assert stacked_spans("27.3 / 104.8") == [(0, 4), (7, 12)]
    assert stacked_spans("742/519.7/—") == [(0, 3), (4, 9), (10, 11)]
    assert stacked_spans("城市 / 农村") == [(0, 7)]


COUNTY_NAMES = ["地区"] + [f"{k}月{name}" for k in range(1, 7) for name in ("低保人数(人)", "资金支出(万元)")]
COUNTY_CELLS = ["梧岭市2023年上半年城乡低保情况"] + COUNTY_NAMES \
    + ["梧岭市"] + [str(100 + k) for k in range(12)] \
    + ["东城区"] + [str(200 + k) for k in range(12)] \
    + ["西城区"] + ["—"] + [str(300 + k) for k in range(11)] \
    + ["合计数据来源于市民政局。"]


@pytest.mark.parametrize("rows", [3, 2, 1])
def test_a_table_one_cell_a_line_is_read_by_the_shape_of_its_rows(rows):
    """A table one cell a line whose 13 columns have names of its own (``1月低保人数(人)``): its header is every
    cell before the last word ahead of the first value, when that word and the row after it each hold a label
    and then a value (a number or ``—``) under every other column. One row alone confirms no width."""
    cut = COUNTY_CELLS[:1 + 13 * (rows + 1)]
    text = "\n".join(cut)
    tables = [t for t in find_tables(text) if t.layout == "cell_per_line"]
    if rows == 1:
        assert tables == []
        return
    assert [c.text for c in tables[0].header] == COUNTY_NAMES
    assert [[text[c.start:c.end] for c in r.cells] for r in tables[0].rows] == \
        [cut[1 + 13 * k:1 + 13 * (k + 1)] for k in range(1, rows + 1)]


def test_a_plan_column_one_cell_a_line_beside_its_attribute_and_an_indented_header():
    """``指 标`` / ``2025 年`` / ``属 性``, the first cell indented as a PDF's copy prints it: one column of
    targets beside a column of attributes is a table."""
    cells_ = ["1.残疾人家庭人均收入年均增长(%)", ">7.5", "预期性", "2.城乡残疾人职业技能培训人数(万人)", ">4", "预期性"]
    text = "专栏 1 主要指标\n" + " " * 42 + "指 标\n2025 年\n属 性\n" + "\n".join(cells_)
    table = next(t for t in find_tables(text) if t.layout == "cell_per_line")
    assert [c.text for c in table.header] == ["指 标", "2025 年", "属 性"]
    assert [[text[c.start:c.end] for c in r.cells] for r in table.rows] == [cells_[:3], cells_[3:]]


def test_a_sub_row_one_cell_a_line_without_numbers_is_a_part_of_the_row_above():
    """``其中：城镇`` under ``常住人口`` (no 序号 column): its parent is the last row that is no sub-row."""
    cells_ = ["指标", "年末数（万人）", "比重（%）", "常住人口", "586.9", "100.0", "其中：城镇", "381.6", "65.02",
              "乡村", "205.3", "34.98"]
    table = next(t for t in find_tables("\n".join(cells_)) if t.layout == "cell_per_line")
    assert [r.parent for r in table.rows] == ["", "常住人口", ""]


GOODS_CELLS = ["表15  2023年城乡居民每百户主要耐用消费品拥有量", "品名", "单位", "城镇居民", "梧岭区", "农村居民",
               "洗 衣 机", "台", "99", "96", "86",
               "摩 托 车", "辆", "61", "38", "87",
               "移动电话", "部", "153", "166", "119"]


def test_a_table_one_cell_a_line_under_names_of_its_own_with_a_column_of_units():
    """No name a column is printed with opens it (``品名``): the rows' shape tells the header (a label and its
    unit, then a value under every other column), and a counting word (``台``, ``辆``, ``部``) is a unit."""
    text = "\n".join(GOODS_CELLS)
    table = next(t for t in find_tables(text) if t.layout == "cell_per_line")
    assert [c.text for c in table.header] == GOODS_CELLS[1:6]
    assert [[text[c.start:c.end] for c in r.cells] for r in table.rows] == [GOODS_CELLS[k:k + 5] for k in (6, 11, 16)]


@pytest.mark.parametrize("cells_, read", [
    (["单位:万人", "年末数", "比重(%)", "全市总人口", "412.6", "100.0", "乡村", "154.3", "37.4", "城镇", "258.3", "62.6"], False),
    (["年末床位", "收养人数", "利用率", "设施", "2022", "2023", "增长", "2022", "2023", "全国", "257.6", "286.1"], False),
    (["年末床位", "收养人数", "利用率", "全国", "257.6", "286.1", "城市", "200.0", "221.9", "农村", "57.6", "64.2"], True)])
def test_a_header_read_by_the_shape_of_its_rows_names_no_unit_line_and_no_years(cells_, read):
    """A unit declared (``单位:万人``) names no column, and a row of years (``2022 2023``) is a header's, not
    values that confirm one."""
    text = "\n".join(cells_)
    got = [t for t in find_tables(text) if t.layout == "cell_per_line" and t.header[0].text == cells_[0]]
    assert bool(got) == read


@pytest.mark.parametrize("layout", ["pipes", "tabs", "cells"])
def test_a_unit_line_gives_a_rate_per_head_of_things_counted_whole_its_row_s_unit(layout):
    """``单位:万张、张`` over 床位数 and 每千人口床位数, in any layout: one unit a row, although beds are counted whole,
    since a count per thousand people is a fraction of them. Without 每千人口 the row of fractions fits no count of
    beds, and the list names no row's unit."""
    from mzlib.extract.figures import Document, extract_document

    for label, units in [("每千人口床位数", ["万张", "万张", "张", "张"]), ("养老床位数", ["", "", "", ""])]:
        rows = [["指标", "2012", "2013"], ["床位数", "449.3", "526.7"], [label, "3.32", "3.87"]]
        body = {"pipes": lambda: "\n".join(" | ".join(r) for r in rows),
                "tabs": lambda: "\n".join("\t".join(r) for r in rows),
                "cells": lambda: "\n".join(c for r in rows for c in r)}[layout]()
        text = f"表3 社会服务机构床位\n单位:万张、张\n\n{body}\n"
        f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2013, None, None)).figures
        assert f.loc[f["method"] == "table", "unit"].tolist() == units, label


@pytest.mark.parametrize("sep, end", [(" | ", " | "), ("\t", "\t")])
def test_a_row_whose_last_cells_are_empty_keeps_them_under_its_header(sep, end):
    """A report form's row with nothing under 环比 and 上月 ends in its separators (``3,101 | 3,101 |  | ``,
    ``3,101\\t3,101\\t\\t``): the empty cells are the row's, so its values stay under their columns."""
    header = ["指标名称", "单位", "代码", "数量", "上季度", "环比", "上月"]
    rows = [["(一)乡级行政区划", "个", "JZH011110000", "3,101", "3,101", "", ""],
            ["(二)民政事业费累计支出", "万元", "JZH011310000", "1,750,824.6", "1,142,713.9", "53.22", ""]]
    body = [sep.join(header)] + [sep.join(r[:-1]) + end for r in rows]
    if sep == "\t":
        body[1:] = [sep.join(r) for r in rows]
    text = "民政统计季报表\n" + "\n".join(body) + "\n"
    table = next(t for t in find_tables(text) if t.kind == "indicator")
    assert [c.text for c in table.header] == header
    assert [(r.status, [c.text.strip() for c in r.cells]) for r in table.rows] == [("parsed", r) for r in rows]


@pytest.mark.parametrize("sep", ["    ", " | ", "\t", "\n|\n"])
def test_a_label_row_with_its_values_struck_out_heads_the_rows_below_it(sep):
    """``低保对象（万人）  —  —`` with no indentation under it: a label row with a unit in brackets whose values are
    all dashes heads the rows below it (``城市 / 农村``) until the next such row, in any layout of rows, one cell a
    line between bars (each row ended by ``||``) too."""
    rows = [["指标", "2022 年", "2021 年"], ["低保对象（万人）", "—", "—"], ["城市 / 农村", "27.3 / 104.8", "28.3 / 109.6"],
            ["平均保障标准（元/人·月）", "—", "—"], ["城市 / 农村", "742 / 519.7", "704 / 480.7"]]
    end = "\n||" if sep == "\n|\n" else ""
    text = "表3  2022 年全省城乡低保主要指标\n" + "\n".join(sep.join(r) + end for r in rows) + "\n"
    table = next(t for t in find_tables(text) if t.kind == "indicator")
    assert [(r.status, r.parent) for r in table.rows] == [("parsed", ""), ("parsed", "低保对象(万人)"), ("parsed", ""),
                                                          ("parsed", "平均保障标准(元/人·月)")]


def test_a_year_column_table_reads_values_printed_with_their_units_and_not_an_age_that_names_a_row():
    """Values under 2005年 and 2010年 printed with their units (``131.5万人``, ``40%以上``) are values; ``65岁以上``
    at the end of a label is the label's, not a value."""
    rows = [("1.社会养老保险参保人数", "131.5万人", "236万人"), ("2.老年体育人口比例", "40%", "40%以上"),
            ("3.人口 65岁以上", "12.1%", "14.3%")]
    text = "“十一五”主要指标完成情况\n\n指 标 名 称                        2005年        2010年\n" + \
        "\n".join(f"{a:<30}{b:<14}{c}" for a, b, c in rows) + "\n\n(二)形势\n"
    table = next(t for t in find_tables(text) if t.kind == "indicator")
    assert table.layout == "year_columns"
    assert [tuple(c.text for c in r.cells) for r in table.rows] == rows


@pytest.mark.parametrize("name", tables._COLUMN_WORDS + tables._STAGE_WORDS + ("2020年", "1995年"))
def test_every_column_name_passes_the_gate_of_one_cell_a_line_headers(name):
    """The cheap scan for headers printed one cell a line (:data:`tables._COLUMN_NAME_START`) finds a line of
    three column names whatever name it starts with; a line of prose it does not."""
    text = "说明如下。\n" + f"{name} 指标 单位\n" + "全市养老床位增加。\n"
    assert tables._lines_starting(text, tables._COLUMN_NAME_START) == [1]
    assert tables._COLUMN_NAME.match(name.replace(" ", ""))


def test_a_space_aligned_row_whose_last_cell_is_a_sentence_is_a_row():
    """A plan's review table aligned with spaces whose last column (是否完成) holds a remark with a full stop
    (``目前不具备建设条件。``): the row is the table's; a line with a full stop before its last cell is prose."""
    rows = [["序号", "主要指标", "2023年完成值", "2025年目标值", "是否完成"],
            ["1", "农村社区综合服务设施覆盖率", "100%", "100%", "已完成"],
            ["2", "节地生态安葬率", "15%", "95%", "未完成"],
            ["3", "救助管理设施体系全覆盖", "0", "100%", "目前不具备建设条件。"]]
    text = "表1  主要指标完成情况\n" + "\n".join("    ".join(r) for r in rows) + \
        "\n截至目前，全市已完成11项。    其余2项正在推进\n"
    table = next(t for t in find_tables(text) if t.kind == "indicator")
    assert table.layout == "space_aligned"
    assert shape(table) == (rows[0], [("parsed", "", r) for r in rows[1:]])


TARGET_CELLS = ["考核指标", "计量单位", "工作目标", "已完成数", "完成比例",
                "新增养老床位", "张", "敬老院新增床位300张", "320", "107%",
                "新增养老床位", "张", "福利院新增床位50张", "50", "100%",
                "改扩建乡镇敬老院", "所", "改扩建乡镇敬老院6所", "6所", "100%",
                "城市低保月人均保障标准", "元", "不低于330元", "332.5", "100.76%",
                "下一步，我们将继续推进民生实事。"]


def test_a_target_written_out_one_cell_a_line_is_the_cell_of_its_column_the_rows_shape_tells():
    """A completion table one cell a line whose 工作目标 holds the target in words (``敬老院新增床位300张``): the rows'
    shape (three words, then values) tells the header, and the words under 工作目标 are that column's cells in every
    row, as they are between bars; its figure is read from them. The sentence after the last row is no row."""
    from mzlib.extract.figures import Document, extract_document

    text = "2015年民生实事完成情况\n" + "\n".join(TARGET_CELLS) + "\n"
    table = next(t for t in find_tables(text) if t.layout == "cell_per_line")
    assert shape(table) == (TARGET_CELLS[:5], [("parsed", "", TARGET_CELLS[k:k + 5]) for k in (5, 10, 15, 20)])
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2015, None, None)).figures
    f = f[f["method"] == "table"]
    assert f[f["kind"] == "target"][["value", "unit"]].values.tolist() == [["300", "张"], ["50", "张"], ["6", "所"]]


WEIGHT_CELLS = ["监测指标", "单位", "权重", "目标值",
                "1.贫困残疾人生活补助比例", "%", "4", "≥50",
                "2.重度残疾人护理补贴比例", "%", "4", "≥30",
                "3.城镇新增残疾人就业人数", "万人", "5", "≥0.1"]


def test_a_weight_column_one_cell_a_line_holds_numbers_that_are_no_figures():
    """An evaluation table one cell a line with a 权重 column: its scores are numbers, as a label or a unit is not,
    and the rows are read whole; only the targets are figures."""
    from mzlib.extract.figures import Document, extract_document

    text = "“十二五”残疾人事业发展监测指标\n" + "\n".join(WEIGHT_CELLS) + "\n"
    table = next(t for t in find_tables(text) if t.layout == "cell_per_line")
    assert shape(table) == (WEIGHT_CELLS[:4], [("parsed", "", WEIGHT_CELLS[k:k + 4]) for k in (4, 8, 12)])
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2015, None, None)).figures
    f = f[f["method"] == "table"]
    assert f[["value", "unit", "kind"]].values.tolist() == [["50", "%", "target"], ["30", "%", "target"],
                                                          ["0.1", "万人", "target"]]


def test_a_label_column_named_again_in_the_line_under_its_groups_heads_the_rows_as_once():
    """The same web page's table copied with its merged label cell printed in each header line it spans (``地区`` over
    ``地区``): the line below names the label column again, then every value column; the header is the same."""
    lines = SPANNED.split("\n")
    copied = "\n".join([lines[0], "地区 | " + lines[1].removesuffix(" | |")] + [r.removesuffix(" |") for r in lines[2:]])
    (table,) = find_tables(copied)
    assert shape(table) == SPANNED_SHAPE
    # a label column named again under groups that do not divide the columns evenly: nothing is guessed
    (table,) = find_tables(copied.replace("临时救助 | ||||", "临时救助 | 特困 | |||"))
    assert [c.text for c in table.header][:2] != ["地区", "城市低保 对象人数(人)"]


GOAL_SENTENCES = "\n".join([
    "岚江市民政局2021年度目标任务",
    "考核项目 | 目标任务 | 备注 |",
    "养老服务 | 1.完善居家养老服务政策。 2.建设街道居家养老服务中心12家,新增养老机构床位800张。 | |",
    "社会救助 | 按不低于城镇居民人均消费支出的30%调整低保标准,确保低保标准达到每人每月900元以上。 | |",
    "社区建设 | 打造社区示范点5个,农村社区示范点20个。 | |"])


def test_a_cell_of_sentences_in_a_goal_column_is_read_as_prose_and_its_figures_are_goals():
    """A goal table whose cells are sentences (``建设…中心12家,新增…床位800张。``): the row is no row of values but
    prose, read as text; each figure keeps the subject its sentence names, is a goal of the column 目标任务 unless its own
    words say otherwise (a money floor is a standard), and the list numbers (``1.``, ``2.``) are no figures."""
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", GOAL_SENTENCES + "\n", "岚江市", "Lanjiang", 2021, None, None)).figures
    assert f[["value", "unit", "kind", "method"]].values.tolist() == [
        ["12", "家", "target", "unparsed_row"], ["800", "张", "target", "unparsed_row"],
        ["30", "%", "target", "unparsed_row"], ["900", "元", "standard", "unparsed_row"],
        ["5", "个", "target", "unparsed_row"], ["20", "个", "target", "unparsed_row"]]
    assert list(f["indicator_zh"][:2]) == ["建设街道居家养老服务中心", "新增养老机构床位"]


def test_a_cell_of_one_goal_phrase_or_of_words_is_still_a_cell_of_its_table():
    """Cells that are one goal phrase (``敬老院新增床位300张``) or words with no number (``明显改善``) are no sentences:
    the rows stay rows of the table, as before."""
    from mzlib.extract.figures import Document, extract_document

    text = "\n".join(["岚江市民政局2021年度目标任务", "考核项目 | 目标任务 | 完成情况 |",
                      "养老服务 | 敬老院新增床位300张 | 已完成 |", "社区建设 | 服务能力明显改善 | 已完成 |"]) + "\n"
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2021, None, None)).figures
    assert f[["value", "kind", "method"]].values.tolist() == [["300", "target", "table"],
                                                            ["服务能力明显改善", "target", "table"]]


# A census table by age under a header the text lost (its sub-heads not printed): rows of an age, a band of ages
# or an open one and the same number of values, single-spaced, read as rows of a label and values.
AGE_ROWS = "\n".join([
    "表5 分年龄、性别的人口", "单位:人", "",
    "0-4岁 13077 6977 6100 4.47", "0岁 2632 1396 1236 0.90", "1岁 2399 1283 1116 0.82",
    "85岁及以上 1021 402 619 0.35"])


def test_rows_named_by_an_age_are_rows_of_a_table_under_a_header_that_is_lost():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(AGE_ROWS)
    assert (table.layout, [[c.text for c in r.cells] for r in table.rows]) == ("label_rows", [
        ["0-4岁", "13077", "6977", "6100", "4.47"], ["0岁", "2632", "1396", "1236", "0.90"],
        ["1岁", "2399", "1283", "1116", "0.82"], ["85岁及以上", "1021", "402", "619", "0.35"]])
    rows = extract_document(Document("t.txt", AGE_ROWS, "岚江市", "Lanjiang", 2020, None, None)).figures
    assert "岁" not in set(rows["unit"]) and len(rows) == 16  # the ages name rows: no figure of an age
    # two such lines are no run of rows
    assert find_tables("\n".join(AGE_ROWS.split("\n")[:5])) == []


SEX_BY_PLACE = "\n".join([
    "表3-1 各乡镇人口性别构成",
    "",
    "地 区 占常住人口比重(%) 性别比",
    "城关镇 48.30 51.70 93.42",
    "东坝镇 51.64 48.36 106.78",
    "南山乡 52.41 47.59 110.13",
    ""])


def test_a_header_that_names_the_column_of_labels_and_too_few_columns_leaves_the_columns_unnamed():
    """``地 区`` over the places, then one name over two columns (its line of 男 / 女 lost) and one over the
    last: the words cannot be placed, so the values are read under unnamed columns, each row a place; a name
    over the wrong column (比重 over the sex ratio) or the place column named as one of values is worse."""
    (table,) = find_tables(SEX_BY_PLACE)
    assert (table.layout, table.title) == ("counted_header", "表3-1 各乡镇人口性别构成")
    assert shape(table) == (["地区", "", "", ""], [
        ("parsed", "", ["城关镇", "48.30", "51.70", "93.42"]),
        ("parsed", "", ["东坝镇", "51.64", "48.36", "106.78"]),
        ("parsed", "", ["南山乡", "52.41", "47.59", "110.13"])])


@pytest.mark.parametrize("header, names", [
    ("地 区 男(%) 女(%) 性别比", ["", "男(%)", "女(%)", "性别比"]),  # the words count the columns: each names its own
    ("地区 男 女 性别比", ["", "男", "女", "性别比"]),  # a sex is a column's name of one character
])
def test_a_header_that_names_the_column_of_labels_and_every_column_names_each(header, names):
    (table,) = find_tables(SEX_BY_PLACE.replace("地 区 占常住人口比重(%) 性别比", header))
    assert table.layout == "counted_header" and [c.text for c in table.header] == names


def test_a_row_label_s_long_translation_does_not_end_a_table_of_counted_words():
    """A row's Chinese label is at most 40 characters; its English translation may be longer."""
    long = "西平市 Xiping City of the Western Plain and its Surrounding Counties"
    (table,) = find_tables(COUNTED_HEADER.replace("西平市 Xiping", long))
    assert table.layout == "counted_header"
    assert [r.cells[0].text for r in table.rows] == ["全省合计", "东 山 市", "西平市", "南 岭 市"]


# The census table again, as a yearbook prints it: a blank line between its bands of ages, its total on a line of
# values alone under the header's last words, and a unit line that names the counts' and the shares' units.
AGE_BANDS = "\n".join([
    "表5 分年龄、性别的人口", "单位:人,%", "合计 小计", "",
    "   26010 13077 12933 100.00", "",
    "0-4岁 1307 697 610 5.03", "0岁 263 139 124 1.01", "1岁 239 128 111 0.92", "",
    "5-9岁 1513 801 712 5.82", "5岁 294 156 138 1.13", "6岁 301 160 141 1.16"])


def test_a_blank_line_between_bands_of_rows_and_above_the_total_is_no_table_s_end():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(AGE_BANDS)
    assert (table.layout, table.title, table.unit) == ("label_rows", "表5 分年龄、性别的人口", "人、%")
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["合计 小计", "26010", "13077", "12933", "100.00"], ["0-4岁", "1307", "697", "610", "5.03"],
        ["0岁", "263", "139", "124", "1.01"], ["1岁", "239", "128", "111", "0.92"], ["5-9岁", "1513", "801", "712", "5.82"],
        ["5岁", "294", "156", "138", "1.13"], ["6岁", "301", "160", "141", "1.16"]]
    rows = extract_document(Document("t.txt", AGE_BANDS, "岚江市", "Lanjiang", 2020, None, None)).figures
    # the counts are whole persons, the shares at most 100: each column takes the one unit its values fit
    assert rows["unit"].tolist() == ["人", "人", "人", "%"] * 7


@pytest.mark.parametrize("changes", [
    [(" 5.82", ""), (" 1.13", ""), (" 1.16", "")],  # the band after the blank has fewer values: another table
    [("0.92\n\n", "0.92\n\n\n")],  # two blank lines end a table
])
def test_a_blank_line_before_rows_of_another_width_or_a_second_blank_line_ends_the_table(changes):
    text = AGE_BANDS
    for change in changes:
        text = text.replace(*change)
    tables = find_tables(text)
    assert [[r.cells[0].text for r in t.rows] for t in tables] == [["合计 小计", "0-4岁", "0岁", "1岁"],
                                                                  ["5-9岁", "5岁", "6岁"]]


# A yearbook table of one column of values, its text printed column by column: the labels (headings over indented
# rows), a blank line, then the values in the same order; the line alone above the labels names the column.
TRANSPOSED = "\n".join([
    "4-2  户籍人口自然变动(2021年)", "", "户籍人口", "",
    "自然变动人数(人)", "  出生人数", "  死亡人数", "  自然增加人数",
    "自然变动率(‰)", "  出生率", "  死亡率", "  自然增长率", "",
    "5120", "4380", "740", "7.35", "6.29", "1.06", "注:本表为抽样调查推算数。"])


def test_a_table_printed_column_by_column_pairs_its_labels_and_values_in_order():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(TRANSPOSED)
    assert (table.layout, table.title) == ("transposed", "4-2  户籍人口自然变动(2021年)")
    assert shape(table) == (["", ""], [
        ("parsed", "自然变动人数(人)", ["出生人数", "5120"]), ("parsed", "自然变动人数(人)", ["死亡人数", "4380"]),
        ("parsed", "自然变动人数(人)", ["自然增加人数", "740"]), ("parsed", "自然变动率(‰)", ["出生率", "7.35"]),
        ("parsed", "自然变动率(‰)", ["死亡率", "6.29"]), ("parsed", "自然变动率(‰)", ["自然增长率", "1.06"])])
    f = extract_document(Document("t.txt", TRANSPOSED, "岚江市", "Lanjiang", 2021, None, None)).figures
    assert f[["value", "unit", "indicator_id"]].values.tolist() == [
        ["5120", "人", "unmapped"], ["4380", "人", "unmapped"], ["740", "人", "unmapped"],
        ["7.35", "‰", "birth_rate"], ["6.29", "‰", "death_rate"], ["1.06", "‰", "natural_growth_rate"]]


@pytest.mark.parametrize("change", [
    ("\n1.06", ""),  # a value fewer than the rows: which is missing is not printed
    ("  自然增长率\n\n", "  自然增长率\n"),  # no blank line between the labels and the values
    ("\n5120\n4380\n740\n7.35\n6.29\n1.06", "\n5120\n4380"),  # two values are no column
])
def test_labels_and_values_that_do_not_pair_make_no_table_printed_column_by_column(change):
    assert not [t for t in find_tables(TRANSPOSED.replace(*change)) if t.layout == "transposed"]


# ---------------------------------------------------------------- a 序号 header one cell a line, to the first row number
NUMBERED_BARS = ("岚江市民政局2023年重点工作进度表\n序号 |\n指标 |\n单位 |\n{head} |\n数量 |\n"
                 "{n} |\n养老机构 |\n个 |\n养老服务科 |\n26 |\n{m} |\n养老床位 |\n张 |\n养老服务科 |\n3120 |\n")


@pytest.mark.parametrize("first", [1, 15])
def test_a_header_one_cell_a_line_that_opens_with_its_number_column_runs_to_the_first_row_number(first):
    """A web page's table copied one cell a line, each cell closed by ``|``, whose header opens with 序号: its header is
    every cell before the first row's number, also a cell that is no word of a column's name (``经办 科室``,
    ``分管 领导``), and the rows may start at any number (an excerpt of a longer table)."""
    (table,) = find_tables(NUMBERED_BARS.format(head="经办 科室", n=first, m=first + 1))
    assert [c.text for c in table.header] == ["序号", "指标", "单位", "经办 科室", "数量"]
    text = NUMBERED_BARS.format(head="经办 科室", n=first, m=first + 1)
    f = figures(text)
    assert list(zip(f["value"], f["unit"], f["indicator_zh"])) == [
        ("养老服务科", "", "养老机构"), ("26", "个", "养老机构"), ("养老服务科", "", "养老床位"), ("3120", "张", "养老床位")]


def test_a_header_one_cell_a_line_runs_past_the_column_words_only_to_a_row_number():
    """Without row numbers the cells after the column words are a row's (``养老机构 | 个``: a bare unit names no
    column), and the header stays the column words."""
    text = NUMBERED_BARS.format(head="经办 科室", n=1, m=2).replace("1 |\n", "").replace("2 |\n", "")
    (table,) = find_tables(text)
    assert [c.text for c in table.header] == ["序号", "指标", "单位"]


# ---------------------------------------------------------------- the task column of a table of the year's projects
PROJECTS_TABLE = ("岚江区民政局2023年民生实事项目实施进度表\n序号 |\n责任单位 |\n实施内容 |\n协同单位 |\n最新进度(6月30日) |\n"
                  "3 |\n民政局 |\n新增养老床位不少于200张,完成居家适老化改造150户。 |\n财政局 住建局 |\n"
                  "已新增床位120张;适老化改造完成90户。 |\n")


def _kinds_of_numbers(text):
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2023, None, None)).figures
    f = f[f["value_type"] == "number"]
    return list(zip(f["value"], f["kind"]))


def test_the_task_cell_of_a_table_of_the_year_s_projects_states_its_goals():
    """A report on the progress of the year's projects (民生实事项目实施进度表) prints each project's task in a column
    (实施内容, 工作任务) and its progress in another: the task cell's numbers are the project's goals, the progress
    cell's what is done."""
    assert _kinds_of_numbers(PROJECTS_TABLE) == [("200", "target"), ("150", "target"), ("120", "actual"),
                                                 ("90", "actual")]


def test_a_task_column_outside_a_report_on_the_year_s_projects_states_no_goal():
    text = PROJECTS_TABLE.replace("民生实事项目实施进度表", "养老服务工作表")  # no projects named
    assert _kinds_of_numbers(text) == [("200", "target"), ("150", "actual"), ("120", "actual"), ("90", "actual")]


# ---------------------------------------------------------------- a table a page break cut
PAGE_CUT = {
    "space": "\n".join([
        "附表1 “十四五”养老服务主要指标", "",
        "序号  指标名称                      单位    2020年   2025年   属性",
        "1     养老机构床位数                张      5200     6800     预期性",
        "2     护理型床位占比                %       40       55       约束性", "",
        "{mark}", "",
        "3     特殊困难老年人月探访率        %       80       100      约束性",
        "4     每千名老年人口养老床位数      张      32       35       预期性"]),
    "pipe": "\n".join([
        "附表1 “十四五”养老服务主要指标",
        "| 序号 | 指标名称 | 单位 | 2020年 | 2025年 | 属性 |", "|---|---|---|---|---|---|",
        "| 1 | 养老机构床位数 | 张 | 5200 | 6800 | 预期性 |", "| 2 | 护理型床位占比 | % | 40 | 55 | 约束性 |", "",
        "{mark}", "",
        "| 3 | 特殊困难老年人月探访率 | % | 80 | 100 | 约束性 |", "| 4 | 每千名老年人口养老床位数 | 张 | 32 | 35 | 预期性 |"]),
}


@pytest.mark.parametrize("layout", sorted(PAGE_CUT))
@pytest.mark.parametrize("mark", ["— 12 —", "- 12 -", "第 3 页", "续表", "— 12 —\n\n附表1 “十四五”养老服务主要指标\n续表",
                                  "续表\n序号 | 指标名称 | 单位 | 2020年 | 2025年 | 属性"])
def test_a_table_a_page_break_cut_is_one_table_under_its_header(layout, mark):
    """A PDF's page number, a 续表 line, the title or the header printed again between a table's rows: the rows
    after the break are the same table's, read under its header (their years, kinds and units)."""
    from mzlib.extract.figures import Document, extract_document

    text = PAGE_CUT[layout].replace("{mark}", mark)
    (table,) = find_tables(text)
    assert shape(table) == (["序号", "指标名称", "单位", "2020年", "2025年", "属性"], [
        ("parsed", "", ["1", "养老机构床位数", "张", "5200", "6800", "预期性"]),
        ("parsed", "", ["2", "护理型床位占比", "%", "40", "55", "约束性"]),
        ("parsed", "", ["3", "特殊困难老年人月探访率", "%", "80", "100", "约束性"]),
        ("parsed", "", ["4", "每千名老年人口养老床位数", "张", "32", "35", "预期性"])])
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2021, None, None, doc_type="plan")).figures
    assert f[["value", "unit", "year", "kind"]].values.tolist()[4:] == [
        ["80", "%", 2020, "baseline"], ["100", "%", 2025, "target"], ["32", "张", 2020, "baseline"],
        ["35", "张", 2025, "target"]]


@pytest.mark.parametrize("layout", sorted(PAGE_CUT))
@pytest.mark.parametrize("mark", ["12", "养老服务体系建设取得积极进展。", "附表2 “十四五”社会救助主要指标"])
def test_rows_after_a_line_that_is_no_page_break_are_no_rows_of_the_table_above(layout, mark):
    """A bare number may be a value, a sentence or another table's title ends the table."""
    assert len(find_tables(PAGE_CUT[layout].replace("{mark}", mark))) == 2


def test_rows_of_another_width_after_a_page_break_are_another_table():
    text = PAGE_CUT["pipe"].replace("{mark}", "— 12 —").replace(" 约束性 |\n| 4", " 约束性 | 备注 |\n| 4")
    assert len(find_tables(text.replace("| 35 | 预期性 |", "| 35 | 预期性 | 备注 |"))) == 2


# A bilingual yearbook page whose header is wrapped over lines of Chinese and English: read as a stream of words, the
# header would take the first part's label (#城市发展区) and its English for a row's; read as rows of a label and values
# (the total labelled in English, a label wrapped over lines above its values), every value is placed.
BILINGUAL_WRAPPED = "\n".join([
    "表7  续表1  CONTINUED-1", "    Region 社会福利", "院 数 床 位", "Social Welfare", "Homes (unit)", "Beds (bed)",
    "  Total 612 20480 318 2075",
    "#城市发展区  Urban Development", " Area", "140 6125 96 812",
    "    生态涵养区     Ecological Area", "472 14355 222 1263",
    " 东城区  Dongcheng District 12 960 41 230", " 西岭区  Xiling District 9 455 30 118",
    " 南湖区  Nanhu District 15 1210 25 464"])


def test_of_two_readings_of_the_same_lines_the_one_that_places_more_values_is_the_table():
    """(Where both place as many, the stream's reading stays: ``ENGLISH_HEAD`` keeps its English column names.)"""
    (table,) = find_tables(BILINGUAL_WRAPPED)
    assert table.layout == "label_rows"
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["Total", "612", "20480", "318", "2075"], ["#城市发展区", "140", "6125", "96", "812"],
        ["生态涵养区", "472", "14355", "222", "1263"], ["东城区", "12", "960", "41", "230"],
        ["西岭区", "9", "455", "30", "118"], ["南湖区", "15", "1210", "25", "464"]]


# ---------------------------------------------------------------- a | table's header row wrapped onto a second line
WRAPPED_HEADER = ("岚江区2023年1-6月民生实事项目完成情况 | ||||||\n"
                  "序号 | 项目名称 | 责任单位 | 目标任务 | 1-6月 实际完成情况 |\n"
                  "任务完成率 | 备注 | |\n"
                  "1 | 新增养老床位 | 区民政局 | 300张 | 240张 | 80% | ||\n"
                  "2 | 建设老年助餐点 | 区民政局 | 20个 | 25个 | 125% | ||\n"
                  "3 | 实施适老化改造 | 区民政局 | 500户 | 200户 | 40% | 已完成设计,另有150户正在施工。 | |\n")


def test_a_header_row_wrapped_onto_a_second_line_names_the_columns_in_order():
    """A web page's ``|`` table whose header row breaks after a closed cell (``… | 1-6月 实际完成情况 |`` then ``任务完成率 |
    备注 | |``): the two lines' cells together are as wide as the rows, one header in order, not a header merged over
    columns. The office in charge (责任单位) is no value, a blank 备注 is still the row's cell, a remark of sentences
    with a number is read as prose, and the title's months (1-6月) are no figure before 实事…完成情况."""
    (table,) = find_tables(WRAPPED_HEADER)
    assert [c.text for c in table.header] == ["序号", "项目名称", "责任单位", "目标任务", "1-6月 实际完成情况",
                                              "任务完成率", "备注"]
    assert [r.status for r in table.rows] == ["parsed"] * 3
    assert _kinds_of_numbers(WRAPPED_HEADER) == [
        ("300", "target"), ("240", "actual"), ("80", "actual"), ("20", "target"), ("25", "actual"),
        ("125", "actual"), ("500", "target"), ("200", "actual"), ("40", "actual"), ("150", "actual")]


def test_two_header_lines_as_wide_as_the_rows_each_stay_one_header_merged_by_column():
    """Lines that do not add up to the rows' width are two header lines, one above the other (a year over its stage):
    merged column by column as before."""
    text = ("指标 | 2020年 | 2025年 |\n| 基期 | 目标 |\n养老床位(张) | 1000 | 1500 |\n助餐点(个) | 20 | 40 |\n")
    (table,) = find_tables(text)
    assert [c.text for c in table.header] == ["指标", "2020年 基期", "2025年 目标"]


def test_a_remark_without_a_number_keeps_the_row_read_as_cells():
    text = WRAPPED_HEADER.replace("已完成设计,另有150户正在施工。", "正在施工。")
    assert _kinds_of_numbers(text)[6:] == [("500", "target"), ("200", "actual"), ("40", "actual")]


# ---------------------------------------------------------------- a row's name is words, never a number
CENSUS_GROUPS = ("表1-1 各区的户数、人口数和性别比 | ||||||\n"
                 "单位:人,% | ||||||\n"
                 "户 数 | 人 口 数 | 家庭户 | ||||\n"
                 "地 区 别 | 合计 | 家庭户 | 集体户 | 合 计 | 男 | 女 |\n"
                 "合计 | 52000 | 50000 | 2000 | 150000 | 76000 | 74000 |\n"
                 "东城区 | 30000 | 29000 | 1000 | 90000 | 46000 | 44000 |\n"
                 "西岭区 | 22000 | 21000 | 1000 | 60000 | 30000 | 30000 |\n")


def test_a_column_of_values_is_not_the_rows_names_under_a_header_of_group_names():
    """A census table's header of group names (``户 数 | 人 口 数 | 家庭户``) over more columns than it names: no header
    names the label column, and the third column, its name ``家庭户`` no header word, was taken for the rows' names
    though it holds a number in every row. The first column, words in every row (``合计``, ``东城区``), names the rows;
    the third is a column of values."""
    assert [v for v, _ in _kinds_of_numbers(CENSUS_GROUPS)] == [
        "52000", "50000", "2000", "150000", "76000", "74000", "30000", "29000", "1000", "90000", "46000", "44000",
        "22000", "21000", "1000", "60000", "30000", "30000"]


def test_a_column_of_words_stays_the_rows_names_when_the_first_column_is_numbers():
    """The first column a number in every row (a row number) does not name the rows: the column of words stays
    their names and no value is lost."""
    text = ("户 数 | 人 口 数 | 家庭户 | ||\n"
            "1 | 52000 | 东城区 | 150000 |\n"
            "2 | 22000 | 西岭区 | 60000 |\n")
    (table,) = find_tables(text)
    assert [r["role"] for r in tables.table_roles(table)][:3] == ["value", "value", "indicator"]


FOOTNOTED = "\n".join([
    "附表 “十四五”养老服务主要指标", "| 指标 | 单位 | 2020年 | 2025年 | 属性 |", "|---|---|---|---|---|",
    "| 养老机构床位数① | 张 | 5200 | 6800 | 预期性 |", "| 护理型床位占比② | % | 40 | 55* | 约束性 |",
    "| 社区养老服务覆盖率 | % | 60① | 100 | 预期性 |", "注:①含民办机构。②指护理型床位占养老机构床位的比例。"])


def test_footnote_marks_after_values_and_labels_leave_the_values_and_the_names_read():
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", FOOTNOTED, "岚江市", "Lanjiang", 2021, None, None, doc_type="plan")).figures
    f = f[f["method"] == "table"]
    assert f[["value", "unit", "year", "kind", "indicator_id"]].values.tolist() == [
        ["5200", "张", 2020, "baseline", "institutional_elder_care_beds"],
        ["6800", "张", 2025, "target", "institutional_elder_care_beds"],
        ["40", "%", 2020, "baseline", "nursing_bed_share"], ["55", "%", 2025, "target", "nursing_bed_share"],
        ["60", "%", 2020, "baseline", "unmapped"], ["100", "%", 2025, "target", "unmapped"]]
    assert f["note"].tolist()[3:5] == ["footnote mark * after the value", "footnote mark ① after the value"]


@pytest.mark.parametrize("unit, cell, expected, std", [
    ("人", "1.2万", "万人", 12000.0), ("人次", "3.5万", "万人次", 35000.0), ("元", "2.1亿", "亿元", 210000000.0),
    ("万元", "2.1亿", "亿", 210000000.0),  # the column's unit has a scale of its own: the cell's alone stands
    ("人", "12000", "人", 12000.0)])
def test_a_cell_that_prints_only_a_scale_takes_the_unit_column_s_unit_after_it(unit, cell, expected, std):
    from mzlib.extract.figures import Document, extract_document

    text = f"表5 社会救助情况\n| 项目 | 单位 | 2022年 |\n|---|---|---|\n| 城乡低保对象 | {unit} | {cell} |\n| 特困人员 | 人 | 800 |\n"
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2022, None, None)).figures
    assert f[["unit", "value_std"]].values.tolist()[0] == [expected, std]


# a growth column beside the current period's and the previous one's (本年数 | 上年数 | 增减(%)) is the growth from the
# previous period: its base year is that column's; with no column of the previous period it has none
@pytest.mark.parametrize("previous, base", [("上年数", 2022), ("上年同期", 2022), ("计划数", None)])
def test_a_growth_column_beside_the_previous_period_s_is_measured_from_it(previous, base):
    from mzlib.extract.figures import Document, extract_document

    text = (f"表3 社会服务主要指标\n\n指标                 单位     本年数     {previous}     增减(%)\n"
            "社会服务机构         个       1256       1198       4.8\n社会服务床位         万张     2.36       2.21       6.8\n")
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2023, None, None)).figures
    growth = f[f["kind"] == "growth_rate"]
    assert growth[["value", "year"]].values.tolist() == [["4.8", 2023], ["6.8", 2023]]
    assert growth["base_year"].tolist() == [base, base] if base else growth["base_year"].isna().all()


# a row that names an age band in a table of the population (年末人口数及其构成, 人口年龄构成) is the count of that band's
# people, or in a column of shares (比重, 构成, %) their share of the whole; in a table of something else it is not
POPULATION = "\n".join([
    "表4 {title}", "", "| 指标 | 年末数({unit}) | 比重(%) |", "|---|---|---|", "| {whole} | 562.3 | 100.0 |",
    "| 其中:0-14岁 | 85.2 | 15.2 |", "| 15-59岁 | 348.5 | 62.0 |", "| 60周岁及以上 | 128.6 | 22.9 |",
    "| 其中:65周岁及以上 | 92.4 | 16.4 |"])


@pytest.mark.parametrize("title, whole, unit, expected", [
    ("2022年末人口数及其构成", "全市常住人口", "万人", ["pop_count_0_14", "pop_share_0_14", "pop_count_15_59", "pop_share_15_59",
                                    "pop_count_60plus", "pop_share_60plus", "pop_count_65plus", "pop_share_65plus"]),
    ("2022年末养老机构入住老人构成", "入住老人", "万人", ["unmapped"] * 8),  # no table of the population
    ("2022年末人口数及其构成", "全市常住人口", "张", ["unmapped", "pop_share_0_14", "unmapped", "pop_share_15_59",
                                  "unmapped", "pop_share_60plus", "unmapped", "pop_share_65plus"]),  # no count of people
])
def test_an_age_band_in_a_table_of_the_population_is_its_people_or_their_share(title, whole, unit, expected):
    from mzlib.extract.figures import Document, extract_document

    text = POPULATION.format(title=title, whole=whole, unit=unit)
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2022, None, None)).figures
    f = f[(f["method"] == "table") & ~f["value"].isin(["562.3", "100.0"])]
    assert f["indicator_id"].tolist() == expected


MONTHLY = "\n".join([
    "Page 31 - 某市统计局统计月报2023年8月", "P. 31", "19 民政与社会福利", "指", "标 1-8月 增长(%)",
    "养老保险", "参保人数(万人) 120.4", "2.7", "基金支出(亿元) 15.2 -0.4",
    "医疗救助", "救助人次(万人次) 3.1", "—", "城市:特困供养人数(人) 512", "-3.6", "农村:特困供养人数(人)", "2034 1.2",
    "特困供养标准(元/月) 1150 —", "注:特困供养人数为季报数据", "Page 32 - 某市统计局统计月报2023年8月"])


def test_a_monthly_report_s_table_reads_rows_whose_last_cells_wrap_onto_the_next_line():
    """A statistics bureau's monthly report (统计月报) as a PDF's text: the label column's name printed downwards
    (``指`` / ``标 1-8月 增长(%)``), so the header line names the value columns only after a stray character; rows
    ``label(unit) value`` whose growth wraps onto the next line alone, or stays on the row's line, or whose cells
    all wrap under a label alone; lines of words alone head the rows below them; a note ends the table. The
    ``1-8月`` column holds actual values of the report's year, the ``增长(%)`` column growth rates, the units come
    from the labels' brackets and a ``—`` cell holds no value."""
    (table,) = find_tables(MONTHLY)
    assert (table.layout, table.title) == ("single_spaced", "19 民政与社会福利")
    assert shape(table) == (["指标", "1-8月", "增长(%)"], [
        ("parsed", "", ["养老保险", None, None]),
        ("parsed", "养老保险", ["参保人数(万人)", "120.4", "2.7"]),
        ("parsed", "养老保险", ["基金支出(亿元)", "15.2", "-0.4"]),
        ("parsed", "", ["医疗救助", None, None]),
        ("parsed", "医疗救助", ["救助人次(万人次)", "3.1", "-"]),
        ("parsed", "医疗救助", ["城市:特困供养人数(人)", "512", "-3.6"]),
        ("parsed", "医疗救助", ["农村:特困供养人数(人)", "2034", "1.2"]),
        ("parsed", "医疗救助", ["特困供养标准(元/月)", "1150", "-"])])
    assert MONTHLY[table.rows[1].start:table.rows[1].end] == "参保人数(万人) 120.4\n2.7"  # the row's quote
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", MONTHLY, "某市", "Someplace", 2023, None, None)).figures
    f = f[f["method"] == "table"]
    assert list(zip(f["value"], f["unit"], f["year"], f["kind"])) == [
        ("120.4", "万人", 2023, "actual"), ("2.7", "%", 2023, "growth_rate"),
        ("15.2", "亿元", 2023, "actual"), ("-0.4", "%", 2023, "growth_rate"),
        ("3.1", "万人次", 2023, "actual"), ("-", "", 2023, "growth_rate"),
        ("512", "人", 2023, "actual"), ("-3.6", "%", 2023, "growth_rate"),
        ("2034", "人", 2023, "actual"), ("1.2", "%", 2023, "growth_rate"),
        ("1150", "元/月", 2023, "standard"), ("-", "", 2023, "growth_rate")]
    assert set(f.loc[f["value"] == "-", "value_type"]) == {"missing"}


@pytest.mark.parametrize("change", [
    ("指\n标 1-8月 增长(%)", "年\n度 1-8月 增长(%)"),  # a stray character that spells no label column's name
    ("标 1-8月 增长(%)", "标 全市 增长(%)"),  # no column of a period: no monthly header
    ("标 1-8月 增长(%)", "标 增长(%) 增速(%)"),  # only changes: no column of values
    ("养老保险\n参保人数(万人) 120.4\n2.7\n基金支出(亿元) 15.2 -0.4\n医疗救助\n救助人次(万人次) 3.1\n—\n",
     "全市养老保险参保人数为120.4万人,比上年同期增长2.7\n基金支出15.2亿元,下降0.4\n"),  # prose ending in numbers
    ("参保人数(万人) 120.4\n2.7\n基金支出(亿元) 15.2 -0.4", "参保人数(万人) 120.4\n基金支出(亿元) 15.2 -0.4"),
    # a row short of its growth, and the next line no cell of it: the table ends before it, too short
])
def test_lines_that_are_no_monthly_table_make_none(change):
    assert change[0] in MONTHLY
    assert not [t for t in find_tables(MONTHLY.replace(*change)) if t.layout == "single_spaced"]


@pytest.mark.parametrize("text", [
    "各区养老机构数\n东城区 120\n西城区 98\n南湖区 75\n北山区 60\n",  # a list of names and numbers, no header
    "各区养老机构数\n东城区 120 2.1\n西城区 98\n3.4\n南湖区 75 -1.0\n北山区 60 0.5\n",  # ... with wrapped cells
    "1-8月 增长(%)\n全市经济运行总体平稳,规模以上工业增加值增长5.2\n社会消费品零售总额增长3.1\n固定资产投资下降1.4\n"
    "居民人均可支配收入增长4.8\n",  # a header-like line followed by prose and phrases that end in numbers
])
def test_names_and_numbers_with_no_monthly_header_above_them_make_no_monthly_table(text):
    assert not [t for t in find_tables(text) if t.layout == "single_spaced"]


# ---------------------------------------------------------------- a money standard named by its column (保障标准 over
# rows of 城市低保 and 农村低保): its cells are standards, as under a row named a standard; the amounts of the other
# columns (月人均补助) and the counts stay levels
def test_money_in_a_column_named_a_standard_is_a_standard():
    from sentences import figures as report_figures  # (a report of 2023, not this module's plan of 2021)

    f = report_figures("2023年全市城乡低保情况一览表\n项目          保障人数(人)      月人均补助(元)    保障标准(元/人·月)\n"
                "城市低保      12345        560         850\n农村低保      34567        420         650\n")
    assert [(v, u, k) for v, u, k in zip(f["value"], f["unit"], f["kind"])] == [
        ("12345", "人", "actual"), ("560", "元", "actual"), ("850", "元/人·月", "standard"),
        ("34567", "人", "actual"), ("420", "元", "actual"), ("650", "元/人·月", "standard")]
def _one_a_line(*cells):
    """A table's cells printed one a line with a blank line between them, as a web page's table reaches text."""
    return "\n\n".join(cells) + "\n"


MERGED_GOALS = "附件1:\n某县“十四五”养老服务发展主要指标\n\n" + _one_a_line(
    "序号", "指标名称", "单位", "2020年", "目标值", "2023年", "2025年",
    "1", "每千名老年人拥有养老床位数", "张", "32", "36", "40",
    "2", "护理型床位占比", "%", "45", "≥55", "≥60",
    "3", "特殊困难老年人月探访率", "%", "80", "100", "100")

MERGED_AREAS = "附件2:\n各乡镇残疾人服务主要指标分解表\n\n" + _one_a_line(
    "序号", "乡镇", "康复服务覆盖率(%)", "辅助器具适配率(%)", "残疾人就业人数(人)",
    "2022年", "2025年", "2022年", "2025年", "2022年", "2025年",
    "1", "城关镇", "85", "90", "80", "85", "120", "150",
    "2", "河口镇", "82", "90", "78", "85", "60", "80",
    "合计", "83.5", "90", "79", "85", "180", "230")


def test_a_merged_header_flattened_one_cell_a_line_is_sized_by_the_numbered_rows_not_by_its_labels():
    (table,) = find_tables(MERGED_GOALS)
    assert table.title == "某县“十四五”养老服务发展主要指标"  # the title line is no header cell
    assert shape(table) == (["序号", "指标名称", "单位", "2020年", "目标值 2023年", "目标值 2025年"], [
        ("parsed", "", ["1", "每千名老年人拥有养老床位数", "张", "32", "36", "40"]),
        ("parsed", "", ["2", "护理型床位占比", "%", "45", "≥55", "≥60"]),
        ("parsed", "", ["3", "特殊困难老年人月探访率", "%", "80", "100", "100"])])
    f = figures(MERGED_GOALS)
    f = f[f["value_type"] != "qualitative"]
    assert list(zip(f["value"], f["unit"], f["kind"], f["year"])) == [
        ("32", "张", "baseline", 2020), ("36", "张", "target", 2023), ("40", "张", "target", 2025),
        ("45", "%", "baseline", 2020), ("55", "%", "target", 2023), ("60", "%", "target", 2025),
        ("80", "%", "baseline", 2020), ("100", "%", "target", 2023), ("100", "%", "target", 2025)]
    # and text it must leave: numbered rows under a header of their width, or of a label too many that is no merged one
    plain = MERGED_GOALS.replace("目标值\n\n", "")  # 2020年 2023年 2025年: as many labels as the rows have cells
    (table,) = find_tables(plain)
    assert [c.text for c in table.header] == ["序号", "指标名称", "单位", "2020年", "2023年", "2025年"]
    assert [r.cells[1].text for r in table.rows] == ["每千名老年人拥有养老床位数", "护理型床位占比", "特殊困难老年人月探访率"]
    # one label too many after the years (a column of notes left empty): no merged header, the values under their years
    extra = plain.replace("2025年\n\n1\n", "2025年\n\n备注\n\n1\n")
    (table,) = find_tables(extra)
    assert [c.text for c in table.header][3:] == ["2020年", "2023年", "2025年", "备注"]
    assert [[c and c.text for c in r.cells[3:]] for r in table.rows] == [
        ["32", "36", "40", None], ["45", "≥55", "≥60", None], ["80", "100", "100", None]]


def test_three_merged_labels_each_span_their_years_and_a_total_row_has_no_number():
    (table,) = find_tables(MERGED_AREAS)
    assert shape(table) == (["序号", "乡镇", "康复服务覆盖率 2022年(%)", "康复服务覆盖率 2025年(%)",
                             "辅助器具适配率 2022年(%)", "辅助器具适配率 2025年(%)", "残疾人就业人数 2022年(人)",
                             "残疾人就业人数 2025年(人)"], [
        ("parsed", "", ["1", "城关镇", "85", "90", "80", "85", "120", "150"]),
        ("parsed", "", ["2", "河口镇", "82", "90", "78", "85", "60", "80"]),
        ("parsed", "", [None, "合计", "83.5", "90", "79", "85", "180", "230"])])
    f = figures(MERGED_AREAS)
    f = f[f["value_type"] != "qualitative"]
    assert list(zip(f["value"], f["unit"], f["year"]))[:6] == [
        ("85", "%", 2022), ("90", "%", 2025), ("80", "%", 2022), ("85", "%", 2025), ("120", "人", 2022), ("150", "人", 2025)]
    assert len(f) == 18 and set(f["kind"]) == {"target"}


GOALS_BY_TOWN = "附件3:\n某县养老服务设施建设任务表\n\n" + _one_a_line(
    "序号", "乡镇", "老年人口数(人)", "2021年助餐点(个)", "2021年护理型床位占比",
    "1", "城关镇", "12000", "6", "≥50%",
    "2", "河口镇", "8000", "4", "≥45%",
    "3", "白沙镇", "5000", "3", "≥40%")


def test_a_column_whose_every_cell_carries_a_comparator_is_one_of_goals_though_its_head_names_a_year_only():
    f = figures(GOALS_BY_TOWN)
    f = f[f["value_type"] != "qualitative"]
    assert list(zip(f["value"], f["unit"], f["kind"], f["year"])) == [
        ("12000", "人", "actual", 2021), ("6", "个", "actual", 2021), ("50", "%", "target", 2021),
        ("8000", "人", "actual", 2021), ("4", "个", "actual", 2021), ("45", "%", "target", 2021),
        ("5000", "人", "actual", 2021), ("3", "个", "actual", 2021), ("40", "%", "target", 2021)]
    # a comparator in some cells only (a floor reached in one town) makes no column of goals
    f = figures(GOALS_BY_TOWN.replace("≥45%", "45%"))
    f = f[f["value_type"] != "qualitative"]
    assert list(zip(f["value"], f["kind"]))[2::3] == [("50", "actual"), ("45", "actual"), ("40", "actual")]


# an indicator table a PDF's conversion ran together on one line: row number, label, unit, comparator, goal, source
RUN_ON_ONE_LINE = ("某县养老服务主要指标指标名称计量单位2025 年目标值资料来源一、养老服务1 养老机构护理型床位占比% ≥ 55县民政局"
                "2 社区养老服务设施覆盖率% ≥ 90县民政局3 种养结合示范基地个≥ 5县农业农村局4 万人拥有社会工作者数人≥ 8县民政局\n")


def test_a_row_number_glued_before_a_label_in_a_run_of_numbered_rows_is_no_value():
    f = figures(RUN_ON_ONE_LINE)
    f = f[f["value_type"] != "qualitative"]
    assert not ((f["value"] == "3") & (f["unit"] == "种")).any() and not ((f["value"] == "4") & (f["unit"] == "万人")).any()
    # a count printed with a space before its unit, in no run of numbers, stays a value
    f = figures("全县新建4 个养老服务中心，改造2 所敬老院。\n")
    assert list(zip(f["value"], f["unit"])) == [("4", "个"), ("2", "所")]


def test_a_unit_printed_before_the_comparator_of_a_flattened_indicator_row_is_the_goal_s_unit():
    f = figures(RUN_ON_ONE_LINE)
    f = f[f["value_type"] != "qualitative"]
    assert list(zip(f["value"], f["unit"], f["kind"], f["year"])) == [
        ("55", "%", "target", 2025), ("90", "%", "target", 2025), ("5", "个", "target", 2025), ("8", "人", "target", 2025)]
    # in a sentence too; a word before the comparator that is no unit (覆盖率) gives none
    f = figures("全县养老机构护理型床位占比%≥55，社区养老服务设施覆盖率≥90，敬老院床位数张≥ 40。\n")
    f = f[f["value_type"] != "qualitative"]
    assert list(zip(f["value"], f["unit"], f["kind"])) == [("55", "%", "target"), ("40", "张", "target")]


# A bilingual yearbook table whose units stand in a header line of their own, one bracketed unit a value column,
# above rows of a Chinese label, its English translation and the values on one line; the first row's label ends in
# 单位, a word that also names columns.
UNITS_LINE = "\n".join([
    "15-19  收养类福利单位基本情况(2022年)", "basic statistics on adopting welfare institutions, 2022",
    "        item         年末收养人数", "(个) (张) (人)",
    "number of institutions (unit) number of beds (set) number of persons housed (person)",
    "收养性福利单位 adopting welfare institutions 412 10250 7310",
    "  社会福利院   social welfare homes 35 2210 1604",
    "  儿童福利院   child welfare homes 6 480 355"])


def test_a_line_of_bracketed_units_names_the_value_columns_and_the_first_row_keeps_its_label():
    from mzlib.extract.figures import Document, extract_document

    (table,) = find_tables(UNITS_LINE)
    assert [c.text for c in table.header] == ["", "(个)", "(张)", "(人)"]
    assert [c.text for c in table.rows[0].cells] == ["收养性福利单位 adopting welfare institutions", "412", "10250", "7310"]
    rows = extract_document(Document("t.txt", UNITS_LINE, "岚江市", "Lanjiang", 2022, None, None)).figures
    rows = rows[rows["method"] == "table"]
    assert rows[["value", "unit"]].values.tolist()[:6] == [["412", "个"], ["10250", "张"], ["7310", "人"],
                                                           ["35", "个"], ["2210", "张"], ["1604", "人"]]
    # without the units line nothing names the columns: rows of labels and values under unnamed columns, and no
    # unit is guessed for them
    (table,) = find_tables(UNITS_LINE.replace("(个) (张) (人)\n", ""))
    assert (table.layout, [c.text for c in table.header]) == ("label_rows", ["", "", "", ""])
    assert [c.text for c in table.rows[0].cells] == ["收养性福利单位", "412", "10250", "7310"]
    rows = extract_document(Document("t.txt", UNITS_LINE.replace("(个) (张) (人)\n", ""), "岚江市", "Lanjiang", 2022,
                                     None, None)).figures
    assert set(rows.loc[rows["method"] == "table", "unit"]) == {""}


# a plan's box of indicators printed one cell a paragraph (a blank line between cells), a category over two paragraphs:
# its box title starts the table as 表N does, its attribute column (属性) closes the header and each row, and a row whose
# base-year cell is empty (one more line break: an indicator new to the plan) keeps its value under the target year
BOX_CELLS = "\n\n".join(["专栏3:“十四五”养老服务发展主要指标", "类别", "指 标", "2020年", "2025年", "属性",
                         "养老服务", "供给", "1.养老机构护理型床位占比(%)", "42%", ">55%", "约束性",
                         "2.特殊困难老年人月探访率(%)\n", "100%", "预期性",
                         "社区服务", "3.社区养老服务设施覆盖率(%)", "80%", "90%", "预期性"]) + "\n"


def test_a_box_of_indicators_one_cell_a_paragraph_is_a_table_under_its_years():
    (table,) = find_tables(BOX_CELLS)
    assert table.title == "专栏3:“十四五”养老服务发展主要指标"
    # the rows numbered in their names (1.养老机构…), the group's name over two lines carried to the rows below it
    assert shape(table) == (["类别", "指标", "2020年", "2025年", "属性"], [
        ("parsed", "", [None, "养老机构护理型床位占比(%)", "42%", ">55%", "约束性"]),
        ("parsed", "", [None, "特殊困难老年人月探访率(%)", None, "100%", "预期性"]),
        ("parsed", "", [None, "社区养老服务设施覆盖率(%)", "80%", "90%", "预期性"])])
    assert [r.group for r in table.rows] == ["养老服务供给", "养老服务供给", "社区服务"]
    f = figures(BOX_CELLS)
    assert list(zip(f["value"], f["year"], f["kind"])) == [
        ("42", 2020, "baseline"), ("55", 2025, "target"), ("100", 2025, "target"),
        ("80", 2020, "baseline"), ("90", 2025, "target")]


def test_a_box_of_projects_and_rows_of_attributes_only_make_no_table():
    projects = "\n\n".join(["专栏1 养老服务设施建设工程", "新建县级失能照护中心", "改造提升乡镇敬老院", "预期性"]) + "\n"
    assert find_tables(projects) == []
    assert find_tables("专栏2 主要指标\n\n指标\n\n属性\n\n养老床位数\n\n预期性\n\n护理型床位\n\n约束性\n") == []
    assert [t.layout for t in find_tables("序号 指标 属性\n1 养老床位数 预期性\n")] == []


# a data.stats.gov.cn export as its derived text (tests/documents/real64/), under the name the site gives it: its note
# names 2010 and 2020 twice each, more often than any year of the header
_EXPORT = ("数据库：年度数据\n时间：最近5年\n指标 | 2024年 | 2023年 | 2022年 | 2021年 | 2020年 |\n"
           "年末总人口(万人) | 140828 | 140967 | 141175 | 141260 | 141212 |\n"
           "注：2010、2020年数据为当年人口普查数据推算数；2010年、2020年以外为抽样调查推算数。\n数据来源：国家统计局\n")


def test_a_statistics_export_with_no_year_in_its_name_is_of_its_latest_year_column():
    from mzlib.extract.figures import Document, extract_document

    doc = Document.from_text("年度数据.txt", _EXPORT)
    assert (doc.reference_year, doc.found["reference_year"]) == (2024, "the latest year of a table's year columns")
    figures = extract_document(doc).figures
    assert sorted(zip(figures["value"], figures["year"], figures["kind"])) == [
        ("140828", 2024, "actual"), ("140967", 2023, "baseline"), ("141175", 2022, "baseline"),
        ("141212", 2020, "baseline"), ("141260", 2021, "baseline")]


@pytest.mark.parametrize("header", ["指标 | 2020年 | 2025年 |",  # two years: a plan's base and goal
                                    "指标 | 2021年 | 2022年 | 2025年目标 |",  # a goal column
                                    "指标 | 单位 | 2021年 | 2022年 | 2023年 |"])  # a unit column: a plan's table
def test_a_header_that_is_not_only_three_or_more_years_does_not_date_the_document(header):
    from mzlib.extract.figures import Document

    text = "2022年全市养老工作稳步推进。2022年新增床位500张。\n" + header + "\n养老床位(张) | 1200 | 1500 | 1800 |\n"
    doc = Document.from_text("通知.txt", text)
    assert doc.reference_year == 2022 and doc.found["reference_year"].startswith("the year the text names most often")


# a data.stats.gov.cn export of a table of places (分省年度数据) as its derived text: the one indicator and its unit in
# a line above the table, between the lines of the database and the time span
_PLACES_EXPORT = ("数据库：分省年度数据\n指标：养老机构数(个)\n时间：最近3年\n地区 | 2023年 | 2022年 | 2021年 |\n"
                  "北京市 | 544 | 571 | 579 |\n天津市 | 362 | 381 | 390 |\n数据来源：国家统计局\n")


def test_the_indicator_line_of_an_export_of_places_gives_its_table_the_unit():
    from mzlib.extract.figures import Document, extract_document

    figures = extract_document(Document.from_text("分省年度数据.txt", _PLACES_EXPORT)).figures
    assert sorted(zip(figures["value"], figures["unit"], figures["year"], figures["kind"])) == [
        ("362", "个", 2023, "actual"), ("381", "个", 2022, "baseline"), ("390", "个", 2021, "baseline"),
        ("544", "个", 2023, "actual"), ("571", "个", 2022, "baseline"), ("579", "个", 2021, "baseline")]


def test_a_line_naming_several_indicators_with_their_units_gives_no_table_a_unit():
    from mzlib.extract.figures import Document, extract_document

    text = _PLACES_EXPORT.replace("指标：养老机构数(个)", "指标：养老机构数(个)、床位数(张)")
    figures = extract_document(Document.from_text("分省年度数据.txt", text)).figures
    assert len(figures) == 6 and set(figures["unit"]) == {""}


# a table of places (rows of counties) by period (columns of years): a column header says when, the title says what is
# counted (its number, its brackets, 各县(市、区) and a closing 情况 taken off)
PLACES_BY_YEAR = """表3 各县(市、区)养老机构床位数情况
单位:张
地区 | 2021年 | 2022年 | 2023年 |
岚江市 | 15230 | 16010 | 16800 |
青山县 | 3200 | 3350 | 3500 |
"""


def yearbook_figures(text):
    from mzlib.extract.figures import Document, extract_document

    return extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2023, None, None,
                                     doc_type="statistical_yearbook")).figures


def test_a_table_of_places_by_year_counts_what_its_title_names():
    f = yearbook_figures(PLACES_BY_YEAR)
    assert list(zip(f["indicator_zh"], f["indicator_id"], f["subregion_zh"], f["value"], f["year"], f["kind"])) == [
        ("养老机构床位数", "institutional_elder_care_beds", place, value, year, kind)
        for place, values in (("岚江市", ("15230", "16010", "16800")), ("青山县", ("3200", "3350", "3500")))
        for value, year, kind in zip(values, (2021, 2022, 2023), ("baseline", "baseline", "actual"))]


def test_a_table_of_places_keeps_its_columns_names_and_an_untitled_one_its_years():
    named = PLACES_BY_YEAR.replace("| 2021年 | 2022年 | 2023年 |", "| 养老机构床位数 | 护理型床位数 | 社区养老床位数 |")
    f = yearbook_figures(named)
    assert list(f["indicator_zh"][:3]) == ["养老机构床位数", "护理型床位数", "社区养老床位数"]
    untitled = PLACES_BY_YEAR.split("\n", 1)[1]
    f = yearbook_figures(untitled)
    assert list(f["indicator_zh"][:3]) == ["2021年", "2022年", "2023年"]


# a web page's table printed one cell a line, a bar opening each cell: an empty cell is a bar alone or runs into the
# next cell on its line (``| | 2``: the last row's empty department, the next row's number), the header's first cell has
# no bar and a line with no bar goes on with the cell above (``| 2015年`` / ``目 标``); a group's name (``一、…``) spans the
# number's column, and a weight of a row (``| 5``) that is also the next number starts no row
BAR_LED = "\n".join([
    "附表3", "“十二五”考核指标", "指 标", "| 权重", "| 单位", "| 2015年", "目 标", "| 牵头部门",
    "| 一、核心指标(2项)", "| 50", "|", "|",
    "| | 1", "| 城镇居民人均可支配收入", "| 25", "| 元", "| 31000",
    "| | 2", "| 城镇低保标准年均增长10%以上", "| 5", "| %", "| 10", "| 省民政厅",
    "| 3", "| 新型农民培训人数", "| 3", "| 万人", "| 200", "| 省农委",
    "| 4", "| 农业信息化覆盖率", "| 2", "| %", "| 90", "| 省农委", "|", ""])


def test_cells_each_opened_by_a_bar_make_rows_at_their_numbers_and_groups():
    (table,) = find_tables(BAR_LED)
    assert table.layout == "bar_led_cells" and table.title == "“十二五”考核指标"
    assert shape(table) == (["指 标", "权重", "单位", "2015年目 标", "牵头部门"], [
        ("parsed", "", ["一、核心指标(2项)", "50", None, None, None]),
        ("parsed", "", ["城镇居民人均可支配收入", "25", "元", "31000", None]),
        ("parsed", "", ["城镇低保标准年均增长10%以上", "5", "%", "10", "省民政厅"]),
        ("parsed", "", ["新型农民培训人数", "3", "万人", "200", "省农委"]),
        ("parsed", "", ["农业信息化覆盖率", "2", "%", "90", "省农委"])])
    assert all(BAR_LED[c.start:c.end] == c.text for r in table.rows for c in r.cells if c is not None)


def test_the_goals_of_a_bar_led_table_are_its_goal_column_s_and_a_row_of_yearly_growth_grows():
    from mzlib.extract.figures import Document, extract_document

    doc = Document("t.txt", BAR_LED, "安徽省", "Anhui", 2011, 2011, 2015, doc_type="plan")
    f = extract_document(doc).figures
    assert sorted(zip(f["value"], f["unit"], f["year"], f["kind"])) == [
        ("10", "%", 2015, "growth_rate"), ("200", "万人", 2015, "target"), ("31000", "元", 2015, "target"),
        ("90", "%", 2015, "target")]  # the weights are no figures


# a markdown table opens and closes its rows with bars, a row per line: no cells opened by bars one a line
def test_rows_of_several_cells_between_bars_are_no_bar_led_table():
    text = "表1 主要指标\n| 指标 | 单位 | 2025年 |\n| 养老床位 | 张 | 3000 |\n| 护理型床位占比 | % | 55 |\n| 助餐点 | 个 | 40 |\n"
    assert [t.layout for t in find_tables(text)] != ["bar_led_cells"]
    assert not tables._bar_led_tables(tables.document_norm(text))


# a row named an average yearly growth holds growth rates in every value column; a natural growth rate is a level
def test_a_row_of_yearly_growth_holds_growth_rates_and_a_natural_growth_rate_is_a_level():
    from mzlib.extract.figures import Document, extract_document

    text = "表1 主要指标\n| 指标 | 2020年 | 2025年 |\n| 人口自然增长率(‰) | 3.1 | 4 |\n| 城乡居民收入年均增长(%) | 7 | 7.5 |\n"
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2020, 2021, 2025, doc_type="plan")).figures
    assert list(zip(f["value"], f["year"], f["kind"])) == [
        ("3.1", 2020, "baseline"), ("4", 2025, "target"), ("7", 2020, "growth_rate"), ("7.5", 2025, "growth_rate")]


# beside a column of each row's growth (增长比例), a row named a yearly growth rate prints the levels of that rate, whose
# growth the column gives (15 → 24.87: 65.8%)
def test_a_row_of_yearly_growth_beside_a_growth_column_holds_levels():
    from mzlib.extract.figures import Document, extract_document

    text = "表2 完成情况\n| 主要指标 | 2015年 实际值 | 2020年 完成值 | 增长 比例(%) |\n| 低保人均补助水平年均增长率(%) | 15 | 24.87 | 65.8 |\n"
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2020, 2021, 2025, doc_type="plan")).figures
    f = f[f["method"] == "table"]
    assert list(zip(f["value"], f["year"], f["kind"])) == [
        ("15", 2015, "baseline"), ("24.87", 2020, "actual"), ("65.8", 2020, "growth_rate")]


# a web page's | header that leaves out the empty head of the label column: its cells, each naming a year, are the value
# columns' heads (the empty cell closing it is no column), and the year in brackets is no unit
def test_a_bar_header_of_years_that_leaves_out_the_label_head_names_the_value_columns():
    from mzlib.extract.figures import Document, extract_document

    text = ("人口普查数据\n第六次普查(2010年) | 第五次普查(2000年) | |\n常住人口 | 547608 | 501141 |\n"
            "城镇化率 | 46.01% | 31.11% |\n户规模(人/户) | 3.37 | 3.46 |\n")
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2019, 2020)).figures
    assert list(zip(f["value"], f["unit"], f["year"], f["kind"])) == [
        ("547608", "", 2010, "actual"), ("501141", "", 2000, "baseline"), ("46.01", "%", 2010, "actual"),
        ("31.11", "%", 2000, "baseline"), ("3.37", "人/户", 2010, "actual"), ("3.46", "人/户", 2000, "baseline")]


# the other way: a header that names the label column (指标) keeps its cells where they stand, and one whose cells
# name no year is not shifted
def test_a_bar_header_with_its_label_head_or_without_years_is_not_shifted():
    named = "指标 | 2010年 | 2000年 |\n常住人口 | 547608 | 501141 |\n户规模(人/户) | 3.37 | 3.46 |\n"
    rows = [tables.Cell(t, 0, 0, 0) for t in ("指标", "2010年", "2000年")]
    assert not tables._label_head_left_out(rows, [])
    from mzlib.extract.figures import Document, extract_document

    f = extract_document(Document("t.txt", named, "岚江市", "Lanjiang", 2019, 2020)).figures
    assert list(zip(f["value"], f["year"])) == [("547608", 2010), ("501141", 2000), ("3.37", 2010), ("3.46", 2000)]
    head = [tables.Cell(t, 0, 0, 0) for t in ("城镇", "乡村", "")]
    body = [[tables.Cell(t, 0, 0, 0) for t in r] for r in (("常住人口", "3", "4"), ("户数", "1", "2"))]
    assert not tables._label_head_left_out(head, body)
    head = [tables.Cell(t, 0, 0, 0) for t in ("2010年", "2000年", "")]
    assert tables._label_head_left_out(head, body)


# a yearbook page converted without its label column: rows of values only under a line of years repeated in pairs
# (2022 2023 under each indicator) are still read, each value of its column's year, the earlier year the baseline
def test_rows_whose_labels_were_lost_under_a_line_of_years_are_read_by_column():
    from mzlib.extract.figures import Document, extract_document

    text = ("19-1  各区县社会福利院、企业和社区服务\n  社会福利院数\n (个)\n社会福利院床位数\n(张)\n养老机构数\n(个)\n"
            "养老机构床位数\n(张)\n社区服务\n(个)\n2022 2023 2022 2023 2022 2023 2022 2023 2022 2023\n"
            "                15          14         2410        2388         101         99        15720       15634"
            "        1320        1207\n"
            "                                       4                           4                         620"
            "                       633                         27                         29                     3150"
            "                     3166                       140                       152 \n")
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2023, 2024)).figures
    values = ["15", "14", "2410", "2388", "101", "99", "15720", "15634", "1320", "1207",
              "4", "4", "620", "633", "27", "29", "3150", "3166", "140", "152"]
    assert list(zip(f["value"], f["year"], f["kind"])) == [
        (v, 2022 + k % 2, "actual" if k % 2 else "baseline") for k, v in enumerate(values)]


# the other way: a row of values only under a header that names a column of words (单位) is no row of lost labels
def test_a_row_of_values_only_under_a_header_with_other_columns_is_not_read_as_a_lost_label():
    from mzlib.extract.figures import _label_lost

    row = tables.Row(1, [tables.Cell(t, 0, 0, 0) for t in ("13", "12")], 0, 0, 0)
    assert _label_lost(row, [{"role": "value", "year": 2022}, {"role": "value", "year": 2023}])
    assert not _label_lost(row, [{"role": "unit", "year": None}, {"role": "value", "year": 2023}])
    assert not _label_lost(row, [{"role": "value", "year": None}, {"role": "value", "year": None}])
    words = tables.Row(1, [tables.Cell(t, 0, 0, 0) for t in ("合计", "12")], 0, 0, 0)
    assert not _label_lost(words, [{"role": "value", "year": 2022}, {"role": "value", "year": 2023}])


# a yearbook's table of places leaves the head of its label column (the stub head) blank, or prints no cell for it: the
# line of names over the rows still names the value columns, the rows' labels are the places (as under a head 地区),
# (the whole, 全市, no part of the region), and a unit declared inside the title's brackets ((单位:人)) is the unit
# without the bracket that closes them
@pytest.mark.parametrize("header", ["            城市低保   农村低保   特困人员", "城市低保   农村低保   特困人员",
                                    "| | 城市低保 | 农村低保 | 特困人员 |", "| 城市低保 | 农村低保 | 特困人员 |",
                                    "\t城市低保\t农村低保\t特困人员"])
def test_a_header_that_leaves_out_the_stub_head_names_the_columns_of_a_table_of_places(header):
    from mzlib.extract.figures import Document, extract_document

    if "|" in header:
        body = "| 甲县 | 1200 | 5300 | 800 |\n| 乙县 | 900 | 4100 | 650 |\n| 全市 | 2100 | 9400 | 1450 |\n"
    elif "\t" in header:
        body = "甲县\t1200\t5300\t800\n乙县\t900\t4100\t650\n全市\t2100\t9400\t1450\n"
    else:
        body = ("甲县        1200       5300       800\n乙县        900        4100       650\n"
                "全市        2100       9400       1450\n")
    text = f"各县社会救助情况(单位:人)\n{header}\n{body}"
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2023, 2024)).figures
    names = ["城市低保", "农村低保", "特困人员"]
    values = [("1200", "5300", "800"), ("900", "4100", "650"), ("2100", "9400", "1450")]
    assert list(zip(f["value"], f["unit"], f["indicator_zh"], f["subregion_zh"], f["method"])) == [
        (v, "人", n, place, "table") for place, row in zip(["甲县", "乙县", ""], values) for v, n in zip(row, names)]


# the other way: a line of names as wide as the rows keeps its first cell the label column's head; a lone name over a
# row of a label and one value is no header of it; labels that are not places stay the indicators; a unit whose own
# brackets close it keeps them
def test_a_header_as_wide_as_its_rows_or_a_lone_name_is_not_shifted():
    assert not tables._stub_head_left_out(["城市低保", "农村低保", "特困人员"], ["甲县", "1200", "5300"])
    assert not tables._stub_head_left_out(["城市低保"], ["甲县", "1200"])
    assert not tables._stub_head_left_out(["城市低保", "农村低保"], ["1200", "5300", "800"])
    assert tables._stub_head_left_out(["城市低保", "农村低保"], ["甲县", "1200", "5300"])
    assert tables._bracket_closed("元/(人·月)") == "元/(人·月)" and tables._bracket_closed("人)") == "人"
    from mzlib.extract.figures import Document, extract_document

    text = "社会福利情况(单位:张)\n| | 2022年 | 2023年 |\n| 养老床位 | 4550 | 4800 |\n| 护理床位 | 1200 | 1500 |\n"
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2023, 2024)).figures
    assert list(zip(f["value"], f["unit"], f["indicator_zh"], f["subregion_zh"], f["year"], f["kind"])) == [
        ("4550", "张", "养老床位", "", 2022, "baseline"), ("4800", "张", "养老床位", "", 2023, "actual"),
        ("1200", "张", "护理床位", "", 2022, "baseline"), ("1500", "张", "护理床位", "", 2023, "actual")]


# the stub head left blank over a header of two lines (names, then their units in brackets) and rows of years; and a
# bilingual yearbook's names in Chinese over their translation, its stub head blank
def test_a_blank_stub_head_over_names_and_units_or_over_a_translation_names_the_columns():
    from mzlib.extract.figures import Document, extract_document

    text = ("历年社会福利机构情况\n           机构数      床位数      收养人数\n           (个)        (张)        (人)\n"
            "2019年     12          1500        980\n2020年     13          1620        1050\n"
            "2021年     15          1800        1100\n")
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2022, 2023)).figures
    names, units = ["机构数(个)", "床位数(张)", "收养人数(人)"], ["个", "张", "人"]
    values = [("12", "1500", "980"), ("13", "1620", "1050"), ("15", "1800", "1100")]
    assert list(zip(f["value"], f["unit"], f["indicator_zh"], f["year"], f["kind"], f["method"])) == [
        (v, u, n, year, "actual" if year == 2021 else "baseline", "table")
        for year, row in zip([2019, 2020, 2021], values) for v, u, n in zip(row, units, names)]
    text = ("社会救助情况\n                     城市低保        农村低保\n                     Urban           Rural\n"
            "人数(人)             3200            15000\nPersons\n标准(元/月)          800             580\nStandard\n")
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2023, 2024)).figures
    assert list(zip(f["value"], f["unit"], f["method"])) == [
        ("3200", "人", "table"), ("15000", "人", "table"), ("800", "元/月", "table"), ("580", "元/月", "table")]


# the other way: a row whose cells after its label are not all values (a word, 参加失业保险人数) does not make the
# header's first name the head of a second column of labels
def test_a_row_of_words_does_not_shift_a_header_one_cell_short():
    assert not tables._stub_head_left_out(["指标", "单位"], ["失业", "参加失业保险人数", "万人"])
    assert not tables._stub_head_left_out(["城市低保", "农村低保"], ["甲县", "1200", "较上年增加"])
    assert tables._stub_head_left_out(["城市低保", "农村低保"], ["甲县", "1200", "—"])


# a footnote's mark after a value (3200①, 15000*) is the reference of a note, in a yearbook's table of year columns as
# in a table of tabs (where a row of such values once crashed the reader of a form's column numbers: ① is a digit to
# str.isdigit)
@pytest.mark.parametrize("sep", ["          ", "\t"])
def test_a_footnote_mark_after_a_table_value_leaves_the_value(sep):
    from mzlib.extract.figures import Document, extract_document

    text = sep.join(["指标", "2022年", "2021年"]) + "\n" + sep.join(["城市低保人数(人)", "3200①", "3400"]) + "\n" + \
        sep.join(["农村低保人数(人)", "15000*", "15600"]) + "\n"
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2023, 2024)).figures
    assert list(zip(f["value"], f["unit"], f["year"], f["kind"], f["method"])) == [
        ("3200", "人", 2022, "actual", "table"), ("3400", "人", 2021, "baseline", "table"),
        ("15000", "人", 2022, "actual", "table"), ("15600", "人", 2021, "baseline", "table")]
    assert f["note"].str.contains("footnote mark").tolist() == [True, False, True, False]
    assert not tables._column_numbers(["3200①", "3400"])


# a column whose head prints a share's unit (占比(%), 完成率(%)) gives it to its values, over the unit of the row's label
# (养老机构床位(张)) or of a 单位 column: a share of the row's count is no count; the other way, the row's count
# columns keep the label's or the unit column's unit
@pytest.mark.parametrize("unit_column", [False, True])
def test_a_share_column_gives_its_unit_over_the_row_label_unit(unit_column):
    from mzlib.extract.figures import Document, extract_document

    if unit_column:
        text = ("| 指标 | 单位 | 2023年 | 占比(%) |\n| 养老机构床位 | 张 | 4800 | 100.0 |\n"
                "| 其中:护理型床位 | 张 | 2400 | 50.0 |\n")
    else:
        text = "| 指标 | 2023年 | 占比(%) |\n| 养老机构床位(张) | 4800 | 100.0 |\n| 护理型床位(张) | 2400 | 50.0 |\n"
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2023, 2024)).figures
    assert list(zip(f["value"], f["unit"])) == [("4800", "张"), ("100.0", "%"), ("2400", "张"), ("50.0", "%")]


# a column head that names a plan period's end (“十三五”期末, 十四五目标) has that period's last year (plan_periods.csv),
# and one of the values the plan starts from (基期值, 现状值) with no year is of the year before the span or plan period
# its table's title names, else before the document's plan period; the other way, 十三五期间 (a span) names no year,
# and a base column in a document of no plan period keeps the document's year
@pytest.mark.parametrize("heads, title, years", [
    (("“十三五”期末", "“十四五”期末"), "表1 主要指标", (2020, 2025)),
    (("十三五末", "十四五目标值"), "表1 主要指标", (2020, 2025)),
    (("现状值", "目标值"), "表1 主要指标", (2020, 2025)),
    (("基期值", "目标值"), "表1 主要指标(2021-2025年)", (2020, 2025)),
    (("基期值", "目标值"), "表1 “十四五”时期主要指标", (2020, 2025)),
])
def test_a_plan_period_head_or_a_base_column_dates_its_values(heads, title, years):
    from mzlib.extract.figures import Document, extract_document

    text = f"{title}\n| 指标 | {heads[0]} | {heads[1]} | 属性 |\n| 每千名老年人拥有养老床位数(张) | 32 | 40 | 预期性 |\n"
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2021, 2021, 2025, doc_type="plan")).figures
    assert list(zip(f["value"], f["year"], f["kind"])) == [("32", years[0], "baseline"), ("40", years[1], "target")]


def test_a_span_of_a_plan_period_or_a_base_column_outside_a_plan_names_no_year():
    assert tables.plan_period_end("十三五期间") is None and tables.plan_period_end("2020年") is None
    assert tables.plan_period_end("“十二五”末") == 2015
    assert tables.table_base_year("表1 主要指标") is None
    from mzlib.extract.figures import Document, extract_document

    text = "表1 主要指标\n| 指标 | 基期值 | 目标值 |\n| 每千名老年人拥有养老床位数(张) | 32 | 40 |\n"
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2021, None, None)).figures
    assert list(zip(f["value"], f["year"], f["kind"])) == [("32", 2021, "baseline"), ("40", 2021, "target")]


# a bilingual yearbook table whose header names the label column in one cell (指标 Item) over rows that print a
# label's Chinese and English names in two cells: the English cell is a translation, no column, and each value stands
# under its year (not one column to the right)
def test_a_rows_english_name_in_a_cell_of_its_own_under_a_one_cell_bilingual_head_is_no_column():
    from mzlib.extract.figures import Document, extract_document

    text = ("5-1 居民生活情况 Living Conditions |\n||||\n指标 Item | 2021 | 2022 | 2023 | |\n"
            "就业 | Employment | |||\n"
            "城镇平均每户家庭从业人口(人) | Employed Persons per Urban Household(person) | 1.62 | 1.60 | 1.58 |\n"
            "收入与支出(元) | Income and Expenditure(yuan) | |||\n"
            "居民人均可支配收入 | Per Capita Disposable Income | 31020 | 33150 | 35240 |\n"
            "职工年平均工资 | Average Wage of Employees | 80110 | 85230 | 90070 |\n")
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2023, 2024)).figures
    assert list(zip(f["value"], f["unit"], f["year"], f["kind"])) == [
        ("1.62", "人", 2021, "baseline"), ("1.60", "人", 2022, "baseline"), ("1.58", "人", 2023, "actual"),
        ("31020", "元", 2021, "baseline"), ("33150", "元", 2022, "baseline"), ("35240", "元", 2023, "actual"),
        ("80110", "元", 2021, "baseline"), ("85230", "元", 2022, "baseline"), ("90070", "元", 2023, "actual")]


# the other way: a header that gives the English name a column of its own (项目 | Item | 2021 …), or a Chinese head
# alone (指标), or rows without a cell in English, make no bilingual table of this kind; a table of one Chinese head
# over rows of a label and values is read as before
def test_a_bilingual_table_with_the_translation_column_in_its_header_or_a_chinese_head_is_unchanged():
    from mzlib.extract.figures import Document, extract_document

    cells = lambda *texts: [tables.Cell(t, 0, 0, 0) for t in texts]  # noqa: E731
    body = [cells("居民人均可支配收入", "Per Capita Disposable Income", "31020", "33150"),
            cells("职工年平均工资", "Average Wage", "80110", "85230")]
    assert tables._translation_cells(cells("指标 Item", "2022", "2023", ""), body)
    assert not tables._translation_cells(cells("项目", "Item", "2022", "2023"), body)
    assert not tables._translation_cells(cells("指标", "2022", "2023", ""), body)
    assert not tables._translation_cells(cells("指标 Item", "2021", "2022", "2023"),
                                         [cells("居民人均可支配收入", "31020", "33150", "35240"),
                                          cells("职工年平均工资", "80110", "85230", "90070")])
    text = "指标 | 2022 | 2023 | |\n居民人均可支配收入 | 33150 | 35240 |\n职工年平均工资 | 85230 | 90070 |\n"
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2023, 2024)).figures
    assert list(zip(f["value"], f["year"], f["kind"])) == [
        ("33150", 2022, "baseline"), ("35240", 2023, "actual"), ("85230", 2022, "baseline"), ("90070", 2023, "actual")]


# a web page's table flattened one cell a line, with no row numbers: its rows are told by their shape (a label, its
# unit under a 单位 head, then as many values as every other row), under a header of two levels printed flat (a group's
# head, 比上年同期增减(同比), before its parts 绝对数 and 相对数(%)) whose columns are month-end dates; the cells on
# lines between lines | or as paragraphs (a blank line between cells, an empty cell a line of a space)
_FLAT_HEAD = ["2024年2月社会保险主要指标数据", "", "单位", "截至2024年2月底", "截至2023年2月底", "比上年同期增减(同比)",
              "绝对数", "相对数(%)", "社会保险", "", "", "", "", ""]
_FLAT_ROWS = ["(一)城镇职工基本养老保险参保人数", "万人", "1796.99", "1701.86", "95.13", "5.59%",
              "1.企业保参保人数", "万人", "1640.65", "1549.35", "91.30", "5.89%",
              "2.机关保参保人数", "万人", "156.34", "152.51", "3.83", "2.51%"]
_FLAT_FIGURES = [("1796.99", "万人", 2024, "actual"), ("1701.86", "万人", 2023, "baseline"),
                 ("95.13", "万人", 2024, "change"), ("5.59", "%", 2024, "growth_rate"),
                 ("1640.65", "万人", 2024, "actual"), ("1549.35", "万人", 2023, "baseline"),
                 ("91.30", "万人", 2024, "change"), ("5.89", "%", 2024, "growth_rate"),
                 ("156.34", "万人", 2024, "actual"), ("152.51", "万人", 2023, "baseline"),
                 ("3.83", "万人", 2024, "change"), ("2.51", "%", 2024, "growth_rate")]


@pytest.mark.parametrize("joiner, empty", [("\n|\n", ""), ("\n\n", " ")])
def test_a_table_flattened_one_cell_a_line_without_row_numbers_is_split_by_its_rows_shape(joiner, empty):
    from mzlib.extract.figures import Document, extract_document

    cells = [c if c else empty for c in _FLAT_HEAD + _FLAT_ROWS]
    text = "备注:以上数据均为快报数。\n\n" + joiner.join(cells) + "\n"
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2024, 2024)).figures
    assert list(zip(f["value"], f["unit"], f["year"], f["kind"])) == _FLAT_FIGURES


# the other way: cells whose runs of values differ in length, or short paragraphs of words with too few values, make no
# table of this shape; a change column named 绝对数 is no growth, its relative twin is
def test_cells_one_a_line_of_uneven_rows_or_words_are_no_table_by_row_shape():
    cells = lambda texts: [tables.Cell(t, 0, 0, 0) for t in texts]  # noqa: E731
    uneven = _FLAT_HEAD + _FLAT_ROWS[:-1]
    assert not tables._split_by_row_shape(tables.Table(0, "", "indicator", 0, 0, 1, ""), cells(uneven))
    words = ["工作目标", "", "加强养老服务", "", "完善社会救助", "", "推进婚姻登记", "", "做好殡葬管理"] * 2
    assert tables._paragraph_cell_tables("\n".join(words) + "\n") == []
    roles = column_roles(cells(["", "单位", "截至2024年2月底", "截至2023年2月底", "比上年同期增减(同比)绝对数",
                                "比上年同期增减(同比)相对数(%)"]))
    assert [(r["role"], r["kind"], r["year"]) for r in roles] == [
        ("indicator", "", None), ("unit", "", None), ("value", "actual", 2024), ("value", "baseline", 2023),
        ("value", "change", None), ("growth", "", None)]


# a row whose values are all struck out and whose label prints a unit (收入与支出(元) — — —) heads the rows under it in a
# yearbook's table of year columns, as it does in other layouts: they take its unit; a struck-out label with no unit
# (就业 — —) heads nothing, and a row's own unit stays its own
def test_a_struck_out_label_row_gives_its_unit_to_the_rows_under_it_in_a_table_of_year_columns():
    from mzlib.extract.figures import Document, extract_document

    text = ("表5-1 人民生活水平情况\n指标 Item                     2021      2022\n"
            "就业                          —         —\n农村平均每户家庭从业人口(人)  1.75      1.71\n"
            "收入与支出(元)                —         —\n居民人均可支配收入            47498     49862\n"
            "居民人均生活消费支出          31451     32848\n职工年平均工资(万元)          11.8      12.4\n")
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2022, 2023)).figures
    f = f[f["value_type"] == "number"]
    assert list(zip(f["value"], f["unit"], f["year"])) == [
        ("1.75", "人", 2021), ("1.71", "人", 2022), ("47498", "元", 2021), ("49862", "元", 2022),
        ("31451", "元", 2021), ("32848", "元", 2022), ("11.8", "万元", 2021), ("12.4", "万元", 2022)]


# a table printed one cell a line, or one cell a paragraph, under a header of years with no parts under them: the
# head of its labels (指标, 项目, or in English: item), the years, then each row's label and a value (or a dash) for
# each year; a label's English translation in a cell of its own after it is no cell of the row, and the unit line
# above the table is its unit; the other way, a run of cells whose rows do not fill the years is no such table
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_table_one_cell_a_line_under_a_header_of_years_alone_is_read_by_its_rows(sep):
    from mzlib.extract.figures import Document, extract_document

    cells = ["单位:个", "项目", "Item", "2005", "2006", "福利类收养性单位", "Welfare Institutions", "747", "757",
             "社会福利院", "Social Welfare Homes", "70", "71", "荣誉军人康复医院 honor soldiers hospitals", "1", "1",
             "精神病福利院", "Psychiatric Welfare Homes", "—", "8"]
    text = "表15-22 社会福利事业单位机构情况\n" + sep.join(cells) + "\n"
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2006, 2007)).figures
    f = f[f["value_type"] == "number"]
    assert list(zip(f["value"], f["unit"], f["year"], f["kind"], f["method"])) == [
        ("747", "个", 2005, "baseline", "table"), ("757", "个", 2006, "actual", "table"),
        ("70", "个", 2005, "baseline", "table"), ("71", "个", 2006, "actual", "table"),
        ("1", "个", 2005, "baseline", "table"), ("1", "个", 2006, "actual", "table"),
        ("8", "个", 2006, "actual", "table")]
    english = "\n".join(["item", "2005", "2006", "total", "1970", "1847", "社会福利院", "70", "71", "光荣院", "58", "57"])
    f = extract_document(Document("t.txt", "单位:个\n" + english + "\n", "岚江市", "Lanjiang", 2006, 2007)).figures
    assert list(zip(f["value"], f["year"], f["method"])) == [
        ("1970", 2005, "table"), ("1847", 2006, "table"), ("70", 2005, "table"), ("71", 2006, "table"),
        ("58", 2005, "table"), ("57", 2006, "table")]
    uneven = "\n".join(["指标", "2005", "2006", "社会福利院", "70", "光荣院", "58", "57", "儿童福利院"])
    assert not [t for t in find_tables(uneven) if t.layout == "grouped_years"]


# one cell a line between bars, rows ending in ||: a row's first cell after the || of the row before is a cell however
# long (a bilingual label: 收养性社会福利单位 adopting social welfare institutions)
def test_a_long_first_cell_after_a_row_end_is_a_cell_of_a_table_between_bars():
    cells = [["指标", "2005", "2006"], ["合计", "1847", "1990"],
             ["收养性社会福利单位 adopting social welfare institutions", "806", "815"], ["光荣院", "57", "57"]]
    text = "\n".join(x for row in cells for k, c in enumerate(row) for x in (c, "||" if k == len(row) - 1 else "|"))
    (table,) = find_tables(text)
    assert [[c.text for c in r.cells] for r in table.rows] == cells[1:]


def _stream_rows(text):
    return [[c.text if c else None for c in r.cells] for t in find_tables(text) for r in t.rows if r.status == "parsed"]


def test_a_row_number_opening_a_line_of_a_pdf_s_plan_table_is_no_value_of_the_row_above():
    # pdftotext prints a plan table one row a line with single spaces, the category cell stacked on lines of its own
    # (共享 / 发展 / (3项)) and each row opened by its number under 序号: the number is structure, the count (3项)
    # names the group, and a cumulative goal in 【】 is a value
    text = ("“十五五”时期主要指标\n类别 序号 指标 2025年 2030年目标 属性\n共享\n发展\n(3项)\n"
            "1 城镇调查失业率(%) 4.1 <5 预期性\n2 养老机构护理型床位占比(%) 68 73 预期性\n"
            "3 实际利用外资规模(亿美元) 68.7 【350左右】 预期性\n注:【 】为5年累计数。\n")
    assert _stream_rows(text) == [[None, "1", "城镇调查失业率(%)", "4.1", "<5", "预期性"],
                                  [None, "2", "养老机构护理型床位占比(%)", "68", "73", "预期性"],
                                  [None, "3", "实际利用外资规模(亿美元)", "68.7", "【350左右】", "预期性"]]
    assert {t.rows[0].group for t in find_tables(text)} == {"共享发展"}
    assert tables.is_numeric("【350左右】") and not tables.is_numeric("【注】")


def test_a_number_opening_a_line_before_an_attribute_or_without_序号_stays_a_value():
    # a row's last value wrapped onto the next line (4 预期性) is followed by no label; without 序号 no number is a row's
    for head in ("序号 指标 2020年 2025年 属性", "指标 2020年 2025年 属性"):
        seq = head.startswith("序号")
        rows = [("1 " if seq else "") + "养老床位(万张) 3.2\n4 预期性", ("2 " if seq else "") + "护理床位占比(%) 50\n55 预期性",
                ("3 " if seq else "") + "社区覆盖率(%) 80\n90 约束性"]
        text = "表3 主要指标\n" + head + "\n" + "\n".join(rows) + "\n"
        found = [row[-3:] for row in _stream_rows(text)]
        assert found == [["3.2", "4", "预期性"], ["50", "55", "预期性"], ["80", "90", "约束性"]], head


_GOALS = ("表 1 “十五五”经济社会发展主要指标\n序号 指 标 2030 年目标 属性\n一、经济强（3 项）\n"
          "1 地区生产总值年均增长（%） 5 左右 预期性\n2 金融业增加值占比（%） 稳中有升 预期性\n"
          "3 规上数字经济核心产业营业收入占规上企业营业\n收入比重（%） 32.5 预期性\n— 13 —\n"
          "序号 指 标 2030 年目标 属性\n二、百姓富（2 项）\n4 3 岁以下婴幼儿入托率（%） 25 预期性\n"
          "5 养老机构护理型床位占比（%） ＞75 预期性\n在此基础上再奋斗五年，到 2035 年，基本实现社会主义现代化。\n")


def test_a_plan_s_goals_one_row_a_line_with_single_spaces_are_a_table():
    # pdftotext's table of a plan's goals: one goal column before 属性, 指 标 spaced out, 5 左右 apart, a goal in words,
    # a name broken over two lines, group rows with counts, a page footer and the header again on the next page
    found = [t for t in find_tables(_GOALS) if t.layout == "goal_rows"]
    assert len(found) == 1 and [c.text for c in found[0].header] == ["序号", "指标", "2030年目标", "属性"]
    rows = [[c.text for c in r.cells] for r in found[0].rows if r.status == "parsed"]
    assert rows == [["1", "地区生产总值年均增长(%)", "5 左右", "预期性"],
                    ["3", "规上数字经济核心产业营业收入占规上企业营业 收入比重(%)", "32.5", "预期性"],
                    ["4", "3 岁以下婴幼儿入托率(%)", "25", "预期性"], ["5", "养老机构护理型床位占比(%)", ">75", "预期性"]]
    assert [r.status for r in found[0].rows][1] == "unparsed"  # 稳中有升: a goal in words, its row read as text


@pytest.mark.parametrize("text", [
    _GOALS.replace(" 属性\n", "\n"),  # no 属性 column: not a plan's table of goals
    _GOALS.replace("预期性", "今后五年"),  # rows not closed by their attribute
    _GOALS.replace("1 地区", "7 地区"),  # rows not numbered from 1
])
def test_lines_that_are_no_plan_s_goals_make_no_goal_table(text):
    assert not [t for t in find_tables(text) if t.layout == "goal_rows"]


# a plan's table one cell a line (or a paragraph) whose head is two rows high, flattened: the name over the goal
# columns (“十五五”目标, 规划目标) comes before the names of the columns under it (2030年, 年均[累计]), so the rows are
# one cell narrower than the names; the name is joined to each column under it (a goal of 2030, a yearly growth), and
# the rows are read at their numbers; the other way, a header whose names each head a column of their own (a 2030年
# column after an attribute column) is read as before, and a goal name over one column only is no such head
@pytest.mark.parametrize("sep", ["\n", "\n\n \n \n \n \n\n"])
def test_a_goal_name_over_the_columns_after_it_heads_them_in_a_table_one_cell_a_line(sep):
    from mzlib.extract.figures import Document, extract_document

    cells = ["序号", "指标", "单位", "属性", "“十五五”目标", "2030年", "年均［累计］",
             "1", "地区生产总值年均增速", "%", "预期性", "—", "5左右",
             "2", "全员劳动生产率", "万元/人", "预期性", "> 52", "—",
             "3", "养老机构护理型床位占比", "%", "预期性", "＞75", "—",
             "4", "生活垃圾回收利用率", "%", "约束性", "50", "—"]
    text = "表1 岚江市“十五五”经济社会发展主要指标\n" + sep.join(cells) + "\n"
    (table,) = [t for t in find_tables(text) if t.kind == "indicator"]
    assert [c.text for c in table.header] == ["序号", "指标", "单位", "属性", "“十五五”目标 2030年",
                                              "“十五五”目标 年均[累计]"]
    assert all(r.status == "parsed" for r in table.rows)
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2025, 2026)).figures
    f = f[f["value_type"] == "number"]
    assert list(zip(f["value"], f["unit"], f["year"], f["kind"])) == [
        ("5", "%", 2030, "growth_rate"), ("52", "万元/人", 2030, "target"), ("75", "%", 2030, "target"),
        ("50", "%", 2030, "target")]
    # each name heads a column of its own: read as it was
    plain = ["序号", "指标", "单位", "2025年", "2030年目标", "属性", "1", "全员劳动生产率", "万元/人", "46", "52", "预期性",
             "2", "养老机构护理型床位占比", "%", "68", "75", "预期性"]
    (table,) = [t for t in find_tables("表1 岚江市主要指标\n" + sep.join(plain) + "\n") if t.kind == "indicator"]
    assert [c.text for c in table.header] == ["序号", "指标", "单位", "2025年", "2030年目标", "属性"]
    # a goal name over one column only (no year and average under it) is not joined to anything
    assert tables._goal_head_spanned([Cell(t, 0, 1, 1) for t in ["序号", "指标", "“十五五”目标", "2030年", "属性"]]) is None


# a plan's table of indicators printed one cell a line (or a paragraph), its cells broken over lines as converted
# copies break them: header names over two lines (2025年 / 预计, 年均/ / 累计), a group's name with its count over two
# lines before its first row (民生保障 / (3项)), a value and its 左右 or its own year on the next line, a goal in words
# over two lines (稳步 / 提高), a row's name over two lines that heads the sub-row after it, which prints no number
_PLAN_CELLS = ["类别", "序号", "指标名称", "2025年", "预计", "2030年", "目标", "年均/", "累计", "属性",
               "民生保障", "（3项）", "1", "城镇新增就业人数（万人）", "31.4", "＞25", "[125]", "预期性",
               "2", "每千人口拥有医护人员数", "执业医师数（人）", "4.9", "5.0", "—", "预期性",
               "注册护士数（人）", "5.92", "6.02", "—", "预期性",
               "3", "养老机构护理型床位占比（%）", "71", "（2024年）", "75", "—", "预期性",
               "绿色低碳", "（2项）", "4", "城乡居民收入倍差", "1.62", "1.58", "左右", "—", "预期性",
               "5", "家庭可支配收入10万—50万元群体比例（%）", "—", "稳步", "提高", "—", "预期性"]


def _plan_rows(text):
    (table,) = [t for t in find_tables(text) if t.kind == "indicator"]
    return table, [([re.sub(r"\s*\n\s*", "|", c.text) if c else None for c in r.cells], r.group, r.parent, r.status)
                   for r in table.rows]


@pytest.mark.parametrize("sep", ["\n", "\n\n", "\n \n\n"])
def test_a_plan_s_table_one_cell_a_line_is_read_whatever_its_cells_breaks(sep):
    from mzlib.extract.figures import Document, extract_document

    text = "“十五五”时期岚江市经济社会发展主要指标\n" + sep.join(_PLAN_CELLS) + "\n备注：[ ]内数据为累计数。\n"
    table, rows = _plan_rows(text)
    assert [c.text for c in table.header] == ["类别", "序号", "指标名称", "2025年预计", "2030年目标", "年均/累计", "属性"]
    assert rows == [
        ([None, "1", "城镇新增就业人数(万人)", "31.4", ">25", "[125]", "预期性"], "民生保障", "", "parsed"),
        ([None, "2", "执业医师数(人)", "4.9", "5.0", "-", "预期性"], "民生保障", "每千人口拥有医护人员数", "parsed"),
        ([None, None, "注册护士数(人)", "5.92", "6.02", "-", "预期性"], "民生保障", "每千人口拥有医护人员数", "parsed"),
        ([None, "3", "养老机构护理型床位占比(%)", "71|(2024年)", "75", "-", "预期性"], "民生保障", "", "parsed"),
        ([None, "4", "城乡居民收入倍差", "1.62", "1.58|左右", "-", "预期性"], "绿色低碳", "", "parsed"),
        ([None, "5", "家庭可支配收入10万-50万元群体比例(%)", "-", "稳步|提高", "-", "预期性"], "绿色低碳", "", "parsed")]
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2025, 2026, 2030, doc_type="plan")).figures
    f = f[(f["method"] == "table") & (f["value_type"] == "number")]
    # the 2025 column beside the 2030 goals is the value the plan starts from; 71 is of the year its cell prints
    assert list(zip(f["value"], f["unit"], f["year"], f["kind"])) == [
        ("31.4", "万人", 2025, "baseline"), ("25", "万人", 2030, "target"), ("125", "万人", 2030, "target"),
        ("4.9", "人", 2025, "baseline"), ("5.0", "人", 2030, "target"), ("5.92", "人", 2025, "baseline"),
        ("6.02", "人", 2030, "target"), ("71", "%", 2024, "baseline"), ("75", "%", 2030, "target"),
        ("1.62", "", 2025, "baseline"), ("1.58", "", 2030, "target")]
    assert all(text[a:b] == q for a, b, q in zip(f["char_start"], f["char_end"], f["quote"]))


# the other way: a row's name over two lines with no sub-row after it is one name (no part of another); a value
# alone on a line before the next row's number is a value, not that number; a header with neither 序号 nor 属性 is no
# plan's table (its rows could not be told apart); a row whose lines fit no reading of the columns is kept unparsed
# and its numbers are read as text
def test_a_plan_s_table_one_cell_a_line_reads_no_more_than_its_lines_say():
    from mzlib.extract.figures import Document, extract_document

    cells = ["序号", "指标", "单位", "2025年", "2030年目标", "属性",
             "1", "社区公共服务设施15分钟步行", "可达覆盖率", "%", "90", "95", "预期性",
             "2", "工业总产值", "万亿元", "2.5", "3", "预期性",
             "3", "海洋生产总值", "亿元", "5231", "7300", "预期性"]
    _, rows = _plan_rows("表1 主要指标\n" + "\n".join(cells) + "\n")
    assert rows[0] == (["1", "社区公共服务设施15分钟步行|可达覆盖率", "%", "90", "95", "预期性"], "", "", "parsed")
    assert rows[1][0] == ["2", "工业总产值", "万亿元", "2.5", "3", "预期性"]
    bare = [c for c in cells if c not in ("序号", "属性", "预期性")]
    assert not [t for t in find_tables("表1 主要指标\n" + "\n".join(bare) + "\n") if t.layout == "cell_per_line"
                and [c.text for c in t.header][:2] == ["指标", "单位"] and len(t.rows) == 3]
    broken = cells[:13] + ["2", "工业总产值", "万亿元", "2.5", "3", "4", "5", "预期性"] + cells[19:]
    text = "表1 主要指标\n" + "\n".join(broken) + "\n"
    _, rows = _plan_rows(text)
    assert [r[3] for r in rows] == ["parsed", "unparsed", "parsed"]
    ex = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2025, 2026, 2030, doc_type="plan"))
    f = ex.figures
    assert {"2.5", "3", "4"} <= set(f.loc[f["method"] == "unparsed_row", "value"])
    assert "5" in set(ex.numbers["text"])  # accounted for: a figure, or a number with its reason


# a plan's table whose rows are numbered in their names (1. 地区生产总值年均增长, 26. 3岁以下婴幼儿入托率), with a group
# column: a unit broken at its slash, two indicators in one row (8358/244 under 万人次/万吨: each value its unit), a
# value after the words that say what it is (“十四五”年均增长4.0: a yearly growth; 2021-2024年累计降低8.2: a fall of
# 2024), a name broken inside its brackets, and a sub-row under the attribute merged over it
def test_a_plan_s_table_numbered_in_its_names_one_cell_a_line():
    from mzlib.extract.figures import Document, extract_document

    cells = ["类别", "指标", "单位", "2025年", "完成值", "2030年", "目标值", "属性",
             "经济发展", "1. 地区生产总值年均增长", "%", "“十四五”年均增长4.0", "“十五五”年均增长", "5.0左右", "预期性",
             "2. 机场旅客/货邮吞吐量", "万人次/", "万吨", "8358/244", "11000/350", "预期性",
             "绿色低碳", "3. 单位地区生产总值二氧化碳排放降低", "%", "2021-2024年累计降低8.2", "完成省下达目标", "约束性",
             "4. 细颗粒物（PM", "2.5", "）年均浓度", "微克/立方米", "21.5", "≤20", "约束性",
             "民生福祉", "5. 每千人口拥有医护人员数", "每千人口拥有执业（助理）医师数", "人", "4.45", "4.50", "预期性",
             "每千人口拥有注册护士数", "人", "5.21", "5.30",
             "6. 3岁以下婴幼儿入托率", "%", "10", "20", "预期性"]
    text = "专栏1 岚江市“十五五”时期经济社会发展主要指标\n\n" + "\n\n".join(cells) + "\n"
    table, rows = _plan_rows(text)
    assert [c.text for c in table.header] == ["类别", "指标", "单位", "2025年完成值", "2030年目标值", "属性"]
    assert rows == [
        ([None, "地区生产总值年均增长", "%", "“十四五”年均增长4.0", "“十五五”年均增长|5.0左右", "预期性"], "经济发展", "",
         "parsed"),
        ([None, "机场旅客/货邮吞吐量", "万人次/|万吨", "8358/244", "11000/350", "预期性"], "经济发展", "", "parsed"),
        ([None, "单位地区生产总值二氧化碳排放降低", "%", "2021-2024年累计降低8.2", "完成省下达目标", "约束性"], "绿色低碳",
         "", "parsed"),
        ([None, "细颗粒物(PM|2.5|)年均浓度", "微克/立方米", "21.5", "≤20", "约束性"], "绿色低碳", "", "parsed"),
        ([None, "每千人口拥有执业(助理)医师数", "人", "4.45", "4.50", "预期性"], "民生福祉", "每千人口拥有医护人员数",
         "parsed"),
        ([None, "每千人口拥有注册护士数", "人", "5.21", "5.30", "预期性"], "民生福祉", "每千人口拥有医护人员数", "parsed"),
        ([None, "3岁以下婴幼儿入托率", "%", "10", "20", "预期性"], "民生福祉", "", "parsed")]
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2025, 2026, 2030, doc_type="plan")).figures
    f = f[(f["method"] == "table") & (f["value_type"] == "number")]
    assert list(zip(f["value"], f["unit"], f["year"], f["kind"])) == [
        ("4.0", "%", 2025, "growth_rate"), ("5.0", "%", 2030, "growth_rate"), ("8358", "万人次", 2025, "baseline"),
        ("244", "万吨", 2025, "baseline"), ("11000", "万人次", 2030, "target"), ("350", "万吨", 2030, "target"),
        ("8.2", "%", 2024, "growth_rate"), ("21.5", "微克/立方米", 2025, "baseline"), ("20", "微克/立方米", 2030, "target"),
        ("4.45", "人", 2025, "baseline"), ("4.50", "人", 2030, "target"), ("5.21", "人", 2025, "baseline"),
        ("5.30", "人", 2030, "target"), ("10", "%", 2025, "baseline"), ("20", "%", 2030, "target")]


# beside only later goals (2025年完成值 | 2030年目标值, 2025年预计 | 2030年目标) a value reached or estimated is the value a
# plan starts from; beside a goal of its own year (2020年目标值 | 2020年预计值) it is the result reached against that goal
def test_a_reached_value_beside_later_goals_is_a_baseline_and_beside_its_own_year_s_goal_a_result():
    def kinds(names, year=2025, plan=True):
        return [(r["kind"], r["year"]) for r in column_roles([Cell(n, 0, 0, 0) for n in names], year, plan)
                if r["role"] == "value"]

    assert kinds(["指标", "2025年完成值", "2030年目标值"]) == [("baseline", 2025), ("target", 2030)]
    assert kinds(["指标", "2025年预计", "2030年目标"]) == [("baseline", 2025), ("target", 2030)]
    assert kinds(["指标", "2020年目标值", "2020年预计值"], 2020, False) == [("target", 2020), ("actual", 2020)]
    assert kinds(["指标", "2020年目标值", "2020年完成值"], 2020, True) == [("target", 2020), ("actual", 2020)]


# a row named a growth and nothing after it (地区生产总值增长(%), 城乡居民收入增速) holds growth rates in every column of
# a plan's table, as a row named a yearly growth (年均增长) does; the other way, a level (地区生产总值(亿元)) or a count of
# what is new (城镇新增就业人数) holds levels, and a table that prints a growth column of its own holds levels in its rows
def test_a_row_named_a_growth_holds_growth_rates():
    from mzlib.extract.figures import Document, extract_document

    text = ("表1 主要指标\n| 指标 | 2025年 | 2030年目标 |\n| 地区生产总值增长(%) | 5.2 | 5 |\n"
            "| 地区生产总值(亿元) | 2000 | 2600 |\n| 城乡居民收入增速(%) | 6 | 6.5 |\n| 城镇新增就业人数(万人) | 3 | 3.5 |\n")
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2025, 2026, 2030, doc_type="plan")).figures
    f = f[f["method"] == "table"]
    assert list(zip(f["value"], f["kind"])) == [("5.2", "growth_rate"), ("5", "growth_rate"), ("2000", "baseline"),
                                               ("2600", "target"), ("6", "growth_rate"), ("6.5", "growth_rate"),
                                               ("3", "baseline"), ("3.5", "target")]
    grown = "\n".join(line + " 1 |" if line.startswith("| 地区") else line
                      for line in text.replace("2030年目标 |", "2030年目标 | 增长(%) |").split("\n")[:4]) + "\n"
    f = extract_document(Document("t.txt", grown, "岚江市", "Lanjiang", 2025, 2026, 2030, doc_type="plan")).figures
    f = f[(f["method"] == "table") & f["value"].isin(["5.2", "5"])]
    assert list(f["kind"]) == ["baseline", "target"]


# a table one cell a line whose header names neither 序号 nor 属性 and whose rows print no numbers (an assessment's
# indicators: 指 标 / 权重 / 单位 / 2015年目标 / 牵头部门), a cell broken over two lines (10570 / 左右), a group's row
# that prints dashes under the columns it leaves empty: the rows are told apart by their fit to the columns alone
_FITTED = ["指 标", "权重", "单位", "2015年目 标", "牵头部门",
           "一、核心指标(2项)(权重占50%)", "50", "—", "—", "—",
           "城镇居民人均可支配收入", "25", "元", "31000", "省统计局",
           "农村居民人均纯收入", "25", "元", "10570", "左右", "—",
           "二、发展指标(1项)", "10", "—", "—", "—",
           "非公有经济增加值占GDP比重", "10", "%", "65", "省经信委"]


def test_a_table_one_cell_a_line_with_no_row_numbers_is_read_by_the_fit_of_its_rows():
    from mzlib.extract.figures import Document, extract_document

    text = "附表 岚江市居民收入倍增计划考核指标\n" + "\n".join(_FITTED) + "\n以上指标由各牵头部门按季度报送。\n"
    (table,) = [t for t in find_tables(text) if t.kind == "indicator"]
    assert [c.text for c in table.header] == ["指标", "权重", "单位", "2015年目标", "牵头部门"]
    assert [[re.sub(r"\s*\n\s*", "|", c.text) if c else None for c in r.cells] for r in table.rows] == [
        ["一、核心指标(2项)(权重占50%)", "50", "-", "-", "-"], ["城镇居民人均可支配收入", "25", "元", "31000", "省统计局"],
        ["农村居民人均纯收入", "25", "元", "10570|左右", "-"], ["二、发展指标(1项)", "10", "-", "-", "-"],
        ["非公有经济增加值占GDP比重", "10", "%", "65", "省经信委"]]
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2011, 2011, 2015, doc_type="plan")).figures
    f = f[(f["method"] == "table") & (f["value_type"] == "number")]
    assert list(zip(f["value"], f["unit"], f["year"], f["kind"])) == [
        ("31000", "元", 2015, "target"), ("10570", "元", 2015, "target"), ("65", "%", 2015, "target")]


def test_short_lines_after_such_a_header_that_print_no_number_make_no_table():
    words = _FITTED[:5] + ["养老服务", "社会救助", "慈善事业", "民政局", "社区治理", "婚姻登记", "殡葬服务", "区民政局",
                           "儿童福利", "残疾人福利", "地名管理", "区民政局"]
    assert not [t for t in find_tables("\n".join(words) + "\n") if t.kind == "indicator" and t.rows]


# a plan's table whose stage names carry their year in brackets on the same line (现状值（2025年）, 目标值（2030年）) and
# whose group column stands after the row number (序号 / 类别 / 指标名称): the group's name is printed in its first row
# only (1 / 水安全 / …, then 2 / 城市易积水点消除比例 / …) and heads the rows below it; without a group column in the
# header, a short line after the row number is the row's own name
def test_a_plan_s_table_with_a_group_column_after_the_row_number_and_years_in_its_stage_names():
    from mzlib.extract.figures import Document, extract_document

    cells = ["序号", "类别", "指标名称", "指标属性", "现状值（2025年）", "目标值（2030年）",
             "1", "水安全", "城镇雨水排水达标面积占比", "预期性", "74.2%", "完成市级考核要求",
             "2", "城市易积水点消除比例", "预期性", "100%", "100%",
             "3", "河湖水面率", "预期性", "3.86%", "3.95%",
             "4", "水生态", "美丽幸福河湖建成率", "预期性", "—", "70%"]
    text = "“十五五”发展目标、主要指标\n\n" + "\n\n".join(cells) + "\n"
    table, rows = _plan_rows(text)
    assert [c.text for c in table.header] == ["序号", "类别", "指标名称", "指标属性", "现状值(2025年)", "目标值(2030年)"]
    assert rows == [
        (["1", "水安全", "城镇雨水排水达标面积占比", "预期性", "74.2%", "完成市级考核要求"], "水安全", "", "parsed"),
        (["2", None, "城市易积水点消除比例", "预期性", "100%", "100%"], "水安全", "", "parsed"),
        (["3", None, "河湖水面率", "预期性", "3.86%", "3.95%"], "水安全", "", "parsed"),
        (["4", "水生态", "美丽幸福河湖建成率", "预期性", "-", "70%"], "水生态", "", "parsed")]
    f = extract_document(Document("t.txt", text, "岚江区", "Lanjiang", 2025, 2026, 2030, doc_type="plan")).figures
    f = f[(f["method"] == "table") & (f["value_type"] == "number")]
    assert list(zip(f["value"], f["year"], f["kind"])) == [
        ("74.2", 2025, "baseline"), ("100", 2025, "baseline"), ("100", 2030, "target"), ("3.86", 2025, "baseline"),
        ("3.95", 2030, "target"), ("70", 2030, "target")]
    plain = [c for c in cells if c not in ("类别", "水安全", "水生态")]
    table, rows = _plan_rows("“十五五”发展目标、主要指标\n\n" + "\n\n".join(plain) + "\n")
    assert [r[0][1] for r in rows] == ["城镇雨水排水达标面积占比", "城市易积水点消除比例", "河湖水面率", "美丽幸福河湖建成率"]
    assert {r[1] for r in rows} == {""}


# a district plan's table names its value columns by the place, the period and the stage, each on a line of its own
# (岚江区 / “十四五” / 指标, 岚江 / “十四五” / 现状, “十四五” / 完成值): one column's name. “十四五”指标 holds the period's
# goals (target of its end year), “十四五”现状 the state at its end (baseline), and 完成情况 after the period's goals what
# was reached of them (actual of the same year); 指标 alone, or a period before a longer name, still names the label
def test_a_plan_s_table_names_its_columns_by_place_period_and_stage_over_lines():
    from mzlib.extract.figures import Document, extract_document

    review = ["类别", "序号", "指标名称", "单位", "属性", "岚江区", "“十四五”", "指标", "完成情况",
              "建设指标", "1", "人均公园绿地面积", "平方米", "约束性", "9.6", "9.28",
              "2", "森林覆盖率", "%", "约束性", "19.5", "19.5"]
    table, rows = _plan_rows("岚江区“十四五”主要指标完成情况\n\n" + "\n\n".join(review) + "\n")
    assert [c.text for c in table.header] == ["类别", "序号", "指标名称", "单位", "属性", "岚江区“十四五”指标", "完成情况"]
    assert [r[0][5:] for r in rows] == [["9.6", "9.28"], ["19.5", "19.5"]]
    goals = ["序号", "指标名称", "单位", "属性", "岚江", "“十四五”", "现状", "岚江", "“十五五”", "指标",
             "1", "人均公园绿地面积", "平方米", "约束性", "7.3", "8.6",
             "2", "绿道长度", "公里", "约束性", "160", "210"]
    text = "岚江区“十五五”绿化发展主要指标\n\n" + "\n\n".join(goals) + "\n"
    table, rows = _plan_rows(text)
    assert [c.text for c in table.header][4:] == ["岚江“十四五”现状", "岚江“十五五”指标"]
    f = extract_document(Document("t.txt", text, "岚江区", "Lanjiang", 2025, 2026, 2030, doc_type="plan")).figures
    f = f[f["method"] == "table"]
    assert list(zip(f["value"], f["year"], f["kind"])) == [("7.3", 2025, "baseline"), ("8.6", 2030, "target"),
                                                           ("160", 2025, "baseline"), ("210", 2030, "target")]

    def roles(names):
        return [(r["role"], r["kind"], r["year"]) for r in column_roles([Cell(n, 0, 0, 0) for n in names])][1:]

    assert roles(["指标名称", "“十四五”指标", "完成情况"]) == [("value", "target", 2025), ("value", "actual", 2025)]
    assert roles(["指标名称", "“十四五”现状", "“十五五”目标值"]) == [("value", "baseline", 2025), ("value", "target", 2030)]
    assert roles(["指标名称", "完成情况"]) == [("status", "", None)]
    assert roles(["序号", "“十四五”指标名称", "2025年"]) == [("indicator", "", None), ("value", "actual", 2025)]


# a column whose name says its values were reached (完成值, 完成情况, 实际值) holds values reached even where its year
# comes after the document's reference year (a plan dated by the period its review table names); a column of a year
# alone after the document's year still holds goals
def test_a_column_of_values_reached_is_no_goal_after_the_document_s_year():
    from mzlib.extract.figures import Document, extract_document

    text = ("表1 岚江区“十四五”规划主要指标完成情况\n| 指标 | 2025年目标值 | 2025年完成值 | 2026年 |\n"
            "| 森林覆盖率(%) | 19.5 | 19.8 | 20 |\n| 绿道长度(公里) | 160 | 165 | 170 |\n")
    f = extract_document(Document("t.txt", text, "岚江区", "Lanjiang", 2020, 2021, 2025, doc_type="plan")).figures
    f = f[f["method"] == "table"]
    assert list(zip(f["value"], f["year"], f["kind"])) == [
        ("19.5", 2025, "target"), ("19.8", 2025, "actual"), ("20", 2026, "target"),
        ("160", 2025, "target"), ("165", 2025, "actual"), ("170", 2026, "target")]


# a row of a plan's table that prints no unit in the 单位 column (an index: 城市生物多样性指数) is read with its unit
# cell empty, and the rows after it too; a row that prints its unit keeps it
def test_a_plan_s_table_row_without_a_unit_cell():
    cells = ["序号", "指标名称", "单位", "属性", "2025年", "2030年目标",
             "1", "森林覆盖率", "%", "约束性", "18.3", "19.5",
             "2", "城市生物多样性指数（鸟类）", "预期性", "－", "0.6",
             "3", "生活垃圾回收利用率", "%", "约束性", "48.2", "50"]
    table, rows = _plan_rows("岚江区“十五五”主要指标\n\n" + "\n\n".join(cells) + "\n")
    assert [(r[0][1], r[0][2], r[0][5], r[3]) for r in rows] == [
        ("森林覆盖率", "%", "19.5", "parsed"), ("城市生物多样性指数(鸟类)", None, "0.6", "parsed"),
        ("生活垃圾回收利用率", "%", "50", "parsed")]


# a plan's table of two levels of indicators (类别 / 序号 / 一级指标 / 二级指标 / …): the first level names a group of
# rows, printed on its first row only (rows under it print their number and second-level name alone), the second is
# each row's name; under a header of one level the same two lines after a row number are one name broken over them
def test_a_plan_s_table_of_two_levels_of_indicators():
    from mzlib.extract.figures import Document, extract_document

    head = ["类别", "序号", "一级指标", "二级指标", "单位", "属性", "“十四五”", "完成值", "“十五五”", "目标值"]
    rows_ = [["宜居城区", "1", "既有居住建筑改造", "旧住房成套改造任务", "万平方米", "预期性", "25", "1.4"],
             ["2", "推进产业空间提质增效", "低效产业用地盘活面积", "亩", "预期性", "≥2000", "≥5000"],
             ["3", "老旧街区改造数量", "个", "预期性", "3", "≥5"],
             ["韧性城区", "4", "修复城市生态系统", "人均公园绿地面积", "平方米", "约束性", "11.1", "11.5"]]
    text = "主要指标表\n" + "\n".join(head) + "\n\n" + "\n\n".join("\n".join(r) for r in rows_) + "\n"
    table, rows = _plan_rows(text)
    assert [c.text for c in table.header] == ["类别", "序号", "一级指标", "二级指标", "单位", "属性", "“十四五”完成值",
                                              "“十五五”目标值"]
    assert [(r[0][2], r[0][3], r[1], r[3]) for r in rows] == [
        ("既有居住建筑改造", "旧住房成套改造任务", "既有居住建筑改造", "parsed"),
        ("推进产业空间提质增效", "低效产业用地盘活面积", "推进产业空间提质增效", "parsed"),
        (None, "老旧街区改造数量", "推进产业空间提质增效", "parsed"),
        ("修复城市生态系统", "人均公园绿地面积", "修复城市生态系统", "parsed")]
    f = extract_document(Document("t.txt", text, "岚江区", "Lanjiang", 2025, 2026, 2030, doc_type="plan")).figures
    f = f[f["method"] == "table"]
    assert list(zip(f["value"], f["year"], f["kind"]))[:4] == [("25", 2025, "baseline"), ("1.4", 2030, "target"),
                                                               ("2000", 2025, "baseline"), ("5000", 2030, "target")]
    one = text.replace("一级指标\n二级指标", "指标名称").replace("宜居城区\n", "").replace("韧性城区\n", "")
    one = one.replace("2\n推进产业空间提质增效\n", "2\n").replace("4\n修复城市生态系统\n", "4\n")
    table, rows = _plan_rows(one.replace("类别\n", ""))
    assert [r[0][1] for r in rows][0] == "既有居住建筑改造|旧住房成套改造任务"
    assert {r[1] for r in rows} == {""}


# a goal in words longer than a name's line (至2026年底，全面启动…；2027年全面完成…: clauses apart by commas and
# semicolons, no sentence's end) is a cell of a plan's table printed one cell a line, and the rows after it are read;
# a paragraph after the table that ends its sentence (。) is no cell of its last row
def test_a_plan_s_table_cell_of_a_long_goal_in_words():
    cells = ["序号", "指标名称", "单位", "属性", "2025年", "2030年目标",
             "1", "老旧小区整治改造面积", "万平方米", "预期性", "240", "300",
             "2", "推动城中村改造项目数量", "个", "约束性", "启动8个项目",
             "至2026年底，全面启动城中村整体改造项目，全面完成整治提升；2027年全面完成整体改造项目的前期改造",
             "3", "人均公园绿地面积", "平方米", "约束性", "11.1", "11.5"]
    text = "主要指标表\n" + "\n".join(cells) + "\n二、重点任务\n以2000年前建成的公房为重点，实施综合修缮，到2030年完成改造300万平方米。\n"
    table, rows = _plan_rows(text)
    assert [(r[0][1], r[0][5], r[3]) for r in rows] == [
        ("老旧小区整治改造面积", "300", "parsed"),
        ("推动城中村改造项目数量", "至2026年底,全面启动城中村整体改造项目,全面完成整治提升;2027年全面完成整体改造项目的前期改造",
         "parsed"),
        ("人均公园绿地面积", "11.5", "parsed")]
    assert "二、重点任务" not in text[table.start:table.end]


# a group's column (类别) beside the label's (指标名称), the group printed on its first row only: every row is named by
# its label, the first of a group too (not by the group: 水安全); a row with no label keeps the group's name
def test_a_group_column_beside_the_label_column_names_no_row():
    from mzlib.extract.figures import Document, extract_document

    text = ("表1 岚江市“十五五”水务发展主要指标\n序号 | 类别 | 指标名称 | 指标属性 | 现状值(2025年) | 目标值(2030年)\n"
            "1 | 水安全 | 城市易积水点消除比例 | 预期性 | 90% | 100%\n2 |  | 河湖水面率 | 预期性 | 3.86% | 3.95%\n"
            "3 | 水生态 | 河湖生态缓冲带修复长度 | 预期性 | 21km | 24km\n4 | 水资源 |  | 约束性 | 6.3 | 6\n")
    f = extract_document(Document("t.txt", text, "岚江市", "Lanjiang", 2025, 2026, 2030, doc_type="plan")).figures
    f = f[f["method"] == "table"]
    assert list(zip(f["indicator_zh"], f["value"])) == [
        ("城市易积水点消除比例", "90"), ("城市易积水点消除比例", "100"), ("河湖水面率", "3.86"), ("河湖水面率", "3.95"),
        ("河湖生态缓冲带修复长度", "21"), ("河湖生态缓冲带修复长度", "24"), ("水资源", "6.3"), ("水资源", "6")]
