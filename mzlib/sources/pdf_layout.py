"""From the glyphs of PDF pages to paragraphs and tables: the rules no PDF library has.

A PDF has no paragraphs, only glyphs at positions. This module rebuilds what the genre needs,
from geometry alone (every length in PDF points, ``top`` measured down from the top of the page):

- lines: glyphs on one baseline, a space where the gap is wider than half an em, and
  segments where it is wider than two ems (columns of a table without ruling lines);
- running heads and feet: the first or last line of a page that is a page number (``—5—``,
  ``- 5 -``, ``第5页``, ``5/20``) or that repeats, digits aside, on most pages;
- tables without ruling lines: two or more consecutive lines that all break into segments;
- paragraphs rejoined across line and page breaks, Chinese without a space
  (``4.44`` + ``亿元``). A line starts a paragraph when it is indented or centred, when a wider
  gap than usual separates it from the line before, or when the line before stops short of the
  right margin by more than eight ems, or (in a document that does not indent its paragraphs)
  by more than one and a half after a closing mark (``。`` ``；`` ``：`` ...): a line also stops
  short when the number that follows does not fit, since numbers are never broken;
- a table that runs over a page break is one table; a header row printed again on the
  next page is dropped, and a cell merged down over the break is carried into the new page.
"""

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from mzlib.sources.textlayout import SPACES, Cell, join_wrapped

SPACE_GAP = 0.5
COLUMN_GAP = 2.0
INDENT = 0.8
SHORT = 1.5
VERY_SHORT = 8.0
CLOSING = tuple("。！？；：!?;:…")
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－―~～·•_]*(?:第)?\d{1,3}(?:页)?(?:[/／]\d{1,3}|共\d{1,3}页)?[-—–－―~～·•_]*"
    r"|page\d{1,3}(?:of\d{1,3})?)$", re.IGNORECASE)


@dataclass
class Glyph:
    """One character and its box; ``size`` is the font size (points)."""

    char: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@dataclass
class Line:
    """One line of text with its box, font size and gap-separated segments."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    page: int
    segments: list = field(default_factory=list)


@dataclass
class TableBox:
    """A table found on a page: its grid (rows of :class:`~mzlib.sources.textlayout.Cell`)."""

    rows: list
    top: float
    bottom: float
    page: int


def _make_line(glyphs, page):
    ink = [g for g in glyphs if not g.char.isspace()]
    size = statistics.median(g.size for g in ink)
    segments, text, previous = [[ink[0].x0, ink[0].x1, ""]], [], None
    for g in glyphs:
        if g.char.isspace():
            if previous is not None:
                text.append(" ")
                segments[-1][2] += " "
            continue
        if previous is not None:
            gap = g.x0 - previous.x1
            if gap > COLUMN_GAP * size:
                segments.append([g.x0, g.x1, ""])
                text.append(" ")
            elif gap > SPACE_GAP * size and not text[-1].isspace():
                text.append(" ")
                segments[-1][2] += " "
        text.append(g.char)
        segments[-1][2] += g.char
        segments[-1][1] = g.x1
        previous = g
    return Line("".join(text).strip(SPACES), ink[0].x0, max(g.x1 for g in ink), min(g.top for g in ink),
                max(g.bottom for g in ink), size, page,
                [(x0, x1, t.strip(SPACES)) for x0, x1, t in segments])


def lines_of(glyphs, page=0):
    """Group glyphs, in the order the page draws them, into lines.

    A glyph starts a new line when its vertical centre leaves the current line's by more than
    half a line height, or when it jumps back left of the line's last glyph. Spaces follow the
    glyph before them and never start a line.

    Returns
    -------
    list of Line
        In drawing order (sort by ``top`` for reading order).
    """
    lines, current, centre, last = [], [], None, None
    for g in glyphs:
        if g.char.isspace():
            if current:
                current.append(g)
            continue
        mid, height = (g.top + g.bottom) / 2, max(g.bottom - g.top, 1.0)
        if last is not None and (abs(mid - centre) > height / 2 or g.x1 <= last.x0):
            lines.append(_make_line(current, page))
            current = []
        if not current:
            centre = mid
        current.append(g)
        last = g
    if current:
        lines.append(_make_line(current, page))
    return lines


def _masked(text):
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def is_page_number(text):
    """``—5—``, ``- 5 -``, ``第5页``, ``第 5 页 共 20 页``, ``5/20``, ``Page 5 of 20``, ``5``."""
    return bool(_PAGE_NUMBER.match(re.sub(r"\s+", "", text)))


def drop_running(pages):
    """Pages without their page numbers, running heads and running feet.

    Parameters
    ----------
    pages : list of list of (Line or TableBox)
        Each page's items sorted by ``top``.

    Returns
    -------
    tuple of (list of list, list of str)
        The pages, and the text of every line removed (for the record).
    """
    removed = []
    for _ in range(2):
        ends = Counter()
        for items in pages:
            for item in {id(i): i for i in (items[:1] + items[-1:]) if isinstance(i, Line)}.values():
                ends[_masked(item.text)] += 1
        repeated = {text for text, n in ends.items() if len(pages) >= 3 and n >= max(3, 0.6 * len(pages))}
        for items in pages:
            for position in (0, -1):
                if items and isinstance(items[position], Line) and (
                        is_page_number(items[position].text) or _masked(items[position].text) in repeated):
                    removed.append(items.pop(position).text)
    return pages, removed


def _columns(run):
    widest = max(run, key=lambda line: len(line.segments))
    return [(x0 + x1) / 2 for x0, x1, _ in widest.segments]


def aligned_tables(items):
    """Runs of two or more lines that all break into segments, as tables (one page's items)."""
    out, run = [], []

    def close():
        if len(run) >= 2:
            centres = _columns(run)
            rows = []
            for line in run:
                cells = [""] * len(centres)
                for x0, x1, text in line.segments:
                    k = min(range(len(centres)), key=lambda j: abs(centres[j] - (x0 + x1) / 2))
                    cells[k] = join_wrapped(cells[k], text) if cells[k] else text
                rows.append(cells)
            width = len(centres)
            grid = [[Cell(t, r * width + c) for c, t in enumerate(row)] for r, row in enumerate(rows)]
            out.append(TableBox(grid, run[0].top, run[-1].bottom, run[0].page))
        else:
            out.extend(run)
        run.clear()

    for item in items:
        if isinstance(item, Line) and len(item.segments) >= 2:
            run.append(item)
        else:
            close()
            out.append(item)
    close()
    return out


def _margins(lines):
    """Left margin (where all but the leftmost 2% of lines start), right margin (where the
    longest 10% of lines end) and the usual gap between lines, in points."""
    starts = sorted(line.x0 for line in lines)
    left = starts[int(0.02 * (len(starts) - 1))]
    ends = sorted(line.x1 for line in lines)
    right = ends[int(0.9 * (len(ends) - 1))]
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:]) if a.page == b.page and b.top > a.bottom]
    return left, right, statistics.median(gaps) if gaps else 0.0


def _starts_paragraph(line, previous, left, right, gap, indented):
    if previous is None:
        return True
    em = line.size
    if line.x0 > left + INDENT * em:
        return True
    if line.page == previous.page and line.top - previous.bottom > max(1.5 * gap, gap + 0.5 * em):
        return True
    short = right - previous.x1
    closing = short > SHORT * em and previous.text.endswith(CLOSING) and not indented
    return short > VERY_SHORT * em or closing


def _same_row(a, b):
    return [cell.text for cell in a] == [cell.text for cell in b]


def _carry_merged(previous, rows):
    """A cell merged down over a page break is printed on the first page only: carry its text
    into the empty cell that continues it on the next page."""
    last, first = previous[-1], rows[0]
    for c, (above, below) in enumerate(zip(last, first)):
        merged = sum(row[c].origin == above.origin for row in previous) > 1
        if below.text or not above.text or not merged:
            continue
        for row in rows:
            if row[c].origin == below.origin:
                row[c] = above
    return rows


def _indents_paragraphs(lines, left, right):
    """Whether paragraphs start indented: most lines after a clearly short line are indented."""
    after = [b for a, b in zip(lines, lines[1:]) if right - a.x1 > VERY_SHORT * a.size]
    return bool(after) and sum(b.x0 > left + INDENT * b.size for b in after) >= 0.5 * len(after)


def flow(pages):
    """Blocks (paragraphs and table grids) of the pages in reading order.

    Parameters
    ----------
    pages : list of list of (Line or TableBox)
        Each page's items sorted by ``top``, running heads and feet removed.

    Returns
    -------
    list of (str or list of list of Cell)
    """
    lines = [item for items in pages for item in items if isinstance(item, Line)]
    left, right, gap = _margins(lines) if lines else (0, 0, 0)
    indented = _indents_paragraphs(lines, left, right)
    blocks, previous, last_table = [], None, None
    for items in pages:
        for item in items:
            if isinstance(item, TableBox):
                continued = (last_table is not None and blocks and blocks[-1] is last_table[0]
                             and last_table[1] == item.page - 1 and len(item.rows[0]) == len(last_table[0][0]))
                if continued:
                    rows = item.rows[1:] if _same_row(item.rows[0], last_table[0][0]) else item.rows
                    last_table[0].extend(_carry_merged(last_table[0], rows) if rows else rows)
                else:
                    blocks.append(list(item.rows))
                last_table, previous = (blocks[-1], item.page), None
                continue
            if _starts_paragraph(item, previous, left, right, gap, indented):
                blocks.append(item.text)
            else:
                blocks[-1] = join_wrapped(blocks[-1], item.text)
            previous = item
    return blocks
