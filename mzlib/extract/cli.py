"""Command line: ``python -m mzlib extract FILE... [-o OUT] [--jobs N] [--text-dir DIR]``.

Runs the extractor on any document a researcher brings (``.txt``, ``.html``/``.htm``, ``.pdf``,
``.docx``) and writes the figures table (CSV) to OUT or standard output. Web pages, PDF and Word
files are converted to text first (:func:`mzlib.sources.convert.document_text`); the derived text,
which ``char_start``/``char_end``/``quote`` refer to, goes to ``data/interim/`` for files in
``data/raw/`` and to DIR (by default a ``mzlib-text`` folder in the temporary directory) for any
other file, and its path is the ``text_file`` column. Files are extracted in parallel on N
processes (default: every core); the output is the same whatever N.

On standard error, one line per file: format, encoding, counts of figures, unparsed table rows and
numbers with a unit that no figure took (``--uncaptured FILE`` writes them); for a file outside the
manifest, the region and reference year read from its text and where they were found, or that they
were not; then every unparsed table row (file and line). A file that cannot be read is reported in
one line and skipped; the others are still extracted and written. Exit status: 0 on success, 1 when
some table rows could not be parsed, 2 when some file could not be read.
"""

import argparse
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd

from mzlib.core import paths
from mzlib.core.errors import InputError
from mzlib.extract.figures import COLUMNS, NUMBER_COLUMNS, Document, extract_document
from mzlib.sources import manifest


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


def _extract_one(args):
    """Extract one file in a worker: ``(figures, rows, numbers, messages, status)``."""
    file, manifest_frame, text_dir = args
    try:
        doc = Document.from_path(file, manifest_frame, text_dir)
    except InputError as exc:
        return None, None, None, [f"error: {exc}"], 2
    figures, rows, numbers = extract_document(doc)
    known = manifest_frame is not None and Path(file).name in set(manifest_frame["file"])
    uncaptured = numbers[numbers["status"] == "uncaptured"]
    lines = [f"{file}: {_describe(doc)}; {len(figures)} figures; "
             f"{int((rows['status'] == 'parsed').sum())} table rows parsed, "
             f"{int((rows['status'] == 'unparsed').sum())} unparsed; "
             f"{len(uncaptured)} numbers with a unit in no figure"
             + ("" if known else f"; {_facts(doc)}")]
    lines += [f"note: {file}: {note}" for note in (doc.derived.notes if doc.derived else [])]
    status = 0
    for r in rows[rows["status"] == "unparsed"].itertuples():
        lines.append(f"error: {file}:{r.line}: {r.reason}")
        status = 1
    fmt = doc.derived.format if doc.derived else "text"
    return figures.assign(encoding=doc.encoding, format=fmt), rows, uncaptured, lines, status


def extract_command(files, out=None, stderr=sys.stderr, text_dir=None, jobs=None, uncaptured_out=None):
    """Extract ``files``; return the exit status (see module docstring)."""
    manifest_frame = (pd.read_csv(paths.MANIFEST, dtype=str, keep_default_na=False)
                      if paths.MANIFEST.exists() else None)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(files)))
    work = [(file, manifest_frame, text_dir) for file in files]
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(_extract_one, work, chunksize=max(1, len(work) // (4 * jobs))))
    else:
        results = [_extract_one(item) for item in work]
    figures, lost, status = [], [], 0
    for table, _, uncaptured, lines, code in results:
        for line in lines:
            print(line, file=stderr)
        status = max(status, code)
        if table is not None:
            figures.append(table)
            lost.append(uncaptured)
    columns = COLUMNS + ["encoding", "format"]
    result = pd.concat(figures, ignore_index=True) if figures else pd.DataFrame(columns=columns)
    result.to_csv(out if out else sys.stdout, index=False, lineterminator="\n")
    if uncaptured_out:
        frame = pd.concat(lost, ignore_index=True) if lost else pd.DataFrame(columns=NUMBER_COLUMNS)
        frame.drop(columns="status").to_csv(uncaptured_out, index=False, lineterminator="\n")
    return status


def main(argv=None):
    """Entry point of ``python -m mzlib`` and the ``mzlib`` script."""
    parser = argparse.ArgumentParser(prog="python -m mzlib", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser("extract", help="extract figures from documents (.txt, .html/.htm, .pdf, .docx)")
    ext.add_argument("files", nargs="+", help="documents")
    ext.add_argument("-o", "--out", help="output CSV (default: standard output)")
    ext.add_argument("-j", "--jobs", type=int, default=None,
                     help="processes to extract files in parallel (default: every core)")
    ext.add_argument("--uncaptured", help="also write the numbers with a unit that no figure took to this CSV")
    ext.add_argument("--text-dir", help="where derived text of files outside data/raw/ goes "
                                        "(default: mzlib-text in the temporary directory)")
    man = sub.add_parser("manifest", help="check the manifest, or print the row to add for new files")
    man.add_argument("files", nargs="*", help="new raw documents (none: verify every checksum)")
    args = parser.parse_args(argv)
    if args.command == "manifest":
        return manifest.main(args.files)
    return extract_command(args.files, args.out, text_dir=args.text_dir, jobs=args.jobs,
                           uncaptured_out=args.uncaptured)


if __name__ == "__main__":
    sys.exit(main())
