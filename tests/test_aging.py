"""Each ageing measure against values computed by hand (the arithmetic is in the comments)."""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mzlib.analysis import aging

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


def test_years_to_next_stage():
    # Wenshan: (14 - 8.75) / (1.61 / 10) = 32.6087 years; Testland: (20 - 14) / (7 / 10) = 8.5714
    assert aging.years_to_next_stage(8.75, 1.61, STAGES) == pytest.approx(32.6087, abs=1e-4)
    assert aging.years_to_next_stage(14.0, 7.0, STAGES) == pytest.approx(8.5714, abs=1e-4)
    assert math.isnan(aging.years_to_next_stage(21.0, 5.0, STAGES))  # no stage above super-aged
    assert math.isnan(aging.years_to_next_stage(10.0, -1.0, STAGES))  # share falling


def test_logit_slope_and_projection():
    # logit slope 7% -> 14% over 10 years: ln((14/86) / (7/93)) / 10 = ln(1302/602) / 10 = 0.0771399
    assert aging.logit_slope(7.0, 14.0, 2010, 2020) == pytest.approx(0.0771399, abs=1e-7)
    # from 50% (logit 0) at slope ln(3)/10, ten years later logit = ln 3, share = 3/4 = 75%
    assert aging.project_share(50.0, math.log(3) / 10, 2020, 2030) == pytest.approx(75.0)
    # and back: the path reaches 75% in 2030
    assert aging.year_reaching(50.0, math.log(3) / 10, 2020, 75.0) == pytest.approx(2030.0)


def test_year_reaching_edge_cases():
    assert aging.year_reaching(15.0, 0.05, 2020, 14.0) == 2020.0  # already there
    assert math.isnan(aging.year_reaching(10.0, 0.0, 2020, 14.0))  # never at a flat share


def test_capacity_measures():
    # Wenshan: 1,136 beds, 962 nursing, 78,472 people aged 60+
    # beds per 1,000 60+ = 1000 * 1136 / 78472 = 14.4765; nursing share 100 * 962 / 1136 = 84.6831 %
    # needed at 35 per 1,000: 35 * 78472 / 1000 = 2746.52 beds; gap 2746.52 - 1136 = 1610.52
    assert aging.beds_per_1000(1136, 78472) == pytest.approx(14.4765, abs=1e-4)
    assert aging.nursing_share(962, 1136) == pytest.approx(84.6831, abs=1e-4)
    assert aging.beds_needed(78472, 35) == pytest.approx(2746.52)
    assert aging.bed_gap(2746.52, 1136) == pytest.approx(1610.52)
    # older people = share x population: 12.58 % of 623,772 = 78,470.5 (the census prints 78,472)
    assert aging.older_population(12.58, 623_772) == pytest.approx(78470.52, abs=0.01)


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
    assert r["years_to_next_stage"] == pytest.approx(60 / 7)
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


# --- projection --------------------------------------------------------------------------------

@pytest.fixture
def two_regions(testland, wenshan):
    return pd.concat([testland.replace({"Testland": "Nation"}), wenshan], ignore_index=True)


def test_projection_central_is_own_trend(two_regions):
    p = aging.project_shares(two_regions, years=[2030], national="Nation", thresholds=STAGES)
    r = p[(p["region_en"] == "Nation") & (p["scenario"] == "central")].iloc[0]
    # own slope for 65+ is ln(1302/602)/10 per year; ten more years: logit(14) + ln(1302/602)
    # = ln(14/86 * 1302/602) = ln(0.352087) -> share 100 * 0.352087 / 1.352087 = 26.040 %
    assert r["share_65plus"] == pytest.approx(26.040, abs=1e-3)
    assert r["stage"] == "super-aged"
    # constant base population 1,000,000 -> older_population = share 60+ x 1e6 / 100; beds at 35 per 1,000
    assert r["older_population"] == pytest.approx(r["share_60plus"] * 10_000)
    assert r["beds_needed"] == pytest.approx(35 * r["older_population"] / 1000)


def test_projection_band_is_own_and_national(two_regions):
    p = aging.project_shares(two_regions, years=[2035], national="Nation", thresholds=STAGES)
    w = p[p["region_en"] == "Wenshan"].set_index("scenario")
    # Wenshan ages slower than "Nation": slow = own = central, fast = national slope
    assert w.at["slow", "share_65plus"] == pytest.approx(w.at["central", "share_65plus"])
    assert w.at["fast", "slope_65plus"] == pytest.approx(math.log(1302 / 602) / 10)
    assert w.at["slow", "share_65plus"] < w.at["fast", "share_65plus"]


def test_projection_population_parameter(two_regions):
    pop = pd.DataFrame({"region_en": ["Wenshan"], "year": [2025], "population": [700_000]})
    p = aging.project_shares(two_regions, years=[2025], national="Nation", population=pop,
                             benchmark=40, thresholds=STAGES)
    r = p[(p["region_en"] == "Wenshan") & (p["scenario"] == "central")].iloc[0]
    assert r["older_population"] == pytest.approx(r["share_60plus"] / 100 * 700_000)
    assert r["beds_needed"] == pytest.approx(40 * r["older_population"] / 1000)
    nation = p[p["region_en"] == "Nation"]
    assert nation["older_population"].isna().all()  # no assumption given for it


def test_single_census_region_uses_national_slope(two_regions):
    one = pd.concat([two_regions, structure([("Solo", 2020, 15.0, 65.0, 20.0, 15.0, np.nan)])])
    p = aging.project_shares(one, years=[2030], national="Nation", thresholds=STAGES)
    solo = p[p["region_en"] == "Solo"]
    assert set(solo["slope_basis"]) == {"national"}
    assert solo["slope_65plus"].nunique() == 1


def test_single_census_without_national_raises():
    solo = structure([("Solo", 2020, 15.0, 65.0, 20.0, 15.0, np.nan)])
    with pytest.raises(ValueError, match="Solo: no slope"):
        aging.project_shares(solo, national="Nation", thresholds=STAGES)


def test_reference_projection_is_coherent():
    p = aging.project_shares(aging.load_census_reference(), years=[2025, 2035], spread=0.1)
    assert set(p["region_en"]) == {"China", "Yunnan", "Shandong", "Liaoning"}
    assert (p["share_65plus"] < p["share_60plus"]).all()
    assert p["share_60plus"].between(0, 100, inclusive="neither").all()
    wide = p.pivot_table(index=["region_en", "year"], columns="scenario", values="share_65plus")
    assert ((wide["slow"] <= wide["central"]) & (wide["central"] <= wide["fast"])).all()


def test_stage_years(two_regions):
    s = aging.stage_years(two_regions, national="Nation", thresholds=STAGES)
    r = s[(s["region_en"] == "Nation") & (s["scenario"] == "central")]
    assert list(r["stage"]) == ["super-aged"]
    # (logit 20 - logit 14) / slope = (ln 0.25 - ln(14/86)) / 0.0771399 = 0.428996 / 0.0771399 = 5.5613
    assert r["year_reached"].iloc[0] == pytest.approx(2025.5613, abs=1e-3)
    w = s[(s["region_en"] == "Wenshan")]
    assert set(w["stage"]) == {"aged", "super-aged"}


@given(own=st.floats(-0.2, 0.2), national=st.floats(-0.2, 0.2), spread=st.floats(0, 1),
       base=st.floats(0.5, 60), years=st.integers(1, 60))
def test_band_is_ordered_and_shares_stay_in_range(own, national, spread, base, years):
    band = aging.scenario_slopes(own, national, spread)
    assert band["slow"] <= band["central"] <= band["fast"]
    shares = [aging.project_share(base, band[s], 2020, 2020 + years) for s in aging.SCENARIOS]
    assert all(0 < x < 100 for x in shares)
    assert shares[0] <= shares[1] + 1e-12 and shares[1] <= shares[2] + 1e-12


def test_spread_widens_band_for_the_nation_itself():
    band = aging.scenario_slopes(0.05, 0.05, spread=0.2)
    assert band == pytest.approx({"slow": 0.04, "central": 0.05, "fast": 0.06})


# --- capacity ----------------------------------------------------------------------------------

def test_care_capacity_and_gaps(wenshan):
    w = wenshan.assign(pop_60plus=[np.nan, 78_472.0])
    cap = pd.DataFrame({"region_en": ["Wenshan"], "year": [2023], "elder_care_beds": [1136],
                        "nursing_beds": [962]})
    c = aging.care_capacity(cap, w, benchmark=35, nursing_floor=55).iloc[0]
    assert (c["beds_year"], c["pop_year"]) == (2023, 2020)
    assert c["beds_per_1000_60plus"] == pytest.approx(14.4765, abs=1e-4)
    # 84.6831 - 55 = 29.6831 pp above the floor
    assert c["nursing_margin_pp"] == pytest.approx(29.6831, abs=1e-4)
    assert bool(c["meets_nursing_floor"])
    assert c["bed_gap"] == pytest.approx(1610.52)
    proj = pd.DataFrame({"region_en": ["Wenshan"], "year": [2035], "beds_needed": [4000.0]})
    older = pd.DataFrame({"region_en": ["Wenshan"], "year": [2021], "elder_care_beds": [900],
                          "nursing_beds": [500]})
    gaps = aging.bed_gaps(proj, pd.concat([older, cap]))  # the latest count (2023) is used
    assert len(gaps) == 1
    assert (gaps["beds_year"].iloc[0], gaps["bed_gap"].iloc[0]) == (2023, pytest.approx(4000 - 1136))


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
    with pytest.raises(ValueError, match="Wenshan pop_share_0_14: conflicting values"):
        aging.age_structure_from_figures(dup)


def test_capacity_from_figures(figures):
    c = aging.capacity_from_figures(figures).iloc[0]
    assert (c["year"], c["elder_care_beds"], c["nursing_beds"]) == (2023, 1136, 962)
    assert c["nursing_bed_share_printed"] == 84.68
    # the printed share agrees with 100 * 962 / 1136 = 84.68 to two decimals
    assert round(aging.nursing_share(c["nursing_beds"], c["elder_care_beds"]), 2) == 84.68


def test_capacity_from_figures_tolerates_a_share_printed_twice(figures):
    again = pd.DataFrame([figure("b4", "nursing_bed_share", "actual", 84.7, "%", year=2023),
                          figure("b5", "elder_care_beds", "actual", None, "beds", year=2023)])
    c = aging.capacity_from_figures(pd.concat([figures, again], ignore_index=True)).iloc[0]
    assert (c["nursing_bed_share_printed"], c["elder_care_beds"]) == (84.68, 1136)


def test_conflicting_bed_counts_raise(figures):
    again = pd.DataFrame([figure("b6", "elder_care_beds", "actual", 1163, "beds", year=2023)])
    with pytest.raises(ValueError, match="Wenshan 2023 elder_care_beds: conflicting values"):
        aging.capacity_from_figures(pd.concat([figures, again], ignore_index=True))


def test_subregion_figures_are_left_out(figures):
    sub = pd.DataFrame([dict(figure("z1", "pop_share_0_14", "actual", 30.0, "%"),
                             subregion_zh="某街道")])
    s = aging.age_structure_from_figures(pd.concat([figures.assign(subregion_zh=""), sub]))
    assert s.loc[s["year"] == 2020, "share_0_14"].item() == 21.74


def test_care_capacity_unknown_or_printed_nursing_share(wenshan):
    cap = pd.DataFrame({"region_en": ["Wenshan", "Elsewhere"], "year": [2023, 2020],
                        "elder_care_beds": [1136, 180_000], "nursing_beds": [np.nan, np.nan],
                        "nursing_bed_share_printed": [np.nan, 25.0]})
    c = aging.care_capacity(cap, wenshan, benchmark=35, nursing_floor=55).set_index("region_en")
    assert pd.isna(c.at["Wenshan", "meets_nursing_floor"])
    # printed 25 % stands in: 25 - 55 = -30 pp, below the floor
    assert c.at["Elsewhere", "nursing_margin_pp"] == pytest.approx(-30.0)
    assert c.at["Elsewhere", "meets_nursing_floor"] == False  # noqa: E712 (nullable boolean)
    assert pd.isna(c.at["Elsewhere", "beds_per_1000_60plus"])  # no census for it
