"""Command line: ``python -m mzlib extract FILE... [-o OUT]``.

Runs the extractor on any document a researcher brings and writes the figures table (CSV) to OUT
or standard output. Encoding, counts and every unparsed table row are reported on standard error,
one line each, naming the file and line. Exit status: 0 on success, 1 when some table rows could
not be parsed (the output is still written, with those rows listed), 2 when a file cannot be read.
"""

import argparse
import sys
from pathlib import Path

import pandas as pd

from mzlib.core import paths
from mzlib.sources import manifest
from mzlib.core.errors import InputError
from mzlib.extract.figures import Document, extract_document


def extract_command(files, out=None, stderr=sys.stderr):
    """Extract ``files``; return the exit status (see module docstring)."""
    manifest = pd.read_csv(paths.MANIFEST, dtype=str, keep_default_na=False) if paths.MANIFEST.exists() else None
    figures, status = [], 0
    for file in files:
        try:
            doc = Document.from_path(file, manifest)
        except InputError as exc:
            print(f"error: {exc}", file=stderr)
            return 2
        table, rows, _ = extract_document(doc)
        known = manifest is not None and Path(file).name in set(manifest["file"])
        print(f"{file}: encoding {doc.encoding}; {len(table)} figures; {int((rows['status'] == 'parsed').sum())} "
              f"table rows parsed, {int((rows['status'] != 'parsed').sum())} unparsed"
              + ("" if known else "; not in the manifest, so region and reference year are empty"), file=stderr)
        for r in rows[rows["status"] != "parsed"].itertuples():
            print(f"error: {file}:{r.line}: {r.reason}", file=stderr)
            status = 1
        figures.append(table.assign(encoding=doc.encoding))
    result = pd.concat(figures, ignore_index=True)
    if out:
        result.to_csv(out, index=False, lineterminator="\n")
    else:
        result.to_csv(sys.stdout, index=False, lineterminator="\n")
    return status


def main(argv=None):
    """Entry point of ``python -m mzlib`` and the ``mzlib`` script."""
    parser = argparse.ArgumentParser(prog="python -m mzlib", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser("extract", help="extract figures from documents (UTF-8 or GB18030)")
    ext.add_argument("files", nargs="+", help="text documents")
    ext.add_argument("-o", "--out", help="output CSV (default: standard output)")
    man = sub.add_parser("manifest", help="check the manifest, or print the row to add for new files")
    man.add_argument("files", nargs="*", help="new raw documents (none: verify every checksum)")
    args = parser.parse_args(argv)
    if args.command == "manifest":
        return manifest.main(args.files)
    return extract_command(args.files, args.out)


if __name__ == "__main__":
    sys.exit(main())
