"""The three table layouts, text boxes, and rows that cannot be parsed."""

import pytest

from mzlib.extract.tables import column_roles, find_tables

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
    assert [r.unit for r in table.rows] == ["万张", "个"]
