"""The extractor on whole documents: every seed and every test document against its committed
golden figures table (compared exactly), and the test corpora against the figures a careful reader
takes from them."""

import difflib

import pandas as pd
import pytest

from goldens import DOCUMENTS_DIR, documents, golden_path, table
from mzlib.extract import evaluate
from mzlib.extract.figures import Document, extract_document

DOCUMENTS = documents()


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_whole_figures_table_matches_its_golden_file(path):
    golden = golden_path(path)
    assert golden.exists(), f"{golden.name} is missing: run .venv/bin/python tests/goldens.py"
    expected, got = golden.read_text(encoding="utf-8"), table(path)
    if got != expected:
        diff = "".join(list(difflib.unified_diff(expected.splitlines(True), got.splitlines(True),
                                                 "golden", "now", n=0))[:40])
        pytest.fail(f"{path.name}: figures differ from {golden.name} (rebuild with tests/goldens.py "
                    f"if the change is intended):\n{diff}")


@pytest.fixture(scope="module", params=["corpus", "genre"])
def corpus(request):
    folder = DOCUMENTS_DIR / request.param
    expected = evaluate.load_expected(folder / "expected_figures.csv")
    texts, figures = {}, []
    for name in sorted(expected["doc"].unique()):
        doc = Document.from_path(folder / name)
        texts[name] = doc.text
        figures.append(extract_document(doc).figures)
    matched = evaluate.match(pd.concat(figures, ignore_index=True), expected, texts)
    return request.param, matched, evaluate.summary(matched)


def test_recall_and_years_on_documents_it_was_not_written_for(corpus):
    name, matched, summary = corpus
    overall = summary.set_index("doc").loc["all"]
    missed = matched.loc[~matched["found"], ["doc", "value", "quote"]].to_string()
    assert overall["recall"] >= 0.97, f"{name}: recall {overall['recall']:.3f}; missed:\n{missed}"
    wrong = matched.loc[matched["year_ok"].eq(False), ["doc", "value", "year", "quote"]].to_string()
    assert overall["year_share"] >= 0.97, f"{name}: right year for {overall['year_share']:.3f}:\n{wrong}"


def test_annotation_quotes_are_unique_and_hold_their_value():
    for folder in ("corpus", "genre"):
        expected = evaluate.load_expected(DOCUMENTS_DIR / folder / "expected_figures.csv")
        for g in expected.itertuples():
            text = (DOCUMENTS_DIR / folder / g.doc).read_text(encoding="utf-8")
            assert text.count(g.quote) == 1, (g.doc, g.quote)


def test_composed_documents_hold_together():
    """The composed test documents' totals, shares and growth rates agree with their annotation."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(DOCUMENTS_DIR / "genre" / "verify.py")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:]
