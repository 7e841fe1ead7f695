"""Backtest: projected shares aged 60+ and 65+ against the shares NBS published after the census.

Three methods, each using nothing published after the 2020 census except mortality schedules:

- ``cohort``: the cohort-component projection (``population``), central scenario;
- ``logit_linear``: the share's log-odds moving linearly in time at the speed between the 2010
  and 2020 censuses (the method notebook 03 used before);
- ``wpp``: the UN World Population Prospects 2022 medium variant, whose population on 1 July of
  two successive years is averaged to give the year-end.

All values are percent of the total population at year-end; ``error_pp`` = projected - published.
"""

import numpy as np
import pandas as pd

from mzlib.demography import aging

MEASURES = ("share_60plus", "share_65plus")
COLUMNS = ["region_en", "year", "measure", "method", "projected", "published", "error_pp"]
_LOWER = {"share_60plus": 60, "share_65plus": 65}


def published_year_ends(published, region="China"):
    """Published year-end (31 December) shares: region_en, year, measure, published (%)."""
    p = published[(published["region_en"] == region) & (published["date"].dt.month == 12)
                  & (published["date"].dt.day == 31) & published["measure"].isin(MEASURES)]
    return p.assign(year=p["date"].dt.year)[["region_en", "year", "measure", "value"]].rename(
        columns={"value": "published"})


def cohort_points(projection, region="China", scenario="central", method="cohort"):
    """Year-end shares of one region and scenario from ``population.project``: long format."""
    p = projection[(projection["region_en"] == region) & (projection["scenario"] == scenario)]
    long = p.melt(id_vars=["region_en", "year"], value_vars=list(MEASURES), var_name="measure",
                  value_name="projected")
    return long.assign(method=method)


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
    return pd.DataFrame(out).assign(method="logit_linear")


def wpp_points(wpp, years, region="China"):
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
    return pd.DataFrame(out).assign(method="wpp")


def backtest_table(published, *points):
    """One row per region, year, measure and method with the published value and the error (pp)."""
    projected = pd.concat(points, ignore_index=True)
    table = published.merge(projected, on=["region_en", "year", "measure"], how="inner")
    table["error_pp"] = table["projected"] - table["published"]
    order = {m: i for i, m in enumerate(dict.fromkeys(projected["method"]))}
    return (table.assign(_order=table["method"].map(order))
            .sort_values(["region_en", "measure", "_order", "year"])[COLUMNS].reset_index(drop=True))


def mean_absolute_error(table):
    """MAE (pp) and number of years per method and measure, methods in the table's order."""
    out = table.groupby(["method", "measure"], sort=False).agg(
        mae_pp=("error_pp", lambda e: float(np.mean(np.abs(e)))), years=("year", "size"),
        first_year=("year", "min"), last_year=("year", "max"))
    return out.reset_index()
