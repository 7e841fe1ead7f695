"""Cities and counties from their printed broad groups, anchored to the province."""

import numpy as np
import pandas as pd
import pytest

from mzlib.demography import population, smallarea


def _province():
    pop = np.ones((2, 101))
    pop[0, 60] = 3.0           # men aged 60 are three times as common as any other age and sex
    return pop


def test_area_population_keeps_the_printed_groups_and_the_province_shape_inside():
    counts = np.array([150.0, 450.0, 70.0, 50.0])          # 0-14, 15-59, 60-64, 65+
    area = smallarea.area_population(counts, _province())
    assert [area[:, 0:15].sum(), area[:, 15:60].sum(), area[:, 60:65].sum(), area[:, 65:].sum()] == \
        pytest.approx(counts)
    # 60-64 in the province: 3 + 4 (men) + 5 (women) = 12 units; men aged 60 are 3 / 12 of the group
    assert area[0, 60] == pytest.approx(70 * 3 / 12)


def test_fertility_factor_is_the_ratio_of_child_ratios():
    counts = np.array([200.0, 400.0, 0.0, 0.0])             # area: 0-14 per 15-59 = 0.5
    # province: 2 x 15 = 30 persons 0-14 per 2 x 45 = 90 aged 15-59 -> 1/3; factor 0.5 / (1/3) = 1.5
    assert smallarea.fertility_factor(counts, np.ones((2, 101))) == pytest.approx(1.5)


def test_areas_from_structure_takes_counts_and_the_province():
    structure = pd.DataFrame([
        {"region_en": "Wenshan", "region_zh": "文山市", "year": 2020, "pop_0_14": 135618,
         "pop_15_59": 409682, "pop_60plus": 78472, "pop_65plus": 54600, "share_0_14": 21.74,
         "share_15_59": 65.68, "share_60plus": 12.58, "share_65plus": 8.75, "population": 623772,
         "figure_ids": "a;b"},
        {"region_en": "Wenshan", "region_zh": "文山市", "year": 2010, "pop_0_14": np.nan,
         "pop_15_59": np.nan, "pop_60plus": np.nan, "pop_65plus": np.nan, "share_0_14": 20.81,
         "share_15_59": 68.72, "share_60plus": 10.48, "share_65plus": 7.14, "population": np.nan,
         "figure_ids": ""},
        {"region_en": "Yunnan", "region_zh": "云南省", "year": 2020, "pop_0_14": np.nan,
         "pop_15_59": np.nan, "pop_60plus": np.nan, "pop_65plus": np.nan, "share_0_14": 19.57,
         "share_15_59": 65.52, "share_60plus": 14.91, "share_65plus": 10.75, "population": np.nan,
         "figure_ids": ""},
        {"region_en": "Nowhere", "region_zh": "某县", "year": 2020, "pop_0_14": np.nan,
         "pop_15_59": np.nan, "pop_60plus": np.nan, "pop_65plus": np.nan, "share_0_14": 20.0,
         "share_15_59": 60.0, "share_60plus": 20.0, "share_65plus": 15.0, "population": 1000.0,
         "figure_ids": ""}])
    manifest = pd.DataFrame({"region_en": ["Wenshan", "Yunnan", "Nowhere"],
                             "admin_level": ["county", "province", "county"],
                             "province_en": ["Yunnan", "Yunnan", "Yunnan"]})
    areas = smallarea.areas_from_structure(structure, manifest).set_index("region_en")
    assert list(areas.index) == ["Wenshan", "Nowhere"]        # provinces are not small areas
    assert areas.at["Wenshan", "province_en"] == "Yunnan"
    assert areas.at["Wenshan", "pop_65plus"] == 54600
    assert areas.at["Nowhere", "pop_60plus"] == pytest.approx(200.0)   # 20 % of 1,000


def _states(values):
    """(n, 2, 3) persons from rows of three ages, the same for both sexes."""
    return np.repeat(np.asarray(values, dtype=float)[:, None, :], 2, axis=1)


def test_provinces_are_raked_to_the_nation_by_age_and_sex():
    # nation 100 at each age; two provinces that add up to 80 at age 0 and to 125 at age 2
    states = _states([[100, 100, 100], [40, 50, 100], [40, 50, 25]])
    born = np.array([10.0, 6.0, 6.0])
    out, births = population.control(states, born, ["N", "A", "B"], [None, "N", "N"])
    assert out[1:].sum(axis=0) == pytest.approx(out[0])
    assert out[1, 0, :] == pytest.approx([50, 50, 80])        # 40 x 100 / 80, 50 x 100 / 100, 100 x 100 / 125
    assert births[1:].sum() == pytest.approx(10.0)


def test_an_area_is_its_share_of_the_province_as_raked():
    states = _states([[100, 100, 100], [40, 50, 100], [40, 50, 25], [4, 10, 50]])
    born = np.array([10.0, 6.0, 6.0, 1.0])
    out, _ = population.control(states, born, ["N", "A", "B", "C"], [None, "N", "N", "A"])
    # C is 10 %, 20 % and 50 % of A by age, before and after A is raked
    assert out[3, 1, :] == pytest.approx(np.array([0.1, 0.2, 0.5]) * out[1, 1, :])
    assert (out[3] <= out[1]).all()


def test_without_a_nation_nothing_is_raked():
    states = _states([[40, 50, 100], [4, 10, 50]])
    out, _ = population.control(states, np.array([1.0, 1.0]), ["A", "C"], ["N", "A"])
    assert out == pytest.approx(states)
