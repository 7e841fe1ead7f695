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
