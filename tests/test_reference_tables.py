"""The hand-curated reference tables: valid, sourced, and rejected when wrong."""

import pandas as pd
import pandera.errors
import pytest

from mzlib.core import paths
from mzlib.sources.registry import load_registry

REGISTRY = paths.REFERENCE_DATA_DIR / "indicators.csv"


def test_units_and_census_rounds_have_sources():
    units = pd.read_csv(paths.REFERENCE_DATA_DIR / "units.csv", dtype=str, keep_default_na=False)
    assert units["unit_printed"].is_unique
    assert (units["factor"].astype(float) > 0).all() and (units["source"] != "").all()
    rounds = pd.read_csv(paths.REFERENCE_DATA_DIR / "census_rounds.csv", dtype=str, keep_default_na=False)
    assert (rounds["source"] != "").all() and rounds["year"].astype(int).is_monotonic_increasing


def test_registry_directions_match_units():
    registry = load_registry()
    rates = registry[registry["unit_std"] == "%"]
    assert (rates["upper_bound"].isna() | (rates["upper_bound"] == 100)).all()
    assert set(registry["direction"]) <= {-1, 0, 1}


def _write(tmp_path, edit):
    df = pd.read_csv(REGISTRY, dtype=str, keep_default_na=False)
    edit(df)
    path = tmp_path / "indicators.csv"
    df.to_csv(path, index=False)
    return path


def test_an_alias_under_two_indicators_is_rejected(tmp_path):
    def duplicate(df):
        df.loc[1, "aliases"] = df.loc[0, "name_zh"]
    with pytest.raises(ValueError, match="two indicators"):
        load_registry(_write(tmp_path, duplicate))


@pytest.mark.parametrize("column, value", [("direction", "2"), ("name_en", ""), ("indicator_id", "Bad Id")])
def test_bad_registry_rows_are_rejected(tmp_path, column, value):
    def spoil(df):
        df.loc[0, column] = value
    with pytest.raises(pandera.errors.SchemaError):
        load_registry(_write(tmp_path, spoil))
