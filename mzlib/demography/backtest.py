"""Backtest: the projection method run from a census origin against what NBS published after it.

The method (``population.census_inputs`` with its one mortality rule, census-implied fertility,
no births registered after the origin) is run from each origin: the 2010 census predicts the
year-ends 2011-2019, the 2020 census 2021-2025. Measures: the shares aged 60+ and 65+ (%), the
year-end total population and the births of the year (persons). Comparison methods at the 2020
origin:

- ``logit_linear``: the share's log-odds moving linearly in time at the speed between the 2010
  and 2020 censuses (the method notebook 03 used before);
- ``wpp``: the UN World Population Prospects 2022 medium variant, whose population on 1 July of
  two successive years is averaged to give the year-end (published after the origin: a
  comparison, not a test of the method).

The central projection itself (method ``projection``, :func:`projection_points`) is compared with
the same year-ends and with NBS's deaths of each year. It is not a backtest: it uses the births and
the life expectancies published for those years, so its rows say how well the projection holds,
never how well the method predicts, and they have their own method label in every mean.

``error`` = projected - published in the measure's unit (pp for shares, persons for counts);
``error_pct`` = error / published x 100.
"""

import numpy as np
import pandas as pd

from mzlib.demography import aging

MEASURES = ("share_60plus", "share_65plus")
COUNTS = ("population", "births")
DEATHS = "deaths"
PROJECTION = "projection"
COLUMNS = ["origin", "region_en", "year", "measure", "method", "projected", "published", "error", "error_pct"]
_LOWER = {"share_60plus": 60, "share_65plus": 65}


def published_year_ends(published, region=None):
    """Published year-end (31 December) values of one region (None: every region): region_en, year,
    measure, published (% or persons)."""
    p = published[(region is None or published["region_en"] == region) & (published["date"].dt.month == 12)
                  & (published["date"].dt.day == 31) & published["measure"].isin((*MEASURES, *COUNTS, DEATHS))]
    return p.assign(year=p["date"].dt.year)[["region_en", "year", "measure", "value"]].rename(
        columns={"value": "published"})


def cohort_points(projection, origin, scenario="central", method="cohort"):
    """Year-end shares, total and births of every region of one scenario of ``population.project``: long format."""
    p = projection[projection["scenario"] == scenario]
    long = p.melt(id_vars=["region_en", "year"], value_vars=[*MEASURES, *COUNTS], var_name="measure",
                  value_name="projected")
    return long.assign(method=method, origin=origin)


def projection_points(projection, origin, region="China", scenario="central"):
    """The central projection of a closed region (the nation) as method ``projection``: its year-end
    shares and total, and its deaths of each year from the balance ``P(Y - 1) + births(Y) - P(Y)``
    (exact without migration). Births are left out: the projection is fitted to the published ones."""
    p = projection[(projection["scenario"] == scenario) & (projection["region_en"] == region)].sort_values("year")
    p = p.assign(deaths=p["population"].shift() + p["births"] - p["population"])
    long = p.melt(id_vars=["region_en", "year"], value_vars=[*MEASURES, "population", DEATHS], var_name="measure",
                  value_name="projected")
    return long.dropna(subset=["projected"]).assign(method=PROJECTION, origin=origin)


def logit_points(structure, years, region="China", census_time=2020 + 10 / 12):
    """Logit-linear shares at the year-ends ``years`` from a region's two latest censuses.

    The slope is the change of logit(share) per year between the censuses (``aging.logit_slope``);
    a year-end Y lies ``Y + 1 - census_time`` years after the latest census.
    """
    rows = structure[structure["region_en"] == region].sort_values("year").tail(2)
    if len(rows) < 2:
        raise ValueError(f"{region}: the logit-linear method needs two censuses, found {len(rows)}")
    first, last = rows.iloc[0], rows.iloc[1]
    out = []
    for measure in MEASURES:
        slope = aging.logit_slope(first[measure], last[measure], first["year"], last["year"])
        for year in years:
            out.append({"region_en": region, "year": year, "measure": measure,
                        "projected": float(aging.project_share(last[measure], slope, census_time,
                                                               year + 1.0))})
    return pd.DataFrame(out).assign(method="logit_linear", origin=int(last["year"]))


def wpp_points(wpp, years, origin, region="China"):
    """Year-end shares from WPP population by age on 1 July: mean of the shares of Y and Y + 1."""
    wide = wpp.pivot_table(index="year", columns="age_group", values="population_thousands",
                           aggfunc="sum")
    lower = {g: int(g.split("-")[0].rstrip("+")) for g in wide.columns}
    out = []
    for measure, age in _LOWER.items():
        older = wide[[g for g, lo in lower.items() if lo >= age]].sum(axis=1)
        share = 100 * older / wide.sum(axis=1)
        for year in years:
            out.append({"region_en": region, "year": year, "measure": measure,
                        "projected": float((share.loc[year] + share.loc[year + 1]) / 2)})
    return pd.DataFrame(out).assign(method="wpp", origin=origin)


def backtest_table(published, *points):
    """One row per origin, region, year, measure and method with the published value and the error.

    Only years after each origin's census are kept.
    """
    projected = pd.concat(points, ignore_index=True)
    table = published.merge(projected, on=["region_en", "year", "measure"], how="inner")
    table = table[table["year"] > table["origin"]].copy()
    table["error"] = table["projected"] - table["published"]
    table["error_pct"] = 100 * table["error"] / table["published"]
    order = {m: i for i, m in enumerate(dict.fromkeys(projected["method"]))}
    measures = {m: i for i, m in enumerate((*MEASURES, *COUNTS, DEATHS))}
    return (table.assign(_order=table["method"].map(order), _measure=table["measure"].map(measures))
            .sort_values(["origin", "region_en", "_measure", "_order", "year"])[COLUMNS].reset_index(drop=True))


def mean_absolute_error(table):
    """Mean absolute error per origin, region, method and measure: ``mae`` (pp for shares, persons
    for counts), ``mae_pct`` (% of the published value), mean signed ``bias``, and the years."""
    out = table.groupby(["origin", "region_en", "method", "measure"], sort=False).agg(
        mae=("error", lambda e: float(np.mean(np.abs(e)))), mae_pct=("error_pct", lambda e: float(np.mean(np.abs(e)))),
        bias=("error", "mean"), years=("year", "size"), first_year=("year", "min"), last_year=("year", "max"))
    return out.reset_index()
