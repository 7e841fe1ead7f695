"""Find and split the indicator tables of a document, in the three layouts the sources use.

``cell_per_line``
    one cell per line, each line ending in ``|`` (Wenshan); rows start at the row number.
``row_per_line``
    one row per line, cells separated by `` | `` (Yunnan Tables 1 and 2).
``grouped_rows``
    as ``row_per_line`` with a grouping column (``领域``) printed only on the first row of each
    group, so later rows shift left by one cell (Tai'an annex).

Text boxes (``专栏``) also use ``|`` but hold prose, not indicators: they are found and labelled
``box`` and their rows are not parsed. Every offset refers to the original text.
"""

import re
from dataclasses import dataclass, field

from mzlib.core.normalize import normalize


@dataclass
class Cell:
    """One cell: stripped text (normalised) and its span in the original text."""

    text: str
    start: int
    end: int
    line: int


@dataclass
class Row:
    """One table row; ``status`` is ``parsed`` or ``unparsed`` with a ``reason``."""

    row_no: int
    cells: list
    start: int
    end: int
    line: int
    status: str = "parsed"
    reason: str = ""
    group: str = ""


@dataclass
class Table:
    """A table block with its header, rows and column roles."""

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


def _lines(norm):
    pos = 0
    for number, line in enumerate(norm.split("\n"), start=1):
        yield number, pos, line
        pos += len(line) + 1


def _cells(line, offset, number):
    cells, pos = [], 0
    for part in line.split("|"):
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        cells.append(Cell(stripped, offset + pos + lead, offset + pos + lead + len(stripped), number))
        pos += len(part) + 1
    while cells and not cells[-1].text:
        cells.pop()
    return cells


def _blocks(norm):
    block, previous = [], (0, 0, "")
    for number, offset, line in _lines(norm):
        if "|" in line:
            block.append((number, offset, line))
        else:
            if block:
                yield previous, block
                block = []
            previous = (number, offset, line)
    if block:
        yield previous, block


def find_tables(text, norm=None):
    """All ``|`` blocks of a document as :class:`Table` objects, in order.

    Parameters
    ----------
    text : str
        The original document text.
    norm : str, optional
        ``normalize(text)`` when the caller has it already.

    Returns
    -------
    list of Table
        ``kind`` is ``indicator`` or ``box``; rows that cannot be split into the header's columns
        are kept with ``status="unparsed"`` and the reason.
    """
    norm = normalize(text) if norm is None else norm
    tables = []
    for (_, title_offset, title), block in _blocks(norm):
        lines = [_cells(line, offset, number) for number, offset, line in block]
        start, end = block[0][1], block[-1][1] + len(block[-1][2])
        table = Table(len(tables) + 1, "", "indicator", start, end, block[0][0], title.strip())
        if all(len(cells) <= 1 for cells in lines):
            table.layout = "cell_per_line"
            flat = [c for cells in lines for c in cells]
            if flat and flat[0].text.startswith("专栏"):
                table.kind, table.layout = "box", "box"
            else:
                _split_cell_per_line(table, flat)
        else:
            _split_row_per_line(table, lines)
        tables.append(table)
    return tables


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


def _split_row_per_line(table, lines):
    table.header, body = lines[0], lines[1:]
    ncols = len(table.header)
    grouped = bool(table.header) and "领域" in table.header[0].text
    table.layout = "grouped_rows" if grouped else "row_per_line"
    group = ""
    for i, cells in enumerate(body, start=1):
        if not cells:
            continue
        row = Row(i, cells, cells[0].start, cells[-1].end, cells[0].line)
        if grouped and len(cells) == ncols - 1 and group:
            row.group = group
        elif len(cells) == ncols:
            if grouped:
                group = row.group = cells[0].text
                row.cells = cells[1:]
        else:
            row.status = "unparsed"
            row.reason = f"row has {len(cells)} cells, header has {ncols}"
            if i == len(body) and len(cells) < ncols:
                row.reason = f"truncated table: last row has {len(cells)} of {ncols} cells"
        table.rows.append(row)
    if grouped:
        table.header = table.header[1:]


_YEAR = re.compile(r"(\d{4})年")
_PAREN_UNIT = re.compile(r"\(([^()]{1,4})\)$")


def column_roles(header):
    """The role of each header cell.

    A value column is a ``baseline`` when it is an actual value (``实际值``) at the earliest year
    of a table with several years; ``完成值`` (achieved) columns stay ``actual``.

    Returns
    -------
    list of dict
        Keys ``role`` (seq, indicator, unit, value, growth, attribute, status, other), ``kind``
        (actual, baseline, target for values), ``year`` (int or None), ``basis`` (growth: total,
        annual, annual_planned) and ``unit`` (printed in the header, e.g. ``(%)``).
    """
    roles = []
    for cell in header:
        name = re.sub(r"\s+", "", cell.text)
        year = _YEAR.search(name)
        unit = _PAREN_UNIT.search(name)
        role = {"role": "other", "kind": "", "year": int(year.group(1)) if year else None,
                "basis": "", "unit": unit.group(1) if unit else "", "name": name}
        if name == "序号":
            role["role"] = "seq"
        elif "属性" in name:
            role["role"] = "attribute"
        elif "是否完成" in name or "完成情况" in name:
            role["role"] = "status"
        elif name == "单位":
            role["role"] = "unit"
        elif "增长" in name or "增速" in name:
            role.update(role="growth", basis="annual" if "年均" in name else "total")
        elif "值" in name:
            role.update(role="value", kind="target" if "目标" in name else "actual")
        elif "指标" in name:
            role["role"] = "indicator"
        roles.append(role)
    years = [r["year"] for r in roles if r["role"] == "value" and r["year"]]
    has_target = any(r["kind"] == "target" for r in roles)
    for r in roles:
        if r["role"] == "value" and "实际" in r["name"] and r["year"] and len(years) > 1 \
                and r["year"] == min(years):
            r["kind"] = "baseline"
        if r["role"] == "growth" and r["basis"] == "annual" and has_target:
            r["basis"] = "annual_planned"
    return roles
