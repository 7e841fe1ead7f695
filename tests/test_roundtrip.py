"""The five seeds (the tests' copy, :mod:`seeds`) written out as a web page, a Word file and a PDF give the figures of their text.

Agreement is measured on the multiset of (indicator_id, year, kind, value_std); offsets and
quotes legitimately differ (a cell-per-line table comes back one row per line, merged group
cells come back repeated). The threshold is 97%; every seed and format measures 100% today, and
the only differences in the derived text are the table layouts just named and, in the PDF, a
header cell wrapped in a narrow column joined without its space (``指标属性``).
"""

import pytest

import docbuild
import seeds as seed_copy
from mzlib.extract.figures import extract_corpus, validate
from mzlib.sources import describe, manifest

MANIFEST = seed_copy.manifest()
SEEDS = seed_copy.names()
FORMATS = (".html", ".docx", ".pdf")
PROSE_ONLY = ("haicheng-2020-14th-fyp-plan.txt", "lincang-2023-five-year-review.txt")
GB2312 = ("yunnan-2021-14th-fyp-plan.txt",)


@pytest.fixture(scope="session")
def seeds(tmp_path_factory):
    """Every seed in every format, built once: {(seed, suffix): path}, the derived-text folder."""
    folder = tmp_path_factory.mktemp("seeds")
    files = {}
    for seed in SEEDS:
        parts = docbuild.blocks(seed_copy.path(seed).read_text(encoding="utf-8"))
        html = folder / docbuild.seed_name(seed, ".html")
        html.write_bytes(docbuild.to_html(parts, charset="gb2312" if seed in GB2312 else "utf-8"))
        files[seed, ".html"] = html
        files[seed, ".docx"] = docbuild.to_docx(parts, folder / docbuild.seed_name(seed, ".docx"))
        files[seed, ".pdf"] = docbuild.to_pdf(parts, folder / docbuild.seed_name(seed, ".pdf"))
    return files, folder / "text"


@pytest.fixture(scope="session")
def expected(seed_run):
    """The figures of every seed's text, extracted once."""
    figures = seed_run.extraction.figures
    return {seed: figures[figures["doc"] == seed] for seed in SEEDS}


def _as(seed, name):
    """The manifest with ``seed`` renamed to ``name``, so the converted file gets its row."""
    renamed = MANIFEST.copy()
    renamed.loc[renamed["file"] == seed, "file"] = name
    return renamed


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("seed", SEEDS)
def test_seed_in_another_format_gives_its_figures(seeds, expected, seed, suffix):
    files, text_dir = seeds
    path = files[seed, suffix]
    figures, rows, _ = extract_corpus([path], _as(seed, path.name), text_dir)
    score = docbuild.agreement(docbuild.figure_key(expected[seed]), docbuild.figure_key(figures))
    assert score >= 0.97, f"{seed} as {suffix}: {score:.3f}"
    assert (rows.loc[rows["kind"] == "indicator", "status"] == "parsed").all()
    text = (text_dir / f"{path.stem}.txt").read_text(encoding="utf-8")
    assert set(figures["text_file"]) == {str((text_dir / f"{path.stem}.txt").resolve())}
    validate(figures, {path.name: text})
    if seed in PROSE_ONLY:
        assert text == seed_copy.path(seed).read_text(encoding="utf-8").strip() + "\n"


@pytest.mark.parametrize("seed", SEEDS)
def test_manifest_row_of_a_converted_seed_matches_what_the_manifest_says(seeds, seed, capsys):
    files, text_dir = seeds
    path = files[seed, ".pdf"]
    row = manifest.manifest_row(path, text_dir)
    listed = MANIFEST.set_index("file").loc[seed]
    assert row["file"] == path.name and row["bytes"] == path.stat().st_size and row["format"] == "pdf"
    assert set(row) == set(manifest.SCHEMA.columns) | {"format", "encoding", "guessed"}
    for column in row["guessed"]:
        assert row[column] == listed[column], column
    assert {"issued", "issuer_zh", "region_zh"} <= set(row["guessed"]) or seed.startswith("lincang")


def test_guesses_from_the_seed_texts_agree_with_the_manifest():
    guessed = 0
    for seed in SEEDS:
        found = describe.guess(seed_copy.path(seed).read_text(encoding="utf-8"))
        listed = MANIFEST.set_index("file").loc[seed]
        assert all(listed[column] == value for column, value in found.items()), seed
        guessed += len(found)
    assert guessed >= 15
