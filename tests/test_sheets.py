"""Spreadsheets as statistics offices publish them (``.xlsx``, ``.xls``): each sheet read as the table a reader sees,
numbers as their formats show them, and the same figures as the table printed in a text."""

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest

import docbuild
import seeds as seed_copy
from mzlib.extract.cli import extract_command
from mzlib.extract.figures import extract_corpus, validate
from mzlib.sources.convert import document_text
from mzlib.sources.convert_sheet import show_number

FIXTURES = Path(__file__).with_name("fixtures")

# The sheet of tests/fixtures/make_xls.py, as its derived text: the title merged across the table and the unit line
# typed into the first cell are lines of their own, percentages and amounts as their formats show them, a date as
# ISO, the note under the table a line of its own.
WELFARE_TEXT = """15-3 岚江市社会福利基本情况(2020-2023年)
单位:个、张
指标 | 2020年 | 2021年 | 2022年 | 2023年 |
养老机构数(个) | 120 | 126 | 131 | 138 |
养老床位数(张) | 15230 | 16010 | 16800 | 17250 |
护理型床位占比 | 45.2% | 48.7% | 51.5% | 55.3% |
城市低保平均标准(元/人·月) | 650.00 | 680.00 | 710.50 | 745.00 |
统计时点 | 2023-12-31 |  |  |  |
注:护理型床位占比为护理型床位数占养老床位数的比重。
"""

# What the table says, figure by figure: (indicator_id, value as printed, unit, year, kind).
_YEARS = (2020, 2021, 2022, 2023)
_KINDS = ("baseline", "baseline", "baseline", "actual")
WELFARE_FIGURES = sorted(
    [("elder_care_institutions", v, "个", y, k) for v, y, k in zip(("120", "126", "131", "138"), _YEARS, _KINDS)]
    + [("elder_care_beds", v, "张", y, k) for v, y, k in zip(("15230", "16010", "16800", "17250"), _YEARS, _KINDS)]
    + [("nursing_bed_share", v, "%", y, k) for v, y, k in zip(("45.2", "48.7", "51.5", "55.3"), _YEARS, _KINDS)]
    + [("dibao_urban_standard", v, "元/人·月", y, "standard")
       for v, y in zip(("650.00", "680.00", "710.50", "745.00"), _YEARS)])


def welfare_xlsx(path):
    """The fixture's sheet as an ``.xlsx``, with a hidden sheet of notes and a sheet whose formula stores no result
    (openpyxl writes formulas without calculating them)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "15-3"
    sheet.append(["15-3 岚江市社会福利基本情况(2020-2023年)"])
    sheet.merge_cells("A1:E1")
    sheet.append(["单位:个、张"])
    sheet.append(["指标", "2020年", "2021年", "2022年", "2023年"])
    sheet.append(["养老机构数(个)", 120, 126, 131, 138])
    sheet.append(["养老床位数(张)", 15230, 16010, 16800, 17250])
    sheet.append(["护理型床位占比", 0.452, 0.487, 0.515, 0.553])
    sheet.append(["城市低保平均标准(元/人·月)", 650, 680, 710.5, 745])
    for row, fmt in ((6, "0.0%"), (7, "0.00")):
        for cell in sheet[row][1:]:
            cell.number_format = fmt
    sheet.append(["统计时点", "2023-12-31"])
    sheet.append([])
    sheet.append(["注:护理型床位占比为护理型床位数占养老床位数的比重。"])
    hidden = book.create_sheet("说明")
    hidden.sheet_state = "hidden"
    hidden.append(["本表数据来源于岚江市民政局。"])
    formulas = book.create_sheet("合计")
    for row in (["项目", "2023年"], ["合计", "=SUM(B3:B4)"], ["城市", 10], ["农村", 20]):
        formulas.append(row)
    book.save(str(path))
    return path


@pytest.mark.parametrize("value, fmt, shown", [
    (0.1234, "0.0%", "12.3%"),  # a percent format: the fraction as a percentage, its decimals
    (0.5, "0%", "50%"),
    (100, "0.00", "100.00"),  # the decimals the format prints
    (1234567, "#,##0", "1234567"),  # no thousands separator
    (12.5, '0.00"万元"', "12.50万元"),  # text the format prints after the number
    (3.5, "0.0\\%", "3.5%"),  # an escaped sign is text, not a percent format
    (2.5, "0.00_ ", "2.50"),  # padding
    (7, "[Red]0.0", "7.0"),  # a colour
    (-3.2, "0.0", "-3.2"),
    (-3.2, "0.0;(0.0)", "(3.2)"),  # a negative section prints its own sign
    (0, '_ * #,##0_ ;_ * -#,##0_ ;_ * "-"_ ;_ @_ ', "-"),  # the accounting format's zero
    (1588.1600000000001, "General", "1588.16"),  # General: ten significant digits at most
    (15230.0, "General", "15230"),
    (0.00001, "General", "0.00001"),
    (123456.0, "0.00E+00", "123456"),  # a scientific format, shown as General
    (3, "@", "3"),
])
def test_a_number_is_shown_as_its_format_shows_it(value, fmt, shown):
    assert show_number(value, fmt) == shown


def test_an_xlsx_sheet_reads_as_the_table_a_reader_sees(tmp_path):
    derived = document_text(welfare_xlsx(tmp_path / "welfare.xlsx"), tmp_path / "text")
    assert derived.format == "xlsx"
    assert derived.text == WELFARE_TEXT + "\n本表数据来源于岚江市民政局。\n\n项目 | 2023年 |\n合计 |  |\n城市 | 10 |\n农村 | 20 |\n"
    assert derived.notes == ("sheet 1 of 3 ('15-3') starts at line 1",
                             "sheet 2 of 3 ('说明'), hidden in the workbook, starts at line 11",
                             "sheet 3 of 3 ('合计') starts at line 13",
                             "sheet '合计': 1 formula cells store no result and show nothing (open the workbook in a "
                             "spreadsheet program and save it, then add it again)")
    assert derived.path.read_text(encoding="utf-8") == derived.text


def test_hidden_rows_and_columns_are_read_and_counted_in_a_note(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "表1"
    for row in (["指标", "计算列", "2022年", "2023年"], ["养老床位数(张)", "x", 16800, 17250],
                ["其中:护理型床位(张)", "y", 8100, 9020], ["社区养老服务设施(个)", "z", 310, 356]):
        sheet.append(row)
    sheet.column_dimensions["B"].hidden = True
    sheet.row_dimensions[3].hidden = True
    sheet.row_dimensions[9].hidden = True  # (a hidden row with no text is not counted)
    book.save(str(tmp_path / "hidden.xlsx"))
    derived = document_text(tmp_path / "hidden.xlsx", tmp_path / "text")
    assert derived.text == ("指标 | 计算列 | 2022年 | 2023年 |\n养老床位数(张) | x | 16800 | 17250 |\n"
                            "其中:护理型床位(张) | y | 8100 | 9020 |\n社区养老服务设施(个) | z | 310 | 356 |\n")
    assert derived.notes == ("sheet 1 of 1 ('表1') starts at line 1",
                             "sheet '表1': the text of 1 hidden row and 1 hidden column is read as the others")


def test_the_old_xls_format_reads_as_the_same_table(tmp_path):
    derived = document_text(FIXTURES / "welfare_table.xls", tmp_path)
    assert (derived.format, derived.text, derived.notes) == ("xls", WELFARE_TEXT,
                                                             ("sheet 1 of 1 ('15-3') starts at line 1",))


def _xml_cell(value, style=""):
    kind = "Number" if isinstance(value, (int, float)) else "DateTime" if value.startswith("2023-12") else "String"
    styled = f' ss:StyleID="{style}"' if style else ""
    return f'<Cell{styled}><Data ss:Type="{kind}">{value}</Data></Cell>'


def welfare_xml(path):
    """The fixture's sheet as the XML spreadsheet of Excel 2003 that web systems export under an ``.xls`` name: named
    and coded number formats in styles, a title merged across (``ss:MergeAcross``), a row placed by ``ss:Index``."""
    rows = [["指标", "2020年", "2021年", "2022年", "2023年"], ["养老机构数(个)", 120, 126, 131, 138],
            ["养老床位数(张)", 15230, 16010, 16800, 17250]]
    body = "".join("<Row>" + "".join(map(_xml_cell, row)) + "</Row>" for row in rows)
    body += "<Row>" + _xml_cell("护理型床位占比") + "".join(_xml_cell(v, "pct") for v in (0.452, 0.487, 0.515, 0.553))
    body += "</Row><Row>" + _xml_cell("城市低保平均标准(元/人·月)") + "".join(_xml_cell(v, "fixed")
                                                                     for v in (650, 680, 710.5, 745)) + "</Row>"
    body += "<Row>" + _xml_cell("统计时点") + _xml_cell("2023-12-31T00:00:00.000") + "</Row>"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        '<Styles><Style ss:ID="pct"><NumberFormat ss:Format="0.0%"/></Style>'
        '<Style ss:ID="fixed"><NumberFormat ss:Format="Fixed"/></Style></Styles>'
        '<Worksheet ss:Name="15-3"><Table>'
        '<Row><Cell ss:MergeAcross="4"><Data ss:Type="String">15-3 岚江市社会福利基本情况(2020-2023年)</Data></Cell></Row>'
        '<Row><Cell><Data ss:Type="String">单位:个、张</Data></Cell></Row>' + body +
        '<Row ss:Index="11"><Cell><Data ss:Type="String">注:护理型床位占比为护理型床位数占养老床位数的比重。</Data></Cell></Row>'
        "</Table></Worksheet></Workbook>\n", encoding="utf-8")
    return path


def test_an_xml_spreadsheet_named_xls_reads_as_the_same_table(tmp_path):
    derived = document_text(welfare_xml(tmp_path / "export.xls"), tmp_path / "text")
    assert (derived.format, derived.text, derived.notes) == (
        "xml", WELFARE_TEXT, ("this .xls is an XML spreadsheet (Excel 2003): read as one",
                              "sheet 1 of 1 ('15-3') starts at line 1"))


@pytest.mark.parametrize("suffix", [".xlsx", ".xls", ".xml.xls"])
def test_a_workbook_gives_the_figures_of_its_table(tmp_path, suffix):
    if suffix == ".xlsx":
        path = welfare_xlsx(tmp_path / "lanjiang2023_welfare.xlsx")
    elif suffix == ".xml.xls":
        path = welfare_xml(tmp_path / "lanjiang2023_welfare.xls")
    else:
        path = tmp_path / "lanjiang2023_welfare.xls"
        shutil.copy(FIXTURES / "welfare_table.xls", path)
    figures, rows, _ = extract_corpus([path], None, tmp_path / "text")
    validate(figures, {path.name: (tmp_path / "text" / f"{path.stem}.txt").read_text(encoding="utf-8")})
    numbers = figures[(figures["value_type"] == "number") & (figures["table_id"] == 1)]  # (the first sheet's)
    assert sorted(zip(numbers["indicator_id"], numbers["value"], numbers["unit"], numbers["year"],
                      numbers["kind"])) == WELFARE_FIGURES
    assert not (rows["status"] == "unparsed").any()


@pytest.mark.parametrize("seed", [s for s in seed_copy.names()
                                  if "|" in seed_copy.path(s).read_text(encoding="utf-8")])
def test_a_seeds_tables_as_a_workbook_give_the_same_figures(tmp_path, seed_run, seed):
    """Every table of a seed, a sheet each with its title above it and its numbers stored as numbers, gives the
    figures the seed's text gives from that table: the same indicator, year, kind and value, none more, none less."""
    parts = docbuild.blocks(seed_copy.path(seed).read_text(encoding="utf-8"))
    path = docbuild.to_xlsx(parts, tmp_path / docbuild.seed_name(seed, ".xlsx"))
    manifest = seed_copy.manifest()
    manifest.loc[manifest["file"] == seed, "file"] = path.name
    figures, rows, _ = extract_corpus([path], manifest, tmp_path / "text")
    expected = seed_run.extraction.figures
    expected = expected[(expected["doc"] == seed) & (expected["method"] == "table")]
    assert docbuild.figure_key(figures[figures["method"] == "table"]) == docbuild.figure_key(expected)
    assert (rows.loc[rows["kind"] == "indicator", "status"] == "parsed").all()


def _html_table():
    return "<html><body><table><tr><td>指标</td><td>2023年</td></tr><tr><td>养老床位数(张)</td><td>17250</td></tr></table>" \
           "</body></html>".encode("utf-8")


@pytest.mark.parametrize("name, write, fmt, note", [
    ("export.xls", lambda p: p.write_bytes(_html_table()), "html",
     "this .xls is a web page (a table saved as HTML under a spreadsheet's name): read as one"),
    ("renamed.xlsx", lambda p: shutil.copy(FIXTURES / "welfare_table.xls", p), "xls",
     "this .xlsx file is an .xls workbook: read as one"),
])
def test_a_workbook_is_read_as_what_its_bytes_are(tmp_path, name, write, fmt, note):
    path = tmp_path / name
    write(path)
    derived = document_text(path, tmp_path / "text")
    assert derived.format == fmt and derived.notes[0] == note
    assert "17250 |" in derived.text


def test_the_command_line_reads_a_workbook_and_prints_its_sheets(tmp_path):
    path = welfare_xlsx(tmp_path / "lanjiang2023_welfare.xlsx")
    err = tmp_path / "err.txt"
    with open(err, "w", encoding="utf-8") as stderr:
        status = extract_command([str(path)], str(tmp_path / "out.csv"), stderr=stderr, text_dir=tmp_path / "text",
                                 jobs=1)
    lines = err.read_text(encoding="utf-8").splitlines()
    assert status == 0
    assert lines[0].startswith(f"{path}: xlsx; text in ")
    assert lines[1:5] == [f"note: {path}: sheet 1 of 3 ('15-3') starts at line 1",
                          f"note: {path}: sheet 2 of 3 ('说明'), hidden in the workbook, starts at line 11",
                          f"note: {path}: sheet 3 of 3 ('合计') starts at line 13",
                          f"note: {path}: sheet '合计': 1 formula cells store no result and show nothing (open the "
                          "workbook in a spreadsheet program and save it, then add it again)"]


def test_tables_stacked_in_one_sheet_read_as_tables_of_their_own(tmp_path):
    # as a researcher stacks data.stats.gov.cn exports in one sheet (tests/documents/real64/): empty rows, then a row
    # of headings over a row of numbers, start the next table, with its own columns and header; an empty row inside
    # a table (a spacer before more rows of numbers, before a group heading of one cell, or before a last row with a
    # date) does not
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["指标", "2023年", "2022年", "2021年"], ["年末总人口(万人)", 140967, 141175, 141260], [],
                ["城镇人口(万人)", 93267, 92071, 91425], [], ["按性别分"], ["男性人口(万人)", 72032, 72206, 72311],
                [], [], ["指标", "2020年", "2010年"], ["平均预期寿命(岁)", 77.93, 74.83], [],
                ["统计时点", dt.datetime(2020, 11, 1)], [], ["注:普查年份。"]):
        sheet.append(row)
    book.save(str(tmp_path / "stacked.xlsx"))
    derived = document_text(tmp_path / "stacked.xlsx", tmp_path / "text")
    assert derived.text == ("指标 | 2023年 | 2022年 | 2021年 |\n"
                            "年末总人口(万人) | 140967 | 141175 | 141260 |\n"
                            "城镇人口(万人) | 93267 | 92071 | 91425 |\n"
                            "按性别分 |  |  |  |\n"
                            "男性人口(万人) | 72032 | 72206 | 72311 |\n"
                            "\n"
                            "指标 | 2020年 | 2010年 |\n"
                            "平均预期寿命(岁) | 77.93 | 74.83 |\n"
                            "统计时点 | 2020-11-01 |  |\n"
                            "注:普查年份。\n")
