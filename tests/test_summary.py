"""Notebook 01's summaries follow the manifest: rows per region or document in manifest order, any
region by any of its names, and a region that prints nothing still has its row."""

import pandas as pd
import pytest

from mzlib.core.errors import InputError
from mzlib.extract import summary
from mzlib.sources.regions import resolve_region

DOCUMENTS = pd.DataFrame({"file": ["b.txt", "a.txt", "c.txt"], "region_en": ["Bville", "Aville", "Aville"],
                          "region_zh": ["乙市", "甲县", "甲县"]})
FIGURES = pd.DataFrame({
    "figure_id": ["a:1", "a:2", "c:3", "c:4"], "region_en": ["Aville"] * 4,
    "family": ["funeral", "elder_care", "elder_care", "unmapped"],
    "kind": ["standard", "actual", "standard", "target"],
    **{c: ["x"] * 4 for c in summary.STANDARD_COLUMNS if c not in ("figure_id",)}})


def test_by_family_has_a_row_per_region_in_manifest_order_and_zero_where_nothing_was_found():
    table = summary.by_family(FIGURES, DOCUMENTS)
    assert list(table.index) == ["Bville", "Aville"]
    assert list(table.columns) == ["elder_care", "funeral", "unmapped"]
    assert table.loc["Bville"].sum() == 0 and table.loc["Aville", "elder_care"] == 2


def test_exclusions_have_a_row_per_document_in_manifest_order():
    numbers = pd.DataFrame({"doc": ["a.txt", "a.txt", "c.txt", "c.txt"], "text": ["1", "2", "3", "4"],
                            "status": ["excluded", "excluded", "excluded", "uncaptured"],
                            "reason": ["year", "date", "year", "no unit"]})
    table = summary.exclusions(numbers, DOCUMENTS)
    assert list(table.index) == ["b.txt", "a.txt", "c.txt"] and list(table.columns) == ["year", "date"]
    assert table.loc["c.txt"].tolist() == [1, 0] and table.loc["b.txt"].sum() == 0


def test_standards_default_to_the_first_region_of_the_manifest_that_prints_one():
    region, table = summary.standards(FIGURES, DOCUMENTS)
    assert region == "Aville" and list(table["figure_id"]) == ["a:1", "c:3"]
    assert list(table.columns) == summary.STANDARD_COLUMNS
    region, table = summary.standards(FIGURES, DOCUMENTS, "Bville")
    assert region == "Bville" and table.empty


@pytest.mark.parametrize("name, region", [("Aville", "Aville"), ("aville", "Aville"), ("甲县", "Aville"),
                                          ("甲", "Aville"), ("B-ville", "Bville"), (None, None), ("", None)])
def test_a_region_by_any_of_its_names(name, region):
    assert resolve_region(name, DOCUMENTS) == region


def test_an_unknown_region_is_one_line_naming_every_region():
    with pytest.raises(InputError, match=r"^nb\.py: REGION 'Cville' is not a region of the manifest\. "
                                         r"use one of: Bville \(乙市\), Aville \(甲县\), or None$"):
        resolve_region("Cville", DOCUMENTS, source="nb.py")
