"""Checks of the sources against themselves. They flag; they never correct a figure in place.

Each check returns rows of the checks table: ``check_id``, ``check``, ``severity`` (error,
warning, info), ``result`` (fail, pass, note), ``doc``, ``region_en``, ``figure_ids``,
``arithmetic``, ``message``, and, where a correction is obvious, ``original_value``,
``corrected_value`` and ``correction_reason`` beside it. Passing checks are kept (severity info)
so a reviewer sees what was checked, not only what failed.

Rounding is handled explicitly: a printed number is taken to stand for the interval of half a
unit in its last printed digit, and a check fails only when no values inside those intervals
reproduce the printed result.
"""

import re

import numpy as np
import pandas as pd

from mzlib.core.scales import meets_target
from mzlib.quality.cascade import cascade
from mzlib.core.normalize import line_number, normalize
from mzlib.sources.registry import load_registry

COLUMNS = ["check_id", "check", "severity", "result", "doc", "region_en", "figure_ids", "arithmetic",
           "message", "original_value", "corrected_value", "correction_reason"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
# Totals that can only grow: a later value below an earlier one is a contradiction.
CUMULATIVE = ("licensed_social_workers",)


def half_unit(printed):
    """Half a unit in the last printed digit of a number string (``'84.68'`` -> 0.005)."""
    match = re.search(r"\.(\d+)", str(printed))
    return 0.5 * 10 ** -(len(match.group(1)) if match else 0)


def half_unit_std(row):
    """:func:`half_unit` of a figure, in its standard unit (``1.5‰`` -> 0.005 %, ``20万人`` -> 5000)."""
    try:
        number = float(str(row["value"]).split(":")[0])
    except ValueError:
        return 0.0
    scale = row["value_std"] / number if number else 1.0
    return half_unit(row["value"]) * abs(scale)


def _row(check, severity, result, figs, arithmetic, message, doc=None, key=None, region="", **correction):
    figs = figs if isinstance(figs, pd.DataFrame) else pd.DataFrame(figs)
    doc = doc or (figs["doc"].iloc[0] if len(figs) else "")
    region = figs["region_en"].iloc[0] if len(figs) else region
    ids = ";".join(figs["figure_id"]) if len(figs) else ""
    key = key if key is not None else (figs["figure_id"].iloc[0] if len(figs) else doc)
    row = {"check_id": f"{check}:{key}", "check": check, "severity": severity if result == "fail" else "info",
           "result": result, "doc": doc, "region_en": region, "figure_ids": ids,
           "arithmetic": arithmetic, "message": message, "original_value": "", "corrected_value": "",
           "correction_reason": ""}
    row.update({k: str(v) for k, v in correction.items()})
    return row


def _growth(base, end, years, basis):
    ratio = end / base
    return 100 * (ratio ** (1 / years) - 1) if basis.startswith("annual") else 100 * (ratio - 1)


def _growth_interval(b, e, years, basis):
    base, end = b["value_std"], e["value_std"]
    hb, he = half_unit_std(b), half_unit_std(e)
    values = [_growth(b, e, years, basis) for b in (base - hb, base + hb) for e in (end - he, end + he)
              if b > 0]
    return min(values), max(values)


# ---------------------------------------------------------------- growth
def growth_rates(figures):
    """Printed growth rates against the rate recomputed from their own endpoints."""
    out = []
    growth = figures[(figures["kind"] == "growth_rate") & figures["value_std"].notna()]
    levels = figures[figures["kind"].isin(["baseline", "actual", "target", "standard"])
                     & figures["value_std"].notna() & (figures["subregion_zh"] == "")]
    for _, g in growth.iterrows():
        same = levels[(levels["doc"] == g["doc"]) & (levels["indicator_id"] == g["indicator_id"])]
        if g["method"] == "table":
            same = same[(same["table_id"] == g["table_id"]) & (same["row_no"] == g["row_no"])]
        base = same[same["year"] == g["base_year"]]
        end = same[(same["year"] == g["year"]) & (same["kind"] != "growth_rate")]
        if g["growth_basis"] == "annual_planned":
            end = end[end["kind"] == "target"]
        if base.empty or end.empty:
            if pd.notna(g["base_year"]) and not end.empty and g["growth_basis"] == "total":
                e = end.iloc[0]
                implied = e["value_std"] / (1 + g["value_std"] / 100)
                out.append(_row("growth_rate", "info", "note", pd.DataFrame([g, e]),
                                f"{e['value_std']:g} / (1 + {g['value']}%) = {implied:.1f}",
                                f"The {g['base_year']} value of {g['indicator_id']} is not printed; the growth "
                                f"claim implies {implied:.1f} {e['unit_std']}."))
            continue
        b, e = base.iloc[0], end.iloc[0]
        years = int(g["year"]) - int(g["base_year"])
        if b["value_std"] <= 0 or years <= 0:
            continue
        lo, hi = _growth_interval(b, e, years, g["growth_basis"])
        point = _growth(b["value_std"], e["value_std"], years, g["growth_basis"])
        printed, tol = g["value_std"], half_unit(g["value"])
        cmp = g["comparator"]
        if cmp in (">=", ">"):
            ok = hi >= printed - tol
        elif cmp in ("<=", "<"):
            ok = lo <= printed + tol
        else:
            ok = lo - tol <= printed <= hi + tol
        label = "average annual" if g["growth_basis"].startswith("annual") else "total"
        arithmetic = (f"{label} growth {b['year']}->{e['year']}: ({e['value_std']:g}/{b['value_std']:g})"
                      f"{'^(1/' + str(years) + ')' if label != 'total' else ''} - 1 = {point:.2f}% "
                      f"(rounding interval {lo:.2f}..{hi:.2f}); printed {cmp}{g['value']}%")
        gap = min(abs(printed - lo), abs(printed - hi))
        message = (f"Printed growth {cmp}{g['value']}% agrees with its endpoints." if ok else
                   f"Printed growth {cmp}{g['value']}% does not follow from {b['value']} ({b['year']}) and "
                   f"{e['value']} ({e['year']}), which give {point:.2f}%.")
        out.append(_row("growth_rate", "error" if gap > 1 else "warning", "pass" if ok else "fail",
                        pd.DataFrame([b, e, g]), arithmetic, message, key=g["figure_id"]))
    return out


# ---------------------------------------------------------------- census
def census_structure(figures):
    """Shares sum to 100, changes sum to 0, counts agree with shares."""
    out = []
    census = figures[figures["indicator_id"].str.startswith("pop_")]
    for (doc, year), grp in census.groupby(["doc", "year"]):
        shares = grp[(grp["kind"] == "actual") & grp["indicator_id"].str.startswith("pop_share_")]
        counts = grp[(grp["kind"] == "actual") & grp["indicator_id"].str.startswith("pop_count_")]
        changes = grp[grp["kind"] == "change_pp"]
        parts = ["0_14", "15_59", "60plus"]
        s = shares.set_index(shares["indicator_id"].str.replace("pop_share_", ""))
        c = counts.set_index(counts["indicator_id"].str.replace("pop_count_", ""))
        if set(parts) <= set(s.index):
            total = s.loc[parts, "value_std"].sum()
            tol = sum(half_unit(v) for v in s.loc[parts, "value"])
            ok = abs(total - 100) <= tol
            out.append(_row("shares_sum_to_100", "warning", "pass" if ok else "fail", s.loc[parts],
                            " + ".join(s.loc[parts, "value"]) + f" = {total:.2f}",
                            "Age shares sum to 100 within rounding." if ok else
                            f"Age shares sum to {total:.2f}, not 100.", key=f"{doc}:{year}"))
        ch = changes.set_index(changes["indicator_id"].str.replace("pop_share_", ""))
        if set(parts) <= set(ch.index):
            total = ch.loc[parts, "value_std"].sum()
            tol = sum(half_unit(v) for v in ch.loc[parts, "value"])
            ok = abs(total) <= tol
            out.append(_row("changes_sum_to_0", "warning", "pass" if ok else "fail", ch.loc[parts],
                            " + ".join(f"{v:+.2f}" for v in ch.loc[parts, "value_std"]) + f" = {total:+.2f}",
                            (f"Percentage-point changes sum to {total:+.2f}, within the rounding of the "
                             f"printed changes (±{tol:.3f})." if ok else
                             f"Percentage-point changes sum to {total:+.2f}; they should sum to 0."),
                            key=f"{doc}:{year}"))
        if set(parts) <= set(c.index):
            population = c.loc[parts, "value_std"].sum()
            for part in [p for p in c.index if p in s.index]:
                computed = 100 * c.loc[part, "value_std"] / population
                ok = abs(computed - s.loc[part, "value_std"]) <= half_unit(s.loc[part, "value"]) + 1e-9
                out.append(_row("count_vs_share", "warning", "pass" if ok else "fail",
                                pd.DataFrame([c.loc[part], s.loc[part]]),
                                f"{c.loc[part, 'value']} / {population:.0f} = {computed:.3f}%",
                                f"Count and share of age group {part} agree (population {population:.0f} "
                                f"from the three age groups)." if ok else
                                f"Count of {part} gives {computed:.2f}%, printed {s.loc[part, 'value']}%."))
    return out


# ---------------------------------------------------------------- ratios
def _first(figures, doc, indicator, year=None, kinds=("actual", "baseline", "standard")):
    sel = figures[(figures["doc"] == doc) & (figures["indicator_id"] == indicator)
                  & figures["kind"].isin(kinds) & figures["value_std"].notna() & (figures["subregion_zh"] == "")]
    if year is not None:
        sel = sel[sel["year"] == year]
    return sel


def _ratio_check(check, figures, ratio, num, den, scale, tolerance, message_ok, message_fail, extra=""):
    computed = scale * num["value_std"] / den["value_std"]
    printed = ratio["value_std"]
    rel = half_unit_std(num) / max(num["value_std"], 1e-9) + half_unit_std(den) / den["value_std"]
    tol = max(tolerance, abs(computed) * rel + half_unit(ratio["value"]))
    ok = abs(computed - printed) <= tol
    gap = abs(computed - printed)
    arithmetic = f"{scale:g} x {num['value_std']:g} / {den['value_std']:g} = {computed:.2f}; printed {printed:.2f}"
    return _row(check, "error" if gap > 2 else "warning", "pass" if ok else "fail",
                pd.DataFrame([ratio, num, den]), arithmetic,
                (message_ok if ok else message_fail.format(computed=computed, printed=printed)) + extra)


# (ratio, numerator, denominator, scale, minimum tolerance, what the ratio is)
RATIO_PARTS = [
    ("dibao_rural_urban_ratio", "dibao_rural_standard", "dibao_urban_standard", 100, 0.1,
     "Rural/urban dibao ratio"),
    ("nursing_bed_share", "nursing_beds", "institutional_elder_care_beds", 100, 0.05, "Nursing-bed share"),
    ("volunteers_with_hours_share", "volunteers_with_hours", "registered_volunteers", 100, 0.05,
     "Share of volunteers with recorded hours"),
    ("tekun_dibao_ratio", "tekun_standard", "dibao_urban_standard", 1, 0.01, "Tekun/urban-dibao multiple"),
]


def ratios(figures):
    """Printed ratios and shares against their own numerators and denominators (same document
    and year), and the volunteer share against the census population."""
    out = []
    for doc in figures["doc"].unique():
        for ratio_id, num_id, den_id, scale, tol, label in RATIO_PARTS:
            for _, r in _first(figures, doc, ratio_id).iterrows():
                num = _first(figures, doc, num_id, r["year"])
                den = _first(figures, doc, den_id, r["year"])
                if len(num) and len(den):
                    out.append(_ratio_check(
                        "ratio_vs_components", figures, r, num.iloc[0], den.iloc[0], scale, tol,
                        f"{label} agrees with its parts.",
                        f"{label} printed {{printed:.2f}} but its parts printed for the same year "
                        "give {computed:.2f}."))
        out += _volunteer_share_vs_population(figures, doc)
    return out


def _volunteer_share_vs_population(figures, doc):
    out = []
    counts = _first(figures, doc, "pop_count_0_14").merge(
        _first(figures, doc, "pop_count_15_59"), on="year").merge(_first(figures, doc, "pop_count_60plus"), on="year")
    shares = _first(figures, doc, "volunteer_share")
    volunteers = _first(figures, doc, "registered_volunteers")
    if counts.empty or shares.empty or volunteers.empty:
        return out
    population = counts[["value_std_x", "value_std_y", "value_std"]].iloc[0].sum()
    census_year = counts["year"].iloc[0]
    for _, s in shares.iterrows():
        v = volunteers[volunteers["year"] == s["year"]]
        if v.empty:
            continue
        v = v.iloc[0]
        computed = 100 * v["value_std"] / population
        ok = abs(computed - s["value_std"]) <= 0.5
        hint = ""
        if not ok and f"{computed:.2f}"[1:] == str(s["value"])[1:]:
            hint = f" Only the first digit differs ({computed:.2f} vs {s['value']}): likely a misprint."
        out.append(_row(
            "ratio_vs_components", "error" if abs(computed - s["value_std"]) > 2 else "warning",
            "pass" if ok else "fail", pd.DataFrame([s, v]),
            f"100 x {v['value_std']:g} volunteers / {population:.0f} residents ({census_year} census) = "
            f"{computed:.2f}%; printed {s['value']}%",
            ("Volunteer share agrees with volunteers / census population (population may have changed "
             "since the census; tolerance 0.5 pp)." if ok else
             f"Volunteer share printed {s['value']}% but {v['value']} registered volunteers among "
             f"{population:.0f} residents is {computed:.2f}%.{hint}")))
    return out


# ---------------------------------------------------------------- magnitudes
def magnitudes(figures, beds_per_institution_max=300, occupancy_min=5.0, beds_per_1000_range=(5, 100)):
    """Bed counts (of all kinds as printed, and in institutions) against institutions, residents and
    the older population of the same document."""
    out = []
    for doc in figures["doc"].unique():
        counts = pd.concat([_first(figures, doc, i) for i in ("elder_care_beds", "institutional_elder_care_beds")])
        for _, beds in counts.iterrows():
            inst = _first(figures, doc, "elder_care_institutions", beds["year"])
            if len(inst):
                i = inst.iloc[0]
                per = beds["value_std"] / i["value_std"]
                ok = per <= beds_per_institution_max
                out.append(_row("magnitude", "warning", "pass" if ok else "fail", pd.DataFrame([beds, i]),
                                f"{beds['value_std']:g} beds / {i['value_std']:g} institutions = {per:.0f}",
                                f"{per:.0f} beds per institution is plausible." if ok else
                                f"{per:.0f} beds per institution is implausible (more than "
                                f"{beds_per_institution_max}); the bed count may be misprinted."))
            residents = _first(figures, doc, "elders_in_institutional_care", beds["year"])
            if len(residents):
                r = residents.iloc[0]
                occ = 100 * r["value_std"] / beds["value_std"]
                ok = occ >= occupancy_min
                tenth = beds["value_std"] / 10
                correction = {}
                if not ok and 100 * r["value_std"] / tenth >= occupancy_min:
                    correction = dict(original_value=beds["value"], corrected_value=f"{tenth:.0f}",
                                      correction_reason=f"one digit fewer gives {100 * r['value_std'] / tenth:.1f}% "
                                                        "occupancy; not applied, the source must confirm")
                out.append(_row("magnitude", "error", "pass" if ok else "fail", pd.DataFrame([beds, r]),
                                f"{r['value_std']:g} residents / {beds['value_std']:g} beds = {occ:.1f}%",
                                f"Occupancy {occ:.1f}% is plausible." if ok else
                                f"Only {occ:.1f}% of {beds['value']} beds would be occupied by the "
                                f"{r['value']} older people in institutional care: the bed count is "
                                "implausible.", **correction))
            old = _first(figures, doc, "pop_count_60plus")
            if len(old):
                o = old.iloc[0]
                per = 1000 * beds["value_std"] / o["value_std"]
                lo, hi = beds_per_1000_range
                ok = lo <= per <= hi
                out.append(_row("magnitude", "warning", "pass" if ok else "fail", pd.DataFrame([beds, o]),
                                f"1000 x {beds['value_std']:g} / {o['value_std']:g} = {per:.1f} beds per 1,000 aged 60+",
                                f"{per:.1f} beds per 1,000 aged 60+ ({beds['year']} beds, {o['year']} census) "
                                f"is within {lo}-{hi}." if ok else
                                f"{per:.1f} beds per 1,000 aged 60+ is outside {lo}-{hi}."))
    return out


# ---------------------------------------------------------------- repeated figures
def repeated(figures):
    """The same indicator, year and scope printed twice in one document must agree (within rounding);
    a cumulative total must not fall."""
    out = []
    level = figures[figures["kind"].isin(["actual", "baseline"]) & figures["value_std"].notna()
                    & (figures["indicator_id"] != "unmapped")]
    for (doc, ind, year, sub), grp in level.groupby(["doc", "indicator_id", "year", "subregion_zh"]):
        if len(grp) < 2:
            continue
        values = grp["value_std"].to_numpy()
        tol = max(half_unit(v) for v in grp["value"]) * 2
        ok = values.max() - values.min() <= tol + 1e-9
        out.append(_row("repeated_figure", "warning", "pass" if ok else "fail", grp,
                        " vs ".join(grp["value"]) + f" ({ind}, {year})",
                        "Figure printed more than once agrees with itself." if ok else
                        f"{ind} for {year} is printed as " + " and ".join(grp["value"]) + "."))
    for ind in CUMULATIVE:
        for doc, grp in level[level["indicator_id"] == ind].groupby("doc"):
            by_year = grp.sort_values("year").drop_duplicates("year", keep="last")
            for (_, a), (_, b) in zip(by_year.iterrows(), by_year.iloc[1:].iterrows()):
                ok = b["value_std"] >= a["value_std"]
                swapped = sorted(a["value"]) == sorted(b["value"]) and a["value"] != b["value"]
                out.append(_row("cumulative_total", "error", "pass" if ok else "fail", pd.DataFrame([a, b]),
                                f"{a['year']}: {a['value']} -> {b['year']}: {b['value']}",
                                "Cumulative total does not fall." if ok else
                                f"{ind} is a cumulative total but falls from {a['value']} ({a['year']}) to "
                                f"{b['value']} ({b['year']})."
                                + (" The two numbers are the same digits transposed: one is likely a misprint."
                                   if swapped else "")))
    return out


# ---------------------------------------------------------------- units and periods
def units(figures):
    """Money amounts printed without a period or without 元."""
    out = []
    for _, f in figures[figures["period"] == "unspecified"].iterrows():
        out.append(_row("period_not_printed", "warning", "fail", pd.DataFrame([f]),
                        f"{f['value']} taken as yuan per year",
                        f"{f['indicator_zh']} {f['value']}元 is printed without 每月/每年; it is taken as an annual "
                        "amount because a monthly one would be several times the local dibao standard."))
    for _, f in figures[(figures["unit_std"] == "yuan/person/year") & (figures["unit"] == "")
                        & (figures["value_type"] == "number")].iterrows():
        out.append(_row("unit_not_printed", "warning", "fail", pd.DataFrame([f]), f"{f['value']} -> {f['value']}元",
                        f"{f['value']} is printed without 元 (the amount it is raised to has 元); read as yuan."))
    return out


# ---------------------------------------------------------------- dates
_YEAR = re.compile(r"(\d{4})年")


def dates(texts, manifest):
    """Years in the text that cannot be right, with the obvious correction beside them."""
    out = []
    for doc, text in texts.items():
        row = manifest[manifest["file"] == doc]
        row = row.iloc[0] if len(row) else None
        issued = int(row["issued"][:4]) if row is not None and row["issued"] else None
        latest = issued or (int(row["reference_year"]) if row is not None and row["reference_year"] else 2030)
        earliest = 1949
        for m in _YEAR.finditer(normalize(text)):
            year = int(m.group(1))
            if earliest <= year <= max(latest, 2050):
                continue
            candidates = sorted({int(str(year)[:i] + d + str(year)[i + 1:]) for i in range(4) for d in "0123456789"}
                                & set(range(latest - 10, latest + 1)))
            correction = {}
            if len(candidates) == 1:
                correction = dict(original_value=str(year), corrected_value=str(candidates[0]),
                                  correction_reason=f"the only year within one digit of {year} in {latest - 10}-{latest}")
            line = line_number(text, m.start())
            out.append(_row("impossible_date", "error", "fail", pd.DataFrame(), f"year {year} at line {line}",
                            f"Year {year} (line {line}: '{text[max(0, m.start() - 12):m.end() + 6]}') is impossible "
                            f"for a document issued {row['issued'] if row is not None else 'at an unknown date'}.",
                            doc=doc, key=f"{doc}:{m.start()}",
                            region=row["region_en"] if row is not None else "", **correction))
    return out


def issued_before_reported(figures, manifest):
    """Values reported for a year that had not ended when the document was issued."""
    out = []
    for _, row in manifest[manifest["issued"] != ""].iterrows():
        issued = pd.Timestamp(row["issued"])
        sel = figures[(figures["doc"] == row["file"]) & figures["kind"].isin(["actual", "standard"])
                      & (figures["year"] >= issued.year) & figures["year_basis"].str.startswith("printed")]
        if len(sel):
            out.append(_row("reported_before_year_end", "warning", "fail", sel,
                            f"issued {row['issued']}; values for {sorted({int(y) for y in sel['year']})}",
                            f"The document is dated {row['issued']} yet reports {len(sel)} value(s) for "
                            f"{issued.year} as achieved; they can only be plans or partial-year values.",
                            doc=row["file"], key=f"{row['file']}:{issued.year}"))
    return out


# ---------------------------------------------------------------- the documents' own claims
def met(actual, target, comparator, direction):
    """Whether an actual value meets a target (scalar :func:`mzlib.core.scales.meets_target`)."""
    return bool(meets_target(actual, target, comparator, direction))


def claims(figures, texts):
    """Rows marked 已完成/未完成 and counts of targets met, against the document's own numbers."""
    out = []
    directions = load_registry().set_index("indicator_id")["direction"]
    tables = figures[figures["method"] == "table"]
    for (doc, table_id), table in tables.groupby(["doc", "table_id"]):
        computed, not_met = [], []
        for row_no, row in table.groupby("row_no"):
            actual = row[row["kind"] == "actual"]
            target = row[row["kind"] == "target"]
            if actual.empty or target.empty:
                continue
            a, t = actual.iloc[0], target.iloc[0]
            if pd.isna(a["value_std"]) or pd.isna(t["value_std"]):
                computed.append(None)
                continue
            is_met = met(a["value_std"], t["value_std"], t["comparator"], directions.get(a["indicator_id"], 1))
            computed.append(is_met)
            if not is_met:
                not_met.append(row_no)
            status = a["status_reported"].replace(" ", "")
            if status in ("已完成", "未完成"):
                ok = (status == "已完成") == is_met
                out.append(_row("status_claim", "error", "pass" if ok else "fail", pd.DataFrame([a, t]),
                                f"{a['value']} vs target {t['comparator']}{t['value']}: {'met' if is_met else 'not met'}",
                                f"Row marked {status} agrees with its numbers." if ok else
                                f"Row marked {status} but {a['value']} against {t['comparator']}{t['value']} is "
                                f"{'met' if is_met else 'not met'}."))
        if not computed:
            continue
        norm = normalize(texts.get(doc, ""))
        n_rows = int(table["row_no"].nunique())
        n_met = sum(1 for c in computed if c)
        n_unknown = sum(1 for c in computed if c is None)
        for m in re.finditer(r"(\d+)[条项]主要发展指标全部达到或超过", norm):
            claimed = int(m.group(1))
            ok = n_met + n_unknown == claimed and n_rows == claimed
            short = table[(table["kind"] == "actual") & table["row_no"].isin(not_met)]
            out.append(_row("document_claim", "error", "pass" if ok else "fail", short if len(short) else table.head(0),
                            f"claimed {claimed} met; table: {n_rows} rows, {n_met} met, "
                            f"{n_rows - n_met - n_unknown} not met, {n_unknown} not checkable",
                            f"The text claims all {claimed} indicators met or exceeded (line "
                            f"{line_number(norm, m.start())}); its own table shows "
                            f"{n_rows - n_met - n_unknown} below target: "
                            + ", ".join(short["indicator_zh"] + " " + short["value"]) if not ok else
                            "The claim that all indicators are met agrees with the table.",
                            doc=doc, key=f"{doc}:{m.start()}"))
        for m in re.finditer(r"有(\d+)项指标提前实现规划目标,有(\d+)项指标未达到", norm):
            claimed_met, claimed_not = int(m.group(1)), int(m.group(2))
            ok = claimed_met == n_met and claimed_not == len(computed) - n_met
            out.append(_row("document_claim", "error", "pass" if ok else "fail", table.head(0),
                            f"claimed {claimed_met} met / {claimed_not} not; computed {n_met} / {len(computed) - n_met}",
                            "The count of targets met agrees with the table." if ok else
                            f"The text claims {claimed_met} met and {claimed_not} not met; the table gives "
                            f"{n_met} and {len(computed) - n_met}.", doc=doc, key=f"{doc}:{m.start()}"))
    return out


def run_checks(figures, texts, manifest):
    """All checks, as one table sorted by severity, result and id.

    Parameters
    ----------
    figures : pandas.DataFrame
        The figures table (:mod:`mzlib.extract`).
    texts : dict
        ``{doc file name: original text}``.
    manifest : pandas.DataFrame
        The document manifest.
    """
    printed = figures[figures["method"] != "derived"]
    mapped = printed[printed["indicator_id"] != "unmapped"]
    rows = (growth_rates(mapped) + census_structure(mapped) + ratios(mapped) + magnitudes(mapped)
            + repeated(mapped) + units(printed) + dates(texts, manifest)
            + issued_before_reported(printed, manifest) + claims(printed, texts)
            + cascade(mapped, manifest, load_registry()))
    table = pd.DataFrame(rows, columns=COLUMNS)
    order = table["result"].map({"fail": 0, "note": 1, "pass": 2}) * 10 + table["severity"].map(SEVERITY_ORDER)
    return (table.assign(_o=order).sort_values(["_o", "check_id"], kind="stable")
            .drop(columns="_o").reset_index(drop=True))


__all__ = ["run_checks", "met", "half_unit", "COLUMNS", "np"]
