"""Write a text document out as a web page, a Word file, a PDF or a workbook, the way publishers lay them out.

Test fixtures and the conversion benchmark use it; it is not part of mzlib. A text document is
read as paragraphs (one a line) and ``|`` tables in the three layouts of the seeds (row per line,
cell per line, grouped rows whose first cell is printed once per group) and 专栏 boxes. Each
writer lays them out as a real publisher would: the web page declares its charset in a
``<meta>`` tag, indents paragraphs with full-width spaces, writes quotes as entities and
merges a group's first cell over its rows (``rowspan``); the Word file uses real tables with
merged cells and first-line indents; the PDF wraps Chinese lines at a fixed width (numbers are
never broken, so ``4.44`` and ``亿元`` may land on two lines), draws ruled tables with merged
cells, a running head and a page number ``— N —`` at the foot of every page.
"""

import html
import re

PDF_FONT = "STSong-Light"


def _cells(line):
    cells = [part.strip() for part in line.split("|")]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _table(lines):
    """Rows of (text, rowspan, colspan) for one ``|`` block, in the layout a publisher prints."""
    split = [_cells(line) for line in lines]
    if all(len(cells) <= 1 for cells in split):
        flat = [cells[0] if cells else "" for cells in split]
        if flat and flat[0].startswith("专栏"):
            return [[(text, 1, 1)] for text in flat]
        width = flat.index("1") if "1" in flat else len(flat)
        return [[(text, 1, 1) for text in flat[i:i + width]] for i in range(0, len(flat), width)]
    width = len(split[0])
    rows = [[(text, 1, 1) for text in split[0]]]
    group = None
    for cells in split[1:]:
        if len(cells) == width - 1 and group is not None:
            text, span, _ = rows[group][0]
            rows[group][0] = (text, span + 1, 1)
            rows.append([(text, 1, 1) for text in cells])
            continue
        group = len(rows) if len(cells) == width and "领域" in split[0][0] else None
        rows.append([(text, 1, 1) for text in cells])
    return rows


def blocks(text):
    """The paragraphs (str) and tables (rows of (text, rowspan, colspan)) of a text document."""
    out, table = [], []
    for line in text.split("\n"):
        if "|" in line:
            table.append(line)
            continue
        if table:
            out.append(_table(table))
            table = []
        if line.strip():
            out.append(line.strip())
    if table:
        out.append(_table(table))
    return out


def _positions(rows):
    """(row, column, text, rowspan, colspan) of every printed cell, columns counted in the grid."""
    taken, out = set(), []
    for r, row in enumerate(rows):
        c = 0
        for text, rowspan, colspan in row:
            while (r, c) in taken:
                c += 1
            out.append((r, c, text, rowspan, colspan))
            taken |= {(r + i, c + j) for i in range(rowspan) for j in range(colspan)}
            c += colspan
    width = max(c for _, c in taken) + 1
    return out, width


# ---------------------------------------------------------------- web page
_ENTITIES = {"“": "&ldquo;", "”": "&rdquo;", "—": "&mdash;", "·": "&middot;"}


def _escape(text):
    text = html.escape(text, quote=False)
    return "".join(_ENTITIES.get(c, c) for c in text)


def to_html(parts, charset="gbk", title="document"):
    """A web page (bytes) in ``charset`` as declared by its ``<meta>`` tag (GBK/GB2312 as GB18030)."""
    body = []
    for part in parts:
        if isinstance(part, str):
            body.append(f"<p style=\"text-indent:2em\">\u3000\u3000{_escape(part)}</p>")
            continue
        rows = []
        for r, row in enumerate(part):
            tag = "th" if r == 0 else "td"
            cells = "".join(
                f"<{tag}{f' rowspan={span}' if span > 1 else ''}>{'<br>'.join(_escape(t) for t in text.split(' ')) if r == 0 else _escape(text)}</{tag}>"
                for text, span, _ in row)
            rows.append(f"<tr>{cells}</tr>")
        body.append("<table border=\"1\" cellspacing=\"0\">\n" + "\n".join(rows) + "\n</table>")
    page = (f"<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
            f"charset={charset}\">\n<title>{_escape(title)}</title>\n<script>var nav = 1;</script>\n</head>\n"
            "<body>\n<div class=\"article\">\n" + "\n".join(body) + "\n</div>\n</body>\n</html>\n")
    encoding = "gb18030" if charset.lower() in ("gbk", "gb2312") else charset
    return page.encode(encoding)


# ---------------------------------------------------------------- Word
def to_docx(parts, path):
    """A Word file with indented paragraphs and tables whose group cells are merged."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    for part in parts:
        if isinstance(part, str):
            paragraph = document.add_paragraph(part)
            paragraph.paragraph_format.first_line_indent = Pt(21)
            continue
        cells, width = _positions(part)
        table = document.add_table(rows=len(part), cols=width)
        table.style = "Table Grid"
        for r, c, text, rowspan, colspan in cells:
            cell = table.cell(r, c)
            if rowspan > 1 or colspan > 1:
                cell = cell.merge(table.cell(r + rowspan - 1, c + colspan - 1))
            cell.text = text
    document.save(str(path))
    return path


# ---------------------------------------------------------------- spreadsheet
_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.(\d+))?(%?)")


def _typed(text):
    """A cell's value as a spreadsheet stores it, and the number format that shows it as printed: a plain number as a
    number under a format of its decimals (``4.44`` under ``0.00``), a percentage as a fraction under a percent
    format (``45.2%`` as 0.452 under ``0.0%``), anything else as text."""
    m = _PLAIN_NUMBER.fullmatch(text.strip())
    if not m:
        return text, "General"
    places = len(m.group(1) or "")
    number = float(text.strip().rstrip("%"))
    fmt = "0" + ("." + "0" * places if places else "")
    if m.group(2):
        return round(number / 100, places + 2), fmt + "%"
    return (int(number) if not places else number), fmt


def to_xlsx(parts, path):
    """A workbook as a statistics office exports a document's tables: one sheet a table, the paragraph before it (its
    title) in a first row merged across it, group cells merged, numbers stored as numbers (:func:`_typed`).
    Paragraphs that are no table's title are left out: a workbook holds the tables."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    title = ""
    for part in parts:
        if isinstance(part, str):
            title = part
            continue
        cells, width = _positions(part)
        sheet = book.create_sheet(f"表{len(book.worksheets) + 1}")
        top = 1
        if title:
            sheet.cell(1, 1, title)
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
            top = 2
        for r, c, text, rowspan, colspan in cells:
            value, fmt = _typed(text)
            cell = sheet.cell(top + r, 1 + c, value)
            cell.number_format = fmt
            if rowspan > 1 or colspan > 1:
                sheet.merge_cells(start_row=top + r, start_column=1 + c, end_row=top + r + rowspan - 1,
                                  end_column=c + colspan)
        title = ""
    book.save(str(path))
    return path


# ---------------------------------------------------------------- PDF
def _pdf_font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))


def _markup(text):
    return html.escape(text, quote=False)


def to_pdf(parts, path, head="民政事业发展规划"):
    """A ruled, paginated A4 PDF with a running head (none if ``head`` is empty) and a ``— N —``
    page number at the foot of each page."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

    _pdf_font()
    body = ParagraphStyle("body", fontName=PDF_FONT, fontSize=10.5, leading=18, firstLineIndent=21,
                          wordWrap="CJK", alignment=TA_JUSTIFY)
    cell = ParagraphStyle("cell", fontName=PDF_FONT, fontSize=7, leading=8.5, wordWrap="CJK")
    frame_width = A4[0] - 2 * 72 - 12

    def page(canvas, document):
        canvas.saveState()
        canvas.setFont(PDF_FONT, 9)
        if head:
            canvas.drawCentredString(A4[0] / 2, A4[1] - 40, head)
        canvas.setFont(PDF_FONT, 10.5)
        canvas.drawCentredString(A4[0] / 2, 36, f"— {document.page} —")
        canvas.restoreState()

    story = []
    for part in parts:
        if isinstance(part, str):
            story.append(Paragraph(_markup(part), body))
            continue
        cells, width = _positions(part)
        grid = [[""] * width for _ in part]
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        lengths = [4] * width
        for r, c, text, rowspan, colspan in cells:
            grid[r][c] = Paragraph(_markup(text), cell)
            lengths[c] = max(lengths[c], min(len(text), 30))
            if rowspan > 1 or colspan > 1:
                style.append(("SPAN", (c, r), (c + colspan - 1, r + rowspan - 1)))
        widths = [frame_width * n / sum(lengths) for n in lengths]
        table = Table(grid, colWidths=widths, style=TableStyle(style))
        merged = any(rowspan > 1 or colspan > 1 for _, _, _, rowspan, colspan in cells)
        story.append(KeepTogether([table]) if merged else table)
    SimpleDocTemplate(str(path), pagesize=A4, title="document").build(story, onFirstPage=page, onLaterPages=page)
    return path


def seed_name(name, suffix):
    """``x.txt`` as ``x.pdf`` (any suffix)."""
    return re.sub(r"\.txt$", suffix, name)


def figure_key(figures):
    """The figures of a table as a multiset of (indicator_id, year, kind, value_std): what must
    survive a change of format (offsets and quotes legitimately differ)."""
    from collections import Counter

    return Counter(zip(figures["indicator_id"], figures["year"].astype(str), figures["kind"],
                       figures["value_std"].round(6).astype(str)))


def agreement(expected, found):
    """Share of ``expected`` figures (a :func:`figure_key` multiset) that ``found`` also has."""
    total = sum(expected.values())
    return sum((expected & found).values()) / total if total else 1.0
