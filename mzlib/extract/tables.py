"""Find and split the tables of a document, whatever their layout.

Layouts, as official texts reach us after copying or conversion:

``row_per_line``
    one row per line, cells separated by ``|`` (a converted Word or HTML table).
    A header cell merged over the columns the line below splits (``| 2020年 | |`` over
    ``| | 城市 | 农村 |``) names each of them; a column of a 城乡 whole's part reads its rows as that
    part (城市低保标准).
``grouped_rows``
    as ``row_per_line`` with a grouping column (``领域``, ``类别``) printed only on the first row of
    each group, so later rows have one cell fewer or an empty first cell.
``tab_separated``
    one row per line, cells separated by tabs (a yearbook row keeps an empty cell under its year).
``space_aligned``
    one row per line, columns aligned with runs of spaces (a PDF or a plain-text table); a name
    padded with spaces (``全  省``) stays one cell.
``cell_per_line``
    one cell per line, each line ending in ``|``; rows start at their row number. Or one cell per
    line with a separator line ``|`` between cells and ``||`` ending each row (a table copied from
    a web page cell by cell), or no row ends and rows as wide as the column names the table opens with
    (``指 标`` / ``单 位`` / ``数 量``); a cell may be empty (a sub-row without its row number). Or one cell
    per line with no separators at all (a PDF's or a web page's text): the column names first
    (``序号``, ``指标``, ``单位``, the years or ``2025年目标值``, ``属性``), then each row's cells in
    that order, rows by their numbers. A plan's table printed so by a conversion that broke its cells over lines
    (``2025年`` / ``预计``, ``年均/`` / ``累计``, a group's name and its count ``经济发展`` / ``(7项)`` before its first
    row, ``1.58`` / ``左右``, ``21.5`` / ``(2024年)``, ``稳步`` / ``提高``, a name broken inside its brackets) is read
    by the cheapest fit of each row's lines to the columns, rows numbered under ``序号`` or in their names
    (``1. 地区生产总值年均增长``); when an attribute (``预期性``) closes each row, a sub-row printed without a number
    after a row that named its whole (``每千人口拥有医护人员数`` / ``执业医师数(人)``) or as a part (``其中：``) is a row
    of the one above, else it is kept unparsed. So is a PDF's text of such a table, its header one line of names
    apart (``类别 序号 指标 2025年 2030年目标 属性``) and its rows one a line or broken over lines, read word by word;
    and a table one cell a line under a header that names neither 序号 nor 属性 (``指 标 / 权重 / 单位 / 2015年目标 /
    牵头部门``), its rows told apart by their fit to the columns alone.
``open_cells``
    one cell per line, as a web page's table reads as text: a cell of words closed by a bar on its
    line (``北 京 |``), a value by a bar alone on the next line (``195.5`` / ``|``) or, its row's last,
    by none; a run of bars alone is a row left blank; an English label is a translation. A header
    whose names count the value columns names them, units in brackets in order (``(万人)``).
``single_spaced``
    one row per line, one word or value a column, separated by single spaces (a PDF's text), under
    a header line of column names only (``序号 指标 单位 2020年 2025年 属性``); a line without its
    row number is a sub-row of the row above. Or, in a yearbook, under a header that names only the
    value columns, indented over them (places or parts: ``金华市 市区``), rows of a label with its unit
    in brackets (``床位数 (张) 9625 2054``) and ``#`` parts; a value column that is a place within the
    document's region gives its figures that place as their ``subregion_zh``. Or, in a statistics
    bureau's monthly report (统计月报) as a PDF's text, under a header that names the value columns by
    period and change (``1-11月 增长(%)``) after the label column's name, or after only its last
    character when the name is printed downwards one character a line (``指`` / ``标 1-11月 增长(%)``),
    rows ``label(unit) value …`` whose last cells may wrap onto the next lines alone (``45.1`` /
    ``-1.3``), under lines of words alone that head groups of rows (``失业保险``), up to a note (``注:…``).
``year_columns``
    a statistical yearbook's table: a header line of years (``2010 2015 2020 2021``), each row's
    label (Chinese, often followed by its English translation on the same or the next line) either
    on the line of its values or on its own line above them, values aligned under their years by
    position so that an empty cell stays empty; indented and ``#`` rows belong to the row above.
    A line of the header's English translation under it (``Region  Units  Beds``) is structure.
    In a header printed with single spaces, position says nothing: a row with fewer values than
    years takes the latest years (the latest is always printed; a category that began later).
``token_stream``
    a table whose layout was lost in conversion (all on one line, one cell per line with no
    separators, or single spaces between cells): after its title, its unit line or a header line
    of column words, each row's label is followed by as many values as the header has columns.
    A header that names its ``单位`` and ``代码`` columns has its value columns after them; a row's
    indicator code (``JZH011211000``) is structure; a row with fewer values than value columns
    fills them from the column of the current period (``数量`` first in a report form).
``transposed``
    a table of one column of values printed column by column (a PDF's text): its labels one a line
    (headings over indented rows), a blank line, then its values one a line in the same order.
``run_together``
    a table copied from a web page without its borders, so that a row's label, unit and value
    run together (header ``指标名称单位数量``, rows ``最低生活保障人数万人7.1``): the value ends the
    line, the unit is the longest end of the text before it that is a unit.

A ``|`` line's opening and closing bars are borders; an empty cell between bars is kept, so a row
that prints its empty cells (``| 877 | ||``) keeps its values under their columns; lines that hold
only bars (a row's empty cells printed one per line) are empty; empty cells that pad a web page's header
and rows past its last named column (``| 2022年 | ||||||``), filled in no row, are no columns, and a row short of
the named columns in such a table is not placed by guess; a header spaced out to its
cells' width (``指 标 | 单 位``) is read without its spaces; words printed under a space-aligned
header (``(基期)``, ``目标值``) join the cells above them by column. A row that holds one sentence with
numbers (``备注:…有10个婚姻登记处。``) is a note: it is left unparsed and read as text. Rules
between rows (``|---|:--:|``, ``+----+``, a line of dashes) hold a table together and are no rows. A statistical
report form's head above its header (``编制单位：…``, ``2020年度 01月份``, ``单位：个``) is the table's
title and unit, and the line of column numbers under its header (``甲 乙 1 2 3``) is structure, not
data; its ``上期``/``上年同期`` columns hold baselines of the previous report, its ``环比``/``同比``
columns changes in %. A yearbook header may print its years without 年 (``项目 | 2015 | 2016``).

A row with fewer cells than the header is aligned to the right (values are the last columns), so
that indented sub-rows (``  农村  %  58  ≥80``) and rows without a row number still parse; a ``|``
row that keeps only its last cells (``人 | 9,873`` under ``城市低保对象 | 户 | 6,215``: the label
cell was merged over two rows) takes the label of the row above; a row with more cells has its
leading cells joined into its label. A ``|`` line of ``key：value`` cells (``发布时间：… | 来源：…``)
or a single ``|`` line with no number (navigation, share links) is not a table. A line of text between rows
(``低保对象（万人）``) labels the rows below it. Text boxes (``专栏``) that hold prose in ``|``
layout are labelled ``box`` and not parsed. A table a page break cut (a page's number, ``续表``, its title or
header printed again between its rows) is one table, its later rows read under its header. A table or row that
cannot be read is kept with its reason; no table stops a document. Every offset refers to the original text.

A form's lines of ``label value`` pairs (``预算数 6.84 到位数 6.84 执行数 6.84``) under a line that declares
their unit (``金额单位: 万元``) are no table: :func:`form_pair_lines` finds them, and each number after its
label is read as text with the declared unit.
"""

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from itertools import accumulate, count, islice
from dataclasses import dataclass, field

from mzlib.core.normalize import FOOTNOTE_MARK, document_norm, normalize
from mzlib.extract.context import is_place
from mzlib.extract.dates import plan_period_mentions
from mzlib.extract.units import unit_info
from mzlib.extract.values import parse_value
from mzlib.sources.pdf_layout import is_page_number
from mzlib.sources.reference import plan_periods


_NUMERIC = re.compile(r"^[\[(【〔]?\s*(?:[≥≤><]=?|不低于|不少于|超过|约)?\s*[-+]?\d[\d,.]*(?:\s*:\s*\d[\d.]*)?\s*"
                      r"(?:[%‰]|[\u4e00-\u9fff/·]{0,6})?\s*"
                      r"(?:以上|以下|左右)?\s*[\])】〕]?(?:\s*/\s*[≥≤><]?=?\s*\d[\d,.]*\s*[%‰]?)*"
                      rf"(?:\s*(?:{FOOTNOTE_MARK}))?$")  # (55*, 60①: a footnote's mark after the value)
_MISSING = re.compile(r"^(?:-|--|—|——|/|…|\.\.\.)$")
# the word of a plan table's attribute column (属性): a cell of its row, as a value is, not a label
_ATTRIBUTE_CELL = re.compile(r"(?:预期性|约束性|指导性)(?:指标)?")
_ATTRIBUTE_HEADS = ("属性", "指标属性")
_SPACE_SPLIT = re.compile(r"[ \t]{2,}|[ \t]*\u3000[ \t\u3000]*")  # an ideographic space is as wide as two
_SPACE_RUN = re.compile(r"[ \t]{2,}")  # _SPACE_SPLIT in a line with no ideographic space, found faster
_SPACES = re.compile(r"\s+")
_GROUP_HEADERS = ("领域", "类别", "分类", "类型", "方面", "板块")
_LABEL_HEADERS = ("指标", "项目", "名称", "内容", "类别")
PERIOD_HEADERS = ("年份", "年度")  # a column of years: the table's rows are years
_REGION_HEADERS = ("地区", "区域", "地 区", "地  区", "市(州)", "县(市、区)", "县(市区)", "单位名称",
                   # the places of a province's, a city's or a county's table: its provinces, counties, townships
                   "省份", "省(区、市)", "省(自治区、直辖市)", "市(县、区)", "县(市)", "县(区)", "县区", "区县",
                   "乡镇", "乡(镇)", "乡镇(街道)", "乡(镇、街道)", "镇(街道)", "乡镇街道", "街道(乡镇)")
_REGION_NAMES = frozenset(h.replace(" ", "") for h in _REGION_HEADERS)
# the places a column lists, named with the kinds of place in brackets: 县(乡、镇), 市(州), 乡(镇、街道)
_PLACE_KINDS_HEAD = re.compile(r"(?:[省市州县区旗乡镇]|街道)+\((?:[省市州县区旗乡镇、]|街道|自治区|直辖市)+\)")


def _is_region_header(text):
    """Whether a header cell names the column of places (``地区``, ``乡镇``, ``县(乡、镇)``)."""
    name = text.replace(" ", "")
    return name in _REGION_NAMES or bool(_PLACE_KINDS_HEAD.fullmatch(name))


_UNIT_LINE = re.compile(r"^\s*(?:计量)?单位\s*[:：]\s*(?P<unit>[^\s,，;；]{1,8})\s*$")
# a line of several units (单位:人,%), one a column or a row: read with the values by figures, as 人、%
_UNITS_LINE = re.compile(r"^\s*(?:计量)?单位\s*[:：]\s*(?P<units>[^\s,，;；、]{1,8}(?:\s*[,，、;；]\s*[^\s,，;；、]{1,8})+)\s*$")


@dataclass
class Cell:
    """One cell: stripped text (normalised) and its span in the original text."""

    text: str
    start: int
    end: int
    line: int


@dataclass
class Row:
    """One table row; ``status`` is ``parsed`` or ``unparsed`` with a ``reason``.

    ``cells`` are aligned to the header (``None`` where the row has no cell for a column);
    ``group`` is the carried grouping cell, ``parent`` the label of the row or text line above that
    this row belongs to (an indented ``其中`` row, a ``城市 / 农村`` row under its heading).
    """

    row_no: int
    cells: list
    start: int
    end: int
    line: int
    status: str = "parsed"
    reason: str = ""
    group: str = ""
    parent: str = ""
    unit: str = ""


@dataclass
class Table:
    """A table block with its header, rows, title and the unit printed above it."""

    table_id: int
    layout: str
    kind: str
    start: int
    end: int
    line: int
    title: str
    header: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    reason: str = ""
    unit: str = ""


@lru_cache(maxsize=2)
def _line_starts(norm):
    """The offset of each line of ``norm`` (:func:`_lines`), to find a position's line by bisection."""
    return [offset for _, offset, _ in _lines(norm)]


def _lines_starting(norm, pattern):
    """The indexes of the lines of ``norm`` whose start ``pattern`` matches, in order, found in one scan of the text
    (most lines start otherwise): ``pattern`` is a line break, then what the line starts with, matching no line
    break after it, so that each match starts where its line does (the first line is given a line break too)."""
    starts = _line_starts(norm)
    return [bisect_right(starts, m.start()) - 1 for m in pattern.finditer("\n" + norm)]


def _lines_holding(norm, pattern):
    """The indexes of the lines of ``norm`` in which ``pattern`` (matching no line break) finds a match, in
    order, found in one scan of the text."""
    starts = _line_starts(norm)
    return list(dict.fromkeys(bisect_right(starts, m.start()) - 1 for m in pattern.finditer(norm)))


def _lines(norm):
    """``(number, offset, line)`` of every line of ``norm``, numbered from 1; made once per text, as
    every detector reads them."""
    return _line_list(norm)


@lru_cache(maxsize=2)
def _line_list(norm):
    lines = norm.split("\n")
    starts = accumulate((len(line) + 1 for line in lines[:-1]), initial=0)  # each line and its line break
    return tuple(zip(count(1), starts, lines))


# ``单位：`` that declares a unit (``计量单位``, ``金额单位``), not a body's (``编制单位：福建省民政厅``, ``填报单位``)
_UNIT_KEY = r"(?:(?<![\u4e00-\u9fff])|(?<=计量)|(?<=金额)|(?<=货币))单位\s*[:：]"
_DECLARED_UNIT = re.compile(rf"{_UNIT_KEY}\s*(?P<unit>[^\s,，;；|]{{1,8}})")
_PLAIN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_HAN = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character
_PAIR_LABEL = re.compile(r"[^\d\s]*[\u4e00-\u9fff][^\d\s]*")
_PAIRS = re.compile(r"(?:LN){2,}N*")
FORM_UNIT_REACH = 5  # lines from a unit declaration (or the form line before) to a form line


def form_pair_lines(norm):
    """Lines of a form's ``label value`` pairs separated by spaces (``预算数 6.84 到位数 6.84 执行数
    6.84``; a budget performance form's text), under a line that declares their unit (``金额单位:
    万元``) at most :data:`FORM_UNIT_REACH` lines above it or above the form line before it:
    ``{(line_start, line_end): (unit, declaration line number)}``. A number after a number (a
    column whose name is in the header, ``100.00``) has no label and takes no unit."""
    return dict(_form_pair_lines(norm))


@lru_cache(maxsize=2)
def _form_pair_lines(norm):
    if "单位" not in norm:
        return ()  # many documents print no 单位: nothing to look at (each line that does is searched below)
    out, unit, last = {}, None, None
    for number, offset, line in _lines(norm):
        declared = _DECLARED_UNIT.search(line) if "单位" in line else None
        if declared and unit_info(declared.group("unit"))[0]:
            unit, last, declared_at = declared.group("unit"), number, number
            continue
        if unit is None or number - last > FORM_UNIT_REACH or not line.strip():
            continue
        kinds = "".join("N" if _PLAIN_NUMBER.fullmatch(t) else "L" if _PAIR_LABEL.fullmatch(t) else "X"
                        for t in line.split())
        if _PAIRS.fullmatch(kinds):
            out[(offset, offset + len(line))] = (unit, declared_at)
            last = number
    return tuple(out.items())


def _spans(line, pattern):
    """``(start, end)`` of the stripped pieces of ``line`` between separators."""
    out, pos = [], 0
    for m in list(pattern.finditer(line)) + [None]:
        end = m.start() if m else len(line)
        piece = line[pos:end]
        lead = len(piece) - len(piece.lstrip())
        out.append((pos + lead, pos + lead + len(piece.strip())))
        pos = m.end() if m else len(line)
    return out


def _space_spans(line):
    """:func:`_spans` of ``line`` between runs of spaces (:data:`_SPACE_SPLIT`)."""
    return _spans(line, _SPACE_SPLIT if "\u3000" in line else _SPACE_RUN)


def _split_spans(line, separator):
    """:func:`_spans` of the pieces of ``line`` between the characters ``separator`` (``|``, a tab), told by
    :meth:`str.split`."""
    out, pos = [], 0
    for piece in line.split(separator):
        lead = len(piece) - len(piece.lstrip())
        out.append((pos + lead, pos + lead + len(piece.strip())))
        pos += len(piece) + 1
    return out


def _merge_padded(line, spans):
    """Join a name padded with spaces (``全  省``, ``地  区``) back into one cell; the one-character
    names of columns (``男  女``: the sexes) stay apart."""
    out = []
    for s, e in spans:
        if out and e - s == 1 and out[-1][1] - out[-1][0] == 1 and s - out[-1][1] <= 4 \
                and _HAN.match(line[s]) and _HAN.match(line[out[-1][0]]) \
                and not (_PART_WORD.match(line[s]) and _PART_WORD.match(line[out[-1][0]])):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _cells(line, offset, number, kind):
    """The cells of one table line. In a ``|`` line, bars that open and close the line are borders,
    not cell boundaries (``| 甲 | 乙 |`` has two cells), and so is a bar that closes it; an empty cell
    between two bars is a cell (``| 877 | ||``: a value and two empty cells), and so is the space before a
    bar that opens a line it does not close (`` | 其中：城镇人口 | 148.9``: a sub-row's empty number)."""
    if kind == "pipe":
        spans = _split_spans(line, "|")
        stripped = line.strip()
        if len(spans) > 1 and stripped.startswith("|") and stripped.endswith("|") and spans[0][0] == spans[0][1]:
            spans = spans[1:]
        if len(spans) > 1 and stripped.endswith("|") and spans[-1][0] == spans[-1][1]:
            spans = spans[:-1]
        if all(s == e for s, e in spans):
            return []
        return [Cell(line[s:e], offset + s, offset + e, number) for s, e in spans]
    if kind == "tab":
        spans = _split_spans(line, "\t")
    else:
        spans = _merge_padded(line, _space_spans(line))
    cells = [Cell(line[s:e], offset + s, offset + e, number) for s, e in spans]
    while cells and not cells[-1].text:
        cells.pop()
    if kind == "space":
        cells = [c for c in cells if c.text]
    return cells


_HEADER_WORDS = re.compile(r"(?:19|20)\d\d\s*年|指标|项目|名称|单位|属性|目标|完成|实际|序号|编号|领域|类别|分类|"
                           r"地\s*区|区域|备注|增长|增速|年均|累计|比重|年末|数值|基期|现状|规划|类型|内容|"
                           r"数量|本期|上期|本月|上月|上季|同比|环比|上年|同期|代码|任务|权重")


@lru_cache(maxsize=8192)  # a pure function of the text
def is_numeric(text):
    """Whether a cell holds a value (``2.71``, ``≥3.5``, ``[3000]``, ``27.3 / 104.8``, ``51.02%``,
    ``1.27:1``); a number followed by words that are not a unit (``2020年实际值``) is not one, nor is a
    whole age (``0岁``, ``65岁及以上``): in a table it names the age group of its row or column, and an
    age measured (life expectancy) prints its unit in the label (``人均预期寿命(岁) | 78.5``)."""
    text = text.strip()
    if _PLAIN_VALUE.fullmatch(text):
        return True  # a plain number (most values): every test below passes it
    if not (_NUMERIC.match(text) and _DIGIT.search(text)) or _YEAR_CELL.match(text) or _AGE_CELL.fullmatch(text):
        return False
    return all(parse_value(part).value_type in ("number", "ratio") for part in _SLASH_PARTS.split(text))


_DIGIT = re.compile(r"\d")
_PLAIN_VALUE = re.compile(r"[-+]?[0-9]+(?:\.[0-9]+)?")
_AGE_CELL = re.compile(r"\d{1,3}\s*(?:周)?岁\s*(?:及以上|以上|及以下|以下|以内)?")
_YEAR_CELL = re.compile(r"(?:19|20)\d\d\s*年")
_SLASH_PARTS = re.compile(r"\s*/\s*(?=[≥≤><\d])")


_AGE_BAND = re.compile(r"\d+\s*-\s*\d+\s*(?:周)?岁|\d+\s*(?:周)?岁\s*(?:及以上|以上|及以下|以下)")


def _unit_in_brackets(text):
    """A label that ends with a unit in brackets (``助餐点（个）``, ``标准（元/人·月）``): a header cell."""
    m = _PAREN_UNIT.search(text)
    return bool(m) and bool(unit_info(m.group(1).strip())[0])


_BARE_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _header_years(texts):
    """The cells of a yearbook's header that are years printed without 年 (``项目 | 2015 | 2016``):
    two or more, rising, after a first cell that names the column of labels (or is empty)."""
    years = [t for t in texts if _BARE_YEAR.match(t)]
    if len(years) < 2 or [int(y) for y in years] != sorted(set(int(y) for y in years)) or _BARE_YEAR.match(texts[0]):
        return []
    first = texts[0].replace(" ", "")
    return years if _HEADER_LABEL.match(first) or any(h in first for h in _LABEL_HEADERS) else []


_COUNT_WORD = re.compile(r"[数率]$|比重$")  # 床位数, 收住人数, 入住率: the name of a column of values


def _is_header(texts, cells=None):
    """A header line: no values, and mostly header words (指标, 2020年, 单位, 属性, 0-14岁, or the
    years of a yearbook's columns)."""
    years = _header_years(cells) if cells else []
    texts = [t for t in texts if t]
    if not texts or any(is_numeric(t) and not _AGE_BAND.search(t) and t not in years for t in texts):
        return False
    words = [_SPACES.sub("", t) for t in texts]  # a header cell spaced out to its width: 指 标
    return sum(bool(_HEADER_WORDS.search(w) or _AGE_BAND.search(t) or _unit_in_brackets(t)
                    or _is_region_header(w) or t in years or _COUNT_WORD.search(w) or _PART_WORD.match(w))
               for t, w in zip(texts, words)) >= max(1, 0.4 * len(texts))


# the parts a header splits a column into (城市 | 农村 under 2021年)
_PART_WORD = re.compile(r"^(?:城市|农村|城镇|乡村|城乡|合计|小计|总计|男|女|集中|分散)$")


def _kind_of_line(line):
    """``pipe``, ``tab``, ``space`` or None for a line that is not a table row."""
    if not ("|" in line or "\t" in line or "  " in line or "\u3000" in line or "-" in line or "=" in line):
        return None  # what every kind below needs (a rule a dash, a row a bar, a tab or a wide space): most lines
    stripped = line.strip()
    if not stripped:
        return None
    if stripped[0] in _RULE_FIRST and _RULE.fullmatch(stripped):
        return "rule"
    if "|" in line:
        return None if _is_metadata(stripped) else "pipe"
    if "\t" in stripped:
        parts = [p for p in stripped.split("\t") if p.strip()]
        return "tab" if len(parts) >= 2 else None
    fields = line.strip(" \r\n").split("\t") if "\t" in line else [line]
    if len(fields) >= 3 and fields[0].strip() and not any(f.strip() for f in fields[1:]) \
            and len(fields[0]) <= 40 and "。" not in fields[0]:
        return "tab"  # a label over the rows below it, its cells left empty (1.优抚安置\t\t\t): a row
    if len(stripped) > 160 or not ("  " in stripped or "\u3000" in stripped):
        return None  # a space-aligned row has at least two cells (_SPACE_SPLIT, in a line with no tab)
    if "。" in stripped and "。" in stripped[:_last_gap(stripped)]:
        return None  # a sentence; a full stop in the last cell only is a row's remark (目前不具备建设条件。)
    parts = _line_parts(line)
    if len(parts) >= 3 or (len(parts) == 2 and is_numeric(parts[1])):
        if any(is_numeric(p) for p in parts) or _is_header(parts) or _is_english_head(parts) \
                or sum(bool(_MISSING.match(p.strip())) for p in parts[1:]) >= 2:  # 一、综合  —  —  —: a row
            return "space"
    if len(parts) == 2 and all(_YEAR_TOKEN.match(p) for p in parts):
        return "space"  # 2021年  2022年: a header of years over the columns they split
    return None


def _last_gap(text):
    """Where the last wide space of a space-aligned line (:data:`_SPACE_SPLIT`) starts; 0 without one."""
    return max((m.start() for m in _SPACE_SPLIT.finditer(text)), default=0)


_ENGLISH_WORDS = re.compile(r"^[A-Za-z][A-Za-z .,'&/()-]*$")


def _is_english_head(texts):
    """A bilingual yearbook's line of column names in English (``Region  Units  Beds``)."""
    texts = [t.strip() for t in texts if t and t.strip()]
    return len(texts) >= 2 and all(_ENGLISH_WORDS.match(t) for t in texts)


_RULE = re.compile(r"[|+:\s]*[-=]{3,}[-=|+:\s]*")  # a Markdown or text table's rule: |---|:--:| or +----+----+
_RULE_FIRST = frozenset("|+:-=")  # what a stripped rule starts with


_KEY_VALUE = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]")


_PAGE_CONTROL = re.compile(r"^【[^】]*】$")  # 【字体: 大 中 小】, 【打印页面】, 【关闭】


def _is_metadata(line):
    """A web page's metadata line (``发布时间：2023-10-20 | 来源：民政局 | 作者：…``, with page controls
    such as ``【字体: 大 中 小】 | 【打印】 | 分享:``): ``|`` between ``key：value`` cells and controls,
    not between table cells."""
    if ":" not in line and "：" not in line:
        return False  # no key (most | lines: a table's rows)
    cells = [c.strip() for c in line.split("|") if c.strip()]
    keys = sum(bool(_KEY_VALUE.match(c)) for c in cells)
    return len(cells) >= 2 and keys >= 1 and keys + sum(bool(_PAGE_CONTROL.match(c)) for c in cells) \
        >= max(2, len(cells) - 1)


@lru_cache(maxsize=2)
def _line_kinds(norm):
    """:func:`_kind_of_line` of each line of ``norm``, told once for the reader of its blocks."""
    return [_kind_of_line(line) for _, _, line in _lines(norm)]


def _blocks(norm):
    """Runs of table lines of one kind, with the non-empty line before them (the title)."""
    lines, kinds = _lines(norm), _line_kinds(norm)
    end = 0
    for i in [k for k, kind in enumerate(kinds) if kind is not None and kind != "rule"]:
        if i < end:
            continue  # a line of the block read last
        kind = kinds[i]
        j = i
        block = []
        while j < len(lines):
            if kinds[j] == kind:
                block.append(lines[j])
                j += 1
            elif kinds[j] == "rule":  # a rule between rows (|---|---|, +----+, -----) continues the table
                k = j
                while k < len(lines) and kinds[k] == "rule":
                    k += 1
                if k < len(lines) and kinds[k] == kind:
                    block += lines[j:k]
                    j = k
                else:
                    break
            elif kind in ("space", "tab") and kinds[j] is None and _label_line(lines[j][2]) \
                    and j + 1 < len(lines) and kinds[j + 1] == kind:
                block.append(lines[j])
                j += 1
            elif kind == "pipe" and kinds[j] is None and lines[j][2].strip() and j + 1 < len(lines) \
                    and lines[j + 1][2].strip() == "|":  # a cell whose closing bar fell on the next line
                block.append(lines[j])
                j += 1
            elif kind == "space" and not lines[j][2].strip() and block and \
                    next((k for k in range(j + 1, min(j + 3, len(lines))) if lines[k][2].strip()), None) is not None \
                    and kinds[next(k for k in range(j + 1, min(j + 3, len(lines))) if lines[k][2].strip())] == kind:
                j += 1  # a PDF's blank line between two rows (double spacing) holds the table together
            else:
                break
        start = i
        if kind == "space" and i >= 2 and kinds[i - 1] is None and kinds[i - 2] == "space" \
                and _sub_head_line(lines[i - 1][2]) and _is_header(_line_parts(lines[i - 2][2])):
            block.insert(0, lines[i - 2])  # a header over two lines, the second with no value (年 over 季度末):
            start = i - 2  # the first names the columns; the words under it are read as no row
        elif kind in ("space", "tab") and i and kinds[i - 1] is None:  # a line of names without header words
            (n0, o0, above), (n1, o1, first) = lines[i - 1], lines[i]
            above_cells, first_cells = _cells(above, o0, n0, kind), _cells(first, o1, n1, kind)
            if _names_columns([c.text for c in above_cells], [c.text for c in first_cells]) \
                    or _grouped_header(above_cells, first_cells):  # or the groups over the columns
                block.insert(0, lines[i - 1])
                start = i - 1
            elif i >= 2 and kinds[i - 2] is None and _is_english_head([c.text for c in above_cells]):
                n2, o2, names = lines[i - 2]  # the names in Chinese over their translation (城市低保  农村低保 /
                if _names_columns([c.text for c in _cells(names, o2, n2, kind)], [c.text for c in first_cells]):
                    block[:0] = [lines[i - 2], lines[i - 1]]  # Urban  Rural) over the first row
                    start = i - 2
        title = _title_before(lines, start)
        lone_words = len(block) == 1 and not any(is_numeric(p) for p in block[0][2].split("|"))
        if (kind == "pipe" and not lone_words) or len(block) >= 2:
            yield kind, title, block
        end = j


def _line_parts(line):
    """The non-empty parts of a space-aligned line, split at runs of spaces (a name padded with spaces one part)."""
    return [p for p in (line[s:e] for s, e in _merge_padded(line, _space_spans(line))) if p]


def _sub_head_line(line):
    """The second line of a header printed over two (``类  单位  一季度末 二季度末 三季度末 四季度末`` under
    ``分  序号 统计指标  计量  2016年末  2017年  2017年 …``): words in wide-spaced parts, no digit."""
    parts = _line_parts(line)
    return len(parts) >= 2 and not re.search(r"\d", line) and "。" not in line and len(line.strip()) <= 160


_FORM_KEY = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff ]{1,8}\s*[:：]")
# a report period (2020年度, 2020年01月份, 2020年第一季度); a bare 2020年 names a column of years
_FORM_PERIOD = re.compile(r"^(?:19|20)\d\d\s*年(?:度\s*(?:\d{1,2}\s*月(?:份)?|第?[一二三四1-4]\s*季度?)?"
                          r"|\s*(?:\d{1,2}\s*月(?:份)?|第?[一二三四1-4]\s*季度?))$")
_HEAD_LINES = 8
_SHORT_NAME = 16  # the longest column name read without a header word


def _is_form_head(texts):
    """A line of a statistical report form's head: ``key：value`` cells (表号, 制表机关, 编制单位,
    填报单位) and the report period (``2020年度 01月份``), not column names."""
    return bool(texts) and sum(bool(_FORM_KEY.match(t) or _FORM_PERIOD.match(t)) for t in texts) * 2 >= len(texts)


def _from_header(block, kind):
    """``(head, block)``: the block from its header line on, and the lines above the header that
    hold no value (a title printed with bars, a form's head of ``key：value`` cells and its report
    period, a ``单位：个`` line; navigation and share links), whose text is the table's head."""
    for h, (number, offset, line) in enumerate(block[:_HEAD_LINES]):
        cells = [c.text for c in _cells(line, offset, number, kind)]
        texts = [t for t in cells if t]
        if len(texts) > 1 and _is_header(texts, cells) and not _is_form_head(texts):
            return block[:h], block[h:]
        if any(is_numeric(t) for t in texts):
            return [], block
    return [], block


def _names_columns(above, cells):
    """Whether a line of words (``above``) names the columns of the first row of values (``cells``) though
    it prints no header word: as many cells, each a short name (no value, no sentence), over a row whose
    cells after its first are values (``年份 | 年末户籍人口 | 城乡低保对象`` over ``2019年 | 314.0 | 7.9``), or
    units under a column named 单位 (``品名 | 单位 | 全市城镇居民`` over ``洗衣机 | 台 | 99``). A header that leaves the label
    column's head blank or out (:func:`_stub_head_left_out`) names the columns after the label."""
    if _stub_head_left_out(above, cells):
        above = ["-"] + list(above[-(len(cells) - 1):])  # the head of the labels, as though printed
    if not above or len(above) != len(cells) or len(cells) < 2 or not all(above):
        return False
    names = all(len(t) <= _SHORT_NAME and not is_numeric(t) and not re.search(r"[。;,]", t) for t in above)
    units = {k for k, t in enumerate(above) if re.sub(r"\s+", "", t) in ("单位", "计量单位")}
    return names and all(is_numeric(t) or (k in units and _is_unit(t)) for k, t in enumerate(cells) if k and t) \
        and any(is_numeric(t) for k, t in enumerate(cells) if k and k not in units)


def _stub_head_left_out(above, cells):
    """Whether a line of names (``above``) over a row of a label and values (``cells``) leaves out the head of the
    label column, the stub head a yearbook leaves blank: it prints one cell fewer than the row (``城市低保  农村低保
    特困人员`` over ``甲县  1200  5300  800``), or an empty first cell (``| | 城市低保 | 农村低保 |``); at least two names,
    each in Chinese (a bilingual yearbook's line of names in English is their translation), the row's first cell a
    label and the others values."""
    if not above or len(cells) < 3 or not cells[0] or is_numeric(cells[0]) or _HAN.fullmatch(cells[0]):
        return False  # (one character before a row: a category printed downwards, 失 / 业, in front of the rows)
    names = list(above[1:]) if len(above) == len(cells) and not above[0] else \
        list(above) if len(above) == len(cells) - 1 else None
    values = [t for t in cells[1:] if t]
    return names is not None and len(names) >= 2 and all(_HAN.search(t) for t in names) \
        and any(is_numeric(t) for t in values) and all(is_numeric(t) or _MISSING.match(t) for t in values)


def _names_over_row(texts):
    """Whether the first of the lines ``texts`` (each a list of cell texts) names the columns of the row of values
    under it (:func:`_names_columns`), or under the translation of the names in English that follows it."""
    if len(texts) > 2 and _is_english_head(texts[1]):
        return _names_columns(texts[0], texts[2])
    return _names_columns(texts[0], texts[1])


def _label_line(line):
    stripped = line.strip()
    return bool(stripped) and len(stripped) <= 30 and "。" not in stripped and not re.search(r"\d", stripped)


_ENGLISH_PAREN = re.compile(r"\s*[(（][\x20-\x7e‰]*[A-Za-z%‰][\x20-\x7e‰]*[)）]\s*$")  # (10 000 persons), (‰)


def _title_before(lines, i):
    """``(offset, text, unit)``: the nearest non-empty line above a table, and a unit printed
    as ``单位：%`` above it. A title in English under the Chinese one (a bilingual yearbook's) is its
    translation: the Chinese line above it is the title."""
    unit, english, seen = "", None, 0
    for k in range(i - 1, -1, -1):
        text = lines[k][2].strip()
        if not text or _RULE.fullmatch(text):
            continue  # a blank line between a title and its table (a page's one cell a paragraph) is no line of it
        seen += 1
        if seen > 3:
            break
        text = _ENGLISH_PAREN.sub("", text)  # 单位：万人 (10 000 persons)
        if _EXPORT_LINE.match(text):
            continue  # 数据库：分省年度数据, 时间：最近5年: a statistics export's lines about the query
        named = _INDICATOR_LINE.fullmatch(text)
        if named:  # 指标：地区生产总值(亿元): the one indicator of an export's table of places, and its unit
            return lines[k][1], named.group("name"), unit or named.group("unit")
        m = _UNIT_LINE.match(text) or re.search(rf"{_UNIT_KEY}\s*(?P<unit>[^\s,，;；、]{{1,8}})\s*$", text)
        if m and not unit:
            unit = _bracket_closed(m.group("unit"))
            if _UNIT_LINE.match(text):
                continue
        if english is None and _ENGLISH_TITLE.fullmatch(text):
            english = (lines[k][1], text, unit)
            continue
        return lines[k][1], text, unit
    return english or (0, "", unit)


def _bracket_closed(unit):
    """A unit declared inside the title's brackets (``各县社会救助情况(单位:人)``) without the bracket that closes
    them; a bracket the unit opens stays (``元/(人·月)``)."""
    if unit[-1:] in ")）" and unit.count("(") + unit.count("（") < unit.count(")") + unit.count("）"):
        return unit[:-1]
    return unit


_ENGLISH_TITLE = re.compile(r"[A-Za-z][\x20-\x7e]*")
# the lines data.stats.gov.cn writes above an export's table: the database and the time span queried, and for a table
# of places (分省年度数据) its one indicator with the unit in brackets
_EXPORT_LINE = re.compile(r"(?:数据库|时间)\s*[:：]")
_INDICATOR_LINE = re.compile(r"指标\s*[:：]\s*(?P<name>[^|()（）]+?)\s*[(（](?P<unit>[^()（）|]{1,8})[)）]")


def find_tables(text, norm=None):
    """All tables of a document as :class:`Table` objects, in order.

    Parameters
    ----------
    text : str
        The original document text.
    norm : str, optional
        ``document_norm(text)`` when the caller has it already.

    Returns
    -------
    list of Table
        ``kind`` is ``indicator`` or ``box``; rows that cannot be read are kept with
        ``status="unparsed"`` and the reason.
    """
    norm = document_norm(text) if norm is None else norm
    tables = _open_cell_tables(norm)
    first = [(t.start, t.end) for t in tables]
    tables += [t for t in _plan_cell_tables(norm) + _plan_fitted_tables(norm, broken=True)
               if not any(a < t.end and t.start < b for a, b in first)]
    first = [(t.start, t.end) for t in tables]
    tables += [t for t in _bar_led_tables(norm) if not any(a < t.end and t.start < b for a, b in first)]
    first = [(t.start, t.end) for t in tables]
    tables += [t for t in _separated_tables(norm) + _year_column_tables(norm) + _run_together_tables(norm)
               if not any(a < t.end and t.start < b for a, b in first)]
    first = [(t.start, t.end) for t in tables]
    tables += [t for t in _side_by_side_tables(norm) + _side_by_side_year_rows(norm)
               if not any(a < t.end and t.start < b for a, b in first)]
    first = [(t.start, t.end) for t in tables]
    tables += [t for t in _wrapped_cell_tables(norm) if not any(a < t.end and t.start < b for a, b in first)]
    first = [(t.start, t.end) for t in tables]
    aligned = _aligned(text, norm)
    kinds = _line_kinds(aligned)
    for kind, (_, title, unit), block in _blocks(aligned):
        b0, b1 = block[0][1], block[-1][1] + len(block[-1][2])
        if any(a < b1 and b0 < b for a, b in first) or all(_is_bars(line.strip()) for _, _, line in block):
            continue  # a line of bars alone (the end of a table's last row) is no table
        block = [b for b in block if not _RULE.fullmatch(b[2].strip())]  # rules hold the block together only
        head, block = _from_header(block, kind)
        if not block:
            continue
        if head:
            texts = [c.text for n, o, line in head for c in _cells(line, o, n, kind) if c.text]
            units = [m.group("unit") for t in texts for m in [_UNIT_LINE.match(t)] if m]
            title = " ".join([t for t in texts if not _UNIT_LINE.match(t)] + [title])
            unit = unit or (units[0] if units else "")
        named = len(block) > 1 and _names_over_row([[c.text for c in _cells(line, o, n, kind)]
                                                    for n, o, line in block[:3]])
        lines = [_cells(line, offset, number, kind) if kinds[number - 1] or (k <= 1 and named) else
                 [_line_cell((number, offset, line))]
                 for k, (number, offset, line) in enumerate(block)]
        if head and lines:
            number, offset, line = head[-1]
            top = _cells(line, offset, number, kind)
            lines[0] = (kind == "pipe" and _spanned_header(top, lines[0])) or _grouped_header(top, lines[0]) \
                or lines[0]
        start = block[0][1] + len(block[0][2]) - len(block[0][2].lstrip())
        end = block[-1][1] + len(block[-1][2].rstrip())
        table = Table(len(tables) + 1, "", "indicator", start, end, block[0][0], title.strip(), unit=unit)
        closed = _bar_closed_rows(block) if kind == "pipe" else None
        if closed and _read_bar_closed(table, closed):
            table.layout = table.layout or "bar_closed_cells"
        elif kind == "pipe" and all(len(cells) <= 1 for cells in lines):
            table.layout = "cell_per_line"
            flat = [c for cells in lines for c in cells]
            if flat and flat[0].text.startswith("专栏"):
                table.kind, table.layout = "box", "box"
            elif not _split_grouped_years(table, flat) and not _split_by_column_names(table, block) \
                    and not _split_year_cells(table, flat) and not _split_by_row_shape(table, flat):
                _split_cell_per_line(table, flat)
        elif kind == "pipe" and lines and lines[0] and lines[0][0].text.startswith("专栏") and len(lines[0]) <= 2:
            table.kind, table.layout = "box", "box"
        else:
            table.layout = {"pipe": "row_per_line", "tab": "tab_separated", "space": "space_aligned"}[kind]
            _split_rows(table, lines, [line for _, _, line in block], [offset for _, offset, _ in block])
        tables.append(table)
    for detector in (_column_tables, _single_spaced_tables, _goal_tables, _value_header_tables, _flattened_tables,
                     _counted_header_tables, _headless_flattened_tables, _paragraph_cell_tables):
        taken = [(t.start, t.end) for t in tables]
        for table in detector(norm):
            if not any(a < table.end and table.start < b for a, b in taken):
                tables.append(table)
    for detector in (_plan_word_tables, _stream_tables, _peeled_tables, _year_row_tables, _grouped_year_lines,
                     _transposed_tables, _monthly_tables, _plan_fitted_tables):  # each after those before
        earlier = list(tables)
        for table in detector(norm):
            over = [t for t in earlier if t.start < table.end and table.start < t.end]
            if over and table.layout == "label_rows" and all(t.layout == "token_stream" for t in over) \
                    and _values_read(table) > sum(map(_values_read, over)):
                # the same lines read as rows of a label and values place more of their values than as a stream of
                # words (whose header took a row's label: ``#都市发达经济圈``): the reading that leaves fewer out
                tables = [t for t in tables if t not in over]
                over = []
            if over and detector is _plan_word_tables \
                    and all(table.start <= t.start and t.end <= table.end for t in over) \
                    and _numbers_read(table) > sum(map(_numbers_read, over)):
                # a PDF's plan table whose rows a reader of rows one a line read only up to the first row broken over
                # lines (2 / 养老机构… / 0 0 预期性): the reading of all its rows, that leaves fewer numbers out
                tables = [t for t in tables if t not in over]
                over = []
            if not over:
                tables.append(table)
    tables.sort(key=lambda t: t.start)
    tables = _joined_over_breaks(tables, norm)
    for i, table in enumerate(tables, start=1):
        table.table_id = i
    return tables


# ---------------------------------------------------------------- one cell a line, a bar opening each
_BAR_LED_MIN_ROWS = 3  # numbered rows of a table printed one cell a line, each opened by a bar
_CATEGORY_CELL = re.compile(r"[一二三四五六七八九十]{1,3}、\S")  # 一、核心指标(2项): a group's row, no number of its own
_CELL_GOES_ON = re.compile(r"[\u4e00-\u9fff ]{1,10}")  # the rest of a cell wrapped onto a line with no bar (目 标)


def _opens_cells(line):
    """Whether a line is printed as cells each opened by a bar (``| 31000``, ``|`` an empty cell, ``| | 2`` an empty
    cell and the next): it starts with a bar, holds one cell's text at most, and no bar closes that text."""
    stripped = line.strip()
    if not stripped.startswith("|"):
        return False
    texts = [t for t in stripped.split("|") if t.strip()]
    return len(texts) <= 1 and not (texts and stripped.endswith("|"))


def _bar_led_tables(norm):
    """Tables of a web page printed one cell a line, a bar opening each cell (``| 权重``, ``| 31000``), a bar alone
    for an empty cell and an empty cell run into the next on one line (``| | 2``: the last row's empty cell, then
    the next row's number); the header's first cell has no bar (``指 标``) and a line with no bar goes on with the
    cell above it (``| 2015年`` / ``目 标``). Rows start at their numbers 1, 2, 3… and at a group's name (``一、核心
    指标(2项)``, which spans the number's column); the cells before the first row are the header, whose first
    cell heads the labels. Layout ``bar_led_cells``."""
    lines, out, i = _lines(norm), [], 0
    while i < len(lines):
        if not _opens_cells(lines[i][2]):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and (_opens_cells(lines[j][2]) or _CELL_GOES_ON.fullmatch(lines[j][2].strip())
                                  and _opens_cells(lines[j - 1][2])):
            j += 1
        table = _bar_led_table(lines, i, j)
        if table:
            out.append(table)
        i = j
    return out


def _bar_led_table(lines, i, j):
    """The table of the lines ``i`` to ``j`` of :func:`_bar_led_tables`, or None."""
    cells, head = [], i
    above = lines[i - 1][2].strip() if i else ""
    if above and len(above) <= 12 and not _prose(above) and not is_numeric(above) and "|" not in above:
        number, offset, line = lines[i - 1]
        lead = len(line) - len(line.lstrip())
        cells.append(Cell(above, offset + lead, offset + lead + len(above), number))
        head = i - 1
    for number, offset, line in lines[i:j]:
        if not _opens_cells(line):  # the rest of the cell above
            last, lead = cells[-1], len(line) - len(line.lstrip())
            cells[-1] = Cell(last.text + line.strip(), last.start, offset + lead + len(line.strip()), last.line)
            continue
        bars = [k for k, ch in enumerate(line) if ch == "|"]
        for a, b in zip(bars, bars[1:] + [len(line)]):
            piece = line[a + 1:b]
            lead = len(piece) - len(piece.lstrip())
            start = offset + a + 1 + lead
            cells.append(Cell(piece.strip(), start, start + len(piece.strip()), number))
    first = next((k for k, c in enumerate(cells) if c.text == "1" or _CATEGORY_CELL.match(c.text)), None)
    if first is None or first < 3:
        return None
    header = cells[:first]
    # a row holds the header's cells at least (its number and name under the head of the labels, a group's name
    # over both): a number printed in a row (a weight of 5 in row 4) starts no row
    starts, expected, k = [], 1, first
    while k < len(cells):
        if cells[k].text == str(expected) or _CATEGORY_CELL.match(cells[k].text):
            numbered = cells[k].text == str(expected)
            starts.append(k)
            expected += numbered
            k += len(header) if numbered else len(header) - 1
        else:
            k += 1
    if expected - 1 < _BAR_LED_MIN_ROWS:
        return None
    if not all(c.text for c in header) or not _is_header([c.text for c in header]):
        return None
    _, title, unit = _title_before(lines, head)
    table = Table(0, "bar_led_cells", "indicator", header[0].start, cells[-1].end, lines[head][0], title.strip(),
                  header=header, unit=unit)
    for a, b in zip(starts, starts[1:] + [len(cells)]):
        row = cells[a:b]
        if not _CATEGORY_CELL.match(row[0].text):
            row = row[1:]  # the row's number: the label column holds number and name, under one head
        while len(row) > len(header) and not row[-1].text:
            row = row[:-1]  # the empty cells of a bar alone closing the table
        filled = [c for c in row if c.text]
        if not filled:
            continue
        status, reason = ("parsed", "") if len(row) <= len(header) else \
            ("unparsed", f"row has {len(row)} cells, header has {len(header)}")
        table.rows.append(Row(len(table.rows) + 1, [c if c.text else None for c in row] + [None] * (len(header) - len(row)),
                              filled[0].start, filled[-1].end, filled[0].line, status=status, reason=reason))
    return table if table.rows else None


def _values_read(table):
    """How many values the parsed rows of ``table`` place under its columns (its label cells not counted)."""
    return sum(1 for r in table.rows if r.status == "parsed" for c in r.cells[1:] if c is not None and c.text)


def _numbers_read(table):
    """How many cells of the parsed rows of ``table`` hold a number."""
    return sum(1 for r in table.rows if r.status == "parsed" for c in r.cells if c is not None and is_numeric(c.text))


# a line that says a table goes on: 续表, 续表1, 表2(续), 续
_CONTINUED = re.compile(r"^(?:续表\s*[\d\-—.]*|.{0,40}[(（]\s*续(?:表)?\s*[)）]|续)$")


def _joined_over_breaks(tables, norm):
    """``tables`` with each table a page break cut joined again: a table whose rows go on after lines that are only a
    page's number (``— 12 —``, ``第3页``), a ``续表`` line or the table's title printed again, and that prints no
    header of its own or the same header again, each parsed row as wide as the header above the break, is the rest
    of the table before: its rows are read under that header (a PDF's page break would leave them unnamed)."""
    out = []
    for table in tables:
        last = out[-1] if out else None
        if last is not None and _goes_on(last, table, norm):
            for row in table.rows:
                row.row_no += len(last.rows)
            last.rows += table.rows
            last.end = table.end
            continue
        out.append(table)
    return out


def _goes_on(before, table, norm):
    """Whether ``table`` is the rest of ``before`` (:func:`_joined_over_breaks`)."""
    between = [line.strip() for line in norm[before.end:table.start].split("\n") if line.strip()]
    marks = [line for line in between if _CONTINUED.match(line) or is_page_number(line) and not line.isdigit()]
    head = [c.text for c in before.header if c is not None]
    again = (before.title.strip(), re.sub(r"[\s|]", "", "".join(head)))  # its title or its header printed again
    if not marks or len(marks) + sum(line == again[0] or re.sub(r"[\s|]", "", line) == again[1]
                                     for line in between) != len(between):
        return False
    names = [c.text for c in table.header if c is not None]
    return before.kind == table.kind == "indicator" and len(head) > 1 and (not any(names) or names == head) \
        and all(len(r.cells) == len(head) for r in table.rows if r.status == "parsed")


def _aligned(text, norm):
    """``norm`` with the ideographic spaces of ``text`` kept (a table aligned with them: ``指标名称　　单位``,
    ``覆盖率　%　　50``), as :func:`normalize` makes each a space, one character for one."""
    if "\u3000" not in text or len(text) != len(norm):
        return norm
    chars = list(norm)
    for m in re.finditer("\u3000", text):
        chars[m.start()] = "\u3000"
    return "".join(chars)


def _named(cells):
    """How many cells of a header line are named, when they come first and only empty cells follow; else 0."""
    n = next((k for k, c in enumerate(cells) if not c.text), len(cells))
    return n if all(not c.text for c in cells[n:]) else 0


def _spanned_header(top, header):
    """One header from a line of groups over a line of the columns under them, as a web page's table
    whose label column spans both lines and whose groups span columns prints them: ``地区 | 城市低保 | 农村低保
    | ||||`` over ``人数(人) | 资金(万元) | 人数(人) | 资金(万元) | |``. The top line names the label column and
    its groups, the line below every value column but not the label column (or the label column again, a
    merged cell copied into each line it spans: ``地区 | 城市低保 …`` over ``地区 | 人数(人) …``); each group
    spans as many columns as the others. The label column takes its name from the top line, each column below the
    name of its group and its own (``城市低保 人数(人)``). None when the lines are no such pair."""
    # the label column's name printed again in the line below (a merged cell copied into each line it spans)
    repeated = len(header) > 1 and bool(top) and _same_words(header[0], top[0])
    if repeated:
        header = header[1:]
    t, s = _named(top), _named(header)
    if t < 2 or s < 2 * (t - 1) or s % (t - 1) or s >= len(header) + repeated \
            or not (_HEAD_CELL.match(top[0].text.replace(" ", "")) or _is_region_header(top[0].text)) \
            or _HEAD_CELL.match(header[0].text.replace(" ", "")) or _is_region_header(header[0].text):
        return None
    width = s // (t - 1)
    columns = [Cell(f"{top[1 + k // width].text} {c.text}", c.start, c.end, c.line) for k, c in enumerate(header[:s])]
    return [top[0]] + columns + header[s + 1:]


def _grouped_header(top, header):
    """One header from a line of groups over the line of the columns under them (a yearbook's merged
    cells, ``城市低保`` over ``人数(人) | 资金(万元)``, ``2020年`` over ``机构数(个) | 床位(张)``), the groups placed
    by structure, not by one document's words:

    - each group a merged cell printed once with an empty cell for each further column it spans
      (``乡镇 | 城市低保 | | 农村低保 | |`` over `` | 人数(人) | 资金(万元) | 人数(人) | 资金(万元)``), or
    - the groups printed next to each other and the same column names repeated under each
      (``乡镇  城市低保  农村低保`` over ``人数(人)  资金(万元)  人数(人)  资金(万元)``, space-aligned).

    The label column is named in either line (a cell merged over both prints its text once) or in
    neither; the line below may leave it out. Each column below takes the name of its group and its
    own (``城市低保 人数(人)``). None when the lines are no such pair."""
    while top and not top[-1].text:
        top = top[:-1]
    if len(top) < 2 or any(is_numeric(c.text) for c in top + header):
        return None
    if any(not c.text for c in top[1:]):
        # merged cells: a group spans its own column and the empty ones after it, the last one to the end
        if not top[1].text or len(header) < 2 or not (not header[0].text or not top[0].text
                                                      or _same_words(header[0], top[0])):
            return None
        label, columns = (top[0] if top[0].text else header[0]), _filled(header[1:])
        if len(top) > len(columns) + 1:
            return None
        groups = []
        for c in top[1:]:
            groups.append(c if c.text else groups[-1])
        groups += groups[-1:] * (len(columns) - len(groups))
    else:
        # groups side by side: the label column's name is the top line's first cell or the line below's
        for label, names, columns in ((top[0], top[1:], _filled(header[1:] if header and (
                not header[0].text or _same_words(header[0], top[0])) else header)),
                                      (header[0] if header else None, top, _filled(header[1:]))):
            if label is not None and _repeated_under(names, columns):
                break
        else:
            return None
        width = len(columns) // len(names)
        groups = [names[k // width] for k in range(len(columns))]
    if len(columns) < 4 or not all(c.text for c in columns):
        return None
    return [label] + [Cell(f"{g.text} {c.text}", c.start, c.end, c.line) for g, c in zip(groups, columns)]


def _same_words(a, b):
    """Whether two cells hold the same words, spaces aside (a merged cell's text copied into each line it spans)."""
    return a.text.replace(" ", "") == b.text.replace(" ", "")


def _filled(cells):
    """``cells`` less the empty cells at their end (a web page's padding)."""
    cells = list(cells)
    while cells and not cells[-1].text:
        cells.pop()
    return cells


def _repeated_under(names, columns):
    """Whether ``columns`` are the same names again under each of the groups ``names`` (two or more
    columns a group): what places groups side by side over columns without their positions."""
    if len(names) < 2 or not all(c.text for c in names) or len(columns) % len(names):
        return False
    width = len(columns) // len(names)
    words = [c.text.replace(" ", "") for c in columns]
    return width >= 2 and all(words[k] == words[k % width] for k in range(len(words)))


# a sum to date that 累计 names with the noun of an amount (累计资金支出数, 累计发放金额): a value, not a change
_SUM_TO_DATE = re.compile(r"累计[^()（）增减提高下降]{0,8}(?:数|额|支出|人次)")


# ---------------------------------------------------------------- cells closed by bars
_CLOSED_CELL = re.compile(r"^[ \t]*(?P<text>[^|]*?)[ \t]*(?P<bars>\|[ \t|]*)$")
_MAX_BAR_WIDTH = 12


def _bar_closed_rows(block):
    """The rows of a table printed one cell a line with a bar closing each cell (``38.7 |``), a bar
    alone closing an empty one (``|``) and a run of bars as many (``| |||``, ``2007年 | ||||``: a
    cell, then four empty ones), as a web page's table reads as text: each bar closes one cell, and
    the cells make rows of the width at which every line of several bars ends a row (the first such
    width that gives two rows of two or more values). Each row is a list of :class:`Cell` (an empty
    cell has an empty span). None when the block is no such table: a line holds a bar between words
    or no bar at all, or fewer than two lines hold several bars."""
    cells, ends = [], []
    for number, offset, line in block:
        m = _CLOSED_CELL.match(line)
        if not m:
            return None
        text, bars = m.group("text"), m.group("bars").count("|")
        bar = offset + m.start("bars")
        start = offset + m.start("text")
        cells += [Cell(text, start, start + len(text), number) if text else Cell("", bar, bar, number)]
        cells += [Cell("", bar, bar, number) for _ in range(bars - 1)]
        if bars > 1:
            ends.append(len(cells))
    if len(ends) < 2:
        return None
    for width in range(2, _MAX_BAR_WIDTH + 1):
        if any(end % width for end in ends) or len(cells) % width:
            continue
        rows = [cells[k:k + width] for k in range(0, len(cells), width)]
        if sum(sum(is_numeric(c.text) for c in row[1:]) >= 2 for row in rows) >= 2:
            return rows
    return None


def _read_bar_closed(table, rows):
    """Read the rows of :func:`_bar_closed_rows` into ``table``: the header is the last row before the
    first row of values that names columns (``项目 | 2007 | 2008 | 2008年比``); rows between it and the
    values that fill only their first cell are the rest of a header cell merged over rows, and continue
    the header's last cell (``2007年``, ``增减%``); a column headed and filled in English only (``Item``)
    is a translation and no column. Below, a row of a label alone heads the rows under it, unless it is
    a unit in brackets (``(万人)``): the unit of the row above. False when no header names columns."""
    chinese = [[c.text for c in row if not _ENGLISH.match(c.text)] for row in rows]
    heads = [k for k, texts in enumerate(chinese) if sum(map(bool, texts)) >= 2 and _is_header(texts, texts)]
    first = next((k for k, row in enumerate(rows) if k not in heads and sum(is_numeric(c.text) for c in row[1:]) >= 2),
                 None)
    heads = [k for k in heads if first is not None and k < first]
    if first is None or not heads:
        return False
    h = heads[-1]
    if not table.title:  # a title printed in the table's first cells (Key Statistics on ...)
        table.title = " ".join(c.text for row in rows[:h] for c in row if c.text)
    header = list(rows[h])
    last = max(k for k, c in enumerate(header) if c.text)
    body = h + 1
    while body < first and sum(bool(c.text) for c in rows[body]) == 1:  # pieces of a cell merged over rows
        piece = next(c for c in rows[body] if c.text)
        if _WIDE.search(piece.text):  # (its English translation is no part of it)
            header[last] = Cell(header[last].text + piece.text, header[last].start, header[last].end, header[last].line)
        body += 1
    english = [k for k, c in enumerate(header) if k and _ENGLISH.match(c.text)
               and all(not c2.text or _ENGLISH.match(c2.text) for row in rows[first:] for c2 in row[k:k + 1])]
    keep = [k for k in range(len(header)) if k not in english]
    table.header = [header[k] for k in keep]
    grouped = len(table.header) > 2 and any(h in table.header[0].text.replace(" ", "") for h in _GROUP_HEADERS)
    parent, previous, group = "", None, ""
    for row in rows[body:]:
        cells = [row[k] for k in keep]
        filled = [c for c in cells if c.text]
        if not filled:
            continue
        if grouped:  # the group cell merged over rows: its place, printed as empty cells at the end, is no cell
            while not cells[-1].text:
                cells = cells[:-1]
            cells = [Cell("", cells[0].start, cells[0].start, cells[0].line)] * (len(table.header) - len(cells)) + cells
            group = cells[0].text or group
            cells = cells[1:]
            filled = [c for c in cells if c.text]
            if not filled:
                continue  # a group's name alone on its row heads the rows below it
        if len(filled) == 1 and filled[0] is cells[0] and not is_numeric(cells[0].text):
            unit = _bracketed_unit(cells[0].text)
            if unit and previous is not None and not previous.unit:
                previous.unit = unit  # (万人) under its row: that row's unit
                continue
            parent = re.sub(r"\s+", "", cells[0].text)
            table.rows.append(Row(len(table.rows) + 1, [None] * len(cells), cells[0].start, cells[0].end,
                                  cells[0].line, reason="label row"))
            continue
        present = [c for c in cells if c.text]
        previous = Row(len(table.rows) + 1, [c if c.text else None for c in cells], present[0].start,
                       present[-1].end, present[0].line, parent=parent, group=group if grouped else "")
        if cells[0].text and is_numeric(cells[0].text):
            previous.status, previous.reason = "unparsed", "a value where the row's label should be"
        table.rows.append(previous)
    if grouped:
        table.header, table.layout = table.header[1:], "grouped_rows"
    return bool(table.rows)


_BRACKETED = re.compile(r"[(（]\s*([^()（）]+?)\s*[)）]")


def _bracketed_unit(text):
    """The unit of a cell that is a unit in brackets only (``(万人)``, ``(元/人、月)``), else ''."""
    m = _BRACKETED.fullmatch(text.strip())
    return m.group(1) if m and unit_info(m.group(1))[0] else ""


# ---------------------------------------------------------------- cells run together
_RUN_HEAD = re.compile(r"(?P<label>指标名称|项目名称|指标|项目|名称)(?P<unit>计量单位|单位)?(?P<code>代码)?"
                       r"(?P<values>(?:数量|数值|本期|本月|本年|合计|上月|上期|上年同期|同比|环比)+)")
_RUN_VALUE_WORD = re.compile(r"数量|数值|本期|本月|本年|合计|上月|上期|上年同期|同比|环比")
_RUN_ROW = re.compile(r"^(?P<label>.*?[\u4e00-\u9fff)）·].*?)\s*(?P<values>-?\d[\d,]*(?:\.\d+)?(?:\s+-?\d[\d,]*(?:\.\d+)?)*)$")
_LONGEST_UNIT = 8
_YEAR_WORD = re.compile(r"(?:19|20)\d\d\s*年")


def _run_together_tables(norm):
    """Tables copied from a web page whose cells lost their borders, so that a row's label, unit
    and value run together (header ``指标名称单位数量``, rows ``最低生活保障人数万人7.1``,
    ``镇143``): each line under the header is a row; its value is the number that ends the line,
    its unit the longest end of the text before it that is a unit (``元/人·月``), when the header
    has a 单位 column; a line with no value heads the rows below it. Further value columns
    (``数量上月``) must be separated by spaces; a row with fewer values fills the first columns."""
    if not _RUN_HEAD.search(norm):
        return []  # no header anywhere (most documents)
    lines = _lines(norm)
    out, i = [], 0
    while i < len(lines):
        number, offset, line = lines[i]
        m = _RUN_HEAD.fullmatch(line.strip())
        if not m:
            i += 1
            continue
        lead = offset + len(line) - len(line.lstrip())
        header = [Cell(m.group("label"), lead + m.start("label"), lead + m.end("label"), number)]
        if m.group("unit"):
            header.append(Cell(m.group("unit"), lead + m.start("unit"), lead + m.end("unit"), number))
        if m.group("code"):
            header.append(Cell(m.group("code"), lead + m.start("code"), lead + m.end("code"), number))
        header += [Cell(w.group(), lead + m.start("values") + w.start(), lead + m.start("values") + w.end(), number)
                   for w in _RUN_VALUE_WORD.finditer(m.group("values"))]
        k = len(header) - 1 - bool(m.group("unit")) - bool(m.group("code"))
        _, title, unit = _title_before(lines, i)
        if not _YEAR_WORD.search(title) or _FORM_KEY.match(title):  # the report's title, above its publication line
            title = next((text.strip() for _, _, text in reversed(_lines_above(lines, i, _HEAD_LINES))
                          if _YEAR_WORD.search(text) and not _FORM_KEY.match(text.strip())), title)
        table = Table(0, "run_together", "indicator", lead, lead + len(line.strip()), number, title, header, unit=unit)
        parent, j = "", i + 1
        while j < len(lines) and len(table.rows) < _STREAM_LINES:
            n, o, text = lines[j]
            stripped = text.strip()
            if not stripped:
                j += 1
                continue
            if _PROSE.search(stripped) or _RUN_HEAD.fullmatch(stripped):
                break
            start = o + len(text) - len(text.lstrip())
            row_match = _RUN_ROW.match(stripped)
            if row_match is None or not is_numeric(row_match.group("values").split()[0]):
                if re.search(r"\d", stripped) and not re.match(r"^[一二三四五六七八九十]+、", stripped):
                    break  # a line with numbers that is no row: the table has ended
                parent = stripped
                table.rows.append(Row(len(table.rows) + 1, [None] * len(header), start, start + len(stripped), n,
                                      reason="label row"))
                table.end = start + len(stripped)
                j += 1
                continue
            label_text = row_match.group("label")
            unit_cell = None
            if m.group("unit"):
                for size in range(min(_LONGEST_UNIT, len(label_text) - 1), 0, -1):
                    tail = label_text[-size:]
                    if _is_unit(tail) and not tail[0].isdigit():
                        label_text = label_text[:-size]
                        unit_cell = Cell(tail, start + len(label_text), start + len(label_text) + size, n)
                        break
            name = Cell(label_text.rstrip(), start, start + len(label_text.rstrip()), n)
            vals = [Cell(v.group(), start + row_match.start("values") + v.start(),
                         start + row_match.start("values") + v.end(), n)
                    for v in re.finditer(r"\S+", row_match.group("values"))]
            cells = [name] + ([unit_cell] if m.group("unit") else []) + ([None] if m.group("code") else [])
            row = Row(len(table.rows) + 1, cells + vals + [None] * (k - len(vals)), start,
                      start + len(stripped), n, parent=parent if text[:1].isspace() else "")
            if len(vals) > k:
                row.status, row.reason = "unparsed", f"{len(vals)} values after the label, the header has {k} columns"
            table.rows.append(row)
            table.end = start + len(stripped)
            j += 1
        if any(r.reason != "label row" for r in table.rows):
            out.append(table)
        i = j
    return out


# ---------------------------------------------------------------- tables that lost their layout
# a table's number (表5-2, a yearbook's 20-2) and title; not a range of months, days or ages (1—9月累计: a column)
_TABLE_TITLE = re.compile(r"^\s*(?:表\s*\d+(?:\s*[-—.]\s*\d+)?|\d+\s*[-—.]\s*\d+(?!\s*[月日岁号]))\s*[\u4e00-\u9fff]"
                          r"|^\s*表\s*$")
# a table's note (注：, 注1:, 注释), not a label that starts with 注 (注册志愿者, 注销登记)
# a plan's box of indicators titles its table as 表N does (专栏2:“十四五”残疾人保障和发展主要指标); a box of projects
# or of prose (专栏1 养老服务设施建设工程) is none
_BOX_TITLE = re.compile(r"^\s*专栏\s*\d+[^\n。,;]{0,40}指标\s*$")
_NOTE = r"注(?:释|解)?\s*[\d①-⑩]{0,2}\s*[:：.、．]"
_NOTE_MARK = re.compile(_NOTE)
_PROSE = re.compile(rf"[。，；;]|,(?!\d{{3}}(?:\D|$))|(?<!\d),|^\s*{_NOTE}")  # not a thousands separator
_COMMA_PAUSE = re.compile(r",(?:(?!\d{3}(?:\D|$))|(?<!\d,))")  # _PROSE's commas, found as a comma first
_NOTE_START = re.compile(rf"\s*{_NOTE}")


def _prose(text):
    """Whether ``text`` reads as prose, as :data:`_PROSE` tells: a pause (。，；;), a comma that is no
    thousands separator, or a note's mark at its start. The pauses are asked first, and the patterns
    run only on a text that holds a comma or a 注."""
    if "。" in text or "，" in text or "；" in text or ";" in text:
        return True
    return bool("," in text and _COMMA_PAUSE.search(text) or "注" in text and _NOTE_START.match(text))


_TOKEN = re.compile(r"\S+")
_STREAM_LINES = 400


def _stream_tables(norm):
    """Tables whose layout was lost in conversion: after a table's title (``表5-2 各地区人口年龄
    构成``) or its unit line (``单位：%``), the header's words, then each row's label followed by
    as many values as the header has columns, separated by single spaces, one cell per line, or
    all on one line (``地区 0—14岁 15—59岁 全 国 17.95 63.35 北 京 11.84 68.53``). The number of
    values per row is the one every row shares; the header's last words name the value columns
    and the word before them the column of labels (a ``单位`` column takes the last word of each
    label). Words printed on a line of their own between rows head the rows below them. A unit
    line that names one unit per value column (``单位：人、%``) gives each column its unit."""
    lines = _lines(norm)
    forms = form_pair_lines(norm)
    # what each line is, decided once: a header tried at every line reads up to _STREAM_LINES after it
    prose = [_prose(line.replace("其中:", "")) for _, _, line in lines]
    units = [_UNIT_LINE.match(_ENGLISH_PAREN.sub("", line.strip())) if "单位" in line else None
             for _, _, line in lines]  # (what _ENGLISH_PAREN takes off a line's end never makes a 单位)
    tokens = {}  # line number -> its cells, and which of its words are values (_stream_table)
    named = {}  # word -> whether it names a column (_names_column)
    kinds = {}  # a cell's text -> what it is (_token_kind)
    announced = _announced(lines)
    # a sentence names no column (and spells none one character a word)
    starts = [(i, header) for i, (_, _, text) in enumerate(lines)
              for header in [not prose[i] and _stream_header(lines, i, prose, named, announced)]
              if header or units[i] or _TABLE_TITLE.match(text) or _BOX_TITLE.match(text)]
    out, end = [], 0
    for i, header in starts:
        if i < end:
            continue  # a line of the table read last
        text, unit_line = lines[i][2], units[i]
        j, region, head, unit = i + 1, [], [text.strip()], unit_line.group("unit") if unit_line else ""
        if header:  # the header's own line, with no title or unit line above it
            _, title, unit = _title_before(lines, i)
            region, head = [lines[i]], [title]
        while j < len(lines) and len(region) < _STREAM_LINES and not prose[j]:
            found = units[j]
            if found and not unit:
                unit = found.group("unit")
                if j - i <= 4:  # the lines between a title and its unit line are the title's
                    head += [line.strip() for _, _, line in region]
                    region = []
            elif lines[j][2].strip() and (not _english_only(lines[j][2].strip()) or _english_head(region)):
                region.append(lines[j])  # a line in English only is a translation, no cell, unless it names a
                # column: after the header's first words and before any value (项目 Item / Number of Beds / …)
            j += 1
        pairs = [(offset, offset + len(line)) in forms for _, offset, line in region if _PLAIN_NUMBER.search(line)]
        table = None if pairs and all(pairs) else _stream_table(lines, i, region, head, unit, tokens, kinds)  # a form's pairs
        if table:
            out.append(table)
            end = j
    return out


def _stream_header(lines, i, prose, named, announced):
    """Whether line ``i``, no sentence, is the header of a stream table on its own line: two or more words that
    each name a column (``named`` keeps each word's answer), a header spaced out one character a word, or the
    first name of a header one cell a line (which only the lines ``announced`` may start)."""
    text = lines[i][2]
    words = text.split()
    return len(words) > 1 and all(_names_column(w, named) for w in words) and not _prose(text) \
        or len(words) > 3 and _spaced_header(*lines[i]) is not None \
        or i in announced and _cell_a_line_head(lines, i, prose)


def _announced(lines):
    """The lines a header printed one cell a line may start at (:func:`_cell_a_line_head`): each line whose
    nearest line above that is not blank announces one (:func:`_announces_cells`)."""
    out = set()
    for k in [k for k, (_, _, line) in enumerate(lines) if (":" in line or "：" in line or "表" in line)
              and _announces_cells(line)]:  # (what each of its tests looks for first)
        j = k + 1
        while j < len(lines) and not lines[j][2].strip():
            out.add(j)
            j += 1
        out.add(j)
    return out


_YEAR_TITLE = re.compile(r"\s*表\s*\d+(?:\s*[-—.]\s*\d+)?\s*(?:19|20)\d\d\s*年?[\u4e00-\u9fff]")  # 表1  2023年末…


def _announces_cells(line):
    """Whether a line that is not blank announces a header printed one cell a line below it (see
    :func:`_cell_a_line_head`): it ends with a colon, is a title that starts with its year, or holds a form's
    keys and values only (填报单位：… 报送日期：…: a form's head)."""
    return line.rstrip().endswith(":") or bool(_YEAR_TITLE.match(line)) \
        or all(_FORM_KEY.match(w) for w in line.split())


def _cell_a_line_head(lines, i, prose):
    """Whether line ``i`` starts a header printed one cell a line, after a sentence that announces it
    (``各县（市、区）一季度助餐服务情况如下：``), a title that starts with its year (``表1  2023年末常住人口数及其
    构成``, which the title rule of :func:`_stream_tables` leaves to the readers of other layouts) or a report
    form's line of keys and values (``填报单位：… 报送日期：…``): it and the next line that is not blank each
    hold one column's name (``县（市、区）`` / ``助餐点（个）``)."""
    k = i - 1
    while k >= 0 and not lines[k][2].strip():
        k -= 1
    if k < 0 or not _announces_cells(lines[k][2]):
        return False
    names = []
    for j in range(i, min(len(lines), i + 4)):
        text = lines[j][2].strip()
        if not text:
            continue
        if prose[j] or len(text.split()) != 1 or not _column_word(text) or _FORM_KEY.match(text) or is_numeric(text):
            return False
        names.append(text)
        if len(names) == 2:
            return True
    return False


# the column names a header spaced out one character a word spells (指 标 单 位 数 量)
_SPACED_NAMES = re.compile(r"指标名称|项目名称|指标|项目|名称|计量单位|单位|代码|数量|本期|本月|上期|上月|合计|同比|环比")


def _spaced_header(number, offset, line):
    """The cells of a header line spaced out one character a word (``指 标 单 位 数 量``, a yearbook's
    cells spread to their width) as the column names they spell (``指 标``, ``单 位``, ``数 量``), or None."""
    texts = line.split()  # the words _TOKEN finds, told before their places are
    if len(texts) < 4 or any(len(t) != 1 or not _WIDE.match(t) for t in texts):
        return None
    words = list(_TOKEN.finditer(line))
    spelt, cells, k = "".join(w.group() for w in words), [], 0
    while k < len(spelt):
        m = _SPACED_NAMES.match(spelt, k)
        if not m:
            return None
        first, last = words[k], words[m.end() - 1]
        cells.append(Cell(line[first.start():last.end()], offset + first.start(), offset + last.end(), number))
        k = m.end()
    return cells


def _english_only(text):
    """Whether a stripped line is in English only (:data:`_ENGLISH`); one that starts with a character
    the pattern cannot start with (a Chinese one: most lines) is not, told at once."""
    first = text[:1]
    return (first.isascii() or first == "–") and bool(_ENGLISH.match(text))


def _english_head(region):
    """Whether a line in English only, after ``region``, would be a column's name: the region holds the
    header's first words (a line with Chinese) and no value yet, and its last line is no line of Chinese
    words alone, whose translation the English line would be (项目 / Item)."""
    return bool(region) and not any(_PLAIN_NUMBER.search(line) for _, _, line in region) \
        and any(_HAN.search(line) for _, _, line in region) \
        and bool(re.search(r"[A-Za-z]", region[-1][2]))


def _rejoin_wrapped(tokens):
    """Header words wrapped onto the next line read as one: an age band's ``及`` and its ``以上``/``以下``
    (``60岁及`` / ``以上``, a PDF's cell too narrow for ``60岁及以上``)."""
    out = []
    for cell, number in tokens:
        if out and cell.text in ("以上", "以下") and out[-1][0].text.endswith("及") and out[-1][1] < number:
            first = out[-1][0]
            out[-1] = (Cell(first.text + cell.text, first.start, cell.end, first.line), out[-1][1])
        else:
            out.append((cell, number))
    return out


def _line_tokens(number, offset, line):
    """The cells of one line of a stream table, whether they name a column in English, and which of the
    line's words are values."""
    values = [is_numeric(w) for w in line.split()]
    cells = _spaced_header(number, offset, line)
    if cells is not None:
        return cells, False, values
    cells = _english_column(number, offset, line)
    if cells is not None:
        return cells, True, values
    return [Cell(m.group(), offset + m.start(), offset + m.end(), number) for m in _TOKEN.finditer(line)], False, values


def _stream_table(lines, i, region, title_lines, unit, cache=None, kinds=None):
    tokens, named = [], set()  # named: the columns named in English only, one a line
    cache = {} if cache is None else cache
    kinds = {} if kinds is None else kinds
    for number, offset, line in region:
        if number not in cache:
            cache[number] = _line_tokens(number, offset, line)
    # values printed one a line: so are the header's names, a name with a space in it one cell (2015年 实际值)
    valued = [cache[number][2] for number, _, _ in region]
    one_a_line = any(map(any, valued)) and all(len(v) == 1 for v in valued if any(v))
    for (number, offset, line), values in zip(region, valued):
        cells, english, _ = cache[number]
        if one_a_line and len(cells) > 1 and not english and not any(values) \
                and _spaced_header(number, offset, line) is None:
            cells = [_line_cell((number, offset, line))]
        if english:
            named.update((c.start, c.end) for c in cells)
        tokens += [(cell, number) for cell in cells]
    if any("以上" in line or "以下" in line for _, _, line in region):  # (a cell's text is its line's)
        tokens = _rejoin_wrapped(tokens)
    numbered = _numbered_stream(lines, i, [cell for cell, _ in tokens], title_lines, unit, kinds)
    if numbered is not None:
        return numbered
    groups, labels, values = [], [], []  # (label cells, value cells) in order
    codes = {}  # line -> the row's indicator code (JZH011211000): structure, neither label nor value
    first_value = next((k for k, (c, _) in enumerate(tokens) if _token_kind(c.text, kinds) == "value"), 0)
    seq_head = any(_SPACES.sub("", c.text) in _SEQ_HEADS for c, _ in tokens[:first_value])
    for k, (cell, number) in enumerate(tokens):
        kind = _token_kind(cell.text, kinds)
        if kind == "code":
            codes[number] = cell
            continue
        if seq_head and _row_number_token(tokens, k, kinds):
            continue  # under 序号, a row's number opening its line (a PDF's text: 2 每万人口…(件) 180.7 240左右 预期性)
        if kind == "value" and _ITEM_COUNT.fullmatch(cell.text):
            kind = "label"  # a category's count of indicators ((5项), （12 项）) names the group: no value
        if kind in ("value", "attribute"):  # a plan table's attribute (预期性) is a cell of its row, as a value is
            values.append(cell)
            continue
        if values:
            groups.append((labels, values))
            labels, values = [], []
        labels.append(cell)
    groups.append((labels, values))
    while len(groups) > 1 and not groups[-1][1]:  # words after the last values are not the table's
        groups.pop()
    if sum(any(_token_kind(c.text, kinds) == "value" for c in vals) for _, vals in groups) < 2:
        return None  # two rows of values at least: a row of attributes only (1 养老床位数 预期性) is none
    if len(groups) < 2 or not groups[0][1]:
        return None
    # the first group holds the header's words, then the first row's label: the words after the
    # last one that reads as a column name (an age band, 其中, a header word, a unit in brackets)
    first = groups[0][0]
    if all(_column_word(c.text) for c in first) and _column_numbers([c.text for c in groups[0][1]]):
        # a report form's header, then its line of column numbers (1 2 3 4): structure
        header, rows, numbers = first, groups[1:], groups[0][1]
    elif first and all(_column_word(c.text) for c in first) \
            and _header_years([first[-1].text] + [v.text for v in groups[0][1]]):
        header, rows, numbers = first + groups[0][1], groups[1:], []  # 项目 2021 2022: years without 年
    else:
        numbers = []
        # below header lines of their own, the words on the line of the first values are the first row's label, though
        # they read as a column name (收养性社会福利单位 adopting social welfare institutions 806 20263 14490 under (个) (张) (人))
        row_line = groups[0][1][0].line
        own_lines = any(c.line != row_line for c in first)
        cut = max((n + 1 for n, c in enumerate(first) if (_column_word(c.text) or (c.start, c.end) in named)
                   and not (own_lines and c.line == row_line)), default=len(first) - 1)
        # a plan table's attribute column (属性) is its last: the words after it are the first rows' (收入和 / 就业 /
        # 1.残疾人家庭人均年收入增速(%)), though a label's unit in brackets reads as a column name
        cut = next((n + 1 for n, c in enumerate(first) if _SPACES.sub("", c.text) in _ATTRIBUTE_HEADS), cut)
        cut = min(cut, len(first) - 1)
        header, rows = first[:cut], [(first[cut:], groups[0][1])] + groups[1:]
    sizes = [len(v) for _, v in rows if v]
    k = max(set(sizes), key=sizes.count) if sizes else 0
    words = [re.sub(r"\s+", "", c.text) for c in header]
    named = [n for n, w in enumerate(words) if w in ("单位", "计量单位", "代码", "指标代码")]
    if named and sizes and len(header) - named[-1] - 1 >= max(sizes):
        # the header names its unit and code columns: the value columns are the words after them
        k = len(header) - named[-1] - 1
    if k < 1 or len(header) < k or (sum(size == k for size in sizes) < 2 and not named):
        return None
    columns, rest = header[-k:], header[:-k]
    rest_words = [re.sub(r"\s+", "", c.text) for c in rest]
    has_unit = any(w in ("单位", "计量单位") for w in rest_words)
    has_code = any(w in ("代码", "指标代码") for w in rest_words)
    label_head = rest[0] if rest and rest_words[0] not in ("单位", "计量单位", "代码", "指标代码") else None
    head = [label_head or Cell("", header[0].start, header[0].start, header[0].line)]
    head += [c for c, w in zip(rest, rest_words) if w in ("单位", "计量单位", "代码", "指标代码")]
    roles = column_roles(columns)
    # a row with fewer values than columns: its values sit beside the column of the current period
    # (数量/本期 first in a report form: filled from the left; the latest of a run of years last)
    current = next((n for n, r in enumerate(roles) if r["role"] == "value" and r["kind"] == "actual"
                    and not r["shift"]), len(columns) - 1)
    fill_left = current == 0 and len(columns) > 1
    title = " ".join(t for t in title_lines if t and not _UNIT_LINE.match(_ENGLISH_PAREN.sub("", t)))
    if not title:
        _, title, _ = _title_before(lines, i)
    table = Table(0, "token_stream", "indicator", header[0].start, rows[-1][1][-1].end if rows[-1][1]
                  else rows[-1][0][-1].end, header[0].line, title.strip(), head + columns, unit=unit)
    if numbers:
        table.rows.append(Row(0, numbers, numbers[0].start, numbers[-1].end, numbers[0].line,
                              reason="column numbers"))
    parent = previous = ""
    for n, (label, vals) in enumerate(rows, start=1):
        cells = list(label)
        unit_cell = cells.pop() if has_unit and len(cells) > 1 and _is_unit(cells[-1].text) else None
        code_cell = codes.get(cells[-1].line) if has_code and cells else None
        # words on lines of their own above the row's own line head the rows below them
        own = [c for c in cells if c.line == cells[-1].line] if cells else []
        above = cells[:len(cells) - len(own)]
        if above:
            parent = " ".join(c.text for c in above)
        name = Cell(" ".join(c.text for c in own), own[0].start, own[-1].end, own[0].line) if own else None
        if name is not None:
            name.text = _line_text(lines, name)
            zh = _without_translation(name.text).rstrip()  # 社会福利院   Social Welfare Homes: less its translation
            name = Cell(zh, name.start, name.start + len(zh), name.line)
        # a row one cell short that still closes with its attribute (属性: 预期性) lacks a value before it: in a plan
        # table, the base year's of an indicator new to the plan (2. 城乡残疾人职业技能培训人数(人) / 6000人 / 预期性)
        short = 0 < len(vals) < k and (named or roles[-1]["role"] == "attribute"
                                        and bool(_ATTRIBUTE_CELL.fullmatch(vals[-1].text)))
        padding = [None] * (k - len(vals)) if short else []
        values_cells = list(vals) + padding if fill_left else padding + list(vals)
        row_cells = [name] + ([unit_cell] if has_unit else []) + ([code_cell] if has_code else []) + values_cells
        sub = name is not None and name.text.startswith(("其中", "#"))
        row = Row(n, row_cells, (own or vals)[0].start, (vals or own)[-1].end, (own or vals)[0].line,
                  parent=previous if sub else parent)
        previous = name.text if name is not None and not sub else previous
        if not vals:
            row.status, row.reason, row.cells = "parsed", "label row", [None] * len(table.header)
            parent = name.text if name else parent
        elif len(values_cells) != k or name is None:
            row.status = "unparsed"
            row.reason = f"{len(vals)} values after the label, the header has {k} columns"
        table.rows.append(row)
    return table


_SEQ_HEADS = ("序号", "编号")
_ROW_NUMBER = re.compile(r"\d{1,2}")
_ITEM_COUNT = re.compile(r"\(\s*\d{1,3}\s*项\s*\)")  # (5项), (12 项): the count of a category's indicators


def _row_number_token(tokens, k, kinds):
    """Whether token ``k`` of a stream table headed by ``序号`` is a row's number: a whole number of one or two digits
    that opens its line (or stands alone on it) and is followed by a label, the row's name (not by a value)."""
    cell, number = tokens[k]
    if not _ROW_NUMBER.fullmatch(cell.text) or k and tokens[k - 1][1] == number or k + 1 >= len(tokens):
        return False
    return _token_kind(tokens[k + 1][0].text, kinds) == "label" and not _ITEM_COUNT.fullmatch(tokens[k + 1][0].text)


def _numbered_stream(lines, i, cells, title_lines, unit, kinds):
    """A stream table whose rows are numbered (``序号`` heads the header; each row starts with its number 1, 2, 3…),
    read by the rows: a row's width is the run of cells from one row number to the next, not the header's count of
    labels. Lines before ``序号`` are the title's, no header cell; a header with more labels than a row has cells holds
    labels merged over sub-columns (:func:`_spanned_labels`). Rows after the numbered ones one cell short (``合计``)
    are rows without a number. None when the cells are no such table."""
    first = next((n for n, c in enumerate(cells) if _token_kind(c.text, kinds) == "value"), None)
    seq = next((n for n, c in enumerate(cells[:first]) if _SPACES.sub("", c.text) in _SEQ_HEADS), None) \
        if first is not None and cells[first].text == "1" else None
    if seq is None:
        return None
    labels, data = cells[seq:first], cells[first:]
    width = _row_width(data, kinds, len(labels))
    if width is None:
        return None
    lead = next(n for n, c in enumerate(data[1:width], start=1) if _token_kind(c.text, kinds) == "value") - 1 \
        if any(_token_kind(c.text, kinds) == "value" for c in data[1:width]) else width - 1
    header = _spanned_labels(labels, width, lead)
    if header is None:
        return None
    if _SPACES.sub("", header[1].text) in ("单位", "计量单位") and lead == 1:  # a column of places (单位: a work unit)
        header[1] = Cell("", header[1].start, header[1].start, header[1].line)
    title = " ".join([t for t in title_lines if t and not _UNIT_LINE.match(_ENGLISH_PAREN.sub("", t))]
                     + [c.text for c in cells[:seq]])
    if not title:
        _, title, _ = _title_before(lines, i)
    rows, numbered = _numbered_rows(data, width)
    rows = rows[:numbered] + [[None] + chunk for k in range(numbered * width, len(data), width - 1)
                              for chunk in [data[k:k + width - 1]]]
    table = Table(0, "token_stream", "indicator", labels[0].start, data[-1].end, labels[0].line, title.strip(),
                  header, unit=unit)
    for n, row in enumerate(rows, start=1):
        own = [c for c in row if c is not None]
        table.rows.append(Row(n, row, own[0].start, own[-1].end, own[0].line))
    return table


def _row_width(data, kinds, most):
    """The width of numbered rows: the least count of cells (up to ``most``, the header's labels) that puts the numbers
    1, 2, 3… at the start of two rows or more, each number followed by a label; the cells after the numbered rows
    fill rows one cell shorter (no number) that each start with a label. None when no width does."""
    for width in range(3, most + 1):
        rows, numbered = _numbered_rows(data, width)
        rest = data[numbered * width:]
        if numbered < 2 or any(_token_kind(row[1].text, kinds) == "value" for row in rows[:numbered]) \
                or len(rest) % (width - 1) \
                or any(_token_kind(c.text, kinds) == "value" for c in rest[::width - 1]):
            continue
        return width
    return None


def _numbered_rows(data, width):
    """``(rows, numbered)``: the cells cut into rows of ``width``, and how many rows from the first are whole and start
    with their number (1, 2, 3…)."""
    rows = [data[k:k + width] for k in range(0, len(data), width)]
    return rows, next(n for n, row in enumerate(rows + [[]]) if len(row) < width or row[0].text != str(n + 1))


def _spanned_labels(labels, width, lead):
    """The header of ``width`` columns from a flattened two-line header of more labels (a web page's merged cells
    printed one a line): each label merged over sub-columns (``新增养老床位``) has no cell of its own in the rows,
    and its sub-labels (years or stages: ``2007年…比例``, ``2010年…比例``) are the header's last labels, printed after
    the columns that follow the merged label. The ``extra`` labels merged are those just before the sub-labels, or
    (one alone) the one that shares a word with every sub-label; each spans as many sub-labels as the others. Each
    sub-column is named by its merged label and its own (``目标值 2025年``). None when the labels fit no such header."""
    extra = len(labels) - width
    if extra == 0:
        return list(labels)
    subs = max(_trailing(labels, pattern) for pattern in _SUB_LABELS)
    candidates = labels[1 + lead:len(labels) - subs]
    if extra < 0 or subs < 2 * extra or subs % extra or len(candidates) < extra:
        return None
    subs = labels[len(labels) - subs:]
    spans = candidates[-extra:]
    sharing = [c for c in candidates if all(_shares_word(c.text, s.text) for s in subs)]
    if extra == 1 and sharing and spans[0] not in sharing:
        spans = sharing[-1:]
    per, out = len(subs) // extra, []
    for label in labels[:len(labels) - len(subs)]:
        if label in spans:
            k = spans.index(label)
            out += [Cell(_sub_name(label.text, s.text), s.start, s.end, s.line) for s in subs[k * per:(k + 1) * per]]
        else:
            out.append(label)
    return out if len(out) == width else None


def _trailing(labels, pattern):
    """How many of the last labels, one after another, start with what ``pattern`` matches."""
    n = 0
    while n < len(labels) and pattern.match(_SPACES.sub("", labels[len(labels) - 1 - n].text)):
        n += 1
    return n


def _sub_name(span, sub):
    """A sub-column's name: its merged label's and its own, the merged label's unit in brackets last, where
    :func:`column_roles` reads it (``康复服务覆盖率(%)`` over ``2025年``: ``康复服务覆盖率 2025年(%)``)."""
    unit = _PAREN_UNIT.search(span)
    if unit and not _PAREN_UNIT.search(sub):
        return f"{span[:unit.start()]} {sub}{span[unit.start():]}"
    return f"{span} {sub}"


def _shares_word(a, b):
    """Whether two labels share a word of two Chinese characters (新增养老床位, 2008年新增床位指标数: 床位)."""
    return any(a[k:k + 2] in b for k in range(len(a) - 1) if _HAN.fullmatch(a[k]) and _HAN.fullmatch(a[k + 1]))


def _token_kind(text, known):
    """What a cell of a stream table is: an indicator ``code`` (JZH011211000), a ``value`` (an age band is
    none), a plan table's ``attribute`` (预期性, 约束性) or a ``label``; ``known`` keeps each text's answer, as a document's cells repeat."""
    if text not in known:
        known[text] = "code" if _CODE.match(text) else "value" if (is_numeric(text) and not _AGE_BAND.search(text)) \
            or _MISSING.match(text) else "attribute" if _ATTRIBUTE_CELL.fullmatch(text) else "label"
    return known[text]


def _english_column(number, offset, line):
    """A header line in English only with no digit (``Number of Persons Housed in the year-end``), the
    name of one column printed on a line of its own, as one cell; else None."""
    text = line.strip()
    if not _ENGLISH.match(text) or re.search(r"\d", text) or " " not in text and len(text) < 2:
        return None
    start = offset + len(line) - len(line.lstrip())
    return [Cell(text, start, start + len(text), number)]


def _names_column(word, known):
    """Whether a word of a line names a column (:func:`_column_word`) and is no form's key (地区编码:…: a form head's
    key:value cells are no column words); ``known`` keeps each word's answer, as a document's words repeat."""
    if word not in known:
        known[word] = _column_word(word) and not _FORM_KEY.match(word)
    return known[word]


_COUNT_END = re.compile(r"[数率重量]$")  # 人数, 比率, 比重, 数量: the name of a column of values


def _column_word(text):
    if text.isascii() and ")" not in text:
        return False  # every name below but a unit in brackets holds a Chinese character (a number, a word in English)
    return bool(_AGE_BAND.search(text) or _HEADER_WORDS.search(text) or _unit_in_brackets(text) or _MONTH_COLUMN.fullmatch(text)
                or "其中" in text or _is_region_header(text) or _COUNT_END.search(text))


def _line_text(lines, cell):
    """The text of a cell that spans words of one line, as printed (``全 国``)."""
    if 0 < cell.line <= len(lines) and lines[cell.line - 1][0] == cell.line:
        _, offset, line = lines[cell.line - 1]
        return line[cell.start - offset:cell.end - offset]
    return cell.text


_CODE = re.compile(r"^[A-Z]{1,6}\d{6,}$")  # an indicator code of a statistical report form (JZH011211000)


_HEAD_NAMES = ("序号", "编号", "指标", "项目", "指标名称", "项目名称", "主要指标", "类别", "地区", "年份")
_HEAD_CELL = re.compile(rf"^(?:{'|'.join(_HEAD_NAMES)})$")
_HEAD_FIRST = frozenset(name[0] for name in _HEAD_NAMES)  # the first characters of those names: a cheap first test
# a line that is one of those names, maybe spaced out (指 标), maybe with its English after it (指标 Item): _lines_starting
_HEAD_LINE = re.compile("\n[ \u3000]*(?:" + "|".join("[ \u3000]*".join(name) for name in _HEAD_NAMES)
                        + ")(?:[ \u3000]+[A-Za-z][A-Za-z ]*)?[ \u3000]*(?![^\n])"
                        + "|\n[ \u3000]*(?i:item|items|indicator|region)[ \u3000]*(?![^\n])")  # a bilingual book's
# the names a column of a plan's or yearbook's table is printed with, one per line
_COLUMN_WORDS = ("序号", "编号", "指标", "项目", "指标名称", "项目名称", "主要指标", "类别", "地区", "年份", "单位", "计量单位",
                 "属性", "指标属性", "备注", "数量", "数值")
_STAGE_WORDS = ("基期值", "基期", "目标值", "目标", "完成值", "实际值", "现状值", "规划值", "预期值", "预计值", "完成情况")
_STAGE_WORD = "(?:" + "|".join(_STAGE_WORDS) + ")"
# the labels printed under a merged cell of a flattened two-line header: years (2023年, 2007年床位数…) or stages (目标值)
_SUB_LABELS = (re.compile(r"(?:19|20)\d\d\s*年"), re.compile(_STAGE_WORD))
_COLUMN_NAME = re.compile("^(?:" + "|".join(_COLUMN_WORDS) +
                          rf"|(?:19|20)\d\d\s*年?(?:末|底)?\s*(?:\(?{_STAGE_WORD}\)?)?|{_STAGE_WORD})$")
# a line whose first three words start as a column's name does (_lines_starting): the names' first characters,
# and a year's (19, 20)
_COLUMN_FIRST = "[" + "".join(sorted({w[0] for w in _COLUMN_WORDS + _STAGE_WORDS} | {"1", "2"})) + "]"
_COLUMN_NAME_START = re.compile(rf"\n[^\S\n]*+(?:{_COLUMN_FIRST}\S*+[^\S\n]++){{2}}{_COLUMN_FIRST}")
_SHORT_CELL = 40  # a cell's line: an indicator's name runs to 30 characters and more; longer lines are prose
_STAGE_NOTE = re.compile(rf"\({_STAGE_WORD}\)")  # a column name's second line: 2020年 / (基期值)


_SPREAD = re.compile(r"(?<=[\u4e00-\u9fff\d])\s+(?=[\u4e00-\u9fff])")  # spaces that spread a cell to its width


def _unspaced(text):
    """A Chinese cell without the spaces that spread it to its column's width (``指 标 名 称``)."""
    return _SPREAD.sub("", text.strip())


def _column_tables(norm):
    """Tables copied from a PDF, a Word or a web page with one cell per line and no separators: the
    column names first (``序号``, ``指标``, ``单位``, the years or ``2025年目标值``, ``属性``; a year's stage on
    a line of its own below it, ``2020年`` / ``(基期值)``, is part of its name), then each row's cells in the
    same order, as :class:`Table` objects with the layout ``cell_per_line``.
    Rows are read while each holds a label, values (numbers, ``≥55``, ``—``) under the value
    columns and, under ``序号``, the next row number; the cells after the first row that does not
    are left to the prose. A unit line above (``单位：万张、个``) is the table's unit, a list read with the
    values it is over, as in every layout."""
    lines = _lines(norm)
    kinds = [_line_kind(line) for _, _, line in lines]
    words = _words_ahead(kinds)
    made = {}  # line index -> its cell (_line_cells), as the cells after each header tried are read again
    # a blank line or a line of prose opens no table: a header starts at a word (most lines: asked first)
    starts = [k for k, (_, _, line) in enumerate(lines)
              if words[k] or kinds[k] not in ("", "long") and line.strip()[0] in _HEAD_FIRST]
    out, end = [], 0
    for i in starts:
        if i < end:
            continue  # a line of the table read last
        number, offset, line = lines[i]
        named = line.strip()[0] in _HEAD_FIRST and _HEAD_CELL.match(_unspaced(line))  # 指 标 名 称: spaced to its width
        ahead = 0 if named else words[i]
        if not named and (not ahead or not _any_shape(_kinds_ahead(kinds, i, (ahead + 1) * (_SHAPE_ROWS + 1)), ahead)
                          or not _shaped_header(_line_cells(lines, kinds, i, (ahead + 1) * (_SHAPE_ROWS + 1), made))):
            continue  # no name a column is printed with, and no rows of one shape under names of the table's own
        cells = _line_cells(lines, kinds, i, 400, made)
        header, width = _named_columns(cells)
        numbered = _numbered_header(cells) if width < len(cells) and cells[width].text != "1" else None
        numbered = numbered or (_counted_header(cells) if width < len(cells) else None)
        shaped = None if numbered else _shaped_header(cells)
        worded = ()
        if shaped and len(shaped[0]) > width:  # names of the table's own (当月低保对象人数(人)) after 地区
            numbered, worded = shaped[:2], range(shaped[2])
        if numbered:
            header, width = numbered
        roles = column_roles(header)
        values = sum(r["role"] in ("value", "growth") for r in roles)
        if values < 2 and not (values and any(r["role"] in ("unit", "attribute") for r in roles)):  # 指标 / 单位 / 数量
            continue
        # a column of values the rows' shape shows in words in every row holds a target written out
        # (工作目标: 敬老院新增床位900张): its words are its cells, as the shape told the rows by them
        rows = _column_rows(cells[width:], roles, worded)
        if not any(r.status == "parsed" for r in rows):
            continue
        _, title, unit = _title_before(lines, i)
        table = Table(0, "cell_per_line", "indicator", cells[0].start, rows[-1].end, number, title.strip(),
                      header=header, rows=rows, unit=unit)
        above = _units_above(lines, i)  # a list of units (单位：万张、张) is read with the values it is over, by figures
        if len(above) == 1:
            table.unit = above[0]
        elif len(above) > 1 and not table.unit:
            table.unit = "、".join(above)
        out.append(table)
        end = rows[-1].line  # lines are numbered from 1: the line after the last row
    return out


def _named_columns(cells, stop=None):
    """The header at the start of ``cells`` (one cell a line) as far as its cells are names a column is
    printed with (:data:`_COLUMN_NAME`), a year's stage on a line of its own joined to its year
    (``2020年`` / ``(基期值)``), and how many cells it took; with ``stop``, every cell before that one is a name."""
    header, width, any_name = [cells[0]], 1, stop is not None
    stop = len(cells) if stop is None else stop
    while width < stop:
        name = _unspaced(cells[width].text)
        if _STAGE_NOTE.fullmatch(name) and header[-1].text.endswith("年"):  # 2020年 / (基期值): one name
            header[-1] = Cell(header[-1].text + name, header[-1].start, cells[width].end, header[-1].line)
        elif any_name or _COLUMN_NAME.match(name):
            header.append(cells[width])
        else:
            break
        width += 1
    return header, width


_HEADER_MAX = 20  # the most columns a header read by its rows or column numbers may name (a county's 13)


def _numbered_header(cells):
    """The header of a table printed one cell a line under ``序号``, read by its row numbers when it names a
    column in words of its own (``是否完成``): every cell before the first ``1`` (none of them a value), when
    a ``2`` stands a whole number of the header's widths after it (a sub-row between them fills every column),
    as ``(header, cells it took)``; else None."""
    if cells[0].text.replace(" ", "") not in ("序号", "编号", "序"):
        return None
    first = next((k for k, c in enumerate(cells[:_HEADER_MAX + 2]) if c.text == "1"), None)
    if first is None or first < 3 or any(is_numeric(c.text) for c in cells[1:first]):
        return None
    header, _ = _named_columns(cells, stop=first)
    # rows of the header's width: sub-rows (其中：…) print an empty number (—) and fill every column too
    second = any(cells[k].text == "2" for k in range(first + len(header), len(cells), len(header)))
    if not second:  # a name over the goal columns printed after it (“十五五”目标 / 2030年 / 年均[累计]): rows one cell
        spanned = _goal_head_spanned(header)  # narrower than the names, each goal column named with it
        if spanned and any(cells[k].text == "2" for k in range(first + len(spanned), len(cells), len(spanned))):
            return spanned, first
    return (header, first) if second else None


# a plan's name over its goal columns (“十五五”目标, 规划目标), and the names of the columns under it: a year, a
# goal's year or stage (2030年, 2030年目标), an average or a cumulative (年均[累计], 年均/累计)
def _goal_span_head(name):
    """Whether a head cell is the name over a plan's goal columns: 规划目标, 规划期末, or a plan period's
    (:func:`dates.plan_period_mentions`) goal or end and nothing else (“十五五”目标, 十四五期末)."""
    if name in ("规划目标", "规划期末"):
        return True
    named = _whole_period_mention(name)
    return bool(named) and named[4] in ("目标", "期末")


def _whole_period_mention(text):
    """The one mention of a plan's period (:func:`dates.plan_period_mentions`) that is the whole of ``text``
    (“十四五”, 十四五期末, “十五五”目标), else None."""
    named = plan_period_mentions(text) if "五" in text else []
    return named[0] if len(named) == 1 and named[0][:2] == (0, len(text)) else None


_GOAL_PART = re.compile(r"(?:19|20)\d\d\s*年\S{0,4}|年均\S{0,6}|\S{0,2}累计\S{0,2}")


def _goal_head_spanned(header):
    """The header of a table one cell a line with the name of its goal columns printed before the names of
    those columns (``序号 | 指标 | 单位 | 属性 | “十五五”目标 | 2030年 | 年均［累计］``: a head two rows high, flattened),
    that name dropped and joined to each column under it (``“十五五”目标 2030年``); else None."""
    for k, cell in enumerate(header[:-2]):
        name = _unspaced(cell.text)
        parts = 0
        while k + 1 + parts < len(header) and _GOAL_PART.fullmatch(_unspaced(header[k + 1 + parts].text)):
            parts += 1
        if parts >= 2 and _goal_span_head(name):
            joined = [Cell(f"{cell.text} {c.text}", c.start, c.end, c.line) for c in header[k + 1:k + 1 + parts]]
            return header[:k] + joined + header[k + 1 + parts:]
    return None


# ---------------------------------------------------------------- a plan's table one cell a line, its cells wrapped
# the first column a plan's table printed one cell a line opens its header with: a group, the row number or the label
_PLAN_FIRST = frozenset(("类别", "领域", "分类", "方面", "序号", "编号", "指标", "指标名称", "主要指标", "项目"))
_PLAN_FIRST_CHARS = frozenset(name[0] for name in _PLAN_FIRST)
_PLAN_LABELS = frozenset(("指标", "指标名称", "主要指标", "项目", "项目名称", "二级指标"))
# what a header cell of such a table is, or a part of one broken over lines: a column's name, a year with its
# stage (2025年, 2030年目标), a stage alone (预计, 完成值), an average or a cumulative (年均/, 年均增速, 累计), a name
# over the goal columns (规划目标, “十五五”目标) or a note in brackets under a name ((2025年), 〔累计〕)
_PLAN_HEAD_PART = re.compile(rf"(?:{'|'.join(_COLUMN_WORDS)}|(?:19|20)\d\d\s*年\S{{0,6}}|{_STAGE_WORD}|预计|预期|完成|实际"
                             r"|规划目标|规划期末|年均\S{0,6}|\S{0,2}累计\S{0,2}|[(\[〔【][^()\[\]〔〕【】]{1,8}[)\]〕】]"
                             rf"|(?:{_STAGE_WORD}|规划目标|规划期末)\s*[(\[〔【]\s*(?:19|20)\d\d\s*年?(?:末|底)?\s*[)\]〕】]"
                             r"|[一二三]级指标|权重|分值|权数|(?:责任|牵头|主管|主办|承办|实施|配合)(?:单位|部门))")
# (and a stage with its year in brackets on one line, 现状值(2025年), 目标值(2030年); the names of a table of two
# levels of indicators, 一级指标 / 二级指标; an assessment's weights and the offices in charge)
_PLAN_STAGE = re.compile(rf"{_STAGE_WORD}|预计|预期|完成|实际")  # a year's stage printed on the line under its year
_BARE_YEAR_NAME = re.compile(r"(?:19|20)\d\d\s*年")
_PLAN_HEAD_MAX = 16  # header cells (their parts one a line) at most
_PLAN_ROW_MAX = 30  # cells at most from one row number to the next (a row and its sub-rows)
_PLAN_PIECES = 400  # pieces a table is first read from (read on when it reaches their end)
_PLAN_RUN_MAX = 4  # lines at most that one cell is broken over
_PLAN_NEAR = re.compile(r"左右|以上|以下|以内|及以上|及以下")  # the word after a value, printed on the next line
_PLAN_OWN_YEAR = re.compile(r"\(\s*(?:19|20)\d\d\s*年?\s*\)")  # (2024年) under a value: the year of that value
# the words before a value that say what it is (“十五五”年均增长 / 5.0左右, 2021-2024年累计降低 / 8.2)
_PLAN_CHANGE_WORDS = re.compile(r"(?:增长|增速|降低|下降|提高|减少|增加|新增|达到|累计|控制在|保持在)$")
_SMALL_NUMBER = re.compile(r"\d{1,3}")
_PLAN_RANGE = re.compile(r"^[\[〔(]?\s*[≥≤><]?\d[\d.]*\s*[%‰]?\s*[-—~～至]\s*\d[\d.]*\s*[%‰]?\s*[\]〕)]?$")


def _plan_head_joins(previous, text):
    """Whether a header line goes on the header cell above it: after a name broken at a ``/`` or an open bracket
    (``年均/`` / ``累计``), a note in brackets (``规划目标`` / ``(2025年)``, ``年均增速`` / ``〔累计〕``), or a year's stage
    under its year (``2025年`` / ``预计``)."""
    return previous.endswith(("/", "(", "、")) or previous.count("(") > previous.count(")") \
        or not _PLAN_HEAD_PART.fullmatch(previous) and bool(_PLAN_HEAD_PART.fullmatch(previous + text)) \
        or text[0] in "([〔【" or bool(_YEAR_CELL.search(previous[-6:]) and previous.endswith("年")
                                         and _PLAN_STAGE.fullmatch(text))


def _plan_value(text):
    """A cell's text that is a value of a plan's table: a number (with its comparator, brackets, unit), a range, two
    values joined by a slash, or a dash for none."""
    return _value_like(text) or bool(_PLAN_RANGE.match(text)) or len(stacked_spans(text)) > 1


def _plan_join_cost(kind, run):
    """What it costs to read the lines ``run`` (cells' texts, one a line) as one cell of a column of ``kind``
    (``indicator``, ``unit``, ``value``, ``attribute``, ``other``): 0 for a cell on one line, a little for a break
    the genre makes (a value and its 左右 or its own year, a unit broken at ``/``, a name inside an open bracket, a
    value after the words that say what it is), more for two lines of words, None where the lines cannot be one
    cell."""
    texts = [c.text for c in run]
    first = texts[0]
    if kind == "attribute":
        return None if len(run) != 1 else 0.0 if _ATTRIBUTE_CELL.fullmatch(first) else 0.3 if _MISSING.match(first) \
            else None
    if kind == "group":  # a group's name after the row number (1 / 水安全 / …, 1 / 既有居住建筑改造 / …, a first-level
        # indicator), printed on the group's first row only
        return 0.1 if len(run) == 1 and len(first) <= 16 and _HAN.match(first) and not _DIGIT.search(first) \
            and not _ATTRIBUTE_CELL.fullmatch(first) and not _is_unit(first) else None
    if any(_ATTRIBUTE_CELL.fullmatch(t) for t in texts) or _PLAN_NEAR.fullmatch(first) \
            or _PLAN_OWN_YEAR.fullmatch(first):
        return None  # an attribute is its own column's cell; 左右 and (2024年) go with the value before them
    if kind == "unit":
        if len(run) == 1:
            return 0.0 if _is_unit(first) or _MISSING.match(first) or _measure_word(first) else \
                0.5 if len(first) <= 8 and not _DIGIT.search(first) else None
        return 0.1 if len(run) == 2 and first.endswith("/") and not _DIGIT.search(texts[1]) else None
    if kind == "indicator":
        cost, joined = 0.0, ""
        for k, text in enumerate(texts):
            open_bracket = joined.count("(") > joined.count(")")
            if k + 1 < len(texts) and _SMALL_NUMBER.fullmatch(text) and _HAN.match(texts[k + 1]) \
                    and run[k].line == run[k + 1].line:
                cost += 0.3  # 3 / 岁以下婴幼儿入托率: a number a PDF's text printed apart from the name it opens
            elif not open_bracket and (_plan_value(text) or _is_unit(text) and k):
                return None  # a value, or a unit alone after a name, is no part of a name
            cost += 0.0 if not k or _SMALL_NUMBER.fullmatch(texts[k - 1]) else \
                0.1 if open_bracket or text[0] in ")(" else 0.3
            joined += text
        return cost
    if kind == "value":
        if len(run) == 1:
            if _PAREN_UNIT.search(first) and not _DIGIT.search(first):
                return None  # a name with its unit (食品安全抽检合格率(%)) is no goal in words
            if _is_unit(first) and not _DIGIT.search(first):
                return None  # a unit alone (%) is the unit column's, no goal in words
            return 0.0 if _plan_value(first) else 0.4  # a goal in words (完成省下达目标) costs a little
        cost = 0.0
        for a, b in zip(texts, texts[1:]):
            if _PLAN_NEAR.fullmatch(a) or _PLAN_OWN_YEAR.fullmatch(a):
                return None  # 左右 and a value's own year end its cell
            if _plan_value(a) and (_PLAN_NEAR.fullmatch(b) or _PLAN_OWN_YEAR.fullmatch(b)):
                cost += 0.1  # 1.58 / 左右, 21.5 / (2024年)
            elif a.endswith("/") and _plan_value(b):
                cost += 0.1
            elif a[-1] in ",，" and _plan_value(a[:-1]) and not _DIGIT.search(b):
                cost += 0.3  # 4.5-5, / 努力争取 / 更好结果: a goal, then words after it
            elif not _DIGIT.search(a[-1]) and _DIGIT.search(b) and (
                    _PLAN_CHANGE_WORDS.search(a) and _DIGIT.search(b[:3]) or _whole_period_mention(a) is not None):
                cost += 0.1  # “十五五”年均增长 / 5.0左右; “十四五” / 累计新增160
            elif not _DIGIT.search(a) and not _DIGIT.search(b) and not _MISSING.match(a) and not _MISSING.match(b) \
                    and not _PAREN_UNIT.search(b):
                cost += 0.3  # 稳步 / 提高: a goal in words broken over two lines
            else:
                return None
        return cost
    return None if len(run) != 1 else 0.5 if _plan_value(first) else 0.0  # a note, a status: one line, seldom a value


def _plan_row_fits(pieces, i, kinds, merged=False):
    """Every way the lines ``pieces[i:]`` start one row of columns ``kinds``: ``{end: (cost, runs)}``, ``runs`` the
    (start, end) of each column's lines, for the cheapest reading of each end. A value's cell may be left empty, its
    line lost (dearer the later its column: a row that prints only its goal), and so may a note's or a status's; with
    ``merged`` the attribute may be left out, a cell merged over a row and its sub-rows and printed with one of them
    (:func:`_plan_chunk` holds that one does)."""
    best = {i: (0.0, ())}
    for c, kind in enumerate(kinds):
        nxt = {}

        def put(j, cost, runs):
            if j not in nxt or cost < nxt[j][0]:
                nxt[j] = (cost, runs)

        for k, (cost, runs) in best.items():
            if merged and kind == "attribute":
                put(k, cost + 0.3, runs + ((k, k),))
            elif kind == "group":  # merged over the group's rows: empty but on its first
                put(k, cost + 0.2, runs + ((k, k),))
            elif kind == "value":
                put(k, cost + 1.0 + 0.05 * c, runs + ((k, k),))
            elif kind == "other":  # a note or a status left empty
                put(k, cost + 0.5, runs + ((k, k),))
            elif kind == "unit":  # a row that prints no unit (an index: 城市生物多样性指数)
                put(k, cost + 0.6, runs + ((k, k),))
            for j in range(k + 1, min(len(pieces), k + _PLAN_RUN_MAX) + 1):
                more = _plan_join_cost(kind, pieces[k:j])
                if more is not None:
                    put(j, cost + more, runs + ((k, j),))
        best = nxt
        if not best:
            return {}
    return best


def _plan_chunk(pieces, kinds, grouped, last, numbered=False):
    """The cheapest reading of the lines from one row number to the next (``pieces``, the number taken off) as a row,
    the sub-rows after it that print no number of their own (only when each row ends at its attribute) and, in a
    table with a group column, the next group's name before the next number; at the table's ``last`` row, lines
    after it are past the table; under a 序号 column (``numbered``) a sub-row may print its empty number (``—``). As
    ``(cost, rows, group, used, unread)``: each row ``(runs, dash)``, the runs of its columns and the line of its empty
    number or None, ``group`` the lines of the next group's name, ``used`` the lines read, ``unread`` lines before the
    next row's number that read as no row (kept unparsed, dear); None when the lines read as no row."""
    sub_rows = kinds[-1] == "attribute"
    at = kinds.index("attribute") if "attribute" in kinds else None
    best = {0: (0.0, [])}  # lines read -> (cost, rows)
    answers = []
    for i in range(len(pieces) + 1):
        if i not in best:
            continue
        cost, rows = best[i]
        if rows and at is not None and not any(e > s for (runs, _) in rows for s, e in [runs[at]]):
            if not sub_rows:  # an attribute left out is one merged over a row and its sub-rows: one of them prints it
                continue
        elif rows:
            rest = pieces[i:]
            if not rest:
                answers.append((cost, rows, [], i, []))
            elif last:  # lines past the table's last row: dearer for each value or attribute among them (a row's?)
                answers.append((cost + 0.2 + sum(0.2 * _plan_value(c.text) + bool(_ATTRIBUTE_CELL.fullmatch(c.text))
                                                 for c in rest), rows, [], i, []))
            elif grouped and len(rest) <= 3 and all(not _plan_value(c.text) and not _PROSE.search(c.text)
                                                   and not _ATTRIBUTE_CELL.fullmatch(c.text) for c in rest):
                answers.append((cost + 0.3 * len(rest), rows, rest, i, []))
            else:  # lines before the next row's number that read as no row: kept unparsed (a sub-row's?)
                answers.append((cost + 3.0, rows, [], i, rest))
            if not sub_rows:
                continue  # without an attribute closing each row, no sub-row is told from the next row's lines
        dashed = [i + 1] if rows and numbered and i < len(pieces) and _MISSING.match(pieces[i].text) else []
        if rows and not dashed and not _sub_row_signalled(pieces, i, rows[0][0][kinds.index("indicator")]):
            continue
        for start in [i] + dashed:
            for j, (more, runs) in _plan_row_fits(pieces, start, kinds, merged=True).items():
                total = cost + more + (0.2 if rows else 0.0)
                if j not in best or total < best[j][0]:
                    best[j] = (total, rows + [(runs, i if start > i else None)])
    return min(answers, key=lambda a: (a[0], -a[3])) if answers else None


def _opens_row(body, a, n, numbered, kinds):
    """Whether the row number ``n`` at ``body[a]`` is followed by lines that start a row (a value equal to the next
    row's number is none)."""
    _, rest = _plan_anchor(body[a], n, numbered)
    return bool(_plan_row_fits(([rest] if rest is not None else []) + body[a + 1:a + 1 + _PLAN_ROW_MAX], 0, kinds,
                               merged=True))


def _fitted_rows(norm, lines, k, header, body, columns, kinds):
    """The table of :func:`_plan_fitted_tables`: the lines after its header read as rows, each the cheapest fit of its
    lines to the columns (:func:`_plan_row_fits`), as far as rows fit and the last of them prints a number (lines after
    it that fit the columns with none are past the table). ``(table, cost)``, or None when fewer than three rows read or
    fewer than half of them print a number."""
    values = [k for k, kind in enumerate(kinds) if kind == "value"]

    def numbered(runs):  # a row that prints a number under a column of values
        return any(_DIGIT.search(c.text) and _plan_value(c.text) for v in values for c in body[slice(*runs[v])])

    best = {0: (0.0, None, None)}  # lines read -> (cost, lines read before this row, the row's runs), the cheapest
    for i in range(len(body)):
        if i not in best:
            continue
        for j, (more, runs) in _plan_row_fits(body, i, kinds).items():
            total = best[i][0] + more + 0.05
            if j not in best or total < best[j][0]:
                best[j] = (total, i, runs)
    # as far as rows fit and the last prints a number: lines after it that fit the columns with none are past the table
    end = max((j for j in best if j and numbered(best[j][2])), default=0)
    cost, fitted = best[end][0], []
    while end:
        _, i, runs = best[end]
        fitted.insert(0, (i, runs))
        end = i
    rows = []
    for i, runs in fitted:
        cells = [None] * len(header)
        for c, kind, (s, e) in zip(columns, kinds, runs):
            cells[c] = _plan_cell(norm, kind, body[s:e]) if e > s else None
        present = [c for c in cells if c is not None]
        rows.append(Row(len(rows) + 1, cells, min(c.start for c in present), max(c.end for c in present),
                        min(present, key=lambda c: c.start).line))
    if len(rows) < 3 or sum(numbered(runs) for _, runs in fitted) * 2 < len(rows):
        return None
    _, title, unit = _title_before(lines, k)
    return Table(0, "cell_per_line", "indicator", header[0].start, rows[-1].end, header[0].line, title.strip(),
                 header=header, rows=rows, unit=unit), cost


def _sub_row_signalled(pieces, i, label):
    """Whether the lines from ``pieces[i]`` may be a sub-row printed without a number of its own after a row whose
    name took the lines ``label`` (start, end): its name says it is a part (``其中：``, ``#``), or the row above printed
    the name of the whole before its own (``每千人口拥有医护人员数`` / ``执业医师数(人)``). A row that lost its number is
    none: nothing says it belongs to the row above."""
    s, e = label
    return i < len(pieces) and (pieces[i].text.startswith(("其中", "#", "＃")) or e - s > 1
                                and not _broken_in_brackets(pieces[s:e]))


def _plan_anchor(cell, n, numbered):
    """The row number ``n`` at the start of a line: the line itself under a ``序号`` column, else a number before the
    row's name (``1. 地区生产总值年均增长``); as ``(number cell, rest of the line's cell or None)``, else None."""
    if numbered:
        return (cell, None) if cell.text == str(n) else None
    m = re.match(rf"{n}\s*[.、．]\s*(?=\S)", cell.text)
    rest = cell.text[m.end():] if m else ""
    if not m or not _HAN.search(rest) or _plan_value(rest):
        return None  # 2.5 and 1.5万人 are values; 26. 3岁以下婴幼儿入托率 is the 26th row
    return Cell(str(n), cell.start, cell.start + len(str(n)), cell.line), \
        Cell(rest, cell.start + m.end(), cell.end, cell.line)


def _plan_head(pieces, i, stages=True, anchored=True):
    """The header of a plan's table one cell a line from ``pieces[i]`` (its cells' broken lines joined), as ``(header,
    lines it took)``, or None: it opens with a group, row-number or label column, names a label column and a column
    of values, and a 序号 or 属性 column. A stage on the line under a year (``2025年`` / ``预计``) is that year's, with
    ``stages``, unless years follow it that print none (``2020年`` / ``目标值`` / ``2023年`` / ``2025年``: a name merged
    over the columns after it, joined to each); without, it is a column of its own (``2025年`` / ``完成情况``): which
    of the two the rows read better, the caller tells."""
    if i >= len(pieces) or _unspaced(pieces[i].text) not in _PLAN_FIRST:
        return None  # (a header's first name as a long line's first word: no piece)
    header, j = [], i
    while j < len(pieces) and j - i < _PLAN_HEAD_MAX:
        text = _unspaced(pieces[j].text)
        over = _years_after(pieces, j + 1) >= 2 and _PLAN_STAGE.fullmatch(text)
        named = _period_head_run(pieces, j) if header else 0
        if named:  # (松江区 /) “十四五” / 指标: one column's name over two or three lines
            header.append(Cell("".join(_unspaced(c.text) for c in pieces[j:j + named]), pieces[j].start,
                               pieces[j + named - 1].end, pieces[j].line))
            j += named - 1
        elif header and _plan_head_joins(header[-1].text, text) and not (_PLAN_STAGE.fullmatch(text) and (
                over or not stages)):
            last = header[-1]
            header[-1] = Cell(last.text + text, last.start, pieces[j].end, last.line)
        elif over:
            years = _years_after(pieces, j + 1)  # 目标值 / 2023年 / 2025年: the name over the years after it
            header += [Cell(f"{text} {_unspaced(c.text)}", c.start, c.end, c.line) for c in pieces[j + 1:j + 1 + years]]
            j += years
        elif _PLAN_HEAD_PART.fullmatch(text) or _goal_span_head(text):
            header.append(Cell(text, pieces[j].start, pieces[j].end, pieces[j].line))
        elif j + 1 < len(pieces) and _PLAN_HEAD_PART.fullmatch(text + _unspaced(pieces[j + 1].text)):
            header.append(Cell(text, pieces[j].start, pieces[j].end, pieces[j].line))  # 指 / 标, 2030 / 年目标: the
            # first part of a name a PDF's text spaced out, joined to the rest next
        else:
            break
        j += 1
    header = _goal_head_spanned(header) or header
    names = [c.text for c in header]
    if not any(n in _PLAN_LABELS for n in names) or anchored != any(n in ("序号", "编号", "属性", "指标属性")
                                                                     for n in names):
        return None  # (without 序号 and 属性, the label's name first: rows told by their fit alone)
    if not anchored and (names[0] not in _PLAN_LABELS or len(names) < 3):
        return None
    roles = column_roles(header)
    if not any(r["role"] in ("value", "growth") for r in roles):
        return None
    return header, j


_PERIOD_STAGE = re.compile(rf"{_STAGE_WORD}|现状|指标|预计|预期|完成|实际")
_PLACE_WORD = re.compile(r"[\u4e00-\u9fff]{1,6}")


def _period_head_run(pieces, j):
    """How many lines from ``pieces[j]`` are one header cell of a plan's table that names a period's column: the
    period alone on its line (``“十四五”``) and its stage or ``指标`` on the next (``完成值``, ``目标值``, ``现状``,
    ``指标``), after the name of the place whose values they are, on the line before the period (``松江区`` /
    ``“十四五”`` / ``指标``); 0 for none."""
    texts = [_unspaced(c.text) for c in pieces[j:j + 3]]
    for lead in (0, 1):
        if len(texts) < lead + 2:
            break
        if lead and (not _PLACE_WORD.fullmatch(texts[0]) or _PLAN_HEAD_PART.fullmatch(texts[0])
                     or texts[0] in _PLAN_FIRST or _ATTRIBUTE_CELL.fullmatch(texts[0])):
            continue
        if _whole_period_mention(texts[lead]) is not None and _PERIOD_STAGE.fullmatch(texts[lead + 1]):
            return lead + 2
    return 0


def _years_after(pieces, j):
    """How many names of a year alone (``2023年``) follow one another from ``pieces[j]``."""
    n = 0
    while j + n < len(pieces) and _BARE_YEAR_NAME.fullmatch(_unspaced(pieces[j + n].text)):
        n += 1
    return n


def _plan_word_tables(norm):
    """:func:`_plan_cell_tables` of a plan's table whose header is one line of names apart (``类别 序号 指标 2025年
    2030年目标 属性``, a PDF's text), its rows one a line or broken over lines, each word a piece: read after the
    readers of rows one a line, where none of them read a table."""
    return _plan_cell_tables(norm, words=True)


def _plan_fitted_tables(norm, broken=False):
    """:func:`_plan_cell_tables` of a table one cell a line whose header names neither 序号 nor 属性 (``指 标 / 权重 /
    单位 / 2015年目标 / 牵头部门``) and whose rows print no numbers: rows told apart by the cheapest fit of the lines to
    the columns alone (a name or a value broken over lines, as in the tables :func:`_plan_cell_tables` reads). With
    ``broken``, only tables whose header a conversion broke over lines (``2025年`` / ``预计``), which the readers of
    tables one cell a line do not join (read first); without, the others (read last, where no reader read them)."""
    return [t for t in _plan_cell_tables(norm, anchored=False)
            if broken == any(c.line != _line_of(norm, c.end) for c in t.header)]


def _line_of(norm, offset):
    """The number of the line of ``norm`` (from 1) that holds ``offset``."""
    return bisect_right(_line_starts(norm), offset)


def _plan_cell_tables(norm, words=False, anchored=True):
    """A plan's table of indicators printed one cell a line (a PDF's or a web page's text, blank lines between cells
    or not), however its cells are broken over lines, as :class:`Table` objects with the layout ``cell_per_line``.

    Its header (``类别 / 序号 / 指标名称 / 2025年 / 预计 / 2030年 / 目标 / 年均/ / 累计 / 属性``) is read as its cells,
    a line joined to the cell above it where a name breaks (:func:`_plan_head_joins`). Rows start at their numbers
    (a line ``1`` under ``序号``, else ``1. 地区生产总值…``); the lines of a row are read as its columns' cells the
    cheapest way (:func:`_plan_join_cost`: a value and its ``左右`` or its own year on the next line, a unit broken
    at ``/``, a name inside an open bracket, two lines of a name, a goal in words), a group's name before a row
    number (``经济发展`` / ``(7项)``) is carried to the rows below it, and, when each row ends at its attribute
    (``预期性``), a sub-row without a number of its own (``注册护士数(人)`` under ``每千人口拥有医护人员数``) is a row
    of the one above. A row whose lines read no way is kept unparsed, so that its numbers are read as text. The
    table ends at a note, a line too long for a cell, or its last row that reads."""
    if anchored and "属性" not in norm and "序号" not in norm:
        return []
    lines = _lines(norm)
    kinds = None
    out, k = [], 0
    starts = _line_starts(norm)
    while k < len(lines):
        text = lines[k][2].strip()
        if not text or text[0] not in _PLAN_FIRST_CHARS:
            k += 1
            continue
        if (_unspaced(text) not in _PLAN_FIRST) != words or words and (  # a header of one line, its names apart
                text.split()[0] not in _PLAN_FIRST or len(text.split()) < 3):
            k += 1
            continue
        kinds = kinds or _cell_line_kinds(norm)
        head = _plan_pieces(lines, kinds, k, _PLAN_HEAD_MAX + 1, words)
        found = [f for f in (_plan_head(head, 0, anchored=anchored), _plan_head(head, 0, False, anchored))
                 if f and not (words and f[0][-1].line != lines[k][0])]  # a header of one line ends on its line
        found = found[:1] + [f for f in found[1:] if [c.text for c in f[0]] != [c.text for c in found[0][0]]]
        table, limit = None, _PLAN_PIECES
        while found:
            pieces = _plan_pieces(lines, kinds, k, limit, words)
            read = [t for t in (_plan_table(norm, lines, k, pieces, f) for f in found) if t]
            # of two readings of the header (a stage joined to its year or a column of its own), the one whose rows
            # read more and cheaper
            table = min(read, key=lambda t: (-sum(r.status == "parsed" for r in t[0].rows), t[1]))[0] if read else None
            if table is None or len(pieces) < limit or table.end < pieces[-_PLAN_ROW_MAX * 2].start:
                break
            limit *= 8  # the table may go on past the lines read: read on
        if table is None:
            k += 1
            continue
        out.append(table)
        k = max(k + 1, bisect_right(starts, table.end))
    return out


@lru_cache(maxsize=2)
def _cell_line_kinds(norm):
    """:func:`_line_kind` of every line of ``norm``, made once for the readers of a text."""
    return [_line_kind(line) for _, _, line in _lines(norm)]


def _plan_pieces(lines, kinds, i, limit, words):
    """Up to ``limit`` pieces of a plan's table from line ``i``: each line a piece, or with ``words`` each word of a
    line (a PDF's text, rows one a line or broken over lines with single spaces between cells), to the first line too
    long for a cell (with ``words``, a sentence) or a note (as the lines' :func:`_line_kind` ``kinds`` tell); a page's number between its rows
    (``— 12 —``; a number alone may be a row's), and with ``words`` the header printed again on the next page, are
    passed over."""
    cells, header = [], _SPACES.sub("", lines[i][2])
    for j in range(i, len(lines)):
        kind = kinds[j]
        number, offset, line = lines[j]
        if len(cells) >= limit or kind == "note" or kind == "long" and (
                _prose(line) if words else not _long_cell(line.strip())):
            break  # (a row of a PDF's text is one line of words, however long; a goal in words may be long)
        text = line.strip()
        if not kind or not text.isdigit() and is_page_number(text) or words and j > i and _SPACES.sub("", line) == header:
            continue
        if words:
            cells += [Cell(w.group(), offset + w.start(), offset + w.end(), number) for w in _WORD.finditer(line)]
        else:
            start = offset + len(line) - len(line.lstrip())
            cells.append(Cell(text, start, start + len(text), number))
    return cells


_LONG_CELL_MAX = 80  # a goal in words a cell holds (至2026年底，全面启动…；2027年…): clauses, no sentence's end


def _long_cell(text):
    """Whether a line too long for a cell's name is still one cell of a plan's table: a goal or a state in words, its
    clauses apart by commas and semicolons, with no sentence's end (``。``, ``！``, ``？``) and no colon closing it."""
    return len(text) <= _LONG_CELL_MAX and not re.search(r"[。！？!?]|[:：]$", text)


def _plan_cell(norm, kind, run):
    """The cell of a column of ``kind`` from its lines ``run`` (:func:`_joined_cells`); a goal followed by a comma and
    words (``4.5-5,`` / ``努力争取`` / ``更好结果``) is the goal alone."""
    first = run[0].text
    if kind == "value" and len(run) > 1 and first[-1] in ",，" and _plan_value(first[:-1].rstrip()):
        value = first[:-1].rstrip()
        return Cell(value, run[0].start, run[0].start + len(value), run[0].line)
    return _joined_cells(norm, run)


def _joined_cells(norm, run):
    """One cell of the lines ``run``: the text from the first's start to the last's end, line breaks and all."""
    if len(run) == 1:
        return run[0]
    return Cell(norm[run[0].start:run[-1].end], run[0].start, run[-1].end, run[0].line)


def _broken_in_brackets(run):
    """Whether the lines of a name break only inside its brackets or at them (``细颗粒物(PM`` / ``2.5`` / ``)浓度``)."""
    joined = ""
    for k, cell in enumerate(run):
        if k and not (joined.count("(") > joined.count(")") or cell.text[0] in ")("):
            return False
        joined += cell.text
    return True


def _plan_table(norm, lines, k, pieces, found):
    """The table of :func:`_plan_cell_tables` whose header ``found`` opens the one-a-line ``pieces`` from line ``k``,
    and what its reading cost (:func:`_plan_chunk`; a row that reads no way costs 3), or None when fewer than two of
    its rows read, or fewer than half."""
    header, width = found
    names = [c.text for c in header]
    seq = next((c for c, name in enumerate(names) if name in ("序号", "编号")), None)
    grouped = names[0] in _GROUP_HEADERS and any(name in _PLAN_LABELS for name in names[1:])
    # a group column after the row number (序号 / 类别 / 指标名称): its name printed in the row, on the group's first
    inner = 1 if seq == 0 and len(names) > 2 and names[1] in _GROUP_HEADERS \
        and any(name in _PLAN_LABELS for name in names[2:]) else None
    if seq is not None and names[seq + 1:seq + 3] == ["一级指标", "二级指标"]:
        inner = seq + 1  # a table of two levels of indicators: the first level names a group of rows, the second each
    roles = column_roles(header)
    columns = [c for c in range(len(header)) if not (c == 0 and grouped) and c != seq]
    kinds = ["group" if c == inner else "value" if roles[c]["role"] in ("value", "growth") else roles[c]["role"]
             if roles[c]["role"] in ("indicator", "unit", "attribute") else "other" for c in columns]
    if kinds.count("indicator") != 1:
        return None
    label_at = columns[kinds.index("indicator")]
    body = pieces[width:]
    if seq is None and not grouped and "属性" not in names and "指标属性" not in names:
        return _fitted_rows(norm, lines, k, header, body, columns, kinds)
    first = next((a for a in range(min(4, len(body))) if _plan_anchor(body[a], 1, seq is not None)), None)
    if first is None or (first and not grouped) or any(_plan_value(c.text) for c in body[:first]):
        return None
    rows, group, a, n, name, cost = [], body[:first], first, 1, "", 0.0
    while True:
        number, rest = _plan_anchor(body[a], n, seq is not None)
        base = a if rest is not None else a + 1  # chunk[t] is body[base + t] (the number taken off the first line)
        chunk = ([rest] if rest is not None else []) + body[a + 1:a + 1 + _PLAN_ROW_MAX]
        numbered = seq is not None
        nexts = [b for b in range(1, len(chunk)) if _plan_anchor(chunk[b], n + 1, numbered)
                 and _opens_row(body, base + b, n + 1, numbered, kinds)]
        stop = next((b for b in nexts if _plan_chunk(chunk[:b], kinds, grouped, False, numbered)), None)
        reading = _plan_chunk(chunk[:stop], kinds, grouped, False, numbered) if stop is not None else \
            None if nexts else _plan_chunk(chunk, kinds, grouped, True, numbered)
        if group:  # a group's name (经济发展 / (7项)) heads the rows below it, up to the next
            name = _ITEM_COUNT.sub("", "".join(c.text for c in group)).strip()
        if reading is None:
            cost += 3.0
            if not nexts:
                break  # the lines after the last row that reads are no row of the table
            cells = [number] + chunk[:nexts[0]]
            rows.append(Row(len(rows) + 1, cells, cells[0].start, cells[-1].end, cells[0].line, status="unparsed",
                            reason=f"row {n}: its lines read as no row of the columns {' / '.join(names)}",
                            group=name))
            group, a, n = [], base + nexts[0], n + 1
            continue
        more, runs_of_rows, group, _, unread = reading
        cost += more
        parent = ""
        for r, (runs, dash) in enumerate(runs_of_rows):
            cells = [None] * len(header)
            if dash is not None:
                cells[seq] = chunk[dash]  # a sub-row's number printed empty (—)
            for c, kind, (s, e) in zip(columns, kinds, runs):
                cells[c] = _plan_cell(norm, kind, chunk[s:e]) if e > s else None
            s, e = runs[kinds.index("indicator")]
            part_of = ""
            if e - s > 1 and not r and len(runs_of_rows) > 1 and not _broken_in_brackets(chunk[s:e]):
                part_of = _joined_cells(norm, chunk[s:e - 1]).text  # 每千人口拥有医护人员数 / 执业医师数(人)
                cells[label_at] = chunk[e - 1]
            if inner is not None and cells[inner] is not None:
                name = cells[inner].text  # the group's name, carried to the rows below it
            if not r:
                if seq is not None:
                    cells[seq] = number
                parent = part_of or cells[label_at].text
            present = [c for c in cells if c is not None] + ([number] if not r else [])
            row = Row(len(rows) + 1, cells, min(c.start for c in present), max(c.end for c in present),
                      min(present, key=lambda c: c.start).line, group=name, parent=part_of if not r else parent)
            rows.append(row)
        if "attribute" in kinds:  # an attribute merged over a row and its sub-rows, printed with one of them: theirs
            at = columns[kinds.index("attribute")]
            merged = next((r.cells[at] for r in rows[-len(runs_of_rows):] if r.cells[at] is not None), None)
            for r in rows[-len(runs_of_rows):]:
                r.cells[at] = r.cells[at] or merged
        if unread:
            rows.append(Row(len(rows) + 1, unread, unread[0].start, unread[-1].end, unread[0].line, status="unparsed",
                            reason=f"{len(unread)} lines between rows {n} and {n + 1} read as no row (a sub-row "
                                   "without its number, in a table whose rows no attribute closes?)", group=name))
        if stop is None:
            break
        a, n = base + stop, n + 1
    parsed = sum(r.status == "parsed" for r in rows)
    if parsed < 2 or parsed * 2 < len(rows):
        return None
    _, title, unit = _title_before(lines, k)
    return Table(0, "cell_per_line", "indicator", header[0].start, rows[-1].end, header[0].line, title.strip(),
                 header=header, rows=rows, unit=unit), cost


def _words_ahead(kinds):
    """For each line (of :func:`_line_kind` ``kinds``), how many cells one a line from it come before the
    first value, when they could be a header read by its rows' shape and its first row's words (the line
    a word, at least four words, none a sentence, and a value within :data:`_HEADER_MAX` columns and three
    words); else 0. Counted from the last line up, as every line is asked this as the start of a header."""
    out, words, valued = [0] * len(kinds), 0, False  # words from the line down to the first value or end
    for i in range(len(kinds) - 1, -1, -1):
        kind = kinds[i]
        if kind == "word":
            words += 1
            if valued and 4 <= words <= _HEADER_MAX + 3:
                out[i] = words
        elif kind:  # a value ends the words above it; a long line, a note or a sentence ends the cells
            words, valued = 0, kind == "value"
    return out


def _line_kind(line):
    """What a line is to a table one cell a line: blank (``""``), ``long`` or a ``note`` (it ends the cells),
    a ``sentence`` (a cell, no column's name), a ``value`` or a ``word``."""
    text = line.strip()
    if not text:
        return ""
    if len(text) > _SHORT_CELL:
        return "long"
    if "注" in text and _NOTE_MARK.match(text):
        return "note"
    if _prose(text):
        return "sentence"
    return "value" if "|" not in text and _value_like(text) else "word"  # (no value holds a bar)


def _kinds_ahead(kinds, i, limit):
    """Whether each of up to ``limit`` cells one a line from line ``i`` is a value, from the lines'
    :func:`_line_kind` ``kinds`` (the cells :func:`_line_cells` would read, told before they are made)."""
    out = []
    for kind in islice(kinds, i, None):
        if len(out) >= limit or kind in ("long", "note"):
            break  # where _line_cells stops
        if kind:
            out.append(kind == "value")
    return out


def _line_cells(lines, kinds, i, limit, made):
    """Up to ``limit`` cells one a line from line ``i``, to the first line too long for a cell or a note (as
    the lines' :func:`_line_kind` ``kinds`` tell); ``made`` keeps each line's cell, as the cells after each
    header tried are read again."""
    cells = []
    for j in range(i, len(lines)):
        kind = kinds[j]
        if len(cells) >= limit or kind in ("long", "note"):
            break
        if kind:
            if j not in made:
                number, offset, line = lines[j]
                text = line.strip()
                start = offset + len(line) - len(line.lstrip())
                made[j] = Cell(text, start, start + len(text), number)
            cells.append(made[j])
    return cells


def _shaped_header(cells):
    """The header of a table printed one cell a line whose columns have names of its own (``地区`` /
    ``当月低保对象人数(人)`` / ``累计资金支出数(万元)``), read by the shape of its rows: every cell before the
    first row, when that row and the next, :data:`_SHAPE_ROWS` of them, each hold the same few words (a
    label; a unit, a code; a target written out) and then a value (a number, or empty: ``—``) under every other
    column; as ``(header, width, words)``, ``words`` the cells of each row that are words; else None. The
    words before the first value are the header and the first row's words; the rows tell how many of them are
    the row's."""
    first = next((k for k, c in enumerate(cells[:_HEADER_MAX + 4]) if _value_like(c.text)), None)
    if first is None or any(_value_like(c.text) or _PROSE.search(c.text) or _DECLARED_UNIT.match(c.text)
                            for c in cells[:first]):
        return None  # a value, a sentence or a unit declared (单位：万人) names no column
    values = [_value_like(c.text) for c in cells]
    for width, words in _row_shapes(values, first):
        if not any(all(_BARE_YEAR.fullmatch(c.text) for c in cells[width * r + words:width * (r + 1)])
                   for r in range(1, _SHAPE_ROWS + 1)):  # 利用率 / 2007 / 2008: a header's years, not a row's values
            return cells[:width], width, words
    for groups, width in _grouped_shapes(values, first):
        names = first - 1
        header = _grouped_header(cells[:1 + groups], cells[1 + groups:names])
        if header and not any(all(_BARE_YEAR.fullmatch(c.text) for c in cells[names + width * r + 1:names + width * (r + 1)])
                              for r in range(_SHAPE_ROWS)):
            return header, names, 1
    return None


def _any_shape(values, first):
    """Whether cells one a line fit rows of one shape under a header (:func:`_row_shapes`, :func:`_grouped_shapes`)."""
    return any(_row_shapes(values, first)) or any(_grouped_shapes(values, first))


def _grouped_shapes(values, first):
    """``(groups, width)`` of each shape of rows that cells one a line fit under a header of groups over
    the same columns repeated under each (``地区`` / ``城市低保`` / ``农村低保`` / ``人数(人)`` / ``资金(万元)`` /
    ``人数(人)`` / ``资金(万元)``, :func:`_grouped_header`), given which cells are values and where the first
    value stands: the names before the first row's label are the label column's, ``groups`` groups and
    ``width - 1`` columns; :data:`_SHAPE_ROWS` rows, each a label and ``width - 1`` values."""
    names = first - 1
    for groups in range(2, names):
        width = names - groups
        if width - 1 < 2 * groups or (width - 1) % groups or len(values) < names + width * _SHAPE_ROWS:
            continue
        if all(not values[names + width * r] and all(values[names + width * r + 1:names + width * (r + 1)])
               for r in range(_SHAPE_ROWS)):
            yield groups, width


def _row_shapes(values, first):
    """``(width, words)`` of each shape of rows that cells one a line fit, given which of them are values
    and where the first value stands: :data:`_SHAPE_ROWS` rows of ``width`` cells each hold ``words`` words
    (a label; a label and its unit; a label, a code and a unit), then values."""
    for words in range(1, 4):
        width = first - words
        if width >= words + 2 and len(values) >= width * (_SHAPE_ROWS + 1) and all(
                not any(values[width * r:width * r + words]) and all(values[width * r + words:width * (r + 1)])
                for r in range(1, _SHAPE_ROWS + 1)):
            yield width, words


_SHAPE_ROWS = 2  # rows that confirm a header read by the shape of its rows


def _counted_header(cells):
    """The header of a report form printed one cell a line, read by its line of column numbers: every cell
    before the numbers (none of them a value), when the numbers count the columns, as ``(header, cells it and
    its column numbers took)``; else None. The numbers count every column from ``甲`` (``甲 乙 丙 1 2 3``),
    or only the columns of values from ``1`` (``指标名称 单位 数量 上期 环比`` / ``1 2 3``)."""
    first = next((k for k, c in enumerate(cells[:_HEADER_MAX + 1]) if c.text in ("甲", "1")), None)
    if first is None or first < 3 or any(is_numeric(c.text) for c in cells[1:first]):
        return None
    if cells[first].text == "甲":
        numbers = first
    else:
        numbers = next((m for m in range(len(cells) - first) if cells[first + m].text != str(m + 1)),
                       len(cells) - first)
        roles = column_roles(cells[:first])
        if numbers != sum(r["role"] in ("value", "growth") for r in roles) \
                or any(r["role"] in ("value", "growth") for r in roles[:first - numbers]):
            return None
    if len(cells) < first + numbers or not _column_numbers([c.text for c in cells[first:first + numbers]]):
        return None
    return cells[:first], first + numbers


_WORD = re.compile(r"\S+")


_WEIGHT_HEADERS = ("权重", "分值", "权数")
_NUMBERED_LABEL = re.compile(r"^\d{1,2}[.、．][^\d\s]*[\u4e00-\u9fff]")  # 1.贫困残疾人生活补助比例
_NUMBERED_IN_LINE = re.compile(r"(?:^|\s)\d{1,2}[.、．][^\d\s]*[\u4e00-\u9fff]")


def _flattened_tables(norm):
    """A whole table flattened onto one line, its cells separated by single spaces (the text of a
    document file): three or more column names (``监测指标 单位 权重 目标值``), then rows that start at a
    numbered label (``1.贫困残疾人生活补助比例 % 4 ≥50``), each as many words as the header has. A word
    between rows (a character of a group cell merged over rows: ``社 会 保 障``) belongs to no row; a
    row cut short by the next numbered label is kept unparsed. Layout ``flattened``."""
    out = []
    for number, offset, line in [ln for ln in _lines(norm) if ln[2].count(" ") >= 7 and _NUMBERED_IN_LINE.search(ln[2])]:
        words = [Cell(m.group(), offset + m.start(), offset + m.end(), number) for m in _WORD.finditer(line)]
        first = next((k for k, w in enumerate(words) if _NUMBERED_LABEL.match(w.text)), None)
        if first is None or len(words) < 8:
            continue
        head = first
        while head > 0 and _is_header([words[head - 1].text]) and not is_numeric(words[head - 1].text):
            head -= 1
        header = words[head:first]
        labels = [k for k, w in enumerate(header) if any(h in w.text for h in _LABEL_HEADERS)]
        if labels:
            header = header[labels[-1]:]  # one column of labels: a title's 指标体系 before it is no column
        roles = column_roles(header)
        if len(header) < 3 or roles[0]["role"] != "indicator" or not any(r["role"] == "value" for r in roles):
            continue
        rows, k = [], first
        while k < len(words):
            if not _NUMBERED_LABEL.match(words[k].text):
                k += 1  # a word between rows
                continue
            cells = [words[k]]
            k += 1
            while k < len(words) and len(cells) < len(header) and not _NUMBERED_LABEL.match(words[k].text):
                cells.append(words[k])
                k += 1
            row = Row(len(rows) + 1, cells, cells[0].start, cells[-1].end, number)
            if len(cells) != len(header) or not _value_like(cells[-1].text):
                row.status, row.reason = "unparsed", f"row has {len(cells)} cells, header has {len(header)}"
            rows.append(row)
        if len(rows) >= 2:
            title = norm[offset:header[0].start].strip()
            out.append(Table(0, "flattened", "indicator", header[0].start, rows[-1].end, number, title,
                             header=header, rows=rows))
    return out


_HEADLESS_MIN_ROWS = 3  # rows of a table flattened without its header
_HEADLESS_LABEL = re.compile(r"^(?:其中[:：])?[^\s\d,，;；。:：、]*[\u4e00-\u9fff][^\s,，;；。]*$|^(?:其中[:：])?\d{1,3}\s*[-—~至]\s*\d{1,3}岁$"
                             r"|^(?:其中[:：])?\d{1,3}岁(?:以上|以下|及以上|及以下)$")


def _headless_flattened_tables(norm):
    """A table flattened onto the start of a line without its header and unit, the page's text having left them on
    an earlier page (``全县总人口 551530 100.0 其中:非农业 82273 14.9 农业 469257 85.1 …``): words each followed by
    the same number of values, two or more, at least :data:`_HEADLESS_MIN_ROWS` such rows in a run from the
    line's start; the prose after them is not the table's. Its columns have no names, so their values are
    actual values of the document's period, with no unit but one a label prints; layout ``flattened``. A
    label is a word with a Chinese character or an age band (``0-18岁``, ``60岁以上``); ``其中:`` makes a row a
    part of the row above."""
    out = []
    for number, offset, line in [ln for ln in _lines(norm) if ln[2].count(" ") >= 8 and _HAN_START.match(ln[2])]:
        texts = line.split()  # the words _WORD finds: a first row (a label, two values) told before cells are made
        if len(texts) < 3 or not (_HEADLESS_LABEL.match(texts[0]) and _PLAIN_NUMBER.fullmatch(texts[1])
                                  and _PLAIN_NUMBER.fullmatch(texts[2])):
            continue
        words = [Cell(m.group(), offset + m.start(), offset + m.end(), number) for m in _WORD.finditer(line)]
        rows, k, width, parent = [], 0, None, ""
        while k < len(words) and _HEADLESS_LABEL.match(words[k].text):
            n = k + 1
            while n < len(words) and _PLAIN_NUMBER.fullmatch(words[n].text):
                n += 1
            if n - k - 1 < 2 or (width is not None and n - k - 1 != width):
                break
            width = n - k - 1
            cells = words[k:n]
            sub = cells[0].text.startswith(("其中:", "其中："))
            rows.append(Row(len(rows) + 1, cells, cells[0].start, cells[-1].end, number, parent=parent if sub else ""))
            parent = parent if sub else cells[0].text
            k = n
        if len(rows) >= _HEADLESS_MIN_ROWS:
            head = [Cell("", rows[0].start, rows[0].start, number) for _ in range(width + 1)]
            out.append(Table(0, "flattened", "indicator", rows[0].start, rows[-1].end, number, "", header=head,
                             rows=rows))
    return out


_HAN_START = re.compile(r"\s*(?:其中[:：])?[\u4e00-\u9fff]")  # a line that starts with a Chinese word


# a PDF's header prints a year apart from its 年 (2020 年目标值): one column's name, not two words
_YEAR_APART = re.compile(r"(?<!\S)((?:19|20)\d\d) (?=年\S)")
_HEAD_WORD = re.compile(r"(?:19|20)\d\d 年\S+|\S+")


def _single_spaced_tables(norm):
    """Tables whose cells are separated by single spaces, one row a line (a PDF's text): a header
    line of column names only (``序号 指标 单位 2020年 2025年 属性``), then lines with one word or
    value a column, as :class:`Table` objects with the layout ``single_spaced``. A line with the
    row number left out (``其中:…``) is a sub-row; the table ends at the first line that does not
    fill the columns."""
    lines = _lines(norm)
    out, end = [], 0
    for i in _lines_starting(norm, _COLUMN_NAME_START):
        number, offset, line = lines[i]
        texts = _YEAR_APART.sub(r"\1", line).split()  # the words _HEAD_WORD finds, told before their cells are made
        if i < end or len(texts) < 3 or not all(_COLUMN_NAME.match(t) for t in texts):
            continue
        words = [Cell(m.group(), offset + m.start(), offset + m.end(), number) for m in _HEAD_WORD.finditer(line)]
        roles = column_roles(words)
        if sum(r["role"] in ("value", "growth") for r in roles) < 2:
            continue
        rows, parent, j = [], "", i + 1
        while j < len(lines):
            n, o, text = lines[j]
            cells = [Cell(m.group(), o + m.start(), o + m.end(), n) for m in _WORD.finditer(text)]
            if not cells:
                break
            seq = roles[0]["role"] == "seq" and len(cells) == len(roles) - 1
            chunk = ([None] + cells) if seq else cells
            if len(chunk) != len(roles) or not _column_row([c or Cell("", 0, 0, n) for c in chunk], roles,
                                                           None if seq else len([r for r in rows if r.cells[0]]) + 1):
                break
            row = Row(len(rows) + 1, chunk, cells[0].start, cells[-1].end, n)
            if seq:
                row.parent = parent
            else:
                parent = next((c.text for c, r in zip(chunk, roles) if r["role"] == "indicator"), "")
            rows.append(row)
            j += 1
        if rows:
            _, title, unit = _title_before(lines, i)
            out.append(Table(0, "single_spaced", "indicator", words[0].start, rows[-1].end, number, title.strip(),
                             header=words, rows=rows, unit=unit))
        end = max(j, i + 1)
    return out


# ---------------------------------------------------------------- a plan's goals, one row a line, single spaces
# the header of a plan's table of goals as pdftotext prints it: 序号, the name's column (maybe spaced out, 指 标), one
# column of values or more (2030 年目标) and 属性 last
_GOAL_HEAD = re.compile(r"[^\S\n]*序\s?号\s+(?:指\s?标|项\s?目|指标名称|主要指标)\s+(?P<values>(?:\S+(?: 年\S+)?\s+){1,3}?)"
                        r"(?:指标)?属\s?性[^\S\n]*")
_GOAL_NEAR = ("左右", "以上", "以下", "以内")  # the word after a goal printed apart from it (5 左右)
_GOAL_FOOTER = re.compile(r"-\s*\d{1,3}\s*-")  # a page's number between dashes (— 13 —): no line of the table
_GOAL_GROUP = re.compile(r"[一二三四五六七八九十]{1,3}、\S.{0,30}")  # 一、经济强（12 项）: a group of rows, no row


def _goal_tables(norm):
    """Tables of a plan's goals printed one row a line with single spaces (a PDF's text): a header ``序号 指 标 2030
    年目标 属性`` with one column of values or more, then rows ``1 地区生产总值年均增长（%） 5 左右 预期性``, each opened by
    its number and closed by its attribute, as :class:`Table` objects with the layout ``goal_rows``. A row's values are
    the words before its attribute (a goal's 左右 printed apart joins it), its name the words between them and its
    number; a row broken over two lines is joined; group rows (一、经济强（12 项）), page footers and the header repeated
    on the next page are passed over. A row whose goal is in words (稳中有升, 提高 1 个百分点以上) is kept unparsed, so
    that its numbers are read as text. The table ends at the first other line."""
    lines = _lines(norm)
    out, end = [], 0
    for i, (number, offset, line) in enumerate(lines):
        if i < end or "属" not in line or "序" not in line:
            continue
        m = _GOAL_HEAD.fullmatch(line)
        if not m:
            continue
        words = [Cell(w.group().replace(" ", "") if not re.match(r"(?:19|20)\d\d ", w.group()) else w.group(),
                      offset + w.start(), offset + w.end(), number)
                 for w in re.finditer(r"(?:19|20)\d\d 年\S+|序\s?号|指\s?标|项\s?目|属\s?性|\S+", line)]
        for w in words:
            w.text = _SPACES.sub("", w.text)
        roles = column_roles(words)
        width = len(words)
        if width < 4 or sum(r["role"] in ("value", "growth") for r in roles[2:-1]) != width - 3:
            continue
        rows, j, expected = [], i + 1, 1
        while j < len(lines):
            n, o, text = lines[j]
            bare = text.strip()
            if not bare or _GOAL_FOOTER.fullmatch(bare) or _GOAL_HEAD.fullmatch(text) or _GOAL_GROUP.fullmatch(bare):
                j += 1
                continue
            tokens = [Cell(t.group(), o + t.start(), o + t.end(), n) for t in _WORD.finditer(text)]
            if not tokens or tokens[0].text != str(expected):
                break
            if not _ATTRIBUTE_CELL.fullmatch(tokens[-1].text) and j + 1 < len(lines):
                n2, o2, text2 = lines[j + 1]
                more = [Cell(t.group(), o2 + t.start(), o2 + t.end(), n2) for t in _WORD.finditer(text2)]
                if not more or not _ATTRIBUTE_CELL.fullmatch(more[-1].text) or more[0].text == str(expected + 1):
                    break
                tokens += more  # a row broken over two lines (…占规上企业营业 / 收入比重（%） 32.5 预期性)
                j += 1
            if not _ATTRIBUTE_CELL.fullmatch(tokens[-1].text):
                break
            joined = []
            for t in tokens:
                if t.text in _GOAL_NEAR and joined and is_numeric(joined[-1].text):
                    last = joined.pop()
                    t = Cell(norm[last.start:t.end], last.start, t.end, last.line)
                joined.append(t)
            k = width - 3
            seq, values, attribute, name_words = joined[0], joined[-1 - k:-1], joined[-1], joined[1:-1 - k]
            row = Row(expected, [], seq.start, attribute.end, n)
            if name_words and all(is_numeric(v.text) or _MISSING.match(v.text) for v in values) \
                    and not any(is_numeric(w.text) for w in name_words[-1:]):
                name = Cell(" ".join(w.text for w in name_words), name_words[0].start, name_words[-1].end,
                            name_words[0].line)
                row.cells = [seq, name] + values + [attribute]
            else:
                row.cells = joined
                row.status, row.reason = "unparsed", "a goal in words, or a row that does not fill the columns"
            rows.append(row)
            expected += 1
            j += 1
        if len(rows) >= 3 and sum(r.status == "parsed" for r in rows) >= 2:
            _, title, unit = _title_before(lines, i)
            out.append(Table(0, "goal_rows", "indicator", words[0].start, rows[-1].end, number, title.strip(),
                             header=words, rows=rows, unit=unit))
            end = j
    return out


_LABEL_COLUMN_NAMES = r"(?:品名|品种|名称|商品名称|项目|指标|指标名称|项目名称|主要指标)"
_LABEL_COLUMN = re.compile(rf"^{_LABEL_COLUMN_NAMES}$")
_LABEL_COLUMN_LINE = re.compile(rf"\n[^\S\n]*{_LABEL_COLUMN_NAMES}[^\S\n]")  # a line that starts with one (_lines_starting)
_PEELED_GAP = 2  # empty lines a row may stand below the one above it (a page's paragraph after each line)


def _peeled_tables(norm):
    """Tables of one row a line whose label may be spaced out (``洗 衣 机``, ``空    调``), read from the end:
    a header of the label column's name (``品名``, ``项目``), an optional ``单位`` column and the names of at
    least two value columns (``城镇居民 农村居民``), then rows of a label, its unit when the header has a unit
    column, and one value a value column at the end; empty lines may stand between the rows (a page that
    prints each line as a paragraph). As :class:`Table` objects with the layout ``single_spaced``; at least
    two rows, and the table ends at the first line that is no such row."""
    lines = _lines(norm)
    out, end = [], 0
    for i in _lines_starting(norm, _LABEL_COLUMN_LINE):
        if i < end:
            continue  # a row of the table read last
        number, offset, line = lines[i]
        words = [Cell(m.group(), offset + m.start(), offset + m.end(), number) for m in _WORD.finditer(line)]
        if len(words) < 3 or not _LABEL_COLUMN.match(words[0].text) \
                or not all(_COLUMN_NAME.match(w.text) or _VALUE_NAME.fullmatch(w.text) for w in words[1:]):
            continue
        roles = column_roles(words)
        unit = len(roles) > 1 and roles[1]["role"] == "unit"
        values = roles[2 if unit else 1:]
        if len(values) < 2 or any(r["role"] not in ("value", "growth") for r in values):
            continue
        rows, j, gap = [], i + 1, 0
        while j < len(lines) and gap <= _PEELED_GAP:
            n, o, text = lines[j]
            if not text.strip():
                gap, j = gap + 1, j + 1
                continue
            chunk = _peeled_row(n, o, text, len(values), unit)
            if chunk is None:
                break
            rows.append(Row(len(rows) + 1, chunk, chunk[0].start, chunk[-1].end, n))
            gap, j = 0, j + 1
        if len(rows) >= 2:
            _, title, table_unit = _title_before(lines, i)
            out.append(Table(0, "single_spaced", "indicator", words[0].start, rows[-1].end, number, title.strip(),
                             header=words, rows=rows, unit=table_unit))
            end = j
    return out


def _peeled_row(number, offset, text, width, unit):
    """The cells of a line read from its end: ``width`` values, the unit before them when ``unit``, and the
    label (words with Chinese, spaces inside kept as printed) before that; None when the line is no such row."""
    m = _VALUES_AT_END.search(text)
    if not m:
        return None
    values = list(_WORD.finditer(text, m.start("values"), m.end("values")))
    if len(values) != width:
        return None
    head = text[:m.start("values")].rstrip()
    cells = []
    if unit:
        last = head.rsplit(None, 1)
        if len(last) != 2 or not (unit_info(last[1])[0] or re.fullmatch(r"[\u4e00-\u9fff]{1,2}", last[1])):
            return None
        cells.append(Cell(last[1], offset + len(head) - len(last[1]), offset + len(head), number))
        head = head[:len(head) - len(last[1])].rstrip()
    label = head.strip()
    if not label or not _HAN.search(label) or re.search(r"\d", label) or _PROSE.search(label):
        return None
    start = offset + len(head) - len(head.lstrip())
    cells.insert(0, Cell(label, start, start + len(label), number))
    return cells + [Cell(v.group(), offset + v.start(), offset + v.end(), number) for v in values]


_VALUE_NAME = re.compile(r"[\u4e00-\u9fff()（）]{1,8}")  # a value column's name: a place or a part (市区, 农村)
_NUMBER_CELL = rf"(?:-?{_PLAIN_NUMBER.pattern}|[-—])"  # a value, or a dash for none
_VALUES_AT_END = re.compile(rf"(?P<values>{_NUMBER_CELL}(?:[ \t]+{_NUMBER_CELL})*)[ \t]*$")
_VALUE_HEADER_MIN_ROWS = 3
# an indented line of two or more words whose first is a value column's name (_lines_starting)
_VALUE_HEAD_START = re.compile(r"\n[ \t][^\S\n]*[\u4e00-\u9fff()（）]{1,8}[^\S\n]+[\u4e00-\u9fff()（）]")


_AGE_LABEL = r"\d{1,3}(?:[ \t]*[-—~～][ \t]*\d{1,3})?[ \t]*岁(?:及以上|以上|及以下|以下)?"
_YEAR_ROW = re.compile(rf"^[ \t]*(?P<label>(?:19|20)\d\d)[ \t]*年?(?P<rest>(?:[ \t]+{_NUMBER_CELL})+)[ \t]*$")
# a row's Chinese label (its unit in brackets), maybe its English translation, then its values: 摩托车(辆)  Motorcycle (unit) 36.55 …
# or an age, a band of ages or an open one (0岁, 0-4岁, 85岁及以上: :func:`is_numeric` reads a whole age as a row's name)
_LABEL_ROW = re.compile(rf"^[ \t]*(?P<label>[\u4e00-\u9fff][^\d\n]{{0,30}}?[\u4e00-\u9fff)）]|{_AGE_LABEL})"
                        rf"(?:[ \t]+[A-Za-z][^\d\n\u4e00-\u9fff]*?)?"
                        rf"(?P<rest>(?:[ \t]+{_NUMBER_CELL})+)[ \t]*$")
_YEAR_ROWS_MIN = 3
_HEADER_LINES = 12  # lines above a run of year rows that its header, unit line and title may take


def _year_row_tables(norm):
    """Tables whose rows are years (a yearbook's ``2019 11.80 5.02 38.65``): a run of at least
    :data:`_YEAR_ROWS_MIN` lines, each a year, in order, and two or more values. Each row's year dates its values.
    The header above is read only when it is one line that names as many columns as the rows have
    (``年份 城市低保人数 农村低保人数``, or the value columns alone); a header wrapped over lines and not aligned
    with the values leaves the columns unnamed, not named wrongly. The widest row gives the columns; a row
    with fewer values prints each empty cell as a run of spaces between two values, else it is kept unparsed. A
    ``单位:`` line above gives the unit, the line above it the title. As :class:`Table` objects with the layout
    ``year_rows``. So are the rows of a Chinese label (its translation after it) and values, under a header that
    cannot be read (a bilingual yearbook's ``摩托车(辆)  Motorcycle (unit) 36.55 29.59 …``), with the layout
    ``label_rows``: each label once, the unit in the label's brackets."""
    return _row_runs(norm, _YEAR_ROW, "year_rows") + _row_runs(norm, _LABEL_ROW, "label_rows") + _year_cell_tables(norm)


_YEAR_LINE = re.compile(r"^[ \t]*(?P<label>(?:19|20)\d\d)[ \t]*$")
_VALUE_LINE = re.compile(rf"^[ \t]*{_NUMBER_CELL}[ \t]*$")
_YEAR_CELLS_MAX = 12  # value columns at most of year rows printed one cell a line
_YEAR_CELLS_HEAD = 40  # lines above the first year that a header printed one cell (or character) a line may take


def _year_cell_tables(norm):
    """Year rows printed one cell a line (a yearbook's HTML table as text: ``1952`` / ``1270`` / ``37.92`` / … /
    ``1957`` / …): a year on a line of its own, then as many lines of one value each, then the next year, in order,
    for at least :data:`_YEAR_ROWS_MIN` rows. The number of values is the smallest that makes such a run (a value
    may read as a year: ``1970`` / ``2020``); a run whose values are all years is a header of years, no rows. Read as
    the rows of :func:`_year_row_tables`, each year dating its values; the header above, one cell or character a
    line, names no column. A ``单位:`` line above gives the unit only when no header cell prints a unit of its own
    in brackets (``(万人)``), as then it is not every column's."""
    lines = _lines(norm)
    out, end = [], 0
    for i, (_, _, text) in enumerate(lines):
        if i < end or not _YEAR_LINE.match(text):
            continue
        for width in range(2, _YEAR_CELLS_MAX + 1):
            run = _year_cell_run(lines, i, width)
            if len(run) >= _YEAR_ROWS_MIN:
                break
        else:
            continue
        rows = [[_line_cell(lines[j]) for j in range(r, r + width + 1)] for r in run]
        if any(all(_BARE_YEAR.match(c.text) for c in row[1:]) for row in rows):
            continue
        unit_at = next((k for k in range(i - 1, max(-1, i - _YEAR_CELLS_HEAD), -1)
                        if _UNIT_LINE.match(_ENGLISH_PAREN.sub("", lines[k][2].strip()))), None)
        top = unit_at if unit_at is not None else i
        own_units = any(_unit_in_brackets(lines[k][2].strip()) for k in range(top + 1, i))
        unit = "" if unit_at is None or own_units else \
            _UNIT_LINE.match(_ENGLISH_PAREN.sub("", lines[unit_at][2].strip())).group("unit")
        _, title, _ = _title_before(lines, top)
        first = rows[0][0]
        header = [Cell("", first.start, first.start, first.line)] * (width + 1)
        table = Table(0, "year_rows", "indicator", first.start, rows[-1][-1].end, first.line, title.strip(),
                      header=header, unit=unit)
        table.rows = [Row(k, row, row[0].start, row[-1].end, row[0].line) for k, row in enumerate(rows, 1)]
        out.append(table)
        end = run[-1] + width + 1
    return out


def _side_by_side_year_rows(norm):
    """Two panels of year rows printed side by side on the same lines (a yearbook's long run of years, its
    ``续表`` halved: ``1991  3335232  647909  2687323    2008  3535440  957350  2578090``): each line a year and
    its values, then a later year and as many values, for at least :data:`_YEAR_ROWS_MIN` lines, the years of each
    panel in order and all of the right panel's after the left's. One table of the rows of :func:`_year_row_tables`,
    the left panel's then the right's, each year dating its values, under the header and unit line above them."""
    lines = _lines(norm)
    halves = {}
    for k in _value_ended(norm):
        words = list(_WORD.finditer(lines[k][2]))
        h = len(words) // 2
        if len(words) < 6 or len(words) % 2 or not _BARE_YEAR.match(words[0].group()) \
                or not _BARE_YEAR.match(words[h].group()) or int(words[h].group()) <= int(words[0].group()) \
                or not all(_NUMBER_CELL_FULL.match(w.group()) for w in words):
            continue
        halves[k] = (words[:h], words[h:])
    out, i = [], 0
    for first in sorted(halves):
        if first < i:
            continue
        run, j = [first], first + 1
        while j in halves and len(halves[j][0]) == len(halves[first][0]) \
                and all(int(halves[j][p][0].group()) > int(halves[j - 1][p][0].group()) for p in (0, 1)):
            run.append(j)
            j += 1
        i = j
        if len(run) < _YEAR_ROWS_MIN or int(halves[run[0]][1][0].group()) <= int(halves[run[-1]][0][0].group()):
            continue
        width = len(halves[first][0]) - 1
        header, unit, title = _year_rows_header(lines, first, width)
        header = [Cell("", c.start, c.start, c.line) for c in header] if len(header) == width + 1 else header
        rows = [[Cell(w.group(), lines[k][1] + w.start(), lines[k][1] + w.end(), lines[k][0]) for w in halves[k][p]]
                for p in (0, 1) for k in run]  # the left panel's rows, then the right's: one table
        table = Table(0, "year_rows", "indicator", rows[0][0].start, rows[-1][-1].end, rows[0][0].line, title,
                      header=header, unit=unit)
        table.rows = [Row(n, row, row[0].start, row[-1].end, row[0].line) for n, row in enumerate(rows, 1)]
        out.append(table)
    return out


_NUMBER_CELL_FULL = re.compile(rf"{_NUMBER_CELL}$")


def _year_cell_run(lines, i, width):
    """The lines of the years of a run of year rows printed one cell a line from line ``i``, each followed by ``width``
    lines of one value."""
    run, j = [], i
    while j + width < len(lines) and all(_VALUE_LINE.match(lines[j + d][2]) for d in range(1, width + 1)):
        run.append(j)
        nxt = j + width + 1
        m = _YEAR_LINE.match(lines[nxt][2]) if nxt < len(lines) else None
        if not m or int(m.group("label")) <= int(lines[j][2].strip()):
            break
        j = nxt
    return run


def _row_runs(norm, pattern, layout):
    """The tables of :func:`_year_row_tables` of one ``layout``: runs of lines that ``pattern`` matches (its groups
    ``label`` and ``rest``, the values)."""
    lines = _lines(norm)
    found = {k: m for k in _value_ended(norm) for m in [pattern.match(lines[k][2])] if m}  # the lines that are rows
    # a row of label rows whose label is lost (a census table's subtotal or rest: ``4527 2266 2261 …``): values alone
    unlabelled = {k: m for k in _value_ended(norm) for m in [_VALUES_ONLY.match(lines[k][2])] if m} \
        if layout == "label_rows" else {}
    out, i = [], 0
    for first in found:  # a run starts at a row (in order): the lines between hold none
        if first < i:
            continue
        i, run, j = first, [], first
        while j in found or (j in unlabelled and len(unlabelled[j].group("rest").split())
                             == len(run[-1][1].group("rest").split())):
            m = found.get(j) or unlabelled[j]
            if run and (int(m.group("label")) <= int(run[-1][1].group("label")) if layout == "year_rows"
                        else m.group("label") and m.group("label") in {r[1].group("label") for r in run}):
                break
            run.append((lines[j], m))
            j += 1
            if j not in found and _blank_between(lines, j, found, m):
                j += 1  # a blank line between groups of rows (a census table's bands of ages) is no table's end
            elif layout == "label_rows" and j not in found:
                j = _past_empty_rows(lines, j, found, m)
        if sum(bool(m.group("label")) for _, m in run) < _YEAR_ROWS_MIN:
            i = max(j, i + 1)
            continue
        width = max(len(m.group("rest").split()) for _, m in run)
        rows = [_year_row(line, m, width) for line, m in run]
        if width < 2 or sum(r is not None for r in rows) < _YEAR_ROWS_MIN:
            i = j
            continue
        above, top = _rows_above(lines, i, width) if layout == "label_rows" else ([], i)
        header, unit, title = _year_rows_header(lines, top, width)
        start = above[0][0].start if above else run[0][0][1] + run[0][1].start("label")
        table = Table(0, layout, "indicator", start, run[-1][0][1] + len(run[-1][0][2].rstrip()),
                      above[0][0].line if above else run[0][0][0], title, header=header, unit=unit)
        table.rows = [Row(k, cells, cells[0].start, cells[-1].end, cells[0].line) for k, cells in enumerate(above, 1)]
        for k, ((number, offset, text), m), cells in zip(range(len(above) + 1, len(above) + len(run) + 1), run, rows):
            if cells is None:  # 1978     126.01 100.0   74.0: fewer values, and the spaces do not say whose cells are empty
                words = [Cell(w.group(), offset + w.start(), offset + w.end(), number) for w in _WORD.finditer(text)]
                table.rows.append(Row(k, words, words[0].start, words[-1].end, number, status="unparsed",
                                      reason=f"row has {len(m.group('rest').split())} of {width} values; the places of "
                                             f"its empty cells are not printed"))
            else:
                table.rows.append(Row(k, cells, cells[0].start, max(c.end for c in cells if c), number))
        out.append(table)
        i = j
    return out


_TRANSPOSED_MIN = 3  # rows at least of a table printed column by column


def _transposed_tables(norm):
    """A table of one column of values printed column by column (a yearbook page whose text gives its column of
    labels, then its column of values): a run of lines of Chinese labels, then, after a blank line, a run of at
    least :data:`_TRANSPOSED_MIN` lines of one value each. A label indented less than the label after it is a
    heading (``自然变动人数(人)`` over ``  出生人数``): the parent of the rows under it, its unit theirs, and no row.
    The values are read in order, one a row, only when there are exactly as many as rows; else nothing is
    guessed. A label line alone above the labels, a blank line between, names the column (``常住人口``, whom
    the rows count): it is no title, and the column is left unnamed, as each row's label names its figures (a
    label joined with the column's name, ``出生人数 常住人口``, would name the population). As :class:`Table`
    objects with the layout ``transposed``."""
    lines = _lines(norm)
    ended = set(_value_ended(norm))
    out = []
    for i in sorted(ended):
        if i - 1 in ended or not _VALUE_LINE.match(lines[i][2]):
            continue  # not the first line of a run of values
        j = i
        while j in ended and _VALUE_LINE.match(lines[j][2]):
            j += 1
        k = i - 1
        if j - i < _TRANSPOSED_MIN or k < 0 or lines[k][2].strip():
            continue  # too few values, or no blank line between them and the labels
        while k >= 0 and not lines[k][2].strip():
            k -= 1
        bottom = k
        while k >= 0 and _alone_label(lines[k][2]):
            k -= 1
        labels = list(range(k + 1, bottom + 1))
        depth = [len(lines[n][2]) - len(lines[n][2].lstrip()) for n in labels]
        heading = [a < b for a, b in zip(depth, depth[1:])] + [False]
        leaves = [n for n, h in zip(labels, heading) if not h]
        if len(leaves) != j - i:
            continue
        above = k
        while above >= 0 and not lines[above][2].strip():
            above -= 1
        named = above < k and above >= 0 and _alone_label(lines[above][2]) and not _TABLE_TITLE.match(lines[above][2]) \
            and (above == 0 or not lines[above - 1][2].strip())
        top = above if named else k + 1
        cells = [_line_cell(lines[n]) for n in range(i, j)]
        first = _line_cell(lines[labels[0]])
        _, title, unit = _title_before(lines, top)
        table = Table(0, "transposed", "indicator", first.start, cells[-1].end, first.line, title.strip(),
                      header=[Cell("", first.start, first.start, first.line)] * 2, unit=unit)
        parents = {}
        for n, d in zip(labels, depth):
            parents = {level: name for level, name in parents.items() if level < d}
            parent = parents[max(parents)] if parents else ""
            if n in leaves:
                label, value = _line_cell(lines[n]), cells[leaves.index(n)]
                table.rows.append(Row(len(table.rows) + 1, [label, value], label.start, value.end, label.line,
                                      parent=parent))
            parents[d] = lines[n][2].strip()
        out.append(table)
    return out


def _alone_label(text):
    """Whether a line is a label alone: Chinese, no sentence, no value at its end."""
    body = text.strip()
    return bool(body) and bool(_HAN.match(body.lstrip("#＃"))) and len(body) <= 40 and not _PROSE.search(body) \
        and not body[-1].isdigit()


def _line_cell(line):
    """A line's text, stripped, as a cell."""
    number, offset, text = line
    start = offset + len(text) - len(text.lstrip())
    return Cell(text.strip(), start, start + len(text.strip()), number)


_EMPTY_ROW = re.compile(r"^[ \t]*[#＃]?[\u4e00-\u9fff][\u4e00-\u9fff()（）]{0,15}[ \t]*$")  # 石景山区, 失业保险金
_EMPTY_ROWS_MAX = 8  # rows with no values at most between two rows of a run


def _past_empty_rows(lines, j, found, m):
    """The line after the rows from line ``j`` whose cells are all empty (a census table's districts or sources with no
    count: the label alone on its line, ``  石景山区``, ``失业保险金``), when a row with as many values as the row ``m``
    above them follows: they are rows of the table, not its end; else ``j``."""
    k = j
    while k < len(lines) and k - j < _EMPTY_ROWS_MAX and _EMPTY_ROW.match(lines[k][2]):
        k += 1
    if k > j and k in found and len(found[k].group("rest").split()) == len(m.group("rest").split()):
        return k
    return j


def _blank_between(lines, j, found, m):
    """Whether line ``j`` is blank and the line after it a row with as many values as the row ``m`` above it."""
    return j + 1 in found and j < len(lines) and not lines[j][2].strip() \
        and len(found[j + 1].group("rest").split()) == len(m.group("rest").split())


@lru_cache(maxsize=2)
def _value_ended(norm):
    """The indexes of the lines of ``norm`` that end, but for spaces and tabs, in what ends a :data:`_NUMBER_CELL` (a
    digit or a dash), as every row of values does; found once for the patterns of such rows, as most lines end
    otherwise."""
    out = []
    for k, (_, _, line) in enumerate(_lines(norm)):
        last = line.rstrip(" \t")[-1:]
        if last.isdecimal() or last in ("-", "—"):
            out.append(k)
    return tuple(out)


_TOTAL_ROW = re.compile(rf"^[ \t]*(?P<label>Total|合计|总计)(?P<rest>(?:[ \t]+{_NUMBER_CELL})+)[ \t]*$")
_VALUES_ONLY = re.compile(rf"^[ \t]*(?P<label>)(?P<rest>{_NUMBER_CELL}(?:[ \t]+{_NUMBER_CELL})*)[ \t]*$")
_CHINESE_LABEL = re.compile(r"^[ \t]*(?P<label>[#＃]?[\u4e00-\u9fff][^\dA-Za-z\n]*?)[ \t]*(?:[A-Za-z][^\d\n]*)?$")


def _rows_above(lines, i, width):
    """``(rows, top)``: the rows printed above a run of label rows at line ``i`` in other shapes, and the line the
    first of them starts: a total labelled in English only (``Total 1884 64864 …``), and a label that wraps over
    lines with its values on a line of their own (``#都市发达经济圈  Metropolitan Advanced`` / `` Economic Sphere`` /
    ``253 15750 642 3159``), each with as many values as the run's rows."""
    rows, k, top = [], i - 1, i
    while k >= 0:
        number, offset, text = lines[k]
        if not text.strip() and k > 0 and lines[k - 1][2].strip():
            k -= 1  # a blank line between groups of rows, as in the run below
            continue
        total = _TOTAL_ROW.match(text)
        values = None if total else _VALUES_ONLY.match(text)
        if total and len(total.group("rest").split()) == width:
            rows.insert(0, _year_row(lines[k], total, width))
            top, k = k, k - 1
            continue
        if not values or len(values.group("rest").split()) != width:
            break
        j = k - 1
        while j >= 0 and j > k - 4 and (not lines[j][2].strip() or _ENGLISH.match(lines[j][2].strip())):
            j -= 1  # the label's English, wrapped onto lines of its own
        label = _CHINESE_LABEL.match(lines[j][2]) if j >= 0 else None
        if label is None:
            break
        n, o, t = lines[j]
        cells = [Cell(label.group("label"), o + label.start("label"), o + label.end("label"), n)]
        cells += [Cell(v.group(), offset + v.start(), offset + v.end(), number)
                  for v in _WORD.finditer(text, values.start("rest"), values.end("rest"))]
        rows.insert(0, cells)
        top, k = j, j - 1
    return [r for r in rows if r is not None], top


def _year_row(line, m, width):
    """The cells of one row of a run (its year or label, then ``width`` values, None for an empty one), or None
    when its values do not fill the columns."""
    number, offset, text = line
    label = Cell(m.group("label"), offset + m.start("label"), offset + m.end("label"), number)
    values = list(_WORD.finditer(text, m.start("rest"), m.end("rest")))
    cells = [Cell(v.group(), offset + v.start(), offset + v.end(), number) for v in values]
    if len(values) < width:
        gaps = [k for k in range(1, len(values)) if text[values[k - 1].end():values[k].start()].count(" ") >= 2]
        if len(gaps) != width - len(values):
            return None
        for k in reversed(gaps):
            cells.insert(k, None)
    return [label] + cells


def _year_rows_header(lines, i, width):
    """``(header, unit, title)`` of a run of year rows at line ``i``: the header's cells (the year column's and
    one a value column, unnamed unless the header is one line that names as many columns), the unit of a ``单位:`` line and the
    title above it."""
    heads, unit, top = [], "", i
    for k in range(i - 1, max(-1, i - _HEADER_LINES), -1):
        number, offset, text = lines[k]
        stripped = text.strip()
        if not stripped or _ENGLISH.match(stripped):
            continue
        found = _UNIT_LINE.match(_ENGLISH_PAREN.sub("", stripped))
        listed = None if found else _UNITS_LINE.match(stripped)
        if found or listed:
            unit, top = found.group("unit") if found else "、".join(re.split(r"\s*[,，、;；]\s*", listed.group("units"))), k
            break
        if _PROSE.search(stripped) or _TABLE_TITLE.match(text) or re.search(r"\d", stripped):
            top = k + 1
            break
        heads.append([Cell(w.group(), offset + w.start(), offset + w.end(), number) for w in _WORD.finditer(text)])
        top = k
    words = heads[0] if len(heads) == 1 else []  # a header of one line; one wrapped over lines says nothing
    named = words if len(words) == width or len(words) == width + 1 and words[0].text in PERIOD_HEADERS else None
    year_line = lines[i]
    empty = Cell("", year_line[1], year_line[1], year_line[0])
    header = ([empty] + named if named and len(named) == width else named) if named else [empty] * (width + 1)
    _, title, above_unit = _title_before(lines, top)
    return header, unit or above_unit, title.strip()


def _value_header_tables(norm):
    """Tables whose header names only the value columns (a yearbook's places or parts: ``金华市 市区``,
    ``合计 城镇 农村``), indented over the values, above rows of a label (its unit in brackets:
    ``床位数 (张)``) and one value a column, separated by single spaces, as :class:`Table` objects with
    the layout ``single_spaced``. A line of words alone (``三、革命伤残人员``) labels the rows below it;
    a ``#`` row is a part of the row above; the table ends at the first line that is neither, and
    needs :data:`_VALUE_HEADER_MIN_ROWS` rows of values."""
    lines = _lines(norm)
    out, end = [], 0
    for i in _lines_starting(norm, _VALUE_HEAD_START):  # the header is indented over the values: most lines are not
        number, offset, line = lines[i]
        texts = line.split()  # the words _WORD finds, told before their cells are made
        if i < end or not (2 <= len(texts) <= 8 and all(_VALUE_NAME.fullmatch(t) for t in texts)):
            continue
        words = [Cell(m.group(), offset + m.start(), offset + m.end(), number) for m in _WORD.finditer(line)]
        k, rows, parent, j = len(words), [], "", i + 1
        while j < len(lines):
            n, o, text = lines[j]
            body = text.strip()
            start = o + len(text) - len(text.lstrip())
            m = _VALUES_AT_END.search(body)
            values = m.group("values").split() if m else []
            label = body[:m.start()].strip() if m else body
            if not body or _PROSE.search(body) or not _HAN.search(label) or len(label) > 30:
                break
            if m and len(values) == k:
                cells = [Cell(label, start, start + len(label), n)]
                cells += [Cell(v.group(), start + m.start() + v.start(), start + m.start() + v.end(), n)
                          for v in _WORD.finditer(m.group("values"))]
                sub = label.lstrip().startswith("#")
                rows.append(Row(len(rows) + 1, cells, start, cells[-1].end, n, parent=parent if sub else ""))
                parent = parent if sub else label
            elif not m:
                rows.append(Row(len(rows) + 1, [None] * (k + 1), start, start + len(body), n, status="parsed",
                                reason="label row"))
                parent = label
            else:
                break
            j += 1
        if sum(r.reason != "label row" for r in rows) >= _VALUE_HEADER_MIN_ROWS:
            while rows and rows[-1].reason == "label row":
                rows.pop()
            _, title, unit = _title_before(lines, i)
            head = Cell("", words[0].start, words[0].start, number)
            out.append(Table(0, "single_spaced", "indicator", words[0].start, rows[-1].end, number, title.strip(),
                             header=[head] + words, rows=rows, unit=unit))
            end = j
    return out


_COUNTED_MIN_ROWS = 3  # rows of values a table under a header of counted words needs
_COUNTED_HEADER_LINES = 10  # lines of header (Chinese words and their English translations) at most


def _counted_words(line, k):
    """The words of a header line whose words no column lines up, one per value column, as cells;
    None unless it has ``k`` of them. English words before the first Chinese one name the column of
    labels (``City``) and are left out; a word spaced out one character a character (``医 生 数``) is
    one word, and so is a word a space breaks after its first character (``人 数(万人)``): a character
    alone is no column's name, but for the sexes' (``合计 男 女``). A first word that names the column of labels (``地区``) is that
    column's name, so ``k`` words must follow it."""
    words = _header_words(line)
    if words and _names_labels(words[0].text):
        words = words[1:]  # the column of labels' name, never a column of values'
    return words if len(words) == k else None


def _names_labels(word):
    """Whether a header's word names the column of labels (``地区``, ``指标``)."""
    return bool(_HEAD_CELL.match(word) or _is_region_header(word))


_ONE_CHARACTER_NAMES = frozenset("男女")  # the columns of a table by sex: the names a character alone prints


def _header_words(line):
    """The words of a header line as :func:`_counted_words` counts them."""
    cells = [Cell(m.group(), m.start(), m.end(), 0) for m in _TOKEN.finditer(line)]
    while cells and not _HAN.search(cells[0].text):
        cells.pop(0)
    single = [bool(_HAN.fullmatch(c.text)) and c.text not in _ONE_CHARACTER_NAMES for c in cells]
    spelt, n = [], 0
    while n < len(cells):  # a run of single characters is one word
        m = n
        while m + 1 < len(cells) and single[n] and single[m + 1]:
            m += 1
        spelt.append(Cell("".join(c.text for c in cells[n:m + 1]), cells[n].start, cells[m].end, 0))
        n = m + 1
    return _broken_words_joined(spelt)


def _broken_words_joined(words):
    """Words with each single character joined to the Chinese word after it (``人`` ``数(万人)``)."""
    out = []
    for cell in words:
        if out and _HAN.fullmatch(out[-1].text) and out[-1].text not in _ONE_CHARACTER_NAMES and _HAN.match(cell.text):
            out[-1] = Cell(out[-1].text + cell.text, out[-1].start, cell.end, cell.line)
        else:
            out.append(cell)
    return out


def _counted_row(body):
    """``(label, values match)`` of a line that reads as a row: a Chinese label of at most 40 characters (an
    English translation of any length may follow it) and three or more values; else None."""
    m = _VALUES_AT_END.search(body)
    if not m:
        return None
    label = body[:m.start()].strip()
    if not label or not _HAN.match(label) or len(_without_translation(label)) > 40 or _PROSE.search(label) \
            or len(m.group("values").split()) < 3:
        return None
    return label, m


def _counted_header_tables(norm):
    """Tables whose header lines print one word per value column without lining up with the columns (a
    yearbook page copied from a PDF: ``公共图书馆数 公共图书馆 医院、卫生院 …`` over ``(个) 图书藏量(千册)
    (个) …``, with English translations on lines of their own), above rows of a label and one value a
    column (``石家庄市 Shijiazhuang 7 3153 194 …``), as :class:`Table` objects with the layout
    ``counted_header``. Each Chinese header line must have exactly as many words as the rows have values
    (see :func:`_counted_words`); column k is the k-th word of each line, joined from top to bottom
    (``公共图书馆`` + ``图书藏量(千册)``). A line in English only is a translation. The header ends at a
    blank line, a line of prose or a Chinese line of at most half as many words as columns (the title).
    Nothing is guessed: a Chinese line above the rows with more words, and not as many as the columns,
    makes no such table, as it could be a header line counted wrong."""
    lines = _lines(norm)
    out, end = [], 0
    for i, first in [(k, found) for k, (_, _, line) in enumerate(lines) for body in [line.rstrip()]
                     if body[-1:].isdigit() and _HAN.search(body[:4]) for found in [_counted_row(body.strip())] if found]:
        if i < end:
            continue  # a row of the table read last
        k = len(first[1].group("values").split())
        j = i
        while j < len(lines):
            found = _counted_row(lines[j][2].strip())
            if found is None or len(found[1].group("values").split()) != k:
                break
            j += 1
        end = j  # (the first row is one: j > i)
        if j - i < _COUNTED_MIN_ROWS:
            continue
        heads, top, label_head = [], i, None
        for h in range(i - 1, max(-1, i - 1 - _COUNTED_HEADER_LINES), -1):
            n, o, text = lines[h]
            if not text.strip() or _PROSE.search(text) or _PLAIN_NUMBER.search(re.sub(r"[(（][^()（）]*[)）]", "", text)):
                break
            if not _HAN.search(text):
                continue  # a translation (above the first Chinese line: the title's)
            words = _counted_words(text, k)
            if words is None and h == i - 1 and (found := _header_words(text)) and _names_labels(found[0].text) \
                    and any(_HAN.search(w.text) for w in found[1:]):
                # the line right above the rows names the column of labels, and too few or too many columns
                # to place its words: the columns are unnamed (a header line lost), not named wrongly
                label_head = Cell(found[0].text, o + found[0].start, o + found[0].end, n)
                heads, top = [[Cell("", label_head.start, label_head.start, n)] * k], h
                break
            if words is None:  # the table's title (a word or two), or a header that does not count: none
                heads = heads if len(text.split()) * 2 <= k else []
                break
            heads.insert(0, [Cell(c.text, o + c.start, o + c.end, n) for c in words])
            top = h
        if not heads:
            continue
        columns = []
        for parts in zip(*heads):
            text = "".join(p.text for p in parts)
            columns.append(Cell(text, parts[-1].start, parts[-1].end, parts[-1].line))
        rows = []
        for n, o, text in lines[i:j]:
            body = text.strip()
            start = o + len(text) - len(text.lstrip())
            label, m = _counted_row(body)
            zh = _without_translation(label).rstrip()
            cells = [Cell(zh, start, start + len(zh), n)]
            cells += [Cell(v.group(), start + m.start() + v.start(), start + m.start() + v.end(), n)
                      for v in _WORD.finditer(m.group("values"))]
            rows.append(Row(len(rows) + 1, cells, start, cells[-1].end, n))
        _, title, unit = _title_before(lines, top)
        head = label_head or Cell("", columns[0].start, columns[0].start, columns[0].line)
        first_line = lines[top]
        out.append(Table(0, "counted_header", "indicator", first_line[1] + len(first_line[2]) - len(first_line[2].lstrip()),
                         rows[-1].end, first_line[0], title.strip(), header=[head] + columns, rows=rows, unit=unit))
    return out


# a column of a statistics bureau's monthly report: its period (1-11月, 11月, 本月, 累计, 本年累计) or the change
# of its values (增长(%), 同比增长%, 比上年同期增长(%))
_MONTHLY_VALUE_NAME = r"(?:(?:\d{1,2}[-—~～至])?\d{1,2}月份?|本月|当月|本季|本年|全年|上年同期|绝对[数值])(?:累计)?[数值]?" \
                      r"(?:[(（][^()（）\s]{1,6}[)）])?|累计(?:[数值]|[(（][^()（）\s]{1,6}[)）])?"
_MONTHLY_GROWTH_NAME = r"(?:比上年同期|比上年|比上月|同比|环比)?(?:增长|增速|增幅|增减)率?(?:[(（][%‰][)）]|[%‰])?"
_MONTHLY_NAME = rf"(?:{_MONTHLY_VALUE_NAME}|{_MONTHLY_GROWTH_NAME})"
# a header line of value columns only, maybe after the label column's name or its last character (the name printed
# downwards, one character a line: 指 / 标 1-11月 增长(%)); a line of it (_lines_holding)
_MONTHLY_HEAD = re.compile(rf"^[^\S\n]*(?:(?P<stub>[\u4e00-\u9fff]|{_LABEL_COLUMN_NAMES})[^\S\n]+)?"
                           rf"(?P<names>{_MONTHLY_NAME}(?:[^\S\n]+{_MONTHLY_NAME})+)[^\S\n]*$", re.M)
_MONTHLY_VALUE = re.compile(_MONTHLY_VALUE_NAME)
_MONTHLY_COLUMNS_MAX = 6
_MONTHLY_LABEL = re.compile(r"[#＃(（]?[\u4e00-\u9fff]")  # a row's label starts with a Chinese word (a # part, (一))


def _stub_spelt(lines, i, stub):
    """``(name, top)``: the label column's name that ``stub``, printed before the value columns' names of header
    line ``i``, spells, and the line it starts: a name (``指标``) as it is, or its last character with the characters
    above it, one a line (``指`` / ``标 1-11月 …``); None when it spells no such name."""
    if _LABEL_COLUMN.match(stub):
        return stub, i
    for k in range(i - 1, max(-1, i - 4), -1):
        above = lines[k][2].strip()
        if not _HAN.fullmatch(above):
            return None
        stub = above + stub
        if _LABEL_COLUMN.match(stub):
            return stub, k
    return None


def _monthly_row(body):
    """``(label, values)`` of a line of a monthly report's table: a label (Chinese, no sentence, at most 30
    characters; its unit in brackets, a sub-label before a colon: ``城市:当月实际发放人数(万人)``) and the values at
    its end (maybe none), each after a space; ``(None, values)`` for a line of values alone; None for anything else."""
    m = _VALUES_AT_END.search(body)
    if m and m.start() == 0:
        return None, m.group("values").split()
    label = body[:m.start()] if m else body
    if m and not label[-1:].isspace():
        label, m = body, None  # a number run into its label (第2季度) is no cell of its own
    label = label.strip()
    if not _MONTHLY_LABEL.match(label) or len(label) > 30 or _prose(label) or label[-1].isdigit():
        return None
    return label, (m.group("values").split() if m else [])


def _monthly_tables(norm):
    """Tables of a statistics bureau's monthly report (统计月报) as a PDF's text: a header line that names only the
    value columns, by period and change (``1-11月 增长(%)``, ``本月 1-11月 同比增长(%)``), after the label column's
    name or only its last character (the name printed downwards, one character a line: ``指`` / ``标 1-11月 增长(%)``),
    then rows of a label (its unit in brackets: ``参保人数(万人) 45.1``) and one value a column, single spaces
    between. A row's last cells may wrap onto the lines after it alone (``45.1`` / ``-1.3``, or all of them under a
    label alone); a line of words alone whose cells do not follow on lines of values alone heads the rows below it
    (``失业保险``: their parent). The table ends at a blank line, a note (``注:…``), prose, or a row that does not fill
    the columns, and needs :data:`_VALUE_HEADER_MIN_ROWS` rows of values. As :class:`Table` objects with the layout
    ``single_spaced``; a ``—`` cell is kept as printed (no value)."""
    lines = _lines(norm)
    out, end = [], 0
    for i in _lines_holding(norm, _MONTHLY_HEAD):
        number, offset, line = lines[i]
        head = _MONTHLY_HEAD.match(line)
        if i < end or not head:
            continue
        stub = head.group("stub")
        names = [Cell(w.group(), offset + head.start("names") + w.start(), offset + head.start("names") + w.end(),
                      number) for w in _WORD.finditer(head.group("names"))]
        spelt = _stub_spelt(lines, i, stub) if stub else ("", i)
        if len(names) > _MONTHLY_COLUMNS_MAX or not any(_MONTHLY_VALUE.fullmatch(c.text) for c in names) \
                or spelt is None:
            continue
        k, rows, parent, j = len(names), [], "", i + 1
        while j < len(lines):
            n, o, text = lines[j]
            body = text.strip()
            start = o + len(text) - len(text.lstrip())
            found = _monthly_row(body) if body else None
            if not found or found[0] is None:
                break
            label, values = found
            cells = [Cell(label, start, start + len(label), n)]
            cells += [Cell(v.group(), o + v.start(), o + v.end(), n)
                      for v in _WORD.finditer(text, len(text) - len(text.lstrip()) + len(label))]
            nxt = j + 1
            while len(cells) - 1 < k and nxt < len(lines):  # the row's last cells wrapped onto lines of their own
                more = _monthly_row(lines[nxt][2].strip()) if lines[nxt][2].strip() else None
                if not more or more[0] is not None:
                    break
                n2, o2, t2 = lines[nxt]
                cells += [Cell(v.group(), o2 + v.start(), o2 + v.end(), n2) for v in _WORD.finditer(t2)]
                nxt += 1
            if not values and nxt == j + 1:  # a line of words alone: it heads the rows below it
                rows.append(Row(len(rows) + 1, cells + [None] * k, start, start + len(label), n, reason="label row"))
                parent, j = label, nxt
                continue
            if len(cells) - 1 != k:
                break  # a row short of a cell, or with one too many: the table ended before it
            rows.append(Row(len(rows) + 1, cells, start, cells[-1].end, n, parent=parent))
            j = nxt
        while rows and rows[-1].reason == "label row":
            rows.pop()
        if sum(r.reason != "label row" for r in rows) < _VALUE_HEADER_MIN_ROWS:
            continue
        name, top = spelt
        _, title, unit = _title_before(lines, top)
        first = lines[top]
        begin = first[1] + len(first[2]) - len(first[2].lstrip())
        label_head = Cell(name, begin, offset + head.end("stub") if stub else begin, first[0])
        out.append(Table(0, "single_spaced", "indicator", begin, rows[-1].end, first[0], title.strip(),
                         header=[label_head] + names, rows=rows, unit=unit))
        end = j
    return out


def _column_rows(cells, roles, worded=()):
    """The rows of a table printed one cell a line, from the cells after its column names.

    Under ``序号`` each row starts at the next row number, and a row with more or fewer cells
    (a sub-row whose empty number vanished) is kept unparsed, so that its numbers are read as
    text with its label; the table ends where the next number is not found. Without ``序号``
    the rows are read while each fills the columns in step."""
    width = len(roles)
    rows = []
    if roles[0]["role"] != "seq":
        k, parent = 0, ""
        label = next((n for n, r in enumerate(roles) if r["role"] == "indicator"), 0)
        values = [n for n, r in enumerate(roles) if r["role"] in ("value", "growth")]
        previous = ""
        while k + width <= len(cells) and _column_row(cells[k:k + width], roles, None, worded=worded):
            chunk = cells[k:k + width]
            name = chunk[label].text
            if _struck_out_label(name, [chunk[v].text for v in values]):
                parent = name  # 低保对象（万人） — —: a label row; the rows below it are its parts
                rows.append(Row(len(rows) + 1, chunk, chunk[0].start, chunk[-1].end, chunk[0].line))
            else:
                of = parent or (previous if name.startswith(("其中", "#")) else "")  # 其中：城镇 under 常住人口
                rows.append(Row(len(rows) + 1, chunk, chunk[0].start, chunk[-1].end, chunk[0].line, parent=of))
                previous = previous if name.startswith(("其中", "#")) else name
            k += width
        return rows
    starts = [0] if cells and cells[0].text == "1" else []
    while starts:  # the next row number: a whole number of rows after the last (a value 7 may precede row 7)
        found = [k for k in range(starts[-1] + 2, len(cells)) if cells[k].text == str(len(starts) + 1)]
        if not found:
            break
        starts.append(next((k for k in found if (k - starts[-1]) % width == 0), found[0]))
    if not starts:
        return []
    for n, (a, b) in enumerate(zip(starts, starts[1:] + [len(cells)]), start=1):
        chunk, rest = cells[a:b], []
        if len(chunk) > width and _column_row(chunk[:width], roles, n):
            chunk, rest = chunk[:width], chunk[width:]  # a sub-row, or what follows the table
        row = Row(len(rows) + 1, chunk, chunk[0].start, chunk[-1].end, chunk[0].line)
        # a row held exactly between its number and the next may hold words under a value column (不低于…增速)
        if len(chunk) != width or not _column_row(chunk, roles, n, words=b < len(cells)):
            row.status = "unparsed"
            row.reason = f"row has {len(chunk)} cells, header has {width}" if len(chunk) != width \
                else "a cell under a column of values holds no value"
            if b == len(cells):
                break  # the last row out of step: the table ended before it
        rows.append(row)
        if rest and b < len(cells):
            if len(rest) == width and _MISSING.match(rest[0].text) and _column_row(rest, roles, None):
                # a sub-row (其中：城镇人口) with its number printed empty (—): a row of the one above it
                label = next((k for k, r in enumerate(roles) if r["role"] == "indicator"), 1)
                rows.append(Row(len(rows) + 1, rest, rest[0].start, rest[-1].end, rest[0].line,
                                parent=chunk[label].text if label < len(chunk) else ""))
                continue
            rows.append(Row(len(rows) + 1, rest, rest[0].start, rest[-1].end, rest[0].line, status="unparsed",
                            reason=f"{len(rest)} cells between rows {n} and {n + 1} (a sub-row without its number)"))
    return rows


def stacked_spans(text):
    """Spans of the values stacked in one cell (``170.3 / 154.3 / 3.2``), or the whole cell."""
    parts = []
    pieces = re.split(r"\s*/\s*", text) if re.search(r"\d\s*/\s*[≥≤><]?=?\s*\d", text) else [text]
    if len(pieces) > 1 and all(parse_value(p).value_type in ("number", "missing") for p in pieces):
        for m in re.finditer(r"[^/]+", text):
            piece = m.group()
            lead = len(piece) - len(piece.lstrip())
            parts.append((m.start() + lead, m.start() + lead + len(piece.strip())))
        return parts
    return [(0, len(text))]


def _column_row(chunk, roles, expected, words=False, worded=()):
    """Whether ``chunk`` (one cell a column) reads as row number ``expected`` of a table with
    column ``roles``: its number under 序号, a label that is no value, values under the value
    columns (or, with ``words``, or under the columns ``worded``, a target in words:
    ``不低于居民上年度人均消费支出增速``), anything under a weight column (an evaluation's score, 权重 4), and
    words (not values) under the unit and attribute columns."""
    for k, (cell, role) in enumerate(zip(chunk, roles)):
        text, kind = cell.text, role["role"]
        if kind == "seq":
            if expected is not None and text != str(expected):
                return False
        elif kind in ("value", "growth"):
            if not (_MISSING.match(text) or parse_value(text).value_type in ("number", "ratio")
                    or len(stacked_spans(text)) > 1 or (words or k in worded) and not is_numeric(text)):
                return False
        elif kind == "unit" and not (_MISSING.match(text) or _is_unit(text) or _measure_word(text)):
            return False  # 环比 under 单位: a column's name, not a unit
        elif kind == "weight":
            continue  # an evaluation's score (权重 4, 分值 5分): a number that is no figure
        elif is_numeric(text):
            return False  # a label, unit or attribute is no number
    return True


def _units_above(lines, i):
    """The units a ``单位：`` line within the three lines above a table names, in order."""
    for k in range(i - 1, max(-1, i - 4), -1):
        m = re.search(rf"{_UNIT_KEY}\s*(.+?)\s*$", lines[k][2])
        if m:
            return [u for u in re.split(r"[、,，;；]", m.group(1)) if u]
    return []


# ---------------------------------------------------------------- cells between separator lines
_BARS = re.compile(r"\|+")  # "|" between cells; "||", "|||" … end a row (a cell merged over the rest)
_CELL_MAX = 40


def _is_bars(text):
    return bool(_BARS.fullmatch(text))


def _is_cell_line(lines, j):
    """A line that is one cell of a separated table: short, no full stop, next to a separator."""
    text = lines[j][2].strip()
    if "|" in text:
        return False  # a separator, or a row that prints its own bars
    after = j + 1 < len(lines) and _is_bars(lines[j + 1][2].strip())
    above = lines[j - 1][2].strip() if j > 0 else ""
    before = above == "|" or _is_bars(above) and "。" not in text  # (a sentence after a row's end: the table's note)
    if before and after:
        return True  # between two separators (a row's first cell after the || that ends the row before): a cell,
        # however long (收养性社会福利单位 adopting social welfare institutions)
    if len(text) > _CELL_MAX or "。" in text:
        return False
    return after or (before and bool(text)) or _in_stack(lines, j)


_STACK = 6  # lines of one cell: labels or values stacked in a cell


def _in_stack(lines, j):
    """A line of a cell printed over several short lines between two separators."""
    def short(k):
        text = lines[k][2].strip()
        return bool(text) and "|" not in text and len(text) <= _CELL_MAX and "。" not in text
    up = next((k for k in range(j - 1, max(-1, j - _STACK), -1) if not short(k)), None)
    down = next((k for k in range(j + 1, min(len(lines), j + _STACK)) if not short(k)), None)
    return up is not None and down is not None and down - up - 1 <= _STACK \
        and lines[up][2].strip() == "|" and _is_bars(lines[down][2].strip())


def _value_like(text):
    return is_numeric(text) or bool(_MISSING.match(text))


def _struck_out_label(label, values):
    """A label row with its unit in brackets and its values all struck out (``低保对象（万人）  —  —``): it heads
    the rows below it, as a label row printed alone does."""
    return bool(values) and all(_MISSING.match(v) for v in values) and bool(_unit_in_brackets(label))


def _unstack(row):
    """A row whose cells hold several lines each (a label cell of k lines, value cells of k values
    each: ``收养性…床位数(万张) / 其中:养老机构床位数(万张) / 儿童福利院床位数(万张)`` over ``170.3 / 154.3 /
    3.2``) as k rows, the label's k-th line with the k-th value of every cell; any other cell of
    several lines is one cell wrapped over them."""
    stacked = [k for k, c in enumerate(row) if len(c) > 1 and all(_value_like(x.text) for x in c)]
    heights = {len(row[k]) for k in stacked}
    labels = [k for k, c in enumerate(row) if k not in stacked and c[0].text and not _value_like(c[0].text)]
    if stacked and len(heights) == 1 and len(labels) == 1 and len(row[labels[0]]) == heights.pop() \
            and all(len(c) <= 1 for k, c in enumerate(row) if k not in stacked and k != labels[0]):
        rows = []
        for i, label in enumerate(row[labels[0]]):  # an empty cell stands where the row's label starts
            rows.append([c[i] if len(c) > 1 else (c[0] if i == 0 else Cell("", label.start, label.start, label.line))
                         for c in row])
        return rows
    joined = []
    for c in row:
        first, last = c[0], c[-1]
        joined.append(Cell("".join(x.text for x in c), first.start, last.end, first.line) if len(c) > 1 else first)
    return [joined]


def _sub_rows(row, ncols):
    """A numbered row whose label spans two columns: ``14 | 最低生活保障人数(万人) | 城市 | 2234.2 | 2310.5 |
    0.67 | 农村 | 825.0 | …`` under ``序号 | 指标 | 2005年 | 2010年 | 年均增长`` as the label's row and
    one row a sub-label (``城市``, ``农村``), its number cell empty; the row unchanged when its cells do not
    fall into such groups (an empty cell between two groups closes the first)."""
    width = ncols - 2  # the value columns after the number and the label
    rest = [c for c in row[2:] if c.text]  # an empty cell may close a sub-row
    if width < 1 or len(row) <= ncols or len(rest) % (width + 1) or not re.fullmatch(r"\d{1,3}", row[0].text):
        return [row]
    groups = [rest[k:k + width + 1] for k in range(0, len(rest), width + 1)]
    if not all(not _value_like(g[0].text) and all(_value_like(c.text) for c in g[1:]) for g in groups):
        return [row]
    return [row[:2]] + [[Cell("", g[0].start, g[0].start, g[0].line)] + g for g in groups]


def _separated_tables(norm):
    """Tables printed one cell per line with a ``|`` line between cells and ``||`` (or more bars)
    ending each row (or, without an end, rows that start at their row number)."""
    lines = _lines(norm)
    if "|" not in norm:
        return []
    near = {k for b, (_, _, line) in enumerate(lines) if "|" in line and _is_bars(line.strip())
            for k in range(b - _STACK, b + _STACK + 1)}  # a cell line stands within a stack of a separator
    out, i = [], 0
    while i < len(lines):
        if i not in near or not (_is_cell_line(lines, i) and lines[i][2].strip()):
            i += 1
            continue
        j, seps = i, 0
        while j < len(lines) and (_is_bars(lines[j][2].strip()) or _is_cell_line(lines, j)):
            seps += _is_bars(lines[j][2].strip())
            j += 1
        if seps < 4:
            i = j + 1
            continue
        rows, cells, open_cell = [], [], False
        for number, offset, line in lines[i:j]:
            text = line.strip()
            if _is_bars(text):
                if not open_cell and text == "|":  # an empty cell; "||" after "|" only ends the row
                    cells.append([Cell("", offset, offset, number)])
                open_cell = False
                if len(text) > 1:
                    rows.extend(_unstack(cells))
                    cells = []
                continue
            lead = len(line) - len(line.lstrip())
            cell = Cell(text, offset + lead, offset + lead + len(text), number)
            if open_cell:  # a cell over two lines: wrapped, or stacked values
                cells[-1].append(cell)
            else:
                cells.append([cell])
            open_cell = True
        if cells:
            rows.extend(_unstack(cells))
        first = next(c for r in rows for c in r)
        last = [c for r in rows for c in r][-1]
        _, title, unit = _title_before(lines, i)
        table = Table(0, "cell_per_line", "indicator", first.start, last.end, lines[i][0], title.strip(), unit=unit)
        if len(rows) == 1:
            if not _split_flat_by_column_names(table, rows[0]) and not _split_by_row_shape(table, rows[0]):
                _split_cell_per_line(table, rows[0])
        else:
            ncols = len(rows[0])
            if rows[0] and rows[0][0].text.replace(" ", "") in ("序号", "编号", "序"):
                rows = [sub for r in rows for sub in _sub_rows(r, ncols)]
            _split_rows(table, rows, [""] * len(rows))
        table.layout = "cell_per_line"
        out.append(table)
        i = j
    return out


# ---------------------------------------------------------------- cells closed by a bar on their line or the next
_CLOSED_BY_BAR = re.compile(r"^(?P<text>[^|]*?)[ \t]*(?P<bars>\|+)$")
_OPEN_CELL_MAX = 60  # a cell's line is short: longer lines are prose
_OPEN_CELL_MIN = 3  # values closed by a bar on the next line, and cells closed on theirs, that make the layout


def _open_cell_line(line):
    """A line of a table printed one cell a line: bars alone, a short text closed by bars, or a short text alone."""
    text = line.strip()
    return bool(text) and (len(text) <= _OPEN_CELL_MAX or bool(_ENGLISH.match(text.rstrip("| ")))) \
        and "。" not in text and (_BARS.fullmatch(text) is not None or text.count("|") == len(text) - len(text.rstrip("|")))


def _open_cell_stream(block):
    """The cells of :func:`_open_cell_tables`' block, in order. A text line with its bar on it (``北 京 |``) is one
    cell; a text line without closes at the bar alone on the next line (``195.5`` / ``|``), or, a value, at its line
    break (``90.4`` / ``天 津 |``: its row's last cell), or goes on over the next line, words (``Xinjiang Production`` /
    ``and |``: one cell); each further bar is an empty cell (``|`` × 5: a row left blank)."""
    cells, pending = [], None

    def close(extra_bars):
        cells.append(pending)
        cells.extend(Cell("", pending.end, pending.end, pending.line) for _ in range(extra_bars))

    for number, offset, line in block:
        m = _CLOSED_BY_BAR.match(line.strip())
        lead = len(line) - len(line.lstrip())
        text = m.group("text") if m else line.strip()
        bars = len(m.group("bars")) if m else 0
        cell = Cell(text, offset + lead, offset + lead + len(text), number) if text else None
        if cell is not None and pending is not None and not is_numeric(pending.text) and not is_numeric(cell.text):
            cell = Cell(f"{pending.text} {cell.text}", pending.start, cell.end, number)  # a cell over two lines
        elif pending is not None and cell is not None:
            close(0)  # a value whose line break ends its row
        elif pending is not None:  # bars alone: the first closes the cell open above
            close(bars - 1)
            pending = None
            continue
        if cell is None:
            cells.extend(Cell("", offset + lead, offset + lead, number) for _ in range(bars))
            pending = None
        elif bars:
            pending = cell
            close(bars - 1)
            pending = None
        else:
            pending = cell
    if pending is not None:
        close(0)
    return cells


def _open_cell_rows(cells):
    """``(header cells, rows)`` of a cell stream: a row starts at a cell of Chinese words after a value or an empty
    cell and holds the cells up to the next; English cells are translations and no cells. Rows with two values or
    more are the body; what stands before the first is the header."""
    starts = [k for k, c in enumerate(cells) if _HAN.search(c.text) and not is_numeric(c.text)
              and (k == 0 or not cells[k - 1].text or _value_like(cells[k - 1].text))]
    rows = [[c for c in cells[a:b] if not (c.text and _ENGLISH.match(c.text))]
            for a, b in zip(starts, starts[1:] + [len(cells)])]
    body = [k for k, r in enumerate(rows) if sum(is_numeric(c.text) for c in r[1:]) >= 2]
    if not body:
        return None
    first = starts[body[0]]
    return cells[:first], rows[body[0]:]


def _open_cell_header(head, width):
    """The header of ``width`` value columns from the cells before the body: the label column's name, and the names
    of the columns after it with their units in brackets (``(万人)``) given in order to the names that print none.
    A name printed twice running is one name (a name merged over two columns prints once a column). Also the title:
    the words before the label column's name. None where the names do not count the columns."""
    chinese = [c for c in head if c.text and not _ENGLISH.match(c.text)]
    at = next((k for k, c in enumerate(chinese) if _is_region_header(c.text)
               or _HEADER_LABEL.fullmatch(c.text.replace(" ", ""))), None)
    if at is None:
        return None
    names, units = [], []
    for c in chinese[at + 1:]:
        unit = _bracketed_unit(c.text)
        if unit:
            units.append(unit)
        elif not names or names[-1].text != c.text:
            names.append(c)
    if len(names) != width:
        return None
    units = iter(units)
    named = [Cell(n.text if _PAREN_UNIT.search(n.text) else f"{n.text}({next(units, '')})".replace("()", ""),
                  n.start, n.end, n.line) for n in names]
    return [chinese[at]] + named, " ".join(c.text for c in chinese[:at])


def _open_cell_tables(norm):
    """Tables a web page prints one cell a line, as its text closes each cell with a bar: on the cell's own line
    (``北 京 |``) or, where the cell's text ends with a line break, alone on the next line (``195.5`` / ``|``), and
    not at all after a row's last value (``90.4`` / ``天 津 |``). The layout is told by both kinds of cells, some
    of each; rows are read by :func:`_open_cell_rows`, as many value columns as most rows fill, and the header by
    :func:`_open_cell_header`; where its names do not count the columns, the table is left to the other readers."""
    if "|" not in norm:
        return []
    lines, out, end = _lines(norm), [], 0
    # a block's values close at bars alone on their lines: only the runs of cell lines around those are read
    for bar in [k for k, (_, _, line) in enumerate(lines) if "|" in line and line.strip() == "|"]:
        if bar < end:
            continue  # in the block read last
        i = j = bar
        while i and _open_cell_line(lines[i - 1][2]):
            i -= 1
        while j < len(lines) and _open_cell_line(lines[j][2]):
            j += 1
        block, end = lines[i:j], j
        texts = [line.strip() for _, _, line in block]
        open_values = sum(is_numeric(a) and b == "|" for a, b in zip(texts, texts[1:]))
        closed = sum(bool(_CLOSED_BY_BAR.match(t)) and not _BARS.fullmatch(t) for t in texts)
        if open_values < _OPEN_CELL_MIN or closed < _OPEN_CELL_MIN or any(t.startswith("||") for t in texts):
            continue  # "||" ends the rows of a table of separated cells (_separated_tables)
        found = _open_cell_rows(_open_cell_stream(block))
        if found is None:
            continue
        head, rows = found
        counts = [sum(bool(c.text) for c in r[1:]) for r in rows]
        width = max(set(counts), key=lambda n: (counts.count(n), n))
        header = _open_cell_header(head, width)
        if header is None:
            continue  # a header of more levels (years over 合计 / 男 / 女) is for the readers of such headers
        cells = [c for r in rows for c in r]
        _, above, unit = _title_before(lines, block[0][0] - 1)
        title = header[1] or above
        top = (head or cells)[0]  # the header is part of the table: no other reader takes it for one
        table = Table(0, "open_cells", "indicator", top.start, cells[-1].end, top.line, title.strip(), unit=unit)
        table.header = header[0]
        for r in rows:
            values = r[1:]
            while len(values) > width and not values[-1].text:
                values = values[:-1]
            present = [c for c in r if c.text]
            row = Row(len(table.rows) + 1, [r[0]] + [c if c.text else None for c in values], present[0].start,
                      present[-1].end, r[0].line)
            if len(values) != width:
                row.status, row.reason = "unparsed", f"row has {len(values)} values, the table has {width} columns"
            table.rows.append(row)
        out.append(table)
    return out


# ---------------------------------------------------------------- yearbook tables: columns of years
_YEAR_TOKEN = re.compile(r"^(?:19|20)\d\d[ \t]?年?$")
_VALUE_TOKEN = re.compile(rf"^[≥≤><]?-?\d[\d,]*(?:\.\d+)?[%‰]?(?:{FOOTNOTE_MARK})?$|^(?:-|—|…|\.\.\.)$")  # 3200①: a note's mark


def _year_value(text):
    """A value under a year: a number (``1.92%``, ``—``), or one printed with its unit (``131.5万人``, ``40%以上``);
    not an age or a span of time, which name a row (``65岁以上``)."""
    if _VALUE_TOKEN.match(text):
        return True
    parsed = parse_value(text) if re.match(r"[≥≤><]?-?\d", text) else None
    return bool(parsed and parsed.value_type == "number" and parsed.unit
                and unit_info(parsed.unit)[2] not in ("", "age", "time"))
_ENGLISH = re.compile(r"^[\sA-Za-z0-9#&(),.'/%:;\-–]*[A-Za-z][\sA-Za-z0-9#&(),.'/%:;\-–]*$")
_SPACED_ENGLISH = re.compile(r"\s{2,}[A-Za-z][\x20-\x7e]*$")
_ENGLISH_TAIL = re.compile(r"\s+[A-Z][A-Za-z0-9 #&(),.'/%:;\-–]*$")


def _without_translation(label):
    """A bilingual label less the English translation after its Chinese (``社会福利院   Social Welfare Homes``,
    ``城镇居民  in Urban Area (yuan)``); a label with no Chinese before the English as it is."""
    found = [m for m in (_ENGLISH_TAIL.search(label), _SPACED_ENGLISH.search(label)) if m]
    english = min(found, key=lambda m: m.start()) if found else None
    return label[:english.start()] if english and _HAN.search(label[:english.start()]) else label


_WIDE = re.compile("[\u2e80-\uffef]")


def _width(text):
    """Display width: a Chinese character takes two columns of a monospaced page."""
    return len(text) + len(_WIDE.findall(text))


def _tokens(line):
    return [(m.start(), m.end()) for m in _TOKEN_OR_YEAR.finditer(line)]


_TOKEN_OR_YEAR = re.compile(r"(?:19|20)\d\d[ \t]年(?!\S)|\S+")  # 2021 年 (a PDF's space before 年) is one token


_TWO_YEARS_AT_END = re.compile(r"(?:19|20)\d\d[ \t]?年?\s+(?:19|20)\d\d[ \t]?年?\s*(?:\S*(?:比|增长|增减)\S*\s*)?$")
# a yearbook's last column of changes beside its years: 2006年比 (2005年增长%), 增长(%), 比上年增减
_CHANGE_HEAD = re.compile(r"^(?:(?:19|20)\d\d年?)?(?:比|增长|增减|比上年)\S*$")


def _year_header(line):
    """``(label_end, [(start, end), ...])`` of a header line of two or more years, else None."""
    if line.count("19") + line.count("20") < 2 or not _TWO_YEARS_AT_END.search(line):
        return None  # most lines: at once (two years start with 19 or 20 twice)
    tokens = _tokens(line)
    k = len(tokens)
    change = k > 0 and _CHANGE_HEAD.match(line[tokens[-1][0]:tokens[-1][1]])
    if change:
        k -= 1
    while k > 0 and _YEAR_TOKEN.match(line[tokens[k - 1][0]:tokens[k - 1][1]]):
        k -= 1
    years = tokens[k:]  # the years, and the change column last
    label = line[:years[0][0]].strip() if years else ""
    if len(years) - bool(change) < 2 or len(label) > 12 or re.search(r"\d", label) or "。" in label:
        return None
    if len({line[a:b] for a, b in years}) < len(years):
        return None
    if any(re.search(r"\s", line[a:b]) for a, b in years) and re.search(r"\S[ \t]{2,}\S", line[years[0][0]:years[-1][1]]):
        return None  # 2022 年 spaced out to line up with its column: a header the block reader reads
    return k, years


def _parts_under(line, years):
    """A line that splits each of ``years`` columns into parts (``指标 单位 城市 农村 城市 农村``)."""
    cells = _cells(line, 0, 0, "space")
    return sum(bool(_PART_WORD.match(c.text)) for c in cells) >= 2 * years and _splits_columns(cells, [None] * years)


def _year_column_tables(norm):
    """Yearbook tables: a header of years, rows whose values sit under their years by position."""
    lines = _lines(norm)
    heads = [(i, found) for i, (_, _, line) in enumerate(lines) if "|" not in line and "\t" not in line.strip()
             for found in [_year_header(line)] if found]  # cells printed (| or tabs) are read by blocks
    out, end = [], 0
    for i, (_, years) in heads:
        number, offset, line = lines[i]
        if i < end or (i + 1 < len(lines) and (_parts_under(lines[i + 1][2], len(years)) or _grouped_header(
                _cells(line, offset, number, "space"), _cells(lines[i + 1][2], lines[i + 1][1], lines[i + 1][0], "space")))):
            continue  # a header within the table read last; 城市 农村 (or the same columns) under each year: a header
            # of two lines, read by its blocks
        ends = [_width(line[:b]) for _, b in years]
        lead = len(line) - len(line.lstrip())
        label_cell = Cell(line[:years[0][0]].strip(), offset + lead, offset + lead + len(line[:years[0][0]].strip()),
                          number)
        header = [label_cell] + [Cell(line[a:b], offset + a, offset + b, number) for a, b in years]
        table = Table(0, "year_columns", "indicator", offset + lead, offset + len(line.rstrip()), number, "",
                      header=header)
        above = _lines_above(lines, i, 3)  # English translations skipped
        _, title, table.unit = _title_before(above + [lines[i]], len(above))
        table.title = title.strip()
        aligned = all(b1 - a0 >= 0 and line[b0:a1].count(" ") >= 2 for (a0, b0), (a1, b1) in zip(years, years[1:]))
        j = _year_rows(table, lines, i + 1, ends, aligned)
        if table.rows:
            table.end = max(table.end, table.rows[-1].end)
            out.append(table)
        end = max(j, i + 1)
    return out


def _lines_above(lines, i, n):
    """The ``n`` lines nearest above line ``i`` that are not English translations, in order."""
    out = []
    for k in range(i - 1, -1, -1):
        if len(out) == n:
            break
        if not _ENGLISH.match(lines[k][2].strip()) and not _RULE.fullmatch(lines[k][2].strip()):
            out.append(lines[k])
    return out[::-1]


_HEADER_LABEL = re.compile(r"^(?:项\s*目|指\s*标|地\s*区|年\s*份)?\s*(?:Item|Items|Indicator|Region)?$", re.I)


def _year_rows(table, lines, j, ends, aligned=True):
    """Read the rows of a year-column table from line ``j``; return the line after the table.

    In a table whose header spaces its years apart (``aligned``), values sit under their years by
    position, and values that fit no column make the row unparsed. In one printed with single
    spaces, position says nothing: a row with fewer values than years lacks the earliest years
    (the latest is always printed; a category that began later), so its values take the last columns."""
    pending, parents = None, []  # pending: (Cell, indent) of a label still waiting for its values
    heading = None  # (label, indent) of the last row struck out whose label prints a unit: 收入与支出(元) — — —
    ncols = len(ends)
    while j < len(lines):
        number, offset, line = lines[j]
        text = line.strip()
        if not text:
            ahead = [ln for ln in lines[j + 1:j + 8] if ln[2].strip()][:4]
            ahead = ahead[:next((k for k, ln in enumerate(ahead) if "。" in ln[2] or re.match(_NOTE, ln[2].strip())),
                                len(ahead))]
            if not any(_VALUE_TOKEN.match(ln[2][_tokens(ln[2])[-1][0]:]) for ln in ahead):
                break
            j += 1
            continue  # a blank line inside the table: its rows go on below
        if "。" in text or re.match(_NOTE, text) or _year_header(line):
            break
        if not table.rows and pending is None and _HEADER_LABEL.match(text):
            j += 1
            continue  # the header's label column printed on its own line (项目  Item)
        if _ENGLISH.match(text) and not any(_VALUE_TOKEN.match(line[a:b]) for a, b in _tokens(line)[-1:]):
            j += 1
            continue
        tokens = _tokens(line)
        k = len(tokens)
        while k > 0 and _year_value(line[tokens[k - 1][0]:tokens[k - 1][1]]):
            k -= 1
        values = tokens[k:]
        if k:
            raw = line[tokens[0][0]:tokens[k - 1][1]]
            zh = _without_translation(raw)
            indent = _width(line[:tokens[0][0]])
            below = _PAREN_UNIT.fullmatch(zh.strip())
            if not values and pending is None and table.rows and below and _is_unit(below.group(1)):
                # the row's label wrapped below its values, and what wrapped is its unit: (万人)
                table.rows[-1].unit = below.group(1).strip()
                j += 1
                continue
            if pending is not None:
                _push_parent(parents, pending)
            pending = (Cell(zh.strip(), offset + tokens[0][0], offset + tokens[0][0] + len(zh.strip()), number), indent)
        if not values:
            j += 1
            continue
        if pending is None:
            row = Row(len(table.rows) + 1, [], offset + values[0][0], offset + values[-1][1], number,
                      status="unparsed", reason="values with no row label above them")
            table.rows.append(row)
            j += 1
            continue
        label, indent = pending
        cells = [None] * ncols
        tabbed = _tab_cells(line)[-ncols:] if line.strip().count("\t") >= ncols else []
        tabbed = tabbed if any(a < b for a, b in tabbed) and all(
            a == b or _VALUE_TOKEN.match(line[a:b]) for a, b in tabbed) else []
        if tabbed:
            # tabs keep a row's empty cells: each value is under the year of its cell
            placed = [c for c, (a, b) in enumerate(tabbed) if a < b]
            values = [(a, b) for a, b in tabbed if a < b]
        else:
            placed = [min(range(ncols), key=lambda c: abs(ends[c] - width))
                      for width in [_width(line[:b]) for _, b in values]]
            if len(set(placed)) < len(placed) or any(abs(ends[c] - _width(line[:b])) > 3
                                                      for c, (_, b) in zip(placed, values)):
                placed = list(range(ncols)) if len(values) == ncols else \
                    _short_row(line, tokens[k - 1][1] if k else 0, values, ncols) \
                    if len(values) < ncols and not aligned else None
        row = Row(len(table.rows) + 1, [label] + cells, label.start, offset + values[-1][1], label.line)
        if placed is not None and not tabbed and len(values) < ncols and placed[0] == 0 and not aligned:
            row.reason = f"{len(values)} values for {ncols} year columns, placed under the earliest years: the " \
                         "spaces after them hold the empty cells"
        elif placed is not None and not tabbed and len(values) < ncols and placed[0] == ncols - len(values) \
                and not all(abs(ends[c] - _width(line[:b])) <= 3 for c, (_, b) in zip(placed, values)):
            row.reason = f"{len(values)} values for {ncols} year columns, placed under the latest years"
        if placed is None:
            row.status, row.reason = "unparsed", (f"{len(values)} values cannot be placed under the "
                                                  f"{ncols} year columns")
        else:
            for c, (a, b) in zip(placed, values):
                row.cells[1 + c] = Cell(line[a:b], offset + a, offset + b, number)
        while parents and parents[-1][1] >= indent and not label.text.startswith(("#", "其中")):
            parents.pop()
        if parents and (parents[-1][1] < indent or label.text.startswith(("#", "其中"))):
            row.parent = parents[-1][0].text
        if values and all(_MISSING.match(line[a:b]) for a, b in values):
            # a label whose values are all struck out heads the rows below it (收入与支出(元) — — —): when it prints a
            # unit, the rows under it that are not indented further are its rows (their unit), up to the next such
            heading = (label, indent) if _struck_out_label(label.text, [line[a:b] for a, b in values]) else None
        elif heading is not None and not row.parent and indent <= heading[1]:
            row.parent = heading[0].text
        table.rows.append(row)
        if not label.text.startswith(("#", "其中")):
            parents.append((label, indent))
        pending = None
        j += 1
    return j


def _short_row(line, label_end, values, ncols):
    """The columns of a row of a single-spaced year table that prints fewer values than years. The
    empty cells lie where the row prints more space: after its last value (``光荣院 Homes 26 25 24 24  ``,
    a category that ended) the values take the first columns; else, between the label and its first
    value (``Pension Apartment       123 202``, a category that began later, or no space at all), the last."""
    lead = values[0][0] - label_end if label_end else 0
    trail = len(line) - len(line.rstrip(" ")) if line.endswith(" ") else 0
    return list(range(len(values))) if trail > lead else list(range(ncols - len(values), ncols))


def _tab_cells(line):
    """``(start, end)`` of each tab-separated cell of a line, stripped; an empty cell is ``(a, a)``."""
    out, pos = [], 0
    for part in line.split("\t"):
        lead = len(part) - len(part.lstrip())
        text = part.strip()
        out.append((pos + lead, pos + lead + len(text)) if text else (pos, pos))
        pos += len(part) + 1
    return out


def _push_parent(parents, pending):
    """A label that got no values (a heading: ``社会救济 Social Relief``) heads the rows below it."""
    while parents and parents[-1][1] >= pending[1]:
        parents.pop()
    parents.append(pending)



_SIDE_TOKEN = re.compile(r"(?:19|20)\d\d\s*年|\S+")  # a year and its 年 printed apart are one cell
_SIDE_LINES = 80


def _side_by_side_tables(norm):
    """Two tables printed side by side on the same lines (a page of two columns as a PDF's text
    gives it): a header whose column names repeat (``指标名称 单位 2021 年 2020 年`` twice), then lines
    that hold a row of the left table and one of the right. A line splits after the left row's
    values (as many as its value columns), or, when the left row has none (a heading), at the gap
    nearest to where the right table's header starts. Each half is read as a space-aligned table."""
    lines = _lines(norm)
    out, end = [], 0
    for i in _lines_holding(norm, _LABEL_IN_LINE):
        number, offset, line = lines[i]
        if i < end or line.count("  ") < 2:
            continue
        tokens = list(_SIDE_TOKEN.finditer(line))
        half = len(tokens) // 2
        texts = [re.sub(r"\s+", "", t.group()) for t in tokens]
        if len(tokens) < 6 or len(tokens) % 2 or texts[:half] != texts[half:] \
                or not any(h in texts[0] for h in _LABEL_HEADERS) or not _is_header(texts[:half]):
            continue
        split = tokens[half].start()
        width = sum(column_roles([Cell(t, 0, 0, 0) for t in texts[:half]])[k]["role"] in ("value", "growth")
                    for k in range(half))
        left, right, j = [], [], i + 1
        while j < len(lines) and j - i <= _SIDE_LINES:
            n, o, text = lines[j]
            if "。" in text or _NOTE_CELL.match(text.strip()):
                break
            if text.strip():
                cut = _side_cut(text, split, width)
                left.append((n, o, text[:cut]))
                right.append((n, o + cut, text[cut:]))
            j += 1
        for head, rows in (((number, offset, line[:split]), left), ((number, offset + split, line[split:]), right)):
            table = _side_table(lines, i, head, rows)
            if table is not None:
                out.append(table)
        end = j
    return out


_LABEL_IN_LINE = re.compile("|".join(_LABEL_HEADERS))


def _side_cut(text, split, width):
    """Where a line of two side-by-side tables splits: after the left row's values, else at the gap
    nearest to ``split``."""
    tokens = list(_SIDE_TOKEN.finditer(text))
    values = [k for k, t in enumerate(tokens) if _value_like(t.group())]
    if values and tokens[values[0]].start() < split + 8:
        k = values[0]
        while k + 1 < len(tokens) and k + 1 - values[0] < width and k + 1 in values:
            k += 1
        return tokens[k].end() if k + 1 < len(tokens) else len(text)
    gaps = [(tokens[k].end(), tokens[k + 1].start()) for k in range(len(tokens) - 1)]
    if not gaps:
        return len(text) if tokens and tokens[0].start() < split else 0
    if tokens[0].start() >= split:  # the left row is empty on this line
        return 0
    return min(gaps, key=lambda g: abs(g[1] - split))[1]  # the right row's label starts near the split


def _side_table(lines, i, head, rows):
    """One half of side-by-side tables as a space-aligned table."""
    number, offset, text = head
    header = [Cell(re.sub(r"\s+", " ", m.group()), offset + m.start(), offset + m.end(), number)
              for m in _SIDE_TOKEN.finditer(text)]
    body = [(n, o, t) for n, o, t in rows if t.strip()]
    if len(body) < 2:
        return None
    cells = [header] + [_cells(t, o, n, "space") for n, o, t in body]
    start = header[0].start
    end = max(c.end for row in cells for c in row)
    title = _title_before(lines, i)[1].strip()
    table = Table(0, "space_aligned", "indicator", start, end, number, title)
    _split_rows(table, cells, [text] + [t for _, _, t in body], [offset] + [o for _, o, _ in body], header_lines=1)
    table.layout = "side_by_side"
    return table if any(r.status == "parsed" and r.reason != "label row" for r in table.rows) else None


_WRAP_GAP = 4  # lines without a bar inside one cell (an English label wrapped over lines)
_NOTE_CELL = re.compile(rf"^(?:{_NOTE}|[①②③④⑤❶❷❸]|资料来源|数据来源)")


def _bar_cells(lines, i, j):
    """The cells of lines ``i:j`` of a table printed one cell a line, each cell ending in ``|``: the
    lines up to one that ends in ``|`` make one cell (an empty cell where the bar stands alone)."""
    cells, parts = [], []
    for number, offset, line in lines[i:j]:
        text = line.rstrip()
        done = text.endswith("|")
        body = text[:-1].rstrip() if done else text
        if body.strip():
            lead = len(body) - len(body.lstrip())
            parts.append(Cell(body.strip(), offset + lead, offset + len(body), number))
        if done:
            if parts:
                joined = parts[0].text
                for p in parts[1:]:  # English words wrapped over lines keep a space; Chinese ones join
                    joined += (" " if joined[-1:].isascii() and p.text[:1].isascii() else "") + p.text
                cells.append(Cell(joined, parts[0].start, parts[-1].end, parts[0].line))
            else:
                cells.append(Cell("", offset + len(body), offset + len(body), number))
            parts = []
    return cells


def _wrapped_cell_tables(norm):
    """Tables printed one cell a line, each cell ending in ``|``, whose cells may wrap over lines
    without a bar (a bilingual yearbook's English label: ``Allowance in`` / ``Urban Areas`` /
    ``(person) |``), as a web page's table copied as text. Empty cells and cells in English only
    (the translation) are no cells of the table. The header is a column of labels (``项 目``) and the
    column names after it (``2020``, ``2021``); then each row is a label and as many values; a label
    with no values heads the rows below it; a note (``①…``, ``注:``) ends the table. Layout
    ``wrapped_cells``; only runs that hold wrapped cells are read here."""
    if "|" not in norm:
        return []
    lines = _lines(norm)
    out, i = [], 0
    while i < len(lines):
        if not lines[i][2].rstrip().endswith("|"):
            i += 1
            continue
        j, gap, wrapped, last = i, 0, False, i
        while j < len(lines):
            text = lines[j][2].strip()
            if text.endswith("|"):
                wrapped, gap, last = wrapped or gap > 0, 0, j
            elif text and "|" not in text and len(text) <= _CELL_MAX and "。" not in text and gap < _WRAP_GAP:
                gap += 1
            else:
                break
            j += 1
        if not wrapped or last - i < 8:
            i = last + 1
            continue
        table = _wrapped_table(lines, i, _bar_cells(lines, i, last + 1))
        if table is not None:
            out.append(table)
        i = last + 1
    return out


_GROWTH_PIECE = re.compile(r"(?:19|20)\d\d\s*年?\s*比\s*(?:19|20)\d\d\s*年?|^(?:比上年)?(?:增长|增减|增速)(?:\s*[(（]\s*%\s*[)）])?$")


def _growth_before_header(before, rest, width):
    """``(cell, n)``: the last ``n`` cells above a header that name a growth column (``2015年比2014年`` / ``增长(%)``,
    a cell merged over the header's two rows, printed before them), joined as one cell, when the first row below
    holds one value more than the header's columns; else None."""
    n = 0
    while n < len(before) and n < 3 and _GROWTH_PIECE.search(before[len(before) - 1 - n].text.replace(" ", "")):
        n += 1
    if not n or not any(re.search(r"增长|增减|增速", c.text) for c in before[len(before) - n:]):
        return None
    rest = [c for c in rest if not _bracketed_unit(c.text)]  # (%): the end of a column's name, no row
    values = 0
    for c in rest[1:]:
        if not _value_like(c.text):
            break
        values += 1
    if values != width + 1:
        return None
    pieces = before[len(before) - n:]
    return Cell("".join(c.text.replace(" ", "") for c in pieces), pieces[0].start, pieces[0].end, pieces[0].line), n


def _wrapped_table(lines, i, cells):
    cells = [c for c in cells if c.text and not _ENGLISH.match(c.text)]
    if _grouped_years(cells):
        return None  # years each over the same parts: read one cell a line (_split_grouped_years)
    h = next((n for n, c in enumerate(cells) if (_HEADER_LABEL.match(c.text) and c.text.strip())
              or c.text.replace(" ", "") in _LABEL_HEADERS), None)
    if h is None:
        return None
    k = h + 1
    while k < len(cells) and (_YEAR_TOKEN.match(cells[k].text) or _COLUMN_NAME.match(cells[k].text)) \
            and not _HEADER_LABEL.match(cells[k].text):
        k += 1
    columns = cells[h + 1:k]
    if len(columns) < 1:
        return None
    before, unit = [], ""
    for c in cells[:h]:  # 单位:元/人 among the cells above the header: the table's unit, no words of its title
        found = _UNIT_LINE.match(c.text)
        if found and not unit:
            unit = found.group("unit")
        else:
            before.append(c)
    growth = _growth_before_header(before, cells[k:], len(columns))
    if growth:  # 2015年比2014年 / 增长(%) printed above the header: a column merged over its two rows, the last
        before = before[:len(before) - growth[1]]
    title = " ".join([_title_before(lines, i)[1].strip()] + [c.text for c in before]).strip()
    end = max(c.end for c in cells)
    table = Table(0, "wrapped_cells", "indicator", cells[h].start, end, cells[h].line, title,
                  header=cells[h:k] + ([growth[0]] if growth else []), unit=unit)
    columns = columns + ([growth[0]] if growth else [])
    n, parent, rest = 0, "", cells[k:]
    while rest:
        label, rest = rest[0], rest[1:]
        if _NOTE_CELL.match(label.text) or "。" in label.text:
            break
        values = []
        while rest and _value_like(rest[0].text) and len(values) < len(columns):
            values.append(rest[0])
            rest = rest[1:]
        n += 1
        if _value_like(label.text):
            row = Row(n, [label] + values, label.start, (values or [label])[-1].end, label.line,
                      status="unparsed", reason="a value with no label before it")
        elif not values:
            row = Row(n, [None] * (len(columns) + 1), label.start, label.end, label.line, reason="label row")
            parent = "" if _bracketed_unit(label.text) else label.text  # (%) alone: the end of a name, heading nothing
        else:
            row = Row(n, [label] + values, label.start, values[-1].end, label.line,
                      parent=parent if label.text.startswith(("其中", "#")) or parent else "")
            if len(values) != len(columns):
                row.status, row.reason = "unparsed", f"{len(values)} values after the label, the header has {len(columns)}"
        table.rows.append(row)
    table.end = max([table.end] + [r.end for r in table.rows])
    return table if any(r.status == "parsed" and r.reason != "label row" for r in table.rows) else None


def _split_by_column_names(table, block):
    """A table printed one cell a line, each line ending in ``|`` and a line of ``|`` alone an empty
    cell (a web page's table copied as text): the column names come first (``指标名称 | 单位 | 代码 |
    数量 | 上年数据 | 同比``), and every row has as many cells. A row that starts one cell late and ends in
    an empty cell lacks the cell merged over it from the row above (``张 | 福利院新增床位100张 | 100 |
    100% |`` under ``考核指标 | 计量单位 | …``). False when the lines are not such a table."""
    if not all(line.rstrip().endswith("|") for _, _, line in block):
        return False
    return _split_flat_by_column_names(table, _bar_cells(block, 0, len(block)))


def _labelled_rows(head, body):
    """Whether ``body`` makes rows as wide as ``head``, each a label and then values, empty cells or, under a
    unit column (``单位``), units (the last row may stop short)."""
    width = len(head)
    unit_columns = {k for k, role in enumerate(column_roles(head)) if role["role"] == "unit"}
    rows = [body[k:k + width] for k in range(0, len(body), width)]
    return bool(rows) and all(
        r[0].text and not _value_like(r[0].text)
        and all(not c.text or _value_like(c.text) or (j in unit_columns and _is_unit(c.text))
                for j, c in enumerate(r[1:], start=1))
        for r in rows)


def _to_row_number(flat, ncols):
    """The width of a header that opens with its number column (序号): every cell before the first row's number
    (``分管 领导 | 最新进度(8月24日) | 15 | 民政局 |``: the names a column-word test leaves out, up to the row
    numbered 15), if those cells name columns: no value, no bare unit (``个``: a row's cell, no header's); else
    ``ncols``, the names the column words made."""
    k = ncols
    while k < len(flat) and flat[k].text and not is_numeric(flat[k].text):
        if _is_unit(flat[k].text):
            return ncols
        k += 1
    return k if k < len(flat) and re.fullmatch(r"\d{1,3}", flat[k].text) else ncols


def _split_flat_by_column_names(table, flat):
    """:func:`_split_by_column_names` of the cells in order (also of a table with a ``|`` line between its
    cells and no row ends: ``指 标`` / ``|`` / ``单 位`` / ``|`` / ``数 量`` / ``|`` / ``1.优抚、安置`` / ``|`` / ``|`` / ``|``)."""
    ncols = 0
    while ncols < len(flat) and flat[ncols].text and _is_header([flat[ncols].text]):
        ncols += 1
    if ncols >= 3 and flat[0].text.replace(" ", "") in ("序号", "编号"):
        ncols = _to_row_number(flat, ncols)
    if ncols < 3 or table.header or (ncols < len(flat) and flat[ncols].text == "1"):
        return False  # not column names, or rows that start at their numbers
    if ncols > 3 and not _labelled_rows(flat[:ncols], flat[ncols:]) and _labelled_rows(flat[:ncols - 1], flat[ncols - 1:]):
        ncols -= 1  # the first row's label read as one more name: 项目 | 2018年 | … | 单位 | 登记结婚对数 | 8129 |
    body, head = flat[ncols:], flat[:ncols]
    spanned = _years_under_name(head)
    if spanned and not _rows_of(body, ncols) and _rows_of(body, len(spanned)):
        head, ncols = spanned, len(spanned)  # 比重 | 2020年 | 2010年: a name over the years that split its column
    rows, rest = [head], body
    roles = column_roles(head)
    unit_second = len(roles) > 1 and roles[1]["role"] == "unit"
    while rest:
        chunk, rest = rest[:ncols], rest[ncols:]
        if unit_second and not chunk[-1].text and _is_unit(chunk[0].text):
            chunk = chunk[:-1]  # the row's first cell is merged with the row above it
        rows.append(chunk)
    _split_rows(table, rows, [""] * len(rows))
    return True


_HEADER_YEAR = re.compile(r"(?:19|20)\d\d\s*年?")  # a year heading a column (2019年, 2019)
_MAX_PARTS = 6


def _years_under_name(head):
    """The column names of a header whose last name spans the years printed after it (``县(乡、镇) | 人口数 | 比重 |
    2020年 | 2010年``: 比重 over two columns), each year column named with it (``比重 2020年``), or None."""
    k = len(head)
    while k > 0 and _HEADER_YEAR.fullmatch(head[k - 1].text):
        k -= 1
    if len(head) - k < 2 or k < 2:
        return None
    name = head[k - 1]
    return head[:k - 1] + [Cell(f"{name.text} {y.text}", y.start, y.end, y.line) for y in head[k:]]


def _rows_of(cells, width):
    """Whether ``cells`` make rows of ``width``, each a label and then values (the last row may stop short)."""
    rows = [cells[k:k + width] for k in range(0, len(cells), width)]
    return bool(rows) and all(r[0].text and not _value_like(r[0].text)
                              and all(not c.text or _value_like(c.text) for c in r[1:]) for r in rows)


def _grouped_years(cells, bare=False):
    """``(first year, years, parts)`` of a header of years each over the same parts among ``cells`` (non-empty, in
    order; see :func:`_split_grouped_years`), or None. With ``bare``, a header of years over no parts, the rows
    following at once (``指标 Item`` / ``2016`` / … / ``2022`` / ``就业`` / ``—`` …), is ``parts`` 0."""
    a = next((k for k in range(1, len(cells) - 1)
              if _HEADER_YEAR.fullmatch(cells[k].text) and _HEADER_YEAR.fullmatch(cells[k + 1].text)), None)
    if a is None or is_numeric(cells[a - 1].text) or _HEADER_YEAR.fullmatch(cells[a - 1].text):
        return None
    years = 0
    while a + years < len(cells) and _HEADER_YEAR.fullmatch(cells[a + years].text):
        years += 1
    start = a + years
    for p in range(2, _MAX_PARTS + 1):
        parts = cells[start:start + years * p]
        cycle = [c.text for c in parts[:p]]
        if len(parts) == years * p and len(set(cycle)) == p and not any(is_numeric(t) for t in cycle) \
                and all(c.text == cycle[k % p] for k, c in enumerate(parts)):
            return a, years, p
    if bare and len(cells) >= start + 1 + years and not is_numeric(cells[start].text) \
            and all(is_numeric(c.text) or _MISSING.match(c.text) for c in cells[start + 1:start + 1 + years]):
        return a, years, 0  # a label and a value (or a dash) under each year right after the years
    return None


def _split_grouped_years(table, flat, bare=False):
    """A table one cell a line under a header of years each over the same parts (``2000年 | 2005年 | … 2019年 |``,
    then ``合计 | 男 | 女 |`` once for each year: a web page's two header rows, the years merged over their parts),
    then rows of a label and a value for each year's part. The column of labels is named by the cell before the
    years (``年龄``); a ``单位:`` cell before it gives the unit; each value column is its year and its part
    (``2000年男``). The parts must repeat in the same order once per year, and a row must fill every column;
    cells after the last full row are kept as one unparsed row. False when the cells are no such table."""
    cells = [c for c in flat if c.text]
    if bare:  # a cell in English after one in Chinese is its translation (项目 / Item, 基本养老保险 / Pension Insurance)
        cells = [c for k, c in enumerate(cells) if not (k and _ENGLISH.match(c.text) and _HAN.search(cells[k - 1].text)
                                                        and not is_numeric(cells[k - 1].text))]
    found = _grouped_years(cells, bare)
    if found is None:
        return False
    a, years, p = found
    parts = cells[a + years:a + years + years * p]
    width, body, rows = 1 + years * max(p, 1), cells[a + years + years * p:], []
    while len(rows) * width + width <= len(body):
        chunk = body[len(rows) * width:(len(rows) + 1) * width]
        if is_numeric(chunk[0].text) or not all(is_numeric(c.text) or _MISSING.match(c.text) for c in chunk[1:]):
            break
        rows.append(Row(len(rows) + 1, chunk, chunk[0].start, chunk[-1].end, chunk[0].line))
    if not rows or not p and not any(is_numeric(c.text) for row in rows for c in row.cells[1:]):
        return False
    heading = ""
    for row in rows:  # a row whose values are all struck out heads the rows below it, when it prints a unit
        values = [c.text for c in row.cells[1:]]
        if all(_MISSING.match(v) for v in values):
            heading = row.cells[0].text if _struck_out_label(row.cells[0].text, values) else ""
        elif heading:
            row.parent = heading
    rest = body[len(rows) * width:]
    if rest:
        rows.append(Row(len(rows) + 1, rest, rest[0].start, rest[-1].end, rest[0].line, status="unparsed",
                        reason=f"{len(rest)} cells after the last row that fill no row of {width}"))
    head = cells[:a - 1]
    unit = next((m.group("unit") for c in head for m in [_UNIT_LINE.match(c.text)] if m), "")
    table.title = table.title or " ".join(c.text for c in head if not _UNIT_LINE.match(c.text))
    table.unit = table.unit or unit
    table.header = [cells[a - 1]] + ([Cell(cells[a + k // p].text + c.text, c.start, c.end, c.line)
                                       for k, c in enumerate(parts)] if p else cells[a:a + years])
    table.rows = rows
    return True


def _grouped_year_lines(norm):
    """Tables printed one cell a line with no bars, often with an empty line between the cells (a page whose table
    cells became paragraphs), under a header of years each over the same parts (``指 标`` / ``2000`` / ``2001`` /
    ``机构`` / ``(个)`` / ``工作人员(人)`` / ``机构`` …), read as :func:`_split_grouped_years` reads them; a line that is a
    unit in brackets alone ends the cell above it (``机构`` / ``(个)``). Layout ``grouped_years``."""
    lines = _lines(norm)
    out, end = [], 0
    heads = _lines_starting(norm, _HEAD_LINE)  # the lines that are a head cell's name (spaces aside)
    stops, pairs = _year_pairs(lines) if heads else ((), [])
    firsts, runs = [a for a, _ in pairs], {}
    for i in heads:
        if i < end:
            continue  # a line of the table read last
        k = bisect_right(firsts, i)
        if k == len(pairs) or pairs[k][1] >= stops[i]:
            continue  # no two years in a row among its cells: no header of years (what _grouped_years looks for)
        number, offset, text = lines[i]
        j = stops[i]
        if j not in runs or runs[j][1][0] > i:  # the cells of the run, read once for all its head lines
            runs[j] = _run_cells(lines, i, j)
        cells, at = runs[j]
        cells = cells[bisect_left(at, i):]  # a head line opens a cell of its own: the cells from it on
        _, title, unit = _title_before(lines, i)  # (单位:个 above the table: its unit)
        table = Table(0, "grouped_years", "indicator", cells[0].start if cells else offset, 0, number, title.strip(),
                      unit=unit)
        if len(cells) > 8 and _split_grouped_years(table, cells, bare=True):
            table.end = max(r.end for r in table.rows)
            out.append(table)
            end = j
    return out


def _run_cells(lines, i, stop):
    """``(cells, lines)``: the cells of lines ``i`` to ``stop`` (a cell a non-empty line; a unit in brackets alone
    ends the cell above it, ``机构`` / ``(个)``) and the line each opens."""
    cells, at = [], []
    for j in range(i, stop):
        n, o, t = lines[j]
        stripped = t.strip()
        if not stripped:
            continue
        a = o + len(t) - len(t.lstrip())
        if cells and _bracketed_unit(stripped) and not is_numeric(cells[-1].text) \
                and not _bracketed_unit(cells[-1].text):
            cells[-1] = Cell(cells[-1].text + stripped, cells[-1].start, cells[-1].end, cells[-1].line)
        else:
            cells.append(Cell(stripped, a, a + len(stripped), n))
            at.append(j)
    return cells, at


_TRAILING_ENGLISH = re.compile(r"\s+[A-Za-z][\x20-\x7e]*$")  # 收养性社会福利单位 adopting social welfare institutions


def _year_pairs(lines):
    """``(stops, pairs)`` of a document's lines for :func:`_grouped_year_lines`, in two scans: ``stops[i]``, the first
    line at or after line ``i`` that no run of cells takes (a bar, a line longer than a cell, a full stop), and
    ``pairs``, ``(j, k)`` of each two non-empty lines in a row (blank lines between) that are both a year heading a
    column (:data:`_HEADER_YEAR`): the cells of a run hold two years in a row only where such a pair lies in it."""
    stops, stop = [0] * len(lines), len(lines)
    for i in range(len(lines) - 1, -1, -1):
        t = lines[i][2]
        stripped = t.strip()
        if "|" in t or "。" in stripped or len(stripped) > _CELL_MAX and not _ENGLISH.match(stripped) \
                and len(_TRAILING_ENGLISH.sub("", stripped)) > _CELL_MAX:
            stop = i  # (a label's translation in English may make it longer than a cell)
        stops[i] = stop
    pairs, last, last_year = [], None, False
    for i, (_, _, t) in enumerate(lines):
        stripped = t.strip()
        if not stripped:
            continue
        year = bool(_HEADER_YEAR.fullmatch(stripped))
        if year and last_year:
            pairs.append((last, i))
        last, last_year = i, year
    return stops, pairs


def _split_year_cells(table, flat):
    """A table one cell a line whose rows are years (``1978 |`` / ``372 |`` / ``6 |`` …): three or more year cells in
    order, each followed by the same number (two or more) of values, under a header whose cells cannot be
    counted into columns (names broken over cells, units in cells of their own): the columns stay unnamed, and
    each row's year dates its values. A ``单位:`` cell before the rows gives the unit. Cells after the last full
    row are kept as one unparsed row. False when the cells are no such table."""
    cells = [c for c in flat if c.text]
    starts = [k for k, c in enumerate(cells) if _BARE_YEAR.fullmatch(c.text.strip())]
    for n, first in enumerate(starts):
        run = [first]
        for k in starts[n + 1:]:
            width = run[1] - run[0] if len(run) > 1 else k - first
            if k - run[-1] == width and int(cells[k].text) > int(cells[run[-1]].text):
                run.append(k)
        width = run[1] - run[0] if len(run) > 1 else 0
        if len(run) < _YEAR_ROWS_MIN or width < 3 \
                or not all(_value_like(c.text) for k in run for c in cells[k + 1:k + width]):
            continue
        table.header = [Cell("", cells[first].start, cells[first].start, cells[first].line)] * width
        unit = next((m.group("unit") for c in cells[:first] for m in [_UNIT_LINE.match(c.text)] if m), "")
        table.unit = table.unit or unit
        for r, k in enumerate(run, start=1):
            chunk = cells[k:k + width]
            table.rows.append(Row(r, chunk, chunk[0].start, chunk[-1].end, chunk[0].line))
        rest = cells[run[-1] + width:]
        if rest and any(re.search(r"\d", c.text) for c in rest):
            table.rows.append(Row(len(run) + 1, rest, rest[0].start, rest[-1].end, rest[0].line, status="unparsed",
                                  reason="cells after the last row of years"))
        return True
    return False


_PARAGRAPH_CELLS_MIN = 12  # cells of a table printed one cell a paragraph, read by its rows' shape


def _paragraph_cell_tables(norm):
    """Tables whose cells became paragraphs (a web page's table pasted as text, with no bars): each cell a line of
    its own with one blank line between cells, an empty cell a line of spaces, and no row numbers, so that the rows
    are told by their shape (:func:`_split_by_row_shape`). A run of cells ends at a line that is no cell (a
    sentence, a line longer than a cell) or where two lines follow each other with no blank line between them.
    As :class:`Table` objects with the layout ``cell_per_line``."""
    lines = _lines(norm)

    def cell(k):
        text = lines[k][2]
        return text != "" and len(text.strip()) <= _OPEN_CELL_MAX and "。" not in text and "|" not in text

    out, i = [], 0
    while i < len(lines):
        if not (cell(i) and lines[i][2].strip() and (i == 0 or lines[i - 1][2] == "")):
            i += 1
            continue
        j = i
        while j + 2 < len(lines) and lines[j + 1][2] == "" and cell(j + 2):
            j += 2
        if (j - i) // 2 + 1 >= _PARAGRAPH_CELLS_MIN:
            cells = []
            for number, offset, line in lines[i:j + 1:2]:
                lead = len(line) - len(line.lstrip())
                text = line.strip()
                cells.append(Cell(text, offset + lead, offset + lead + len(text), number))
            _, title, unit = _title_before(lines, i)
            table = Table(0, "cell_per_line", "indicator", cells[0].start, cells[-1].end, lines[i][0], title.strip(),
                          unit=unit)
            if _split_by_row_shape(table, cells):
                out.append(table)
        i = j + 1
    return out


# the head of a group of columns over its parts, in a header flattened one cell a line (比上年同期增减(同比) over
# 绝对数 and 相对数(%))
_GROUP_HEAD = re.compile(r"比上年|比上月|同比|环比|增减")


def _split_by_row_shape(table, flat):
    """A table flattened one cell a line with no row numbers (a web page's table, each cell on a line between
    lines ``|``): its rows are told by their shape. Every run of values is as long as every other, after its label
    and, under a header that names a ``单位`` column, the label's unit (``1.企业保参保人数 | 万人 | 1640.65 | 1549.35 |
    91.30 | 5.89%``); a label followed by as many empty cells is a label row (``社会保险 | | | | |``). The header is
    the cells before the first row: a cell before an empty first head is the table's title, and a header one cell
    longer than a row holds a group's head over the last cells, the parts of it (``比上年同期增减(同比)`` over
    ``绝对数``, ``相对数(%)``), each part then named by both. Cells after the last row are no part of the table."""
    texts = [c.text for c in flat]
    num = [bool(t) and is_numeric(t) for t in texts]
    runs, k = [], 0
    while k < len(texts):
        if num[k]:
            j = k
            while j < len(texts) and num[j]:
                j += 1
            runs.append((k, j))
            k = j
        else:
            k += 1
    if len(runs) < 2 or len({b - a for a, b in runs}) != 1 or runs[0][1] - runs[0][0] < 2:
        return False
    n, first = runs[0][1] - runs[0][0], runs[0][0]
    head = texts[:max(first - 2, 0)]
    lead = 2 if any(t in ("单位", "计量单位") for t in head) else 1
    for a, _ in runs:  # a label (and its unit) before every run of values
        if a < lead or any(not texts[a - m] or num[a - m] for m in range(1, lead + 1)) \
                or (lead == 2 and (len(texts[a - 1]) > 4 or _DIGIT.search(texts[a - 1]))):
            return False
    width, start = n + lead, first - lead
    while start - width >= 0 and texts[start - width] and not num[start - width] \
            and not any(texts[start - width + 1:start]):
        start -= width  # label rows above the first row of values
    header = list(flat[:start])
    group = max((k for k, t in enumerate(texts[:start]) if _GROUP_HEAD.search(t) and k < start - 2), default=None)
    if len(header) == width + 2 and header[0].text and not header[1].text:
        table.title, header = header[0].text, header[1:]  # the title, then the empty head of the label column
    if len(header) == width + 1 and group is not None and group - (start - len(header)) < len(header) - 2:
        g = group - (start - len(header))
        top = header[g]
        header = header[:g] + [Cell(top.text + c.text, c.start, c.end, c.line) for c in header[g + 1:]]
    if len(header) != width:
        return False
    rows, p = [header], start
    while p + width <= len(flat):
        chunk = flat[p:p + width]
        values = num[p + lead:p + width]
        if texts[p] and not num[p] and (all(values) or not any(texts[p + 1:p + width])):
            rows.append(chunk)
            p += width
        else:
            break
    if len(rows) < 3:
        return False
    table.end = rows[-1][-1].end
    table.layout = "cell_per_line"
    _split_rows(table, rows, [""] * len(rows), header_lines=1)
    table.layout = "cell_per_line"
    return True


def _split_cell_per_line(table, flat):
    first = next((i for i, c in enumerate(flat) if c.text == "1"), None)
    if not first:
        table.header = flat
        table.reason = "no row number 1 found; cannot tell where the header ends"
        return
    table.header, ncols = flat[:first], first
    chunks, expected = [], 1
    for cell in flat[first:]:
        if cell.text == str(expected):
            chunks.append([])
            expected += 1
        chunks[-1].append(cell)
    for i, chunk in enumerate(chunks, start=1):
        row = Row(i, chunk, chunk[0].start, chunk[-1].end, chunk[0].line)
        if len(chunk) != ncols:
            row.status = "unparsed"
            truncated = i == len(chunks) and len(chunk) < ncols
            row.reason = (f"truncated table: last row has {len(chunk)} of {ncols} cells" if truncated
                          else f"row has {len(chunk)} cells, header has {ncols}")
        table.rows.append(row)


def _column_positions(rows, raw, offsets, ncols):
    """Where each column's cells stand (the mean display-width centre of its cells in the rows that
    fill every column), or None when no row does."""
    full = [(cells, line, offset) for cells, line, offset in zip(rows, raw, offsets) if len(cells) == ncols]
    if not full:
        return None
    centres = [[_width(line[:c.start - offset]) + _width(c.text) / 2 for c in cells] for cells, line, offset in full]
    return [sum(col) / len(col) for col in zip(*centres)]


def _by_position(cells, header, positions, line, offset):
    """A space-aligned row short of cells (an empty cell prints nothing: ``100 岁及以上      5      4``) with
    each cell in the column whose cells stand nearest to it in the full rows, or None when two cells would
    share a column or the first cell, its label, would not stand first."""
    if not any(is_numeric(c.text) for c in cells):
        return None
    placed = [None] * len(header)
    last = -1
    for c in cells:
        centre = _width(line[:c.start - offset]) + _width(c.text) / 2
        k = min(range(len(positions)), key=lambda j: abs(positions[j] - centre))
        if k <= last or (c is cells[0] and k != 0 and not is_numeric(c.text)):
            return None
        placed[k], last = c, k
    return placed


def _split_rows(table, lines, raw, offsets=None, header_lines=None):
    header_end = 0 if header_lines is None else header_lines
    while header_lines is None and header_end < len(lines) and header_end < 4 and len(lines[header_end]) > 1 \
            and not (header_end and _label_only(lines[header_end])) \
            and (_is_header([c.text for c in lines[header_end]], [c.text for c in lines[header_end]])
                 or (header_end and _is_english_head([c.text for c in lines[header_end]]))
                 or (header_end and table.layout == "row_per_line" and _is_sub_header(lines[header_end]))
                 or (header_end and table.layout == "space_aligned" and offsets
                     and _splits_columns(lines[header_end], lines[header_end - 1]))
                 or (header_end == 0 and len(lines) > 1 and _names_over_row([[c.text for c in x] for x in lines[:3]]))):
        header_end += 1
    if header_end == 0:
        table.reason = "no header row before the first row of values"
        table.header = []
        ncols = max(len(c) for c in lines)
    else:  # the header in English under the Chinese one is its translation: structure
        heads = [k for k in range(header_end) if not _is_english_head([x.text for x in lines[k]])]
        if table.layout == "space_aligned" and offsets and len(heads) > 1 \
                and len(lines[heads[-1]]) > len(lines[heads[0]]):
            table.header = (len(heads) == 2 and _grouped_header(lines[heads[0]], lines[heads[1]])) \
                or _merge_by_position([(lines[k], raw[k], offsets[k]) for k in heads])
        elif table.layout == "row_per_line" and len(heads) == 2 \
                and _wrapped_header(lines[heads[0]], lines[heads[1]], lines[header_end:]):
            table.header = list(lines[heads[0]]) + list(lines[heads[1]])
        else:
            table.header = _merge_headers([lines[k] for k in heads])
        if header_end < len(lines) and len(table.header) == len(lines[header_end]) - 1 \
                and _stub_head_left_out([c.text for c in table.header], [c.text for c in lines[header_end]]):
            h0 = table.header[0]  # 城市低保  农村低保 over 甲县  1200  5300: the blank head of the labels, a cell
            table.header = [Cell("", h0.start, h0.start, h0.line)] + table.header
        ncols = len(table.header)
        if table.layout == "space_aligned" and header_end == 1 < len(lines) and len(lines[1]) == 1:
            below = _header_below(raw[0], table.header, lines[1][0], raw[1])
            if below:  # 2020年 over (基期), 2025年 over (目标): one header
                table.header, header_end = below, header_end + 1
    if table.layout == "row_per_line" and header_end == 1 and _label_head_left_out(table.header, lines[1:]):
        # 第六次普查(2010年) | 第五次普查(2000年) | | over 常住人口 | 5476084 | 5011416 |: a web page's empty head of
        # the label column dropped, the header's cells name the value columns and its empty last cell is no column
        h0 = table.header[0]
        table.header = [Cell("", h0.start, h0.start, h0.line)] + table.header[:-1]
    if table.layout == "row_per_line" and header_end == 1 and _translation_cells(table.header, lines[1:]):
        # 指标 Item | 2016 | … | 2022 | | over 居民人均可支配收入 | Per Capita Disposable Income of Households | 32070 | …:
        # the header's first cell holds both names of the label column, each row prints its English name in a cell
        # of its own after the Chinese one: a translation, no column (the rows' values stand under the years)
        lines = lines[:1] + [cells[:1] + cells[2:] if len(cells) > 2 and _HAN.search(cells[0].text)
                             and _english_only(cells[1].text.strip()) else cells for cells in lines[1:]]
    named = max((k + 1 for k, c in enumerate(table.header) if c.text), default=0)
    padded = table.layout == "row_per_line" and 0 < named < ncols \
        and not any(c.text for cells in lines[header_end:] for c in cells[named:])
    if padded:
        # a web page pads its header and rows with empty cells (| 2009年 | ||||||||), in no row filled: no columns;
        # a row's width is then where its last filled cell stands (a row short of it is not read by position)
        ncols, table.header = named, table.header[:named]
        # (a remark column left blank at the end of a row is still its cell: 备注, 说明)
        lines = lines[:header_end] + [cells[:_padded_width(cells, table.header)] for cells in lines[header_end:]]
    grouped = bool(table.header) and any(h in table.header[0].text.replace(" ", "") for h in _GROUP_HEADERS) \
        and ncols > 2
    if grouped:
        table.layout = "grouped_rows"
    group, parent, previous_label, previous_cells = "", "", "", []
    numbered = bool(table.header) and table.header[0].text.replace(" ", "") in ("序号", "编号", "序")
    positions = _column_positions(lines[header_end:], raw[header_end:], offsets[header_end:], ncols) \
        if table.layout == "space_aligned" and offsets and header_end else None
    for i, cells in enumerate(lines[header_end:], start=1):
        if grouped:  # the group cell merged over rows: empty cells padded at the end are not cells
            while cells and not cells[-1].text:
                cells = cells[:-1]
        if not cells or all(_RULE.fullmatch(c.text) for c in cells if c.text):
            continue  # a rule between rows (|---|---|) is no row
        number = cells[0].line
        text = raw[header_end + i - 1]
        indented = len(text) - len(text.lstrip()) >= 2
        row = Row(i, cells, cells[0].start, cells[-1].end, number)
        if table.layout == "row_per_line" and header_end and offsets and len(cells) == ncols - 1 \
                and text.rstrip().endswith("|") and not raw[0].rstrip().endswith("|"):
            # 3,101 | 3,101 |  | under a header that no bar closes: the last bar opens the row's empty last cell
            end = offsets[header_end + i - 1] + len(text.rstrip())
            cells = cells + [Cell("", end, end, number)]
            row.cells = cells
        elif table.layout == "tab_separated" and header_end and offsets and len(cells) < ncols \
                and text.count("\t") == ncols - 1 and cells:
            # 3,101\t3,101\t\t: the tabs after the last value open the row's empty last cells
            end = offsets[header_end + i - 1] + len(text)
            cells = cells + [Cell("", end, end, number)] * (ncols - len(cells))
            row.cells = cells
        filled = [c for c in cells if c.text]
        if i == 1 and _column_numbers([c.text for c in filled]):
            row.reason = "column numbers"
            table.rows.append(row)
            continue
        if len(filled) == 1 and "。" in filled[0].text and re.search(r"\d", filled[0].text):
            row.status, row.reason = "unparsed", "a note in the table (a sentence), read as text"
            table.rows.append(row)
            continue
        if len(filled) == 1 and not is_numeric(filled[0].text) or (
                numbered and len(cells) == 2 and re.fullmatch(r"\d{1,3}", cells[0].text)
                and cells[1].text and not is_numeric(cells[1].text)):  # 14 | 最低生活保障人数(万人), its rows below
            parent = cells[-1].text if len(filled) == 2 else filled[0].text
            row.status, row.reason, row.parent = "parsed", "label row", ""
            row.cells = [cells[0] if len(filled) == 2 else None] + [None] * (ncols - 1)  # its number stays
            table.rows.append(row)
            continue
        if table.layout == "space_aligned" and header_end and len(cells) == ncols + 1 \
                and _HAN.fullmatch(cells[0].text) and cells[1].text and not _HAN.fullmatch(cells[1].text):
            # a category printed downwards in front of the rows, a character a line (工 / 伤 / 保 / 险; not a label
            # spaced out: 床   位)
            cells = row.cells = cells[1:]
        aligned = _by_position(cells, table.header, positions, raw[header_end + i - 1],
                               offsets[header_end + i - 1]) if positions and len(cells) < ncols else None
        aligned = aligned or (None if padded and len(cells) < ncols else
                              _align(cells, ncols, grouped, table.layout == "space_aligned", numbered))
        if aligned is None:
            row.status = "unparsed"
            row.reason = f"row has {len(cells)} cells, header has {ncols}"
            if i == len(lines) - header_end and len(cells) < ncols:
                row.reason = f"truncated table: last row has {len(cells)} of {ncols} cells"
            table.rows.append(row)
            continue
        if table.layout != "space_aligned" and not grouped and aligned[0] is None and previous_cells:
            # a cell merged over rows (rowspan) is printed once: the row takes the cells above it
            aligned = [c if c is not None else above for c, above in zip(aligned, previous_cells)]
            row.reason = "leading cells merged with the row above"
        if grouped:
            if aligned[0] is not None and aligned[0].text:
                group = aligned[0].text
            row.group = group
            aligned = aligned[1:]
        previous_cells = aligned
        row.cells = aligned
        label = next((c.text for c in aligned if c is not None and c.text and not is_numeric(c.text)), "")
        if not indented and _struck_out_label(label, [c.text for c in aligned[1:] if c is not None]):
            parent = previous_label = label  # 低保对象（万人） — —: a label row with its values struck out heads the rows below
        elif indented or label.startswith(("其中", "#")) or (aligned and aligned[0] is None) \
                or (numbered and aligned and not aligned[0].text and parent):  # a sub-row under its label row
            row.parent = parent or previous_label
        elif parent and (table.layout in ("row_per_line", "tab_separated")
                         or table.layout == "cell_per_line" and not numbered
                         or table.layout == "space_aligned" and not any(
                len(t) - len(t.lstrip()) >= 2 for t in raw[header_end:])) and _unit_in_brackets(parent):
            # rows that print no indentation (| and tab rows, one cell a line between bars, where a row number
            # does not tell a part by its empty cell; spaced rows none of which is indented): the rows under a
            # label row with a unit (低保对象（万人） | |) are its rows until the next label row
            row.parent = parent
        elif len(cells) > 1:
            parent = ""
            previous_label = label
        table.rows.append(row)
    if grouped and table.header:
        table.header = table.header[1:]


_HEAD_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _label_head_left_out(header, rows):
    """A ``|`` header that leaves out the empty head of the label column: its filled cells all name a year
    (``第六次普查(2010年) | 第五次普查(2000年) | |``), an empty cell closes it, and the rows below hold a
    label and one value more than the header holds years (``常住人口 | 5476084 | 5011416 |``)."""
    named = [c.text for c in header if c.text]
    if len(named) < 2 or header[-1].text or [c.text for c in header[:len(named)]] != named \
            or not all(_HEAD_YEAR.search(t) for t in named):
        return False
    body = [[c.text for c in cells if c.text] for cells in rows]
    body = [texts for texts in body if len(texts) > 1]
    return len(body) >= 2 and all(len(texts) == len(named) + 1 and not is_numeric(texts[0])
                                  and all(is_numeric(t.rstrip("%")) for t in texts[1:]) for texts in body)


_BILINGUAL_HEAD = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff\s]*\s+[A-Za-z][A-Za-z\s]*")  # 指标 Item, 项目 Item, 地 区 Region


def _translation_cells(header, rows):
    """A bilingual ``|`` table whose header names the label column in one cell, Chinese and English (``指标 Item
    | 2016 | 2017 | …``), over rows that print a label's two names in two cells, the Chinese one first
    (``居民人均可支配收入 | Per Capita Disposable Income of Households | 32070 | 35024 | …``): every row of two
    values or more has a cell in English only after its Chinese label, and one filled cell more than the header."""
    if len(header) < 3 or not _BILINGUAL_HEAD.fullmatch(header[0].text.strip()) or not header[1].text \
            or _english_only(header[1].text.strip()):
        return False
    named = sum(bool(c.text) for c in header)
    body = [cells for cells in rows if sum(is_numeric(c.text) for c in cells) >= 2]
    return len(body) >= 2 and all(
        len(cells) > 2 and _HAN.search(cells[0].text) and not is_numeric(cells[1].text)
        and _english_only(cells[1].text.strip()) and sum(bool(c.text) for c in cells) <= named + 1
        for cells in body) and any(sum(bool(c.text) for c in cells) == named + 1 for cells in body)


def _label_only(cells):
    """A line of a table with only its first cell filled (``低保对象（万人） | |``): under a header, a label
    over the rows below it, not a second line of the header."""
    return len(cells) > 1 and bool(cells[0].text) and not any(c.text for c in cells[1:])


_COLUMN_LETTERS = frozenset("甲乙丙丁戊己庚辛")


def _column_numbers(texts):
    """A statistical report form's line of column numbers under its header: 甲, 乙, 丙 over the
    columns of words, 1, 2, 3 ... over the columns of values (``甲 | 丙 | 1 | 2 | 3``)."""
    numbers = [t for t in texts if t.isdecimal()]
    return len(numbers) >= 2 and all(t in _COLUMN_LETTERS or t.isdecimal() for t in texts) \
        and [int(t) for t in numbers] == list(range(int(numbers[0]), int(numbers[0]) + len(numbers))) \
        and int(numbers[0]) <= 1


def _header_below(header_line, header, cell, line):
    """The ``header`` (cells of ``header_line``) of a space-aligned table with the words printed
    under its cells (``(基期)``, ``目标值``, ``(万张)``) added to the cell above each, by column;
    None when ``line`` (read as one ``cell``) is no such line: a piece holds a digit, or the
    pieces are not all in brackets or header words."""
    pieces = [(s, e) for s, e in _space_spans(line) if e > s]
    texts = [line[s:e] for s, e in pieces]
    if len(pieces) < 2 or any(re.search(r"\d", t) for t in texts) \
            or not all(t[:1] in "(（" or _is_header([t]) for t in texts):
        return None
    origin = header[0].start - (len(header_line) - len(header_line.lstrip()))  # where the header line starts
    columns = [(h.start - origin, h.end - origin) for h in header]
    merged = list(header)
    for (a, b), text in zip(pieces, texts):
        k = min(range(len(header)), key=lambda i: (-(min(b, columns[i][1]) - max(a, columns[i][0])),
                                                  abs((a + b) / 2 - sum(columns[i]) / 2)))
        above = merged[k]
        merged[k] = Cell(f"{above.text} {text}", above.start, above.end, above.line)
    return merged


def _is_sub_header(cells):
    """A ``|`` line under a header that splits its columns (``| | 城市 | 农村 | 城市 | 农村 |``): an empty
    first cell, then words and no value."""
    texts = [c.text for c in cells]
    words = [t for t in texts[1:] if t]
    return not texts[0] and len(words) >= 2 and not any(_value_like(t) for t in words) \
        and all(len(t) <= 8 for t in words)


def _splits_columns(cells, above):
    """A space-aligned line under a header that splits its columns (``指标 单位 城市 农村 城市 农村`` under
    ``2021年 2022年``): more cells than the line above, short words and no value."""
    texts = [c.text for c in cells]
    return len(cells) > len(above) and all(t and len(t) <= 8 for t in texts) \
        and not any(_value_like(t) for t in texts)


def _merge_by_position(lines):
    """One header from space-aligned header lines of different lengths (``2021年`` over ``城市 农村``;
    three lines of a PDF page: years, then ``分龄组 60 岁以上 占全区 …``, then ``人数(人) 总人口(%) …``).
    The line with the most cells gives the columns; a cell of another line joins the column it stands
    over or under (above: before its text, below: after it). A line of years over columns they split
    into equal groups (``1990 年`` over ``人数 比重``) heads them in order; other cells reach half-way to
    their neighbours, as far to the left as to the right. Display widths count a Chinese character as
    two columns."""
    def columns(cells, raw, offset):
        return [(_width(raw[:c.start - offset]), _width(raw[:c.end - offset])) for c in cells]
    base = max(range(len(lines)), key=lambda k: (len(lines[k][0]), k))
    cells, raw, offset = lines[base]
    merged = list(cells)
    below = columns(cells, raw, offset)
    for n, (above, raw_above, offset_above) in enumerate(lines):
        if n == base:
            continue
        spans = columns(above, raw_above, offset_above)
        reach = []
        for k, (a, b) in enumerate(spans):
            right = (b + spans[k + 1][0]) / 2 if k + 1 < len(spans) else None
            left = (spans[k - 1][1] + a) / 2 if k else None
            left = left if left is not None else a - ((right - b) if right is not None else 0)
            right = right if right is not None else b + (a - left)
            reach.append((left, right))
        under = [i for i, (a, b) in enumerate(below) if (a + b) / 2 >= reach[0][0]]
        if all(_YEAR_TOKEN.match(c.text) for c in above) and under and len(under) % len(above) == 0:
            size = len(under) // len(above)
            owner = {i: k // size for k, i in enumerate(under)}  # 1990 年 over 人数 比重, in order
        else:
            owner = {}
            for i, (a, b) in enumerate(below):
                middle = (a + b) / 2
                k = next((k for k, (lo, hi) in enumerate(reach) if lo <= middle <= hi), None)
                if k is not None:
                    owner[i] = k
        for i, k in owner.items():
            text = f"{above[k].text} {merged[i].text}" if n < base else f"{merged[i].text} {above[k].text}"
            merged[i] = Cell(text, merged[i].start, merged[i].end, merged[i].line)
    return merged


def _wrapped_header(first, rest, rows):
    """Whether a ``|`` table's one header row is printed over two lines, a line break after a closed cell
    (``序号 | 项目名称 | 责任单位 | 目标任务 | 1- 8月 实际完成情况 |`` then ``任务完成率 | 备注 | |``): the rows below
    are as wide as the two lines' cells together, and wider than either line. Two lines of a header merged
    over columns (``2020年`` over ``城市 | 农村``) stand one above the other instead: each as wide as the rows, or
    the top one narrower with the line below as wide as the value columns."""
    widths = Counter(len(r) for r in rows if any(c.text for c in r))
    if not widths or not first or not rest or not first[-1].text or not rest[0].text:
        return False
    width = widths.most_common(1)[0][0]
    return len(first) + len(rest) == width and len(first) < width and len(rest) < width


def _padded_width(cells, header):
    """How many cells of a row padded with empty ones (``| 80% | ||``) are its cells: up to its last filled
    one, and on to the end of ``header`` when only remark columns (``备注``, ``说明``) follow, left blank."""
    filled = max((k + 1 for k, c in enumerate(cells) if c.text), default=0)
    rest = header[filled:]
    if filled and rest and len(cells) >= len(header) \
            and all("备注" in c.text or c.text.replace(" ", "") == "说明" for c in rest):
        return len(header)
    return filled


def _merge_headers(rows):
    """One header from several header lines: cells joined column by column (right-aligned). A
    header cell merged over the columns a line below splits (``2020年`` over ``城市 | 农村``) is
    printed once, with empty cells after it: each column under it takes its text."""
    if len(rows) == 1:
        return rows[0]
    if len({len(r) for r in rows}) == 1 and _is_sub_header(rows[-1]):
        top = list(rows[0])
        for k in range(1, len(top)):
            if not top[k].text and top[k - 1].text and rows[-1][k].text:
                top[k] = Cell(top[k - 1].text, top[k].start, top[k].end, top[k].line)
        rows = [top] + list(rows[1:])
    width = max(len(r) for r in rows)
    base = max(rows, key=len)
    merged = []
    for k in range(width):
        parts = []
        for r in rows:
            idx = k - (width - len(r))
            if 0 <= idx < len(r) and r[idx].text:
                parts.append(r[idx])
        if not parts:
            merged.append(base[k])
            continue
        texts = [p.text for i, p in enumerate(parts) if i == 0 or p.text != parts[i - 1].text]
        merged.append(Cell(" ".join(texts), parts[-1].start, parts[-1].end, parts[-1].line))  # 单位 over 单位: once
    return merged


def _align(cells, ncols, grouped, spaced, seq_first=False):
    """Cells placed under the header's columns, or None when they cannot be.

    Rows of separated cells (``|``, tab) keep their places; only a grouped table's row may lack
    its group cell. Rows of a space-aligned table, whose empty cells vanish, are aligned right.
    """
    n = len(cells)
    if n == ncols:
        return list(cells)
    if n < ncols:
        if grouped and n == ncols - 1:
            return [None] + list(cells)
        if not spaced and not (is_numeric(cells[-1].text) and (n == 1 or _is_unit(cells[0].text))):
            return None
        if not any(is_numeric(c.text) for c in cells):
            return None
        return [None] * (ncols - n) + list(cells)
    first = 1 if seq_first and re.fullmatch(r"\d{1,3}", cells[0].text) else 0
    extra = n - ncols + 1
    label = cells[first]
    for c in cells[first + 1:first + extra]:
        if is_numeric(c.text):
            return None
        label = _join(label, c)
    return list(cells[:first]) + [label] + list(cells[first + extra:])


def _is_unit(text):
    """A cell that holds only a unit (``人``, ``万元``, ``人次``)."""
    return bool(text) and bool(unit_info(text.strip())[0])


def _measure_word(text):
    """A short word that counts things (``部``, ``台``, ``辆``, ``架``), not a column's name (``环比``, ``上期``)."""
    return len(text) <= 3 and not re.search(r"\d", text) and not _SPACED_NAMES.fullmatch(text)


def _join(a, b):
    return Cell(f"{a.text} {b.text}", a.start, b.end, a.line)


_YEAR = re.compile(r"((?:19|20)\d\d)\s*年?")
_PAREN_UNIT = re.compile(r"[(（]([^()（）]{1,8})[)）]\s*$")
# a text that names only a period: a year (2021年, 2023年末), a part of one (2024年一季度, 上半年, 1-9月), or both
_PERIOD = re.compile(r"(?:(?:19|20)\d\d年?(?:末|底|度)?)?(?:[一二三四]季度(?:末)?|上半年|下半年|\d{1,2}(?:[-—~至]\d{1,2})?月(?:末|底)?)?")


def names_a_period(text):
    """Whether ``text`` names only a period (:data:`_PERIOD`), spaces and a unit in brackets aside: a column header
    that says when, not what (``2021年``, ``2023年末(张)``), or a bracket that holds a year, not a unit
    (``第六次普查(2010年)``)."""
    text = re.sub(r"[(（][^()（）]*[)）]", "", text or "").replace(" ", "")
    return bool(text) and bool(_PERIOD.fullmatch(text))


_TO_DATE = re.compile(r"\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月|本[年月季]|当[年月]|年初至|月末|季末")


# A statistical report form's columns of the previous period: 上期 (the previous report), 上月,
# 上季度, 上年, 上年同期 (the same period a year before), 上年末.
_PREVIOUS = re.compile(r"(?:上期|上月|上季度?|上年(?:同期|末)?|去年同期|上年同期累计)(?:数|值|数值|数据)?")
_MONTH_COLUMN = re.compile(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*月份?")  # a column named by its month (九月份)
_YEAR_BEFORE = re.compile(r"同比|上年|去年")
_PERIOD_BEFORE = re.compile(r"环比|上期|上月|上季")


def _shift(name):
    """The period a column's values (上期, 上年同期) or its changes (环比, 同比) look back to:
    ``year`` (the same period a year before), ``period`` (the previous report) or ``""``."""
    if _YEAR_BEFORE.search(name):
        return "year"
    if _PERIOD_BEFORE.search(name):
        return "period"
    return ""


_PERIOD_MONTH = re.compile(r"((?:19|20)\d\d)\s*年(?:度)?\s*(?:(\d{1,2})\s*月(?:份)?|第?([一二三四1-4])\s*季度?)?")
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


_TITLE_YEAR = re.compile(r"[(（]\s*((?:19|20)\d\d)\s*[)）]\s*$")


_BASE_STAGE = re.compile(r"基期|基数|基准值|基准年|现状")


# what may follow a plan period's name in a column's head that names its end (十四五规划目标值, 十三五完成)
_PERIOD_END_AFTER = re.compile(r"\s*(?:规划|时期)?\s*(?:期末|末|目标|完成|实现|预期|(?:指标|现状)值?$)")
# a column that holds a plan period's goals, named by the period and 指标 (“十四五”指标, 松江区“十五五”指标)
_PERIOD_GOAL_HEAD = re.compile(r"指标值?$")


def plan_period_end(name):
    """The last year of the plan period a column's head names at its end, as its goal or its result (``“十三五”期末``,
    ``十四五目标值``, ``十三五规划完成``: 2020, 2025, 2020; the periods of :func:`dates.plan_period_mentions`); None for
    any other head (``十三五期间``, a span, is no year)."""
    if "五" not in name:
        return None
    for _, end, _, last, post in plan_period_mentions(name):
        if post in ("末", "期末", "目标") or post in ("", "规划", "时期") and _PERIOD_END_AFTER.match(name, end):
            return last
    return None


_TITLE_SPAN = re.compile(r"((?:19|20)\d\d)\s*年?\s*[-—–~～至到]\s*((?:19|20)\d\d)\s*年")


def table_base_year(title):
    """The year a table's base values are of (a column of 基期值 or 现状值 that prints no year): the year before the
    span its title prints (``(2021-2025年)``: 2020) or before the plan period it names (``“十四五”时期…主要指标``); None
    when it names neither."""
    text = normalize(title or "")
    span = _TITLE_SPAN.search(text)
    if span:
        return int(span.group(1)) - 1
    named = plan_period_mentions(text) if "五" in text else []
    return named[0][2] - 1 if named else None


def table_period(title):
    """``(year, month, quarter)`` of the report period a table's title or form head prints
    (``2020年度 01月份``: month 1; ``2023年第三季度``: quarter 3, month 9, its last), or the year in brackets that
    ends an English title (``… by Level of Income (2007)``); None for what it does not print."""
    m = _PERIOD_MONTH.search(normalize(title or ""))
    if not m:
        year = _TITLE_YEAR.search(normalize(title or ""))  # an English title's year: …by Level of Income (2007)
        return (int(year.group(1)) if year else None), None, None
    quarter = _QUARTER[m.group(3)] if m.group(3) else None
    month = int(m.group(2)) if m.group(2) else (3 * quarter if quarter else None)
    return int(m.group(1)), month if month and 1 <= month <= 12 else None, quarter


def previous_year(year, shift, month=None, quarter=None):
    """The year of the period a column looks back to (see :func:`_shift`): a year before for
    ``year``; for ``period``, the year before only when the report is of January or of the first
    quarter (its previous report closes the year before)."""
    if not year or not shift:
        return year
    if shift == "year" or quarter == 1 or (quarter is None and month == 1):
        return year - 1
    return year


# a cell that is a year, the row's date in a table whose rows are years (2018, 2018年, 2018年末)
ROW_YEAR = re.compile(r"((?:19|20)\d\d)\s*年?(?:末|底)?")


def _label_of_words(table, roles):
    """A row's name is words, never a number: a column made the label column only because no header named one
    (a header of group names over more columns than it names: ``户 数 | 人 口 数 | 家庭户`` over a census table's
    17 columns) that holds a value in every row is a column of values, and the first column, words in every row
    (``合计``, ``北京市``), the rows' names."""
    label = next((k for k, r in enumerate(roles) if r["role"] == "indicator"), None)
    rows = [row for row in table.rows if row.status == "parsed" and row.reason != "label row"
            and any(c is not None and is_numeric(c.text.strip()) for c in row.cells)]  # (header lines read as rows)
    if not label or len(rows) < 2 or roles[label]["name"] and any(h in roles[label]["name"] for h in _LABEL_HEADERS):
        return

    def texts(k):
        return [row.cells[k].text.strip() if k < len(row.cells) and row.cells[k] is not None else "" for row in rows]
    if all(t and is_numeric(t) for t in texts(label)) and all(t and not is_numeric(t) for t in texts(0)):
        roles[label].update(role="value", kind="actual")
        roles[0].update(role="indicator", kind="", year=None)


def table_roles(table, reference_year=None, plan=False):
    """The roles of a table's columns (:func:`column_roles` of its header), and a label column (else the first
    column) whose every cell is a year, each year once, in two or more rows, as the column of the rows' years
    (``period``), whatever its header says (``年别``, ``指标``, nothing, or a title with a year read as the
    header): a table whose rows are years."""
    roles = column_roles(table.header, reference_year, plan)
    _goals_by_comparator(table, roles)
    if any(r["role"] == "period" for r in roles):
        return roles
    _label_of_words(table, roles)
    _places_under_blank_head(table, roles)
    label = next((k for k, r in enumerate(roles) if r["role"] == "indicator"), None)
    for k in dict.fromkeys([label, 0] if roles else []):
        if k is None:
            continue
        cells = [row.cells[k] for row in table.rows if row.status == "parsed" and row.reason != "label row"
                 and k < len(row.cells)]
        years = [ROW_YEAR.fullmatch(c.text.strip()) if c is not None else None for c in cells]
        if len(years) >= 2 and all(years) and len({m.group(1) for m in years}) == len(years):
            roles[k].update(role="period", kind="", year=None)  # whatever its header was read as (a title's year)
            for r in roles:  # a column made the label column only because no header named one holds values
                if r is not roles[k] and r["role"] == "indicator" and not r["name"]:
                    r.update(role="value", kind="actual")
            break
    return roles


_WHOLE_ROW = re.compile(r"^(?:全[省市县区州盟旗镇乡]|合计|总计|全国)$")  # the total row of a table of places


def _places_under_blank_head(table, roles):
    """A label column whose head is blank (a yearbook's stub head) and whose labels, in two rows or more, are all
    places or the whole (``甲县``, ``乙区``, ``全市``, ``合计``; at least two places) holds the places the values are of,
    as under a head ``地区``: the column names say what is counted."""
    if not roles or roles[0]["role"] != "indicator" or roles[0]["name"].strip():
        return
    labels = [row.cells[0].text.replace(" ", "").replace("\u3000", "") for row in table.rows
              if row.status == "parsed" and row.reason != "label row" and row.cells and row.cells[0] is not None]
    places = [t for t in labels if is_place(t)]
    if len(places) >= 2 and all(is_place(t) or _WHOLE_ROW.match(t) for t in labels):
        roles[0]["role"] = "region"


_GOAL_CELL = re.compile(r"\s*[≥≤><]")  # a goal's comparator before its value: >3.2%, ≥55


def _goals_by_comparator(table, roles):
    """A value column read as reached whose every cell, in two rows or more, carries a comparator (``>3.2%`` under
    ``2010年床位数与老年人口比例``) is a column of goals, whatever its head names (a year only)."""
    for k, role in enumerate(roles):
        if role["role"] != "value" or role["kind"] not in ("actual", "baseline"):
            continue
        texts = [row.cells[k].text for row in table.rows if row.status == "parsed" and k < len(row.cells)
                 and row.cells[k] is not None and row.cells[k].text.strip()]
        if len(texts) >= 2 and all(_GOAL_CELL.match(t) for t in texts):
            role["kind"] = "target"


_CHANGE_COLUMN = re.compile(r"增减|增量|增加数|减少数|增减数")  # an absolute change (in %, a growth: above)
_SIGN_UNIT = re.compile(r"[\u4e00-\u9fff]([%‰])$")  # a column's unit sign printed after its name: 比重%, 增长‰


_REACHED = re.compile(r"实际|完成")  # 2020年实际值, 2022年完成值: values reached


# the column of a task table that names the office in charge of each task (责任单位, 牵头部门, 主管单位)
_AGENCY_COLUMN = re.compile(r"(?:责任|牵头|主管|主办|承办|实施|配合)(?:单位|部门)")


def column_roles(header, reference_year=None, plan=False):
    """The role of each header cell.

    Value columns carry a year (``2020年``, ``2023年完成值``) and a kind: ``target`` for a goal
    (``目标``, ``规划``) or a year after the document's reference year, unless the name says the values were
    reached (``实际值``, ``完成值``); among the other year
    columns, the latest is ``actual`` and every earlier one a ``baseline`` (an earlier value printed
    beside the current one, also in a yearbook's run of years); beside a target column,
    the base-year column of a plan (a plan document, or a year that ends a Five-Year-Plan period:
    2015, 2020) is a ``baseline`` too, unless it is an achieved value (``完成值``), and so is a goal column at or
    before the reference year beside a later one of the same name (``目标值`` merged over ``2020年`` and ``2025年``).
    ``年均/累计`` and ``增长`` columns are growth, but not ``自然增长率`` (a level: births less deaths). A unit in
    brackets, or a sign after the name (``比重%``), is the column's unit.

    Parameters
    ----------
    header : list of Cell
    reference_year : int, optional
        The document's reference year.
    plan : bool
        The document is a plan (its base-year column is a baseline).

    Returns
    -------
    list of dict
        Keys ``role`` (seq, indicator, region, period (a column of years: 年份), unit, code,
        weight (权重), value, growth, attribute, status, note, other), ``kind`` (actual, baseline, target for values), ``year`` (int or None), ``basis``
        (growth: total, annual, annual_planned), ``unit`` (printed in the header, e.g. ``(%)``)
        and ``name``.
    """
    roles = []
    for k, cell in enumerate(header):
        name = _SPACES.sub("", cell.text if cell is not None else "")
        year = _YEAR.search(name)
        unit = _PAREN_UNIT.search(name) or _SIGN_UNIT.search(name)  # 比重(%), and 比重% with no brackets
        if unit and names_a_period(unit.group(1)):
            unit = None  # 第六次普查(2010年): the column's year in brackets, no unit
        role = {"role": "other", "kind": "", "year": int(year.group(1)) if year else plan_period_end(name),
                "basis": "", "unit": unit.group(1) if unit else "", "name": name, "shift": ""}
        if name in ("序号", "编号", "序"):
            role["role"] = "seq"
        elif "属性" in name:
            role["role"] = "attribute"
        elif "是否完成" in name or ("完成情况" in name and not year):
            role["role"] = "status"  # 2022年完成情况 holds the values of 2022
        elif name in ("单位", "计量单位"):
            role["role"] = "unit"
        elif name in ("代码", "指标代码"):
            role["role"] = "code"
        elif name in _WEIGHT_HEADERS:
            role["role"] = "weight"  # an evaluation's scoring weight: no figure of what is measured
        elif name in PERIOD_HEADERS:
            role["role"] = "period"  # rows that are years: each row's year dates its values
        elif "备注" in name or name == "说明" or _AGENCY_COLUMN.fullmatch(name):
            role["role"] = "note"  # (责任单位, 牵头部门: the office in charge of a task, no value)
        elif "绝对数" in name and _GROUP_HEAD.search(name):
            role.update(role="value", kind="change")  # 比上年同期增减 绝对数: the change in the level's unit, no growth
        elif "增长" in name.replace("自然增长率", "") or "增速" in name or "年均" in name or "环比" in name \
                or "同比" in name \
                or "增幅" in name or re.search(r"(?:19|20)\d\d年?比", name) or (re.search(r"增减|±", name) and unit and unit.group(1) == "%") \
                or ("累计" in name and not _TO_DATE.search(name) and not _SUM_TO_DATE.search(name)):
            role.update(role="growth", basis="annual" if "年均" in name else "total")
        elif _is_region_header(name):
            role["role"] = "region"
        elif _CHANGE_COLUMN.search(name) and not year:
            role.update(role="value", kind="change")  # 增减量, 增减(个): a change in the level's unit, not a level
        elif _BASE_STAGE.search(name):  # 基期值, 现状值, 2020年基数: the value the plan starts from
            role.update(role="value", kind="baseline")
        elif role["year"] or "值" in name or "目标" in name or "数" in name or "比重" in name or unit:
            goal = re.search(r"目标|规划|预期值", name) or plan_period_end(name) and _PERIOD_GOAL_HEAD.search(name)
            role.update(role="value", kind="target" if goal else "actual")
        elif any(h in name for h in _LABEL_HEADERS) or k == 0:
            role["role"] = "indicator"
        roles.append(role)
    for k, role in enumerate(roles):
        core = _PAREN_UNIT.sub("", role["name"])
        month = _MONTH_COLUMN.fullmatch(core) and any(r["role"] == "value" and r["kind"] == "actual" and not r["year"]
                                                      for r in roles[:k])
        if _PREVIOUS.fullmatch(core) or month:  # 数量 九月份 环比: the month named after the current column is the last
            role.update(role="value", kind="baseline", year=None)
        if role["role"] in ("value", "growth"):
            role["shift"] = "period" if month else _shift(core)
    if not any(r["role"] in ("indicator", "region", "period") for r in roles):  # rows of years name no indicator
        first = next((r for r in roles if r["role"] == "other"), None)
        if first:
            first["role"] = "indicator"
    for k, r in enumerate(roles):  # 完成情况 after a period's goals (“十四五”指标): what the period reached of them
        if r["role"] == "status" and r["name"] == "完成情况" and k and roles[k - 1]["role"] == "value" \
                and roles[k - 1]["kind"] == "target" and plan_period_end(roles[k - 1]["name"]):
            r.update(role="value", kind="actual", year=roles[k - 1]["year"])
    for r in roles:
        if r["role"] == "other":
            r.update(role="value", kind="actual")
    for r in roles:  # a year after the document's is a goal, unless the column's name says it was reached
        if r["role"] == "value" and r["kind"] == "actual" and r["year"] and reference_year \
                and r["year"] > reference_year and not _REACHED.search(r["name"]):
            r["kind"] = "target"
    spanned = [r for r in roles if r["role"] == "value" and r["kind"] == "target" and r["year"]]
    for r in spanned:  # 目标值 merged over 2020年 and 2025年: the document's own year is no goal of it
        same = [o for o in spanned if o is not r and _YEAR.sub("", o["name"]) == _YEAR.sub("", r["name"])]
        if reference_year and r["year"] <= reference_year and any(o["year"] > reference_year for o in same):
            r["kind"] = "baseline"
    years = [r["year"] for r in roles if r["role"] == "value" and r["kind"] == "actual" and r["year"]]
    base_years = {first - 1 for first, _ in plan_periods().values()}
    has_target = any(r["kind"] == "target" for r in roles)
    target_years = {r["year"] for r in roles if r["kind"] == "target"}
    for r in roles:
        if r["role"] != "value" or r["kind"] != "actual" or not r["year"]:
            continue
        # 2020年预计值 beside 2020年目标值: the result reached or estimated against a goal of its year; beside only
        # later goals (2025年完成值 | 2030年目标值), the value a plan starts from
        achieved = ("完成" in r["name"] or "预计" in r["name"]) and r["year"] in target_years
        base_year = r["year"] in base_years
        if r["year"] < max(years) or (has_target and not achieved and (plan or base_year)):
            r["kind"] = "baseline"
        if r["role"] == "value" and "实际" in r["name"] and len(years) > 1 and r["year"] == min(years):
            r["kind"] = "baseline"
    for r in roles:
        if r["role"] == "growth" and r["basis"] == "annual" and has_target:
            r["basis"] = "annual_planned"
    return roles
