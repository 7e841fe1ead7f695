# %% [markdown]
# # Aging pressure: age structure, its trajectory, and the care capacity it demands
#
# The plans all name population aging as the pressure behind their elder-care targets. This notebook
# measures it: the census age structure of Wenshan (printed in its mid-term review) beside China and
# the provinces of the documents' regions; dependency under the Chinese and the international
# conventions; the aging stage, its speed and the time to the next stage; a logit-linear projection
# of the 60+ and 65+ shares with a slow / central / fast band; and the elder-care beds that the
# projected older population needs at a benchmark ratio, against the beds the documents count.
#
# - **Inputs:** `data/processed/figures.csv` and `data/processed/checks.csv` (notebook 01);
#   `data/reference/census_age_structure.csv`, `aging_params.csv`; `data/raw/MANIFEST.csv`.
# - **Outputs:** `data/processed/aging.csv` (one row per region and census year, every measure),
#   `data/processed/aging_projection.csv` (one row per region, projection year and scenario);
#   `reports/figures/aging-share-trajectories.png` (Figure 2).
# - **Shows:** the age structures with their provenance (Table 1, Figure 1); every measure under
#   both conventions (Table 2); stage, speed and years to the next stage (Table 3); projected shares
#   (Table 4, Figure 2) and the year each region reaches the next stage (Table 5); care capacity
#   (Table 6) and the bed gap (Table 7, Figure 3); a comparison across regions (Table 8); a short
#   reading.
#
# All computation is in `mzlib.aging`, plots in `mzlib.plotting`. Wenshan's rows name the figure ids
# they rest on (`figure_ids`, each leading to a verbatim quote in `figures.csv`); reference rows name
# their publication (`source`).

# %% tags=["parameters"]
REGION = None
HORIZON = (2025, 2030, 2035)
SCENARIO = "central"
BENCHMARK = 35
NURSING_FLOOR = 55
TOTAL_POPULATION = None
NATIONAL = "China"
BAND_SPREAD = 0.2
SAVE_OUTPUTS = True

# %%
import platform

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

import mzlib
from mzlib.analysis import aging
from mzlib.sources import manifest
from mzlib.core import paths
from mzlib.report import plotting
from mzlib.core.outputs import read_processed, write_processed

plotting.setup()
pd.set_option("display.max_colwidth", 90)
pd.set_option("display.precision", 2)

# %% [markdown]
# ## Method
#
# **Parameters.** `REGION`: one `region_en` to show (None: all; the outputs always hold every
# region). `HORIZON`: projection years. `SCENARIO`: the scenario the tables pick out (the band
# slow / central / fast is always computed and saved). `BENCHMARK`: beds per 1,000 people aged 60+
# (the 13th-FYP national benchmark was 35-40; `aging_params.csv`). `NURSING_FLOOR`: the binding
# nursing-bed share for 2025 (%). `TOTAL_POPULATION`: **None holds each region's census population
# constant**; a number is an annual growth rate of the total population (a fraction per year,
# e.g. `-0.005`) applied from the census year. `BAND_SPREAD`: how far the slow and fast slopes are
# pushed beyond the two slopes they come from (a fraction of the slope).
#
# **Measures.** Shares are percent of the population. Dependency ratios are dependants per 100 of
# working age: Chinese convention (`*_cn`) 0-14 and 60+ per 100 aged 15-59; international (`*_intl`)
# 0-14 and 65+ per 100 aged 15-64, with 15-64 = 100 - (0-14) - (65+) because the census prints no
# 15-64 share. Aging index: 65+ per 100 aged 0-14. Potential support ratio: 15-64 per person 65+
# (`_cn`: 15-59 per person 60+). Stage from the 65+ share: 7% aging, 14% aged, 20% super-aged.
# Speed: percentage points per decade between two censuses; years to the next stage at that speed.
#
# **Projection.** $\mathrm{logit}(s) = \ln\frac{s}{100-s}$ moves linearly in time, so a share never
# leaves (0, 100). The central slope is the region's own (between its two censuses); the band spans
# its own and the national slope, widened by `BAND_SPREAD`. A region with one census in the
# reference table is projected at the national slope. The band is an assumption about speed, not a
# confidence interval.
#
# **Capacity.** Beds per 1,000 aged 60+ = 1,000 x beds / population 60+; beds needed =
# `BENCHMARK` x population 60+ / 1,000; gap = needed - counted (negative: surplus). The bed count is
# the latest the documents print (2023 for Wenshan), the 60+ population the 2020 census or its
# projection: the years differ and both are shown.

# %% [markdown]
# ## Load

# %%
figures = read_processed("figures", producer="notebooks/01-clean-figures")
checks = read_processed("checks", producer="notebooks/01-clean-figures")
documents = manifest.load_manifest()
reference = aging.load_census_reference()
params = aging.load_aging_params()
thresholds = aging.stage_thresholds(params)
print(f"{len(figures)} figures, {len(checks)} checks, {len(reference)} reference rows; stages {thresholds}; "
      f"benchmark {BENCHMARK} (reference range {aging.param_value('bed_benchmark_low', params):g}-"
      f"{aging.param_value('bed_benchmark_high', params):g}), nursing floor {NURSING_FLOOR}%")

# %% [markdown]
# ## Process
#
# **Table 1. Age structures.** Wenshan from its own document (2020 shares and counts as printed;
# 2010 = 2020 share minus the printed change, `derived`), with the figure ids; China and the
# provinces from `census_age_structure.csv`, with their publication. Populations are recorded only
# where printed: the reference rows carry shares alone.

# %%
structure = pd.concat([aging.age_structure_from_figures(figures, documents), reference], ignore_index=True)
measured = aging.measures(structure, thresholds)
latest = measured.sort_values("year").groupby("region_en").tail(1)
order = list(latest.sort_values("share_65plus")["region_en"])
regions = order if REGION is None else [REGION]
rank = measured["region_en"].map({region: i for i, region in enumerate(regions)})
shown = measured.assign(rank=rank).dropna(subset=["rank"]).sort_values(["rank", "year"]).drop(columns="rank")
shown[["region_en", "year"]].merge(structure, on=["region_en", "year"], how="left")[
    ["region_zh", "region_en", "level", "year", *aging.SHARES, "population", "pop_60plus", "derived",
     "figure_ids", "source", "derivation"]]

# %% [markdown]
# **Figure 1. Population structure** by region and census, youngest 65+ share at the top.

# %%
fig_structure = plotting.age_structure_chart(structure, regions)
plt.show()

# %% [markdown]
# **Table 2. Dependency under both conventions**, with the aging index and the potential support
# ratio (per 100 of working age; support ratio in persons of working age per older person).

# %%
shown[["region_en", "year", "derived", "share_15_64", "child_dependency_cn", "old_dependency_cn",
       "total_dependency_cn", "child_dependency_intl", "old_dependency_intl", "total_dependency_intl",
       "aging_index", "potential_support_ratio", "potential_support_ratio_cn"]]

# %% [markdown]
# **Table 3. Stage, speed and years to the next stage.** Speed is measured between a region's two
# censuses, so it exists only where two are recorded (China and Wenshan); the years to the next
# stage are at that linear speed.

# %%
shown[["region_en", "year", "share_60plus", "share_65plus", "stage", "speed_60plus", "speed_65plus",
       "next_stage", "years_to_next_stage"]]

# %% [markdown]
# **Table 4. Projected shares** (%) aged 60+ and 65+ in the `HORIZON` years, every scenario, with the
# stage of the `SCENARIO` row and the slope basis.

# %%
population = None if TOTAL_POPULATION is None else pd.DataFrame(
    [{"region_en": r.region_en, "year": y, "population": r.population * (1 + TOTAL_POPULATION) ** (y - r.year)}
     for r in latest.itertuples() for y in HORIZON])
projected = aging.project_shares(structure, years=HORIZON, national=NATIONAL, spread=BAND_SPREAD,
                                 population=population, benchmark=BENCHMARK, thresholds=thresholds)
proj_shown = projected[projected["region_en"].isin(regions)]
table4 = proj_shown.pivot_table(index=["region_en", "year"], columns="scenario",
                                values=["share_60plus", "share_65plus"])
table4 = table4.reindex(columns=list(aging.SCENARIOS), level=1).reindex(regions, level=0)
picked = proj_shown[proj_shown["scenario"] == SCENARIO].set_index(["region_en", "year"])[["stage", "slope_basis"]]
picked.columns = pd.MultiIndex.from_tuples([("stage", SCENARIO), ("slope_basis", "")])
pd.concat([table4, picked], axis=1)

# %% [markdown]
# **Table 5. Year each region reaches the next aging stages** on the logit-linear path of its 65+
# share (fractional years; empty where the share does not rise).

# %%
stages = aging.stage_years(structure, national=NATIONAL, spread=BAND_SPREAD, thresholds=thresholds)
stages[stages["region_en"].isin(regions)].pivot_table(
    index=["region_en", "base_share_65plus", "base_stage", "stage"], columns="scenario", values="year_reached"
).reindex(columns=list(aging.SCENARIOS)).reindex(regions, level=0).round(1)

# %% [markdown]
# **Figure 2. Shares aged 60+ and 65+**: census values (open dots: derived), the central projection
# from the latest census and the slow-to-fast band; dotted lines mark the stage thresholds of the
# 65+ share.

# %%
fig_trajectories = plotting.share_band_chart(measured, projected, regions, thresholds)
plt.show()

# %% [markdown]
# **Table 6. Care capacity.** Bed counts the documents print (latest year), per 1,000 people aged
# 60+ where the region's census 60+ population is known, the nursing-bed share against the floor,
# and the gap now at `BENCHMARK`. A bed count that notebook 01's checks fail with an error is not
# used: its printed value and the check's message stand beside an empty `elder_care_beds`.

# %%
failed = checks[checks["result"].eq("fail") & checks["severity"].eq("error")]
failed = failed.assign(figure_id=failed["figure_ids"].str.split(";")).explode("figure_id")
bed_figures = figures.loc[figures["indicator_id"].eq("elder_care_beds") & figures["kind"].eq("actual"),
                          ["figure_id", "region_en", "year"]]
flags = bed_figures.merge(failed[["figure_id", "message", "corrected_value"]], on="figure_id").drop_duplicates(
    ["region_en", "year"]).drop(columns="figure_id").astype({"year": int})
capacity = aging.capacity_from_figures(figures).merge(flags, on=["region_en", "year"], how="left").rename(
    columns={"message": "check_note", "corrected_value": "check_suggests"})
capacity["elder_care_beds_printed"] = capacity["elder_care_beds"]
capacity["elder_care_beds"] = capacity["elder_care_beds"].mask(capacity["check_note"].notna())
care = aging.care_capacity(capacity, structure, benchmark=BENCHMARK, nursing_floor=NURSING_FLOOR)
care[["region_en", "beds_year", "elder_care_beds_printed", "elder_care_beds", "nursing_beds", "pop_year",
      "pop_60plus", "beds_per_1000_60plus", "nursing_share", "nursing_margin_pp", "meets_nursing_floor",
      "beds_needed", "bed_gap", "figure_ids", "check_note", "check_suggests"]]

# %% [markdown]
# **Table 7. Beds needed and the bed gap** in the `HORIZON` years at `BENCHMARK` beds per 1,000 aged
# 60+, for regions with a usable bed count and a known population (beds; gap = needed - counted).

# %%
gaps = aging.bed_gaps(projected, capacity).astype({"beds_year": "Int64"})
gap_rows = gaps.dropna(subset=["bed_gap"])
gap_rows.pivot_table(index=["region_en", "beds_year", "beds_current", "year"], columns="scenario",
                     values=["older_population", "beds_needed", "bed_gap"]).reindex(
    columns=["older_population", "beds_needed", "bed_gap"], level=0).reindex(
    columns=list(aging.SCENARIOS), level=1).round(0)

# %% [markdown]
# **Figure 3. Beds needed against beds counted** (central scenario; whiskers: slow to fast).

# %%
fig_beds = plotting.bed_gap_chart(gap_rows, BENCHMARK)
plt.show()

# %% [markdown]
# **Table 8. Comparison across regions** at each region's latest census: structure, dependency
# under both conventions, speed and, where known, capacity. Regions whose documents print beds but
# whose age structure is not recorded (Lincang, Tai'an) are in Table 6 only. Above the table, the
# figures the reading rests on, computed from Tables 2-7 over every region whatever `REGION` is.

# %%
compared = aging.comparison(measured, care).set_index("region_en").reindex(order).reset_index().astype(
    {"beds_year": "Int64"})
central = gap_rows[gap_rows["scenario"] == SCENARIO]
oldest = compared.loc[compared["share_65plus"].idxmax()]
print(f"Oldest structure: {oldest['region_en']} ({oldest['share_65plus']:.2f}% aged 65+, "
      f"old-age dependency {oldest['old_dependency_cn']:.1f} (CN) / {oldest['old_dependency_intl']:.1f} (intl)).")
print(f"Highest total dependency: {compared.loc[compared['total_dependency_cn'].idxmax(), 'region_en']} (CN), "
      f"{compared.loc[compared['total_dependency_intl'].idxmax(), 'region_en']} (intl); fastest 65+ speed of the "
      f"regions with two censuses: {compared.loc[compared['speed_65plus'].idxmax(), 'region_en']}.")
for r in care.dropna(subset=["beds_per_1000_60plus"]).itertuples():
    print(f"{r.region_en}: {r.beds_per_1000_60plus:.1f} beds per 1,000 aged 60+ against {BENCHMARK}; "
          f"nursing share {r.nursing_share:.1f}% against a floor of {NURSING_FLOOR}%.")
for r in central.itertuples():
    print(f"{r.region_en} {r.year} ({SCENARIO}): {r.beds_needed:,.0f} beds needed, gap {r.bed_gap:,.0f}.")
compared[compared["region_en"].isin(regions)].drop(columns=["region_zh"])

# %% [markdown]
# ## Reading
#
# About every region, whatever `REGION` shows; the numbers are in the tables named.
#
# - **The pressure of numbers is highest in Liaoning and Shandong.** Liaoning has the oldest
#   structure (Tables 1-2): more people aged 65+ than children (aging index above 100) and the
#   highest old-age dependency under both conventions; it is one step from super-aged, which Table 5
#   puts within a few years of the census in every scenario. Shandong carries the highest *total*
#   dependency because it has both many children and many older people.
# - **The convention changes the level of old-age dependency, and the ranking of total
#   dependency.** Old-age dependency under the Chinese convention (60+ per 100 aged 15-59) is about
#   one and a half times the international one (65+ per 100 aged 15-64) in every region, with the
#   same order of regions (Table 2). Total dependency reorders: Liaoning ranks near the top under
#   the Chinese convention and lowest under the international one, because its large 60-64 group
#   counts as dependants in the first and as working age in the second, and it has few children.
#   Ratios from the two conventions must never be mixed.
# - **Wenshan is young and aging slowly**, by the printed census: the lowest 65+ share and aging
#   index of the regions here, and a 65+ speed well under the national one (Table 3). Its band in
#   Table 4 and Figure 2 is therefore wide: its own pace keeps it in the aging stage for decades
#   (Table 5), the national pace would make it aged much sooner. Its dependency burden is mostly
#   children.
# - **Yet Wenshan's care capacity is the pressure point that can be measured.** Its beds per 1,000
#   aged 60+ (2023 beds over the 2020 census population, Table 6) are well below the benchmark, so
#   the gap in Table 7 is mostly today's shortfall, and it grows with the older population in every
#   scenario (Figure 3). Its nursing-bed share is far above the 55% floor: the shortage is in the
#   number of beds, not their type. Tai'an's share also meets the floor; Yunnan's printed 2020 share
#   is below it (the floor binds in 2025).
# - **What cannot be said here.** Capacity ratios exist only where a 60+ population is known: the
#   reference table records shares, not populations, so Yunnan's 180,000 beds have no ratio, and
#   Lincang and Tai'an have no age structure at all. Lincang's printed 113,050 beds fail notebook
#   01's magnitude check (Table 6) and are not used. Speeds for the provinces are not measured (one
#   census each): their band is the national slope widened by `BAND_SPREAD`.

# %% [markdown]
# ## Save
#
# Both tables hold every region whatever `REGION` is; the projection carries the bed gap where a
# usable bed count exists.

# %%
projection_columns = ["region_en", "region_zh", "year", "scenario", "share_60plus", "share_65plus", "stage",
                      "older_population", "older_population_65plus", "beds_needed", "beds_current", "beds_year",
                      "bed_gap", "base_year", "slope_60plus", "slope_65plus", "slope_basis"]
aging_out = measured.round(4)
projection_out = gaps.assign(benchmark=BENCHMARK)[[*projection_columns, "benchmark"]].round(6)
if SAVE_OUTPUTS:
    write_processed(aging_out, "aging")
    write_processed(projection_out, "aging_projection")
    fig_trajectories.savefig(paths.FIGURES_DIR / "aging-share-trajectories.png", metadata={"Software": None})
print(f"aging: {len(aging_out)} rows x {aging_out.shape[1]} columns; aging_projection: {len(projection_out)} rows; "
      f"saved: {SAVE_OUTPUTS}")

# %% tags=["nbval-ignore-output"]
print(f"python {platform.python_version()}, pandas {pd.__version__}, numpy {np.__version__}, mzlib {mzlib.__version__}")
