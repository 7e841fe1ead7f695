"""Command line: ``python -m mzlib extract FILE... [-o OUT] [--text-dir DIR]``.

Runs the extractor on any document a researcher brings (``.txt``, ``.html``/``.htm``, ``.pdf``,
``.docx``) and writes the figures table (CSV) to OUT or standard output. Web pages, PDF and Word
files are converted to text first (:func:`mzlib.sources.convert.document_text`); the derived text,
which ``char_start``/``char_end``/``quote`` refer to, goes to ``data/interim/`` for files in
``data/raw/`` and to DIR (by default a ``mzlib-text`` folder in the temporary directory) for any
other file, and its path is the ``text_file`` column. Format, encoding, counts, conversion notes
and every unparsed table row are reported on standard error, one line each, naming the file and
line. A file that cannot be read is reported in one line and skipped; the others are still
extracted and written. Exit status: 0 on success, 1 when some table rows could not be parsed,
2 when some file could not be read.
"""

import argparse
import sys
from pathlib import Path

import pandas as pd

from mzlib.core import paths
from mzlib.sources import manifest
from mzlib.core.errors import InputError
from mzlib.extract.figures import COLUMNS, Document, extract_document


def _describe(doc):
    derived = doc.derived
    if derived.format == "text":
        return f"encoding {derived.encoding}"
    what = f"{derived.format}" + (f", {derived.pages} pages" if derived.pages else "")
    what += f", encoding {derived.encoding}" if derived.encoding else ""
    return f"{what}; text in {derived.text_file}"


def extract_command(files, out=None, stderr=sys.stderr, text_dir=None):
    """Extract ``files``; return the exit status (see module docstring)."""
    manifest = pd.read_csv(paths.MANIFEST, dtype=str, keep_default_na=False) if paths.MANIFEST.exists() else None
    figures, status = [], 0
    for file in files:
        try:
            doc = Document.from_path(file, manifest, text_dir)
        except InputError as exc:
            print(f"error: {exc}", file=stderr)
            status = 2
            continue
        table, rows, _ = extract_document(doc)
        known = manifest is not None and Path(file).name in set(manifest["file"])
        print(f"{file}: {_describe(doc)}; {len(table)} figures; {int((rows['status'] == 'parsed').sum())} "
              f"table rows parsed, {int((rows['status'] != 'parsed').sum())} unparsed"
              + ("" if known else "; not in the manifest, so region and reference year are empty"), file=stderr)
        for note in doc.derived.notes:
            print(f"note: {file}: {note}", file=stderr)
        for r in rows[rows["status"] != "parsed"].itertuples():
            print(f"error: {file}:{r.line}: {r.reason}", file=stderr)
            status = max(status, 1)
        figures.append(table.assign(encoding=doc.derived.encoding, format=doc.derived.format))
    columns = COLUMNS + ["encoding", "format"]
    result = pd.concat(figures, ignore_index=True) if figures else pd.DataFrame(columns=columns)
    result.to_csv(out if out else sys.stdout, index=False, lineterminator="\n")
    return status


def main(argv=None):
    """Entry point of ``python -m mzlib`` and the ``mzlib`` script."""
    parser = argparse.ArgumentParser(prog="python -m mzlib", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser("extract", help="extract figures from documents (.txt, .html/.htm, .pdf, .docx)")
    ext.add_argument("files", nargs="+", help="documents")
    ext.add_argument("-o", "--out", help="output CSV (default: standard output)")
    ext.add_argument("--text-dir", help="where derived text of files outside data/raw/ goes "
                                        "(default: mzlib-text in the temporary directory)")
    man = sub.add_parser("manifest", help="check the manifest, or print the row to add for new files")
    man.add_argument("files", nargs="*", help="new raw documents (none: verify every checksum)")
    args = parser.parse_args(argv)
    if args.command == "manifest":
        return manifest.main(args.files)
    return extract_command(args.files, args.out, text_dir=args.text_dir)


if __name__ == "__main__":
    sys.exit(main())
