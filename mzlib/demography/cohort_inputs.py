"""Inputs of the cohort projection from the reference tables: base population, mortality,
fertility and migration, as arrays by sex (0 men, 1 women) and single age 0 .. 99, 100+.

Every choice that shapes a result is here, one function each, with its assumption stated:

- **Base population** (``base_population``): the census five-year groups (Table 1-5) split into
  single ages by the national single-year distribution of the census year (Table 6-4). Table 6-4
  prints the *average* population of the year before the census, which refers to half a year
  earlier; the census-date count at age x is taken as the mean of its ages x - 1 and x.
  Interpolating the five-year groups instead would smooth away the small 1959-61 birth cohorts.
- **Mortality** (``MortalitySchedule``): WPP 2024 death rates by sex, age group and five-year
  period; log-linear in age between group midpoints and in time between period midpoints.
  ``level_factor`` scales them to a published crude death rate; ``mortality_ratio`` gives a
  province its own level (deaths in the census year over those the national census rates
  would give).
- **Fertility** (``implied_tfr``): the total fertility that, with the WPP 2019 age pattern and
  the women counted, produces the children aged 0 at the census.
- **Migration** (``migration_factors``): each province's 2010-2020 change of every cohort
  relative to the nation's, as an annual factor by age.
"""

import numpy as np
import pandas as pd

from mzlib.sources.reference import CENSUS_GROUPS, WPP_GROUPS

AGES = 101
OPEN_AGE = AGES - 1
SEX_INDEX = {"male": 0, "female": 1}


def group_bounds(label):
    """(first, last + 1) single ages of an age-group label: "0" (0, 1), "1-4" (1, 5), "100+" (100, 101)."""
    if label.endswith("+"):
        return int(label[:-1]), AGES
    if "-" in label:
        lo, hi = label.split("-")
        return int(lo), int(hi) + 1
    return int(label), int(label) + 1


def census_date_shape(single):
    """National census-date persons by sex and single age (2, AGES) from Table 6-4.

    ``C(x) = (avg(x - 1) + avg(x)) / 2`` for ages 1-99, where ``avg`` is the printed average
    population of the census year (it refers to half a year before the census date); ages 0 and
    100+ keep their own. Only the shape within each five-year group is used.
    """
    rows = single[single["age"].str.fullmatch(r"\d+|100\+") & single["sex"].isin(SEX_INDEX)]
    avg = np.zeros((2, AGES))
    for row in rows.itertuples():
        avg[SEX_INDEX[row.sex], int(row.age.rstrip("+"))] = row.average_population
    shape = avg.copy()
    shape[:, 1:OPEN_AGE] = (avg[:, :OPEN_AGE - 1] + avg[:, 1:OPEN_AGE]) / 2
    return shape


def split_groups(counts, shape, labels=CENSUS_GROUPS):
    """Single-age persons (..., AGES) from group counts (..., len(labels)), in proportion to ``shape``."""
    counts = np.asarray(counts, dtype=float)
    out = np.zeros(counts.shape[:-1] + (AGES,))
    for k, label in enumerate(labels):
        lo, hi = group_bounds(label)
        part = shape[..., lo:hi]
        out[..., lo:hi] = counts[..., k:k + 1] * part / part.sum(axis=-1, keepdims=True)
    return out


def group_counts(census, year, regions, value="population"):
    """Array (len(regions), 2, groups) of a census table for one year, in CENSUS_GROUPS order."""
    df = census[census["census_year"] == year].set_index(["region_en", "sex", "age_group"])[value]
    index = pd.MultiIndex.from_product([list(regions), list(SEX_INDEX), CENSUS_GROUPS])
    return df.reindex(index).to_numpy(dtype=float).reshape(len(regions), 2, len(CENSUS_GROUPS))


def base_population(census, single, regions, year=2020):
    """Census-date persons (len(regions), 2, AGES): groups split by ``census_date_shape``.

    ``single`` None splits every group evenly over its ages (a census whose single years are not
    in ``data/reference/``: the 2010 origin of the backtest).
    """
    shape = np.ones((2, AGES)) if single is None else census_date_shape(single)
    return split_groups(group_counts(census, year, regions), shape)


def single_age_rates(rates):
    """Death rates by single age (..., AGES) from WPP groups (..., 22) in WPP_GROUPS order.

    Age 0 and ages 1-4 keep their group's rate; ages 5-99 are log-linear between the midpoints of
    the five-year groups (evaluated at x + 0.5, constant beyond the first and last midpoint);
    100+ keeps its own.
    """
    rates = np.asarray(rates, dtype=float)
    out = np.empty(rates.shape[:-1] + (AGES,))
    out[..., 0] = rates[..., 0]
    out[..., 1:5] = rates[..., 1:2]
    midpoints = np.arange(5, 100, 5) + 2.5
    logs = np.log(rates[..., 2:21])
    ages = np.arange(5, 100) + 0.5
    flat = logs.reshape(-1, logs.shape[-1])
    out[..., 5:100] = np.exp(np.stack([np.interp(ages, midpoints, row) for row in flat])).reshape(
        rates.shape[:-1] + (95,))
    out[..., OPEN_AGE] = rates[..., 21]
    return out


class MortalitySchedule:
    """WPP death rates as a function of time: ``schedule(t)`` is an array (2, AGES).

    Log-linear between the midpoints of the five-year periods (2020-2025 is centred on 2023.0,
    since WPP periods run from mid-year to mid-year), constant before the first and after the
    last midpoint.
    """

    def __init__(self, wpp):
        periods = sorted(wpp["period"].unique())
        self.midpoints = np.array([int(p[:4]) + 3.0 for p in periods])
        index = pd.MultiIndex.from_product([periods, list(SEX_INDEX), WPP_GROUPS])
        grid = wpp.set_index(["period", "sex", "age_group"])["mx"].reindex(index).to_numpy()
        grid = grid.reshape(len(periods), 2, len(WPP_GROUPS))
        self.log_rates = np.log(single_age_rates(grid))

    def __call__(self, t):
        w = np.interp(t, self.midpoints, np.arange(len(self.midpoints)))
        k = min(int(np.floor(w)), len(self.midpoints) - 2)
        frac = w - k
        return np.exp((1 - frac) * self.log_rates[k] + frac * self.log_rates[k + 1])


def life_expectancy(mx):
    """Period life expectancy at birth (years) for each sex from single-age rates (..., AGES).

    Constant hazard within each year of age: survivors ``l(x+1) = l(x) exp(-m_x)``, years lived
    ``l(x) (1 - exp(-m_x)) / m_x``; the open group lives ``l / m`` years.
    """
    mx = np.asarray(mx, dtype=float)
    closed = mx[..., :-1]
    survive = np.exp(-closed)
    lx = np.concatenate([np.ones(mx.shape[:-1] + (1,)), np.cumprod(survive, axis=-1)], axis=-1)
    lived = lx[..., :-1] * (1 - survive) / closed
    return lived.sum(axis=-1) + lx[..., -1] / mx[..., -1]


def both_sexes(e0, srb):
    """Life expectancy of both sexes: the men's and women's weighted by the births of each (srb boys per girl)."""
    return (srb * e0[..., 0] + e0[..., 1]) / (srb + 1)


def e0_level_factor(mx, e0, srb):
    """Factor on ``mx`` (2, AGES) whose both-sexes life expectancy is ``e0`` (years)."""
    from scipy.optimize import brentq

    return brentq(lambda k: both_sexes(life_expectancy(k * mx), srb) - e0, 0.05, 20.0, xtol=1e-10)


def level_factor(pop, mx, crude_death_rate):
    """Factor on ``mx`` that gives ``pop`` the crude death rate ``crude_death_rate`` (per 1,000)."""
    deaths = (np.asarray(pop) * mx).sum()
    return crude_death_rate / 1000 * np.asarray(pop).sum() / deaths


def mortality_ratio(census, deaths, regions, year=2020):
    """Standardised mortality ratio by region and sex (len(regions), 2, 1).

    Deaths the region reported in the census year over the deaths it would have had at the
    national census death rates of each age group (indirect standardisation). Under-reporting
    of deaths in the census, common to all regions, cancels out; China's own ratio is 1.
    """
    pop = group_counts(census, year, regions)
    dead = group_counts(deaths, year, regions, value="deaths")
    nation = group_counts(census, year, ["China"])[0], group_counts(deaths, year, ["China"], "deaths")[0]
    expected = (pop * nation[1] / nation[0]).sum(axis=-1)
    return (dead.sum(axis=-1) / expected)[..., None]


def fertility_weights(pattern):
    """Share of a woman's lifetime births at each single age (AGES,), adding up to 1.

    ``pattern`` has percent_asfr by five-year group 15-19 .. 45-49; a group's share is spread
    evenly over its five ages. ``asfr = TFR * weights``.
    """
    weights = np.zeros(AGES)
    for row in pattern.itertuples():
        lo, hi = group_bounds(row.age_group)
        weights[lo:hi] = row.percent_asfr / 100 / (hi - lo)
    return weights


def implied_tfr(pop, weights, infant_mx):
    """Total fertility (births per woman) that produces the children aged 0 in ``pop``.

    The children aged 0 at the census were born in the year before it to the women then one year
    younger: births = TFR * sum(weights * (W(x) + W(x + 1)) / 2), and they survive half a year on
    average at the infant death rate ``infant_mx`` (per sex, shape (..., 2)).
    """
    women = pop[..., 1, :]
    exposure = (women.copy())
    exposure[..., :-1] = (women[..., :-1] + women[..., 1:]) / 2
    births = (pop[..., 0] * np.exp(np.asarray(infant_mx) / 2)).sum(axis=-1)
    return births / (weights * exposure).sum(axis=-1)


def sex_ratio_at_birth(pop):
    """Boys per girl among the children aged 0 (...,)."""
    return pop[..., 0, 0] / pop[..., 1, 0]


def migration_factors(census, regions, national="China", start=2010, end=2020, oldest=80):
    """Annual net-migration factors by region, sex and age (len(regions), 2, AGES).

    The cohort aged g..g+4 at the ``start`` census is aged g+10..g+14 at the ``end`` census; its
    ratio ``P_end / P_start`` in a region, divided by the same ratio for the nation, is the share
    of the cohort gained or lost by moving (mortality differences and coverage errors common to
    the nation cancel). Its tenth root is the annual factor, given to the ages the cohort passed
    through at mid-decade (g+5 .. g+9); ages 0-4 take the factor of ages 5-9, and the ages 95+
    that of the open group (90+ in 2010, 100+ in 2020). From age ``oldest`` on the factor is 1:
    there the residual is mostly mortality differences (which ``mortality_ratio`` already gives)
    and age misstatement, not moving. The nation's factors are all 1.
    """
    def five_year(year):
        """0-4, 5-9, ..., 95-99, 100+ (21 groups) for the regions and the nation."""
        counts = group_counts(census, year, [*regions, national])
        return np.concatenate([counts[..., :2].sum(axis=-1, keepdims=True), counts[..., 2:]], axis=-1)

    first, later = five_year(start), five_year(end)
    first = np.concatenate([first[..., :18], first[..., 18:].sum(axis=-1, keepdims=True)], axis=-1)
    later = later[..., 2:]                          # 10-14, ..., 95-99, 100+: the same 19 cohorts
    ratio = later / first
    relative = ratio[:-1] / ratio[-1:]
    annual = relative ** 0.1
    factors = np.ones((len(regions), 2, AGES))
    for k in range(18):
        factors[..., 5 * k + 5:5 * k + 10] = annual[..., k:k + 1]
    factors[..., :5] = annual[..., 0:1]
    factors[..., 95:] = annual[..., 18:19]
    factors[..., oldest:] = 1.0
    factors[np.asarray(regions) == national] = 1.0
    return factors
