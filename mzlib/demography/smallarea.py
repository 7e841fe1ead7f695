"""Cities and counties: a share of their province, by sex and single age.

A county or prefecture publishes (in its census communiqué, and its documents quote it) only the
persons aged 0-14, 15-59, 60+ and 65+. The method here is a cohort-share method controlled to the
province:

- **Base.** Within each broad group (0-14, 15-59, 60-64, 65+) the area's persons are spread over
  sex and single age in the proportions of its province at the same census
  (:func:`area_population`). So the area keeps its own printed totals of every group, and borrows
  only the shape inside a group (the small 1959-61 cohorts, the sex ratio of the oldest).
- **Share.** The area is projected with its province's mortality and migration and its own
  fertility (the province's times the ratio of its child ratio, :func:`fertility_factor`); its
  share of the province's projection, at each sex and age, times the province as raked to the
  nation, is the area (``population.control``). Each census cohort thus keeps its share of the
  province's cohort; the area's total is controlled to the province's by age and sex.
- **Migration.** None of the corpus's documents prints an area's population at two censuses, the
  data its own migration would need: centrally an area keeps its share of each of the province's
  cohorts. The scenarios ``area_inflow`` and ``area_outflow`` (``aging_scenarios.csv``) state a
  range: the area's persons aged 15-39 gain or lose a fixed share a year relative to the province
  (``population.area_migration``), as a prefectural seat drawing young adults or a county sending
  them would.

What the method cannot know: an area's own migration and mortality, and any difference in the
age shape within a broad group.
"""

import numpy as np
import pandas as pd

BROAD_GROUPS = ((0, 14), (15, 59), (60, 64), (65, None))
COUNT_COLUMNS = ["pop_0_14", "pop_15_59", "pop_60plus", "pop_65plus"]


def broad_counts(row):
    """(0-14, 15-59, 60-64, 65+) persons from a row with pop_0_14, pop_15_59, pop_60plus, pop_65plus."""
    return np.array([row["pop_0_14"], row["pop_15_59"], row["pop_60plus"] - row["pop_65plus"],
                     row["pop_65plus"]], dtype=float)


def area_population(counts, province):
    """Persons by sex and single age (2, A) for an area with broad-group ``counts``.

    ``province`` is the province's census population (2, A); each group's persons are spread in
    the province's proportions over sex and age within that group.
    """
    out = np.zeros_like(province, dtype=float)
    for count, (lo, hi) in zip(counts, BROAD_GROUPS):
        part = province[:, lo:None if hi is None else hi + 1]
        out[:, lo:None if hi is None else hi + 1] = count * part / part.sum()
    return out


def fertility_factor(counts, province):
    """Area child ratio over the province's: (0-14 / 15-59) of the area / (0-14 / 15-59) of the province."""
    both = province.sum(axis=0)
    return (counts[0] / counts[1]) / (both[:15].sum() / both[15:60].sum())


def areas_from_structure(structure, manifest, census_year=2020):
    """The cities and counties that can be projected, with their province.

    ``structure`` is an age-structure frame (``aging.age_structure_from_figures``); a row at the
    census year with all four counts is an area (shares times population stand in for a missing
    count). ``manifest`` gives each region's level and province. Returns region_en, region_zh,
    level, province_en, the four counts and figure_ids.
    """
    info = manifest.drop_duplicates("region_en").set_index("region_en")
    rows = []
    for row in structure[structure["year"] == census_year].itertuples():
        if row.region_en not in info.index or info.at[row.region_en, "admin_level"] == "province":
            continue
        counts = {}
        for count in COUNT_COLUMNS:
            given = getattr(row, count, np.nan)
            share = getattr(row, count.replace("pop_", "share_"))
            counts[count] = given if pd.notna(given) else share / 100 * row.population
        if any(pd.isna(v) for v in counts.values()):
            continue
        rows.append({"region_en": row.region_en, "region_zh": row.region_zh,
                     "level": info.at[row.region_en, "admin_level"],
                     "province_en": info.at[row.region_en, "province_en"], **counts,
                     "figure_ids": getattr(row, "figure_ids", "")})
    return pd.DataFrame(rows, columns=["region_en", "region_zh", "level", "province_en",
                                       *COUNT_COLUMNS, "figure_ids"])
