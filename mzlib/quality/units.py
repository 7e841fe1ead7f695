"""Units and periods the document does not print.

- ``unit_not_printed``: a figure read from prose whose unit does not follow its value in the text
  (``从每人每月1198提高到1322元``: the extractor took 元 from the amount after it). What may stand
  between a value and its unit: spaces, 余/多 (``8万余人``) and the upper end of a range
  (``3-12 倍``). Table cells are not checked: their units stand in the header or row label.
- ``period_not_printed``: a money amount per person printed without 每月 or 每年 and without a
  period carried from a neighbouring amount. The extractor's reading (``conversion``) is reported
  with both readings compared with the document's amounts whose period is printed.

Neither rule depends on the indicator, so unmapped figures take part. One passing row per
document and check says how many figures were checked.
"""

import re

import numpy as np
import pandas as pd

from mzlib.core.normalize import normalize
from mzlib.quality.rows import check_row

_BETWEEN = re.compile(r"[\s余多]*(?:(?:[-—–~～至到])\s*\d+(?:\.\d+)?[\s余多]*)?")
_FILLER = re.compile(r"[余多\s]")


def unit_follows(text, value_end, unit):
    """Whether ``unit`` is printed right after a value ending at ``value_end``.

    Parameters
    ----------
    text : str
        The original text.
    value_end : int
        Offset just after the printed value.
    unit : str
        The unit as the figures table records it (``万元``, ``%``).
    """
    unit = re.sub(r"\s", "", normalize(unit))
    if not unit:
        return True
    rest = normalize(text[value_end:value_end + 32])
    rest = rest[_BETWEEN.match(rest).end():]
    return _FILLER.sub("", rest).startswith(unit)


def units_not_printed(figures, texts):
    """Prose figures whose unit is not printed after the value (see the module docstring)."""
    out = []
    prose = figures[(figures["method"] == "prose") & (figures["value_type"] == "number")]
    for doc, grp in prose.groupby("doc", sort=True):
        text = texts.get(doc, "")
        missing = [f for _, f in grp.iterrows() if not unit_follows(text, int(f["value_end"]), f["unit"])]
        for f in missing:
            out.append(check_row("unit_not_printed", "warning", "fail", [f],
                                 f"{f['value_text']} -> {f['value']} {f['unit']}",
                                 f"{f['indicator_zh']} {f['value_text']} is printed without a unit; it was read as "
                                 f"{f['unit']}" + (f" ({f['note']})." if f["note"] else ".")))
        out.append(check_row("unit_not_printed", "warning", "pass", grp.head(0),
                             f"{len(grp) - len(missing)} of {len(grp)} prose figures",
                             f"{len(grp) - len(missing)} of {len(grp)} figures read from prose print their unit "
                             "after the value.", doc=doc, key=doc, region=grp["region_en"].iloc[0]))
    return out


def periods_not_printed(figures):
    """Money amounts per person printed without a period (see the module docstring)."""
    out = []
    money = figures[(figures["unit_std"] == "yuan/person/year") & figures["value_std"].notna()]
    for doc, grp in money.groupby("doc", sort=True):
        printed = grp[grp["period"].isin(["monthly", "annual"])]
        typical = float(np.median(printed["value_std"])) if len(printed) else np.nan
        unspecified = grp[grp["period"] == "unspecified"]
        for _, f in unspecified.iterrows():
            out.append(_period_row(f, typical, len(printed)))
        out.append(check_row("period_not_printed", "warning", "pass", grp.head(0),
                             f"{len(grp) - len(unspecified)} of {len(grp)} amounts per person",
                             f"{len(grp) - len(unspecified)} of {len(grp)} money amounts per person print their "
                             "period (每月, 每年) or carry it from a neighbouring amount.", doc=doc, key=doc,
                             region=grp["region_en"].iloc[0]))
    return out


def _period_row(f, typical, n):
    annual = f["value_std"]
    monthly = 12 * annual
    compare = ""
    if n and not pd.isna(typical):
        closer = "annual" if abs(np.log(annual / typical)) <= abs(np.log(monthly / typical)) else "monthly"
        compare = (f" Read as annual it is {annual / typical:.2f} times, read as monthly {monthly / typical:.2f} "
                   f"times the median of the document's {n} amounts with a printed period ({typical:.10g} yuan a "
                   f"year): the {closer} reading is the closer.")
    return check_row("period_not_printed", "warning", "fail", [f],
                     f"{f['value']} yuan: annual {annual:.10g}, or monthly x 12 = {monthly:.10g} yuan/person/year",
                     f"{f['indicator_zh']} {f['value']}{f['unit']} is printed without 每月 or 每年; the extractor "
                     f"took it as {'annual' if f['conversion'].endswith('annual') else f['conversion']}.{compare}")
