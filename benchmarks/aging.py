"""Time the whole cohort projection: the nation, every province and a small area, every scenario.

Loads the reference tables once (not timed), then times, best of ``--repeat`` runs: building the
inputs (base populations, mortality, fertility, migration, the life-expectancy and births paths) and projecting every
region under every scenario of ``aging_scenarios.csv`` to ``--last-year``, summarised to broad
groups and shares. The goal of issue 12 is under a second of CPU time. Not a test: prints the times.

Usage: ``.venv/bin/python benchmarks/aging.py [--last-year 2050] [--repeat 5]``
"""

import argparse
import time

import pandas as pd

from mzlib.demography import population, run
from mzlib.sources import reference

AREA = pd.DataFrame([{"region_en": "Area", "region_zh": "某县", "level": "county",
                      "province_en": "Hubei", "pop_0_14": 135618, "pop_15_59": 409682,
                      "pop_60plus": 78472, "pop_65plus": 54600, "figure_ids": ""}])


def whole_projection(tables, e0, births, scenarios, last_year):
    """Inputs for every region (the mortality path, then the births path), then every region under
    every scenario."""
    inputs = population.with_life_expectancy(population.with_small_areas(population.census_inputs(*tables), AREA), e0)
    inputs = population.with_births(inputs, births)
    return inputs, population.project(inputs, scenarios, last_year)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--last-year", type=int, default=2050)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    tables = (reference.load_census_population(), reference.load_census_single_year(),
              reference.load_census_deaths(), reference.load_wpp_mortality(), reference.load_fertility_pattern())
    scenarios = reference.load_scenarios()
    births = run.registered_births(reference.load_published_shares(), 2020)
    e0 = run.official_life_expectancy(reference.load_aging_params(), 2020)
    times = []
    for _ in range(args.repeat):
        start = time.process_time()
        inputs, projection = whole_projection(tables, e0, births, scenarios, args.last_year)
        times.append(time.process_time() - start)
    years = args.last_year - 2020 + 1
    print(f"{len(inputs.regions)} regions x {len(scenarios)} scenarios x {years} year-ends "
          f"= {len(projection):,} rows, single ages 0-100 by sex")
    print(f"whole projection (inputs + mortality and births paths + projection + summary), CPU: best {min(times):.3f} s, "
          f"median {sorted(times)[len(times) // 2]:.3f} s over {args.repeat} runs (goal: under 1 s)")


if __name__ == "__main__":
    main()
