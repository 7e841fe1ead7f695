# %% [markdown]
# # Aging pressure: cohorts from the census, a backtest, and care capacity compared like with like
#
# The plans all name population aging as the pressure behind their elder-care targets. This notebook
# measures it at the censuses (structure, dependency under the Chinese and the international
# conventions, stage and speed), then projects every region's population by single year of age and
# sex from the 2020 census, so that every future older person is someone counted in 2020: the nation
# and every province from their own census age structures, every city or county of the manifest from
# the broad groups its documents print. Fertility, migration and mortality assumptions make the
# scenario band. The method is backtested from the 2010 and the 2020 census against what NBS
# published afterwards, and the elder-care beds the documents count are set against the older
# population of the same year and the benchmarks of the same kind of bed.
#
# - **Inputs:** `data/processed/figures.csv` and `checks.csv` (notebook 01); `data/raw/MANIFEST.csv`;
#   `data/reference/` census tables (`census_population_by_age.csv`, `census_single_year_2020.csv`,
#   `census_deaths_by_age.csv`, `census_age_structure.csv`), WPP tables (`wpp2024_mortality_china.csv`,
#   `wpp2019_fertility_pattern_china.csv`, `wpp2022_population_china.csv`), `aging_scenarios.csv`,
#   `aging_published_shares.csv`, `care_benchmarks.csv`, `aging_params.csv`.
# - **Outputs:** `data/processed/aging.csv` (census measures), `aging_projection.csv` (region x
#   scenario x year-end), `aging_stages.csv`, `aging_backtest.csv` (origin x year x measure x method),
#   `aging_capacity.csv`; `reports/figures/aging-share-trajectories.png` (Figure 3).
# - **Shows:** which regions are projected and what the others would need (Table 0); census
#   structures with provenance (Table 1, Figure 1), dependency (Table 2), stage and speed (Table 3);
#   the projection's inputs (Table 4); pyramids (Figure 2); the 60+, 65+ and 80+ shares with their
#   band (Table 5, Figure 3); when each region becomes aged and super-aged (Table 6); the backtest
#   (Tables 7-8); care capacity (Table 9) and the beds that keep today's coverage as the 60+ and the
#   80+ grow (Table 10); a reading generated from the results.
#
# All computation is one call, `mzlib.demography.run.project_aging` (modules `aging`, `cohort`,
# `cohort_inputs`, `smallarea`, `population`, `backtest`, `capacity`); plots in
# `mzlib.report.plotting`.

# %% tags=["parameters"]
REGION = None
PYRAMID_YEARS = (2020, 2035)
SHOW_YEARS = (2025, 2030, 2035)
CAPACITY_YEARS = (2025, 2030, 2035)
LAST_YEAR = 2050
MORTALITY = "e0"

# %%
import platform

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import Markdown, display

import mzlib
from mzlib.core.outputs import read_processed
from mzlib.demography import parameters, population, run
from mzlib.report import links, plotting, session
from mzlib.sources import manifest

plotting.setup()
session.short_errors()
pd.set_option("display.max_colwidth", 80)
pd.set_option("display.precision", 2)

# %% [markdown]
# ## Method
#
# **Parameters.** `REGION`: the region the tables and figures show beside the nation (None: the
# nation, every region of the manifest that is projected, and their provinces); the outputs always
# hold every region. `PYRAMID_YEARS`, `SHOW_YEARS`, `CAPACITY_YEARS`: years shown; `LAST_YEAR`: the
# projection horizon (year-end). `MORTALITY`: the mortality rule, `"e0"` (anchored to the official
# life expectancy) or `"wpp"` (WPP's own level); the other rule is the band's mortality variant.
# Only a run with every parameter at its default writes the outputs (`mzlib.demography.parameters`).
#
# **Census measures.** Dependency ratios are dependants per 100 of working age: Chinese convention
# 0-14 and 60+ per 100 aged 15-59, international 0-14 and 65+ per 100 aged 15-64 (15-64 = 100 - (0-14)
# - (65+), since the census prints no 15-64 share). Stage from the 65+ share, at the thresholds of
# `aging_params.csv`. Speed: percentage points per decade between two censuses. The structures come
# from the documents' own figures, then the hand-checked communiqués (`census_age_structure.csv`),
# then the census tables by age of every province at both censuses.
#
# **Cohort-component projection** (`mzlib.demography.cohort`), single years of age 0-99 and 100+, by
# sex, from the census (1 November 2020) to each year-end. Each step: survival at the mean death rate
# of the two ages a person lives through; ageing; births from the women of the step; net migration as
# an annual factor by age. *Base population*: census Table 1-5 (five-year groups by sex) split into
# single ages by the national single-year distribution of the census year (Table 6-4), which keeps the
# small 1959-61 birth cohorts. *Mortality*, one rule written down before any backtest
# (`official_e0_<year>` in `aging_params.csv`): WPP 2024 death rates by sex and age, scaled by one
# factor so that life expectancy at birth at the census is the official one of the census year; WPP's
# age pattern and trend after it are kept; each province's level is its standardised mortality ratio
# from the census deaths (Table 6-1). *Fertility*: the total fertility that, with the WPP 2019 age
# pattern, produces the children aged 0 at the census; in the projection, each year's level is then
# set by the births NBS registered that year, and the last holds after. *Migration*: each province's
# 2010-2020 cohort change relative to the nation's, as an annual factor by age; the nation is closed.
# *Active servicemen* stay a constant block in China's total. *Scenarios* (`aging_scenarios.csv`):
# fertility lower or higher (the UN's low and high variants) crossed with migration continuing or
# stopping, a city's or county's own migration gaining or losing young adults (a stated range:
# no document prints an area at two censuses), plus the mortality variant; the band is their
# envelope. *A consistent nation*: the provinces are raked to the nation's projection by age and
# sex each year. *Small areas*: a city's or county's printed broad groups are spread over age and
# sex as in its province; projected with its province's rates and its own fertility (scaled by its
# child ratio), it is a share of its province by age and sex, controlled to the province as raked.
#
# **Backtest.** The same method from an origin, with the inputs of that origin only: from the 2010
# census (its groups split evenly, since its single years are not here) to NBS's year-ends
# 2011-2019, and from the 2020 census, without the births registered after it, to 2021-2025. Shares
# aged 60+ and 65+, year-end total and births of the year, against the annual communiqués. At the
# 2020 origin two comparisons: the logit-linear extrapolation of the two censuses, and the UN WPP 2022
# medium variant (published after the origin).
#
# **Capacity.** A bed count is compared only with what counts the same kind of bed: institutional
# (养老机构床位), community, family, or all kinds (养老床位). Ratios divide beds by the older population
# of the same year: the census for 2020, the central projection for later years.

# %% [markdown]
# ## Load

# %%
figures = read_processed("figures", producer="notebooks/01-clean-figures")
checks = read_processed("checks", producer="notebooks/01-clean-figures")
documents = manifest.load_manifest()
refs = run.load_references()
run_parameters = {"REGION": REGION, "PYRAMID_YEARS": PYRAMID_YEARS, "SHOW_YEARS": SHOW_YEARS,
                  "CAPACITY_YEARS": CAPACITY_YEARS, "LAST_YEAR": LAST_YEAR, "MORTALITY": MORTALITY}
P = parameters.validate(run_parameters, run.projected_regions(refs, documents, figures))
print(f"{len(figures)} figures; census table {len(refs['census'])} rows for {refs['census']['region_en'].nunique()} "
      f"regions; {len(refs['scenarios'])} scenarios; {len(refs['benchmarks'])} benchmarks; showing "
      f"{P['REGION'] or 'the nation and the manifest regions'}")

# %% [markdown]
# ## Process
#
# Every region is computed; the parameters only choose what the tables below show.

# %%
results = run.project_aging(figures, checks, documents, refs, P)
shown = results["shown"]
measured = results["measured"]

# %% [markdown]
# **Table 0. The manifest's regions**: projected (and on what basis), or the data that would be
# needed.

# %%
results["coverage"]

# %% [markdown]
# **Table 1. Census age structures** of the regions shown, with their source and, for a document's
# own figures, the figure ids (a `derived` row is a census share minus a printed change).

# %%
table_1 = measured[measured["region_en"].isin(shown)].sort_values(["region_en", "year"])
links.evidence_table(table_1[["region_zh", "region_en", "level", "year", "share_0_14", "share_15_59",
                              "share_60plus", "share_65plus", "population", "derived", "figure_ids", "source"]],
                     name="table-1")

# %% [markdown]
# **Figure 1. Population structure** by region and census.

# %%
fig_structure = plotting.age_structure_chart(results["structure"], shown)
plt.show()

# %% [markdown]
# **Table 2. Dependency under both conventions** (per 100 of working age), aging index and support ratio.

# %%
links.evidence_table(table_1[["region_en", "year", "derived", "share_15_64", "child_dependency_cn",
                              "old_dependency_cn", "total_dependency_cn", "child_dependency_intl",
                              "old_dependency_intl", "total_dependency_intl", "aging_index",
                              "potential_support_ratio", "potential_support_ratio_cn"]], precision=2, name="table-2")

# %% [markdown]
# **Table 3. Stage and speed at the census.** Speed exists where two censuses are recorded. When a
# region reaches the next stage is Table 6's answer, from the cohort projection.

# %%
links.evidence_table(table_1[["region_en", "year", "share_60plus", "share_65plus", "stage", "speed_60plus",
                              "speed_65plus", "next_stage"]], precision=2, name="table-3")

# %% [markdown]
# **Table 4. The projection's inputs** for the regions shown: how the base population was obtained,
# the census-implied total fertility (births per woman), boys per girl at birth, the mortality level
# (1 = WPP's national schedule) and the mean annual migration factor at ages 20-39 (below 1: the
# cohort shrinks by moving).

# %%
inputs = results["inputs"]
pd.DataFrame({"region_en": inputs.regions, "basis": inputs.basis, "tfr": inputs.tfr, "srb": inputs.srb,
              "mortality_level_men": inputs.mx_scale[:, 0, 0], "mortality_level_women": inputs.mx_scale[:, 1, 0],
              "migration_20_39": inputs.migration[:, :, 20:40].mean(axis=(1, 2))}).set_index("region_en").loc[shown]

# %% [markdown]
# **Figure 2. Population pyramids**, census and central projection at the end of each pyramid year
# after the census.

# %%
ages = population.single_ages(inputs, refs["scenarios"], P["PYRAMID_YEARS"], regions=shown)
fig_pyramid = plotting.pyramid_chart(ages, shown, P["PYRAMID_YEARS"])
plt.show()

# %% [markdown]
# **Table 5. Shares aged 60+, 65+ and 80+** (% at year-end): central scenario and the band (lowest and
# highest of the scenarios and the mortality variant, and which they are).

# %%
band = results["band"]
band[band["region_en"].isin(shown) & band["year"].isin(P["SHOW_YEARS"])].set_index(
    ["region_en", "measure", "year"]).loc[shown].round(2)

# %% [markdown]
# **Figure 3. Shares aged 60+, 65+ and 80+**: census (dots, at the census date), central cohort
# projection and band (at each year-end); dotted lines are the stage thresholds of the 65+ share.

# %%
fig_trajectories = plotting.cohort_band_chart(band, results["at_census"], shown, refs["thresholds"])
plt.show()

# %% [markdown]
# **Table 6. When each region becomes aged and super-aged**: the first year-end the central
# projection reaches the threshold, and the earliest and latest over the scenarios and the mortality
# variant (empty: not within `LAST_YEAR`). Stages reached by the census are dated at the census year.

# %%
stages = results["stages"]
links.evidence_table(stages[stages["region_en"].isin(shown) & stages["stage"].isin(["aged", "super-aged"])].set_index(
    ["region_en", "stage"]).loc[shown], name="table-6")

# %% [markdown]
# **Table 7. Backtest**: the year-end values NBS and the provinces published against the method
# run from each census origin (projected; pp for shares, persons for the total and the births).

# %%
table = results["backtest"]
table.pivot_table(index=["origin", "region_en", "measure", "year", "published"], columns="method",
                  values="projected", sort=False).round(2)

# %% [markdown]
# **Table 8. Mean absolute error** per origin, method and measure (pp for shares; % of the published
# value for every measure), and the mean signed error (`bias`).

# %%
results["errors"].round(3)

# %% [markdown]
# **Table 9. Care capacity, like with like.** Every bed count the documents print, by kind, with the
# older population of the same year, beds per 1,000 aged 60+ and 80+, and each benchmark of the same
# kind that binds the region (its own, its province's, the nation's), with its status and what the
# comparison can and cannot show. Counts failed by an error-level check of notebook 01 are shown but
# get no ratio.

# %%
links.evidence_table(results["compared"][[
    "region_en", "year", "bed_kind", "name_printed", "beds", "nursing_share", "pop_year_basis", "pop_60plus",
    "beds_per_1000_60plus", "beds_per_1000_80plus", "benchmark_id", "value", "comparator", "benchmark",
    "target_year", "status", "meets", "can_show", "cannot_show", "check_note", "figure_ids"]],
    precision=1, name="table-9", keys=("region_en", "bed_kind", "beds"))

# %% [markdown]
# **Table 10. Beds that keep today's coverage** as the older population grows (central scenario;
# band: lowest to highest over the scenarios and the mortality variant): holding the ratio per
# person aged 60+, and per person aged 80+, who need care most. A count without a population, or
# failed by a check, has no row.

# %%
demand = results["demand"]
keys = ["region_en", "bed_kind", "beds", "year", "target_year"]
demand_range = demand.groupby(keys).agg(hold_80plus_lowest=("beds_hold_80plus", "min"),
                                        hold_80plus_highest=("beds_hold_80plus", "max"))
demand[demand["scenario"] == "central"].set_index(keys)[
    ["growth_60plus_pct", "growth_80plus_pct", "beds_hold_60plus", "beds_hold_80plus"]].join(demand_range).round(0)

# %% [markdown]
# ## Reading
#
# Generated from the results above, for the regions shown.

# %%
display(Markdown(run.reading(results, P)))

# %% [markdown]
# ## Save
#
# Every region whatever `REGION` shows; all scenarios and the mortality variant. Only a run with every
# parameter at its default writes the outputs.

# %%
written, message = parameters.save_outputs(results["outputs"], run_parameters,
                                           {"aging-share-trajectories.png": fig_trajectories})
print(", ".join(f"{name} {len(df)} rows" for name, df in results["outputs"].items()) + f"; {message}")

# %% tags=["nbval-ignore-output"]
print(f"python {platform.python_version()}, pandas {pd.__version__}, numpy {np.__version__}, mzlib {mzlib.__version__}")
