"""Recall, year share and kind share on annotated documents hard-wrapped as a PDF's text is.

A plan or communiqué copied from a PDF breaks its prose into lines of one width, mid-sentence. This
script takes the annotated folders (``tests/documents/<name>/``), wraps every line of prose
(a line with ``。`` or ``，`` and no cells: no ``|``, tab or run of spaces) at a display width (a
character of Chinese counts two columns, a Latin letter or digit one, as on a printed page),
and measures the extractor on the wrapped texts as ``benchmarks/measure_real.py`` does on the
texts as they are. The wrapping follows the typesetting of Chinese text: a run of Latin letters,
digits and their points and commas (``22.57``, ``8,937``, full-width ``１．５７``) is never broken, and closing punctuation (``，。、）%``)
never starts a line. Each annotated quote is carried to the wrapped text with the line ends that
now fall inside it. Usage::

    .venv/bin/python benchmarks/measure_wrapped.py genre corpus real real40 --width 60
    .venv/bin/python benchmarks/measure_wrapped.py all      # every annotated folder

It prints one line per folder, as it is and wrapped, and the total. It measures a rule of the
genre (a hard wrap is no line end); it is not a test.
"""

import argparse
import re
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from measure_real import folder_path, measure  # noqa: E402

from mzlib.core.normalize import columns  # noqa: E402

_CELLS = re.compile(r"\||\t| {2,}|\u3000{2,}(?=\S)")
_PROSE = re.compile(r"[。，]")
_LATIN = re.compile(r"[A-Za-z0-9.,%‰+\-]+|[０-９．，％]+")
_NO_LINE_START = set("，。、；：！？）》」』】,.;:!?)%‰")


def wrap_line(line, width):
    """Positions (in ``line``) after which a line end is inserted."""
    units = []  # (start, end) of unbreakable runs
    i = 0
    while i < len(line):
        m = _LATIN.match(line, i)
        end = m.end() if m else i + 1
        units.append((i, end))
        i = end
    breaks, used = [], 0
    for k, (a, b) in enumerate(units):
        w = columns(line[a:b])
        if used + w > width and used > 0 and line[a] not in _NO_LINE_START:
            breaks.append(a)
            used = 0
        used += w
    return breaks


def wrap(text, width):
    """``(wrapped text, position map)``: ``where[i]`` is the wrapped position of ``text[i]``."""
    out, where, pos = [], [], 0
    for line in text.split("\n"):
        cuts = set(wrap_line(line, width)) if _PROSE.search(line) and not _CELLS.search(line.strip()) else set()
        for i, ch in enumerate(line):
            if i in cuts:
                out.append("\n")
                pos += 1
            where.append(pos)
            out.append(ch)
            pos += 1
        where.append(pos)  # the line's own end
        out.append("\n")
        pos += 1
    return "".join(out)[:-1], where


def wrapped_folder(folder, width, dest):
    """Write ``folder``'s annotated texts hard-wrapped, and their annotation with quotes carried."""
    expected = pd.read_csv(folder / "expected_figures.csv", dtype=str, keep_default_na=False)
    texts = {}
    for name in expected["doc"].unique():
        text = (folder / name).read_text(encoding="utf-8")
        texts[name] = (text, *wrap(text, width))
        (dest / name).write_text(texts[name][1], encoding="utf-8")
    quotes = []
    for row in expected.itertuples(index=False):
        text, wrapped, where = texts[row.doc]
        start = text.find(row.quote)
        end = start + len(row.quote)
        quotes.append(wrapped[where[start]:where[end - 1] + 1])
    expected.assign(quote=quotes).to_csv(dest / "expected_figures.csv", index=False)


def shares(summary):
    total = summary[summary["doc"] == "all"].iloc[0]
    return int(total["expected"]), total["recall"], total["year_share"], total["kind_right"] / total["expected"]


def print_misses(printed, wrapped):
    """The figures found with the right year and kind as printed that are not once wrapped."""
    for what, column in (("not found", "found"), ("wrong year", "year_ok"), ("wrong kind", "kind_ok")):
        lost = printed[column].eq(True) & ~wrapped[column].eq(True)
        for row in wrapped[lost].itertuples(index=False):
            print(f"      {what}: {row.value} {row.year} {row.kind}  {row.quote!r}  ({row.doc[:30]})")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", help="names under tests/documents/, or all")
    parser.add_argument("--width", type=int, default=60, help="display columns of a line (60: 30 Chinese characters)")
    parser.add_argument("--misses", action="store_true",
                        help="list the figures right as printed and missed, mis-dated or mis-kinded once wrapped")
    args = parser.parse_args(argv)
    names = args.folders
    if names == ["all"]:
        names = sorted(p.parent.name for p in (ROOT / "tests" / "documents").glob("*/expected_figures.csv"))
    print(f"hard-wrapped at {args.width} columns; figures, then recall / right year / right kind, as printed and wrapped")
    totals = {"as printed": [], "wrapped": []}
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            folder = folder_path(name)
            dest = Path(tmp) / name
            dest.mkdir()
            wrapped_folder(folder, args.width, dest)
            line, both = [], []
            for label, path in (("as printed", folder), ("wrapped", dest)):
                matched, summary = measure(path)
                totals[label].append(matched)
                both.append(matched)
                n, recall, year, kind = shares(summary)
                line.append(f"{recall:.3f} / {year:.3f} / {kind:.3f}")
            print(f"  {name:<10} {n:5d}   {line[0]}   {line[1]}")
            if args.misses:
                print_misses(*both)
    from mzlib.extract import evaluate

    parts = []
    for label in totals:
        n, recall, year, kind = shares(evaluate.summary(pd.concat(totals[label], ignore_index=True)))
        parts.append(f"{recall:.3f} / {year:.3f} / {kind:.3f}")
    print(f"  {'all':<10} {n:5d}   {parts[0]}   {parts[1]}")


if __name__ == "__main__":
    main()
