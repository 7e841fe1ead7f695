"""``python -m mzlib``: the command line (see :mod:`mzlib.extract.cli`)."""

import sys

from mzlib.extract.cli import main

if __name__ == "__main__":
    sys.exit(main())
