"""Each ageing measure against values computed by hand (the arithmetic is in the comments)."""

import math

import numpy as np
import pandas as pd
import pytest

from mzlib.demography import aging

STAGES = {"aging": 7.0, "aged": 14.0, "super-aged": 20.0}


def structure(rows):
    """An age-structure frame from (region, year, s0_14, s15_59, s60, s65, population) tuples."""
    df = pd.DataFrame(rows, columns=["region_en", "year", *aging.SHARES, "population"])
    return df.assign(region_zh=df["region_en"], level="test", derived=False, derivation="",
                     source="hand-made")


@pytest.fixture
def testland():
    # Round numbers: 2010 is exactly "aging" (65+ = 7), 2020 exactly "aged" (65+ = 14).
    return structure([("Testland", 2010, 25.0, 65.0, 10.0, 7.0, 1_000_000),
                      ("Testland", 2020, 20.0, 60.0, 20.0, 14.0, 1_000_000)])


@pytest.fixture
def wenshan():
    # Wenshan (文山市) 7th census as printed; 2010 = 2020 share minus printed change.
    return structure([("Wenshan", 2010, 20.81, 68.72, 10.48, 7.14, np.nan),
                      ("Wenshan", 2020, 21.74, 65.68, 12.58, 8.75, 623_772)])


# --- scalar measures ---------------------------------------------------------------------------

def test_share_15_64_is_total_minus_young_and_65plus():
    # 100 - 21.74 - 8.75 = 69.51
    assert aging.share_15_64(21.74, 8.75) == pytest.approx(69.51)


def test_dependency_ratios_chinese_convention():
    # working age 15-59 = 65.68; child 100 * 21.74 / 65.68 = 33.0999; old 100 * 12.58 / 65.68 = 19.1535
    assert aging.dependency_ratio(21.74, 65.68) == pytest.approx(33.0999, abs=1e-4)
    assert aging.dependency_ratio(12.58, 65.68) == pytest.approx(19.1535, abs=1e-4)


def test_dependency_ratios_international_convention():
    # working age 15-64 = 69.51; child 100 * 21.74 / 69.51 = 31.2761; old 100 * 8.75 / 69.51 = 12.5881
    assert aging.dependency_ratio(21.74, 69.51) == pytest.approx(31.2761, abs=1e-4)
    assert aging.dependency_ratio(8.75, 69.51) == pytest.approx(12.5881, abs=1e-4)


def test_aging_index_and_support_ratio():
    # ageing index 100 * 8.75 / 21.74 = 40.2484; support 69.51 / 8.75 = 7.944; CN 65.68 / 12.58 = 5.2210
    assert aging.aging_index(8.75, 21.74) == pytest.approx(40.2484, abs=1e-4)
    assert aging.potential_support_ratio(69.51, 8.75) == pytest.approx(7.944)
    assert aging.potential_support_ratio(65.68, 12.58) == pytest.approx(5.2210, abs=1e-4)


@pytest.mark.parametrize("share, stage", [
    (6.99, "pre-aging"), (7.0, "aging"), (13.99, "aging"), (14.0, "aged"),
    (19.99, "aged"), (20.0, "super-aged"), (35.0, "super-aged"),
])
def test_stage_boundaries_belong_to_the_higher_stage(share, stage):
    assert aging.aging_stage(share, STAGES) == stage


def test_rounding_noise_below_a_threshold_counts_as_on_it():
    # a derived share such as 20.2 - 6.2 may land a hair below 14.0 in floating point
    assert aging.aging_stage(14.0 - 1e-12, STAGES) == "aged"


def test_stage_vectorised_and_missing():
    assert list(aging.aging_stage(pd.Series([5.0, 14.0, np.nan]), STAGES)) == ["pre-aging", "aged", ""]


def test_speed_pp_per_decade():
    # 65+: (8.75 - 7.14) / (2020 - 2010) * 10 = 1.61 pp per decade; over 5 years 1.61 -> 3.22
    assert aging.speed_pp_per_decade(7.14, 8.75, 2010, 2020) == pytest.approx(1.61)
    assert aging.speed_pp_per_decade(7.14, 8.75, 2015, 2020) == pytest.approx(3.22)


def test_logit_slope_and_projection():
    # logit slope 7% -> 14% over 10 years: ln((14/86) / (7/93)) / 10 = ln(1302/602) / 10 = 0.0771399
    assert aging.logit_slope(7.0, 14.0, 2010, 2020) == pytest.approx(0.0771399, abs=1e-7)
    # from 50% (logit 0) at slope ln(3)/10, ten years later logit = ln 3, share = 3/4 = 75%
    assert aging.project_share(50.0, math.log(3) / 10, 2020, 2030) == pytest.approx(75.0)


# --- the measures frame ------------------------------------------------------------------------

def test_measures_frame_testland(testland):
    m = aging.measures(testland, STAGES).set_index("year")
    r = m.loc[2020]
    # 15-64 = 100 - 20 - 14 = 66
    assert r["share_15_64"] == pytest.approx(66.0)
    # CN: child 100*20/60 = 33.333, old 100*20/60 = 33.333, total 66.667
    assert r["child_dependency_cn"] == pytest.approx(100 / 3)
    assert r["old_dependency_cn"] == pytest.approx(100 / 3)
    assert r["total_dependency_cn"] == pytest.approx(200 / 3)
    # international: child 100*20/66 = 30.303, old 100*14/66 = 21.212, total 100*34/66 = 51.515
    assert r["child_dependency_intl"] == pytest.approx(30.3030, abs=1e-4)
    assert r["old_dependency_intl"] == pytest.approx(21.2121, abs=1e-4)
    assert r["total_dependency_intl"] == pytest.approx(51.5152, abs=1e-4)
    # ageing index 100*14/20 = 70; support 66/14 = 4.714; CN 60/20 = 3
    assert r["aging_index"] == pytest.approx(70.0)
    assert r["potential_support_ratio"] == pytest.approx(66 / 14)
    assert r["potential_support_ratio_cn"] == pytest.approx(3.0)
    # stages at exactly 7 and 14; speeds (14-7) = 7 and (20-10) = 10 pp per decade
    assert (m.loc[2010, "stage"], r["stage"]) == ("aging", "aged")
    assert r["speed_65plus"] == pytest.approx(7.0)
    assert r["speed_60plus"] == pytest.approx(10.0)
    assert math.isnan(m.loc[2010, "speed_65plus"])
    assert r["next_stage"] == "super-aged"
    assert "years_to_next_stage" not in m.columns   # the cohort projection answers "when"
    # counts from share x population: 20 % and 14 % of 1,000,000
    assert (r["pop_60plus"], r["pop_65plus"]) == pytest.approx((200_000, 140_000))


def test_measures_keep_printed_counts(wenshan):
    w = wenshan.assign(pop_60plus=[np.nan, 78_472.0], pop_65plus=[np.nan, 54_600.0])
    r = aging.measures(w, STAGES).set_index("year").loc[2020]
    assert (r["pop_60plus"], r["pop_65plus"]) == (78_472, 54_600)
    assert r["total_dependency_cn"] == pytest.approx(33.0999 + 19.1535, abs=1e-3)
    assert r["speed_60plus"] == pytest.approx(2.10)
    assert r["stage"] == "aging"


@pytest.mark.parametrize("change, message", [
    ({"share_15_59": 61.0}, r"Testland 2020: shares 0-14 \+ 15-59 \+ 60\+ sum to 101.00"),
    ({"share_65plus": 21.0}, r"Testland 2020: share 65\+ \(21.0\) exceeds share 60\+ \(20.0\)"),
    ({"share_0_14": np.nan}, r"Testland 2020: every share must be a number in \(0, 100\)"),
])
def test_bad_structure_names_region_and_year(testland, change, message):
    bad = testland.copy()
    for col, value in change.items():
        bad.loc[bad["year"] == 2020, col] = value
    with pytest.raises(ValueError, match=message):
        aging.measures(bad, STAGES)


def test_sum_within_tolerance_passes(testland):
    ok = testland.copy()
    ok.loc[ok["year"] == 2020, "share_15_59"] = 60.09
    aging.validate_structure(ok)


# --- comparison --------------------------------------------------------------------------------

@pytest.fixture
def two_regions(testland, wenshan):
    return pd.concat([testland.replace({"Testland": "Nation"}), wenshan], ignore_index=True)


def test_comparison_one_row_per_region(two_regions):
    c = aging.comparison(aging.measures(two_regions, STAGES))
    assert list(c["region_en"]) == ["Nation", "Wenshan"]
    assert list(c["year"]) == [2020, 2020]


# --- from the figures table --------------------------------------------------------------------

def figure(fid, indicator, kind, value, unit, base_year=None, year=2020):
    return {"figure_id": fid, "doc": "wenshan.txt", "region_zh": "文山市", "region_en": "Wenshan",
            "indicator_id": indicator, "year": year, "base_year": base_year, "kind": kind,
            "value_std": value, "unit_std": unit, "quote": "..."}


@pytest.fixture
def figures():
    rows = []
    for i, (group, count, share, change) in enumerate([
            ("0_14", 135618, 21.74, 0.93), ("15_59", 409682, 65.68, -3.04),
            ("60plus", 78472, 12.58, 2.10), ("65plus", 54600, 8.75, 1.61)]):
        rows.append(figure(f"c{i}", f"pop_count_{group}", "actual", count, "persons"))
        rows.append(figure(f"s{i}", f"pop_share_{group}", "actual", share, "%"))
        rows.append(figure(f"d{i}", f"pop_share_{group}", "change_pp", change, "pp", base_year=2010))
    rows += [figure("b1", "elder_care_beds", "actual", 1136, "beds", year=2023),
             figure("b2", "nursing_beds", "actual", 962, "beds", year=2023),
             figure("b3", "nursing_bed_share", "actual", 84.68, "%", year=2023),
             figure("x1", "subsistence_urban", "actual", 700, "yuan")]
    return pd.DataFrame(rows)


def test_age_structure_from_figures(figures):
    manifest = pd.DataFrame({"file": ["wenshan.txt"], "admin_level": ["county"]})
    s = aging.age_structure_from_figures(figures, manifest).set_index("year")
    assert list(s.columns[:len(aging.STRUCTURE_COLUMNS) - 1]) == [
        c for c in aging.STRUCTURE_COLUMNS if c != "year"]
    now, then = s.loc[2020], s.loc[2010]
    assert (now["share_60plus"], now["pop_60plus"], now["level"]) == (12.58, 78472, "county")
    # population = 135,618 + 409,682 + 78,472 = 623,772
    assert now["population"] == 623_772
    assert not now["derived"] and then["derived"]
    # 2010 = 2020 - change: 21.74-0.93 = 20.81; 65.68+3.04 = 68.72; 12.58-2.10 = 10.48; 8.75-1.61 = 7.14
    assert [then[c] for c in aging.SHARES] == [20.81, 68.72, 10.48, 7.14]
    assert "minus the printed change since 2010" in then["derivation"]
    assert "-3.04" in then["derivation"]
    assert set(then["figure_ids"].split(";")) == {"s0", "s1", "s2", "s3", "d0", "d1", "d2", "d3"}
    assert "c0" in now["figure_ids"] and "x1" not in now["figure_ids"]
    aging.validate_structure(s.reset_index())


def test_conflicting_duplicate_figures_raise(figures):
    dup = pd.concat([figures, pd.DataFrame([figure("s9", "pop_share_0_14", "actual", 21.47, "%")])])
    with pytest.raises(ValueError, match="Wenshan pop_share_0_14: the documents print conflicting values"):
        aging.age_structure_from_figures(dup)


def test_subregion_figures_are_left_out(figures):
    sub = pd.DataFrame([dict(figure("z1", "pop_share_0_14", "actual", 30.0, "%"),
                             subregion_zh="某街道")])
    s = aging.age_structure_from_figures(pd.concat([figures.assign(subregion_zh=""), sub]))
    assert s.loc[s["year"] == 2020, "share_0_14"].item() == 21.74




def test_every_province_at_both_censuses_enters_the_measures_with_its_speed():
    from mzlib.sources import reference

    census = reference.load_census_population()
    structure = aging.age_structure_from_census(census)
    assert len(structure) == 2 * 32
    shares = structure[["share_0_14", "share_15_59", "share_60plus"]].sum(axis=1)
    assert shares.to_numpy() == pytest.approx(100.0)
    measured = aging.measures(aging.combined_structure(reference.load_census_reference(), structure))
    yunnan = measured[measured["region_en"] == "Yunnan"].set_index("year")
    # issue 18: 65+ 7.626 % in 2010 (Table 1-7), 10.75 % in 2020 (communiqué): +3.12 pp per decade
    assert yunnan.at[2010, "share_65plus"] == pytest.approx(7.626, abs=0.001)
    assert yunnan.at[2020, "speed_65plus"] == pytest.approx(3.12, abs=0.005)
    assert yunnan.at[2020, "speed_60plus"] == pytest.approx(3.85, abs=0.005)
    # the hand-checked communiqué row wins over the table's for the same region and year
    assert yunnan.at[2020, "share_65plus"] == 10.75
