"""The written reading of notebook 02, generated from the computed results.

:func:`headline` gathers the numbers the reading states into one small dictionary (a test asserts
them); :func:`reading_markdown` writes the reading from that dictionary only, so that it follows
the results under any parameters and any region.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from mzlib.targets.assessment import STATUSES, TREND_STATUSES, horizon_rows, is_momentum, largest_gaps


SCALE_NAMES = {"linear": "linear", "cagr": "compound growth", "logit": "logit"}


def _name(names, indicator):
    return names.get(indicator, indicator) if names else indicator


def _status(status):
    return str(status).replace("_", " ")


def _verb(n, one, many):
    """``"1 is"`` / ``"2 are"``: a count with the verb that agrees with it."""
    return f"{n} {one if n == 1 else many}"


def headline(assessment, claims, horizon):
    """The numbers the reading states.

    Parameters
    ----------
    assessment : DataFrame
        :func:`mzlib.targets.assessment.assess`, restricted to what is shown.
    claims : DataFrame
        :func:`mzlib.targets.claims.compare_claims`, restricted likewise.
    horizon : int
        The horizon year.

    Returns
    -------
    dict
        horizon; n_targets (not expired) and n_expired; status_counts (every status, targets of
        the horizon, momentum left out); momentum_counts (trend statuses resting only on values
        from before the plan period, :func:`mzlib.targets.assessment.is_momentum`); n_with_trend (a defined R); n_single_value (one value, not achieved);
        scale_disagreements (list of (region, indicator_id, primary_scale, status, {other scale:
        status}) where a sensitivity scale gives another status);
        keeps_pace (counts of True / False / unknown among targets not achieved that have a
        value); time_elapsed ({region: share of the plan period elapsed at its latest value,
        the median over its targets}); corrected (list of (region, indicator_id, status,
        status_if_printed)); suspects (number of targets whose series left out a suspect value: n_suspect_left_out); largest_gap
        ((region, indicator_id, latest, target, gap_pct_of_target) or None); claims (counts by
        verdict) and contradicted_claims (list of (region, phrase, indicator_id, explanation)).
    """
    rows = horizon_rows(assessment)
    momentum = is_momentum(rows)
    counts = rows.loc[~momentum, "status"].value_counts()
    momentum_counts = rows.loc[momentum, "status"].value_counts()
    open_rows = rows[(rows["status"] != "achieved") & rows["latest"].notna()]
    pace = open_rows["keeps_pace"]
    disagree = rows[~rows["scales_agree"].astype(bool)]
    with_time = rows[rows["time_progress"].notna() & rows["latest"].notna()]
    gap = largest_gaps(assessment, 1)
    corrected = rows[rows["value_basis"] == "corrected"]
    verdicts = claims["verdict"].value_counts() if len(claims) else pd.Series(dtype=int)
    against = claims[claims["verdict"] == "contradicted"] if len(claims) else claims
    return {
        "horizon": int(horizon),
        "n_targets": int(len(rows)),
        "n_expired": int(assessment["expired"].astype(bool).sum()),
        "status_counts": {s: int(counts.get(s, 0)) for s in STATUSES},
        "momentum_counts": {s: int(momentum_counts.get(s, 0)) for s in TREND_STATUSES},
        "n_with_trend": int(np.isfinite(rows["ratio_R"].astype(float)).sum()),
        "n_single_value": int(((rows["n_points"] == 1) & (rows["status"] != "achieved")).sum()),
        "scale_disagreements": [(r.region, r.indicator_id, r.primary_scale, r.status,
                                 {scale: other for scale, other in (("linear", r.status_linear),
                                                                    ("cagr", r.status_cagr), ("logit", r.status_logit))
                                  if scale != r.primary_scale and isinstance(other, str) and other})
                                for r in disagree.itertuples()],
        "keeps_pace": {"yes": int((pace == True).sum()), "no": int((pace == False).sum()),  # noqa: E712
                       "unknown": int(pace.isna().sum())},
        "time_elapsed": {region: round(float(g["time_progress"].median()), 3)
                         for region, g in with_time.groupby("region", sort=True)},
        "corrected": [(r.region, r.indicator_id, r.status, r.status_if_printed) for r in corrected.itertuples()],
        "suspects": int((rows["n_suspect_left_out"] > 0).sum()),
        "largest_gap": (None if gap.empty else
                        (gap.iloc[0]["region"], gap.iloc[0]["indicator_id"], float(gap.iloc[0]["latest"]),
                         float(gap.iloc[0]["target"]), round(float(gap.iloc[0]["gap_pct_of_target"]), 1))),
        "claims": {v: int(verdicts.get(v, 0)) for v in ("agrees", "contradicted", "consistent", "no comparison")},
        "contradicted_claims": [(r.region, r.phrase, r.indicator_id, r.explanation) for r in against.itertuples()],
    }


def _momentum(counts):
    """The momentum verdicts in words: a trend from before the plan, not progress under it."""
    n = sum(counts.values())
    phrase = {"needs_acceleration": "needing acceleration", "limited_progress": "with limited progress",
              "regressing": "regressing"}
    parts = ", ".join(f"{k} {phrase.get(s, _status(s))}" for s, k in counts.items() if k)
    return (f"{_verb(n, 'more rests', 'more rest')} only on values from before the plan period "
            f"(momentum, not progress under the plan: {parts})")


def reading_markdown(h, names=None):
    """The reading as Markdown bullets, every number taken from :func:`headline`.

    Parameters
    ----------
    h : dict
        :func:`headline`.
    names : dict, optional
        English indicator names by id.

    Returns
    -------
    str
    """
    s = h["status_counts"]
    levels = 2 * h["n_with_trend"] < h["n_targets"]
    lines = [
        f"- **{_verb(h['n_targets'], 'target', 'targets')} for {h['horizon']}** "
        f"{'is' if h['n_targets'] == 1 else 'are'} judged"
        + (f" ({h['n_expired']} more were dated earlier and are judged at their own date)." if h["n_expired"]
           else "."),
        f"  {_verb(s['achieved'], 'is', 'are')} achieved already, {s['on_track']} on track, "
        f"{_verb(s['needs_acceleration'], 'needs', 'need')} acceleration, "
        f"{_verb(s['limited_progress'], 'shows', 'show')} limited progress, "
        f"{_verb(s['regressing'], 'regresses', 'regress')}"
        + (f", {_verb(s['missed'], 'was', 'were')} missed" if s["missed"] else "")
        + f" and {s['insufficient_data']} cannot be judged on a trend"
        + (f"; {_momentum(h['momentum_counts'])}." if sum(h["momentum_counts"].values()) else "."),
        f"- **{'Most verdicts rest on levels, not trends' if levels else 'Most verdicts rest on trends'}**: "
        f"{_verb(h['n_with_trend'], 'target has', 'targets have')} a baseline and a later value to compare; "
        f"{h['n_single_value']} not yet achieved "
        f"{'has' if h['n_single_value'] == 1 else 'have'} a single value, for "
        "which the tables give the distance to target and the annual change now needed.",
    ]
    if h["time_elapsed"]:
        elapsed = ", ".join(f"{region} {share:.0%}" + (" (values up to the period's start)" if share == 0 else "")
                            for region, share in h["time_elapsed"].items())
        lines.append(f"- **Time elapsed** at the latest dated value, as a share of the plan period: {elapsed}.")
    pace = h["keeps_pace"]
    if sum(pace.values()):
        lines.append(f"- **时间过半、任务过半**: of the targets not yet achieved, {pace['yes']} keep pace, "
                     f"{pace['no']} do not (some whatever their unknown baseline), and {pace['unknown']} cannot "
                     "be checked.")
    if h["scale_disagreements"]:
        items = "; ".join(f"{region} {_name(names, ind)}: {_status(status)} ({SCALE_NAMES[scale]}, primary), "
                          + ", ".join(f"{_status(s)} ({SCALE_NAMES[k]})" for k, s in others.items())
                          for region, ind, scale, status, others in h["scale_disagreements"])
        lines.append(f"- **{_verb(len(h['scale_disagreements']), 'verdict depends', 'verdicts depend')} on the "
                     f"scale** of change (a bounded share is read on the linear scale, other levels by compound "
                     f"growth): {items}.")
    else:
        lines.append("- **No verdict depends on the scale** of change: the sensitivity scales agree with the primary one.")
    if h["corrected"]:
        items = "; ".join(f"{region} {_name(names, ind)}: {_status(status)} with the corrected value, "
                          f"{_status(printed)} with the printed one" for region, ind, status, printed in h["corrected"])
        lines.append(f"- **Corrections by the checks** change the inputs of {len(h['corrected'])} target(s): {items}.")
    if h["suspects"]:
        lines.append(f"- **{_verb(h['suspects'], 'series leaves', 'series leave')} out a suspect value** flagged "
                     "by a check (see the notes).")
    if h["largest_gap"]:
        region, ind, latest, target, pct = h["largest_gap"]
        lines.append(f"- **The largest gap**: {region}'s {_name(names, ind)}, {latest:g} against {target:g} "
                     f"({pct:g}% of the target still to go).")
    c = h["claims"]
    lines.append(f"- **The documents' own claims**: {_verb(c['agrees'], 'agrees', 'agree')} with the numbers, "
                 f"{_verb(c['contradicted'], 'is', 'are')} contradicted by them, "
                 f"{_verb(c['consistent'], 'is', 'are')} consistent but not fully checkable, and "
                 f"{c['no comparison']} cannot be compared.")
    for region, phrase, ind, why in h["contradicted_claims"]:
        about = f" about {_name(names, ind)}" if isinstance(ind, str) and ind else ""
        lines.append(f"  - {region}, 「{phrase}」{about}: {why}.")
    return "\n".join(lines)
