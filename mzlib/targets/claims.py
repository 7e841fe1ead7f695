"""The documents' claims against the computed status and the mid-term check.

Each claim found by :mod:`mzlib.extract.claims` is judged against the assessment of the region:

* about **an indicator** (the indicators of its mapped figures, else those it names): a claim of
  ``achieved`` against whether the latest value meets the target; ``not_achieved`` the reverse;
  ``on_schedule`` against ``keeps_pace`` (时间过半、任务过半: share of the distance covered against
  share of the plan period elapsed), and where that cannot be computed against the trend status
  (on track, or needing acceleration and worse); ``behind_schedule`` the reverse;
* about **the plan** (``27条主要发展指标全部达到或超过预期目标``, ``有6项指标未达到时间进度要求``):
  every target the region's own plan sets (not expired) is judged as above, and the claim is held
  against the count: a claim about all of them is contradicted by any one that contradicts it; a
  count is contradicted when the computed number, with the targets that cannot be judged counted
  either way, cannot reach it.

Verdicts: ``agrees``, ``contradicted`` (the document's own numbers say otherwise), ``consistent``
(not contradicted, but not every part could be checked), ``no comparison`` (no value, no target,
or no baseline to tell the schedule), each with an ``explanation`` built from the numbers.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

ID_SEP = ";"
VERDICTS = ("agrees", "contradicted", "consistent", "no comparison")
TREND_ON = ("on_track",)
TREND_OFF = ("needs_acceleration", "limited_progress", "regressing", "missed")
OWN_TARGETS = ("own", "province_quoted")
COLUMNS = ["claim_id", "region", "source", "scope", "claim", "count", "indicator_id", "phrase",
           "computed_status", "keeps_pace", "time_progress", "verdict", "explanation", "figure_ids",
           "doc", "char_start", "char_end", "quote", "claim_start", "claim_end"]


def _ids(text):
    return [i for i in str(text).split(ID_SEP) if i and i != "nan"]


def _num(x):
    return f"{x:.4g}" if pd.notna(x) else "-"


def on_schedule(row):
    """Whether an assessed target is on schedule, and why.

    Parameters
    ----------
    row : Series
        A row of :func:`mzlib.targets.assessment.assess`.

    Returns
    -------
    (bool or None, str)
        True when the target is met or the series keeps pace (or, without a mid-term check, is on
        track); False when it does not keep pace (or needs acceleration or worse); None when
        neither can be told.
    """
    target = f"{row['comparator']}{_num(row['target'])}"
    if row["status"] == "achieved":
        return True, f"{_num(row['latest'])} ({row['latest_date']}) meets {target}"
    pace = row["keeps_pace"]
    if pd.notna(pace):
        if row["pace_basis"] == "bound":
            return False, (f"{_num(row['latest'])} ({row['latest_date']}) is at most "
                           f"{row['share_of_distance_max']:.0%} of the way to {target} whatever the baseline, with "
                           f"{row['time_progress']:.0%} of the plan period elapsed")
        covered = row["share_of_distance_covered"]
        return bool(pace), (f"{covered:.0%} of the distance from {_num(row['baseline'])} ({row['baseline_date']}) "
                            f"to {target} covered with {row['time_progress']:.0%} of the plan period elapsed")
    if row["status"] in TREND_ON + TREND_OFF:
        return row["status"] in TREND_ON, f"trend status {row['status']} (R = {row['ratio_R']:.2f})"
    return None, ("one value and no baseline: the schedule cannot be checked" if pd.notna(row["latest"])
                  else "no value printed")


def judge(claim, row):
    """Verdict and explanation of one claim about one assessed indicator.

    Parameters
    ----------
    claim : str
        achieved, not_achieved, on_schedule or behind_schedule.
    row : Series or None
        The indicator's assessment row (None: no target).

    Returns
    -------
    (str, str)
    """
    if row is None:
        return "no comparison", "no target for this indicator"
    if pd.isna(row["latest"]):
        why = "the document prints no value of its own"
        if row["target_source"] == "province_quoted":
            why += f"; the {_num(row['target'])} it cites is the target of {row['target_region']}"
        return "no comparison", why
    target = f"{row['comparator']}{_num(row['target'])}"
    if claim in ("achieved", "not_achieved"):
        met = row["status"] == "achieved"
        said = f"{_num(row['latest'])} ({row['latest_date']}) {'meets' if met else 'does not meet'} {target}"
        return ("agrees" if met == (claim == "achieved") else "contradicted"), said
    on, why = on_schedule(row)
    if on is None:
        return "no comparison", why
    return ("agrees" if on == (claim == "on_schedule") else "contradicted"), why


def _indicators(claim, relinked, assessed):
    """Indicators a claim speaks of: its mapped figures' (after relinking), else those it names."""
    ids = _ids(claim["figure_ids"])
    mapped = [relinked.get(i, "unmapped") for i in ids]
    mapped = list(dict.fromkeys(i for i in mapped if i != "unmapped"))
    named = _ids(claim["named_indicators"])
    candidates = mapped or named
    with_target = [i for i in candidates if i in assessed]
    return with_target or candidates


def _plan_verdict(claim, rows):
    """Verdict of a claim about the plan's targets (see the module docstring)."""
    kind = claim["claim"]
    judged = [judge(kind, r) for _, r in rows.iterrows()]
    verdicts = [v for v, _ in judged]
    names = list(rows["indicator_id"])
    n, agree = len(rows), verdicts.count("agrees")
    against = [f"{i} ({why})" for i, (v, why) in zip(names, judged) if v == "contradicted"]
    unknown = verdicts.count("no comparison")
    count = claim["count"]
    prefix = f"{n} targets of the plan judged"
    if pd.isna(count) or (kind in ("on_schedule", "achieved") and int(count) >= n):
        extra = (f"; the claim counts {int(count)}, the plan has {n} numeric targets"
                 if pd.notna(count) and int(count) != n else "")
        if against:
            return "contradicted", f"{prefix}: {len(against)} contradict it: " + "; ".join(against) + extra
        if unknown:
            return "consistent", f"{prefix}: {agree} agree, {unknown} cannot be checked{extra}"
        return "agrees", f"{prefix}: all agree{extra}"
    count = int(count)
    low, high = agree, agree + unknown
    said = f"claims {count}; computed {low}" + (f" to {high} (with the {unknown} that cannot be checked)"
                                                 if unknown else "")
    if low <= count <= high:
        return ("agrees" if low == high else "consistent"), f"{prefix}: {said}"
    return "contradicted", f"{prefix}: {said}"


def compare_claims(claims, assessment, figures):
    """Judge every claim against the assessment.

    Parameters
    ----------
    claims : DataFrame
        :func:`mzlib.extract.claims.find_claims`.
    assessment : DataFrame
        :func:`mzlib.targets.assessment.assess` (all regions).
    figures : DataFrame
        The figures table with restated figures relinked (:func:`mzlib.targets.restated.relink`),
        to read the indicator of a claim's figures.

    Returns
    -------
    DataFrame
        Columns :data:`COLUMNS`: one row per claim and indicator it speaks of (one row for a plan
        claim); ``figure_ids`` holds the claim's figures and those of the assessment row.
    """
    relinked = dict(zip(figures["figure_id"].astype(str), figures["indicator_id"].astype(str)))
    out = []
    for _, claim in claims.iterrows():
        region = claim["region_en"]
        mine = assessment[assessment["region"] == region]
        base = {c: claim[c] for c in ("claim_id", "source", "scope", "claim", "count", "phrase", "doc",
                                      "char_start", "char_end", "quote", "claim_start", "claim_end")}
        base["region"] = region
        if not claim["claim"]:
            out.append({**base, "indicator_id": "", "verdict": "no comparison",
                        "explanation": "the status printed is no claim of completion",
                        "figure_ids": claim["figure_ids"]})
            continue
        if claim["scope"] == "plan":
            rows = mine[mine["target_source"].isin(OWN_TARGETS) & ~mine["expired"].astype(bool)]
            verdict, why = _plan_verdict(claim, rows)
            out.append({**base, "indicator_id": "", "verdict": verdict, "explanation": why,
                        "figure_ids": claim["figure_ids"]})
            continue
        by_indicator = {r["indicator_id"]: r for _, r in mine.iterrows()}
        indicators = _indicators(claim, relinked, by_indicator)
        if not indicators:
            out.append({**base, "indicator_id": "", "verdict": "no comparison",
                        "explanation": "no indicator of the registry named or mapped",
                        "figure_ids": claim["figure_ids"]})
        for indicator in indicators:
            row = by_indicator.get(indicator)
            verdict, why = judge(claim["claim"], row)
            ids = list(dict.fromkeys(_ids(claim["figure_ids"]) + (_ids(row["figure_ids"]) if row is not None else [])))
            out.append({**base, "indicator_id": indicator, "verdict": verdict, "explanation": why,
                        "computed_status": row["status"] if row is not None else "",
                        "keeps_pace": row["keeps_pace"] if row is not None else pd.NA,
                        "time_progress": row["time_progress"] if row is not None else np.nan,
                        "figure_ids": ID_SEP.join(ids)})
    result = pd.DataFrame(out, columns=COLUMNS)
    result["computed_status"] = result["computed_status"].fillna("")
    result["count"] = result["count"].astype("Int64")
    result["keeps_pace"] = result["keeps_pace"].astype("boolean")
    return result
