# %% [markdown]
# # Project indicators: will each region reach its 2025 targets?
#
# Every target the documents set is judged here: met already, on track, or how far off. For each
# region and indicator with a target, the notebook builds the time series the documents print (plus
# the derived rural/urban minimum-living-standard ratio), projects it to the horizon year with
# several simple methods, judges the target with the anticipated-progress ratio used in SDG
# monitoring and with the mid-term check "时间过半、任务过半", and compares the verdicts with what
# the documents themselves claim.
#
# - **Inputs:** `data/processed/figures.csv` (notebook 01); `data/reference/indicators.csv`;
#   `data/raw/MANIFEST.csv`.
# - **Outputs:** `data/processed/projections.csv` (one row per region, indicator, year and method,
#   plus the `spread` between methods), `data/processed/assessment.csv` (one row per region and
#   indicator with a target); `reports/figures/projection-dibao-rural-urban-ratio.png` (Figure 1,
#   the first key indicator).
# - **Shows:** how many points each series has (Table 1); status counts by region (Table 2);
#   a trajectory chart per key indicator (Figures 1-3) with their assessment (Table 3); a status
#   grid of regions by indicators (Figure 4); the largest gaps to target (Table 4); the mid-term
#   check (Table 5); the documents' claims against the computed status (Tables 6-7); a short
#   reading of the results.
#
# All computation is in `mzlib.series`, `mzlib.projection` and `mzlib.assessment`; plots in
# `mzlib.plotting`. Every row of the outputs names the figure ids it rests on (`figure_ids`), which
# lead back to a verbatim quote in `figures.csv`.

# %% tags=["parameters"]
HORIZON = 2025
METHODS = ("linear", "cagr", "logistic", "ols")
ON_TRACK = 0.95
ACCELERATION = 0.60
KEY_INDICATORS = ["dibao_rural_urban_ratio", "eco_burial_rate", "nursing_bed_share"]
REGION = None
SAVE_OUTPUTS = True

# %%
import platform

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

import mzlib
from mzlib.analysis import assessment as assess_mod
from mzlib.sources import manifest
from mzlib.core import paths
from mzlib.report import links, plotting
from mzlib.analysis import projection
from mzlib.analysis import series
from mzlib.core.outputs import read_processed, write_processed

plotting.setup()
pd.set_option("display.max_colwidth", 80)
pd.set_option("display.precision", 3)

# %% [markdown]
# ## Method
#
# **Series.** One series per (region, indicator): the observed values (`actual`) and the targets.
# The rural/urban minimum-living-standard ratio is `100 * rural / urban` (both annualised, yuan per
# person per year) wherever a document prints both standards for a region and year; a printed ratio
# wins (`54%`, or `1.27:1` read as its inverse, 78.74%) and the derived value goes into its note.
# A city without a target of its own gets its province's target (`target_source` = `province`).
#
# **Projection methods**, from the first observation $(t_0, y_0)$ and the last $(t_1, y_1)$:
#
# - linear: $y(t) = y_1 + \frac{y_1 - y_0}{t_1 - t_0}(t - t_1)$;
# - constant growth (CAGR): $y(t) = y_1 (y_1 / y_0)^{(t - t_1)/(t_1 - t_0)}$, only for positive values;
# - logistic, for indicators with both natural bounds $[L, U]$ (rates, shares):
#   $z = \log\frac{p}{1-p}$ with $p = \frac{y - L}{U - L}$ changes by a constant amount per year, so
#   the projection never leaves $[L, U]$;
# - OLS trend with a 95% prediction interval, only for series with three or more points.
#
# Every projection is clamped to the indicator's bounds, and a series that already meets its
# target is never projected back past it. **Most series here have one or two points** (Table 1): a
# two-point trend has no statistical interval. The grey band in the figures and `lower`/`upper` of
# the `spread` rows in `projections.csv` are the **spread between methods**: how much the answer
# depends on the assumed shape of growth. It is not a confidence interval.
#
# **Anticipated progress** (as in SDG monitoring). With baseline $x_0$ in year $t_0$, latest value
# $x_t$ in year $t$ and target $x_T$ for year $T$, on a scale $f$:
#
# $$R = \frac{(f(x_t) - f(x_0)) / (t - t_0)}{(f(x_T) - f(x_0)) / (T - t_0)}$$
#
# $f$ is $\log$ (R is the ratio of compound growth rates) for positive unbounded indicators, and the
# logit of the share of the range for bounded ones. Near a bound the logit measures how fast the
# remaining gap closes; values within 1% of the range of the bound the target lies towards count as
# on it, so a 100% target stays reachable. R is direction-aware (+1 or -1 from the printed
# comparator, else from the registry): it is negative when a series moves away from its target.
# The baseline is the observation nearest the year before the plan period; where the documents print
# nothing from inside the period yet (Yunnan's plan reports 2020), the required change is counted
# from the latest value, so R says whether the past trend, continued, would reach the target.
#
# **Status**, in this order: `insufficient_data` without a latest value; `achieved` when the latest
# value meets the target, whatever the trend; `insufficient_data` without an earlier point;
# `regressing` when the target was met and no longer is; then `on_track` for R ≥ `ON_TRACK`,
# `needs_acceleration` for `ACCELERATION` ≤ R < `ON_TRACK`, `limited_progress` for 0 ≤ R <
# `ACCELERATION` and `regressing` for R < 0 (defaults 0.95 and 0.60).
#
# **时间过半、任务过半** (half the time, half the task), the check Chinese mid-term reviews use:
# `time_progress` $= (t - t_0)/(T - t_0)$ against `share_of_distance_covered`
# $= (x_t - x_0)/(x_T - x_0)$; a series keeps pace when the second is at least the first. It needs
# a baseline and a value from inside the plan period.

# %% [markdown]
# ## Load
#
# `figures.csv` comes back with pandas' nullable dtypes (`string`, `Int64`, `Float64`); the series
# functions convert what they compute with to plain floats.

# %%
figures = read_processed("figures", producer="notebooks/01-clean-figures")
registry = pd.read_csv(paths.REFERENCE_DATA_DIR / "indicators.csv", keep_default_na=False, na_values=[""])
documents = manifest.load_manifest()
names = dict(zip(registry["indicator_id"], registry["name_en"]))
units = dict(zip(registry["indicator_id"], registry["unit_std"]))
print(f"{len(figures)} figures from {figures['doc'].nunique()} documents; "
      f"value_std is {figures['value_std'].dtype}, year is {figures['year'].dtype}")

# %% [markdown]
# ## Process
#
# **Table 1. Observations per series** (region and indicator), for all series and for those with a
# target. A series with one point has no trend; with two, the methods are exact interpolations of
# the same two numbers and differ only in shape.

# %%
all_series = series.build_series(figures, registry, documents)
ts = all_series if REGION is None else all_series[all_series["region"] == REGION]
points = ts[ts["kind"] == "actual"].groupby(["region", "indicator_id"]).size()
targeted = ts.loc[ts["kind"] == "target", ["region", "indicator_id"]].drop_duplicates()
with_target = points.reindex(pd.MultiIndex.from_frame(targeted), fill_value=0)
pd.DataFrame({"all series": points.value_counts(), "series with a target": with_target.value_counts()}
             ).fillna(0).astype(int).rename_axis("observations").sort_index()

# %%
projections = projection.project(ts, horizon=HORIZON, methods=METHODS)
spread = projection.method_spread(projections)
params = {"on_track": ON_TRACK, "acceleration": ACCELERATION, "horizon": HORIZON}
assessment = assess_mod.assess(ts, projections, params)
assessment.insert(2, "indicator_en", assessment["indicator_id"].map(names))
claims = assess_mod.compare_claims(assessment, figures, documents)
print(f"{len(ts.groupby(['region', 'indicator_id']))} series, {len(assessment)} with a target; "
      f"{len(projections)} projected values by {projections['method'].nunique()} methods to {HORIZON}")

# %% [markdown]
# **Table 2. Status by region.** Number of targets in each status.

# %%
pd.crosstab(assessment["region"], pd.Categorical(assessment["status"], categories=assess_mod.STATUSES),
            margins=True, margins_name="total", dropna=False).rename_axis(columns="status")

# %% [markdown]
# **Figures 1-3. Trajectories of the key indicators.** Dots: values as printed (open dots: the
# ratio derived from the two printed standards); lines: each projection method from the latest
# value; grey band: the spread between methods; star: the target (with its comparator, and
# "province" where the province's target applies). One panel per region.

# %%
charts = {}
for indicator in KEY_INDICATORS:
    regions = sorted(set(ts.loc[(ts["indicator_id"] == indicator) & ts["value"].notna(), "region"]))
    charts[indicator] = plotting.trajectory_chart(ts, projections, spread, indicator,
                                                  names[indicator], units[indicator], regions)
    plt.show()

# %% [markdown]
# The points of Figures 1-3, each linked to the sentence or table row it was read from (a derived
# ratio links to both standards).

# %%
chart_points = ts[ts["indicator_id"].isin(KEY_INDICATORS) & ts["value"].notna()]
links.evidence_table(chart_points[["indicator_id", "region", "kind", "year", "comparator", "value", "unit_std",
                                   "derived", "target_source", "figure_ids"]], name="figure-1-3-points")

# %% [markdown]
# **Table 3. Assessment of the key indicators**: the status first, then whether all, some or none
# of the methods reach the target, R, baseline, latest value, target, each method's value in the
# target year, and the figures behind the verdict.

# %%
key_columns = ["region", "indicator_en", "baseline_year", "baseline", "latest_year", "latest", "comparator",
               "target", "target_year", "target_source", *[f"projected_{m}" for m in METHODS],
               "methods_reaching_target", "ratio_R", "status", "figure_ids"]
links.evidence_table(assessment.loc[assessment["indicator_id"].isin(KEY_INDICATORS), key_columns],
                     name="table-3")

# %% [markdown]
# **Figure 4. Status grid**: every indicator with a target (rows) in every region (columns).

# %%
grid = plotting.status_grid(assessment, names)
plt.show()

# %% [markdown]
# The cells of Figure 4: every verdict with the figures it rests on.

# %%
links.evidence_table(assessment.sort_values(["status", "region", "indicator_en"])[
    ["status", "region", "indicator_en", "latest_year", "latest", "comparator", "target", "target_year",
     "target_source", "unit_std", "figure_ids"]], name="figure-4-cells")

# %% [markdown]
# **Table 4. The largest gaps to target.** Targets not yet achieved that have a latest value,
# ordered by the remaining gap as a share of the target (direction-aware: positive means short of
# it). The last columns say what the projections give in the target year.

# %%
gaps = assessment[(assessment["status"] != "achieved") & assessment["latest"].notna()].assign(
    gap=assessment["direction"] * (assessment["target"] - assessment["latest"]))
gaps = gaps.assign(gap_pct_of_target=100 * gaps["gap"] / gaps["target"].abs())
gaps.sort_values("gap_pct_of_target", ascending=False)[
    ["region", "indicator_en", "unit_std", "latest_year", "latest", "comparator", "target", "gap",
     "gap_pct_of_target", "n_points", "projected_min", "projected_max", "methods_reaching_target", "status"]
].head(12).round(3)

# %% [markdown]
# **Table 5. 时间过半、任务过半.** Series with a baseline and a value from inside the plan period:
# the share of the plan period elapsed against the share of the distance to the target covered.

# %%
assessment.loc[assessment["time_progress"].notna(),
               ["region", "indicator_en", "baseline_year", "baseline", "latest_year", "latest", "target",
                "time_progress", "share_of_distance_covered", "keeps_pace", "status"]].round(3)

# %% [markdown]
# **Table 6. What the documents claim against the computed status.** Wenshan prints a 是否完成
# (completed?) column; Tai'an prints a completed value (完成值) beside each target, whose comparison
# with the target is the implied claim. A claim of "achieved" agrees with the status `achieved`;
# "not achieved" agrees with any other status, including `insufficient_data`.

# %%
claims.insert(2, "indicator_en", claims["indicator_id"].map(names))
claims[["region", "indicator_en", "claim_text", "claimed", "computed", "agrees", "note"]]

# %% [markdown]
# **Table 7. Claims by computed status**, and the disagreements, if any.

# %%
pd.crosstab(claims["claimed"].replace("", "(no claim)"), claims["computed"], margins=True, margins_name="total")

# %%
claims.loc[claims["agrees"].eq(False), ["region", "indicator_en", "claim_text", "claimed", "computed"]]

# %% [markdown]
# ## Reading
#
# - **Most targets are judged on their level, not on a trend.** The mid-term reviews (Wenshan,
#   Tai'an) print one value beside each target, so Table 2's `achieved` and `insufficient_data`
#   columns dominate: a target is either met already or there is nothing to extrapolate from. R can
#   be computed only for the few series with two or more points (Table 1).
# - **Where the series are short, the method matters more than the data.** In Table 3 and
#   Figures 1-3 the spread between methods is wide wherever a share starts low: constant growth
#   runs to the 100% bound while the straight line stays well short (Yunnan's nursing-bed share
#   spans 47% to 100% against a target of at least 55%). `methods_reaching_target` = `some` marks
#   these: the verdict depends on an assumption the two points cannot test.
# - **The rural/urban dibao ratio** rises everywhere it is printed twice. Tai'an is above its target
#   (the inverse of 1.3:1) already; Lincang, judged against Yunnan's 75%, is on track and keeps pace
#   with the plan period (Table 5). Wenshan (54% in 2023 against 75%) and Yunnan (60% in 2020)
#   print one value each and stay `insufficient_data`; their distance to target is in Table 4.
# - **R and the mid-term check can disagree.** Tai'an's licensed social workers grow at the
#   compound rate the target needs (R near 1, `on_track`) yet cover less of the distance than of the
#   time (Table 5): compound growth back-loads the absolute increase that 时间过半、任务过半 counts
#   linearly.
# - **The largest gaps** (Table 4) are Wenshan's: ecological burial, cross-province marriage
#   registration and the relief-facility system are far from target with one point each, and
#   Wenshan itself reports them as not completed. Among series with a trend, Yunnan's community
#   day-care coverage shows limited progress: at its 2015-2020 pace no method comes near 90% by 2025.
# - **Logit scale and straight lines can disagree near a bound.** Yunnan's county coverage of funeral
#   homes: the linear and constant-growth projections reach 100%, yet R on the logit scale says
#   limited progress, because closing the last ten points to a 100% target needs faster relative
#   progress than the series showed.
# - **The documents' claims agree with the computed status** wherever both exist (Tables 6-7; any
#   disagreement would be listed under Table 7). The agreement is weakest for Wenshan's 未完成 rows:
#   "not achieved" matches `insufficient_data`, which says only that one point cannot show a trend.

# %% [markdown]
# ## Save
#
# `projections.csv` holds each method's projections and, as method `spread`, the median of the
# methods (`value`) with their minimum and maximum (`lower`, `upper`).

# %%
spread_rows = spread.drop(columns="n_methods")
projections_out = pd.concat([projections, spread_rows], ignore_index=True).sort_values(
    ["region", "indicator_id", "method", "year"], kind="stable", ignore_index=True)
if SAVE_OUTPUTS:
    write_processed(projections_out[projection.PROJECTION_COLUMNS], "projections")
    write_processed(assessment, "assessment")
    charts[KEY_INDICATORS[0]].savefig(
        paths.FIGURES_DIR / f"projection-{KEY_INDICATORS[0].replace('_', '-')}.png", metadata={"Software": None})
print(f"projections: {len(projections_out)} rows; assessment: {len(assessment)} rows; saved: {SAVE_OUTPUTS}")

# %% tags=["nbval-ignore-output"]
print(f"python {platform.python_version()}, pandas {pd.__version__}, numpy {np.__version__}, mzlib {mzlib.__version__}")
