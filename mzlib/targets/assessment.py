"""Judge every target: the open-sdg progress measure, its sensitivity, and the mid-term check.

For each (region, indicator) with a target (the one nearest the horizon, :func:`pick_target`):

* **values**: the latest usable observation (suspect values are left out) and a baseline, the
  observation before it nearest the start of the plan period (printed or derived baselines alike);
  both with their dates (``baseline_date``, ``latest_date``, decimal years ``baseline_t``,
  ``latest_t``); where a check corrected a value the corrected one is used and the printed one
  shown beside it (``value_basis`` says which), with ``status_if_printed``, the status the printed
  values give;
* **progress** (:mod:`mzlib.targets.progress`): observed and required annual change from the
  baseline, R and the status on the primary scale (``primary_scale``, :func:`primary_scales`:
  linear for a bounded share, compound growth for other levels), and as sensitivity the status on
  the linear, compound-growth and logit scales, with ``scales_agree``;
* **the mid-term check 时间过半、任务过半**: ``time_progress``, the share of the plan period (from
  the manifest; the target's document, or the province's for a province target) elapsed at the
  latest date; ``share_of_distance_covered`` from the baseline to the target;
  ``keeps_pace`` when the second is at least the first. A single value still decides it when even
  the most favourable baseline (the natural bound, e.g. 0%) could not make it keep pace
  (``pace_basis`` "bound"); a met target keeps pace (``pace_basis`` "target met");
* **distance**: ``gap_to_target`` (direction-aware, positive: short of it) and the annual change
  it would now need, absolute and compound (for every series, single points included);
* **trend_period**: ``in_plan`` when the latest value lies after the start of the plan period,
  ``pre_plan`` when every value used is from before it (Yunnan's 2015-2020 values judged against
  its 2025 targets): a trend status of a ``pre_plan`` row is **momentum**, the pace the region had
  before the plan, not progress under it, and :func:`is_momentum` keeps it apart in every
  headline; empty without a latest value;
* **expired targets**: a target dated before the end of the horizon year (Haicheng's 年底前 goals
  for 2020) is judged at its date: ``verdict_at_target_date`` met or missed from the first value
  on or after it (status ``achieved`` or ``missed``), else the progress status up to that date;
  ``expired`` keeps such rows out of the horizon's tables.
"""

from __future__ import annotations

import dataclasses
import re

import numpy as np
import pandas as pd

from mzlib.targets.corrections import ID_SEP
from mzlib.targets.parameters import DEFAULTS
from mzlib.targets.progress import agreement, annual_changes, classify, compound_growth
from mzlib.targets.projection import METHODS, pick_target
from mzlib.targets.timeline import from_decimal_year, iso, time_elapsed
from mzlib.core.scales import meets_target

STATUSES = ("achieved", "on_track", "needs_acceleration", "limited_progress", "regressing", "missed",
            "insufficient_data")
TREND_STATUSES = ("on_track", "needs_acceleration", "limited_progress", "regressing")
TREND_PERIODS = ("in_plan", "pre_plan")
COLUMNS = [
    "target_id", "region", "indicator_id", "unit_std", "direction",
    "baseline_date", "baseline_t", "baseline", "baseline_printed",
    "latest_date", "latest_t", "latest", "latest_printed", "value_basis",
    "target", "comparator", "target_date", "target_t", "target_source", "target_region", "expired",
    "n_points", "n_suspect_left_out", "plan_start", "plan_end", "primary_scale",
    "observed_annual_change", "required_annual_change", "observed_annual_change_abs",
    "required_annual_change_abs", "ratio_R", "status",
    "trend_period", "ratio_R_linear", "status_linear", "ratio_R_cagr", "status_cagr", "ratio_R_logit", "status_logit", "scales_agree", "status_if_printed",
    *[f"projected_{m}" for m in METHODS], "projected_ols_lower", "projected_ols_upper",
    "projected_min", "projected_max", "methods_reaching_target",
    "time_progress", "share_of_distance_covered", "share_of_distance_max", "keeps_pace", "pace_basis",
    "gap_to_target", "required_annual_change_from_latest_abs", "required_growth_from_latest",
    "verdict_at_target_date", "no_verdict_reason", "suggested_indicator", "check_flags", "corrections",
    "figure_ids", "note",
]
NO_VERDICT_REASONS = ("no_value", "single_value", "no_trend", "qualitative_target", "subregion_target",
                      "other_target_judged")


@dataclasses.dataclass(frozen=True)
class AssessmentParams:
    """Thresholds and choices of the assessment; their one source is notebook 02's parameters
    (:data:`mzlib.targets.parameters.DEFAULTS`, see :meth:`from_parameters`).

    Attributes
    ----------
    on_track : float
        Smallest R counted as on track (open-sdg 0.95).
    acceleration : float
        Smallest R counted as needing acceleration rather than limited progress (open-sdg 0.60).
    horizon : int
        Year whose end the tables look to; targets dated earlier are expired.
    bound_tolerance : float
        Logit sensitivity: share of the range within which a value counts as on the bound.
    """

    on_track: float
    acceleration: float
    horizon: int
    bound_tolerance: float

    @classmethod
    def from_parameters(cls, params=None):
        """The assessment's part of notebook 02's parameters (validated ones, or the defaults)."""
        params = {**DEFAULTS, **(params or {})}
        return cls(on_track=params["ON_TRACK"], acceleration=params["ACCELERATION"], horizon=params["HORIZON"],
                   bound_tolerance=params["BOUND_TOLERANCE"])


def effective_direction(comparator, direction):
    """+1/-1 from a printed comparator (">=", ">": +1; "<=", "<": -1), else the registry's."""
    comp = pd.Series(comparator, dtype=object).fillna("").astype(str).str.strip().to_numpy()
    d = np.where(np.asarray(direction, dtype=float) < 0, -1.0, 1.0)
    return np.where(np.isin(comp, [">=", ">"]), 1.0, np.where(np.isin(comp, ["<=", "<"]), -1.0, d))


def _pick_baseline(obs, plan_start_t):
    """The observation nearest the start of the plan period among those before the latest one."""
    earlier = obs.iloc[:-1]
    if earlier.empty:
        return None
    gap = (earlier["t"].astype(float) - plan_start_t).abs()
    return earlier.loc[gap.sort_values(kind="stable").index[0]]


def _slug(text):
    """Lower-case ASCII letters, digits and single hyphens: safe in a URL and a file name."""
    return re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-")


def target_id(region, target_region, figure_ids):
    """A stable, URL- and file-name-safe id of one assessed target.

    Built from the target figure's id (``taian-2023:21792`` -> ``taian-2023-21792``), so it does
    not change when other documents are added; a target copied from the province to a city adds
    the city (``yunnan-2021-5120-for-lincang``).

    Parameters
    ----------
    region, target_region : str
        The region judged and the region whose target it is.
    figure_ids : str
        ``;``-joined figure ids of the target; the first is the target figure.

    Returns
    -------
    str
    """
    first = str(figure_ids).split(ID_SEP)[0]
    ident = _slug(first.replace(":", "-"))
    if target_region and str(target_region) != str(region):
        ident += f"-for-{_slug(region)}"
    return ident


def _ids(*cells):
    """Unique ids of several ``;``-joined cells, in order."""
    seen = []
    for cell in cells:
        for fid in str(cell).split(ID_SEP) if isinstance(cell, str) else []:
            if fid and fid not in seen:
                seen.append(fid)
    return ID_SEP.join(seen)


def _notes(*notes):
    return "; ".join(dict.fromkeys(n for n in notes if isinstance(n, str) and n))


def summarise(series, params):
    """Baseline, latest value and target of every series that has a target.

    Parameters
    ----------
    series : DataFrame
        Output of :func:`mzlib.targets.series.build_series`.
    params : AssessmentParams

    Returns
    -------
    DataFrame
        One row per series with a target: the value columns of :data:`COLUMNS` (region to
        plan_end, check_flags, corrections, figure_ids, note) and verdict_at_target_date.
    """
    targets = pick_target(series, params.horizon)
    actual = series[(series["kind"] == "actual") & series["value"].notna() & series["t"].notna()]
    actual = actual.sort_values("t", kind="stable")
    groups = dict(tuple(actual.groupby(["region", "indicator_id"], sort=False)))
    rows = []
    for (region, indicator), tgt in targets.iterrows():
        rows.append(_summary_row(region, indicator, tgt, groups.get((region, indicator), actual.iloc[:0]),
                                 params))
    out = pd.DataFrame(rows)
    return out


def _summary_row(region, indicator, tgt, obs, params):
    """One row of :func:`summarise`."""
    direction = effective_direction([tgt["comparator"]], [tgt["direction"]])[0]
    usable = obs[~obs["suspect"].astype(bool)] if "suspect" in obs else obs
    suspects = obs[obs["suspect"].astype(bool)] if "suspect" in obs else obs.iloc[:0]
    target_t = float(tgt["t"]) if pd.notna(tgt["t"]) else float(params.horizon)
    expired = target_t < params.horizon - 1e-9
    verdict, notes = "", [tgt["note"]]
    if expired:
        after = usable[usable["t"].astype(float) >= target_t - 1e-9]
        if len(after):
            first = after.iloc[0]
            met = bool(meets_target(first["value"], tgt["value"], tgt["comparator"], direction))
            verdict = "met" if met else "missed"
            notes.append(f"judged at the target date by the value of {first['date']}")
            usable = usable[usable["t"].astype(float) <= float(first["t"]) + 1e-9]
        else:
            notes.append("no value on or after the target date: judged on the values before it")
    latest = usable.iloc[-1] if len(usable) else None
    plan_start = float(tgt["plan_start"]) - 1 if pd.notna(tgt["plan_start"]) else np.nan
    base = _pick_baseline(usable, plan_start)
    used = [r for r in (base, latest) if r is not None]
    notes += [r["note"] for r in used]
    notes += [f"left out: {r['value']:g} ({r['date']}, {r['figure_ids']}), suspect" for _, r in suspects.iterrows()]
    if base is not None and np.isfinite(plan_start) and abs(float(base["t"]) - plan_start) > 0.5:
        notes.append(f"baseline {base['date']} is not at the plan start ({iso(from_decimal_year(plan_start))})")
    corrected = [r["correction"] for r in used if isinstance(r["correction"], str) and r["correction"]]

    def pick(row, column, default=np.nan):
        return row[column] if row is not None else default

    return {
        "target_id": target_id(region, tgt["target_region"], tgt["figure_ids"]),
        "region": region, "indicator_id": indicator, "unit_std": tgt["unit_std"], "direction": direction,
        "lower_bound": tgt["lower_bound"], "upper_bound": tgt["upper_bound"],
        "baseline_date": pick(base, "date", ""), "baseline_t": pick(base, "t"),
        "baseline": pick(base, "value"), "baseline_printed": pick(base, "value_printed"),
        "latest_date": pick(latest, "date", ""), "latest_t": pick(latest, "t"),
        "latest": pick(latest, "value"), "latest_printed": pick(latest, "value_printed"),
        "value_basis": "corrected" if corrected else ("printed" if used else ""),
        "target": tgt["value"], "comparator": tgt["comparator"], "target_date": tgt["date"],
        "target_t": target_t, "target_source": tgt["target_source"], "target_region": tgt["target_region"],
        "expired": expired, "n_points": len(usable), "n_suspect_left_out": len(suspects),
        "plan_start": tgt["plan_start"], "plan_end": tgt["plan_end"],
        "verdict_at_target_date": verdict,
        "check_flags": _ids(*(r["check_flags"] for r in used), tgt["check_flags"]),
        "corrections": "; ".join(corrected),
        "figure_ids": _ids(*(r["figure_ids"] for r in used), tgt["figure_ids"]),
        "note": _notes(*notes),
    }


def _trend_note(n_points):
    """What the number of observations allows one to say."""
    if n_points >= 3:
        return f"{n_points} points: OLS trend with prediction interval"
    if n_points == 2:
        return "2 points: no statistical interval; the spread between methods is the uncertainty"
    return f"{n_points} point(s): no trend"


def primary_scales(lower, upper, ratio_cagr, ratio_linear):
    """The scale each verdict is read on: ``linear`` for a bounded share, else ``cagr``.

    A share bounded on both sides (a rate in %, 0-100) is judged on the linear scale, where its
    distance to the target is in percentage points: compound growth from a small base overstates
    progress without limit (Yunnan's nursing-bed share, 3% to 25% in five years, grows 52.8% a year,
    a pace no share can keep to 55%), and the mid-term check (``share_of_distance_covered``) is
    measured on the linear scale too, so verdict and pace read one scale. Compound growth and
    logit are its sensitivity. An unbounded level (a count, an amount) is judged by the open-sdg
    compound growth rate, the linear scale standing in where a value is zero or negative.

    Returns
    -------
    ndarray of bool
        True where the compound growth scale is primary.
    """
    bounded = np.isfinite(np.asarray(lower, dtype=float)) & np.isfinite(np.asarray(upper, dtype=float))
    return ~bounded & (np.isfinite(ratio_cagr) | ~np.isfinite(ratio_linear))


def _statuses(out, baseline, latest, pr, params):
    """Primary status (:func:`primary_scales`) and the sensitivity statuses."""
    thresholds = (params.on_track, params.acceleration)
    status = {s: classify(latest, baseline, out["target"], out["comparator"], out["direction"], pr[s]["R"],
                          *thresholds) for s in pr}
    use_cagr = primary_scales(out["lower_bound"], out["upper_bound"], pr["cagr"]["R"], pr["linear"]["R"])
    primary = np.where(use_cagr, status["cagr"], status["linear"])
    return primary, np.where(use_cagr, "cagr", "linear"), status


def assess(series, projections, params):
    """Assess every (region, indicator) series that has a target.

    Parameters
    ----------
    series : DataFrame
        Output of :func:`mzlib.targets.series.build_series`.
    projections : DataFrame
        Output of :func:`mzlib.targets.projection.project`.
    params : AssessmentParams or dict
        Thresholds and choices; a dict holds notebook 02's parameters
        (:meth:`AssessmentParams.from_parameters`).

    Returns
    -------
    DataFrame
        One row per series with a target, columns :data:`COLUMNS` (see the module docstring and
        the README's data dictionary).
    """
    if isinstance(params, dict):
        params = AssessmentParams.from_parameters(params)
    out = summarise(series, params)
    if out.empty:
        return pd.DataFrame(columns=COLUMNS)
    args = (out["baseline_t"], out["latest_t"], out["target"], out["target_t"],
            out["lower_bound"].astype(float), out["upper_bound"].astype(float), out["direction"],
            params.bound_tolerance)
    pr = annual_changes(out["baseline"], args[0], out["latest"], *args[1:])
    primary, scale, status = _statuses(out, out["baseline"], out["latest"], pr, params)
    cagr = scale == "cagr"
    out["primary_scale"] = scale
    out["observed_annual_change"] = np.where(cagr, pr["cagr"]["observed"], pr["linear"]["observed"])
    out["required_annual_change"] = np.where(cagr, pr["cagr"]["required"], pr["linear"]["required"])
    out["observed_annual_change_abs"] = pr["linear"]["observed"]
    out["required_annual_change_abs"] = pr["linear"]["required"]
    out["ratio_R"] = np.where(cagr, pr["cagr"]["R"], pr["linear"]["R"])
    out["status"] = primary
    out["ratio_R_linear"], out["status_linear"] = pr["linear"]["R"], status["linear"]
    out["ratio_R_cagr"], out["status_cagr"] = pr["cagr"]["R"], status["cagr"]
    bounded = np.isfinite(out["lower_bound"].astype(float)) & np.isfinite(out["upper_bound"].astype(float))
    out["ratio_R_logit"] = pr["logit"]["R"]
    out["status_logit"] = np.where(bounded, status["logit"], "")
    out["scales_agree"] = agreement(primary, status["linear"], status["cagr"], out["status_logit"])
    printed_pr = annual_changes(out["baseline_printed"], args[0], out["latest_printed"], *args[1:])
    printed_status, _, _ = _statuses(out, out["baseline_printed"], out["latest_printed"], printed_pr, params)
    out["status_if_printed"] = np.where(out["value_basis"] == "corrected", printed_status, primary)
    verdict = out["verdict_at_target_date"]
    out["status"] = np.where(verdict == "met", "achieved", np.where(verdict == "missed", "missed", out["status"]))
    out["trend_period"] = trend_period(out["latest_t"], out["plan_start"])
    out = out.join(_projected_at_target(out, projections))
    _reach(out)
    _midterm(out)
    _distance(out)
    out["note"] = [_notes(_trend_note(n), note) for n, note in zip(out["n_points"], out["note"])]
    out["no_verdict_reason"] = no_verdict_reason(out)
    out["suggested_indicator"] = ""
    return out[COLUMNS]


def no_verdict_reason(out):
    """Why a row has no verdict: ``no_value``, ``single_value`` (no baseline to measure a trend
    from) or ``no_trend`` (R undefined, e.g. a target equal to the baseline); "" when judged."""
    judged = out["status"] != "insufficient_data"
    return np.select([judged, out["latest"].isna(), out["n_points"] <= 1], ["", "no_value", "single_value"],
                     default="no_trend").astype(object)


def registry_series_rows(assessment):
    """The rows of registry indicators' series (one per region and indicator): what the documents'
    claims about their indicators are held against. Rows of printed subjects and of targets no
    series carries are left out: a review's count of its indicators counts the indicators it tabulates."""
    subject = assessment["indicator_id"].astype(str).str.startswith("subject:")
    extra = assessment["no_verdict_reason"].isin(["qualitative_target", "subregion_target", "other_target_judged"])
    return assessment[~subject & ~extra]


def unjudged_targets(figures, judged, series_ids, horizon):
    """A row for every figure of kind target that no assessed row cites, with the reason.

    Parameters
    ----------
    figures : DataFrame
        The figures table (figure_id, kind, region_en, subregion_zh, indicator_id, value_std,
        value_text, unit_std, comparator, date, year, suggested_indicator).
    judged : DataFrame
        Output of :func:`assess`.
    series_ids : Series
        The series each figure belongs to (:func:`mzlib.targets.series.series_ids`).
    horizon : int

    Returns
    -------
    DataFrame
        Columns :data:`COLUMNS`, status ``insufficient_data``, ``no_verdict_reason``
        ``qualitative_target`` (no number printed), ``subregion_target`` (a county or city named
        inside a larger region's text) or ``other_target_judged`` (the series' target nearest the
        horizon is judged in another row); ``suggested_indicator`` the registry's nearest name.
    """
    cited = {i for cell in judged["figure_ids"] for i in str(cell).split(ID_SEP) if i}
    targets = figures[(figures["kind"].astype(str) == "target") & ~figures["figure_id"].astype(str).isin(cited)]
    rows = []
    for index, f in targets.iterrows():
        value = pd.to_numeric(pd.Series([f.get("value_std")]), errors="coerce").iloc[0]
        sub = f.get("subregion_zh")
        reason = ("qualitative_target" if not np.isfinite(value) else
                  "subregion_target" if isinstance(sub, str) and sub.strip() else "other_target_judged")
        year = pd.to_numeric(pd.Series([f.get("year")]), errors="coerce").iloc[0]
        suggestion = f.get("suggested_indicator")
        rows.append({
            "target_id": target_id(f["region_en"], f["region_en"], f["figure_id"]),
            "region": f["region_en"], "indicator_id": series_ids.get(index, f["indicator_id"]),
            "unit_std": f.get("unit_std", ""), "target": value, "comparator": f.get("comparator", ""),
            "target_date": f.get("date", ""), "target_t": year, "target_source": "own",
            "target_region": f["region_en"], "expired": bool(np.isfinite(year) and year < horizon),
            "n_points": 0, "n_suspect_left_out": 0, "status": "insufficient_data", "no_verdict_reason": reason,
            "suggested_indicator": suggestion if isinstance(suggestion, str) else "",
            "figure_ids": str(f["figure_id"]),
            "note": f"not judged ({reason.replace('_', ' ')}): printed {f.get('value_text', '')}",
        })
    return pd.DataFrame(rows, columns=COLUMNS)


def trend_period(latest_t, plan_start):
    """``in_plan`` where the latest value lies after the plan period's start, else ``pre_plan``.

    Parameters
    ----------
    latest_t : array_like
        Decimal year of the latest value used (NaN: none).
    plan_start : array_like
        First calendar year of the plan period; the period starts at the end of the year before.

    Returns
    -------
    ndarray of str
        One of :data:`TREND_PERIODS`, "" without a latest value.
    """
    latest = np.asarray(latest_t, dtype=float)
    start = np.asarray(pd.to_numeric(pd.Series(plan_start), errors="coerce"), dtype=float) - 1
    known = np.isfinite(latest) & np.isfinite(start)
    return np.where(known, np.where(latest > start + 1e-9, "in_plan", "pre_plan"), "").astype(object)


def is_momentum(assessment):
    """Rows whose trend status rests only on values from before the plan period (momentum)."""
    return (assessment["trend_period"] == "pre_plan") & assessment["status"].isin(TREND_STATUSES)


def _reach(out):
    """projected_min/max and methods_reaching_target (all / some / none)."""
    proj_cols = [f"projected_{m}" for m in METHODS]
    out["projected_min"] = out[proj_cols].min(axis=1)
    out["projected_max"] = out[proj_cols].max(axis=1)
    best = out["projected_max"].where(out["direction"] >= 0, out["projected_min"])
    worst = out["projected_min"].where(out["direction"] >= 0, out["projected_max"])
    reach = [np.asarray(meets_target(v, out["target"], out["comparator"], out["direction"]), dtype=bool)
             for v in (worst, best)]
    out["methods_reaching_target"] = np.select([reach[0], reach[1], best.notna()], ["all", "some", "none"],
                                               default="")


def _pace_bound(out):
    """Largest share of the distance a single value can have covered, whatever its baseline.

    The baseline of an indicator cannot lie beyond its natural bound on the far side from the
    target (0% for a rate that should rise), so ``(latest - L) / (target - L)`` (direction +1) is
    the most of the distance the series can have covered.
    """
    lower, upper = out["lower_bound"].astype(float), out["upper_bound"].astype(float)
    far = np.where(out["direction"] >= 0, lower, upper)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = (out["latest"] - far) / (out["target"] - far)
    return np.where(np.isfinite(far) & (out["target"] != far), share, np.nan)


def _midterm(out):
    """time_progress, share_of_distance_covered, keeps_pace and pace_basis."""
    start, end = out["plan_start"].astype(float) - 1, out["plan_end"].astype(float)
    out["time_progress"] = time_elapsed(out["latest_t"], start, end)
    in_plan = out["latest_t"].astype(float) > start
    distance = (out["target"] - out["baseline"]).astype(float)
    share = ((out["latest"] - out["baseline"]) / distance.where(distance != 0)).where(in_plan)
    out["share_of_distance_covered"] = share
    met = out["status"] == "achieved"
    bound = pd.Series(_pace_bound(out), index=out.index)
    out["share_of_distance_max"] = bound.where(share.isna() & out["latest"].notna())
    has_time = out["time_progress"].notna() & in_plan
    by_share = share.notna() & has_time
    by_bound = ~by_share & bound.notna() & has_time & (bound < out["time_progress"])
    pace = pd.Series(pd.NA, index=out.index, dtype="boolean")
    pace[by_share] = (share >= out["time_progress"])[by_share]
    pace[by_bound] = False
    pace[met] = True
    out["keeps_pace"] = pace
    out["pace_basis"] = np.select([met, by_share, by_bound], ["target met", "baseline", "bound"], default="")


def _distance(out):
    """gap_to_target and the annual change needed from the latest value."""
    gap = out["direction"] * (out["target"] - out["latest"])
    open_ = out["status"] != "achieved"
    out["gap_to_target"] = gap
    span = (out["target_t"] - out["latest_t"]).astype(float)
    span = span.where(span > 0)
    out["required_annual_change_from_latest_abs"] = ((out["target"] - out["latest"]) / span).where(open_)
    out["required_growth_from_latest"] = pd.Series(
        compound_growth(out["latest"], out["target"], span), index=out.index).where(open_)


def _projected_at_target(summary, projections):
    """Projected value of each method at the end of each series' target year (NaN where none)."""
    cols = [f"projected_{m}" for m in METHODS] + ["projected_ols_lower", "projected_ols_upper"]
    if projections is None or projections.empty:
        return pd.DataFrame(np.nan, index=summary.index, columns=cols)
    wide = projections.pivot_table(index=["region", "indicator_id", "year"], columns="method",
                                   values="value", aggfunc="first")
    wide = wide.reindex(columns=list(METHODS))
    wide.columns = [f"projected_{m}" for m in wide.columns]
    ols_rows = projections[projections["method"] == "ols"].set_index(
        ["region", "indicator_id", "year"])[["lower", "upper"]]
    wide = wide.join(ols_rows.rename(columns={"lower": "projected_ols_lower",
                                              "upper": "projected_ols_upper"}))
    year = np.ceil(summary["target_t"].astype(float) - 1e-9).astype(int)
    key = pd.MultiIndex.from_arrays([summary["region"], summary["indicator_id"], year])
    picked = wide.reindex(key)
    picked.index = summary.index
    return picked[cols]


def horizon_rows(assessment):
    """The rows the horizon's tables show: targets not expired."""
    return assessment[~assessment["expired"].astype(bool)]


def largest_gaps(assessment, n=12):
    """Targets of the horizon not yet achieved, by remaining gap as a share of the target.

    Parameters
    ----------
    assessment : DataFrame
        Output of :func:`assess`.
    n : int
        Rows to keep.

    Returns
    -------
    DataFrame
        ``assessment`` rows (not expired, not achieved, with a latest value) with
        ``gap_pct_of_target`` (100 * gap / |target|), largest first.
    """
    rows = horizon_rows(assessment)
    rows = rows[(rows["status"] != "achieved") & rows["latest"].notna()]
    rows = rows.assign(gap_pct_of_target=100 * rows["gap_to_target"] / rows["target"].abs())
    return rows.sort_values(["gap_pct_of_target", "region", "indicator_id"], ascending=[False, True, True],
                            kind="stable").head(n)
