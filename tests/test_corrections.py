"""What checks say about figures: corrected values in the standard unit, corrected dates, flags."""

import pandas as pd
import pytest

from mzlib.targets import corrections as C


def _checks(*rows):
    cols = ["check_id", "check", "severity", "result", "doc", "figure_ids", "original_value",
            "corrected_value", "correction_reason"]
    return pd.DataFrame([dict(zip(cols, r)) for r in rows], columns=cols)


FIGURES = pd.DataFrame({
    "figure_id": ["w:986", "w:3426", "l:2035", "t:1901", "t:1922", "t:500"],
    "doc": ["w.txt", "w.txt", "l.txt", "t.txt", "t.txt", "t.txt"],
    "value": ["9.91", "4.3084", "113050", "13", "7", "3023"],
    "value_std": [9.91, 43084.0, 113050.0, 13.0, 7.0, 3023.0],
    "date": ["2023", "2023", "2023", "3023-03-31", "3023-03-31", "2023"],
})


def test_value_correction_applies_to_the_figure_printed_as_the_original():
    checks = _checks(
        ("ratio:w:986", "ratio", "error", "fail", "w.txt", "w:986;w:3426", "9.91", "6.91", "first digit"),
        ("magnitude:l", "magnitude", "error", "fail", "l.txt", "l:2035", "113050", "11305", "one digit fewer"),
        ("passing", "ratio", "info", "pass", "w.txt", "w:3426", "4.3084", "5", "not a failure"),
    )
    fixes = C.value_corrections(checks, FIGURES).set_index("figure_id")
    assert list(fixes.index) == ["w:986", "l:2035"]
    assert fixes.loc["w:986", "value_corrected"] == pytest.approx(6.91)
    assert fixes.loc["l:2035", "value_corrected"] == pytest.approx(11305)
    assert fixes.loc["w:986", "check_id"] == "ratio:w:986" and fixes.loc["w:986", "reason"] == "first digit"


def test_value_correction_keeps_the_scale_of_the_printed_unit():
    figures = FIGURES.assign(value_std=FIGURES["value_std"].where(FIGURES["figure_id"] != "w:3426", 43084.0))
    checks = _checks(("x", "sum", "error", "fail", "w.txt", "w:3426", "4.3084", "4.4084", "digit"))
    fixes = C.value_corrections(checks, figures)
    assert fixes["value_corrected"].iloc[0] == pytest.approx(44084.0)  # 万 kept


def test_date_correction_of_a_document_level_check():
    checks = _checks(("impossible_date:t.txt:1872", "impossible_date", "error", "fail", "t.txt", "", "3023",
                      "2023", "the only year within one digit"))
    fixes = C.date_corrections(checks, FIGURES)
    assert dict(zip(fixes["figure_id"], fixes["date_corrected"])) == {"t:1901": "2023-03-31",
                                                                      "t:1922": "2023-03-31"}


def test_numbers_read_as_floats_still_match():
    checks = _checks(("impossible_date:t.txt:1872", "impossible_date", "error", "fail", "t.txt", None, 3023.0,
                      2023.0, "x"),
                     ("ratio:w:986", "ratio", "error", "fail", "w.txt", "w:986", 9.91, 6.91, "digit"))
    assert len(C.date_corrections(checks, FIGURES)) == 2
    assert C.value_corrections(checks, FIGURES)["value_corrected"].tolist() == [6.91]


def test_flags_and_uncorrected_errors():
    checks = _checks(
        ("cumulative:t:1", "cumulative_total", "error", "fail", "t.txt", "t:1;t:2", "", "", ""),
        ("warn", "ratio", "warning", "fail", "t.txt", "t:2", "", "", ""),
        ("ok", "ratio", "info", "pass", "t.txt", "t:3", "", "", ""),
        ("fixed", "magnitude", "error", "fail", "t.txt", "t:4", "10", "1", "x"),
    )
    flags = C.flags(checks)
    assert flags == {"t:1": ["cumulative:t:1"], "t:2": ["cumulative:t:1", "warn"], "t:4": ["fixed"]}
    assert C.flags_of("t:2;t:1;t:9", flags) == "cumulative:t:1;warn"
    assert C.uncorrected_errors(checks) == [("cumulative:t:1", ["t:1", "t:2"])]
    assert C.value_corrections(None, FIGURES).empty


def test_date_correction_of_a_check_that_cites_figures_reaches_the_cited_figures_only():
    checks = _checks(("impossible_date:t.txt:1872", "impossible_date", "error", "fail", "t.txt", "t:1922", "3023",
                      "2023", "one digit"))
    fixes = C.date_corrections(checks, FIGURES)
    assert dict(zip(fixes["figure_id"], fixes["date_corrected"])) == {"t:1922": "2023-03-31"}


def test_every_year_correction_of_the_committed_checks_reaches_the_figures_it_cites():
    from mzlib.core.outputs import read_processed
    checks, figures = read_processed("checks"), read_processed("figures")
    fail = C.failing(checks)
    years = fail[fail["original_value"].str.fullmatch(r"\d{4}") & fail["corrected_value"].str.fullmatch(r"\d{4}")]
    fixed = set(C.date_corrections(checks, figures)["figure_id"])
    dates = figures.set_index("figure_id")["date"].astype(str)
    for _, check in years.iterrows():
        cited = [i for i in check["figure_ids"].split(";") if i and dates.get(i, "").startswith(check["original_value"])]
        assert set(cited) <= fixed, check["check_id"]
