"""``python -m mzlib.report``: execute and render the notebooks (see :mod:`mzlib.report.runner`)."""

import sys

from mzlib.report.runner import main

sys.exit(main())
