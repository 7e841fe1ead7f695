"""The shape of derived text, shared by every converter: one paragraph a line, tables as ``|`` rows.

A converter turns its file into a list of blocks, each a paragraph (``str``) or a table (list of
rows, each a list of :class:`Cell`), and :func:`render` writes them out the way the extractor
reads text (see :mod:`mzlib.extract.tables`):

- one paragraph a line, no blank lines, indentation (ASCII, full-width ``\\u3000`` and no-break
  spaces) removed from both ends;
- one table row a line, every cell followed by `` |`` (``a | b | c |``); a cell merged over
  several rows or columns is repeated in each position it covers; a row that is one cell across
  the whole table is a title line before the table (or a note line after it), and a single cell
  ``text |`` inside it; a ``|`` printed inside a cell becomes ``¦`` so that it cannot split the row;
- two tables that follow each other directly are kept apart by an empty line.
"""

import re
from dataclasses import dataclass

SPACES = " \t\r\n\f\v\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff"
_RUNS = re.compile(r"[ \t\r\n\f\v\u00a0\u2002\u2003\u2009]+")
_WORD = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True)
class Cell:
    """One position of a table grid: its text, and the id of the printed cell that covers it."""

    text: str
    origin: int


def clean(text):
    """One line of text: whitespace runs as one space, indentation removed at both ends."""
    return _RUNS.sub(" ", text).strip(SPACES)


def join_wrapped(left, right):
    """Join two pieces of a line that the layout wrapped (``4.44`` + ``亿元`` = ``4.44亿元``).

    Chinese needs no space at a wrap; Latin words and numbers do (``in`` + ``2020``), since a
    layout wraps Latin text only at a space.
    """
    left, right = left.rstrip(SPACES), right.lstrip(SPACES)
    if not left or not right:
        return left or right
    space = " " if _WORD.match(left[-1]) and _WORD.match(right[0]) else ""
    return left + space + right


def grid(rows):
    """A table grid from rows of ``(text, rowspan, colspan)``, merged cells repeated.

    Parameters
    ----------
    rows : list of list of tuple (str, int, int)
        The printed cells of each row in order, as HTML or Word lay them out.

    Returns
    -------
    list of list of Cell
        Every row as long as the widest; positions no cell covers are empty cells.
    """
    taken, origin = {}, 0
    for r, row in enumerate(rows):
        c = 0
        for text, rowspan, colspan in row:
            while (r, c) in taken:
                c += 1
            for dr in range(max(1, rowspan)):
                for dc in range(max(1, colspan)):
                    taken.setdefault((r + dr, c + dc), Cell(text, origin))
            origin += 1
            c += max(1, colspan)
    if not taken:
        return []
    height = max(r for r, _ in taken) + 1
    width = max(c for _, c in taken) + 1
    return [[taken.get((r, c), Cell("", -1 - r * width - c)) for c in range(width)] for r in range(height)]


def _spans_all(row):
    return len(row) > 1 and len({cell.origin for cell in row}) == 1


def table_lines(rows):
    """The lines of one table (see the module docstring).

    Parameters
    ----------
    rows : list of list of Cell

    Returns
    -------
    tuple of (list of str, list of str, list of str)
        Title lines before the table, the table's ``|`` lines, note lines after it.
    """
    rows = [row for row in rows if any(clean(cell.text) for cell in row)]
    head = 0
    while head < len(rows) and _spans_all(rows[head]):
        head += 1
    tail = len(rows)
    while tail > head and _spans_all(rows[tail - 1]):
        tail -= 1
    titles = [clean(row[0].text) for row in rows[:head]]
    notes = [clean(row[0].text) for row in rows[tail:]]
    body = []
    for row in rows[head:tail]:
        cells = row[:1] if _spans_all(row) else row
        body.append(" | ".join(clean(cell.text).replace("|", "¦").replace("｜", "¦") for cell in cells) + " |")
    return titles, body, notes


def render(blocks):
    """The derived text of a list of blocks (paragraphs and tables), ending in one newline.

    Parameters
    ----------
    blocks : list of (str or list of list of Cell)

    Returns
    -------
    str
    """
    lines, previous_table = [], False
    for block in blocks:
        if isinstance(block, str):
            line = clean(block)
            if line:
                lines.append(line)
                previous_table = False
            continue
        titles, body, notes = table_lines(block)
        if not body:
            lines += titles + notes
            previous_table = False
            continue
        if previous_table and not titles:
            lines.append("")
        lines += titles + body + notes
        previous_table = not notes
    return "\n".join(lines) + "\n" if lines else ""
