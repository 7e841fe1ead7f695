"""Counts against the counts they relate to: is the size plausible at all?

The relations and their bounds are data: ``per`` and ``subset`` rows of
``data/reference/check_relations.csv`` name the count checked (numerator) and the related count
(denominator), and ``data/reference/check_params.csv`` holds the plausible range with its source.

- ``per`` (beds per institution, beds per 1,000 aged 60+): the ratio must lie inside the range.
  When it does not, and exactly one shift of the checked count by a power of ten lands inside
  (a digit added or dropped), that value is offered beside the original, never in its place.
- ``subset`` (people in centralised care per 100 beds): the numerator counts only part of what
  the denominator holds, so the ratio is a lower bound. It can show more people than beds (a
  failure), never that the beds are too many: otherwise it is recorded as a note that says so.

A check is a plausibility warning, not an error: the document may be right about an unusual place.
"""

from mzlib.quality.misprints import power_slip
from mzlib.quality.rows import check_row, levels, params, relation_figures, relations


def magnitudes(figures):
    """Every ``per`` and ``subset`` relation of ``check_relations.csv`` on every document."""
    out = []
    for rel in relations()[relations()["relation"].isin(["per", "subset"])].itertuples():
        nearest = rel.denominator_year == "nearest"
        counts = figures[figures["indicator_id"] == rel.numerator]
        for doc in counts["doc"].unique():
            for _, x in levels(counts, doc, rel.numerator).iterrows():
                den, den_year = relation_figures(figures, doc, rel.denominator, int(x["year"]), nearest)
                if den is None or den[0]["value_std"] <= 0:
                    continue
                d = den[0]
                row = _per_row(x, d, rel) if rel.relation == "per" else _subset_row(x, d, rel)
                out.append(row)
    return out


def _years(x, d):
    return f"{x['year']}" if x["year"] == d["year"] else f"{x['year']} count, {d['year']} {d['indicator_zh']}"


def _per_row(x, d, rel):
    p = params()
    low, high = p[rel.low], p[rel.high]
    value = rel.scale * x["value_std"] / d["value_std"]
    arithmetic = (f"{rel.scale:.10g} x {x['value_std']:.10g} / {d['value_std']:.10g} = {value:.1f} {rel.label} "
                  f"({_years(x, d)}); plausible {low:.10g}-{high:.10g}")
    key = f"{x['figure_id']}:{rel.relation_id}"
    what = f"{x['value']}{x['unit']} {x['indicator_zh']} for {d['value']}{d['unit']} {d['indicator_zh']}"
    if low <= value <= high:
        return check_row("magnitude", "warning", "pass", [x, d], arithmetic,
                         f"{value:.1f} {rel.label} ({what}) is within the plausible {low:.10g}-{high:.10g}.", key=key)
    factor = x["value_std"] / float(x["value"])
    span = (low * d["value_std"] / rel.scale / factor, high * d["value_std"] / rel.scale / factor)
    slip = power_slip(x["value"], *span, max_shift=p["max_power_shift"])
    correction, hint = {}, ""
    if slip is not None:
        shifted = rel.scale * float(slip.corrected) * factor / d["value_std"]
        hint = (f" {slip.corrected} would give {shifted:.1f}, inside the range: the count is likely a misprint, "
                f"{slip.description}; or the related count is misprinted.")
        correction = dict(original_value=x["value"], corrected_value=slip.corrected,
                          correction_reason=f"the only power-of-ten shift that gives a plausible {rel.label} "
                                            f"({shifted:.1f}); not applied, the source must confirm")
    return check_row("magnitude", "warning", "fail", [x, d], arithmetic,
                     f"{value:.1f} {rel.label} ({what}) is outside the plausible {low:.10g}-{high:.10g} "
                     f"(check_params.csv): implausible for a whole region.{hint}", key=key, **correction)


def _subset_row(x, d, rel):
    high = params()[rel.high]
    value = rel.scale * x["value_std"] / d["value_std"]
    arithmetic = (f"{rel.scale:.10g} x {x['value_std']:.10g} / {d['value_std']:.10g} = {value:.1f} {rel.label} "
                  f"({_years(x, d)}); at most {high:.10g}")
    key = f"{x['figure_id']}:{rel.relation_id}"
    what = f"{x['value']}{x['unit']} {x['indicator_zh']} for {d['value']}{d['unit']} {d['indicator_zh']}"
    if value > high:
        return check_row("magnitude", "warning", "fail", [x, d], arithmetic,
                         f"{what} is {value:.1f} {rel.label}, more than {high:.10g}: there are more people in care "
                         "than beds, so one of the two counts is wrong or they cover different places.", key=key)
    return check_row("magnitude", "info", "note", [x, d], arithmetic,
                     f"{what} is {value:.1f} {rel.label}. {x['indicator_zh']} counts at most part of the people "
                     "in these beds, so this is a lower bound on occupancy: it could show more people than beds, "
                     "but it cannot show that the bed count is too high.", key=key)
