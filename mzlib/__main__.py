"""``python -m mzlib``: the command line.

- ``add FILE... [--set KEY=VALUE ...]`` and ``remove KEY``: a researcher's documents in and out of
  ``data/raw/`` and its manifest (:mod:`mzlib.sources.register`);
- ``extract`` and ``manifest``: see :mod:`mzlib.extract.cli`.
"""

import argparse
import sys

from mzlib.core.textio import SUFFIXES
from mzlib.extract import cli

_COMMANDS = ("add", "remove")


def _parser():
    from mzlib.sources import register  # imported here: it needs pandas, which extract --help does not

    parser = argparse.ArgumentParser(prog="python -m mzlib", description="Documents in and out of data/raw/.")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="copy documents into data/raw/ and append their manifest rows",
                         description=register.__doc__.split("\n\n")[1])
    add.add_argument("files", nargs="+", help=f"documents ({SUFFIXES})")
    add.add_argument("--set", dest="sets", action="append", default=[], metavar="KEY=VALUE",
                     help="fill or override a manifest column (repeatable), e.g. --set doc_type=plan")
    add.add_argument("--raw-dir", help="the raw folder to add to (default: data/raw/ of this repository)")
    remove = sub.add_parser("remove", help="take a document out: its manifest row and its raw file")
    remove.add_argument("key", help="the document's key (or file name) in the manifest")
    remove.add_argument("--raw-dir", help="the raw folder (default: data/raw/ of this repository)")
    return parser


def main(argv=None):
    """Entry point of ``python -m mzlib`` and the ``mzlib`` script. A table of ``data/reference/`` or a
    manifest that cannot be read stops it with a one-line error and exit status 2."""
    from mzlib.core.errors import InputError

    try:
        return _main(argv)
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def _main(argv):
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv or argv[0] not in _COMMANDS:
        if not argv or argv[0] in ("-h", "--help"):
            print("python -m mzlib add FILE... [--set KEY=VALUE ...] | remove KEY: documents in and out of "
                  "data/raw/ (python -m mzlib add --help)", file=sys.stderr)
        return cli.main(argv)
    args = _parser().parse_args(argv)
    from mzlib.sources import register

    if args.command == "remove":
        return register.remove(args.key, args.raw_dir)
    try:
        given = register.parse_sets(args.sets)
    except register.AddError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return register.add(args.files, given, args.raw_dir)


if __name__ == "__main__":
    sys.exit(main())
