"""The seeds as the tests know them: a committed copy, independent of what ``data/raw/`` holds.

``data/raw/`` starts with five seed documents, but researchers add their own and may remove the
seeds. Tests that name a seed on purpose (golden tables, round trips, the errors a seed is known
for) read the copy in ``tests/documents/seeds/``: the same bytes as the seeds of ``data/raw/`` (git
stores them once) and their manifest rows in ``tests/documents/seeds/MANIFEST.csv``. Adding or
removing a document of ``data/raw/`` changes nothing here.
"""

from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

HERE = Path(__file__).resolve().parent
SEEDS_DIR = HERE / "documents" / "seeds"
MANIFEST = SEEDS_DIR / "MANIFEST.csv"


@lru_cache(maxsize=1)
def _loaded():
    from mzlib.sources.manifest import load_manifest

    return load_manifest(MANIFEST)


def loaded():
    """The seeds' manifest as :func:`mzlib.sources.manifest.load_manifest` gives it (typed, validated)."""
    return _loaded().copy()


def manifest():
    """The seeds' manifest rows as strings, as the extractor reads them (validated; a copy each call)."""
    _loaded()
    return pd.read_csv(MANIFEST, dtype=str, keep_default_na=False)


def names():
    """The seeds' file names, in manifest order."""
    return list(_loaded()["file"])


def path(name):
    """The tests' copy of seed ``name`` (a file name of the seeds' manifest)."""
    if name not in names():
        raise KeyError(f"{name} is not a seed: the seeds are {', '.join(names())}")
    return SEEDS_DIR / name


def cited(source):
    """The file a reference table's ``source`` names (a path from the repository root); a seed cited
    as ``data/raw/<seed>`` is read from the tests' copy."""
    folder, _, name = source.rpartition("/")
    if folder == "data/raw" and name in names():
        return path(name)
    return HERE.parent / source


def files():
    """Every seed, as paths into the tests' copy, in manifest order."""
    return [SEEDS_DIR / name for name in names()]


def text(name):
    """The text of seed ``name`` as notebook 01 reads it."""
    from mzlib.sources.convert import document_text

    return document_text(path(name)).text


def run(directory):
    """Notebook 01 on the seeds alone: figures, table rows, numbers and checks.

    The tables are written to ``directory`` and read back as later notebooks read them (CSV
    types), so that tests of later rooms see what they would see in ``data/processed/``.

    Returns
    -------
    types.SimpleNamespace
        ``figures``, ``table_rows``, ``checks`` (as read back), ``extraction`` (figures, table rows
        and numbers as extracted), ``checked`` (the checks as computed), ``manifest``, ``texts``
        ({file: text}) and ``directory``.
    """
    from mzlib.core.outputs import read_processed, write_processed
    from mzlib.extract.figures import extract_corpus, validate
    from mzlib.quality.checks import run_checks

    frame = loaded()
    texts = {name: text(name) for name in frame["file"]}
    extraction = extract_corpus(files(), frame)
    validate(extraction.figures, texts)
    checks = run_checks(extraction.figures, texts, frame)
    for name, table in (("figures", extraction.figures), ("table_rows", extraction.table_rows),
                        ("checks", checks)):
        write_processed(table, name, directory=directory)
    return SimpleNamespace(figures=read_processed("figures", directory),
                           table_rows=read_processed("table_rows", directory),
                           checks=read_processed("checks", directory), extraction=extraction, checked=checks,
                           manifest=frame, texts=texts, directory=Path(directory))

