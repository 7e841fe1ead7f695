"""Every path of the project, defined once.

``MZPLAN_OUTPUT_ROOT``, when set, moves what the notebooks write (``data/processed/`` and
``reports/figures/``) under another directory: ``make test`` runs nbval there, on a copy of the
processed tables, so that testing never rewrites the working tree.
"""

import os
from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parents[2]
OUTPUT_ROOT = Path(os.environ.get("MZPLAN_OUTPUT_ROOT") or PROJ_ROOT)
DATA_DIR = PROJ_ROOT / "data"
RAW_DATA_DIR = DATA_DIR / "raw"
INTERIM_DATA_DIR = OUTPUT_ROOT / "data" / "interim"
PROCESSED_DATA_DIR = OUTPUT_ROOT / "data" / "processed"
REFERENCE_DATA_DIR = DATA_DIR / "reference"
MANIFEST = RAW_DATA_DIR / "MANIFEST.csv"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
REPORTS_DIR = PROJ_ROOT / "reports"
HTML_DIR = REPORTS_DIR / "html"
FIGURES_DIR = OUTPUT_ROOT / "reports" / "figures"
