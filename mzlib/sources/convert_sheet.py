"""Spreadsheets (``.xlsx`` and the older ``.xls``) to blocks: each sheet a table, its cells as a spreadsheet shows them.

Statistics offices and yearbooks publish their tables as spreadsheets, and a researcher downloads them as
they are. openpyxl reads ``.xlsx`` and xlrd ``.xls`` (each with the cells' number formats and merged
ranges); lxml reads the XML spreadsheet of Excel 2003 (``<Workbook xmlns="urn:schemas-microsoft-com:office:
spreadsheet">``), which web systems export under an ``.xls`` name. The rules written here are what a reader of
the sheet sees:

- a number as its cell's number format shows it: the decimals the format prints (``100.00``), a percent
  format as a percentage (``0.123`` under ``0.0%`` is ``12.3%``), the text a format prints around the
  number (``0.00"万元"`` shows ``12.50万元``); no thousands separators (a value's digits, as the text
  path reads ``1,234`` and ``1234`` alike); under ``General``, at most ten significant digits, as a
  spreadsheet shows a stored ``1588.1600000000001``; a date as ``2024-06-30``;
- a merged range repeated in every position it covers (a row merged across the whole table is a title
  line before it, or a note line after it: :func:`mzlib.sources.textlayout.table_lines`);
- rows and columns with no text left out; the rows before the first row of two or more cells (a title
  and a ``单位:`` line typed into the first cell) and after the last (notes) as lines of their own;
- tables stacked in one sheet as tables of their own, each with its columns: empty rows followed by a row
  of two or more headings (none a number or a date) over a row of numbers start the next table (an empty row
  before more numbers, before a group heading of one cell or before a last row such as ``统计时点 | 2023-12-31``
  stays inside the table);
- every sheet in the workbook's order, hidden ones too, each named in a note with the line it starts at
  (the derived text does not print sheet names: a name such as ``2020`` would read as a date); hidden rows and
  columns are read as the others, and a note counts those that hold text.

A formula whose result the file does not store (a workbook written by a program that does not
calculate) shows nothing; the note counts such cells, never dropping them in silence.
"""

import datetime as dt
import io
import re
import warnings
import zipfile
from dataclasses import dataclass

from mzlib.core.errors import InputError
from mzlib.sources.textlayout import Cell, clean, render

_LITERAL = re.compile(r'"([^"]*)"|\\(.)|(\[[^\]]*\])|_.?|\*.?|([0#?.,%])|(.)')
_GENERAL_DIGITS = 10
# a cell that shows a number (as :func:`show_number` writes one, or typed as text)
_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?%?")
_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _section(fmt, value):
    """The part of a number format that shows ``value`` (``pos;neg;zero;text``), and whether its sign is printed
    by the format itself (a negative section shows the number without its minus)."""
    parts = fmt.split(";")
    if value < 0 and len(parts) > 1 and parts[1]:
        return parts[1], True
    if value == 0 and len(parts) > 2 and parts[2]:
        return parts[2], False
    return parts[0], False


def _general(value):
    """A number as the ``General`` format shows it: an integer without a decimal point, else at most ten
    significant digits, no exponent for the sizes of the genre."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = f"{value:.{_GENERAL_DIGITS}g}"
    if "e" in text:
        text = f"{value:.{_GENERAL_DIGITS}f}".rstrip("0").rstrip(".")
    return text


def show_number(value, fmt):
    """A number as a spreadsheet shows it under the number format ``fmt`` (see the module docstring).

    >>> show_number(0.1234, "0.0%"), show_number(100, "0.00"), show_number(12.5, '0.00"万元"')
    ('12.3%', '100.00', '12.50万元')
    """
    section, signed = _section((fmt or "General").strip(), value)
    if section.strip().lower() in ("general", "@", ""):
        return _general(value)
    prefix, suffix, places, percent, seen = [], [], None, False, False
    for m in _LITERAL.finditer(section):
        quoted, escaped, bracket, placeholder, other = m.groups()
        if placeholder:
            if placeholder == "%":
                percent = True
                (suffix if seen else prefix).append("%")
            elif placeholder == "." and places is None:
                places = 0
            elif placeholder in "0#?":
                seen = True
                if places is not None:
                    places += 1
            continue
        text = next((t for t in (quoted, escaped, other) if t is not None), None)
        if text is None:
            continue  # [Red], [$-804], a padding _x or a fill *x
        if text in "Ee" and seen:
            return _general(value)  # a scientific format: shown as General
        (suffix if seen else prefix).append(text)
    if not seen:  # a section of text alone: the accounting format's "-" for zero
        return "".join(prefix + suffix).strip() or _general(value)
    number = abs(value) * 100 if percent else abs(value)
    digits = f"{number:.{places or 0}f}"
    sign = "-" if value < 0 and not signed and float(digits) != 0 else ""
    return ("".join(prefix) + sign + digits + "".join(suffix)).strip()


def _show(value, fmt):
    """Any cell value as shown: text stripped, a number by its format, a date as ISO, TRUE/FALSE."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return show_number(value, fmt)
    return clean(str(value))


def _sheet_blocks(texts, merged):
    """Blocks of one sheet: ``texts`` a grid of shown cell texts, ``merged`` ranges ``(r0, r1, c0, c1)`` inclusive."""
    height = len(texts)
    width = max((len(row) for row in texts), default=0)
    grid = [[Cell(row[c] if c < len(row) else "", -1 - r * width - c) for c in range(width)]
            for r, row in enumerate(texts)]
    for k, (r0, r1, c0, c1) in enumerate(merged):
        if r0 >= height or c0 >= width:
            continue
        text = grid[r0][c0].text
        for r in range(r0, min(r1, height - 1) + 1):
            for c in range(c0, min(c1, width - 1) + 1):
                grid[r][c] = Cell(text, k)
    parts, part = [], []
    filled = [i for i, row in enumerate(grid) if any(cell.text for cell in row)]
    for k, i in enumerate(filled):
        row, after = grid[i], grid[filled[k + 1]] if k + 1 < len(filled) else None
        gap = k > 0 and i > filled[k - 1] + 1
        if gap and _is_header(row) and after is not None and _has_number(after) and any(_cells(r) > 1 for r in part):
            parts.append(part)  # empty rows, then a row of headings over a row of numbers: the sheet's next table
            part = []
        part.append(row)
    blocks = []
    for part in parts + [part]:
        blocks += _part_blocks(part, width)
    return blocks


def _cells(row):
    """How many cells of a row hold text (a merged range counts once)."""
    return len({cell.origin for cell in row if cell.text})


def _is_header(row):
    """A row of two or more cells none of which is a number or a date: the headings a table starts with."""
    return _cells(row) > 1 and not any(_NUMBER.fullmatch(cell.text) or _DATE.match(cell.text) for cell in row)


def _has_number(row):
    """A row of two or more cells, one of them a number: a row of a table's body."""
    return _cells(row) > 1 and any(_NUMBER.fullmatch(cell.text) for cell in row)


def _part_blocks(rows, width):
    """Blocks of the rows of one table of a sheet: its columns with text, lines before and after it."""
    keep = [c for c in range(width) if any(row[c].text for row in rows)]
    rows = [[row[c] for c in keep] for row in rows]
    many = [i for i, row in enumerate(rows) if _cells(row) > 1]
    lines = lambda part: [" ".join(dict.fromkeys(cell.text for cell in row if cell.text)) for row in part]  # noqa: E731
    if not many:
        return lines(rows)
    first, last = many[0], many[-1]
    return lines(rows[:first]) + [rows[first:last + 1]] + lines(rows[last + 1:])


@dataclass(frozen=True)
class Sheet:
    """One sheet as read: ``texts`` a grid of shown cell texts, ``merged`` ranges ``(r0, r1, c0, c1)`` inclusive;
    ``unstored`` formulas that store no result; the rows and columns hidden in the sheet that hold text (read as the
    others: a reader who unhides them sees them, and a figure is never dropped in silence)."""

    name: str
    hidden: bool
    texts: list
    merged: list
    unstored: int = 0
    hidden_rows: int = 0
    hidden_columns: int = 0


def _hidden_with_text(texts, rows, columns):
    """How many of the hidden ``rows`` and ``columns`` (0-based indexes) hold text."""
    return (sum(1 for r in rows if r < len(texts) and any(texts[r])),
            sum(1 for c in columns if any(c < len(row) and row[c] for row in texts)))


def _xlsx_sheets(path):
    """Each :class:`Sheet` of an ``.xlsx``."""
    import openpyxl

    try:
        with warnings.catch_warnings():  # (a workbook without a default style, an extension openpyxl skips)
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, data_only=True)
            formulas = openpyxl.load_workbook(path, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError(path, f"not a readable .xlsx workbook ({type(exc).__name__}: {exc})",
                         hint="open it in a spreadsheet program and save it again as .xlsx") from None
    out = []
    for sheet in book.worksheets:
        written = formulas[sheet.title]
        texts, unstored = [], 0
        for row, row_f in zip(sheet.iter_rows(), written.iter_rows()):
            texts.append([_show(cell.value, cell.number_format) for cell in row])
            unstored += sum(cell.value is None and cell_f.data_type == "f" for cell, cell_f in zip(row, row_f))
        merged = [(m.min_row - 1, m.max_row - 1, m.min_col - 1, m.max_col - 1) for m in sheet.merged_cells.ranges]
        rows = [r - 1 for r, d in sheet.row_dimensions.items() if d.hidden]
        columns = [c - 1 for d in sheet.column_dimensions.values() if d.hidden and d.min
                   for c in range(d.min, (d.max or d.min) + 1)]
        out.append(Sheet(sheet.title, sheet.sheet_state != "visible", texts, merged, unstored,
                         *_hidden_with_text(texts, rows, columns)))
    return out


def _xls_sheets(path):
    """Each :class:`Sheet` of an ``.xls`` workbook (its formulas always store their result)."""
    import xlrd
    from xlrd.compdoc import CompDocError

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, logfile=io.StringIO())  # (its warnings: not stdout)
    except (xlrd.XLRDError, CompDocError, NotImplementedError, ValueError, AssertionError, IndexError, KeyError,
            OSError) as exc:
        raise InputError(path, f"not a readable .xls workbook ({type(exc).__name__}: {exc})",
                         hint="open it in a spreadsheet program and save it again as .xlsx") from None
    out = []
    for sheet in book.sheets():
        texts = []
        for r in range(sheet.nrows):
            row = []
            for c in range(sheet.ncols):
                cell = sheet.cell(r, c)
                fmt = book.format_map[book.xf_list[cell.xf_index].format_key].format_str if cell.xf_index is not None \
                    else "General"
                if cell.ctype == xlrd.XL_CELL_DATE:
                    value = xlrd.xldate_as_datetime(cell.value, book.datemode)
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    value = bool(cell.value)
                elif cell.ctype == xlrd.XL_CELL_ERROR:
                    value = xlrd.error_text_from_code.get(cell.value, "#ERROR")
                elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    value = None
                else:
                    value = cell.value
                row.append(_show(value, fmt))
            texts.append(row)
        merged = [(r0, r1 - 1, c0, c1 - 1) for r0, r1, c0, c1 in sheet.merged_cells]
        rows = [r for r, info in sheet.rowinfo_map.items() if info.hidden]
        columns = [c for c, info in sheet.colinfo_map.items() if info.hidden]
        out.append(Sheet(sheet.name, sheet.visibility != 0, texts, merged, 0, *_hidden_with_text(texts, rows, columns)))
    return out


_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
# the named number formats of the XML spreadsheet, as format codes
_NAMED_FORMATS = {"general": "General", "general number": "General", "fixed": "0.00", "standard": "#,##0.00",
                  "percent": "0.00%", "scientific": "0.00E+00", "0": "0"}


def _xml_sheets(path, data):
    """Each :class:`Sheet` of an Excel 2003 XML spreadsheet (``ss:Index`` skips cells,
    ``ss:MergeAcross``/``ss:MergeDown`` merge them, a style's ``NumberFormat`` formats them)."""
    from lxml import etree

    try:
        root = etree.fromstring(data, parser=etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    except etree.XMLSyntaxError as exc:
        raise InputError(path, f"not a readable XML spreadsheet ({exc})",
                         hint="open it in a spreadsheet program and save it as .xlsx") from None
    formats = {}
    for style in root.iter(f"{_SS}Style"):
        number = style.find(f"{_SS}NumberFormat")
        if number is not None and number.get(f"{_SS}Format"):
            code = number.get(f"{_SS}Format")
            formats[style.get(f"{_SS}ID")] = _NAMED_FORMATS.get(code.lower(), code)
    out = []
    for sheet in root.iter(f"{_SS}Worksheet"):
        texts, merged, taken, hidden_rows, hidden_columns = [], [], set(), [], []
        table = sheet.find(f"{_SS}Table")
        r = c = -1
        for column in (table.iter(f"{_SS}Column") if table is not None else ()):
            c = int(column.get(f"{_SS}Index", c + 2)) - 1
            span = int(column.get(f"{_SS}Span", 0))
            if column.get(f"{_SS}Hidden") == "1":
                hidden_columns += range(c, c + span + 1)
            c += span
        for row in (table.iter(f"{_SS}Row") if table is not None else ()):
            r = int(row.get(f"{_SS}Index", r + 2)) - 1
            if row.get(f"{_SS}Hidden") == "1":
                hidden_rows.append(r)
            line, c = {}, -1
            for cell in row.iter(f"{_SS}Cell"):
                c = int(cell.get(f"{_SS}Index", 0)) - 1 if cell.get(f"{_SS}Index") else c + 1
                while (r, c) in taken:
                    c += 1
                across, down = int(cell.get(f"{_SS}MergeAcross", 0)), int(cell.get(f"{_SS}MergeDown", 0))
                if across or down:
                    merged.append((r, r + down, c, c + across))
                    taken |= {(r + i, c + j) for i in range(down + 1) for j in range(across + 1)}
                item = cell.find(f"{_SS}Data")
                value = "".join(item.itertext()) if item is not None else ""
                kind = item.get(f"{_SS}Type") if item is not None else ""
                if kind == "Number":
                    value = _show(float(value), formats.get(cell.get(f"{_SS}StyleID"), "General"))
                elif kind == "DateTime":
                    value = _show(dt.datetime.fromisoformat(value[:19]), "")
                line[c] = clean(value)
                c += across
            while len(texts) <= r:
                texts.append([])
            width = max(line, default=-1) + 1
            texts[r] = [line.get(k, "") for k in range(width)]
        options = sheet.find(f"{{urn:schemas-microsoft-com:office:excel}}WorksheetOptions")
        hidden = options is not None and options.find("{urn:schemas-microsoft-com:office:excel}Visible") is not None
        out.append(Sheet(sheet.get(f"{_SS}Name", ""), hidden, texts, merged, 0,
                         *_hidden_with_text(texts, hidden_rows, hidden_columns)))
    return out


def sheet_text(path, kind, data=None):
    """The derived text of a workbook and its notes (see the module docstring).

    Parameters
    ----------
    path : Path
    kind : str
        ``xlsx``, ``xls`` or ``xml`` (an Excel 2003 XML spreadsheet).
    data : bytes, optional
        The file's bytes, when the caller has read them.

    Returns
    -------
    tuple of (str, list of str)
    """
    if kind == "xml":
        sheets = _xml_sheets(path, path.read_bytes() if data is None else data)
    else:
        sheets = _xlsx_sheets(path) if kind == "xlsx" else _xls_sheets(path)
    parts, notes, line = [], [], 1
    for number, sheet in enumerate(sheets, start=1):
        text = render(_sheet_blocks(sheet.texts, sheet.merged))
        name, state = sheet.name, ", hidden in the workbook," if sheet.hidden else ""
        if not text:
            notes.append(f"sheet {number} of {len(sheets)} ({name!r}){state} holds no text")
            continue
        notes.append(f"sheet {number} of {len(sheets)} ({name!r}){state} starts at line {line}")
        if sheet.unstored:
            notes.append(f"sheet {name!r}: {sheet.unstored} formula cells store no result and show nothing (open the "
                         "workbook in a spreadsheet program and save it, then add it again)")
        hidden = [f"{n} hidden {what}{'s' if n > 1 else ''}" for n, what in ((sheet.hidden_rows, "row"),
                                                                             (sheet.hidden_columns, "column")) if n]
        if hidden:
            notes.append(f"sheet {name!r}: the text of {' and '.join(hidden)} is read as the others")
        parts.append(text)
        line += text.count("\n") + 1
    return "\n".join(parts), notes
