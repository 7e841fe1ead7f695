"""Printed values against the values recomputed from their own printed parts.

- ``growth_rate``: a growth rate against the rate its endpoints give;
- ``shares_sum_to_100``, ``changes_sum_to_0``, ``count_vs_share``: census age groups;
- ``ratio_vs_components``: a ratio or share against its numerator and denominator, for the
  relations listed in ``data/reference/check_relations.csv``, and for any share printed after a
  part of a total (``床位20590张,其中护理型床位14231张,占比达到69.12%``), mapped or not;
- ``parts_within_total``: the parts listed after ``其中`` cannot add up to more than their total.

Where a check fails and one common misprint explains the difference (:mod:`.misprints`), the
message names it and the recomputed value stands beside the original as ``corrected_value``.
Derived figures (``method = derived``) are never evidence: the caller leaves them out.
"""

import re

import pandas as pd

from mzlib.quality.misprints import name_misprint
from mzlib.quality.rows import (check_row, count_units, half_unit, half_unit_std, levels, params,
                                printed_like, relation_figures, relations)


def _correction(slip, printed, what):
    """The correction columns for a named misprint (empty when there is none)."""
    if slip is None:
        return {}
    return dict(original_value=printed, corrected_value=slip.corrected,
                correction_reason=f"{what} gives {slip.corrected}: likely a misprint, {slip.description}; "
                                  "not applied, the source must confirm")


# ---------------------------------------------------------------- growth rates
def _growth(base, end, years, basis):
    ratio = end / base
    return 100 * (ratio ** (1 / years) - 1) if basis.startswith("annual") else 100 * (ratio - 1)


def _growth_interval(b, e, years, basis):
    base, end = b["value_std"], e["value_std"]
    hb, he = half_unit_std(b), half_unit_std(e)
    values = [_growth(x, y, years, basis) for x in (base - hb, base + hb) for y in (end - he, end + he) if x > 0]
    return min(values), max(values)


def growth_rates(figures):
    """Printed growth rates against the rate recomputed from their own endpoints.

    A rate printed with a comparator (``8%以上``) is a claim: it fails when no value inside the
    endpoints' rounding meets it. A rate printed as a value fails when no such value reproduces it.
    When the earlier endpoint is not printed, a note gives the value the claim implies.
    """
    out = []
    gap_error = params()["growth_error_gap_pp"]
    growth = figures[(figures["kind"] == "growth_rate") & figures["value_std"].notna()]
    level = figures[figures["kind"].isin(["baseline", "actual", "target", "standard"])
                    & figures["value_std"].notna() & (figures["subregion_zh"] == "")]
    for _, g in growth.iterrows():
        same = level[(level["doc"] == g["doc"]) & (level["indicator_id"] == g["indicator_id"])]
        if g["method"] == "table":
            same = same[(same["table_id"] == g["table_id"]) & (same["row_no"] == g["row_no"])]
        base = same[same["year"] == g["base_year"]]
        end = same[same["year"] == g["year"]]
        if g["growth_basis"] == "annual_planned":
            end = end[end["kind"] == "target"]
        if base.empty or end.empty:
            if pd.notna(g["base_year"]) and not end.empty and g["growth_basis"] == "total":
                e = end.iloc[0]
                implied = e["value_std"] / (1 + g["value_std"] / 100)
                out.append(check_row("growth_rate", "info", "note", [g, e],
                                     f"{e['value_std']:.10g} / (1 + {g['value']}%) = {implied:.1f}",
                                     f"The {g['base_year']} value of {g['indicator_id']} is not printed; the "
                                     f"growth claim implies {implied:.1f} {e['unit_std']}."))
            continue
        b, e = base.iloc[0], end.iloc[0]
        years = int(g["year"]) - int(g["base_year"])
        if b["value_std"] <= 0 or years <= 0:
            continue
        out.append(_growth_row(g, b, e, years, gap_error))
    return out


def _growth_row(g, b, e, years, gap_error):
    lo, hi = _growth_interval(b, e, years, g["growth_basis"])
    point = _growth(b["value_std"], e["value_std"], years, g["growth_basis"])
    printed, tol, cmp = g["value_std"], half_unit(g["value"]), g["comparator"]
    if cmp in (">=", ">"):
        ok = hi >= printed - tol
    elif cmp in ("<=", "<"):
        ok = lo <= printed + tol
    else:
        ok = lo - tol <= printed <= hi + tol
    label = "average annual" if g["growth_basis"].startswith("annual") else "total"
    arithmetic = (f"{label} growth {b['year']}->{e['year']}: ({e['value_std']:.10g}/{b['value_std']:.10g})"
                  f"{'^(1/' + str(years) + ')' if label != 'total' else ''} - 1 = {point:.2f}% "
                  f"(rounding interval {lo:.2f}..{hi:.2f}); printed {cmp}{g['value']}%")
    if ok:
        return check_row("growth_rate", "warning", "pass", [b, e, g], arithmetic,
                         f"Printed growth {cmp}{g['value']}% agrees with its endpoints.", key=g["figure_id"])
    slip = None if cmp else name_misprint(g["value"], lo, point, hi, params()["max_power_shift"])
    gap = min(abs(printed - lo), abs(printed - hi))
    message = (f"Printed growth {cmp}{g['value']}% does not follow from {b['value']} ({b['year']}) and "
               f"{e['value']} ({e['year']}), which give {point:.2f}%"
               + (f": likely a misprint, {slip.description}." if slip else "."))
    return check_row("growth_rate", "error" if gap > gap_error or slip else "warning", "fail", [b, e, g],
                     arithmetic, message, key=g["figure_id"],
                     **_correction(slip, g["value"], "the rate recomputed from its endpoints"))


# ---------------------------------------------------------------- census structure
CENSUS_GROUPS = ["0_14", "15_59", "60plus"]


def _part_slips(values, printed, target):
    """Every part whose misprint alone would explain a sum that misses ``target``: [(index, Misprint)]."""
    found = []
    for i, p in enumerate(printed):
        others = sum(v for j, v in enumerate(values) if j != i)
        tol = sum(half_unit(x) for j, x in enumerate(printed) if j != i)
        point = target - others
        sign = -1 if values[i] < 0 else 1
        lo, hi = sorted((sign * (point - tol), sign * (point + tol)))
        slip = name_misprint(str(p), lo, sign * point, hi, params()["max_power_shift"])
        if slip is not None:
            found.append((i, slip))
    return found


def census_structure(figures):
    """Age shares sum to 100, their changes to 0, and counts agree with shares."""
    out = []
    census = figures[figures["indicator_id"].str.startswith("pop_")]
    for (doc, year), grp in census.groupby(["doc", "year"]):
        shares = grp[(grp["kind"] == "actual") & grp["indicator_id"].str.startswith("pop_share_")]
        counts = grp[(grp["kind"] == "actual") & grp["indicator_id"].str.startswith("pop_count_")]
        changes = grp[(grp["kind"] == "change_pp") & (grp["growth_basis"] != "between_places")]  # not a gap to another place
        s, c, ch = _by_group(shares, "pop_share_"), _by_group(counts, "pop_count_"), _by_group(changes, "pop_share_")
        if set(CENSUS_GROUPS) <= set(s.index):
            out.append(_sum_row("shares_sum_to_100", s.loc[CENSUS_GROUPS], 100, f"{doc}:{year}",
                                "Age shares"))
        if set(CENSUS_GROUPS) <= set(ch.index):
            out.append(_sum_row("changes_sum_to_0", ch.loc[CENSUS_GROUPS], 0, f"{doc}:{year}",
                                "Percentage-point changes of the age shares"))
        if set(CENSUS_GROUPS) <= set(c.index):
            population = c.loc[CENSUS_GROUPS, "value_std"].sum()
            for part in [p for p in c.index if p in s.index]:
                out.append(_count_share_row(c.loc[part], s.loc[part], part, population))
    return out


def _by_group(figs, prefix):
    """Figures indexed by their age group (``pop_share_0_14`` -> ``0_14``), the first printing of each."""
    figs = figs.drop_duplicates("indicator_id")
    return figs.set_index(figs["indicator_id"].str.replace(prefix, ""))


def _sum_row(check, parts, target, key, what):
    values = list(parts["value_std"])
    total = sum(values)
    tol = sum(half_unit(v) for v in parts["value"])
    ok = abs(total - target) <= tol + 1e-9
    arithmetic = " + ".join(f"{v:+.2f}" if target == 0 else f"{v:.10g}" for v in values) + f" = {total:.2f}"
    if ok:
        return check_row(check, "warning", "pass", parts, arithmetic,
                         f"{what} sum to {total:.2f}, which is {target} within the rounding of the printed "
                         f"values (±{tol:.3f}).", key=key)
    found = _part_slips(values, list(parts["value"]), target)
    correction, hint = {}, ""
    if len(found) == 1:
        i, slip = found[0]
        name = parts["indicator_zh"].iloc[i]
        hint = f" The other parts give {slip.corrected} for {name}: likely a misprint, {slip.description}."
        correction = _correction(slip, parts["value"].iloc[i], f"{target} minus the other parts")
    elif found:
        hint = (" One misprint in any of " + ", ".join(parts["indicator_zh"].iloc[i] for i, _ in found)
                + " would explain it; other checks of the same figures may tell which.")
    severe = found or abs(total - target) > params()["sum_error_gap_pp"]
    return check_row(check, "error" if severe else "warning", "fail", parts, arithmetic,
                     f"{what} sum to {total:.2f}; they should sum to {target}.{hint}", key=key, **correction)


def _count_share_row(count, share, part, population):
    computed = 100 * count["value_std"] / population
    tol = half_unit(share["value"]) + 1e-9
    ok = abs(computed - share["value_std"]) <= tol
    arithmetic = f"{count['value']} / {population:.0f} = {computed:.3f}%; printed {share['value']}%"
    if ok:
        return check_row("count_vs_share", "warning", "pass", [count, share], arithmetic,
                         f"Count and share of age group {part} agree (population {population:.0f} from the "
                         "three age groups).")
    slip = name_misprint(share["value"], computed, computed, computed, params()["max_power_shift"])
    return check_row("count_vs_share", "error" if slip else "warning", "fail", [count, share], arithmetic,
                     f"The count of age group {part} gives {computed:.2f}%, printed {share['value']}%"
                     + (f": likely a misprint, {slip.description}." if slip else "."),
                     **_correction(slip, share["value"], "the count over the population"))


# ---------------------------------------------------------------- ratios and their parts
def ratios(figures):
    """Printed ratios against their own numerators and denominators (``ratio`` relations of
    ``check_relations.csv``): same document, same year, or the nearest year where the relation
    allows it (a census population), with a tolerance widened for the years between."""
    out = []
    drift = params()["population_change_per_year"] / 100
    for rel in relations()[relations()["relation"] == "ratio"].itertuples():
        nearest = rel.denominator_year == "nearest"
        printed = figures[figures["indicator_id"] == rel.indicator]
        for doc in printed["doc"].unique():
            for _, r in levels(printed, doc, rel.indicator).iterrows():
                year = int(r["year"])
                num, _ = relation_figures(figures, doc, rel.numerator, year, False)
                den, den_year = relation_figures(figures, doc, rel.denominator, year, nearest)
                if num is None or den is None:
                    continue
                out.append(_ratio_row(r, num, den, rel, abs(year - den_year) * drift, den_year))
    return out


def _ratio_row(r, num, den, rel, drift, den_year):
    n = sum(f["value_std"] for f in num)
    d = sum(f["value_std"] for f in den)
    if d <= 0:
        return check_row("ratio_vs_components", "warning", "note", [r, *num, *den], f"denominator {d:.10g}",
                         f"The {rel.label} cannot be recomputed: its denominator is {d:.10g}.")
    computed = rel.scale * n / d
    printed = r["value_std"]
    rel_err = (sum(half_unit_std(f) for f in num) / max(n, 1e-9) + sum(half_unit_std(f) for f in den) / d + drift)
    lo, hi = computed * (1 - rel_err), computed * (1 + rel_err)
    tol = half_unit_std(r)
    ok = lo - tol <= printed <= hi + tol
    names = " + ".join(f"{f['value_std']:.10g}" for f in den)
    other = f" ({den_year} denominator, tolerance widened by {100 * drift:.0f}% for the years between)" \
        if drift else ""
    arithmetic = (f"{rel.scale:.10g} x {n:.10g} / {names if len(den) == 1 else '(' + names + ')'} = {computed:.2f}"
                  f" (interval {lo:.2f}..{hi:.2f}){other}; printed {printed:.2f}")
    figs = [r, *num, *den]
    if ok:
        return check_row("ratio_vs_components", "warning", "pass", figs, arithmetic,
                         f"The {rel.label} agrees with its parts within rounding.", key=r["figure_id"])
    same_scale = float(str(r["value"]).split(":")[0]) == printed  # printed in its standard unit
    slip = name_misprint(r["value"], lo, computed, hi, params()["max_power_shift"]) if same_scale else None
    gap = abs(computed - printed) / abs(computed) if computed else float("inf")
    severity = "error" if slip or gap > params()["ratio_error_relative"] else "warning"
    message = (f"The {rel.label} is printed as {r['value']}{r['unit']} ({r['year']}) but its own parts, "
               f"{' + '.join(f['value'] + f['unit'] for f in num)} over "
               f"{' + '.join(f['value'] + f['unit'] for f in den)}, give {computed:.2f}"
               + (f": likely a misprint, {slip.description}." if slip else "."))
    return check_row("ratio_vs_components", severity, "fail", figs, arithmetic, message, key=r["figure_id"],
                     **_correction(slip, r["value"], "the ratio of its printed parts"))


# ---------------------------------------------------------------- 其中: parts of a total
_OF_WHICH = re.compile(r"[^\d。;；!？?]{0,6}?[,，:：]?\s*其中\s*[,，:：]?")
_SHARE_CUE = re.compile(r"(?:占比|占总数|占总量|占)(?:的)?(?:比例|比重)?(?:达到|达|为|是)?\s*$")
_CLAUSE_END = re.compile(r"[。;；!？?\n]")


def parts_within_total(figures, texts, checked=()):
    """Parts listed after ``其中`` add up to no more than their total; a share printed after a part
    (``其中护理型床位14231张,占比达到69.12%``) equals part / total.

    The rule does not depend on what the figures measure, so unmapped figures take part: a total
    is a count printed right before ``其中``; its parts are the figures of the same unit and kind
    that follow in the same clause (up to ``。`` or ``;``).

    Parameters
    ----------
    figures : pandas.DataFrame
        Printed figures (prose).
    texts : dict
        ``{doc: original text}``.
    checked : collection of str
        Ids of shares already checked against their parts (not checked twice).
    """
    out = []
    prose = figures[(figures["method"] == "prose") & (figures["value_type"] == "number")
                    & figures["value_std"].notna()]
    for doc, grp in prose.groupby("doc"):
        text = texts.get(doc, "")
        grp = grp.assign(_vs=grp["value_start"].astype(int), _ve=grp["value_end"].astype(int)).sort_values("_vs")
        for _, total in grp[grp["unit_std"].map(count_units)].iterrows():
            m = _OF_WHICH.match(text, total["_ve"])
            if not m:
                continue
            end = _CLAUSE_END.search(text, m.end())
            end = end.start() if end else len(text)
            inside = grp[(grp["_vs"] >= m.end()) & (grp["_vs"] < end)]
            parts = _listed_parts(text, total, inside)
            if parts.empty:
                continue
            out.append(_parts_row(total, parts))
            for _, share in inside[inside["unit_std"] == "%"].iterrows():
                if share["figure_id"] in checked:
                    continue
                before = parts[parts["_ve"] <= share["_vs"]]
                if before.empty:
                    continue
                part = before.iloc[-1]
                between = text[part["_ve"]:share["_vs"]]
                if re.search(r"\d", between) or not _SHARE_CUE.search(between):
                    continue
                out.append(_share_row(share, part, total))
    return out


def _listed_parts(text, total, inside):
    """The parts listed right after 其中: figures of the total's unit and kind, one after the other
    with no other figure and no second 其中 between them (``其中：村委会49.0万个，比上年下降2.5％，
    村民小组395.0万个``: the list ends at 2.5％)."""
    parts, last_end = [], None
    for i, f in inside.iterrows():
        if (f["unit_std"] != total["unit_std"] or f["kind"] != total["kind"]
                or f["subregion_zh"] != total["subregion_zh"]
                or (last_end is not None and "其中" in text[last_end:f["_vs"]])):
            break
        parts.append(i)
        last_end = f["_ve"]
    return inside.loc[parts]


def _parts_row(total, parts):
    summed = parts["value_std"].sum()
    tol = half_unit_std(total) + sum(half_unit_std(p) for _, p in parts.iterrows())
    ok = summed <= total["value_std"] + tol
    figs = pd.concat([total.to_frame().T, parts])
    arithmetic = (" + ".join(f"{v:.10g}" for v in parts["value_std"]) + f" = {summed:.10g}"
                  f" {'<=' if ok else '>'} total {total['value_std']:.10g}")
    if ok:
        exact = abs(summed - total["value_std"]) <= tol
        return check_row("parts_within_total", "warning", "pass", figs, arithmetic,
                         "The parts listed after 其中 add up to the total." if exact else
                         "The parts listed after 其中 add up to less than the total (they need not list "
                         "every part).")
    slip = name_misprint(total["value"], summed, summed, summed, params()["max_power_shift"])
    return check_row("parts_within_total", "warning", "fail", figs, arithmetic,
                     f"The parts listed after 其中 add up to {summed:.10g}, more than the total "
                     f"{total['value']}{total['unit']} they belong to"
                     + (f"; if they are all of it, the total is likely a misprint, {slip.description}."
                        if slip else "."),
                     **_correction(slip, total["value"], "the sum of the parts listed after 其中"))


def _share_row(share, part, total):
    computed = 100 * part["value_std"] / total["value_std"]
    rel_err = half_unit_std(part) / part["value_std"] + half_unit_std(total) / total["value_std"]
    lo, hi = computed * (1 - rel_err), computed * (1 + rel_err)
    tol = half_unit_std(share)
    ok = lo - tol <= share["value_std"] <= hi + tol
    arithmetic = (f"100 x {part['value_std']:.10g} / {total['value_std']:.10g} = {computed:.2f} "
                  f"(interval {lo:.2f}..{hi:.2f}); printed {share['value']}")
    figs = [share, part, total]
    if ok:
        return check_row("ratio_vs_components", "warning", "pass", figs, arithmetic,
                         "The share printed after a part of a total agrees with part / total.")
    slip = name_misprint(share["value"], lo, computed, hi, params()["max_power_shift"])
    gap = abs(computed - share["value_std"]) / computed if computed else float("inf")
    return check_row("ratio_vs_components", "error" if slip or gap > params()["ratio_error_relative"] else "warning",
                     "fail", figs, arithmetic,
                     f"The share {share['value']}% printed after {part['value']}{part['unit']} of "
                     f"{total['value']}{total['unit']} should be {printed_like(computed, share['value'])}%"
                     + (f": likely a misprint, {slip.description}." if slip else "."),
                     **_correction(slip, share["value"], "part / total"))
