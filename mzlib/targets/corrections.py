"""What the checks of notebook 01 say about individual figures: corrections and flags.

The checks (``data/processed/checks.csv``) never correct a figure in place. Where a correction is
obvious they print it beside the figure: ``original_value``, ``corrected_value`` and
``correction_reason``. This module turns those rows into per-figure facts that the series use
*beside* the printed values, never instead of them without saying so:

* a **value correction**: a failing check cites a figure whose printed value is ``original_value``
  and gives a number as ``corrected_value`` (Lincang's 113050 beds, corrected 11305); the
  corrected value is in the figure's standard unit scaled like the printed one (``万`` stays
  ``万``);
* a **date correction**: a failing check gives a year as ``original_value`` and
  ``corrected_value`` (Tai'an's 截至3023年3月底, corrected 2023); the figures it cites (every
  figure of that document, when it cites none) dated in the original year are dated in the
  corrected one;
* **flags**: every failing check that cites a figure (its ``check_id``), shown on the rows that
  rest on it.
"""

from __future__ import annotations

import re

import pandas as pd

ID_SEP = ";"
_YEAR = re.compile(r"^\d{4}$")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
CORRECTION_COLUMNS = ["figure_id", "value_corrected", "check_id", "reason"]
DATE_CORRECTION_COLUMNS = ["figure_id", "date_corrected", "check_id", "reason"]


def _text(value):
    """A cell as text; a whole number read as a float (``3023.0``) as an integer (``3023``)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _ids(cell):
    return [i for i in _text(cell).split(ID_SEP) if i]


def failing(checks):
    """The failing rows of a checks table (``result`` "fail"), as strings."""
    if checks is None or len(checks) == 0:
        return pd.DataFrame(columns=["check_id", "check", "severity", "result", "doc", "figure_ids",
                                     "original_value", "corrected_value", "correction_reason"])
    out = checks.astype(object).where(checks.notna(), "")
    out = out.map(_text)
    return out[out["result"] == "fail"]


def value_corrections(checks, figures):
    """Corrected values that failing checks give for figures they cite.

    Parameters
    ----------
    checks : DataFrame
        The checks table (check_id, result, figure_ids, original_value, corrected_value,
        correction_reason).
    figures : DataFrame
        The figures table (figure_id, value as printed, value_std).

    Returns
    -------
    DataFrame
        figure_id, value_corrected (standard unit), check_id, reason: one row per corrected figure
        (the first check wins where two correct the same figure).
    """
    fig = figures.drop_duplicates("figure_id").set_index(figures["figure_id"].drop_duplicates().astype(str))
    rows = []
    for _, check in failing(checks).iterrows():
        original, corrected = _text(check["original_value"]), _text(check["corrected_value"])
        if not (_NUMBER.match(original) and _NUMBER.match(corrected)):
            continue
        for fid in _ids(check["figure_ids"]):
            if fid not in fig.index:
                continue
            printed = _text(fig.at[fid, "value"])
            if not _NUMBER.match(printed) or float(printed) != float(original):
                continue
            value_std = float(fig.at[fid, "value_std"])
            scale = value_std / float(printed) if float(printed) else 1.0
            rows.append({"figure_id": fid, "value_corrected": float(corrected) * scale,
                         "check_id": _text(check["check_id"]),
                         "reason": _text(check["correction_reason"])})
    out = pd.DataFrame(rows, columns=CORRECTION_COLUMNS)
    return out.drop_duplicates("figure_id").reset_index(drop=True)


def date_corrections(checks, figures):
    """Corrected years that failing checks give (years as original and corrected values).

    Parameters
    ----------
    checks : DataFrame
        The checks table (check_id, result, doc, figure_ids, original_value, corrected_value).
    figures : DataFrame
        The figures table (figure_id, doc, date).

    Returns
    -------
    DataFrame
        figure_id, date_corrected (ISO text at the printed precision), check_id, reason: every
        figure the check cites (every figure of its document when it cites none) whose date lies
        in the original year.
    """
    rows = []
    dates = figures["date"].astype(object).where(figures["date"].notna(), "").astype(str)
    for _, check in failing(checks).iterrows():
        original, corrected = _text(check["original_value"]), _text(check["corrected_value"])
        if not (_YEAR.match(original) and _YEAR.match(corrected)):
            continue
        cited = _ids(check["figure_ids"])
        scope = (figures["figure_id"].astype(str).isin(cited) if cited
                 else figures["doc"].astype(str) == _text(check["doc"]))
        hit = scope & dates.str.startswith(original)
        for fid, date in zip(figures.loc[hit, "figure_id"], dates[hit]):
            rows.append({"figure_id": str(fid), "date_corrected": corrected + date[4:],
                         "check_id": _text(check["check_id"]),
                         "reason": _text(check["correction_reason"])})
    out = pd.DataFrame(rows, columns=DATE_CORRECTION_COLUMNS)
    return out.drop_duplicates("figure_id").reset_index(drop=True)


def flags(checks):
    """Failing check ids per figure id.

    Returns
    -------
    dict
        ``{figure_id: [check_id, ...]}`` in the order of the checks table.
    """
    out = {}
    for _, check in failing(checks).iterrows():
        for fid in _ids(check["figure_ids"]):
            out.setdefault(fid, [])
            if check["check_id"] not in out[fid]:
                out[fid].append(_text(check["check_id"]))
    return out


def uncorrected_errors(checks):
    """Failing checks of severity error without a corrected value, with the figures they cite.

    Returns
    -------
    list of (str, list of str)
        ``(check_id, figure ids)`` pairs.
    """
    fail = failing(checks)
    fail = fail[(fail["severity"].astype(str) == "error")
                & (fail["corrected_value"].astype(str).str.strip() == "")]
    return [(_text(c), _ids(ids)) for c, ids in zip(fail["check_id"], fail["figure_ids"]) if _ids(ids)]


def flags_of(figure_ids, flag_map):
    """Failing check ids of a ``;``-joined figure-id cell, joined with ``;`` (unique, in order)."""
    seen = []
    for fid in _ids(figure_ids):
        for check in flag_map.get(fid, []):
            if check not in seen:
                seen.append(check)
    return ID_SEP.join(seen)

