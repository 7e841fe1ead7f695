"""Judge every target: anticipated progress, as in SDG monitoring, and the mid-term check.

Method
------
For a series with baseline ``x0`` in year ``t0``, latest value ``xt`` in year ``t`` and target
``xT`` for year ``T``, the observed and the required annual change are measured on one scale
``f``::

    observed = (f(xt) - f(x0)) / (t - t0)
    required = (f(xT) - f(x0)) / (T - t0)
    R = observed / required

so ``R`` is direction-aware: it is negative when the series moves away from its target, whichever
way the target lies (+1 "more is better" or -1 "less is better", from the comparator when the
document prints one, else from the registry). The scale ``f`` is chosen per series:

``logit``
    Indicators with both natural bounds ``[L, U]`` (coverage rates, shares):
    ``f(x) = log(p / (1 - p))`` with ``p = (x - L) / (U - L)`` clipped to ``[1e-6, 1 - tol]``
    (direction +1) or ``[tol, 1 - 1e-6]`` (direction -1). Far from the bound the target lies
    towards this is the log level, so R is the CAGR ratio; near it, it is the rate at which the
    remaining gap closes. Values within ``tol`` of that bound count as on it, so a target on the
    bound (100%) stays reachable: a series within ``tol`` of it has ``R >= 1``.
``cagr``
    Other indicators whose baseline, latest value and target are all positive:
    ``f(x) = log(x)``, i.e. R is the ratio of compound annual growth rates.
``absolute``
    Otherwise (a zero or negative value): ``f(x) = x``.

Status, in this order: ``insufficient_data`` without a latest value; ``achieved`` when the latest
value meets the target (whatever the trend); ``insufficient_data`` without an earlier baseline;
``regressing`` when the baseline had met the target and the latest value no longer does;
``insufficient_data`` where R is undefined (no required change); otherwise ``on_track`` for ``R >= on_track`` (0.95),
``needs_acceleration`` for ``acceleration <= R < on_track`` (0.60), ``limited_progress`` for
``0 <= R < acceleration`` and ``regressing`` for ``R < 0``.

The baseline is the observation closest to the plan's base year (the year before the period of
the target's document) among those before the latest one. When the latest value is not later than
that base year, the plan period has no observation yet: the required change is then counted from
the latest value (``(f(xT) - f(xt)) / (T - t)``), so R says whether the earlier trend would reach
the target, and the mid-term check is left empty.

The mid-term check "时间过半、任务过半" compares ``time_progress = (t - t0) / (T - t0)`` with
``share_of_distance_covered = (xt - x0) / (xT - x0)`` (level scale).
"""

from __future__ import annotations

import dataclasses
import re

import numpy as np
import pandas as pd

from mzlib.analysis.projection import METHODS, pick_target
from mzlib.core.scales import logit_of_range, meets_target

STATUSES = ("achieved", "on_track", "needs_acceleration", "limited_progress", "regressing",
            "insufficient_data")
ID_SEP = ";"


@dataclasses.dataclass(frozen=True)
class AssessmentParams:
    """Thresholds and choices of the assessment.

    Attributes
    ----------
    on_track : float
        Smallest R counted as on track (SDG convention 0.95).
    acceleration : float
        Smallest R counted as needing acceleration rather than limited progress (0.60).
    horizon : int
        Year to which projections are read when a target has no year.
    bounded_scale : str
        "logit" (default) or "cagr": the scale of R for indicators with both bounds.
    bound_tolerance : float
        Share of the range within which a value counts as on the bound (logit scale), 0.01 = 1
        percentage point for a 0-100% indicator.
    """

    on_track: float = 0.95
    acceleration: float = 0.60
    horizon: int = 2025
    bounded_scale: str = "logit"
    bound_tolerance: float = 0.01


def effective_direction(comparator, direction):
    """+1/-1 from a printed comparator (">=", ">": +1; "<=", "<": -1), else the registry's."""
    comp = pd.Series(comparator, dtype=object).fillna("").astype(str).str.strip().to_numpy()
    d = np.where(np.asarray(direction, dtype=float) < 0, -1.0, 1.0)
    return np.where(np.isin(comp, [">=", ">"]), 1.0, np.where(np.isin(comp, ["<=", "<"]), -1.0, d))


def change_scale(baseline, latest, target, lower, upper, params=AssessmentParams()):
    """The scale on which R is measured for each series: "logit", "cagr" or "absolute".

    Parameters
    ----------
    baseline, latest, target : array_like
        Values in the indicator unit.
    lower, upper : array_like
        Natural bounds, NaN where there is none.
    params : AssessmentParams
        ``bounded_scale`` decides the scale of bounded indicators.

    Returns
    -------
    ndarray of str
    """
    bounded = np.isfinite(np.asarray(lower, dtype=float)) & np.isfinite(
        np.asarray(upper, dtype=float))
    positive = ((np.asarray(baseline, dtype=float) > 0) & (np.asarray(latest, dtype=float) > 0)
                & (np.asarray(target, dtype=float) > 0))
    use_logit = bounded & (params.bounded_scale == "logit")
    return np.where(use_logit, "logit", np.where(positive, "cagr", "absolute"))


FAR_BOUND_CLIP = 1e-6


def _transform(x, scale, lower, upper, tol, direction):
    """Values on their scale: logit of the share of the range, log, or unchanged."""
    x = np.asarray(x, dtype=float)
    lower, upper = np.asarray(lower, dtype=float), np.asarray(upper, dtype=float)
    up = np.asarray(direction, dtype=float) >= 0
    with np.errstate(divide="ignore", invalid="ignore"):
        logged = np.log(np.where(x > 0, x, np.nan))
        logit = logit_of_range(x, lower, upper, np.where(up, FAR_BOUND_CLIP, tol),
                               np.where(up, tol, FAR_BOUND_CLIP))
    return np.where(scale == "logit", logit, np.where(scale == "cagr", logged, x))


def progress_ratio(baseline, baseline_year, latest, latest_year, target, target_year, lower,
                   upper, params=AssessmentParams(), direction=1.0, plan_base_year=np.nan):
    """Observed and required annual change and their ratio R.

    Parameters
    ----------
    baseline, latest, target : array_like
        Values in the indicator unit.
    baseline_year, latest_year, target_year : array_like
        Years.
    lower, upper : array_like
        Natural bounds (NaN: none).
    params : AssessmentParams
    direction : array_like
        Effective +1/-1 direction (which bound the logit tolerance applies to).
    plan_base_year : array_like
        Year before the plan period. Where the latest value is not later (the documents print
        nothing from inside the plan period yet), the required change is counted from the latest
        value to the target, so R says whether the earlier trend, continued, would reach it.

    Returns
    -------
    dict
        ``scale`` (str array), ``observed`` and ``required`` (per year, on the scale: log points
        for cagr, logit units for logit, indicator units for absolute), ``observed_abs`` and
        ``required_abs`` (indicator units per year) and ``R`` (NaN where the required change is
        zero or a year span is not positive).
    """
    scale = change_scale(baseline, latest, target, lower, upper, params)
    f0, ft, fT = (_transform(v, scale, lower, upper, params.bound_tolerance, direction)
                  for v in (baseline, latest, target))
    baseline, latest, target = (np.asarray(v, dtype=float) for v in (baseline, latest, target))
    t0, t, tT = (np.asarray(v, dtype=float) for v in (baseline_year, latest_year, target_year))
    before_plan = t <= np.asarray(plan_base_year, dtype=float)
    fr, xr, tr = (np.where(before_plan, a, b) for a, b in ((ft, f0), (latest, baseline), (t, t0)))
    with np.errstate(divide="ignore", invalid="ignore"):
        span_obs = np.where(t - t0 > 0, t - t0, np.nan)
        span_req = np.where(tT - tr > 0, tT - tr, np.nan)
        observed = (ft - f0) / span_obs
        required = (fT - fr) / span_req
        ratio = np.where(required != 0, observed / required, np.nan)
        observed_abs = (latest - baseline) / span_obs
        required_abs = (target - xr) / span_req
    return {"scale": scale, "observed": observed, "required": required,
            "observed_abs": observed_abs, "required_abs": required_abs, "R": ratio}


def classify(latest, baseline, target, comparator, direction, ratio, params=AssessmentParams()):
    """Status of each series (see the module docstring for the order of the rules).

    Parameters
    ----------
    latest, baseline, target : array_like
        Values in the indicator unit (NaN: missing).
    comparator : array_like of str
        Printed comparator of the target.
    direction : array_like
        Effective +1/-1 direction.
    ratio : array_like
        R from :func:`progress_ratio`.
    params : AssessmentParams

    Returns
    -------
    ndarray of str
        One of :data:`STATUSES` per series.
    """
    latest, baseline, ratio = (np.asarray(a, dtype=float) for a in (latest, baseline, ratio))
    met_now = meets_target(latest, target, comparator, direction)
    met_before = meets_target(baseline, target, comparator, direction)
    return np.select(
        [~np.isfinite(latest), met_now, ~np.isfinite(baseline), met_before, ~np.isfinite(ratio),
         ratio >= params.on_track, ratio >= params.acceleration, ratio >= 0],
        ["insufficient_data", "achieved", "insufficient_data", "regressing", "insufficient_data",
         "on_track", "needs_acceleration", "limited_progress"],
        default="regressing",
    )


def _pick_baseline(obs, plan_base_year):
    """The observation closest to the plan's base year among those before the latest one."""
    earlier = obs.iloc[:-1]
    if earlier.empty:
        return None
    gap = (earlier["year"].astype(float) - plan_base_year).abs()
    return earlier.loc[gap.sort_values(kind="stable").index[0]]


def _ids(*cells):
    """Unique figure ids of several ``;``-joined cells, in order."""
    seen = []
    for cell in cells:
        for fid in str(cell).split(ID_SEP) if isinstance(cell, str) else []:
            if fid and fid not in seen:
                seen.append(fid)
    return ID_SEP.join(seen)


def summarise(series, params=AssessmentParams()):
    """Baseline, latest value and target of every series that has a target.

    Parameters
    ----------
    series : DataFrame
        Output of :func:`mzlib.series.build_series`.
    params : AssessmentParams

    Returns
    -------
    DataFrame
        region, indicator_id, unit_std, direction (effective), lower_bound, upper_bound,
        baseline_year, baseline, latest_year, latest, n_points, plan_base_year, target, comparator, target_year,
        target_source, figure_ids, note.
    """
    targets = pick_target(series, params.horizon)
    actual = series[(series["kind"] == "actual") & series["value"].notna()]
    actual = actual.sort_values("year", kind="stable")
    groups = dict(tuple(actual.groupby(["region", "indicator_id"], sort=False)))
    rows = []
    for (region, indicator), tgt in targets.iterrows():
        obs = groups.get((region, indicator), actual.iloc[:0])
        latest = obs.iloc[-1] if len(obs) else None
        plan_base = tgt["plan_base_year"]
        plan_base = float(plan_base) if pd.notna(plan_base) else np.nan
        base = _pick_baseline(obs, plan_base)
        target_year = tgt["year"] if pd.notna(tgt["year"]) else params.horizon
        notes = [tgt["note"]] + [r["note"] for r in (base, latest) if r is not None]
        rows.append({
            "region": region,
            "indicator_id": indicator,
            "unit_std": tgt["unit_std"],
            "direction": effective_direction([tgt["comparator"]], [tgt["direction"]])[0],
            "lower_bound": tgt["lower_bound"],
            "upper_bound": tgt["upper_bound"],
            "baseline_year": base["year"] if base is not None else pd.NA,
            "baseline": base["value"] if base is not None else np.nan,
            "latest_year": latest["year"] if latest is not None else pd.NA,
            "latest": latest["value"] if latest is not None else np.nan,
            "n_points": len(obs),
            "plan_base_year": plan_base,
            "target": tgt["value"],
            "comparator": tgt["comparator"],
            "target_year": int(target_year),
            "target_source": tgt["target_source"],
            "figure_ids": _ids(*(r["figure_ids"] for r in (base, latest) if r is not None),
                               tgt["figure_ids"]),
            "note": "; ".join(dict.fromkeys(n for n in notes if isinstance(n, str) and n)),
        })
    out = pd.DataFrame(rows)
    for col in ("baseline_year", "latest_year", "target_year"):
        out[col] = out[col].astype("Int64")
    return out


def _trend_note(n_points):
    """What the number of observations allows one to say."""
    if n_points >= 3:
        return f"{n_points} points: OLS trend with prediction interval"
    if n_points == 2:
        return "2 points: no statistical interval; the spread between methods is the uncertainty"
    return f"{n_points} point(s): no trend"


def assess(series, projections, params=AssessmentParams()):
    """Assess every (region, indicator) series that has a target.

    Parameters
    ----------
    series : DataFrame
        Output of :func:`mzlib.series.build_series`.
    projections : DataFrame
        Output of :func:`mzlib.projection.project` (region, indicator_id, year, method, value,
        lower, upper).
    params : AssessmentParams or dict
        Thresholds and choices; a dict is passed to :class:`AssessmentParams`.

    Returns
    -------
    DataFrame
        One row per series with a target: region, indicator_id, unit_std, baseline_year, baseline,
        latest_year, latest, target, comparator, target_year, target_source, direction, n_points,
        plan_base_year, change_scale, observed_annual_change, required_annual_change (on that scale, per year),
        observed_annual_change_abs, required_annual_change_abs (indicator unit per year),
        projected_<method> for every method (value in the target year; ``projected_ols_lower`` /
        ``_upper`` the prediction interval), projected_min, projected_max (spread between
        methods), ratio_R, status, time_progress, share_of_distance_covered, keeps_pace
        (share >= time), figure_ids, note.
    """
    if isinstance(params, dict):
        params = AssessmentParams(**params)
    out = summarise(series, params)
    if out.empty:
        return out
    pr = progress_ratio(out["baseline"], out["baseline_year"].astype(float), out["latest"],
                        out["latest_year"].astype(float), out["target"],
                        out["target_year"].astype(float), out["lower_bound"].astype(float),
                        out["upper_bound"].astype(float), params, out["direction"],
                        out["plan_base_year"].astype(float))
    out["change_scale"] = pr["scale"]
    out["observed_annual_change"] = pr["observed"]
    out["required_annual_change"] = pr["required"]
    out["observed_annual_change_abs"] = pr["observed_abs"]
    out["required_annual_change_abs"] = pr["required_abs"]
    out = out.join(_projected_at_target(out, projections))
    proj_cols = [f"projected_{m}" for m in METHODS]
    out["projected_min"] = out[proj_cols].min(axis=1)
    out["projected_max"] = out[proj_cols].max(axis=1)
    best = out["projected_max"].where(out["direction"] >= 0, out["projected_min"])
    worst = out["projected_min"].where(out["direction"] >= 0, out["projected_max"])
    reach = [np.asarray(meets_target(v, out["target"], out["comparator"], out["direction"]), dtype=bool)
             for v in (worst, best)]
    out["methods_reaching_target"] = np.select([reach[0], reach[1], best.notna()], ["all", "some", "none"],
                                               default="")
    out["ratio_R"] = pr["R"]
    out["status"] = classify(out["latest"], out["baseline"], out["target"], out["comparator"],
                             out["direction"], pr["R"], params)
    in_plan = out["latest_year"].astype(float) > out["plan_base_year"].astype(float)
    span = (out["target_year"] - out["baseline_year"]).astype(float)
    out["time_progress"] = ((out["latest_year"] - out["baseline_year"]).astype(float) / span
                            ).where(in_plan)
    distance = (out["target"] - out["baseline"]).astype(float)
    out["share_of_distance_covered"] = ((out["latest"] - out["baseline"]) /
                                        distance.where(distance != 0)).where(in_plan)
    out["keeps_pace"] = (out["share_of_distance_covered"] >= out["time_progress"]).where(
        out["share_of_distance_covered"].notna() & out["time_progress"].notna())
    out["note"] = ["; ".join(filter(None, (_trend_note(n), note)))
                   for n, note in zip(out["n_points"], out["note"])]
    columns = [
        "region", "indicator_id", "unit_std", "baseline_year", "baseline", "latest_year", "latest",
        "target", "comparator", "target_year", "target_source", "direction", "n_points",
        "plan_base_year", "change_scale", "observed_annual_change", "required_annual_change",
        "observed_annual_change_abs", "required_annual_change_abs", *proj_cols,
        "projected_ols_lower", "projected_ols_upper", "projected_min", "projected_max",
        "methods_reaching_target", "ratio_R", "status", "time_progress", "share_of_distance_covered", "keeps_pace",
        "figure_ids", "note",
    ]
    return out[columns]


def _projected_at_target(summary, projections):
    """Projected value of each method in each series' target year (NaN where none)."""
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
    key = pd.MultiIndex.from_arrays([summary["region"], summary["indicator_id"],
                                     summary["target_year"].astype(int)])
    picked = wide.reindex(key)
    picked.index = summary.index
    return picked[cols]


CLAIM_PATTERNS = (
    ("not_achieved", r"未完成|未达到|未开展|未实现|不具备|滞后"),
    ("achieved", r"已完成|提前完成|已实现|已达到|完成|实现|达到"),
)


def parse_claim(text):
    """Map a printed status ("已完成", "未完成", ...) to "achieved", "not_achieved" or ""."""
    text = text if isinstance(text, str) else ""
    for label, pattern in CLAIM_PATTERNS:
        if re.search(pattern, text):
            return label
    return ""


def compare_claims(assessment, figures, manifest):
    """Compare what the documents claim with the computed status.

    Two sources of claims: a printed status on a figure of the series (``status_reported``, such as
    Wenshan's 是否完成 column: 已完成 / 未完成 / 未开展), and otherwise, where the latest value was
    printed by a review (``doc_type`` ending in "review") beside the region's own target (Tai'an's
    完成值 against its 目标值), the claim implied by comparing the two numbers as printed. A claim
    of "achieved" agrees with the computed status "achieved"; "not_achieved" agrees with any other.
    A completion claim (已完成 / 未完成) is a statement about the latest value against the target, not
    about the trend, so it is tested against whether the latest value meets the target; the computed
    status (which may be insufficient_data for a single point) is shown beside it for context.

    Parameters
    ----------
    assessment : DataFrame
        Output of :func:`assess`.
    figures : DataFrame
        The figures table (figure_id, doc, kind, year, status_reported).
    manifest : DataFrame
        The document manifest (file, doc_type).

    Returns
    -------
    DataFrame
        region, indicator_id, claimed ("achieved", "not_achieved", or "" for a printed status that
        is no completion claim), claim_text, computed (status), agrees (bool, NA without a claim),
        note; one row per assessed series that carries a claim.
    """
    fig = figures.drop_duplicates("figure_id")
    fig = fig.set_index(fig["figure_id"].astype(str))
    status = fig["status_reported"].astype(object).where(fig["status_reported"].notna(), "")
    doc_type = manifest.set_index("file")["doc_type"].astype(str)
    is_review = fig["doc"].map(doc_type).fillna("").str.endswith("review")
    level = fig["kind"].astype(str) != "target"
    year = pd.to_numeric(fig["year"], errors="coerce")
    rows = []
    for _, row in assessment.iterrows():
        ids = [i for i in str(row["figure_ids"]).split(ID_SEP) if i in fig.index]
        printed = [str(status[i]).strip() for i in ids if str(status[i]).strip()]
        claim_text = printed[0] if printed else ""
        claimed = parse_claim(claim_text)
        note = "printed status"
        reviewed = any(is_review[i] and level[i] and year[i] == row["latest_year"] for i in ids)
        if not claim_text and reviewed and row["target_source"] == "own":
            met = meets_target([row["latest"]], [row["target"]], [row["comparator"]],
                               [row["direction"]])[0]
            claimed = "achieved" if met else "not_achieved"
            claim_text = f"{row['latest']:g} against target {row['comparator']}{row['target']:g}"
            note = "implied by the completed value printed beside the target"
        if not claim_text:
            continue
        if not claimed:
            rows.append(_claim_row(row, "", claim_text, pd.NA, "printed status is no completion "
                                   "claim"))
            continue
        agrees = (claimed == "achieved") == (row["status"] == "achieved")
        rows.append(_claim_row(row, claimed, claim_text, agrees, note))
    columns = ["region", "indicator_id", "claimed", "claim_text", "computed", "agrees", "note"]
    return pd.DataFrame(rows, columns=columns)


def _claim_row(row, claimed, claim_text, agrees, note):
    """One row of :func:`compare_claims`."""
    return {"region": row["region"], "indicator_id": row["indicator_id"], "claimed": claimed,
            "claim_text": claim_text, "computed": row["status"], "agrees": agrees, "note": note}
