"""The hand-curated census age structures and ageing parameters in data/reference/."""

import pandas as pd
import pytest

from mzlib.demography import aging
from mzlib.core import paths
from mzlib.sources import reference

CENSUS = paths.REFERENCE_DATA_DIR / "census_age_structure.csv"
PARAMS = paths.REFERENCE_DATA_DIR / "aging_params.csv"


@pytest.fixture(scope="module")
def census():
    return pd.read_csv(CENSUS, keep_default_na=False)


@pytest.fixture(scope="module")
def params():
    return pd.read_csv(PARAMS, keep_default_na=False)


def test_census_schema(census):
    assert list(census.columns[:12]) == aging.STRUCTURE_COLUMNS
    assert "notes" in census.columns
    assert set(census["level"]) <= {"country", "province", "prefecture", "county"}
    assert set(census["year"]) <= {2010, 2020}
    assert not census.duplicated(["region_en", "year"]).any()
    assert set(census["derived"].astype(str)) <= {"True", "False"}


def test_census_shares_are_consistent(census):
    shares = census[aging.SHARES].astype(float)
    assert ((shares > 0) & (shares < 100)).all().all()
    total = shares["share_0_14"] + shares["share_15_59"] + shares["share_60plus"]
    assert ((total - 100).abs() <= 0.1).all(), census.loc[(total - 100).abs() > 0.1, "region_en"]
    assert (shares["share_65plus"] <= shares["share_60plus"]).all()
    reference.load_census_reference()


def test_every_row_has_a_source_and_derived_rows_say_how(census):
    assert census["source"].str.strip().str.len().gt(0).all()
    assert census["source"].str.contains(r"\d{4}").all()  # publication year at least
    derived = census["derived"].astype(str) == "True"
    assert census.loc[derived, "derivation"].str.strip().str.len().gt(0).all()
    assert (census.loc[~derived, "derivation"].str.strip() == "").all()


def test_issue_figures_for_2020(census):
    got = census[census["year"] == 2020].set_index("region_en")[aging.SHARES].astype(float)
    assert got.loc["China"].tolist() == [17.95, 63.35, 18.70, 13.50]
    assert got.loc["Yunnan"].tolist() == [19.57, 65.52, 14.91, 10.75]
    assert got.loc["Shandong"].tolist() == [18.78, 60.32, 20.90, 15.13]
    assert got.loc["Liaoning"].tolist() == [11.12, 63.16, 25.72, 17.42]


def test_china_2010_is_2020_minus_published_changes(census):
    c = census[census["region_en"] == "China"].set_index("year")[aging.SHARES].astype(float)
    changes = [1.35, -6.79, 5.44, 4.63]  # NBS communiqué No. 5, 2021-05-11
    expected = [round(a - d, 2) for a, d in zip(c.loc[2020], changes)]
    assert c.loc[2010].tolist() == pytest.approx(expected)  # 16.60, 70.14, 13.26, 8.87
    for d in ["+1.35", "-6.79", "+5.44", "+4.63"]:
        assert d in census.loc[(census["region_en"] == "China") & (census["year"] == 2010),
                               "derivation"].iloc[0]


def test_omitted_2010_rows_are_explained(census):
    has_2010 = set(census.loc[census["year"] == 2010, "region_en"])
    for row in census[(census["year"] == 2020) & ~census["region_en"].isin(has_2010)].itertuples():
        assert "No 2010 row" in row.notes, row.region_en


def test_params_schema_and_sources(params):
    assert list(params.columns) == ["parameter", "value", "unit", "label", "source", "notes"]
    assert params["parameter"].is_unique
    assert params["source"].str.strip().str.len().gt(0).all()
    assert params["unit"].str.strip().str.len().gt(0).all()


def test_stage_thresholds(params):
    assert aging.stage_thresholds() == {"aging": 7.0, "aged": 14.0, "super-aged": 20.0}
    assert params.loc[params["parameter"].str.startswith("stage_"), "source"].str.contains("UN").all()


def test_bed_benchmark_and_nursing_floor():
    low, high = reference.param_value("bed_benchmark_low"), reference.param_value("bed_benchmark_high")
    assert (low, high) == (35.0, 40.0)
    assert reference.param_value("nursing_bed_floor") == 55.0
    p = reference.load_aging_params().set_index("parameter")
    assert "十三五" in p.at["bed_benchmark_low", "source"]
    assert "十四五" in p.at["nursing_bed_floor", "source"]


def test_unknown_parameter_raises():
    with pytest.raises(ValueError, match="'nope'"):
        reference.param_value("nope")
