"""Prose figures that restate a table row: the same number, the same thing, dated more precisely.

A review often prints its indicator table as an annex and describes each indicator in prose,
with the date the value refers to: the table gives ``福利彩票销售网点数 | 个 | 580 | 560``, the text
``截至2023年6月底,泰安市现有560个福利彩票销售网点,比2020年增加30个网点``. When the extractor does
not map the prose subject to the registry, the prose figure (and the 2020 baseline derived from its
change) stays ``unmapped`` and its date and baseline are lost to the series. This module links such
a prose figure to the table row it restates, under strict conditions:

* same document and year, same kind of level (actual or standard), same value in the same
  standard unit;
* the table row's printed indicator name and the prose sentence share a run of at least
  :data:`MIN_SHARED` characters and at least :data:`MIN_SHARE` of the name (``福利彩票销售网点`` is 8 of
  the 9 characters of ``福利彩票销售网点数``);
* the pairing is one to one (a value printed for two table rows, or restated twice, is left alone).

The linked prose figure, and every derived figure that rests on it, take the table row's indicator;
the row says so in its note. Nothing in ``figures.csv`` changes.
"""

from __future__ import annotations

from difflib import SequenceMatcher

import numpy as np
import pandas as pd

from mzlib.core.normalize import normalize

MIN_SHARED = 4
MIN_SHARE = 0.6
LEVELS = ("actual", "standard")
ID_SEP = ";"


def shared_run(name, text):
    """Length of the longest run of characters that ``name`` and ``text`` share (normalised)."""
    a, b = normalize(str(name)), normalize(str(text))
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size


def names_match(name, text):
    """Whether ``text`` names the indicator printed as ``name`` (see the module docstring)."""
    name = str(name)
    run = shared_run(name, text)
    return run >= MIN_SHARED and run >= MIN_SHARE * len(name)


def restatements(figures):
    """Unmapped prose figures linked to the table row they restate.

    Parameters
    ----------
    figures : DataFrame
        The figures table (figure_id, doc, indicator_id, indicator_zh, kind, year, value_std,
        unit_std, method, quote, derived_from).

    Returns
    -------
    DataFrame
        figure_id (the prose figure or a figure derived from it), indicator_id (taken from the
        table row), table_figure_id: one row per linked figure.
    """
    value = pd.to_numeric(figures["value_std"], errors="coerce")
    level = figures["kind"].isin(LEVELS) & np.isfinite(value.to_numpy(dtype=float))
    table = figures[level & (figures["method"] == "table") & (figures["indicator_id"] != "unmapped")]
    prose = figures[level & (figures["method"] == "prose") & (figures["indicator_id"] == "unmapped")]
    keys = ["doc", "year", "unit_std"]
    pairs = prose.reset_index().merge(table.reset_index(), on=keys, suffixes=("_p", "_t"))
    pairs = pairs[np.isclose(pd.to_numeric(pairs["value_std_p"]), pd.to_numeric(pairs["value_std_t"]),
                             rtol=1e-9, atol=0)]
    pairs = pairs[np.array([names_match(n, q) for n, q in zip(pairs["indicator_zh_t"], pairs["quote_p"])],
                           dtype=bool)]
    pairs = pairs[~pairs["figure_id_p"].duplicated(keep=False) & ~pairs["figure_id_t"].duplicated(keep=False)]
    rows = [(p, i, t) for p, i, t in zip(pairs["figure_id_p"], pairs["indicator_id_t"], pairs["figure_id_t"])]
    derived = figures[(figures["method"] == "derived") & (figures["indicator_id"] == "unmapped")]
    for prose_id, indicator, table_id in list(rows):
        for fid, sources in zip(derived["figure_id"], derived["derived_from"].fillna("").astype(str)):
            if prose_id in sources.split(ID_SEP):
                rows.append((fid, indicator, table_id))
    return pd.DataFrame(rows, columns=["figure_id", "indicator_id", "table_figure_id"])


def relink(figures):
    """The figures table with restated prose figures mapped to the table row's indicator.

    Parameters
    ----------
    figures : DataFrame
        The figures table.

    Returns
    -------
    DataFrame
        A copy with a ``restates`` column: the id of the table figure a linked row restates (empty
        for every other row). Linked rows also get the table row's ``indicator_id``, ``mapping``
        "restated" and a note naming the table figure, for a reader; code reads ``restates``.
    """
    links = restatements(figures)
    out = figures.copy()
    out["restates"] = ""
    if links.empty:
        return out
    link = links.set_index("figure_id")
    hit = out["figure_id"].isin(link.index)
    ids = out.loc[hit, "figure_id"]
    out.loc[hit, "restates"] = ids.map(link["table_figure_id"]).to_numpy()
    out["indicator_id"] = out["indicator_id"].astype(object)
    out.loc[hit, "indicator_id"] = ids.map(link["indicator_id"]).to_numpy()
    if "mapping" in out:
        out["mapping"] = out["mapping"].astype(object)
        out.loc[hit, "mapping"] = "restated"
    note = out["note"].astype(object).where(out["note"].notna(), "") if "note" in out else ""
    out["note"] = note
    out.loc[hit, "note"] = [
        "; ".join(filter(None, [str(n), f"restates table figure {link.at[i, 'table_figure_id']}"]))
        for n, i in zip(out.loc[hit, "note"], ids)]
    return out
