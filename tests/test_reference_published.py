"""aging_published_shares.csv: what can be checked without the communiqués (bounds, order, dates,
units, provenance) and that its .md says what the table holds."""

import re

import pandas as pd
import pytest

from mzlib.core import paths
from mzlib.sources import reference

URL = r"https?://\S+"
UNVERIFIED = "not verified here"
CENSUS_DATE = pd.Timestamp("2020-11-01")


@pytest.fixture(scope="module")
def published():
    return reference.load_published_shares()


@pytest.fixture(scope="module")
def md():
    return (paths.REFERENCE_DATA_DIR / "aging_published_shares.md").read_text(encoding="utf-8")


def _sentences(text):
    return [s for s in re.split(r"(?<=[.:;])\s+", " ".join(text.split())) if s]


def test_shares_are_percentages_and_65_plus_below_60_plus(published):
    shares = published[published["measure"].str.startswith("share_")]
    assert shares["value"].between(0, 100).all()
    assert (shares["unit"] == "% of total population").all()
    wide = shares.pivot(index=["region_en", "date"], columns="measure", values="value").dropna()
    assert len(wide) > 0
    assert (wide["share_65plus"] < wide["share_60plus"]).all(), wide[wide["share_65plus"] >= wide["share_60plus"]]


def test_counts_are_persons_and_births_below_population(published):
    counts = published[published["measure"].isin(["population", "births", "deaths"])]
    assert (counts["unit"] == "persons").all()
    assert (counts["value"] > 0).all() and (counts["value"] == counts["value"].round()).all()
    wide = counts.pivot(index=["region_en", "date"], columns="measure", values="value").dropna()
    assert len(wide) > 0
    assert (wide["births"] < wide["population"] / 50).all()
    assert (wide["deaths"] < wide["population"] / 50).all()


def test_the_totals_change_by_births_less_deaths(published):
    # NBS's year-ends, births and deaths are one account (in 万, so within 10,000 persons)
    china = published[(published["region_en"] == "China") & (published["date"].dt.month == 12)]
    wide = china.assign(year=china["date"].dt.year).pivot(index="year", columns="measure", values="value")
    years = [y for y in wide.index if y - 1 in wide.index and wide.loc[[y - 1, y], "population"].notna().all()
             and pd.notna(wide.at[y, "deaths"])]
    assert years == [2022, 2023, 2024]
    for year in years:
        change = wide.at[year, "population"] - wide.at[year - 1, "population"]
        assert abs(change - (wide.at[year, "births"] - wide.at[year, "deaths"])) <= 10_000, year


def test_official_life_expectancies_after_the_census_each_give_the_copy_they_were_checked_against():
    params = reference.load_aging_params()
    rows = params[params["parameter"].str.fullmatch(r"official_e0_\d{4}")].set_index("parameter")
    assert {"official_e0_2020", "official_e0_2021", "official_e0_2023", "official_e0_2024"} <= set(rows.index)
    # no official figure for 2022 was found: no row, and the notes say so
    assert "official_e0_2022" not in rows.index and "No official figure for 2022" in " ".join(rows["notes"])
    later = rows.loc[[f"official_e0_{y}" for y in (2020, 2021, 2023, 2024)]]
    assert (later["unit"] == "years").all() and later["value"].is_monotonic_increasing
    assert later["source"].str.contains("国家卫生健康委员会").all()
    assert later["notes"].str.contains("Checked here against").all() and later["notes"].str.contains(URL).all()
    assert not later["notes"].str.contains(UNVERIFIED, regex=False).any()


def test_dates_are_year_ends_but_the_census(published):
    year_end = (published["date"].dt.month == 12) & (published["date"].dt.day == 31)
    census = published["date"] == CENSUS_DATE
    assert (year_end | census).all(), published.loc[~(year_end | census), ["region_en", "date", "measure"]]
    assert published.loc[census, "notes"].str.startswith("Census").all()
    assert set(published.loc[census, "measure"]) == {"share_60plus", "share_65plus"}


def test_every_row_names_its_publication(published):
    assert (published["source"].str.strip() != "").all()
    assert published["source"].str.contains("统计局").all()


def test_every_row_gives_the_copy_it_was_checked_against_or_says_it_was_not(published):
    has_url = published["notes"].str.contains(URL)
    unverified = published["notes"].str.contains(UNVERIFIED, regex=False)
    assert (has_url ^ unverified).all(), published.loc[~(has_url ^ unverified), ["region_en", "date", "measure"]]
    # an address comes with the words "Checked here", and a row is never both checked and unchecked
    assert published.loc[has_url, "notes"].str.contains("Checked here").all()
    assert not published.loc[unverified, "notes"].str.contains("Checked here").any()


def test_provincial_rows_quote_a_copy(published):
    provincial = published[published["region_en"] != "China"]
    assert len(provincial) > 0
    assert provincial["notes"].str.contains(URL).all()
    year_end = provincial[provincial["date"].dt.month == 12]
    quoted = year_end["notes"].str.contains("The copy prints: '") | year_end["notes"].str.contains("quoting")
    assert quoted.all(), year_end.loc[~quoted, ["region_en", "date", "measure"]]


def test_the_md_states_no_count_of_unverified_rows(md):
    # what is verified is said row by row in the notes; a number in the .md would go stale
    for sentence in _sentences(md):
        if "verified" in sentence:
            assert not re.search(r"\b\d+\b(?![-\d])", re.sub(r"\d{4}(-\d{2,4})?", "", sentence)), sentence


def test_the_md_names_every_province_of_the_table_and_what_was_not_found(published, md):
    provinces = md[md.index("**Provinces.**"):]
    for region in sorted(set(published["region_en"]) - {"China"}):
        assert region in provinces, region
    have = set(zip(published["region_en"], published["date"].dt.year, published["measure"]))
    # looked for and not found, as the .md says
    absent = [("Shandong", y, "share_65plus") for y in (2023, 2024)]
    absent += [("Shandong", y, "share_60plus") for y in range(2021, 2025)]
    absent += [("Liaoning", y, "share_65plus") for y in range(2021, 2025)]
    absent += [("Liaoning", y, m) for y in (2021, 2022, 2024) for m in ("share_60plus", "population")]
    absent += [("Yunnan", 2021, m) for m in ("share_60plus", "share_65plus", "population")]
    assert not have & set(absent)
    for phrase in ("Shandong's 65+ share for 2023 and 2024", "Liaoning's 65+ share", "2021, 2022 and 2024", "Yunnan 2021",
                   "no 60+ share"):
        assert phrase in " ".join(provinces.split()), phrase
