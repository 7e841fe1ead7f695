"""Recall, year share and kind share of the extractor on an annotated folder of documents.

Prints, per document and overall, how many of the figures a careful reader takes from the texts
(``expected_figures.csv``, the conventions of ``tests/documents/corpus/README.md``) the extractor
finds, with the right year and with the right kind, as ``tests/test_extract_corpus.py`` scores them
(:mod:`mzlib.extract.evaluate`). Usage::

    .venv/bin/python benchmarks/measure_real.py real            # tests/documents/real/
    .venv/bin/python benchmarks/measure_real.py genre corpus    # several folders
    .venv/bin/python benchmarks/measure_real.py path/to/folder --misses

A folder is a name under ``tests/documents/`` or a path holding ``expected_figures.csv`` and the texts.
``--misses`` also lists the expected figures not found, found with another year, or with another kind.
"""

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mzlib.core.errors import InputError  # noqa: E402
from mzlib.extract import evaluate  # noqa: E402


def folder_path(name):
    path = Path(name)
    return path if (path / "expected_figures.csv").exists() else ROOT / "tests" / "documents" / name


def measure(folder):
    """(matched, summary) of one annotated folder."""
    matched, summary = evaluate.measure(folder)
    summary["kind_share"] = summary["kind_right"] / summary["expected"]
    return matched, summary


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", help="corpus, genre, real, or a path")
    parser.add_argument("--misses", action="store_true", help="list the figures missed or mis-dated or mis-kinded")
    args = parser.parse_args(argv)
    pd.set_option("display.width", 200)
    pd.set_option("display.max_colwidth", 60)
    pd.set_option("display.max_rows", 1000)
    failed = False
    for name in args.folders:
        folder = folder_path(name)
        try:
            matched, summary = measure(folder)
        except InputError as exc:  # no annotation file, or a text that cannot be read: say which, go on
            print(f"== {folder}\nerror: {exc}\n", file=sys.stderr)
            failed = True
            continue
        table = summary[["doc", "expected", "found", "recall", "with_year", "year_right", "year_share",
                         "kind_right", "kind_share"]]
        print(f"== {folder}")
        print(table.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
        if args.misses:
            cols = ["doc", "value", "year", "kind", "quote"]
            for title, rows in [("not found", matched[~matched["found"]]),
                                ("found, wrong year", matched[matched["year_ok"].eq(False)]),
                                ("found, wrong kind", matched[matched["found"] & ~matched["kind_ok"].astype(bool)])]:
                print(f"-- {title}: {len(rows)}")
                if len(rows):
                    print(rows[cols].assign(quote=rows["quote"].str.replace("\n", "⏎")).to_string(index=False))
        print()
    return 2 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
