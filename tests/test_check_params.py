"""The checks' thresholds and relations (data/reference/check_params.csv, check_relations.csv):
sourced, justified, consistent with each other and with the registry, and refused when broken."""

from pathlib import Path

import pandas as pd
import pytest

import mzlib.quality
from mzlib.core import paths
from mzlib.core.errors import InputError
from mzlib.sources import reference
from mzlib.sources.registry import load_registry

PARAMS = paths.REFERENCE_DATA_DIR / "check_params.csv"
RELATIONS = paths.REFERENCE_DATA_DIR / "check_relations.csv"


def test_every_threshold_is_sourced_justified_and_used():
    table = pd.read_csv(PARAMS, dtype=str, keep_default_na=False)
    assert (table["source"].str.strip() != "").all() and (table["justification"].str.len() > 40).all()
    params = reference.load_check_params()
    relations = reference.load_check_relations()
    named = set(relations["low"]) | set(relations["high"])
    code = "".join(p.read_text(encoding="utf-8") for p in Path(mzlib.quality.__file__).parent.glob("*.py"))
    unused = [p for p in params if p not in named and f'"{p}"' not in code]
    assert not unused, f"parameters no check reads: {unused}"


def test_ranges_are_ordered_and_bounds_sensible():
    p = reference.load_check_params()
    assert 0 < p["beds_per_institution_low"] < p["beds_per_institution_high"]
    assert 0 < p["beds_per_1000_60plus_low"] < p["beds_per_1000_60plus_high"]
    assert p["earliest_year"] < 1949 < 2025 < p["latest_year"]
    assert p["occupancy_high"] == 100 and p["max_power_shift"] >= 1
    # the national averages quoted in the justifications lie inside the ranges they justify
    assert p["beds_per_institution_low"] < 5_183_000 / 41_000 < p["beds_per_institution_high"]
    assert p["beds_per_1000_60plus_low"] < 8_294_000 / 280_040 < p["beds_per_1000_60plus_high"]


def test_every_relation_names_registry_indicators():
    relations = reference.load_check_relations()
    ids = set(load_registry()["indicator_id"])
    for column in ("indicator", "numerator", "denominator"):
        for expression in relations[column]:
            assert set(reference.relation_parts(expression)) <= ids
    assert set(relations["relation"]) == reference.CHECK_RELATIONS


def _broken(tmp_path, name, edit):
    df = pd.read_csv(paths.REFERENCE_DATA_DIR / name, dtype=str, keep_default_na=False)
    edit(df)
    path = tmp_path / name
    df.to_csv(path, index=False)
    return path


@pytest.mark.parametrize("edit, message", [
    (lambda df: df.loc.__setitem__((0, "source"), ""), r"check_params.csv:2: a row has no source"),
    (lambda df: df.loc.__setitem__((1, "justification"), " "), r"check_params.csv:3: .* has no justification"),
    (lambda df: df.loc.__setitem__((0, "value"), "one"), r"check_params.csv:2: .* is not a number"),
    (lambda df: df.loc.__setitem__((1, "parameter"), df.loc[0, "parameter"]), r"appears twice"),
])
def test_a_broken_parameter_table_is_refused(tmp_path, edit, message):
    with pytest.raises(InputError, match=message):
        reference.load_check_params(_broken(tmp_path, "check_params.csv", edit))


@pytest.mark.parametrize("column, value, message", [
    ("relation", "difference", r"relation must be one of"),
    ("numerator", "no_such_indicator", r"unknown indicator 'no_such_indicator'"),
    ("scale", "-1", r"scale must be a positive number"),
    ("denominator_year", "any", r"denominator_year must be"),
])
def test_a_broken_relation_is_refused(tmp_path, column, value, message):
    path = _broken(tmp_path, "check_relations.csv", lambda df: df.loc.__setitem__((0, column), value))
    with pytest.raises(InputError, match=r"check_relations.csv:2: dibao_rural_urban_ratio: " + message):
        reference.load_check_relations(path)


def test_a_relation_naming_a_missing_parameter_is_refused(tmp_path):
    def spoil(df):
        df.loc[df["relation"] == "per", "high"] = "no_such_parameter"
    with pytest.raises(InputError, match=r"high names no parameter of check_params.csv"):
        reference.load_check_relations(_broken(tmp_path, "check_relations.csv", spoil))


# ---------------------------------------------------------------- each tolerance at its boundary, on each side
def _checks(text, issued="2023-07-11", reference_year=2023):
    from mzlib.extract.figures import Document, extract_document
    from mzlib.quality.checks import run_checks
    doc = Document("fixture.txt", text, "测试市", "Testville", reference_year, 2021, 2025, doc_type="midterm_review")
    manifest = pd.DataFrame([{"file": "fixture.txt", "issued": issued, "reference_year": str(reference_year),
                              "region_en": "Testville"}])
    return run_checks(extract_document(doc).figures, {"fixture.txt": text}, manifest)


def _result(table, name):
    rows = table[table["check"] == name]
    assert len(rows) == 1, rows
    return rows.iloc[0]


@pytest.mark.parametrize("share, result", [("69.111", "fail"), ("69.112", "pass"), ("69.120", "pass"),
                                           ("69.121", "fail")])
def test_ratio_tolerance_is_the_rounding_of_every_printed_number(share, result):
    # 14231 / 20590 = 69.11608%; its parts' rounding gives 69.11197..69.12020, the share's own ±0.0005
    text = f"全市养老机构床位20590张,其中护理型床位14231张,占比达到{share}%。"
    assert _result(_checks(text), "ratio_vs_components")["result"] == result


@pytest.mark.parametrize("ratio, severity", [("64", "warning"), ("65", "error")])
def test_ratio_error_threshold_on_each_side(ratio, severity):
    # 4500 / 7680 = 58.59%: 64 misses it by 9.2% (under ratio_error_relative, 10%), 65 by 10.9%
    assert reference.load_check_params()["ratio_error_relative"] == 0.1
    text = "城乡低保省级指导年保障标准分别达到7680元、4500元。\n表2\n序号 | 指标 | 2020年 | 2025年 | 年均增速 | 属性\n" \
           f"2 | 农村低保标准占城市最低生活保障标准比率 | {ratio}% | 75% | 4.56% | 预期性\n"
    row = _result(_checks(text, issued="2021-10-15", reference_year=2020), "ratio_vs_components")
    assert (row["result"], row["severity"], row["corrected_value"]) == ("fail", severity, "")


@pytest.mark.parametrize("later, result", [("1344", "pass"), ("1343", "fail")])
def test_running_total_tolerance_is_the_rounding_of_both_values(later, result):
    # 1345 then 1344: within the half units of the two printed counts (0.5 + 0.5); 1343 falls by more
    text = f"2021年全市持证社工达到1345人,2022年达到{later}人。"
    rows = _checks(text)
    assert list(rows.loc[rows["check"] == "cumulative_total", "result"]) == [result]
