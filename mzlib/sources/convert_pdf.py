"""PDF files to blocks: glyphs from pypdfium2, ruled tables from pdfplumber, layout rules from
:mod:`mzlib.sources.pdf_layout`.

pypdfium2 (PDFium, in C) reads every glyph with its box, fast; pdfplumber finds tables from
their ruling lines, and is asked only about pages that draw lines at all, because it is about
ten times slower. On those pages pdfplumber also gives the glyphs, because PDFium drops
characters that a narrow cell stacks one per line; a cell's text is read from the same glyphs
as the rest of its page.

The text read must not depend on the fonts a machine happens to have. PDFium places the glyphs of a
font the PDF does not embed with a font of the machine's own, and where the machine has none that
covers them (no CJK font installed) it also drops a line that repeats an earlier one, taking it for
the same text printed twice. A page that uses a font it does not embed is therefore read by
pdfplumber (pdfminer), which places glyphs from the widths and character maps in the PDF alone.
Where pdfminer reads less than PDFium (it cannot read the character map of some encrypted files,
and skips a code its character map lacks, such as ``·``), PDFium's reading is kept. Glyphs that
carry no text in the PDF's own maps (a font with neither a ToUnicode map nor a known encoding) are
counted by page and named in a note: the text there is missing or guessed, never dropped in silence.
"""

import ctypes
import logging
import re

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from mzlib.core.errors import InputError
from mzlib.sources import pdf_layout
from mzlib.sources.pdf_layout import Glyph, TableBox
from mzlib.sources.textlayout import Cell, join_wrapped

logging.getLogger("pdfminer").setLevel(logging.ERROR)
_PASSWORD = getattr(pdfium_c, "FPDF_ERR_PASSWORD", 4)


def open_pdf(path):
    """The PDFium document, or a one-line error for encrypted and unreadable files."""
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD or "password" in str(exc).lower():
            raise InputError(path, "encrypted PDF: it needs a password to open",
                             hint="open it with its password and save an unencrypted copy "
                                  "(e.g. qpdf --password=PASSWORD --decrypt in.pdf out.pdf)") from None
        raise InputError(path, f"not a readable PDF ({exc})", hint="download the file again") from None


_CID = re.compile(r"^\(cid:\d+\)$")


def _glyphs(textpage, height):
    """Every drawn character with its loose box (the font's full height, so that its height is the
    font size on the page even when a text matrix scales a 1-point font), and the number of glyphs
    that carry no text."""
    raw, out, pending, textless = textpage.raw, [], None, 0
    for k in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(raw, k)
        if pdfium_c.FPDFText_IsGenerated(raw, k):
            continue
        if code in (0, 0xFFFE, 0xFFFF):
            textless += 1
            continue
        if code < 32 and code != 9:
            continue
        if 0xD800 <= code < 0xDC00:
            pending = code
            continue
        if 0xDC00 <= code < 0xE000 and pending is not None:
            code, pending = 0x10000 + ((pending - 0xD800) << 10) + (code - 0xDC00), None
        left, bottom, right, top = textpage.get_charbox(k, loose=True)
        out.append(Glyph(chr(code), left, right, height - top, height - bottom, top - bottom))
    return out, textless


def _plumber_glyphs(plumber_page):
    """The glyphs of a page as pdfplumber reads them, and the number that carry no text (``(cid:N)``):
    used on pages with tables, where PDFium drops characters stacked one per line in narrow cells
    (``预\\n期\\n性``), and on pages whose fonts are not embedded."""
    chars = plumber_page.chars
    out = [Glyph(c["text"], c["x0"], c["x1"], c["top"], c["bottom"], c["size"]) for c in chars
           if not _CID.match(c["text"])]
    return out, len(chars) - len(out)


def _ink(read):
    return sum(not glyph.char.isspace() for glyph in read[0])


def _better(plumber, pdfium, fonts):
    """pdfplumber's reading of a page unless PDFium's leaves fewer glyphs without text (pdfminer
    cannot read the character map of some encrypted files) or, on a page with fonts it does not
    embed, reads more characters (pdfminer skips a code its character map lacks, such as ``·`` in
    UniGB-UCS2-H; PDFium, when it has no font to place them, drops lines instead)."""
    if pdfium[0] and (pdfium[1] < plumber[1] or fonts and _ink(pdfium) > _ink(plumber)):
        return pdfium
    return plumber


def _font_name(font):
    size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
    return buffer.value.decode("utf-8", "replace")


def _not_embedded(page):
    """Names of the fonts the page's text uses without embedding them."""
    names = set()
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT], max_depth=2):
        font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
        if font and not pdfium_c.FPDFFont_GetIsEmbedded(font):
            names.add(_font_name(font) or "(unnamed)")
    return sorted(names)


def _has_objects(page, kind):
    return any(True for _ in page.get_objects(filter=[kind], max_depth=2))


def _inside(glyph, box):
    x, y = (glyph.x0 + glyph.x1) / 2, (glyph.top + glyph.bottom) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _cell_text(glyphs, box):
    lines = sorted(pdf_layout.lines_of([g for g in glyphs if _inside(g, box)]), key=lambda line: line.top)
    text = ""
    for line in lines:
        text = join_wrapped(text, line.text)
    return text


def _covering(cells, x, y):
    return next((k for k, box in enumerate(cells) if box[0] <= x <= box[2] and box[1] <= y <= box[3]), None)


def _contains(outer, inner):
    return outer[0] <= inner[0] and outer[1] <= inner[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def _framed(finder, page_area):
    """Single ruled cells (a framed box, or the part of a table row left on a page), which
    pdfplumber does not count as tables; a frame around other cells or most of the page is not."""
    used = {cell for table in finder.tables for cell in table.cells}
    out = []
    for cell in finder.cells:
        area = (cell[2] - cell[0]) * (cell[3] - cell[1])
        if cell in used or area > 0.5 * page_area:
            continue
        if any(other != cell and _contains(cell, other) for other in finder.cells):
            continue
        out.append(cell)
    return out


def _ruled_tables(plumber_page, glyphs, page_no):
    tables = []
    finder = plumber_page.debug_tablefinder()
    for box in _framed(finder, plumber_page.width * plumber_page.height):
        text = _cell_text(glyphs, box)
        if text:
            tables.append((TableBox([[Cell(text, 0)]], box[1], box[3], page_no), box))
    for table in finder.tables:
        cells, columns = table.cells, table.columns
        inside = [g for g in glyphs if _inside(g, table.bbox)]
        texts = {}
        grid = []
        for r, row in enumerate(table.rows):
            y = (row.bbox[1] + row.bbox[3]) / 2
            out = []
            for c, box in enumerate(row.cells):
                k = cells.index(box) if box is not None else None
                if k is None and c < len(columns):
                    k = _covering(cells, (columns[c].bbox[0] + columns[c].bbox[2]) / 2, y)
                if k is None:
                    out.append(Cell("", -1 - r * len(row.cells) - c))
                    continue
                if k not in texts:
                    texts[k] = _cell_text(inside, cells[k])
                out.append(Cell(texts[k], k))
            grid.append(out)
        if grid and any(cell.text for row in grid for cell in row):
            tables.append((TableBox(grid, table.bbox[1], table.bbox[3], page_no), table.bbox))
    return tables


def pdf_blocks(path):
    """Blocks of a PDF (see :func:`mzlib.sources.textlayout.render`), page count and notes.

    Returns
    -------
    tuple of (list, int, list of str)
        Blocks, number of pages, and notes for the reader (pages without text, glyphs without
        text, lines removed).

    Raises
    ------
    InputError
        Encrypted, unreadable, or scanned without a text layer.
    """
    document = open_pdf(path)
    plumber, pages, empty, images, unreadable = None, [], [], 0, []
    try:
        for number in range(len(document)):
            page = document[number]
            height = page.get_height()
            fonts = _not_embedded(page)
            glyphs, textless = _glyphs(page.get_textpage(), height)
            tables = []
            ruled = glyphs and _has_objects(page, pdfium_c.FPDF_PAGEOBJ_PATH)
            if ruled or fonts:
                plumber = plumber or pdfplumber.open(str(path))
                plumber_page = plumber.pages[number]
                read = _plumber_glyphs(plumber_page)
                glyphs, textless = _better(read, (glyphs, textless), fonts)[0], max(textless, read[1])
                tables = _ruled_tables(plumber_page, glyphs, number) if ruled else []
                plumber_page.close()
            if textless:
                unreadable.append((number + 1, textless, fonts))
            if not glyphs:
                empty.append(number + 1)
                images += _has_objects(page, pdfium_c.FPDF_PAGEOBJ_IMAGE)
            rest = [g for g in glyphs if not any(_inside(g, box) for _, box in tables)]
            items = sorted(pdf_layout.lines_of(rest, number) + [t for t, _ in tables], key=lambda item: item.top)
            pages.append(pdf_layout.aligned_tables(items))
    finally:
        if plumber is not None:
            plumber.close()
        document.close()
    if len(empty) == len(pages):
        what = "scanned pages (images)" if images else "no text"
        raise InputError(path, f"no text layer: {len(pages)} page(s) of {what}",
                         hint="run OCR first (e.g. ocrmypdf -l chi_sim in.pdf out.pdf) and give the result")
    pages, removed = pdf_layout.drop_running(pages)
    notes = [_unreadable_note(*page) for page in unreadable]
    if empty:
        notes.append(f"pages {', '.join(map(str, empty))} have no text layer (scanned?): their content is missing")
    if removed:
        notes.append(f"{len(removed)} page numbers, running heads or feet removed (e.g. {removed[0]!r})")
    return pdf_layout.flow(pages), len(pages), notes



def _unreadable_note(page, count, fonts):
    why = f"font {', '.join(fonts)} is not embedded" if fonts else "their font"
    return (f"page {page}: text layer not reliable: {count} glyphs have no text in the PDF's own maps "
            f"({why}, no ToUnicode map): they are missing or guessed in the derived text; "
            f"compare it with the PDF, or run OCR on that page")
