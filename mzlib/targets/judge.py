"""Every step of notebook 02 in one call: series, projections, assessment and the claims.

The notebook shows what this returns; a test recomputes the committed outputs with it.
"""

from __future__ import annotations

import pandas as pd

from mzlib.targets import assessment, claims, projection, series
from mzlib.targets.restated import relink
from mzlib.extract.claims import find_claims


def _suggestions(judged, figures):
    """For a row on a printed subject, the registry indicator nearest it (from the extractor's mapping)."""
    if "suggested_indicator" not in figures:
        return judged["suggested_indicator"]
    known = figures["suggested_indicator"].astype(object).where(figures["suggested_indicator"].notna(), "")
    by_id = dict(zip(figures["figure_id"].astype(str), known.astype(str)))
    return ["" if not str(ind).startswith(series.SUBJECT_PREFIX) else
            next((by_id[i] for i in str(ids).split(";") if by_id.get(i)), "")
            for ind, ids in zip(judged["indicator_id"], judged["figure_ids"])]


def judge_targets(figures, checks, registry, manifest, texts, params):
    """Series, projections, assessment and claims for every region.

    Parameters
    ----------
    figures, checks : DataFrame
        ``data/processed/figures.csv`` and ``checks.csv``.
    registry, manifest : DataFrame
        The indicator registry and the document manifest.
    texts : dict
        ``{doc file: text}`` the figures' offsets refer to (for the claims).
    params : dict
        Validated parameters (:func:`mzlib.targets.parameters.validate`).

    Returns
    -------
    dict
        ``series``, ``projections`` (each method), ``spread``, ``projections_out`` (both, as
        written to ``projections.csv``), ``assessment`` (with ``indicator_en``), ``claims`` (judged,
        with ``indicator_en``).
    """
    names = dict(zip(registry["indicator_id"], registry["name_en"]))
    built = series.build_series(figures, registry, manifest, checks, use_corrections=params["USE_CORRECTIONS"])
    projected = projection.project(built, horizon=params["HORIZON"], methods=params["METHODS"])
    spread = projection.method_spread(projected)
    judged = assessment.assess(built, projected, assessment.AssessmentParams.from_parameters(params))
    unjudged = assessment.unjudged_targets(figures, judged, series.series_ids(figures), params["HORIZON"])
    if len(unjudged):
        judged = pd.concat([judged, unjudged.astype(judged.dtypes.to_dict(), errors="ignore")], ignore_index=True)
        judged = judged.sort_values(["region", "indicator_id", "target_id"], kind="stable", ignore_index=True)
    judged["suggested_indicator"] = _suggestions(judged, figures)
    judged["trend_period"] = judged["trend_period"].fillna("")
    judged.insert(3, "indicator_en", judged["indicator_id"].map(names))
    found = find_claims(texts, figures, registry, manifest)
    compared = claims.compare_claims(found, assessment.registry_series_rows(judged), relink(figures))
    compared.insert(7, "indicator_en", compared["indicator_id"].map(names).fillna(""))
    out = pd.concat([projected, spread.drop(columns="n_methods")], ignore_index=True).sort_values(
        ["region", "indicator_id", "method", "year"], kind="stable", ignore_index=True)
    return {"series": built, "projections": projected, "spread": spread,
            "projections_out": out[projection.PROJECTION_COLUMNS], "assessment": judged, "claims": compared}
