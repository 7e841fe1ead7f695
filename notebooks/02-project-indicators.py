# %% [markdown]
# # Project indicators: will each region reach its 2025 targets?
#
# Every target the documents set is judged here: met already, on track, or how far off, and
# whether the documents' own claims of progress stand against their numbers. For each region and
# indicator with a target, the notebook builds the dated series the documents print (with the
# baselines they print or imply, and the corrections the checks of notebook 01 give, beside the
# printed values), projects it to the horizon with several simple methods, judges the target with
# the open-sdg progress measure (with the linear and logit scales as a sensitivity) and with the
# mid-term check "时间过半、任务过半", and holds the documents' claims against the results.
#
# - **Inputs:** `data/processed/figures.csv` and `checks.csv` (notebook 01);
#   `data/reference/indicators.csv`, `claim_phrases.csv`; `data/raw/MANIFEST.csv` and the
#   documents' text.
# - **Outputs:** `data/processed/projections.csv` (one row per region, indicator, year-end and
#   method, plus the `spread` between methods), `assessment.csv` (one row per region and indicator
#   with a target), `claims.csv` (one row per claim and indicator it speaks of);
#   `reports/figures/projection-dibao-rural-urban-ratio.png` (Figure 1).
# - **Shows:** observations per series (Table 1); status by region (Table 2); trajectories of the
#   key indicators (Figures 1-3) and their assessment (Table 3); a status grid (Figure 4); the
#   verdicts that depend on the scale (Table 4); the largest gaps and what single values would
#   now need (Table 5); the mid-term check (Table 6); corrections, suspect values and flags
#   (Table 7); expired and borrowed targets (Tables 8-9); the documents' claims against the numbers
#   (Table 10); a reading generated from the results.
#
# All computation is in `mzlib.analysis` (`series`, `timeline`, `corrections`, `restated`,
# `projection`, `progress`, `assessment`, `claims`, `reading`, `parameters`) and
# `mzlib.extract.claims`; plots in `mzlib.report.plotting`. Every row of every table names the figure
# ids it rests on (`figure_ids`), which lead back to a verbatim quote in `figures.csv`.

# %% tags=["parameters"]
HORIZON = 2025
METHODS = ("linear", "cagr", "logistic", "ols")
ON_TRACK = 0.95
ACCELERATION = 0.60
BOUND_TOLERANCE = 0.01
USE_CORRECTIONS = True
KEY_INDICATORS = ("dibao_rural_urban_ratio", "eco_burial_rate", "nursing_bed_share")
REGION = None

# %%
import platform

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import Markdown, display

import mzlib
from mzlib.targets import assessment as assess_mod
from mzlib.targets import parameters, reading, judge
from mzlib.core import paths
from mzlib.core.outputs import read_processed
from mzlib.report import links, plotting, session
from mzlib.sources import manifest
from mzlib.sources.convert import document_text
from mzlib.sources.registry import load_registry

plotting.setup()
session.short_errors()
pd.set_option("display.max_colwidth", 90)
pd.set_option("display.precision", 3)

# %% [markdown]
# ## Method
#
# **Dates.** Every value is dated at the precision the document prints: `截至2023年3月底` is
# 2023-03-31. Time is counted in decimal years aligned on year ends (2023-12-31 is 2023.0,
# 2023-03-31 is 2022.247). A year-only value is a year-end value, unless its document was issued
# before that year ended: it is then dated at the document's as-of date, the date it prints most
# often for that year (Tai'an's 完成值 column: 2023-03-31). A plan period 2021-2025 (manifest) runs
# from 2020.0 to 2025.0, and `time_progress` is the share of it elapsed at the latest value.
#
# **Series.** Mapped indicators only. Baselines printed, or derived by the extractor from a level
# and its printed change (`1783人,比2020年增长50%` gives 1,188.67 for 2020). A prose figure that
# restates a table row (same value, same subject) lends the row its date and its derived baseline.
# Where a check of notebook 01 gives a corrected value, it is used and the printed one is kept
# beside it (`value_basis`, `status_if_printed`); a value that an error check flags without a
# correction, against a value printed twice in agreement, is suspect and left out of trends. The
# rural/urban ratio is `100 * rural / urban` where both standards are printed and no ratio is. A
# city without a target of its own is judged against its province's (`target_source` `province`);
# a target a city prints by quoting the province's plan is the province's (`province_quoted`).
#
# **Projection methods**, from the first $(t_0, y_0)$ and the last value $(t_1, y_1)$: linear,
# constant growth (CAGR), logistic (linear in the logit of the share of the natural range, for
# bounded indicators) and an OLS trend with a 95% prediction interval (three or more values).
# Projections stop at the bounds and never fall back past a met target. Most series have one or two
# values: the grey band is the **spread between methods**, not a confidence interval.
#
# **Progress (primary): the open-sdg measure.** With baseline $x_0$ at $t_0$, latest value $x_t$
# at $t$ and target $x_T$ at $T$, $R$ is the observed over the required annual change. For a level
# (a count, an amount) both are compound growth rates:
#
# $$R = \frac{(x_t / x_0)^{1/(t - t_0)} - 1}{(x_T / x_0)^{1/(T - t_0)} - 1}$$
#
# For a share bounded on both sides they are changes in percentage points,
# $R = \frac{(x_t - x_0)/(t - t_0)}{(x_T - x_0)/(T - t_0)}$: its distance to the target is in
# points, the mid-term check below reads the same scale, and compound growth from a small base
# overstates progress without limit (`primary_scale`; `mzlib.targets.assessment.primary_scales`).
# `achieved` when the latest value meets the target, whatever the trend; else `on_track` for
# $R \ge$ `ON_TRACK`, `needs_acceleration` for `ACCELERATION` $\le R <$ `ON_TRACK`,
# `limited_progress` for $0 \le R <$ `ACCELERATION`, `regressing` below 0 (or when a met target is
# lost); `insufficient_data` without a baseline and a later value (`no_verdict_reason` says which).
# Where a value is zero the linear ratio stands in.
#
# **Momentum.** A trend status resting only on values from before the plan period
# (`trend_period` `pre_plan`) is the region's pace before the plan, not progress under it; the
# reading counts it apart.
#
# **Sensitivity.** The same ratio on the other scales: linear, compound growth and, for bounded
# indicators, logit (values within `BOUND_TOLERANCE` of the bound count as on it): `status_linear`,
# `status_cagr`, `status_logit` and `scales_agree`. A verdict that changes with the scale is marked
# ≠ in Figure 4 and listed in Table 4.
#
# **时间过半、任务过半.** `share_of_distance_covered` $= (x_t - x_0)/(x_T - x_0)$ against
# `time_progress`; `keeps_pace` when the first is at least the second. With a single value, the
# most favourable baseline (the natural bound, 0% for a rate) decides it when even that falls short
# (`pace_basis` `bound`).
#
# **Expired targets** (dated before the end of `HORIZON`) are judged at their date and kept out of
# the horizon's tables. **Claims** are the documents' statements of completion and schedule
# (`data/reference/claim_phrases.csv`), about an indicator or the whole plan, judged against the
# status and the mid-term check.

# %% [markdown]
# ## Load

# %%
figures = read_processed("figures", producer="notebooks/01-clean-figures")
checks = read_processed("checks", producer="notebooks/01-clean-figures")
registry = load_registry()
documents = manifest.load_manifest()
texts = {f: document_text(paths.RAW_DATA_DIR / f).text for f in documents["file"]}
run_parameters = {"HORIZON": HORIZON, "METHODS": METHODS, "ON_TRACK": ON_TRACK, "ACCELERATION": ACCELERATION,
                  "BOUND_TOLERANCE": BOUND_TOLERANCE, "USE_CORRECTIONS": USE_CORRECTIONS,
                  "KEY_INDICATORS": KEY_INDICATORS, "REGION": REGION}
P = parameters.validate(run_parameters, documents, registry)
names = dict(zip(registry["indicator_id"], registry["name_en"]))
units = dict(zip(registry["indicator_id"], registry["unit_std"]))
print(f"{len(figures)} figures ({(figures['indicator_id'] != 'unmapped').sum()} mapped) from "
      f"{figures['doc'].nunique()} documents; {len(checks)} check rows; showing "
      f"{P['REGION'] or 'every region'}")

# %% [markdown]
# ## Process
#
# Every region is computed; `REGION` only chooses what the tables below show.

# %%
results = judge.judge_targets(figures, checks, registry, documents, texts, P)
all_series, projections, spread = results["series"], results["projections"], results["spread"]
assessment, claims = results["assessment"], results["claims"]
ts, shown = (parameters.shown(frame, P["REGION"]) for frame in (all_series, assessment))
shown_claims = parameters.shown(claims, P["REGION"])
horizon = assess_mod.horizon_rows(shown)
print(f"{len(all_series.groupby(['region', 'indicator_id']))} series, {len(assessment)} targets "
      f"({assessment['expired'].sum()} expired); {len(projections)} projected values; {len(claims)} claim rows")

# %% [markdown]
# **Table 1. Observations per series** (region and indicator; suspect values not counted), for all
# series and for those with a target.

# %%
usable = ts[(ts["kind"] == "actual") & ~ts["suspect"]]
points = usable.groupby(["region", "indicator_id"]).size()
with_target = shown.set_index(["region", "indicator_id"])["n_points"]
pd.DataFrame({"all series": points.value_counts(), "series with a target": with_target.value_counts()}
             ).fillna(0).astype(int).rename_axis("observations").sort_index()

# %% [markdown]
# **Table 2. Status by region**, targets of the horizon (primary measure).

# %%
pd.crosstab(horizon["region"], pd.Categorical(horizon["status"], categories=assess_mod.STATUSES),
            margins=True, margins_name="total", dropna=False).rename_axis(columns="status")

# %% [markdown]
# **Figures 1-3. Trajectories of the key indicators.** Dots: values as printed, at their dates
# (open: derived from printed figures; crosses: suspect values left out); lines: each method from
# the latest value; grey band: the spread between methods; star: the target (with its comparator,
# and "province" where it is the province's). One panel per region.

# %%
charts = {}
for indicator in P["KEY_INDICATORS"]:
    regions = sorted(set(ts.loc[(ts["indicator_id"] == indicator) & ts["value"].notna(), "region"]))
    if regions:
        charts[indicator] = plotting.trajectory_chart(ts, projections, spread, indicator, names[indicator],
                                                      units[indicator], regions)
        plt.show()

# %% [markdown]
# The points of Figures 1-3, each linked to the sentence or table row it was read from (a derived
# value links to the figures it was derived from).

# %%
chart_points = ts[ts["indicator_id"].isin(P["KEY_INDICATORS"]) & ts["value"].notna()]
links.evidence_table(chart_points[["indicator_id", "region", "kind", "date", "date_basis", "comparator", "value",
                                   "value_printed", "unit_std", "derived", "suspect", "target_source",
                                   "figure_ids"]], name="figure-1-3-points")

# %% [markdown]
# **Table 3. Assessment of the key indicators**: baseline and latest value with their dates, the
# target, each method's value at the end of the target year, R and the status under each scale.

# %%
key_columns = ["region", "indicator_en", "baseline_date", "baseline", "latest_date", "latest", "comparator",
               "target", "target_date", "target_source", *[f"projected_{m}" for m in P["METHODS"]],
               "methods_reaching_target", "ratio_R", "status", "status_linear", "status_logit", "figure_ids",
               "target_id"]
links.evidence_table(horizon.loc[horizon["indicator_id"].isin(P["KEY_INDICATORS"]), key_columns], name="table-3")

# %% [markdown]
# **Figure 4. Status grid** (primary measure): every registry indicator with a target for the
# horizon (rows) in every region (columns); ≠ marks a status that differs on another scale. Targets
# on printed subjects the registry lacks are in the last table, with suggestions.

# %%
grid = plotting.status_grid(assess_mod.registry_series_rows(horizon), names)
plt.show()

# %% [markdown]
# The cells of Figure 4: every verdict with the figures it rests on. In every table, a status links
# to its target's page: the figures with their roles and quotes, the arithmetic, the computation of
# the verdict, the projections, checks and claims.

# %%
links.evidence_table(horizon.sort_values(["status", "region", "indicator_en"])[
    ["status", "region", "indicator_en", "latest_date", "latest", "comparator", "target", "target_date",
     "target_source", "unit_std", "scales_agree", "figure_ids", "target_id"]], name="figure-4-cells")

# %% [markdown]
# **Table 4. Verdicts that depend on the scale** of change: R and the status on each scale.

# %%
links.evidence_table(horizon.loc[~horizon["scales_agree"], [
    "region", "indicator_en", "baseline_date", "baseline", "latest_date", "latest", "target", "ratio_R", "status",
    "ratio_R_linear", "status_linear", "ratio_R_logit", "status_logit", "figure_ids", "target_id"]], name="table-4")

# %% [markdown]
# **Table 5. The largest gaps to target** (not achieved, with a value), by the share of the target
# still to go (direction-aware), with the annual change the target now needs from the latest value
# (absolute and compound) and what the projections give at the end of the target year.

# %%
links.evidence_table(assess_mod.largest_gaps(shown)[
    ["region", "indicator_en", "unit_std", "latest_date", "latest", "comparator", "target", "gap_to_target",
     "gap_pct_of_target", "n_points", "required_annual_change_from_latest_abs", "required_growth_from_latest",
     "projected_min", "projected_max", "status", "figure_ids", "target_id"]], name="table-5")

# %% [markdown]
# **Table 6. 时间过半、任务过半.** Share of the plan period elapsed at the latest value against the
# share of the distance to the target covered (or, for a single value, the most it can have covered).

# %%
links.evidence_table(horizon.loc[horizon["time_progress"].notna() & (horizon["status"] != "achieved"), [
    "region", "indicator_en", "baseline_date", "baseline", "latest_date", "latest", "target", "time_progress",
    "share_of_distance_covered", "share_of_distance_max", "keeps_pace", "pace_basis", "status", "figure_ids",
    "target_id"]],
    name="table-6")

# %% [markdown]
# **Table 7. Corrections, suspect values and check flags** on the values the verdicts use: the
# printed and the used value, the status with each, and the failing checks citing the figures.

# %%
flagged = shown[(shown["value_basis"] == "corrected") | shown["note"].str.contains("left out:")
                | (shown["check_flags"] != "")]
links.evidence_table(flagged[["region", "indicator_en", "latest_printed", "latest", "value_basis", "status",
                              "status_if_printed", "corrections", "check_flags", "figure_ids", "note", "target_id"]],
                     name="table-7")

# %% [markdown]
# **Table 8. Expired targets**: dated before the end of the horizon year, judged at their date.

# %%
links.evidence_table(shown.loc[shown["expired"], [
    "region", "indicator_en", "target_date", "comparator", "target", "latest_date", "latest",
    "verdict_at_target_date", "status", "gap_to_target", "required_annual_change_from_latest_abs", "figure_ids",
    "note", "target_id"]], name="table-8")

# %% [markdown]
# **Table 9. Borrowed targets**: a province's target applied to a city, with the cascade checks of
# notebook 01 that compare city and province figures (`cascade_*` in `checks.csv`).

# %%
borrowed = horizon[horizon["target_source"] != "own"]
cascade = parameters.shown(checks[checks["check"].astype(str).str.startswith("cascade")], P["REGION"], "region_en")
display(links.evidence_table(borrowed[["region", "indicator_en", "target_source", "target_region", "comparator",
                                       "target", "latest", "status", "figure_ids", "target_id"]], name="table-9a"))
links.evidence_table(cascade[["check", "result", "region_en", "arithmetic", "message", "figure_ids"]],
                     name="table-9b")

# %% [markdown]
# **Table 10. The documents' claims against their own numbers.** One row per claim and indicator
# it speaks of; a claim about the whole plan is judged against every target the plan sets.

# %%
links.evidence_table(shown_claims[["verdict", "region", "scope", "claim", "count", "phrase", "indicator_en",
                                   "computed_status", "explanation", "figure_ids"]], name="table-10")

# %% [markdown]
# **Table 11. Printed targets without a verdict, and targets on subjects the registry lacks**: every
# figure of kind `target` is in `assessment.csv`; these rows say why they have no verdict
# (`no_verdict_reason`) or that they were judged on their printed subject (`subject:...`), with the
# registry indicator the extractor found closest (`suggested_indicator`, empty when none is close).

# %%
unjudged = shown[shown["indicator_id"].str.startswith("subject:") | (shown["no_verdict_reason"] != "")]
print(unjudged["no_verdict_reason"].replace("", "judged").value_counts().to_string())
links.evidence_table(unjudged[["target_id", "region", "indicator_id", "target", "unit_std", "status",
                               "no_verdict_reason", "suggested_indicator", "figure_ids"]], name="table-11")

# %% [markdown]
# ## Reading
#
# Generated from the results above (`mzlib.targets.reading`), for the region shown.

# %%
headline = reading.headline(shown, shown_claims, P["HORIZON"])
Markdown(reading.reading_markdown(headline, names))

# %% [markdown]
# ## Save
#
# Only a run with every parameter at its default writes the outputs (`mzlib.targets.parameters`).
# `projections.csv` holds each method's projections and, as method `spread`, the median of the
# methods with their minimum and maximum.

# %%
first_chart = P["KEY_INDICATORS"][0]
written, message = parameters.save_outputs(
    {"projections": results["projections_out"], "assessment": assessment, "claims": claims}, run_parameters,
    {f"projection-{first_chart.replace('_', '-')}.png": charts[first_chart]} if first_chart in charts else {})
print(f"projections: {len(results['projections_out'])} rows; assessment: {len(assessment)} rows; "
      f"claims: {len(claims)} rows; {message}")

# %% tags=["nbval-ignore-output"]
print(f"python {platform.python_version()}, pandas {pd.__version__}, numpy {np.__version__}, mzlib {mzlib.__version__}")
