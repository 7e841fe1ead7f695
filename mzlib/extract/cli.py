"""Command line: ``python -m mzlib extract FILE... [-o OUT] [--jobs N] [--text-dir DIR]``.

Runs the extractor on any document a researcher brings (``.txt``, ``.html``/``.htm``, ``.pdf``,
``.docx``, ``.xlsx``, ``.xls``) and writes the figures table (CSV) to OUT or standard output. Web pages, PDF, Word
files and spreadsheets are converted to text first (:func:`mzlib.sources.convert.document_text`); the derived text,
which ``char_start``/``char_end``/``quote`` refer to, goes to ``data/interim/`` for files in
``data/raw/`` and to DIR (by default a ``mzlib-text`` folder in the temporary directory) for any
other file, and its path is the ``text_file`` column. Files are extracted in parallel on N
processes (default: every core); the output is the same whatever N.

On standard error, one line per file: format, encoding, counts of figures, unparsed table rows and
numbers with a unit that no figure took (``--uncaptured FILE`` writes them); for a file outside the
manifest, the region and reference year read from its text and where they were found, or that they
were not; then one warning per table with unparsed rows (``warning: FILE: table 2 (line 40): 12 of
30 rows not parsed: <reasons, counted>``). A file that cannot be read is reported in one ``error:``
line and skipped; the others are still extracted and written.

Exit status, as scripts expect: 0 when the output is written (unparsed rows are warnings); 2 when
some file could not be read; with ``--strict``, 1 when some table rows could not be parsed.

Workers return the CSV text of their file, not frames; pandas is imported by the extractor when a
file is read, not when the command starts.
"""

import argparse
import csv
import gc
import io
import os
import sys
from collections import Counter
from operator import itemgetter
from pathlib import Path

from mzlib.core import paths
from mzlib.core.errors import InputError
from mzlib.core.textio import SUFFIXES

# Heavy modules (pandas, pandera, the extractor) are imported where they are used, so that the
# command starts fast and --help answers at once.

_WORK = {}  # what every worker needs, set before the workers fork: the manifest and the text folder


def _describe(doc):
    derived = doc.derived
    if derived is None or derived.format == "text":
        return f"encoding {doc.encoding}"
    what = f"{derived.format}" + (f", {derived.pages} pages" if derived.pages else "")
    what += f", encoding {derived.encoding}" if derived.encoding else ""
    return f"{what}; text in {derived.text_file}"


def _facts(doc):
    """What was read from the text of a document outside the manifest, and what was not."""
    found = [f"{label} {value} ({doc.found.get(key)})" for key, label, value in
             (("region_zh", "region", doc.region_zh), ("reference_year", "reference year", doc.reference_year),
              ("doc_type", "type", doc.doc_type)) if value]
    missing = [label for key, label in (("region_zh", "region"), ("reference_year", "reference year"))
               if doc.found.get(key) == "not found"]
    text = "not in the manifest; from its text: " + (", ".join(found) or "nothing")
    return text + (f"; not found: {', '.join(missing)}" if missing else "")


def _csv(rows, columns, floats=()):
    """CSV lines (no header) of plain rows, one column per name in ``columns``, as pandas'
    ``to_csv`` writes the figures frame: None and NaN empty, numbers as ``str`` gives them.

    Only the columns named in ``floats`` can hold NaN (the extractor's other values are text, whole
    numbers or None), so only their values are tested: one test per row and float column instead of
    one per value, the costliest part of writing a row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    cells = itemgetter(*columns)
    nan_at = [k for k, column in enumerate(columns) if column in floats]

    def values(row):
        try:
            found = cells(row)
        except KeyError:  # a column the row does not have is empty, as in a frame
            found = tuple(map(row.get, columns))
        if not nan_at:
            return found
        found = list(found)
        for k in nan_at:
            if found[k] != found[k]:  # only NaN != NaN
                found[k] = None
        return found

    writer.writerows(map(values, rows))
    return out.getvalue()


def table_warnings(file, log):
    """One warning per table with unparsed rows: how many of its rows, and the reasons counted."""
    tables = {}
    for row in log:
        tables.setdefault(row["table_id"], []).append(row)
    lines = []
    for table_id, rows in tables.items():
        bad = [r for r in rows if r["status"] == "unparsed"]
        if not bad:
            continue
        reasons = Counter(r["reason"] for r in bad)
        counted = "; ".join(f"{reason} ({n})" if n > 1 else reason for reason, n in reasons.most_common())
        what = "not parsed" if len(bad) == len(rows) else f"{len(bad)} of {len(rows)} rows not parsed"
        lines.append(f"warning: {file}: table {table_id} (line {min(r['line'] for r in rows)}): {what}: {counted}")
    return lines


def _extract_one(file):
    """Extract one file in a worker: ``(figures CSV, uncaptured CSV, messages, unparsed rows, unreadable)``."""
    from mzlib.extract.figures import COLUMNS, FLOAT_COLUMNS, NUMBER_COLUMNS, Document, document_rows

    manifest_rows, text_dir = _WORK.get("manifest"), _WORK.get("text_dir")
    try:
        doc = Document.from_path(file, manifest_rows, text_dir)
    except InputError as exc:
        return None, None, [f"error: {exc}"], 0, True
    figures, log, numbers = document_rows(doc)
    uncaptured = [n for n in numbers if n["status"] == "uncaptured"]
    unparsed = sum(r["status"] == "unparsed" for r in log)
    parsed = sum(r["status"] == "parsed" for r in log)
    lines = [f"{file}: {_describe(doc)}; {len(figures)} figures; {parsed} table rows parsed, {unparsed} unparsed; "
             f"{len(uncaptured)} numbers with a unit in no figure"
             + ("" if manifest_rows and Path(file).name in manifest_rows else f"; {_facts(doc)}")]
    lines += [f"note: {file}: {note}" for note in (doc.derived.notes if doc.derived else [])]
    lines += table_warnings(file, log)
    fmt = doc.derived.format if doc.derived else "text"
    for row in figures:
        row["encoding"], row["format"] = doc.encoding, fmt
    columns = [c for c in NUMBER_COLUMNS if c != "status"]
    return (_csv(figures, COLUMNS + ["encoding", "format"], FLOAT_COLUMNS), _csv(uncaptured, columns), lines,
            unparsed, False)


def read_manifest():
    """The manifest as ``{file name: row}`` (string values), or None when there is none."""
    if not paths.MANIFEST.exists():
        return None
    with open(paths.MANIFEST, encoding="utf-8-sig", newline="") as f:
        return {row["file"]: row for row in csv.DictReader(f)}


def _init(manifest_rows, text_dir):
    _WORK.update(manifest=manifest_rows, text_dir=text_dir)


# A few lines of the genre, extracted once before the files (and before the workers fork), so that
# every table and pattern the extractor loads on first use is loaded once, in the parent, and shared.
_WARM_UP = ("2023年末全省共有养老机构1260个,床位8.6万张,比上年增长3.5%。城市低保平均标准为每人每月780元。\n"
            "指标 | 单位 | 2020年 | 2025年\n养老床位 | 张 | 1200 | 1500\n")


def _warm_up():
    from mzlib.extract.figures import Document, document_rows

    document_rows(Document.from_text("warm-up.txt", _WARM_UP))


def _results(files, jobs):
    if jobs <= 1:
        return [_extract_one(file) for file in files]
    from concurrent.futures import ProcessPoolExecutor

    # the largest files first, so that no worker is left with a large one at the end; the workers
    # return CSV text, not frames; a forked worker inherits the manifest and the loaded tables
    order = sorted(range(len(files)), key=lambda i: -_size(files[i]))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(_WORK.get("manifest"),
                                                                            _WORK.get("text_dir"))) as pool:
        done = dict(zip(order, pool.map(_extract_one, [files[i] for i in order], chunksize=1)))
    return [done[i] for i in range(len(files))]


def _size(file):
    try:
        return os.path.getsize(file)
    except OSError:
        return 0


def extract_command(files, out=None, stderr=sys.stderr, text_dir=None, jobs=None, uncaptured_out=None,
                    strict=False):
    """Extract ``files``; return the exit status (see module docstring)."""
    from mzlib.extract.figures import COLUMNS, NUMBER_COLUMNS

    _init(read_manifest(), text_dir)
    _warm_up()
    gc.freeze()  # what is loaded stays: the collector no longer scans it, nor does a worker copy it
    try:
        results = _results([str(f) for f in files], max(1, min(jobs or os.cpu_count() or 1, len(files))))
    finally:
        gc.unfreeze()
    unreadable = unparsed = 0
    for _, _, lines, rows, bad in results:
        for line in lines:
            print(line, file=stderr)
        unparsed += rows
        unreadable += bad
    _write(out, COLUMNS + ["encoding", "format"], [r[0] for r in results])
    if uncaptured_out:
        _write(uncaptured_out, [c for c in NUMBER_COLUMNS if c != "status"], [r[1] for r in results])
    if unreadable:
        return 2
    return 1 if strict and unparsed else 0


def _write(out, columns, parts):
    text = ",".join(columns) + "\n" + "".join(p for p in parts if p)
    if out:
        with open(out, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


def main(argv=None):
    """Entry point of ``python -m mzlib`` and the ``mzlib`` script."""
    parser = argparse.ArgumentParser(prog="python -m mzlib", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser("extract", help=f"extract figures from documents ({SUFFIXES})")
    ext.add_argument("files", nargs="+", help="documents")
    ext.add_argument("-o", "--out", help="output CSV (default: standard output)")
    ext.add_argument("-j", "--jobs", type=int, default=None,
                     help="processes to extract files in parallel (default: every core)")
    ext.add_argument("--uncaptured", help="also write the numbers with a unit that no figure took to this CSV")
    ext.add_argument("--strict", action="store_true", help="exit with status 1 when some table rows are not parsed")
    ext.add_argument("--text-dir", help="where derived text of files outside data/raw/ goes "
                                        "(default: mzlib-text in the temporary directory)")
    man = sub.add_parser("manifest", help="check the manifest, or print the row to add for new files")
    man.add_argument("files", nargs="*", help="new raw documents (none: verify every checksum)")
    args = parser.parse_args(argv)
    if args.command == "manifest":
        from mzlib.sources import manifest

        return manifest.main(args.files)
    return extract_command(args.files, args.out, text_dir=args.text_dir, jobs=args.jobs,
                           uncaptured_out=args.uncaptured, strict=args.strict)


if __name__ == "__main__":
    sys.exit(main())
