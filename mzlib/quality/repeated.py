"""One quantity printed more than once: at one date it must agree, over dates a running total must
not fall.

- ``repeated_figure``: figures of one indicator, kind of level, date and scope printed in two
  places of a document agree within the rounding of both. Two figures are the same quantity only
  if their printed names agree (one contains the other once region words such as 全市 and verbs
  such as 达到 are set aside): ``养老机构床位`` and ``家庭养老床位`` share an indicator by a loose
  mapping but are different beds, so their disagreement is a note about the mapping, not a failure.
  Dates: a figure dated to the month and one dated only by its year may be the same; two
  different month dates are not.
- ``cumulative_total``: an indicator listed as ``cumulative`` in ``check_relations.csv`` cannot
  fall from one date to a later one; when the two values differ by one common misprint the
  message names it.

Only mapped, printed figures take part: which figures are "the same quantity" depends on the
indicator.
"""

import re

import pandas as pd

from mzlib.quality.misprints import digit_slip
from mzlib.quality.rows import check_row, half_unit, half_unit_std, relations

_NAME_NOISE = re.compile(r"全市|全省|全州|全县|全区|全国|我市|我省|我州|我县|本市|截至|达到|共有|现有|已有|设立|建成|"
                         r"累计|总量|总数|数量|人数|系统中|\(%\)|（%）|[\s,，、:：“”\"]")


def _core_name(name):
    return _NAME_NOISE.sub("", str(name))


def same_name(a, b):
    """Whether two printed names can be one quantity: one contains the other once region words,
    verbs and words for "total" are set aside (``注册志愿者总量`` and ``全市实名注册志愿者``: no;
    ``收养登记合格率`` and ``全市收养登记合格率``: yes)."""
    a, b = _core_name(a), _core_name(b)
    return bool(a) and bool(b) and (a in b or b in a)


def _same_date_groups(grp):
    """Split figures of one year into groups that can refer to the same date."""
    full = sorted({d for d in grp["date"] if len(str(d)) > 4})
    if len(full) <= 1:
        return [grp]
    bare = grp[grp["date"].str.len() <= 4]
    return [pd.concat([grp[grp["date"] == d], bare]) for d in full]


def repeated_figures(figures):
    """Figures printed twice at one date agree within rounding (see the module docstring)."""
    out = []
    level = figures[figures["kind"].isin(["actual", "baseline"]) & figures["value_std"].notna()
                    & (figures["indicator_id"] != "unmapped")]
    for (doc, ind, year, sub), by_year in level.groupby(["doc", "indicator_id", "year", "subregion_zh"]):
        for grp in _same_date_groups(by_year):
            if len(grp) < 2:
                continue
            out.append(_repeated_row(grp, ind, year))
    return out


def _repeated_row(grp, ind, year):
    values = grp["value_std"].to_numpy()
    tol = 2 * max(half_unit_std(row) for _, row in grp.iterrows())
    arithmetic = " vs ".join(grp["value"]) + f" ({ind}, {year})"
    if values.max() - values.min() <= tol + 1e-9:
        return check_row("repeated_figure", "warning", "pass", grp, arithmetic,
                         "A figure printed more than once agrees with itself within rounding.")
    names = list(dict.fromkeys(grp["indicator_zh"]))
    if not all(same_name(a, b) for a in names for b in names):
        return check_row("repeated_figure", "info", "note", grp, arithmetic,
                         f"{' and '.join(grp['value'] + grp['unit'])} for {year} share the indicator {ind} but are "
                         f"printed under different names ({' / '.join(names)}): they are most likely different "
                         "quantities, not one figure printed twice; check the mapping.")
    pair = grp.drop_duplicates("value")
    slip = digit_slip(pair["value"].iloc[0], pair["value"].iloc[1]) if len(pair) == 2 else None
    return check_row("repeated_figure", "warning", "fail", grp, arithmetic,
                     f"{names[0]} ({ind}) for {year} is printed as " + " and ".join(grp["value"] + grp["unit"])
                     + (f": likely a misprint in one of them, {slip.description}." if slip else "."))


def cumulative_totals(figures):
    """Running totals (``cumulative`` relations) do not fall from one year to the next."""
    out = []
    level = figures[figures["kind"].isin(["actual", "baseline"]) & figures["value_std"].notna()]
    for ind in relations().loc[relations()["relation"] == "cumulative", "indicator"]:
        for _, grp in level[level["indicator_id"] == ind].groupby("doc"):
            by_year = grp.sort_values("year", kind="stable").drop_duplicates("year", keep="last")
            for (_, a), (_, b) in zip(by_year.iterrows(), by_year.iloc[1:].iterrows()):
                out.append(_cumulative_row(a, b, ind, grp))
    return out


def _cumulative_row(a, b, ind, grp):
    arithmetic = f"{a['year']}: {a['value']} -> {b['year']}: {b['value']}"
    if b["value_std"] >= a["value_std"] - half_unit(a["value"]) - half_unit(b["value"]):
        return check_row("cumulative_total", "error", "pass", [a, b], arithmetic,
                         f"The running total {ind} does not fall.")
    slip = digit_slip(a["value"], b["value"])
    agree = {y: int((grp.loc[grp["year"] == y, "value"] == v).sum()) for y, v in ((a["year"], a["value"]),
                                                                                  (b["year"], b["value"]))}
    printed_twice = [f"{v} ({y}) is printed {agree[y]} times alike" for y, v in ((a["year"], a["value"]),
                                                                                (b["year"], b["value"]))
                     if agree[y] > 1]
    return check_row("cumulative_total", "error", "fail", [a, b], arithmetic,
                     f"{ind} is a running total but falls from {a['value']} ({a['year']}) to {b['value']} "
                     f"({b['year']})."
                     + (f" The two values differ by {slip.description}: one of them is likely a misprint"
                        + (f"; {'; '.join(printed_twice)}." if printed_twice else ".") if slip else ""))
