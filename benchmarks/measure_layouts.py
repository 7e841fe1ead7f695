"""Whether a table's figures survive being printed in another layout of the genre.

A government table reaches a researcher in many layouts: `|` rows from a web page, tab-separated
from a spreadsheet, columns aligned with spaces, one cell a line between bar lines with rows ending
in `||`, one cell a paragraph, a Markdown grid. The extractor should read the same figures from
each. This script takes every table of the test documents (``data/raw/`` and
``tests/documents/*/``) that the extractor reads whole (every row parsed, every column of the
header named by a cell of it and nothing before the first row but the header's cells, at least one
figure, every figure with a subject),
prints it again in each layout below, in place on lines of its own, and compares the figures read from it with those
read from the table as printed: the same value, unit, year, kind and indicator (the printed
subject, less spaces, where the registry does not know it). Cells are printed as the text prints
them, a cell wrapped over lines joined, an empty cell as ``—`` where a layout cannot leave it empty
(spaces, one a line, one a paragraph; the figures compared leave out a printed dash, which the extractor
records as a cell with no value). A table whose header starts on a line above its own start (a label
column named on a line of groups) is printed again from there. Usage::

    .venv/bin/python benchmarks/measure_layouts.py               # every layout
    .venv/bin/python benchmarks/measure_layouts.py --misses tab  # one layout, with the tables that differ

The figures read from the table as printed are the reference: a table read wrongly there is
compared with itself. It measures what a layout changes; it is not a test.
"""

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mzlib.core.normalize import columns  # noqa: E402
from mzlib.extract.figures import Document, extract_document  # noqa: E402
from mzlib.extract.tables import find_tables  # noqa: E402

EMPTY = "—"


def _cell(text, cell):
    if cell is None:
        return ""
    return re.sub(r"\s*\n\s*", "", text[cell.start:cell.end]).strip()


def grid(text, table):
    """The table's header and rows as lists of printed cell texts."""
    header = [_cell(text, c) for c in table.header]
    rows = [[_cell(text, c) for c in row.cells] for row in table.rows]
    for row, cells in zip(table.rows, rows):
        if row.reason == "label row" and not any(cells):  # a line of words over the rows below it
            cells[0] = re.sub(r"\s*\n\s*", "", text[row.start:row.end]).strip(" |")
    return header, rows


def table_start(table):
    """Where the table as printed starts: its own start, or its header's first cell when that stands
    before it (a label column named on a line of groups above the header's line: 地区 | 城市低保 …)."""
    return min([table.start] + [c.start for c in table.header if c is not None])


def header_whole(text, table):
    """Whether the header's cells are all the table prints before its first row (no line of years
    or units above or below them that the cells do not hold)."""
    first, start = min(r.start for r in table.rows), table_start(table)
    region = list(text[start:first])
    for c in table.header:
        if c is not None and start <= c.start and c.end <= first:
            region[c.start - start:c.end - start] = " " * (c.end - c.start)
    return not re.sub(r"[\s|｜]", "", "".join(region))


def _filled(cells):
    return [c or EMPTY for c in cells]


def pipes(header, rows):
    return "\n".join(" | ".join(r) for r in [header] + rows)


def markdown(header, rows):
    bar = "|" + "|".join("---" for _ in header) + "|"
    return "\n".join(["| " + " | ".join(header) + " |", bar] + ["| " + " | ".join(r) + " |" for r in rows])


def tabs(header, rows):
    return "\n".join("\t".join(r) for r in [header] + rows)


def spaces(header, rows):
    table = [_filled(r) for r in [header] + rows]
    widths = [max(columns(r[k]) for r in table if k < len(r)) for k in range(max(map(len, table)))]
    return "\n".join("".join(c + " " * (widths[k] - columns(c) + 4) for k, c in enumerate(r)).rstrip() for r in table)


def bar_lines(header, rows):
    out = []
    for r in [header] + rows:
        for k, c in enumerate(_filled(r)):
            out.append(c)
            out.append("||" if k == len(r) - 1 else "|")
    return "\n".join(out)


def cell_lines(header, rows):
    return "\n".join(c for r in [header] + rows for c in _filled(r))


def paragraphs(header, rows):
    return "\n\n".join(c for r in [header] + rows for c in _filled(r))


LAYOUTS = {"pipes": pipes, "markdown": markdown, "tabs": tabs, "spaces": spaces, "bar_lines": bar_lines,
           "cell_lines": cell_lines, "paragraphs": paragraphs}


def _key(row):
    subject = row.indicator_id if row.indicator_id != "unmapped" else re.sub(r"\s+", "", str(row.indicator_zh))
    return (row.value, row.unit, row.year, row.kind, subject)


def table_figures(figures, start, end):
    """The figures read from the cells between ``start`` and ``end``, by what they say; a printed dash
    (value type ``missing``) is none: a layout that cannot leave a cell empty prints one there."""
    inside = figures[(figures["method"] == "table") & (figures["value_type"] != "missing")
                     & (figures["value_start"] >= start) & (figures["value_start"] < end)]
    return Counter(_key(r) for r in inside.itertuples(index=False))


def documents():
    return sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "documents").glob("*/*.txt"))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("layouts", nargs="*", default=list(LAYOUTS), help=f"of {', '.join(LAYOUTS)}")
    parser.add_argument("--misses", action="store_true", help="name the tables whose figures differ")
    args = parser.parse_args(argv)
    totals = {name: [0, 0, 0, 0] for name in args.layouts}  # tables, same tables, figures, same figures
    misses = {name: [] for name in args.layouts}
    for path in documents():
        text = path.read_text(encoding="utf-8")
        doc = Document.from_text(path.name, text)
        figures = extract_document(doc).figures
        for table in find_tables(text, doc.norm):
            if table.kind != "indicator" or not table.rows or any(r.status == "unparsed" for r in table.rows):
                continue
            before = table_figures(figures, table.start, table.end)
            header, rows = grid(text, table)
            if not before or not all(header) or not all(key[4] for key in before) or not header_whole(text, table):
                continue  # a header with a column it does not name, a figure without a subject: not read whole
            for name in args.layouts:
                printed = LAYOUTS[name](header, rows)
                begin = table_start(table)
                before_nl = "" if begin == 0 or text[begin - 1] == "\n" else "\n"  # a table on lines
                after_nl = "" if text[table.end:table.end + 1] in ("", "\n") else "\n"  # of its own
                new = text[:begin] + before_nl + printed + after_nl + text[table.end:]
                start = begin + len(before_nl)
                after = table_figures(extract_document(Document.from_text(path.name, new)).figures,
                                      start, start + len(printed))
                same = sum((before & after).values())
                total = sum(before.values())
                t = totals[name]
                t[0] += 1
                t[1] += same == total and sum(after.values()) == total
                t[2] += total
                t[3] += same
                if same < total:
                    misses[name].append((f"{path.parent.name}/{path.name}", table.table_id, table.layout, same, total))
    print("each table the extractor reads whole, printed again in another layout: tables read the same, "
          "figures read the same")
    for name, (n, same_tables, figs, same_figs) in totals.items():
        print(f"  {name:<11} {same_tables:4d} / {n:4d} tables   {same_figs:6d} / {figs:6d} figures  ({same_figs / max(1, figs):.3f})")
        if args.misses:
            for doc, table_id, layout, same, total in misses[name]:
                print(f"      {doc} table {table_id} ({layout}): {same} of {total}")


if __name__ == "__main__":
    main()
