"""The three table layouts, text boxes, and rows that cannot be parsed."""

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
