"""The figures table: every reported figure of a document, with provenance.

Layers, in the order data flows: quantity mentions (:mod:`~mzlib.extract.quantities`), tables in
any layout (:mod:`~mzlib.extract.tables`), the context of each prose mention (subject, kind and
date: :mod:`~mzlib.extract.context`, :mod:`~mzlib.extract.dates`), the families that refine them
(:mod:`~mzlib.extract.families`), mapping to the registry (:mod:`~mzlib.extract.mapping`) and the
figures a reader derives without thinking (:mod:`~mzlib.extract.derive`).

The invariant ``text[char_start:char_end] == quote`` holds for every row, and ``value_text`` is
``text[value_start:value_end]``, inside the quote. ``value`` is the printed number in ASCII digits
(a Chinese numeral read as digits; for a derived figure, the computed number).
"""

import bisect
import datetime
import itertools
import math
import re
from collections import namedtuple
from dataclasses import dataclass, replace as _replace
from functools import lru_cache

import pandas as pd

from mzlib.core.errors import InputError
from mzlib.extract import context as ctx
from mzlib.extract import families
from mzlib.extract.dates import DateBasis, DateExpr, DateIndex, basis_text, find_dates, published_year
from mzlib.extract.derive import derived_figures
from mzlib.extract.document import Document
from mzlib.extract.mapping import map_subject, region_words, unit_fits
from mzlib.extract.quantities import digits, mentions
from mzlib.extract.tables import (PERIOD_HEADERS, ROW_YEAR, Cell, column_roles, find_tables, form_pair_lines, is_numeric,
                                  names_a_period, previous_year, stacked_spans, table_base_year, table_period,
                                  table_roles)
from mzlib.extract.units import MONEY_STD, period_of_unit, standardise, unit_info
from mzlib.extract.values import parse_value
from mzlib.sources.describe import opens_a_period, prints_targets, reports_no_actuals, reports_one_year
from mzlib.sources.registry import UNMAPPED, info, load_registry


__all__ = ["COLUMNS", "Document", "Extraction", "extract_document", "extract_corpus", "validate"]

COLUMNS = [
    "figure_id", "doc", "text_file", "region_zh", "region_en", "subregion_zh", "indicator_id",
    "indicator_zh", "indicator_en", "family", "mapping", "suggested_indicator", "suggestion_score",
    "date", "year", "base_year", "year_basis", "date_basis", "kind", "kind_cue", "comparator", "value", "value_text",
    "unit", "value_type", "value_std", "unit_std", "conversion", "period", "period_basis",
    "growth_basis", "attribute", "status_reported", "char_start", "char_end", "quote", "value_start",
    "value_end", "subject_start", "subject_end", "line", "method", "table_id", "row_no", "derivation",
    "derived_from", "note",
]
INT_COLUMNS = ["year", "base_year", "table_id", "row_no", "char_start", "char_end", "value_start",
               "value_end", "subject_start", "subject_end", "line"]
FLOAT_COLUMNS = ["value_std", "suggestion_score"]
TABLE_ROW_COLUMNS = ["doc", "table_id", "table_title", "layout", "kind", "row_no", "line", "status",
                     "reason", "n_figures", "char_start", "char_end", "quote"]
NUMBER_COLUMNS = ["doc", "text_file", "status", "reason", "char_start", "char_end", "line", "text"]
ATTRIBUTES = {"预期性": "expected", "约束性": "binding"}
FLIP = {">=": "<=", "<=": ">=", ">": "<", "<": ">", "": ""}
PLAUSIBLE_YEARS = 50
GENERIC_SUBJECT = 3  # a subject this short (床位, 人数) may name a part of the subject before it
_LIST_GAP = re.compile(r"\s*[、,和及与]\s*")
_NOW = re.compile(r"目前|当前|现阶段")  # words for the time of writing
_PRESENT = re.compile(r"目前|现有|已有|已经|现已|当前|截至|截止|已建成|已达|全年|年末|年底(?!前)")
_PART_OF_WHOLE = re.compile(r"\s*其中\s*[,:]?")  # a sentence that names a part of the whole counted before it
# the words by which a clause says it reports what is there now (目前已达到42%, 现已建成), against a goal's deadline
# printed before it in its sentence (规划目标为到2025年…达到50%,目前已达到42%); 已 alone is no such word (到2025年底,已建成…
# states what is to be done by then)
_NOW_IN_CLAUSE = re.compile(r"目前|当前|现阶段|现已|现有")
_URBAN_RURAL = ("城市", "农村", "城镇")  # the parts of a 城乡 whole
_CITY_COUNTRY = ("城市", "农村")  # 城乡 spelt out, in the order 分别 lists its parts
_POINT_ROLES = ("point", "deadline", "since", "relative_current", "relative_deadline", "relative_prior_point",
                "relative_next")
_BASE_ROLES = ("base", "relative_prior", "relative_prior2")
_BRACKET_NAME = re.compile(r"[(（]\s*([^()（）]{2,20}?)\s*[)）]\s*$")
_PRICE_AFTER = re.compile(r"\s*[(（]\s*(?P<year>)(?:19|20)\d\d\s*年\s*(?:不变|可比)价")
_PERIOD_WORD = re.compile(r"年末|年底(?!前)|全年|(?<![上去前])年度")
_YEAR_SPAN = re.compile(r"((?:19|20)\d\d)\s*年?\s*(?:-|至|到|—)\s*(?:19|20)\d\d\s*年")
_TIME_POINT = re.compile(r"(?:普查|调查)?标准时点")
KINDS = ["actual", "target", "baseline", "standard", "growth_rate", "change", "change_pp"]
METHODS = ["table", "prose", "unparsed_row", "derived"]
"""How a figure was read: from a parsed table row, from prose, from a table row that could not be
parsed and was read as text instead (its label the subject), or derived from other figures."""

Extraction = namedtuple("Extraction", ["figures", "table_rows", "numbers"])
Dated = namedtuple("Dated", ["date", "basis", "detail", "base_year"])
Dated.__doc__ = """The date of a prose figure: a DateExpr (``date.date`` is the ISO string,
``date.precision`` what was printed: ``2023``, ``2023-12-31``, ``2020-11-01``), how it was found (a
:class:`DateBasis`), the words that say so, and the year a change is measured from."""
Extraction.__doc__ = """What one document yields: ``figures`` (:data:`COLUMNS`), ``table_rows``
(:data:`TABLE_ROW_COLUMNS`) and ``numbers`` (:data:`NUMBER_COLUMNS`: every number that is in no
figure, ``excluded`` with a reason code or ``uncaptured`` with what followed it)."""


def _fmt(number):
    """A computed number as digits, without a spurious ``.0``."""
    return f"{number:.10g}" if not float(number).is_integer() else str(int(number))


# ---------------------------------------------------------------- standard values
def standard_value(kind, number, unit, indicator, value_type, period="", denominator=None,
                   inverse=False, comparator=""):
    """Standard value, unit, conversion note and (possibly flipped) comparator of one figure."""
    registry_unit = "%" if kind == "growth_rate" else info(indicator)["unit_std"]
    if value_type in ("missing", "qualitative"):
        return math.nan, registry_unit, "", comparator
    if kind == "growth_rate" and unit == "倍":  # 增长1.2倍: up by 1.2 times the base, 120%
        return round(number * 100, 10), "%", "growth of 倍 (times the base) x 100", comparator
    if value_type == "ratio":
        if inverse:
            return (round(100 * denominator / number, 4), registry_unit,
                    f"printed as {number:g}:{denominator:g}; inverted to {100 * denominator / number:.2f}%",
                    FLIP[comparator])
        return number / denominator, "ratio", f"{number:g}:{denominator:g} as a number", comparator
    if registry_unit == MONEY_STD and unit in ("元", ""):
        value, unit_std, conv = standardise(number, "元", period or "unspecified", MONEY_STD)
        if not unit:
            conv = "; ".join(filter(None, ["unit 元 not printed", conv]))
        return value, unit_std, conv, comparator
    value, unit_std, conv = standardise(number, unit, period, registry_unit=registry_unit)
    if unit_std == "%" and registry_unit not in ("%", "") and unit in ("%", "‰"):
        unit_std = "%"
    if inverse:
        return value, unit_std, conv + "; inverse alias not convertible", comparator
    return value, unit_std, conv, comparator


@dataclass(slots=True)
class Subject:
    """Which series a figure belongs to and where its name is printed (``span`` in the text)."""

    indicator_id: str
    indicator_zh: str
    span: tuple = (None, None)
    mapping: str = ""
    suggestion: str = ""
    score: float = math.nan
    inverse: bool = False
    subregion_zh: str = ""


@dataclass(slots=True)
class Decision:
    """What a figure is and when, decided once: by :func:`_cell_kind_and_date` for a table cell,
    by :meth:`_Prose.decide` for prose. ``date`` is the ISO text at the printed precision,
    ``basis`` the :class:`DateBasis` (``year_basis`` is display text made from it and ``detail``)."""

    kind: str
    date: str
    year: object
    base_year: object
    basis: object
    detail: str = ""
    kind_cue: str = ""
    growth_basis: str = ""


@dataclass(slots=True)
class Printed:
    """The number as printed: its span, value, unit and what qualifies it. ``digits`` is the
    value written in digits when the text prints it otherwise (Chinese numerals)."""

    span: tuple
    number: float
    unit: str
    value_type: str
    comparator: str = ""
    denominator: object = None
    sign: int = 1
    period: str = ""
    period_basis: str = ""
    digits: object = None


@dataclass(slots=True)
class Source:
    """Where a figure was read: how (``method``), the quote's span, and for a table its row."""

    method: str
    quote_span: tuple
    table_id: object = None
    row_no: object = None
    attribute: str = ""
    status: str = ""


def period_of(indicator, unit, period, basis):
    """``(period, basis)`` of an amount: as decided from its words (``monthly``, ``annual``), or, for an amount a person
    is paid (an indicator in yuan a person a year) in 元 that says no period, ``unspecified``: :func:`standard_value`
    takes it as annual, and the quality check ``period_not_printed`` reports it."""
    if period not in ("", "unspecified"):
        return period, basis
    if unit in ("元", "") and info(indicator)["unit_std"] == MONEY_STD:
        return "unspecified", "not printed"
    return "", ""  # (a row whose indicator a family named anew: not an amount a person is paid after all)


def _row(doc, subject, decision, printed, source, note=""):
    """One figure as a plain row of :data:`COLUMNS` (its standard value computed here)."""
    kind = decision.kind
    value_std, unit_std, conversion, comparator = standard_value(
        kind, printed.number, printed.unit, subject.indicator_id, printed.value_type, printed.period,
        printed.denominator, subject.inverse, printed.comparator)
    period, period_basis = period_of(subject.indicator_id, printed.unit, printed.period, printed.period_basis)
    if kind in _CHANGES and printed.sign < 0 and not math.isnan(value_std):
        value_std = -value_std
        conversion = "; ".join(filter(None, [conversion, f"signed by the verb ({decision.kind_cue})"]))
    if kind == "change_pp":
        unit_std = "pp"
    q0, q1 = source.quote_span
    v0, v1 = printed.span
    reg = info(subject.indicator_id)
    value = printed.digits if printed.digits is not None else digits(doc.norm[v0:v1].strip())
    return {
        "doc": doc.name, "text_file": doc.text_file, "region_zh": doc.region_zh,
        "region_en": doc.region_en, "subregion_zh": subject.subregion_zh, "indicator_id": subject.indicator_id,
        "indicator_zh": subject.indicator_zh, "indicator_en": reg["name_en"], "family": reg["family"] or UNMAPPED,
        "mapping": subject.mapping, "suggested_indicator": subject.suggestion, "suggestion_score": subject.score,
        "date": decision.date or "", "year": decision.year, "base_year": decision.base_year,
        "year_basis": basis_text(decision.basis, decision.detail),
        "date_basis": decision.basis.value if decision.basis else "", "kind": kind,
        "kind_cue": decision.kind_cue, "comparator": comparator, "value": value, "value_text": doc.text[v0:v1],
        "unit": printed.unit, "value_type": printed.value_type, "value_std": value_std, "unit_std": unit_std,
        "conversion": conversion, "period": period, "period_basis": period_basis,
        "growth_basis": decision.growth_basis, "attribute": source.attribute, "status_reported": source.status,
        "char_start": q0, "char_end": q1, "quote": doc.text[q0:q1], "value_start": v0, "value_end": v1,
        "subject_start": subject.span[0], "subject_end": subject.span[1], "line": doc.line_of(v0),
        "method": source.method, "table_id": source.table_id, "row_no": source.row_no, "derivation": "",
        "derived_from": "", "note": note,
    }


def _unit_of(cell_unit, unit_column, indicator_name, header_unit):
    """A table value's unit: its cell's, else its row's unit column's, its label's, its column's or table's. A cell
    that prints only a scale (``1.2万`` beside ``人``) is that scale of the first other unit (``万人``) when that
    one has none of its own."""
    units = [u for u in (cell_unit, unit_column, indicator_name, header_unit) if u and u not in ("-", "—")]
    if len(units) > 1 and units[0] == cell_unit and unit_info(cell_unit)[2] == "scale" \
            and unit_info(units[1])[1] == 1 and unit_info(cell_unit + units[1])[0]:
        return cell_unit + units[1]
    return units[0] if units else ""


# ---------------------------------------------------------------- tables
_LABEL_UNIT = re.compile(r"[(（]\s*([^()（）]{1,10}?)\s*[)）]")


def _label_unit(text):
    """A unit printed in brackets in a label or header (``城市低保平均标准（元/人·月）``)."""
    for m in reversed(list(_LABEL_UNIT.finditer(text or ""))):
        if unit_info(m.group(1).strip())[0]:
            return m.group(1).strip()
    return ""


def table_figures(doc, tables):
    """Figures and row log of the indicator tables.

    Returns
    -------
    tuple of (list of dict, list of dict)
        Figure rows and one log row per table row (parsed, a label row, or unparsed with the reason).
    """
    figures, log = [], []
    plan = doc.doc_type == "plan"
    regions = region_words(doc.region_zh, *doc.parent_regions)  # the document's, once for all its rows
    report = ctx.projects_progress_report(doc.norm)  # 实事…进度: a table of the year's projects and their progress
    for table in tables:
        roles = table_roles(table, doc.reference_year, plan) if table.kind == "indicator" else []
        tasks = [(k, c.text.replace(" ", "")) for k, c in enumerate(table.header)
                 if c is not None and _TASK_COLUMN.search(c.text.replace(" ", ""))] if report else []
        _units_by_column(table, roles)
        period, base = table_period(table.title), table_base_year(table.title)
        row_years = _row_years(table, roles)
        for row in table.rows:
            entry = {"doc": doc.name, "table_id": table.table_id, "table_title": table.title,
                     "layout": table.layout, "kind": table.kind, "row_no": row.row_no,
                     "line": row.line, "status": row.status, "reason": row.reason,
                     "char_start": row.start, "char_end": row.end,
                     "quote": doc.text[row.start:row.end]}
            found = []
            if row.reason == "label row":
                entry.update(status="label", reason="a label for the rows below it")
            elif row.reason == "column numbers":
                entry.update(status="label", reason="the column numbers of a report form (甲, 乙, 1, 2 ...)")
            elif row.status == "parsed" and table.kind == "indicator" and _sentence_cells(row, roles):
                entry.update(status="unparsed", reason=SENTENCE_CELLS,  # 建设…中心30家,新增…2000张。
                             _goal_cells=[(c.start, c.end, r["name"]) for c, r in zip(row.cells, roles)
                                          if c is not None and r["role"] == "value" and r["kind"] == "target"])
            elif row.status == "parsed":
                found = _row_figures(doc, table, row, _dated(roles, row_years, row.row_no), period, regions, base)
                values = [c for c, r in zip(row.cells, roles) if r["role"] in ("value", "growth")]
                if not found and table.kind == "indicator" and values and not any(c is not None and c.text
                                                                                  for c in values):
                    entry.update(reason="no value printed in the row")  # 3.民族乡 | 个 | JZH… | | |
                elif not found and table.kind == "indicator":
                    entry.update(status="unparsed", reason="no value columns recognised in the header")
            entry["n_figures"] = len(found)
            if tasks:  # a task cell of a report on the year's projects states the project's goal
                entry["_goal_cells"] = entry.get("_goal_cells", []) + [
                    (c.start, c.end, name) for k, name in tasks for c in row.cells[k:k + 1] if c is not None and c.text]
            figures += found
            log.append(entry)
        if table.reason:
            log.append({"doc": doc.name, "table_id": table.table_id, "table_title": table.title,
                        "layout": table.layout, "kind": table.kind, "row_no": None, "line": table.line,
                        "status": "unparsed", "reason": table.reason, "n_figures": 0,
                        "char_start": table.start, "char_end": table.end,
                        "quote": doc.text[table.start:table.end]})
    return figures, log


SENTENCE_CELLS = "cells of sentences: read as prose"  # the reason logged for such a row
# the column of a table of the year's projects that states each project's task (实施内容, 重点工作任务(民生实事项目))
_TASK_COLUMN = re.compile(r"(?:实施|实事|建设|项目)内容|工作任务|目标任务")

# a clause's end inside a cell: a cell of sentences, not a value (出台…意见,按不低于…的30%调整…,…达到每人每年10000元以上。)
_CLAUSE_END = re.compile(r"[,;。，；]")
_DIGIT = re.compile(r"\d")


def _sentence_cells(row, roles):
    """Whether a value cell of ``row`` holds sentences rather than a value: text that reads as no value
    (qualitative) and is no one goal phrase (``敬老院新增床位900张``, :func:`_phrase_value`), with a clause's end
    (``,`` ``;`` ``。``) and a number in it. Goal and task tables (考核内容, 工作任务) print their
    targets so (``建设镇街级示范型居家养老服务中心30家,新增养老机构床位2000张。``): the row is read as prose. So is
    a row whose progress or remark cell (完成情况, 备注) reports in sentences with a number
    (``目前已经完成350户签约。``): the number would be lost in a cell read as no value."""
    for cell, role in zip(row.cells, roles):
        if role["role"] not in ("value", "growth", "status", "note") or cell is None or not cell.text:
            continue
        text = cell.text
        if _CLAUSE_END.search(text) and _DIGIT.search(text) \
                and parse_value(text).value_type == "qualitative" and _phrase_value(cell) is None:
            return True
    return False


def _row_years(table, roles):
    """``{row_no: year}`` of a table whose rows are years (a 年份 column: ``2018 | 120 | 8000``)."""
    column = next((k for k, r in enumerate(roles) if r["role"] == "period"), None)
    if column is None:
        return {}
    out = {}
    for row in table.rows:
        cell = row.cells[column] if column < len(row.cells) else None
        m = ROW_YEAR.fullmatch(cell.text.strip()) if cell is not None else None
        if m:
            out[row.row_no] = int(m.group(1))
    return out


def _dated(roles, row_years, row_no):
    """The roles of one row of a table whose rows are years: each value column takes the row's
    year, as a baseline before the table's latest year and as printed (actual) in it."""
    year = row_years.get(row_no)
    if year is None:
        return roles
    latest = max(row_years.values())
    return [dict(r, year=year, kind="baseline" if year < latest else "actual")
            if r["role"] == "value" and r["kind"] == "actual" and not r["year"] else r for r in roles]


def _units_by_column(table, roles):
    """A unit line that names one unit per value column, in order (``单位：人、%`` over 人口数 and
    比重), gives each column its unit; else one that names one unit per row of values (``单位：个、张、人``
    beside 养老机构, 养老床位, 城市低保对象) gives each row its unit, and one of an amount's unit and ``%`` over
    columns of amounts and of growth (``单位:元、%`` over 总量 and 增长) gives the amounts the first. A column's
    or a row's unit must fit its values (:func:`_can_be`: no fraction of a person, no share above 100:
    ``单位:人、万元`` over 本月 and 累计 with a row of 512.3 is a unit a row); where neither does,
    or the units count neither rows nor columns, each value column takes the one unit of the list that all its
    values fit (``单位:人、%`` over 常住人口 and the shares of five age groups), when every column fits exactly one
    and every unit is taken. Either way the table then has no single unit, and a list of units that fits no
    such reading is no unit of any value: nothing is guessed."""
    units = [u.strip() for u in re.split(r"[、,/]", table.unit)] if "、" in table.unit else []
    if len(units) < 2 or not all(unit_info(u)[0] for u in units):
        return
    columns = [r for r in roles if r["role"] == "value"]
    rows = [r for r in table.rows if r.status == "parsed" and r.reason != "label row"]
    years = [r["year"] for r in columns]
    fits = [[u for u in units if all(_can_be(u, row.cells[k].text) for row in rows
                                     if k < len(row.cells) and row.cells[k] is not None)]
            for k, r in enumerate(roles) if r["role"] == "value"]  # the units each value column's values fit
    if len(units) == len(columns) and not (all(years) and len(set(years)) == len(years)) \
            and all(unit in fit for unit, fit in zip(units, fits)):  # columns of years
        for role, unit in zip(columns, units):  # measure one thing at several dates: they share a unit
            role["unit"] = role["unit"] or unit
    elif len(units) == 2 and units[1] == "%" and any(r["role"] == "growth" for r in roles):
        for role in columns:  # 单位:元、% over 总量 and 增长: the amounts', then the growth rates' unit
            role["unit"] = role["unit"] or units[0]
    elif len(units) == len(rows) and all(_holds(unit, row, roles) for row, unit in zip(rows, units)):
        for row, unit in zip(rows, units):
            row.unit = row.unit or unit
    else:  # 单位:人、% over 常住人口 and the shares of age groups: each column takes the one unit its values fit
        if fits and all(len(f) == 1 for f in fits) and {f[0] for f in fits} == set(units):
            for role, fit in zip(columns, fits):
                role["unit"] = role["unit"] or fit[0]
    table.unit = ""


def _can_be(unit, text):
    """Whether a cell's number can be in ``unit``: a count of whole things (人, 个) holds no fraction, and a
    share in ``%`` of a whole is at most 100; any other unit, or a cell without a number, can be."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if not m:
        return True
    _, scale, dimension = unit_info(unit)
    if scale == 1 and dimension in _WHOLE:
        return "." not in m.group()
    if unit == "%":
        return float(m.group().replace(",", "")) <= 100
    return True


_WHOLE = ("persons", "count", "beds", "households", "person_times")  # dimensions of things counted whole


def _holds(unit, row, roles):
    """Whether every value of ``row`` can be in ``unit``: a unit of things counted whole, unscaled (人, 个, 张,
    户), holds no fraction (``18.21`` is no number of persons: ``单位:人、%`` then names the units of columns, not
    of the two rows), unless the row's label counts them per head (``每千人口床位数``, ``人均``): a rate of whole
    things is a fraction of them."""
    cells = [c for c, r in zip(row.cells, roles) if r["role"] == "value" and c is not None]  # growth: its own %
    label = next((c.text for c, r in zip(row.cells, roles) if r["role"] == "indicator" and c is not None), "")
    return _PER_HEAD.search(label) is not None or all(_can_be(unit, c.text) for c in cells)


_PER_HEAD = re.compile(r"每[十百千万]+[人户名]|每[十百千万]*(?:人口|老人|老年人|户)|人均|户均")


_PHRASE_VALUE = re.compile(r"^(?P<words>[\u4e00-\u9fff“”\"、()（）]*?[\u4e00-\u9fff”)）])\s*"
                           r"(?P<value>(?:不低于|不少于|不超过|达到|超过|约)?\s*\d[\d,]*(?:\.\d+)?\s*\S{1,6})$")


def _phrase_value(cell):
    """A value cell that states its value in words (a goal: ``敬老院新增床位900张``,
    ``城市低保月人均保障标准不低于330元``) as ``(words, value)`` cells, or None: the words name what the
    number counts, and the number with its unit is the value."""
    m = _PHRASE_VALUE.match(cell.text)
    if not m or parse_value(cell.text).value_type != "qualitative":
        return None
    value = m.group("value")
    parsed = parse_value(value)
    if parsed.value_type != "number" or not parsed.unit:
        return None
    return (Cell(m.group("words"), cell.start + m.start("words"), cell.start + m.end("words"), cell.line),
            Cell(value, cell.start + m.start("value"), cell.start + m.end("value"), cell.line))


# a value cell that prints its value's own year under or after it (21.5(2024年) in a column of 2025年): that year
_OWN_YEAR = re.compile(r"^(?P<value>.*?\d.*?)\s*\(\s*(?P<year>(?:19|20)\d\d)\s*年?\s*\)\s*$", re.S)
# a value cell whose words say what its number is: a plan period's yearly growth, a change over a span printed in it
# (“十四五”年均增长4.0, 2021-2024年累计降低8.2, “十四五”累计新增160); the number with its comparator and 左右 is the value
_WORDED_VALUE = re.compile(r"^(?P<words>[^\d]*(?:(?:19|20)\d\d\s*[-—~至]\s*(?:19|20)\d\d\s*年)?[^\d]*?"
                           r"(?P<verb>年均增长|年均增速|年均|增长|增速|降低|下降|提高|减少|增加|新增))\s*"
                           r"(?P<value>[≥≤><]?\s*\d[\d,]*(?:\.\d+)?\s*%?\s*(?:左右|以上|以下)?)\s*$", re.S)
_WORDED_SPAN = re.compile(r"(?:19|20)\d\d\s*[-—~至]\s*((?:19|20)\d\d)\s*年")


def _own_year(cell):
    """``(value cell, year)`` of a value cell that prints its own year in brackets after the value, else None."""
    m = _OWN_YEAR.match(cell.text)
    if not m or parse_value(m.group("value")).value_type != "number":
        return None
    return Cell(m.group("value"), cell.start, cell.start + m.end("value"), cell.line), int(m.group("year"))


def _worded_value(cell):
    """``(value cell, verb, year)`` of a value cell whose words before its number say what the number is
    (``“十四五”年均增长4.0``: a yearly growth; ``2021-2024年累计降低8.2``: a fall over 2021-2024, of 2024), ``year``
    the end of a span the words print (else None); else None."""
    if not _DIGIT.search(cell.text) or parse_value(cell.text).value_type != "qualitative":
        return None
    m = _WORDED_VALUE.match(cell.text)
    if not m or parse_value(m.group("value")).value_type != "number":
        return None
    span = _WORDED_SPAN.search(m.group("words"))
    return (Cell(m.group("value"), cell.start + m.start("value"), cell.start + m.end("value"), cell.line),
            m.group("verb"), int(span.group(1)) if span else None)


_TITLE_NUMBER = re.compile(r"^(?:表\s*)?[\d一二三四五六七八九十]+(?:\s*[-—.－]\s*\d+)*\s*[:：、.]?\s*|^表\s*")  # 表3, 15-3, 表2-1:
_PLACES = r"(?:地区|省|市|县|区|州|盟|乡镇|街道)(?:区|市|县)?"
_TITLE_SPREAD = re.compile(rf"^(?:主要年份|历年|全省|全市|全县|全区)?(?:(?:按|分){_PLACES}分?|各{_PLACES})?的?")
_TITLE_TAIL = re.compile(r"(?:基本情况|情况|统计|一览表|表)$")


def _title_subject(title):
    """What a table of places by period counts, from its title: ``表3 各县(市、区)养老机构床位数(2021-2023年)`` counts
    养老机构床位数 (the title's number, its brackets, the words that spread it over places or years and a closing
    情况/统计 taken off); '' when nothing is left."""
    text = _TITLE_NUMBER.sub("", re.sub(r"[(（][^()（）]*[)）]", "", title or "").replace(" ", "").strip())
    return _TITLE_TAIL.sub("", _TITLE_SPREAD.sub("", text))


def _column_place(name, regions):
    """The place a value column names (``市区`` beside ``金华市``), when it is part of the document's
    region and not the whole (全市, the region itself) nor a part of 城乡 (城镇, 农村)."""
    name = name.strip()
    if not name or not ctx.is_place(name) or name.startswith("全") or _COLUMN_PART.search(name) or name in regions:
        return ""
    return name


_GROUP_COLUMN = re.compile(r"(?:领域|类别|分类|类型|方面|板块)$")
_LINE_BREAK = re.compile(r"[^\S\n]*\n\s*")
_SUBHEAD = re.compile(r"^(?:其中|#)\s*[:：]?\s*")  # 其中: before a row's label, a part of the row above
_WHOLE_OR_PART = re.compile(f"^(?:城乡|{'|'.join(_URBAN_RURAL)})")  # a name that opens with 城乡 or one of its parts
# the parts of a whole a name may hold, each set with its whole: 城乡 (城市, 农村, 城镇), the sexes (男性, 女性)
_PART_SETS = (re.compile(f"城乡|{'|'.join(_URBAN_RURAL)}"), re.compile("男性|女性"))


def _sibling_names(part, names):
    """``names`` with their whole or other part replaced by ``part``: for a clause that names only its part after a
    figure of another (城市低保标准为800元,农村为650元: 农村低保标准; 男性人口120万人,女性115万人: 女性人口)."""
    out = []
    for pattern in _PART_SETS:
        if pattern.fullmatch(part):
            out += [pattern.sub(part, name, count=1) for name in names if pattern.search(name)]
    return out


def _label_lost(row, roles):
    """A row of a PDF or web page converted without its label column: only values, under a header whose every
    column is a year's values (``2022 2023 2022 2023 …`` over ``13  12  3531  3325 …``); its cells are still
    the figures of their columns' years."""
    filled = [c for c in row.cells if c is not None and c.text]
    return len(filled) >= 2 and len(row.cells) == len(roles) and all(is_numeric(c.text) for c in filled) \
        and all(r["role"] == "value" and r["year"] for r in roles)


def _row_figures(doc, table, row, roles, period, regions, base=None):
    """The figures of one parsed row, one per value printed in its value and growth cells.

    A table prints thousands of cells, so what depends only on the document (``regions``) is worked
    out once by the caller, and what depends only on the row (its label, its years, its :class:`Source`)
    once per row, not once per cell."""
    cells = dict(enumerate(row.cells))
    by_role = {}
    for i, r in enumerate(roles):
        if r["role"] not in ("value", "growth") and cells.get(i) is not None:
            by_role.setdefault(r["role"], cells.get(i))
    labels = [i for i, r in enumerate(roles) if r["role"] == "indicator"]
    if len(labels) > 1 and _GROUP_COLUMN.match(roles[labels[0]]["name"]) and cells.get(labels[-1]) is not None \
            and cells[labels[-1]].text:
        # a group's column (类别, 领域) beside the label's (指标名称): the label names the row, the group only groups it
        # (and is empty on all but the group's first row)
        by_role["indicator"] = cells[labels[-1]]
    name_cell = by_role.get("indicator") or by_role.get("region") or by_role.get("period")
    if name_cell is None:
        name_cell = next((c for c in row.cells if c is not None and c.text and not is_numeric(c.text)), None)
    if name_cell is None and _label_lost(row, roles):
        name_cell = Cell("", row.start, row.start, row.line)  # a converted page's row whose label was lost
    if name_cell is None:
        return []
    name = doc.text[name_cell.start:name_cell.end]
    period_row = "period" in by_role and by_role["period"] is name_cell
    region_row = ("region" in by_role and by_role["region"] is name_cell) or period_row
    # a name broken over lines (细颗粒物(PM / 2.5 / )浓度) is one name: its line breaks are no part of it
    label = _LINE_BREAK.sub("", _SUBHEAD.sub("", doc.norm[name_cell.start:name_cell.end]).strip())
    stacked_labels = [p.strip() for p in label.split(" / ")] if " / " in label else []
    if stacked_labels and " " in stacked_labels[0]:
        head, _, first = stacked_labels[0].rpartition(" ")
        stacked_labels[0] = first
        label = head
    parent = row.parent or ""
    unit_cell = by_role.get("unit")
    unit_text = re.sub(r"\s+", "", unit_cell.text) if unit_cell else ""  # a unit broken over lines (万人次/ / 万吨)
    # two indicators in one row (机场旅客/货邮吞吐量 | 万人次/万吨 | 8358/244): the units in the order of the values
    unit_parts = unit_text.split("/") if "/" in unit_text and not unit_info(unit_text)[0] else []
    unit_parts = unit_parts if all(unit_info(u)[0] for u in unit_parts) else []
    attribute_cell, status_cell = by_role.get("attribute"), by_role.get("status")
    attribute = ATTRIBUTES.get(attribute_cell.text.replace(" ", ""), attribute_cell.text) if attribute_cell else ""
    phrases = {i: _phrase_value(cells[i]) for i, r in enumerate(roles)
               if r["role"] == "value" and cells.get(i) is not None and cells[i].text}
    phrase_cell = next((p for p in phrases.values() if p), None)
    if phrase_cell and not region_row:  # 城市低保月人均保障标准不低于330元: the row's own words name it
        name_cell = phrase_cell[0]
        name = label = doc.text[name_cell.start:name_cell.end]
    label_unit = _label_unit(label) or _label_unit(parent)
    values = [r for r in roles if r["role"] in ("value", "growth")]
    unnamed = len(values) > 1 and not any(r["name"] for r in values)  # a header that could not be read
    years = sorted({r["year"] for r in roles if r["role"] == "value" and r["year"]})  # the row's years, once
    # the shift of a column of the previous period (上年数, 上年同期) beside the current one: what its growth is from
    prior = next((r["shift"] for r in roles if r["role"] == "value" and r["kind"] == "baseline" and r["shift"]), "")
    source = Source("table", (row.start, row.end), table.table_id, row.row_no, attribute,
                    doc.text[status_cell.start:status_cell.end] if status_cell else "")  # the row's, for all its cells
    counted = _title_subject(table.title) if region_row and not period_row else ""  # what a table of places counts
    out = []
    for i, role in enumerate(roles):
        cell = cells.get(i)
        if phrases.get(i):
            cell = phrases[i][1]
        if role["role"] == "status" and cell is not None and is_numeric(cell.text):
            role = dict(role, role="value", kind="actual")  # a 完成情况 cell that prints the value reached
        if role["role"] not in ("value", "growth") or cell is None or not cell.text:
            continue
        own = _own_year(cell)
        if own:  # 21.5(2024年) in the column of 2025年: the value of the year it prints
            cell, role = own[0], dict(role, year=own[1])
        worded = _worded_value(cell)
        if worded:
            cell = worded[0]
        ends = _range_ends(cell.text)
        named = [] if ends else _named_parts(cell.text)
        parts = [(a, b) for a, b, _ in ends] if ends else [(a, b) for a, b, _ in named] or stacked_spans(cell.text)
        for k, (part_start, part_end) in enumerate(parts):
            part = cell.text[part_start:part_end]
            parsed = parse_value(part)
            if ends and _CUMULATIVE_RANGE.match(cell.text):  # [25-27]: a range of totals over the plan period
                parsed = _replace(parsed, cumulative=True)
            offset = cell.start + part_start
            note = {"missing": f"printed {part!r}: no value",
                    "qualitative": "qualitative: no number"}.get(parsed.value_type, "")
            sub = ""
            if ends:
                note = "; ".join(filter(None, [note, f"{ends[k][2]} end of a printed range"]))
            elif named:
                sub = named[k][2]
                note = "; ".join(filter(None, [note, f"the value of {sub}, named in the cell"]))
            elif len(parts) > 1:
                sub = stacked_labels[k] if len(stacked_labels) == len(parts) else ""
                note = "; ".join(filter(None, [note, f"value {k + 1} of {len(parts)} stacked in the cell"
                                               + (f" ({sub})" if sub else "")]))
            if parsed.cumulative:
                note = "; ".join(filter(None, [note, "printed in [ ]: cumulative over the period"]))
            if parsed.mark:
                note = "; ".join(filter(None, [note, f"footnote mark {parsed.mark} after the value"]))
            # 占比(%), 完成率(%): a share of the row's count, in the column's unit (not a growth column's [ ] total: [1]
            # under 年均增长(%) beside 人均预期寿命(岁) is a change in years)
            share = role["role"] == "value" and role["unit"] in ("%", "‰")
            printed_unit = unit_parts[k] if len(parts) == len(unit_parts) > 1 else unit_text
            unit = _unit_of(parsed.unit, printed_unit if not share else "", "" if share else label_unit,
                            role["unit"] or row.unit or table.unit) if parsed.value_type in ("number", "ratio") \
                else parsed.unit
            if role["role"] == "growth" and not parsed.cumulative:
                unit = (parsed.unit or role["unit"] or "%") if parsed.value_type == "number" else ""
            money = unit_info(unit)[2] == "money"
            standard = money and "标准" in (label + parent + role["name"])  # (a row's, or its column's: 保障标准)
            decision = _cell_kind_and_date(doc, years, role, parsed, period, standard, prior, base, worded)
            if decision.kind in ("actual", "baseline", "target") and unit in ("%", "") and parsed.value_type == "number" \
                    and _GROWTH_ROW.search(_BRACKETS.sub("", label)) and role["role"] == "value" \
                    and not any(r["role"] == "growth" for r in roles):
                # a row named an average yearly growth (GDP年均增长10%以上, 收入年均增长(%)): its values are growth rates
                # of their columns' years, planned in a goal's column; in a table that prints the growth of each row
                # (2015年 | 2020年 | 增长比例) they are levels whose growth it prints (15 → 24.87: 65.8%)
                decision = _replace(decision, kind="growth_rate", growth_basis="annual_planned"
                                               if decision.kind == "target" else "annual")
            # a column that names only a period (2021年) in a table of places says when, not what: the title says what
            column = counted if counted and names_a_period(role["name"]) else role["name"]
            name_ = label if not region_row else column
            candidates = [name_, f"{parent}{name_}", f"{name_}{sub}", f"{sub}{parent}{name_}"]
            if name_ in _URBAN_RURAL and parent:  # 城市 under 最低生活保障人数: the part of the whole above it
                candidates.insert(0, name_ + _WHOLE_OR_PART.sub("", parent))
            part = _COLUMN_PART.search(role["name"])
            if part and not region_row:  # a column of 2020年 split into 城市 | 农村: 城市低保标准
                candidates.insert(0, part.group() + _WHOLE_OR_PART.sub("", name_))
            if region_row or not _maps(name_, regions):
                candidates.append(f"{name_}{role['name']}")
            if _AGE_BAND.fullmatch(name_) and "人口" in table.title + parent:  # 60周岁及以上 in 年末人口数及其构成
                share = unit == "%" or bool(_SHARE_COLUMN.search(role["name"]))  # 比重(%), or 比重 with no unit
                people = unit_info(unit)[0] == "persons" or not unit and bool(_PEOPLE_COLUMN.search(role["name"]))
                candidates += [f"{name_}人口占总人口比重"] if share else [f"{name_}人口"] if people else []
            indicator, inverse, how, suggestion, score = _map_first(candidates, regions)
            if unnamed and indicator != UNMAPPED:  # 总计 52310 21840 3120 under no column names: which of the row's
                note = "; ".join(filter(None, [note, f"column {i} of a header that names no column: no indicator"]))
                indicator, inverse, how, suggestion, score = UNMAPPED, False, "", indicator, math.nan  # values is it?
            elif parsed.value_type == "number" and not unit_fits(indicator, unit, decision.kind):
                note = "; ".join(filter(None, [note, f"{unit} is not the unit of {indicator}"]))
                indicator, inverse, how, suggestion, score = UNMAPPED, False, "", indicator, math.nan
            subject = Subject(indicator, name if not region_row else column, (name_cell.start, name_cell.end),
                              how, suggestion, score, inverse or False,
                              name.strip() if region_row and not period_row and not name.strip().startswith("全")
                              else sub or _column_place(role["name"], regions))
            money_period = period_of_unit(unit) if money else ""
            printed = Printed((offset + parsed.start, offset + parsed.end), parsed.number, unit,
                              parsed.value_type, parsed.comparator, parsed.denominator,
                              period=money_period, period_basis="printed" if money_period else "")
            out.append(_row(doc, subject, decision, printed, source, note))
    return out


# the name of a row of average yearly growth rates (年均增长, 年均增速, 年平均增长率), not of a level (自然增长率)
# or named a growth and nothing after it (地区生产总值(GDP)增长(%): its yearly growth)
_GROWTH_ROW = re.compile(r"年均(?:增长|增速|增幅)|年平均增长|(?:增长|增速|增幅)率?$")
_BRACKETS = re.compile(r"\([^()]*\)")
# a row that names an age band (0-14岁, 60周岁及以上): in a table of the population, its people or their share
_AGE_BAND = re.compile(r"\d{1,3}(?:\s*[-—~～至]\s*\d{1,3})?\s*周?岁(?:及以上|以上|及以下|以下)?")
_SHARE_COLUMN = re.compile(r"比重|占比|构成|%")  # a column of shares
_PEOPLE_COLUMN = re.compile(r"人口|人数")  # a column of people counted (人口数) that prints no unit
_COLUMN_PART = re.compile(f"(?:{'|'.join(_URBAN_RURAL)})$")  # the part of a 城乡 whole a column holds


_REACHED_COLUMN = re.compile(r"实际|完成")  # a column of values reached (完成情况, 2025年完成值, 实际值)


def _cell_kind_and_date(doc, years, role, parsed, period, standard=False, prior="", base=None, worded=None):
    """The :class:`Decision` of a table cell: its column's (:func:`_column_kind_and_date`), unless the cell's own words
    say what its number is (``worded``, :func:`_worded_value`): a yearly growth (``“十四五”年均增长4.0``: planned in a
    goal's column) or a change over a span (``2021-2024年累计降低8.2``), a growth rate, of the span's end where the words
    print one; a count of what is new (``累计新增160``) keeps its column's kind."""
    decision = _column_kind_and_date(doc, years, role, parsed, period, standard, prior, base)
    if worded and worded[1] not in ("新增", "增加"):
        annual = worded[1].startswith("年均")
        decision = _replace(decision, kind="growth_rate", growth_basis=(
            "annual_planned" if decision.kind == "target" else "annual") if annual else "total")
    if worded and worded[2]:
        decision = _replace(decision, year=worded[2], date=str(worded[2]), basis=DateBasis.PRINTED_IN_CLAUSE)
    return decision


def _column_kind_and_date(doc, years, role, parsed, period, standard=False, prior="", base=None):
    """The :class:`Decision` of a table cell (its kind, year, base year and date basis), decided
    once from its column.

    A cell's period is its column's year, else the report period of the table's title or form
    head (``period``: year, month, quarter), else the document's reference year. A column of the
    previous report (``上期``, ``上年同期``) holds baselines of the period before (a year before, or
    the previous month or quarter). A 年均增长 cell is the growth rate from the first year column
    to the last; a 环比/同比 cell the change from the previous report or from a year before; a
    ``[ ]`` value in a growth column is the plan's cumulative target. An ``actual`` dated after
    the document is a target; a target with no year of its own (a column of 目标值 in a plan's
    evaluation table) is dated at the end of the document's plan period. A level in money on a row
    named a standard (``standard``: 低保标准, 元) is a ``standard``, whatever its column. A row named a growth rate
    (年度增速) is an indicator like any other: its cells are its values in their columns' years, of their
    columns' kinds, as a plan's table treats them when it prints their growth (15 → 24.87: 65.8%).
    ``years``: the years of the row's value columns, in order; ``prior``: the shift of a column of the previous
    period beside the current one (本年数 | 上年数 | 增减(%): the growth is from the year before). A column of base values
    that prints no year (基期值, 现状值) is of ``base``, the year before the span or plan period the table's title
    names (:func:`table_base_year`), else of the year before the document's plan period starts."""
    p_year, month, quarter = period
    if p_year:
        year, basis = p_year, DateBasis.TABLE_TITLE
    else:
        year, basis = doc.reference_year, DateBasis.DOCUMENT_REFERENCE
    if role["role"] == "growth" and not parsed.cumulative:
        if years:
            year, basis = max(years), DateBasis.COLUMN_HEADER
        shift = role["shift"] or prior
        base_year = min(years) if len(years) > 1 else (previous_year(year, shift, month, quarter) if shift else None)
        return Decision("growth_rate", str(year) if year else "", year, base_year,
                        basis if year else DateBasis.COLUMN_HEADER, growth_basis=role["basis"])
    if role["role"] == "growth":
        year = max(years) if years else None
        return Decision("target", str(year) if year else "", year, None, DateBasis.COLUMN_HEADER)
    if role["kind"] == "change":  # 增减量 beside 2021年 and 2022年: the change from the first to the last
        if years:
            year, basis = max(years), DateBasis.COLUMN_HEADER
        base_year = min(years) if len(years) > 1 else None
        return Decision("change", str(year) if year else "", year, base_year, basis)
    if role["year"]:
        year, basis = role["year"], DateBasis.COLUMN_HEADER
    elif role["shift"]:
        year = previous_year(year, role["shift"], month, quarter)
    elif role["kind"] == "baseline" and (base or doc.period_start):  # 基期值 with no year: the year the period
        year, basis = (base, DateBasis.TABLE_TITLE) if base else (doc.period_start - 1, DateBasis.PLAN_PERIOD)
    kind = role["kind"]
    if standard and kind in ("actual", "baseline", "target"):
        kind = "standard"
    elif kind == "actual" and year and doc.reference_year and \
            doc.reference_year < year <= doc.reference_year + PLAUSIBLE_YEARS and not _REACHED_COLUMN.search(role["name"]):
        kind = "target"  # (unless the column's name says its values were reached: 完成情况, 实际值)
    if kind == "target" and basis is DateBasis.DOCUMENT_REFERENCE and doc.period_end:
        year, basis = doc.period_end, DateBasis.PLAN_PERIOD  # a goal with no year: the plan's end, as in prose
    return Decision(kind, str(year) if year else "", year, None, basis)


def _maps(subject, regions):
    return map_subject(subject, regions)[0] != UNMAPPED


def _map_first(candidates, regions):
    """The first candidate subject that maps, else the first one's suggestion."""
    first = None
    for candidate in candidates:
        if not candidate.strip():
            continue
        found = map_subject(candidate, regions)
        first = first or found
        if found[0] != UNMAPPED:
            return found
    return first or (UNMAPPED, False, "", "", math.nan)


_RANGE_CELL = re.compile(r"^\s*(?P<open>[\[【〔])?\s*(?P<a>\d+(?:\.\d+)?)\s*(?P<u>%|‰)?\s*(?:-|~|～|—|–|至|到)\s*(?P<b>\d+(?:\.\d+)?)\s*(?:%|‰)?\s*(?P<close>[\]】〕])?\s*$")


def _range_ends(text):
    """``[(start, end, "lower"), (start, end, "upper")]`` of a range printed in one cell
    (``15-20``, ``30%~35%``, ``2至3``), the unit printed after the upper end shared; None for any
    other cell, and for a span of years (``2021-2025``)."""
    m = _RANGE_CELL.match(text)
    if not m or all(re.fullmatch(r"(?:19|20)\d\d", m.group(g)) for g in ("a", "b")) \
            or bool(m.group("open")) != bool(m.group("close")):
        return None
    if float(m.group("a")) >= float(m.group("b")):
        return None  # not a range from low to high: a code or a date
    upper_end = m.start("close") if m.group("close") else len(text.rstrip())
    return [(m.start("a"), m.end("u") if m.group("u") else m.end("a"), "lower"), (m.start("b"), upper_end, "upper")]


_CUMULATIVE_RANGE = re.compile(r"^\s*[\[【〔]")  # a range in the brackets of a cumulative value


_PART_VALUE = re.compile(r"(?P<part>[\u4e00-\u9fff]{1,4})\s*[:：]\s*(?P<value>-?\d[\d,]*(?:\.\d+)?\s*%?)")


def _named_parts(text):
    """``(start, end, part)`` of each value a cell prints after its part's name and a colon (``城市:13.5 农村:15.2``),
    or [] when the cell holds anything else."""
    found = list(_PART_VALUE.finditer(text))
    rest = _PART_VALUE.sub("", text).strip(" ,，;；、")
    return [(m.start("value"), m.end("value"), m.group("part")) for m in found] if found and not rest else []


# ---------------------------------------------------------------- prose
_COMPARED_PLAN = re.compile(r"(?:比|较|与|同|相较于|相比)[“\"]?\Z")


def _in_spans(pos, starts, spans):
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i][1]


_ANNUAL_OVER = re.compile(r"\s*年均")  # after a plan period's name: a yearly average over the period
_RANGE_BETWEEN = re.compile(r"\s*(?:至|到|-|~|—|～)\s*")  # between the two ends of a range
_LISTED_BETWEEN = re.compile(r"\s*[、和及与]\s*")  # between two values of a list


class _Prose:
    """Turns the quantity mentions of one document's prose into figure rows."""

    def __init__(self, doc, table_spans, goal_cells=()):
        self.doc, self.norm = doc, doc.norm
        self.sents = ctx.sentences(self.norm, table_spans)
        self.sent_starts = [s for s, _ in self.sents]
        self.goals = prints_targets(doc.doc_type)  # whether the document's type may set goals
        # a report of one year counts 今年 from its own year: a communiqué always, a work report or summary when its page
        # was put online after that year (2024年工作总结, 发布时间:2025-01-08: 今年以来 is 2024)
        published = published_year(self.norm)
        self.dates = DateIndex(self.norm, doc.reference, self.goals,
                               own_year=reports_one_year(doc.doc_type) and (
                                   not self.goals or bool(published and doc.reference_year
                                                          and doc.reference_year < published)))
        self.regions = region_words(doc.region_zh, *doc.parent_regions)
        self.plan_base = doc.period_start - 1 if doc.period_start else None
        self.current, self.period_word = _reference_period(self.norm, doc.reference)
        self._leads, self._statements = {}, {}
        self.goal_cells = sorted(goal_cells)  # (start, end, column name) of the cells of goal columns read as prose
        self._announcements = [(a, ann) for a in self._paragraphs_naming("目标")
                               for ann in [ctx.goal_announcement(self.norm, a)] if ann]
        # the sections that set out what is to be done: a report's work planned, a plan's boxes of projects
        self._work_plans = (ctx.work_plan_sections(self.norm, doc.reference_year) if "工作" in self.norm else []) \
            + (ctx.box_sections(self.norm) if self.goals and "专栏" in self.norm else [])
        self._plan_statements = {}  # _plan_statement by (sentence, a money figure): the same for every figure alike
        # a notice by its type, or by the words of its head that announce the year's projects (民生工程…公示)
        self.notice = reports_no_actuals(doc.doc_type) or bool(ctx.projects_notice(self.norm, doc.reference_year))
        self.projects_report = ctx.projects_progress_report(self.norm)  # 实事…进度: each numbered item opens with a goal
        # the census rounds named (第七次全国人口普查), in text order, for _census_named (most texts name none)
        self._census = [d for d in self.dates.dates if d.role == "census"]
        self._census_starts = [d.start for d in self._census]

    def sentence_of(self, pos):
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if i >= 0 and pos < self.sents[i][1]:
            return i
        return None

    # ---- dates
    def date_of(self, cues, kind):
        """The :class:`Dated` of a mention whose words say ``kind`` (from :func:`ctx.kind_of`).

        Stages, in order: a value compared with or changed from is dated by :meth:`_from_date`;
        a date printed in its clause, then earlier in its item (the part of the sentence after the
        last ``;``), an as-of date (截至) never dating a goal nor a deadline a from-value; after a word
        for "now" (目前) in its item, the as-of date printed later in its sentence; the
        date leading its sentence (到2025年, 截至2021年底, also after the plan that states it:
        《规划》提出,上海到2025年); a named plan period (“十四五”末); a date leading an earlier
        sentence of its paragraph (a deadline there dates goals, not what is there now: 目前已有); for a target, the plan period of the
        document or of the plan it names; else the reference period (年末, 全年, a census
        standard time point) or the document's reference date. A comparison date (比2020年,
        相较于2020年, 比上年, 2016年以来) gives ``base_year`` and never the date.
        """
        sent, c0, m = cues.sent, cues.clause_start, cues.mention
        resolve = lambda d: self.dates._resolve(d, self.doc.reference_year)  # noqa: E731
        item_start = max(sent[0], self.norm.rfind(";", sent[0], c0) + 1)
        base_year = self._base_year(item_start, c0, m.start, resolve, kind, sent[0])
        if kind == "baseline":
            dated = self._from_date(cues, item_start, resolve)
            if dated:
                return dated
        price = _PRICE_AFTER.match(self.norm, m.span_end)  # 2300元(2010年不变价): the year of the amount's prices
        prices = [d for d in self.dates.between(m.span_end, price.end()) if d.role == "computation_basis"] if price else []
        if prices and prices[0].start == price.end("year"):
            return Dated(resolve(prices[0]), DateBasis.PRINTED_IN_CLAUSE, "", base_year)
        for lo, hi, basis in ((c0, m.start, DateBasis.PRINTED_IN_CLAUSE),
                              (item_start, c0, DateBasis.PRINTED_IN_SENTENCE)):
            points = [d for d in self.dates.between(lo, hi)
                      if (d.role in _POINT_ROLES or d.role == "computation_basis" and basis is DateBasis.PRINTED_IN_CLAUSE
                          and self.norm[d.start - 1:d.start] not in ("(", "（"))  # (a label's price base: 总值(2010年不变价))
                      and not (d.role == "relative_prior_point" and self.norm.startswith("度", d.end)
                               and (basis is DateBasis.PRINTED_IN_SENTENCE or self.norm[m.start - 1:m.start] == "的"))
                      and not (kind == "target" and self.norm.startswith(("截至", "截止"), d.start))
                      and not (kind == "baseline" and d.role == "deadline")]
            if points and basis is DateBasis.PRINTED_IN_SENTENCE and self._goal_against_now(points[-1], kind, c0, m.start):
                points = []
            d = resolve(points[-1]) if points else None
            if d and d.role == "since" and d.year and self.current and self.current.year and d.year > self.current.year:
                return Dated(_year_date(d.year), basis, "", base_year)  # 明年1月1日起…调整为: in force from then
            if d and d.role == "since" and kind == "standard" and d.month and self.norm[d.start:d.end].endswith("起"):
                return Dated(d, basis, "", base_year)  # 从2022年11月1日起,执行的…标准: in force from that day (a
                # year alone, 2016年起,…由420元调整至650元, starts a span, as 以来 does)
            if d and d.role == "since":
                return Dated(self.current, DateBasis.SINCE_YEAR, str(d.year), base_year or d.year)
            if d:
                return Dated(d, basis, "", base_year)
        if kind != "target" and _NOW.search(self.norm, item_start, m.start):  # 目前,…420元,…,截至2014年10月,…:
            as_of = [d for d in self.dates.between(m.end, sent[1])  # "now" is the as-of date the sentence prints
                     if d.role == "point" and self.norm.startswith(("截至", "截止"), d.start)]
            d = resolve(as_of[0]) if as_of else None
            if d:
                return Dated(d, DateBasis.PRINTED_IN_SENTENCE, "", base_year)
        lead = self.dates.lead(sent[0], sent[1])
        if lead and (kind == "target" and lead.role != "deadline" and not self._after_document(lead)
                     or kind == "baseline" and lead.role == "deadline"):
            lead = None  # a goal is dated by a deadline or a year after the document's; the value changed from never is
        if lead and self._goal_against_now(lead, kind, c0, m.start):
            lead = None
        if lead and lead.start < c0:
            d = resolve(lead)
            if d and d.role != "since":
                return Dated(d, DateBasis.LEADING_SENTENCE, "", base_year)
        plans = [p for p in self.dates.plan_between(sent[0], m.start) if not self._compared_plan(p)]
        if plans and (kind == "target" or plans[-1][4] in ("末", "期末", "期间", "时期") or plans[-1][4].startswith("前")
                      or _ANNUAL_OVER.match(self.norm, plans[-1][1])):  # “十三五”年均增长: over the period
            name = self.norm[plans[-1][0]:plans[-1][1]].strip()
            return Dated(_year_date(plans[-1][3]), DateBasis.PLAN_PERIOD, name, base_year or plans[-1][2] - 1)
        paragraph = self._paragraph_lead(cues.sent, kind, resolve)
        if paragraph and paragraph.role == "deadline" and kind != "target" \
                and _PRESENT.search(self.norm, sent[0], m.start):
            paragraph = None  # 目前已有…: what is there now, in a paragraph of goals
        if paragraph:
            return Dated(paragraph, DateBasis.LEADING_PARAGRAPH, "", base_year)
        census = self._census_named(m.start) if kind != "target" else None
        if census:  # its standard time point when the document prints it
            point = self.current if self.current and self.current.year == census.year else census
            return Dated(point, DateBasis.REFERENCE_PERIOD, self.norm[census.start:census.end], base_year)
        if kind == "target":
            announced = self._announcement_above(self.norm.rfind("\n", 0, sent[0]) + 1)
            if announced:  # a goal with no date of its own under goals announced up to a deadline: that deadline
                return Dated(_year_date(announced[1]), DateBasis.LEADING_PARAGRAPH, "", base_year)
            if self.doc.period_end:
                return Dated(_year_date(self.doc.period_end), DateBasis.PLAN_PERIOD, "", base_year)
            named = self.dates.plan_between(0, m.start)
            if named and "规划" in cues.item:  # the plan the document reviews (距离“十四五”规划目标)
                name = self.norm[named[-1][0]:named[-1][1]].strip()
                return Dated(_year_date(named[-1][3]), DateBasis.PLAN_PERIOD, name, base_year)
            if self.current:
                return Dated(self.current, DateBasis.UNDATED_TARGET, "", base_year)
            return Dated(None, DateBasis.NOT_PRINTED, "", base_year)
        reviewed = ctx.review_year(self.norm, m.start)
        if reviewed and self.doc.reference_year and reviewed < self.doc.reference_year:
            # a report given at the session of a year (2023年…政府工作报告) reviews the year before under its heading
            # (一、2022年工作回顾): a result printed there with no date of its own is of the year reviewed, and
            # 同比 compares it with the year before that
            base_year = self._base_year(item_start, c0, m.start, lambda d: self.dates._resolve(d, reviewed), kind,
                                        sent[0])
            return Dated(_year_date(reviewed), DateBasis.REVIEW_HEADING, "", base_year)
        period = _PERIOD_WORD.search(cues.before)
        if self.current and (period or self.current is not self.doc.reference):
            return Dated(self.current, DateBasis.REFERENCE_PERIOD,
                         period.group() if period else self.period_word, base_year)
        if self.current:
            return Dated(self.current, DateBasis.DOCUMENT_REFERENCE, "", base_year)
        return Dated(None, DateBasis.NOT_PRINTED, "", base_year)

    def _led_by_past(self, sent):
        """Whether the sentence opens with a date before the document's year (``2023年,`` or ``过去一年,`` in a report of
        2024)."""
        lead = self.dates.lead(sent[0], sent[1])
        if lead is None or lead.role not in ("point", "relative_prior_point"):
            return False
        d = self.dates._resolve(lead, self.doc.reference_year)
        ref = self.doc.reference_year
        return bool(d is not None and d.year and ref and d.year < ref)

    def _earlier_year(self, c0, pos):
        """Whether the clause from ``c0`` to the number at ``pos`` prints a year before the document's as a point in time
        (``,2022年为31.2张`` in a report of 2023)."""
        ref = self.doc.reference_year
        return bool(ref) and any(d.role == "point" and d.year and d.year < ref for d in self.dates.between(c0, pos))

    def _goal_against_now(self, d, kind, c0, pos):
        """Whether ``d``, printed earlier in the sentence, is a goal's deadline after the document's year and the
        figure's own clause (``c0`` to ``pos``) reports what is there now: ``规划目标为到2025年…达到50%,目前已达到42%``
        (42% is now, not 2025). A deadline not after the document's year (到2022年底,…,已建成) still dates."""
        return kind != "target" and d.role == "deadline" and self._after_document(d) \
            and bool(_NOW_IN_CLAUSE.search(self.norm, c0, pos))

    def _after_document(self, d):
        """Whether date ``d`` is a year after the document's reference year (湖南省2020年, in a report of 2016)."""
        ref = self.doc.reference_year
        return bool(d.year and ref and d.year > ref)

    def _base_year(self, item_start, c0, pos, resolve, kind, sent_start):
        """The year a figure is compared with: a comparison date in its clause, else, for a change,
        one earlier in its item (相较于2020年,…分别增长19.6%), but not the from-date of 由2019年的. A relative one
        (上年) counts from the year its sentence prints before it (2022年末…,比上年末减少: 2021), else from the
        document's."""
        for lo in (c0, item_start) if kind in _CHANGES else (c0,):
            base = [d for d in self.dates.between(lo, pos) if d.role in _BASE_ROLES
                    and (lo == c0 or self.norm[d.start] not in "由从自")]
            if base:
                printed = [d.year for d in self.dates.between(sent_start, base[-1].start)
                           if d.role in _POINT_ROLES and d.year and not d.role.startswith("relative")]
                d = self.dates._resolve(base[-1], printed[-1]) if printed and base[-1].role.startswith("relative") \
                    else resolve(base[-1])
                return d.year if d else None
            ends = [p for p in self.dates.plan_between(lo, pos) if self._compared_plan(p) and p[4] in ("末", "期末")]
            if ends:
                return ends[-1][3]  # 较“十三五”末增长20%: compared with the plan period's last year
        return None

    def _compared_plan(self, plan):
        """Whether a named plan period is what a figure is compared with (较“十三五”末, 比“十三五”期末)."""
        return bool(_COMPARED_PLAN.search(self.norm, max(0, plan[0] - 4), plan[0]))

    def _from_date(self, cues, item_start, resolve):
        """The date of a value compared with or changed from: its own printed date (由2016年的,
        与2010年…的); that of the parallel from-value before it in the sentence; for a from-value,
        a ``以来``/``起`` year of its sentence, the first year of a range, a comparison year
        earlier in its section, the year before a leading adjustment year (2023年,…由X调整至Y), the year before
        the document's for a raise its statement of the year's goals sets out (a list under ``2023年省十件民生实事``:
        ``从每月653元提高到676元``), or, in a report on one year, the year before it."""
        sent, c0 = cues.sent, cues.clause_start
        own = [d for d in self.dates.between(c0, cues.mention.start) if d.role in _BASE_ROLES] \
            or [d for d in self.dates.between(sent[0], c0) if d.role == "base"]
        d = resolve(own[-1]) if own else None
        if d:
            return Dated(d, DateBasis.FROM_YEAR if cues.from_value else DateBasis.COMPARED_VALUE, "", None)
        if self.last_baseline is not None and self.last_baseline[0] == self.sentence_of(cues.mention.start):
            return Dated(self.last_baseline[1], DateBasis.CARRIED, "", None)  # 由2020年的31.2%…,由38%…
        if not cues.from_value:
            return None
        since = [d for d in self.dates.between(sent[0], cues.mention.start) if d.role == "since"]
        d = resolve(since[-1]) if since else None
        before = _day_before(d) if d and d.day and self.norm[d.start:d.end].rstrip().endswith("起") else None
        if before:  # 从2024年1月1日起,…由163元提高到183元: in force the day before the new one
            return Dated(DateExpr(d.start, d.end, before.year, before.month, before.day, "point", before.isoformat()),
                         DateBasis.FROM_YEAR, f"in force before {self.norm[d.start:d.end].strip()}", None)
        if d:
            return Dated(d, DateBasis.FROM_YEAR, self.norm[d.start:d.end].strip(), None)
        span = _YEAR_SPAN.search(self.norm, sent[0], cues.mention.start)
        if span:
            return Dated(_year_date(int(span.group(1))), DateBasis.FROM_YEAR, span.group().strip(), None)
        section = max(self.norm.rfind("\n\n", 0, sent[0]), sent[0] - 400, 0)
        compared = [d for d in self.dates.between(section, sent[0]) if d.role == "base" and d.year
                    and self.norm[d.start] in "与比较同"]
        if compared:
            return Dated(_year_date(compared[-1].year), DateBasis.FROM_YEAR,
                         f"compared with {compared[-1].year} earlier in the section", None)
        lead = self.dates.lead(sent[0], sent[1])
        if lead and lead.year and lead.role == "point" and lead.start < c0 \
                and not self.norm.startswith(("截至", "截止"), lead.start):  # 2023年,…由936元调整至1010元
            return Dated(_year_date(lead.year - 1), DateBasis.FROM_YEAR,
                         f"in force before the {lead.year} adjustment", None)
        if not lead:  # 2016年,城市低保…。10-11月份,…由原来保障标准590元提高到670元: the year leading the paragraph
            lead = self._paragraph_lead(sent, "baseline", resolve)
            if lead and lead.year and lead.role == "point" and not lead.month \
                    and not self.norm.startswith(("截至", "截止"), lead.start):
                return Dated(_year_date(lead.year - 1), DateBasis.FROM_YEAR,
                             f"in force before the {lead.year} adjustment", None)
        start, end = self.doc.period_start, self.doc.period_end
        year = self.doc.reference_year
        if year and cues.plan_states and not (start and end and opens_a_period(self.doc.doc_type)) \
                and not any(d.role in ("deadline", "relative_deadline") for d in self.dates.between(sent[0], sent[1])):
            # a raise the year's goals set out (2023年省十件民生实事: 一、… 分别从每月653元、300元提高到676元、311元):
            # the value raised from is the one in force before the year, at the end of the year before
            return Dated(_year_date(year - 1), DateBasis.FROM_YEAR, f"in force before the raise the {year} goals set out",
                         None)
        if start and end and opens_a_period(self.doc.doc_type) and not cues.future \
                and not any(d.role in ("deadline", "relative_deadline") for d in self.dates.between(sent[0], sent[1])):
            # a plan's review of the period before its own (十四五 plan: 城乡低保标准由每人每月475元…提高到628元):
            # the value changed from is at the start of that period, as long as the plan's own
            base = start - 1 - (end - start + 1)
            return Dated(_year_date(base), DateBasis.FROM_YEAR,
                         f"the start of the period before the plan's ({base + 1}-{start - 1})", None)
        if year and reports_one_year(self.doc.doc_type):  # a year's report: the change is the year's
            return Dated(_year_date(year - 1), DateBasis.FROM_YEAR, f"the end of the year before {year}, "
                         "the year the document reports on", None)
        return None

    def _census_named(self, pos):
        """The census round named as the source of the figures earlier in the paragraph of ``pos``
        (根据第七次全国人口普查结果, …;…): its figures are the census's, dated at its year."""
        i = bisect.bisect_left(self._census_starts, pos) - 1  # the last census named before pos
        if i < 0:
            return None
        line_start = self.norm.rfind("\n", 0, pos) + 1
        return self._census[i] if self._census[i].start >= line_start else None

    def _goal_column(self, pos):
        """``a goal column (name)`` when ``pos`` is in a cell of a goal column (``目标任务``) of a table row read
        as prose (:data:`SENTENCE_CELLS`): its figures are what the table sets out to do, as a plan's statement's;
        else ''."""
        return next((f"a goal column ({name})" for a, b, name in self.goal_cells if a <= pos < b), "")

    def _plan_statement(self, sent, dimension):
        """The words that open the sentence's paragraph as a plan's statement (``方案明确,``), or a
        sentence of intent that opens it (``在养老服务工作方面,我市将加强机构建设。``) when the sentence is a
        later one of the paragraph, or, in a document whose type reports no actual values (a notice
        that assigns the year's projects: ``纳入本市2025年民心工程的项目有:新建30家…``), :data:`ctx.NOTICE_CUE`
        for a figure that is no amount of money (a notice's amounts are its standards, or sums); either
        only when the sentence names no earlier time (去年, 以来, a year before the document's); else ''.
        Kept by sentence and by whether the figure is money, all the answer depends on."""
        key = (sent, dimension == "money")
        if key not in self._plan_statements:
            self._plan_statements[key] = self._find_plan_statement(sent, dimension)
        return self._plan_statements[key]

    def _find_plan_statement(self, sent, dimension):
        stated, intent = self._paragraph_statement(self.norm.rfind("\n", 0, sent[0]) + 1)
        if stated:
            return stated
        if intent and sent[0] >= intent[1]:
            lead = intent[0]
        elif self.notice and dimension != "money":
            lead = ctx.NOTICE_CUE
        else:
            return ""
        ref = self.doc.reference_year
        earlier = any(d.year and ref and d.year < ref or d.role in _BASE_ROLES or d.role == "relative_prior_point"
                      for d in self.dates.between(sent[0], sent[1]))
        return "" if earlier or ctx.PAST_WORDS.search(self.norm, sent[0], sent[1]) else lead

    def _paragraph_statement(self, line_start):
        """``(plan's statement, intent lead)`` of the paragraph at ``line_start`` (:meth:`_plan_statement`); a
        paragraph that opens by continuing the one before (``同时,``, ``此外,``) and has neither continues its
        goals, all of its sentences. So does an item of a numbered list (``(一)``, ``二、``, ``三是``, or a line
        that holds only its number before it) whose list a paragraph of one sentence of intent opens
        (``今年将扎实办好“十件民生实事”。``), through the items before it. A heading of goals on the line above
        (``主要目标``, ``二、发展目标``) is the paragraph's statement, and so are the words that announce the goals
        it lists before its first figure (``主要预期目标:``, :func:`ctx.goal_lead`). In a report on the progress of
        the year's projects (:func:`ctx.projects_progress_report`) an item of its numbered list opens with a
        project's goal (``二、新建老年日间服务中心1所``); the lines under it report the progress."""
        if line_start not in self._statements:
            stated = ctx.plan_statement(self.norm, line_start)
            intent = ctx.intent_lead(self.norm, line_start, self.doc.reference_year)
            if not stated and not intent:  # 主要目标 on its own line above: the paragraph under it sets out goals
                stated = self._heading_of_goals(line_start) or ctx.goal_lead(self.norm, line_start) \
                    or next((words for a, b, words in self._work_plans if a < line_start < b), "")
            if not stated and not intent and ctx.CONTINUED.match(self.norm, line_start):
                before = self._paragraph_before(line_start)
                if before is not None:
                    stated, intent = self._paragraph_statement(before)
                    intent = (intent[0], line_start) if intent else None
            elif not stated and not intent and self._list_item(line_start):
                before = self._paragraph_before(line_start, skip_numbers=True)
                if before is not None and self._list_item(before):
                    previous = self._paragraph_statement(before)
                    intent = previous[1]  # the item before's intent; its heading's goals only in a list of dashes
                    stated = previous[0] if ctx.DASH_ITEM.match(self.norm, line_start) \
                        and ctx.DASH_ITEM.match(self.norm, before) else ""
                elif before is not None:  # the paragraph that opens the list: its sentence of intent, or the
                    intent = ctx.intent_lead(self.norm, before, self.doc.reference_year, whole=True)
                    if not intent:  # heading of goals above it (二、主要目标 / 到2025年,…。 / ——…)
                        stated = self._heading_of_goals(before)
                intent = (intent[0], line_start) if intent else None
                if not intent and self.projects_report:  # a report on the year's projects: the item opens with a goal
                    intent = (self.projects_report, line_start)
            announced = self._announcement_above(line_start)
            if not stated and not intent and announced:  # goals announced up to a deadline in a paragraph above
                intent = (announced[0], line_start)      # (提出了当前至2020年,…的主要发展目标。): this paragraph sets them out
            self._statements[line_start] = (stated, intent)
        return self._statements[line_start]

    def _heading_of_goals(self, line_start):
        """The words of a heading of goals on the line above the paragraph at ``line_start`` (``二、主要目标``), or ''."""
        before = self._paragraph_before(line_start)
        heading = ctx.GOAL_HEADING.match(self.norm, before) if before is not None else None
        return heading.group("words") if heading else ""

    def _announcement_above(self, line_start):
        """``(words, year)`` of the last goal announcement (:func:`ctx.goal_announcement`) in a paragraph above the one at
        ``line_start``, or None."""
        announced = [ann for a, ann in self._announcements if a < line_start]
        return announced[-1] if announced else None

    def _paragraphs_naming(self, word):
        """The starts of the document's paragraphs (lines) that hold ``word``, in order."""
        norm = self.norm
        return sorted({norm.rfind("\n", 0, m.start()) + 1 for m in re.finditer(word, norm)})

    def _paragraph_before(self, line_start, skip_numbers=False):
        """Start of the last paragraph (non-blank line) before ``line_start``, past lines that hold only a
        list number if ``skip_numbers``; None at the document's start."""
        norm, end = self.norm, line_start
        while True:
            k = end - 1
            while k >= 0 and norm[k].isspace():  # the blank lines between (no copy of the text before)
                k -= 1
            if k < 0:
                return None
            start = norm.rfind("\n", 0, k) + 1
            if not (skip_numbers and ctx.LIST_NUMBER_LINE.match(norm, start)):
                return start
            end = start

    def _list_item(self, line_start):
        """Whether the paragraph at ``line_start`` is an item of a numbered list: it opens with its number, or
        follows a line that holds only its number; in a report on the year's projects (:attr:`projects_report`)
        also a line that holds only a row's number (``1``: the 序号 cell of a table printed one cell a line)."""
        if ctx.LIST_ITEM.match(self.norm, line_start):
            return True
        before = self._paragraph_before(line_start)
        return before is not None and bool(ctx.LIST_NUMBER_LINE.match(self.norm, before) or
                                           self.projects_report and ctx.ROW_NUMBER_LINE.match(self.norm, before))

    def _paragraph_lead(self, sent, kind, resolve):
        key = (sent[0], kind == "target")
        if key not in self._leads:  # the same for every figure of the sentence
            self._leads[key] = self._find_paragraph_lead(sent, kind, resolve)
        return self._leads[key]

    def _find_paragraph_lead(self, sent, kind, resolve):
        """The date leading an earlier sentence of the paragraph that governs the sentences after it (``2022年末,``,
        ``截至2021年底``); a sentence that opens with ``其中`` names a part of the whole the sentence before it
        counts, so the date leading that sentence dates it even where it governs no further (``2022年末全市常住人口
        562.3万人。其中,60周岁及以上人口128.6万人``)."""
        line_start = self.norm.rfind("\n", 0, sent[0]) + 1
        current = self.sentence_of(sent[0])
        part = _PART_OF_WHOLE.match(self.norm, sent[0])
        for i in range(current - 1, -1, -1):
            s0, s1 = self.sents[i]
            if s1 <= line_start:
                break
            lead = self.dates.lead(s0, s1, strict=not (part and i == current - 1))
            if lead and (kind != "target" or lead.role == "deadline"):
                d = resolve(lead)
                if d and d.role != "since":
                    return self._series_end(lead, d, s1, resolve)
        if kind == "target" and ctx.DASH_ITEM.match(self.norm, line_start):
            return self._list_deadline(line_start, resolve)
        return None

    def _list_deadline(self, line_start, resolve):
        """The deadline leading the paragraph that opens a plan's list of goals, for a goal in one of its dash items
        with no date of its own (``到2020年,全面建成…养老服务体系。`` / ``——…每千名老年人拥有养老床位数35张以上。``): the
        items set out the goals up to that deadline. None when that paragraph leads with no deadline."""
        before = self._paragraph_before(line_start)
        while before is not None and ctx.DASH_ITEM.match(self.norm, before):
            before = self._paragraph_before(before)
        i = self.sentence_of(before) if before is not None else None
        if i is None:
            return None
        lead = self.dates.lead(*self.sents[i])
        d = resolve(lead) if lead and lead.role == "deadline" else None
        return d if d and d.year else None

    def _series_end(self, lead, d, s1, resolve):
        """The date a leading sentence passes on: its lead, or, in a sentence that runs a series through
        later dates each opening a clause (``2012年,全市有3542人,2014年8月底超过4000人,今年7月底,达到4788人``),
        the last of them, the one the sentences after it go on from."""
        if lead.role != "point" or not d.year:
            return d
        last = d
        for x in self.dates.between(lead.end, s1):
            if x.role not in ("point", "relative_current") or self.norm[x.start - 1:x.start] not in (",", ";"):
                continue
            r = resolve(x)
            if r is not None and r.year and r.year > last.year:
                last = r
        return last

    # ---- one mention
    def figure(self, m, prev, level):
        """The figure row of mention ``m`` (``prev``: the mention before it in its sentence,
        ``level``: the last level figure of the sentence), in stages: its kind and date
        (:meth:`decide`), its subject (:meth:`subject_of`), its value; None outside sentences."""
        norm, doc = self.norm, self.doc
        si = self.sentence_of(m.start)
        if si is None:
            return None
        sent = self.sents[si]
        c0 = ctx.clause_start(norm, sent[0], m.start, m.span_end)
        dimension = "ratio" if m.denominator == m.denominator else (unit_info(m.unit)[2] if m.unit else "")
        level_dimension = unit_info(level["unit"])[2] if level is not None and level["unit"] else ""
        reviewed = ctx.in_review(norm, sent[0])
        cues = ctx.cues_of(norm, m, c0, sent, dimension, self._continued(m, prev), level_dimension,
                           self._goal_column(m.start) or self._plan_statement(sent, dimension), self.goals,
                           reviewed and "预计" in norm[sent[0]:sent[1]], self._earlier_year(c0, m.start),
                           reviewed or self._led_by_past(sent) or self.goals and ctx.in_plan_basis(norm, sent[0]))
        place = cues.compared_level if level is not None else ""  # another place's level (高于全省X的平均水平):
        if place:                                                   # of the kind of the level before
            cues.previous_kind = (level["kind"], level["kind_cue"], level["growth_basis"])
        decision = self.decide(cues)
        note = []
        if decision.year and doc.reference_year and decision.year > doc.reference_year + PLAUSIBLE_YEARS:
            note.append(f"printed year {decision.year} is implausible for a document of {doc.reference_year}")
        subject, subject_text = self.subject_of(m, prev, level, sent, c0, decision.kind, note,
                                                decision.kind_cue == ctx.COMPARED_CUE, place)
        if not unit_fits(subject.indicator_id, m.unit, decision.kind):
            note.append(f"{m.unit} is not the unit of {subject.indicator_id}")
            subject = Subject(UNMAPPED, subject.indicator_zh, subject.span, suggestion=subject.indicator_id,
                              subregion_zh=subject.subregion_zh)
        period, period_basis = ("", "")
        if dimension == "money":
            period, period_basis = ctx.money_period(norm, m, c0, sent[1], subject_text)
            if not period and place and level["period"]:
                period, period_basis = level["period"], "carried from the level compared with"
            elif not period:
                period, period_basis = self._carried_period(m, decision.kind)
        if m.range_role:
            note.append(f"{m.range_role} end of a printed range")
        if m.approx:
            note.append(f"printed with {m.approx}")
        if m.reason == "unit_carried":
            note.append(f"unit {m.unit} not printed; carried from the value it changes to")
        elif m.reason == "unit_none":
            note.append("no unit printed: a value in a list of names and values")
        elif m.reason == "unit_listed":
            note.append(f"unit {m.unit} not printed; that of the values listed around it")
        elif m.reason == "unit_declared":
            note.append(f"unit {m.unit} not printed; declared for the form on line {m.unit_line}")
        ratio = dimension == "ratio"
        printed = Printed((m.start, m.end), m.number, "" if ratio else m.unit, "ratio" if ratio else "number",
                          m.comparator, m.denominator if ratio else None,
                          -1 if decision.kind in _CHANGES and ctx.decreases(decision.kind_cue) else 1,
                          period, period_basis, _fmt(m.number) if m.chinese else
                          (digits(m.text) if norm[m.start:m.end] != m.text else None))  # 百分之80
        end = sent[1]
        while end > sent[0] and doc.text[end - 1].isspace():
            end -= 1
        row = _row(doc, subject, decision, printed, Source("prose", (sent[0], end)), "; ".join(note))
        row["_inverse"] = subject.inverse
        return row

    def subject_of(self, m, prev, level, sent, c0, kind, note, compared=False, place=""):
        """The :class:`Subject` of mention ``m`` (see :meth:`_named_subject`); a change in points whose
        subject is a count or an amount is the change of a share (:meth:`_share_changed`)."""
        subject, text = self._named_subject(m, prev, level, sent, c0, kind, note, compared, place)
        if kind == "change_pp" and not unit_fits(subject.indicator_id, m.unit, kind):
            subject = self._share_changed(subject, note)
        return subject, text

    def _share_changed(self, subject, note):
        """The share a change in points (``比上年提高0.6个百分点``) measures when the words before it named a
        count (65岁及以上人口): the share printed just before it in its sentence (``占17.2%``) when that is mapped, else the
        registry's share of that count (X占总人口比重, X比重, X占比), else none (the count is a suggestion)."""
        last = self.last_row
        if last is not None and last["unit"] in ("%", "‰") and last["kind"] in _LEVELS \
                and last["subject_start"] is not None and last["indicator_id"] != UNMAPPED:
            note.append("the share before it, which a change in points measures")
            return Subject(last["indicator_id"], last["indicator_zh"], (last["subject_start"], last["subject_end"]),
                           "carried", inverse=last["_inverse"], subregion_zh=subject.subregion_zh)
        entry = info(subject.indicator_id)
        name = entry["name_zh"]
        names = [name] + [a for a in (entry["aliases"] or "").split("|") if a]
        for candidate in [n + suffix for n in names for suffix in ("占总人口比重", "比重", "占比")]:
            found = map_subject(candidate, self.regions)
            if found[0] != UNMAPPED and found[2] in ("exact", "normalised") and unit_fits(found[0], "%", "change_pp"):
                note.append(f"the share of {name}, which a change in points measures")
                return Subject(found[0], subject.indicator_zh, subject.span, "share of the subject", "", math.nan,
                               found[1], subject.subregion_zh)
        return subject

    def _named_subject(self, m, prev, level, sent, c0, kind, note, compared=False, place=""):
        """The :class:`Subject` of mention ``m`` and the words before it it was read from: the
        words of its clause; else the words after it; a place or a change takes the subject of
        the level before it (``level``), and so do the value compared with (``compared``: 比上年的X)
        and another ``place``'s level (高于全省X的平均水平, that place its ``subregion_zh``); ``占…的``
        a share of it. Appends what it did to ``note``."""
        norm, doc = self.norm, self.doc
        start = max(c0, prev.span_end) if prev is not None and prev.span_end > c0 else c0
        if m.reason == "unit_declared":  # a form's label, as printed (到位数, not 位数)
            end = m.start  # the label's end: back over the spaces before the value (not a copy of the text before it)
            while end > 0 and norm[end - 1].isspace():
                end -= 1
            span = (max(start, norm.rfind(" ", start, end) + 1), end)
        else:
            span = ctx.strip_subject(norm, start, m.start, self.regions)
        text = norm[span[0]:span[1]]
        subregion = ""
        carried = forced = None
        listed_after = (prev is not None and self.last_after_end is not None and self.last_after_end <= m.start
                        and _LIST_GAP.fullmatch(norm, self.last_after_end, m.start))
        if not text or len(text) == 1 or ctx._VERB_ONLY.match(text) or listed_after:
            after = ctx.subject_after(norm, m.span_end, sent[1], lambda t: map_subject(t, self.regions)[2]
                                      in ("exact", "normalised"))
            if after:
                span, text = after, norm[after[0]:after[1]]
                self.last_after_end = after[1]
            elif level is not None:
                carried = level
        elif ctx.is_place(text) and level is not None:
            subregion, carried = doc.text[span[0]:span[1]], level
        share_of = text.startswith("占") and level is not None
        if share_of:
            raw = norm[span[0]:m.start]
            share_key = raw[:len(raw) - len(raw.lstrip())] + re.sub(r"(?:的|为|达到|达|是|\s)+$", "", raw.strip())
        elif "占" in text[1:] and carried is None and map_subject(text, self.regions)[0] == UNMAPPED:
            whole, _, rest = text.partition("占")
            found = self._map_share(whole, "占" + rest)
            if found[0] != UNMAPPED:
                forced = found
        mapped = map_subject(text, self.regions) if kind in ("growth_rate", "change") and text else None
        own_name = mapped is not None and mapped[2] in ("exact", "normalised")
        if (kind in ("growth_rate", "change") and not own_name or compared or place) and level is not None:
            carried = level  # also the value compared with: 常住人口为443.1万人,与2010年…的411.6万人相比
            if place:
                subregion = place
                note.append(f"the level of {place}, compared with")
        if share_of:
            whole = norm[level["subject_start"]:level["subject_end"]]
            found = self._map_share(whole, share_key)
            own = (span[0], span[0] + len(share_key))
            note.append("a share of the figure before")
            return Subject(found[0], doc.text[own[0]:own[1]], own, *found[2:], found[1], subregion), text
        if carried is not None:
            note.append("subject carried from the figure before")
            return Subject(carried["indicator_id"], carried["indicator_zh"],
                           (carried["subject_start"], carried["subject_end"]), "carried",
                           inverse=carried["_inverse"], subregion_zh=subregion), text
        if forced is not None:
            return Subject(forced[0], doc.text[span[0]:span[1]].strip(), span, *forced[2:], forced[1],
                           subregion), text
        if not text:
            return Subject(UNMAPPED, doc.text[span[0]:span[1]].strip(), subregion_zh=subregion), text
        found = mapped or map_subject(text, self.regions)
        if found[0] == UNMAPPED and level is not None and len(text) <= GENERIC_SUBJECT:
            # 注册登记的养老机构4.1万个,床位518.3万张: the beds of the subject before; 其中城市22.88万人次
            parent = norm[level["subject_start"]:level["subject_end"]]
            whole = self.whole if self.whole is not None else level
            named = info(whole["indicator_id"])["name_zh"] if whole["indicator_id"] != UNMAPPED else ""
            joins = [map_subject(joined, self.regions) for joined in (parent + text, text + parent)]
            # 各类养老机构15家,其中公办8家、民办7家: 公办 of the indicator the whole maps to (公办养老机构),
            # when that is a registry name of the figure's unit and the words before give no exact name
            if named and not any(j[0] != UNMAPPED and j[2] in ("exact", "normalised") for j in joins):
                # 城乡低保对象3.2万人,其中城市0.8万人、农村2.4万人: the part named in place of 城乡; 城市低保标准为800元,
                # 农村为650元: in place of the other part
                wholes = _sibling_names(text, (named, parent))
                for candidate in [text + named] + wholes:
                    own = map_subject(candidate, self.regions)
                    if own[0] != UNMAPPED and own[2] in ("exact", "normalised") and unit_fits(own[0], m.unit, kind):
                        joins.insert(0, own)
                        break
            joined = next((j for j in joins if j[0] != UNMAPPED), None)
            if joined:
                found = (joined[0], joined[1], "with the subject before", "", math.nan)
        return Subject(found[0], doc.text[span[0]:span[1]].strip(), span, *found[2:], found[1], subregion), text

    def decide(self, cues):
        """The :class:`Decision` of one mention (kind, cue, growth basis, date, basis, base year), in
        a fixed order of stages: the kind its words say (a value compared with, a goal ...), the
        date that kind is dated by, then the kind again knowing the date (a deadline or a date
        after the document's makes a target). Nothing later changes them."""
        said = ctx.kind_of(cues)
        dated = self.date_of(cues, said[0])
        date, ref = dated.date, self.doc.reference_year
        if said[:2] == ("target", "预计") and not cues.review and date and date.year and ref and date.year < ref:
            cues.review = True  # 预计2023年全年新增…, in a document of 2024: a result of a year past not yet final, an
            said = ctx.kind_of(cues)  # estimate (as under a review's heading), dated as a result is
            dated = self.date_of(cues, said[0])
            date = dated.date
        after_reference = bool(date and ref and date.year and ref < date.year <= ref + PLAUSIBLE_YEARS)
        deadline = date is not None and date.role == "deadline"
        published = self.dates.published
        if deadline and date.year and ref and not cues.future \
                and (published and date.year <= ref < published or date.year < ref and not cues.plan_states):
            deadline = False  # 到2016年年末,…457.79万人 on a page of 2017-03-28, 到2023年底,全市共有… in a report of 2024
            # (not a plan's goal it reports: 《规划》提出,到2023年底…): the as-of date of a result reported
        # the words alone decided it unless the date is a deadline or after the document's
        kind, cue, growth_basis = ctx.kind_of(cues, date, after_reference) if deadline or after_reference else said
        basis, base_year = dated.basis, dated.base_year
        if kind == "target" and date is None:
            basis = DateBasis.NOT_PRINTED
        if kind in _CHANGES and base_year is None and growth_basis != ctx.BETWEEN_PLACES:
            base_year = self._implied_base(cue, date, cues.mention.start)
        if growth_basis == "annual_planned" and base_year is None and basis is DateBasis.PLAN_PERIOD:
            base_year = self.plan_base  # 年均增长5%: from the year before the plan
        return Decision(kind, date.date if date else "", date.year if date else None, base_year, basis,
                        dated.detail, cue, growth_basis)

    def _implied_base(self, cue, date, pos):
        """The base year a change implies without printing it: the year before for 比上年, 同比,
        bare 比; the from-date of the 由X提高到Y it follows in its sentence (年增幅在8%以上)."""
        if "上年" in cue or "同比" in cue or (cue and not any(ch.isdigit() for ch in cue) and "比" in cue):
            return date.year - 1 if date and date.year else None
        if self.last_baseline is not None and self.last_baseline[0] == self.sentence_of(pos):
            return self.last_baseline[1].year
        return None

    def _carried_period(self, m, kind):
        """``(period, basis)`` a money amount that prints no period takes from the amount before it in its sentence, in
        the same unit, when both are standards or values changed from (由每人每月500元、300元提高到650元、445元; the upper
        end of 每人每月800-850元); else nothing: a sum or an average after a standard keeps its own."""
        last = self.last_row
        if last is None or last["unit"] != m.unit or last["period"] not in ("monthly", "annual"):
            return "", ""
        if m.range_role == "upper" or kind in ("standard", "baseline") and last["kind"] in ("standard", "baseline"):
            return last["period"], "carried from the amount before"
        return "", ""

    def _continued(self, m, prev):
        """The decision of the figure ``m`` continues: the lower end of its range, or the change,
        standard or target before it in a ``、``/``和`` list of the same unit, or in the clause before when
        both clauses name only their parts (``城市为1475元,农村为1450元``); else ``()``."""
        last = self.last_row
        if prev is None or last is None:
            return ()
        decided = (last["kind"], last["kind_cue"], last["growth_basis"])
        between = self.norm[prev.span_end:m.start]
        if (m.range_role == "upper" and prev.range_role == "lower") or \
                (last["unit"] == m.unit and _RANGE_BETWEEN.fullmatch(between)):
            return decided
        parts = ctx.PART_CLAUSE.fullmatch(between) and ctx.PART_BEFORE.search(self.norm, max(0, prev.start - 20), prev.start)
        if (_LISTED_BETWEEN.fullmatch(between) or parts) and last["unit"] == m.unit \
                and last["kind"] in ("growth_rate", "change", "change_pp", "standard", "target"):
            return decided  # 城市为1475元,农村为1450元: the next clause names only its part
        return ()

    def _map_share(self, whole, share):
        """Map ``X`` + ``占Y的`` as the share ``X占Y比例`` (or ``X占比``), else by the name in brackets that
        ends ``占Y`` (``占常住人口比重(常住人口城镇化率)``)."""
        key = whole + share
        candidates = (key, key + "比例", key + "比重", key + "比率", whole + "占比", whole + share.replace("占", "") + "占比")
        for candidate in candidates:
            found = map_subject(candidate, self.regions)
            if found[0] != UNMAPPED and found[2] != "suffix":
                return found
        named = _BRACKET_NAME.search(share)  # 占常住人口比重(常住人口城镇化率): the share's own name in brackets
        found = map_subject(named.group(1), self.regions) if named else None
        if found and found[0] != UNMAPPED and found[2] in ("exact", "normalised"):
            return found
        return (UNMAPPED, False, "", "", math.nan)

    def rows(self, quantities):
        """The figure rows of the document's mentions, in text order (:meth:`figure`); then, over each sentence's
        rows as a whole, the earlier values of a series it prints (:func:`_earlier_in_series`), the changes 分别 pairs
        with their levels (:func:`_pair_respectively`) and the parts a coordinated subject names."""
        out = []
        prev_sent, prev, level, measured = None, None, None, None
        self.last_row = self.last_baseline = self.last_after_end = self.whole = None
        for m in quantities:
            si = self.sentence_of(m.start)
            if si != prev_sent:
                prev, level, measured, prev_sent = None, None, None, si
                self.last_row = self.last_after_end = self.whole = None
            row = self.figure(m, prev, level)
            if row is None:
                continue
            out.append(row)
            prev, self.last_row = m, row
            if row["kind"] == "baseline" and row["year"] is not None:
                self.last_baseline = (si, _year_date(row["year"]) if not row["date"] else
                                      DateExpr(0, 0, row["year"], None, None, "point", row["date"]))
            if row["kind"] in ("actual", "target", "standard", "baseline") and row["subject_start"] is not None \
                    and "a share of" not in row["note"]:
                level = row
                if row["mapping"] != "with the subject before":
                    self.whole = row  # 各类养老机构15家: the whole its parts (其中公办8家、民办7家) are read with
                measured = row if row["kind"] != "baseline" else measured
            # a change is measured on the level before it, never on the value it is compared with
            row["_level"] = measured if row["kind"] in ("growth_rate", "change", "change_pp") else None
        _earlier_in_series(out, self.sentence_of)
        _pair_respectively(self.norm, out, self.sentence_of)
        _split_coordinated(self.norm, out, self.regions)
        return out

    def family_overrides(self, skip):
        """Family mentions by value span (living standards, census)."""
        found = {}
        for i, sent in enumerate(self.sents):
            text = self.norm[sent[0]:sent[1]]
            mentions_ = []
            if "元" in text:
                mentions_ += families.standards(self.norm, sent)
            if "低保" in text or "最低生活保障" in text:
                mentions_ += families.multiples(self.norm, sent)
                mentions_ += families.planned_growth(self.norm, sent)
            if "岁" in text:
                mentions_ += families.census(self.norm, sent)
            for mention in mentions_:
                found.setdefault(mention["value_span"], mention)
        return found


_CHANGES = ("growth_rate", "change", "change_pp")
_LEVELS = ("actual", "target", "standard")


SERIES_CUE = "an earlier value of the series its sentence prints"


def _earlier_in_series(rows, sentence_of):
    """A sentence that prints one indicator at several years (``全市百岁老人2020年为1417人,2022年增至1629人``): the
    values before the latest are earlier values printed beside the current one, the conventions' ``baseline``. One
    indicator: the values map to the same one (an unmapped value is in no series) and print its unit; each is dated
    by a year its own clause prints, and the years rise. Only values the words read as ``actual``."""
    i = 0
    while i < len(rows):
        j = i + 1
        si = sentence_of(rows[i]["value_start"])
        while j < len(rows) and sentence_of(rows[j]["value_start"]) == si:
            j += 1
        series = {}
        for r in rows[i:j]:
            if r["kind"] == "actual" and r["method"] == "prose" and r["indicator_id"] != UNMAPPED \
                    and r["date_basis"] == DateBasis.PRINTED_IN_CLAUSE.value and r["year"]:
                series.setdefault((r["indicator_id"], r["unit"]), []).append(r)
        for run in series.values():
            years = [r["year"] for r in run]
            if len(run) > 1 and all(a < b for a, b in zip(years, years[1:])):
                for r in run[:-1]:
                    r.update(kind="baseline", kind_cue=SERIES_CUE)
        i = j


def _pair_respectively(norm, rows, sentence_of):
    """``城市低保标准820元,农村低保标准7560元,分别比上年提高4.5%和6.2%``: a run of k changes after
    分别 describes the k levels before it, in order; each takes its level's subject and indicator. A run of
    changes in points describes the k shares before it (``占17.94%,…占11.6%,分别高于国家1.24和0.8个百分点``)."""
    i = 0
    while i < len(rows):
        row = rows[i]
        if row["kind"] not in _CHANGES or "分别" not in norm[row["char_start"]:row["value_start"]]:
            i += 1
            continue
        si = sentence_of(row["value_start"])
        run = [row]
        while i + len(run) < len(rows) and rows[i + len(run)]["kind"] == row["kind"] \
                and sentence_of(rows[i + len(run)]["value_start"]) == si:
            run.append(rows[i + len(run)])
        first = i  # rows are in text order: those of the sentence are the ones just before
        while first > 0 and sentence_of(rows[first - 1]["value_start"]) == si:
            first -= 1
        levels = [r for r in rows[first:i] if r["kind"] in _LEVELS and r["subject_start"] is not None
                  and (row["kind"] != "change_pp" or r["unit"] in ("%", "‰"))]  # points: changes of the shares
        if len(run) > 1 and len(levels) >= len(run):
            for change, level in zip(run, levels[-len(run):]):
                change.update(indicator_id=level["indicator_id"], indicator_en=level["indicator_en"],
                              family=level["family"], indicator_zh=level["indicator_zh"],
                              subject_start=level["subject_start"], subject_end=level["subject_end"],
                              mapping="carried", _level=level,
                              note="; ".join(filter(None, [change["note"], "paired with its level by 分别"])))
        i += len(run)


_COORDINATED = re.compile(r"^(?P<parts>(?:[\u4e00-\u9fff]{2}、)+[\u4e00-\u9fff]{2})(?P<noun>[\u4e00-\u9fff]{2,})$")


def _split_coordinated(norm, rows, regions):
    """``城市、农村低保平均标准分别为800元、600元`` and ``城乡低保对象分别为1.2万人和3.4万人``: k values after
    分别 that share one subject naming k coordinated parts take the parts in order (城乡: 城市, 农村),
    each where part + noun is a registry name of the value's unit."""
    i = 0
    while i < len(rows):
        row = rows[i]
        start, end = row["subject_start"], row["subject_end"]
        if start is None or row["method"] != "prose" or "分别" not in norm[end:row["value_start"]]:
            i += 1
            continue
        run = [row]
        while i + len(run) < len(rows) and rows[i + len(run)]["subject_start"] == start \
                and rows[i + len(run)]["method"] == "prose":
            run.append(rows[i + len(run)])
        subject = re.sub(r"\s+", "", norm[start:end])
        m = _COORDINATED.match(subject)
        parts, noun = (m.group("parts").split("、"), m.group("noun")) if m else \
            ((list(_CITY_COUNTRY), subject[2:]) if subject.startswith("城乡") else ([], ""))
        if len(parts) == len(run) > 1:
            found = [map_subject(part + noun, regions) for part in parts]
            if all(f[0] != UNMAPPED and f[2] in ("exact", "normalised") and unit_fits(f[0], r["unit"], r["kind"])
                   for f, r in zip(found, run)):
                for part, f, r in zip(parts, found, run):
                    reg = info(f[0])
                    r.update(indicator_id=f[0], indicator_en=reg["name_en"], family=reg["family"] or UNMAPPED,
                             mapping="respectively", note="; ".join(filter(None, [r["note"].replace(
                                 "subject carried from the figure before", "").strip("; "),
                                 f"the part {part} of {subject}, in order, by 分别"])))
        i += len(run)


def _reference_period(norm, reference):
    """The date the document's current figures refer to: a printed standard time point
    (以2020年11月1日零时为标准时点, 标准时点为…), else the document's reference date."""
    if "标准时点" not in norm:  # what every match prints: most texts print none, and the pattern has no fixed first character
        return reference, ""
    for m in _TIME_POINT.finditer(norm):
        near = [d for d in find_dates(norm[max(0, m.start() - 20):m.end() + 20]) if d.year and d.day]
        if near:
            d = near[0]
            return DateExpr(0, 0, d.year, d.month, d.day, "point", d.date), m.group()
    return reference, ""


def _day_before(d):
    """The day before date ``d`` (a ``datetime.date``), or None for a day no calendar has (2月30日)."""
    try:
        return datetime.date(d.year, d.month, d.day) - datetime.timedelta(days=1)
    except (TypeError, ValueError):
        return None


def _year_date(year):
    return DateExpr(0, 0, year, None, None, "point", str(year))


def _apply_family(row, mention, doc):
    """Lay a family mention over the general row at the same value span."""
    row["indicator_id"] = mention["indicator_id"]
    row["mapping"] = "family"
    reg = info(mention["indicator_id"])
    row["indicator_en"], row["family"] = reg["name_en"], reg["family"] or UNMAPPED
    if mention["indicator_zh"]:
        s0, s1 = mention["indicator_zh"]
        row["indicator_zh"] = doc.text[s0:s1].strip()
        row["subject_start"], row["subject_end"] = s0, s1
    if mention.get("subregion_zh"):
        row["subregion_zh"] = mention["subregion_zh"]
    if mention.get("note"):
        row["note"] = "; ".join(filter(None, [row["note"], mention["note"]]))
    number = float(digits(doc.norm[row["value_start"]:row["value_end"]].split(":")[0]))
    row["period"], row["period_basis"] = period_of(row["indicator_id"], row["unit"], row["period"], row["period_basis"])
    value_std, unit_std, conversion, comparator = standard_value(
        row["kind"], number, row["unit"], row["indicator_id"], row["value_type"], row["period"],
        comparator=row["comparator"])
    if row["kind"] in _CHANGES and ctx.decreases(row["kind_cue"]):  # signed as the general row was
        value_std = -value_std
    if row["kind"] == "change_pp":
        unit_std = "pp"
    row.update(value_std=value_std, unit_std=unit_std, conversion=conversion, comparator=comparator)


# ---------------------------------------------------------------- the document
def extract_document(doc):
    """Figures, table-row log and unreported numbers of one :class:`Document`.

    Returns
    -------
    Extraction
        ``figures`` (columns :data:`COLUMNS`), ``table_rows`` (:data:`TABLE_ROW_COLUMNS`) and
        ``numbers`` (:data:`NUMBER_COLUMNS`).
    """
    figures, log, numbers = document_rows(doc)
    return Extraction(_typed(pd.DataFrame(figures, columns=COLUMNS)), pd.DataFrame(log, columns=TABLE_ROW_COLUMNS),
                      _numbers_frame(numbers))


def document_rows(doc):
    """What :func:`extract_document` returns, as plain rows (lists of dicts): the figures in their
    final order, with ``figure_id`` and linked ``derived_from``, the table-row log and the numbers
    in no figure. The frames are made once, at the end, by the caller that needs them."""
    load_registry()
    tables = find_tables(doc.text, doc.norm)
    table_rows, log = table_figures(doc, tables)
    unread = _unread_rows(doc, tables, log)
    spans = _carve(sorted((t.start, t.end) for t in tables if t.kind == "indicator"), sorted(unread))
    starts = [s for s, _ in spans]
    found = mentions(doc.norm)
    structure = _structure_cells(tables)
    _units_of_unread_rows(found, unread, set(structure[0]))
    _units_of_form_lines(doc.norm, found, form_pair_lines(doc.norm))
    prose_mentions = [m for m in found if m.status == "quantity" and not _in_spans(m.start, starts, spans)]
    prose = _Prose(doc, spans, [cell for entry in log for cell in entry.pop("_goal_cells", ())])
    rows = prose.rows(prose_mentions)
    overrides = prose.family_overrides(spans)
    by_span = {(r["value_start"], r["value_end"]): r for r in rows}
    for span, mention in overrides.items():
        if span in by_span:
            _apply_family(by_span[span], mention, doc)
    _mark_unparsed_rows(doc, rows, unread)
    derived = derived_figures(doc, rows)
    for r in derived:
        r["date_basis"] = DateBasis.DERIVED.value
    rows += derived
    for r in rows:
        r.pop("_level", None)
        r.pop("_inverse", None)
    taken = {(r["value_start"]) for r in table_rows + rows}
    figures = sorted(table_rows + rows, key=lambda r: (r["value_start"], r["method"], r["kind"]))
    for r in figures:
        name, s0, s1 = r["indicator_zh"], r["subject_start"], r["subject_end"]
        if "\n" in (name or "") and isinstance(s0, int) and isinstance(s1, int) \
                and doc.text[s0:s1].strip() == name:  # a name over a hard wrap, as one line
            r["indicator_zh"] = doc.printed(s0, s1).strip()
        derived = r["method"] == "derived"
        r["figure_id"] = f"{doc.key}:{r['value_start']}" + ("d" if derived else "")
        if derived:
            r["derived_from"] = ";".join(f"{doc.key}:{s}" for s in r["derived_from"].split(";") if s)
    return figures, log, _numbers(doc, found, taken, (starts, spans), structure)


def _carve(spans, holes):
    """``spans`` without the ``holes`` inside them (table spans less their unparsed rows)."""
    out, merged = [], []
    for h0, h1 in holes:  # the rows of stacked cells overlap: one hole
        if merged and h0 < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], h1))
        else:
            merged.append((h0, h1))
    for a, b in spans:
        for h0, h1 in merged:
            if a <= h0 < b:
                if h0 > a:
                    out.append((a, h0))
                a = max(a, h1)
        if a < b:
            out.append((a, b))
    return out


_UnreadRow = namedtuple("_UnreadRow", ["entry", "label", "unit", "cells"])


def _cell_index(cells):
    """The spans ``cells`` as ``(starts, reach)``, sorted by start, ``reach[j]`` the furthest end of
    the first ``j + 1``: whether a cell holds a position is then one bisection (a row of stacked
    cells that runs over a whole table can have hundreds)."""
    cells = sorted(cells)
    return [a for a, _ in cells], list(itertools.accumulate((b for _, b in cells), max))


def _cell_holds(index, pos):
    """Whether a cell of ``index`` (:func:`_cell_index`) holds ``pos``."""
    starts, reach = index
    j = bisect.bisect_right(starts, pos) - 1
    return j >= 0 and pos < reach[j]


def _unread_rows(doc, tables, log):
    """``{(start, end): _UnreadRow}`` of the table rows that could not be parsed: their log entry,
    their label cell (the first cell that is not a value) and the unit their label or table prints."""
    entries = {(r["char_start"], r["char_end"]): r for r in log if r["status"] == "unparsed"}
    out = {}
    for table in tables:
        if table.kind != "indicator":
            continue
        for row in table.rows:
            entry = entries.get((row.start, row.end))
            if entry is None:
                continue
            filled = [c for c in row.cells if c is not None and c.text]
            label = next((c for c in filled if not is_numeric(c.text)), None) if len(filled) > 1 else None
            unit = _label_unit(label.text if label else "") or _label_unit(row.parent) or row.unit or table.unit
            out[(row.start, row.end)] = _UnreadRow(entry, label, unit, _cell_index((c.start, c.end) for c in filled))
    for span, entry in entries.items():  # a table that could not be read at all
        out.setdefault(span, _UnreadRow(entry, None, "", _cell_index([])))
    return out


def _units_of_unread_rows(found, unread, structure=frozenset()):
    """A bare number in a row that could not be parsed takes the unit of the row's label or table
    (``护理型床位占比(%) | 48 | 55 | 60``), so the prose path reads it as a quantity; its row number
    (a cell of ``structure``) stays what it is, and so does a number in a row of sentences (:data:`SENTENCE_CELLS`)."""
    spans = sorted(span for span, row in unread.items() if row.entry.get("reason") != SENTENCE_CELLS)  # prose:
    starts = [a for a, _ in spans]  # a bare number in a sentence (1.贯彻落实…) is no value of a column
    for m in found:
        i = bisect.bisect_right(starts, m.start) - 1
        if m.status == "bare" and not m.chinese and i >= 0 and m.start < spans[i][1] and m.start not in structure:
            m.status, m.unit = "quantity", unread[spans[i]].unit


def _units_of_form_lines(norm, found, forms):
    """A number after a label on a form's line of ``label value`` pairs (:func:`form_pair_lines`)
    takes the unit the form declares (``金额单位: 万元``), and the line that declares it."""
    if not forms:
        return
    spans = sorted(forms)
    starts = [a for a, _ in spans]
    for m in found:
        i = bisect.bisect_right(starts, m.start) - 1
        if m.chinese or m.status not in ("bare", "uncaptured") or i < 0 or m.start >= spans[i][1]:
            continue
        before = norm[spans[i][0]:m.start].rstrip()
        if before and not before[-1].isdigit():  # a number right after a label, not after a number
            unit, line = forms[spans[i]]
            m.status, m.unit, m.reason, m.unit_line = "quantity", unit, "unit_declared", line
            m.unit_start = m.unit_end = m.end


def _row_of_cell(spans, unread, i, pos):
    """Of the unread rows whose spans hold ``pos`` (rows of stacked cells overlap: their labels
    come first, then their values), the one with a cell at ``pos``; else ``i``, the latest to start."""
    k = i
    while k >= 0 and pos < spans[k][1]:
        if _cell_holds(unread[spans[k]].cells, pos):
            return k
        k -= 1
    return i


def _mark_unparsed_rows(doc, rows, unread):
    """Figures read from a table row that could not be parsed say so (``method``, ``note``), take
    the row's label as their subject, and the row's log entry counts them: nothing is lost. In a row of sentences
    (:data:`SENTENCE_CELLS`) a figure keeps the subject its sentence names."""
    spans = sorted(unread)
    starts = [a for a, _ in spans]
    regions = region_words(doc.region_zh, *doc.parent_regions)
    for row in rows:
        i = bisect.bisect_right(starts, row["value_start"]) - 1
        if i < 0 or row["value_start"] >= spans[i][1]:
            continue
        i = _row_of_cell(spans, unread, i, row["value_start"])
        entry, label, _, _ = unread[spans[i]]
        row["method"] = "unparsed_row"
        row["note"] = "; ".join(filter(None, [row["note"], f"read as text: table row not parsed ({entry['reason']})"]))
        entry["n_figures"] += 1
        if label is not None and entry["reason"] != SENTENCE_CELLS:  # a row of sentences: the sentence's subject
            indicator, _, how, suggestion, score = map_subject(doc.norm[label.start:label.end], regions)
            if indicator != UNMAPPED and not unit_fits(indicator, row["unit"], row["kind"]):
                indicator, how = UNMAPPED, ""
            reg = info(indicator)
            row.update(indicator_zh=doc.text[label.start:label.end].strip(), subject_start=label.start,
                       subject_end=label.end, indicator_id=indicator, indicator_en=reg["name_en"],
                       family=reg["family"] or UNMAPPED, mapping=how, suggested_indicator=suggestion,
                       suggestion_score=score)


_LABEL_NUMBER = re.compile(r"(\d{1,2})[.、．](?=[^\d\s]*[\u4e00-\u9fff])")


def _structure_cells(tables):
    """Spans of the cells that give a table its shape: header cells (years, 序号), row numbers (also
    printed in a label: ``1.贫困残疾人生活补助比例``) and an evaluation's weights (权重)."""
    out = []
    for table in tables:
        if table.rows:  # a table that could not be read at all has cells, but no header known as such
            out += [(c.start, c.end) for c in table.header if c is not None]
            weights = [k for k, r in enumerate(column_roles(table.header)) if r["role"] == "weight"]
            for row in table.rows:  # an evaluation's scoring weights; the number of a numbered label (1.…)
                out += [(row.cells[k].start, row.cells[k].end) for k in weights
                        if k < len(row.cells) and row.cells[k] is not None]
                label = next((c for c in row.cells if c is not None and c.text), None)
                number = _LABEL_NUMBER.match(label.text) if label is not None else None
                if number:
                    out.append((label.start, label.start + number.end(1)))
        seq = [k for k, c in enumerate(table.header) if c is not None
               and c.text.replace(" ", "") in ("序号", "编号", "序") + PERIOD_HEADERS]
        for row in table.rows:
            if row.reason == "column numbers":
                out += [(c.start, c.end) for c in row.cells if c is not None]
            out += [(row.cells[k].start, row.cells[k].end) for k in seq if k < len(row.cells) and row.cells[k] is not None]
    out.sort()
    return [a for a, _ in out], out


def _numbers(doc, found, taken, table_spans, structure):
    """Every number of the text that is in no figure: ``excluded`` with the reason code of what it
    is (a date, a list number, a table's header year or row number ...), or ``uncaptured`` with
    what was wrong. Chinese numerals in words (一体化, 十四五) are not counted as numbers here."""
    rows = []
    for m in found:
        if m.start in taken:
            continue
        in_table = _in_spans(m.start, *table_spans)
        if m.status == "excluded":
            status, reason = "excluded", m.reason
        elif m.status == "uncaptured":
            status, reason = "uncaptured", m.reason
        elif _in_spans(m.start, *structure) and not m.chinese:
            status, reason = "excluded", "table_structure"
        elif m.status == "quantity":
            status, reason = "uncaptured", "in a table cell no figure took" if in_table else "no figure made of it"
        elif m.chinese:
            continue
        else:
            status, reason = "uncaptured", "no_unit"
        end = max(m.end, m.unit_end)
        rows.append({"doc": doc.name, "text_file": doc.text_file, "status": status, "reason": reason,
                     "char_start": m.start, "char_end": end, "line": doc.line_of(m.start),
                     "text": doc.text[m.start:end]})
    return rows


def _numbers_frame(rows):
    frame = pd.DataFrame(rows, columns=NUMBER_COLUMNS)
    for col in ("char_start", "char_end", "line"):
        frame[col] = frame[col].astype("int64")
    return frame


def _typed(figures):
    for col in INT_COLUMNS:
        figures[col] = pd.array(pd.to_numeric(figures[col]), dtype="Int64")
    for col in FLOAT_COLUMNS:
        figures[col] = figures[col].astype(float)
    text_cols = [c for c in COLUMNS if c not in INT_COLUMNS + FLOAT_COLUMNS]
    figures[text_cols] = figures[text_cols].fillna("").astype(str)
    return figures


@lru_cache(maxsize=1)
def figures_schema():
    """The schema of the figures table (pandera is imported here, when a table is validated)."""
    import pandera.pandas as pa

    return pa.DataFrameSchema(
        {
            "figure_id": pa.Column(str, unique=True),
            "doc": pa.Column(str),
            "indicator_id": pa.Column(str, pa.Check.str_length(min_value=1)),
            "kind": pa.Column(str, pa.Check.isin(KINDS)),
            "comparator": pa.Column(str, pa.Check.isin(["", ">=", ">", "<=", "<"])),
            "value_type": pa.Column(str, pa.Check.isin(["number", "ratio", "missing", "qualitative"])),
            "method": pa.Column(str, pa.Check.isin(METHODS)),
            "year": pa.Column("Int64", nullable=True),
            "char_start": pa.Column("Int64", pa.Check.ge(0)),
            "char_end": pa.Column("Int64"),
            "value_start": pa.Column("Int64"),
            "value_end": pa.Column("Int64"),
            "value_std": pa.Column(float, nullable=True),
        },
        checks=[
            pa.Check(lambda df: (df["char_start"] <= df["value_start"]) & (df["value_end"] <= df["char_end"]),
                     error="value span outside its quote"),
        ],
        coerce=False,
    )


def validate(figures, texts):
    """Check the schema and the provenance invariant of every row.

    ``texts`` maps document file names to the text the offsets refer to. Raises
    :class:`mzlib.core.errors.InputError` naming the first offending figure.
    """
    from pandera.errors import SchemaErrors

    try:
        figures_schema().validate(figures, lazy=True)
    except SchemaErrors as exc:
        first = exc.failure_cases.iloc[0]
        raise InputError("figures table", f"schema check {first['check']!r} fails on column "
                         f"{first['column']!r} (value {first['failure_case']!r})",
                         hint="fix the extractor, not the output") from None
    for row in figures.itertuples():
        text = texts[row.doc]
        if text[row.char_start:row.char_end] != row.quote or text[row.value_start:row.value_end] != row.value_text:
            raise InputError(row.doc, f"figure {row.figure_id}: quote or value does not match the text at "
                             f"{row.char_start}:{row.char_end}", line=row.line)
    return figures


def extract_corpus(paths_, manifest=None, text_dir=None):
    """Figures, table rows and unreported numbers of several files, in the order given
    (``text_dir``: see :meth:`Document.from_path`)."""
    parts = [extract_document(Document.from_path(path, manifest, text_dir)) for path in paths_]
    return Extraction(*(pd.concat([getattr(p, f) for p in parts], ignore_index=True)
                        for f in Extraction._fields))
