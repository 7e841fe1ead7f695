"""Tests do not depend on which documents ``data/raw/`` holds, and the report follows the corpus.

In a temporary copy of the repository, a researcher adds a document of the genre (a test document,
under the same file name as the tests' own copy of it) and removes a seed, runs the report, and
the tests that read the corpus (the manifest, ``data/processed/``, the notebooks and the site) pass
there; the added document has its figures and its evidence page, the removed seed has neither.
"""

import pandas as pd
import pytest

import repository
import seeds

ADDED = repository.ROOT / "tests" / "documents" / "genre" / "lanjiang2021_elderly_care_14th_plan_indicators.txt"
ADDED_ROW = {"region_zh": "岚江市", "region_en": "Lanjiang", "admin_level": "prefecture", "province_zh": "江源省",
             "province_en": "Jiangyuan", "doc_type": "plan", "period_start": "2021", "period_end": "2025",
             "reference_year": "2020", "notes": "A composed test document (tests/documents/genre/README.md)."}
REMOVED = "haicheng-2020-14th-fyp-plan.txt"
# Tests that read the corpus of the repository they run in, and tests that once read it.
CORPUS_TESTS = [
    "tests/test_manifest.py::test_real_manifest_validates_and_matches_raw_files",
    "tests/test_manifest.py::test_every_raw_text_is_listed",
    "tests/test_manifest.py::test_document_lookup_returns_the_row",
    "tests/test_audit.py::test_committed_outputs_are_what_the_code_computes",
    "tests/test_evidence.py::test_real_pages_anchor_every_figure_and_keep_the_text",
    "tests/test_notebooks.py",
    "tests/test_site.py::test_committed_site_has_the_mathjax_its_pages_load",
    "tests/test_parameters.py::test_papermill_run_for_one_region_shows_it_and_writes_nothing",
    "tests/test_extract_corpus.py::test_whole_figures_table_matches_its_golden_file",
    "tests/test_checks.py::test_seed_checks_match_their_golden_file",
    "tests/test_roundtrip.py::test_guesses_from_the_seed_texts_agree_with_the_manifest",
    "tests/test_claims.py::test_find_claims_on_the_seeds",
]


@pytest.fixture(scope="module")
def changed(tmp_path_factory):
    """A copy of the repository with one document added and one seed removed, after the report."""
    root = repository.copy_repository(tmp_path_factory.mktemp("repository"))
    repository.add_document(root, ADDED, **ADDED_ROW)
    repository.remove_document(root, REMOVED)
    repository.report(root)
    return root


def _processed(root, name):
    return pd.read_csv(root / "data" / "processed" / f"{name}.csv", keep_default_na=False, na_values=[""])


def test_an_added_document_has_its_figures_and_its_evidence_page(changed):
    figures = _processed(changed, "figures")
    added = figures[figures["doc"] == ADDED.name]
    assert len(added) >= 20 and set(added["region_en"]) == {"Lanjiang"}
    assert REMOVED not in set(figures["doc"])
    documents = _processed(changed, "documents")
    assert ADDED.name in set(documents["file"]) and REMOVED not in set(documents["file"])
    key = added["figure_id"].iloc[0].split(":")[0]
    page = (changed / "reports" / "html" / "evidence" / f"{key}.html").read_text(encoding="utf-8")
    assert all(f'id="{figure_id}"' in page for figure_id in added["figure_id"])
    assert not (changed / "reports" / "html" / "evidence" / "haicheng-2020.html").exists()


def test_the_tests_that_read_the_corpus_pass_on_another_corpus(changed):
    output = repository.pytest(changed, *CORPUS_TESTS)
    assert " passed" in output and "failed" not in output and "error" not in output.lower()


def test_the_seeds_in_data_raw_are_the_tests_copy():
    """A seed still in ``data/raw/`` has the bytes the tests read; a removed one is not missed."""
    from mzlib.core import paths

    differ = [name for name in seeds.names()
              if (paths.RAW_DATA_DIR / name).exists()
              and (paths.RAW_DATA_DIR / name).read_bytes() != seeds.path(name).read_bytes()]
    assert differ == [], (f"data/raw/ and tests/documents/seeds/ differ for {differ}: copy a seed corrected "
                          "on purpose into tests/documents/seeds/ and rebuild the golden tables")


def test_the_seed_rows_of_the_manifest_are_the_tests_copy():
    """A seed still listed in ``data/raw/MANIFEST.csv`` has the row the tests read."""
    from mzlib.core import paths

    listed = pd.read_csv(paths.MANIFEST, dtype=str, keep_default_na=False).set_index("file")
    copy = seeds.manifest().set_index("file")
    differ = [name for name in copy.index if name in listed.index and not listed.loc[name].equals(copy.loc[name])]
    assert differ == [], (f"the manifest rows of {differ} differ from tests/documents/seeds/MANIFEST.csv: copy a "
                          "row changed on purpose there and rebuild the golden tables")
