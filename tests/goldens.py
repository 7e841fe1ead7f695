"""The documents whose whole figures table is committed as a golden file, and how to rebuild them.

They are the tests' own documents, named by what is committed under ``tests/documents/``: the copy
of the seeds (``seeds/``, described by its own manifest) and the test corpora. What ``data/raw/``
holds plays no part, so adding or removing a document there changes no golden table.

Run ``.venv/bin/python tests/goldens.py`` after a change to the extractor that is meant to change
its output; review ``git diff tests/golden/`` like any other change of results, then commit.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import seeds  # noqa: E402
from mzlib.core.textio import FORMATS  # noqa: E402
from mzlib.extract.figures import Document, extract_document  # noqa: E402

GOLDEN_DIR = HERE / "golden"
DOCUMENTS_DIR = HERE / "documents"
COLUMNS = ["figure_id", "indicator_id", "indicator_zh", "date", "year", "base_year", "kind", "comparator",
           "value", "unit", "value_std", "unit_std", "method"]


def manifest():
    """The rows of the documents that have one: the seeds' (the test corpora are read from their text)."""
    return seeds.manifest()


def documents():
    """Every golden document: the seeds, then the test corpora (every file of an accepted format: texts and the
    spreadsheets of real64), as paths under ``tests/documents/``."""
    others = sorted(p for p in DOCUMENTS_DIR.glob("*/*") if p.parent != seeds.SEEDS_DIR and p.suffix.lower() in FORMATS)
    return seeds.files() + others


def golden_path(path):
    return GOLDEN_DIR / f"{Path(path).parent.name}--{Path(path).stem}.csv"


def table(path):
    """The golden columns of a document's figures, as CSV text (floats to 10 significant digits)."""
    doc = Document.from_path(path, manifest())
    figures = extract_document(doc).figures[COLUMNS]
    return figures.to_csv(index=False, lineterminator="\n", float_format="%.10g")


def update():
    GOLDEN_DIR.mkdir(exist_ok=True)
    for path in documents():
        golden_path(path).write_text(table(path), encoding="utf-8")
        print(f"wrote {golden_path(path).relative_to(HERE.parent)}")


if __name__ == "__main__":
    update()
