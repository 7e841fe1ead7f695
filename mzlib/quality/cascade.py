"""The cascade check: city and province figures of the same indicator against each other.

Chinese plans cascade: a province sets targets, its cities and counties adopt, adapt or quote them.
Three things are checked for every city (prefecture or county) whose province has a document in
the manifest, on indicators that are intensive (rates, shares, per-capita standards, ratios, per-unit
densities: comparable across levels, unlike counts of persons or units):

``cascade_target``
    The city's own target against the province's target for the same indicator: they agree within
    the rounding of the printed numbers (pass), or they differ (fail, warning), with which one is
    more ambitious (direction-aware). Wenshan's own eco-burial target of 95% against Yunnan's 60%
    fails.
``cascade_value``
    The city's latest value against the province's latest value printed no later: a city more than
    ``value_ratio_min`` (default one half) short of the province's earlier level, on an indicator
    that should grow or fall, is implausible as part of the province's average unless the two
    measure different things (fail, warning). Yunnan reports 51.02% eco-burial in 2020; Lincang
    23.89% and Wenshan 15% in 2023 fail.
``cascade_borrowed``
    A province's target applied to a city (result "note"): the city reports values on an indicator
    but sets no target of its own, so the province's target is the one it is judged against; or
    the city's text quotes the province's plan (``《云南省“十四五”殡葬事业发展规划》中提出的…100%``),
    so its printed "target" is the province's.

Every row cites both figures (city first, then province).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

INTENSIVE_UNITS = ("%", "‰", "yuan/person/year", "times", "m2")
LEVEL_KINDS = ("actual", "baseline", "standard")
_TITLE = re.compile(r"《([^》]{2,60})》")


def is_intensive(indicator_id, unit_std):
    """Whether an indicator compares across levels: a rate, share, standard, ratio or density.

    Parameters
    ----------
    indicator_id : str
    unit_std : str
        Standard unit (``%``, ``yuan/person/year``, ``persons`` ...).

    Returns
    -------
    bool
        True for the units in :data:`INTENSIVE_UNITS` and for ``*_per_*`` indicators.
    """
    return str(unit_std) in INTENSIVE_UNITS or "_per_" in str(indicator_id)


def province_of(manifest):
    """The province document's region for every city whose province has a document.

    Parameters
    ----------
    manifest : DataFrame
        file, region_en, admin_level, province_en.

    Returns
    -------
    dict
        ``{city region_en: province region_en}`` (only non-province regions whose ``province_en``
        is the region of a province-level document); empty for a manifest without those columns.
    """
    if not {"region_en", "admin_level", "province_en"} <= set(manifest.columns):
        return {}
    level = manifest["admin_level"].astype(str)
    provinces = set(manifest.loc[level == "province", "region_en"].astype(str))
    cities = manifest[(level != "province") & manifest["province_en"].astype(str).isin(provinces)]
    return dict(zip(cities["region_en"].astype(str), cities["province_en"].astype(str)))


def quotes_province_document(quote, value_offset, province_zh):
    """Whether a target's sentence quotes a document of the province before or around its value.

    Parameters
    ----------
    quote : str
        The sentence the figure came from.
    value_offset : int
        Offset of the printed value within the quote.
    province_zh : str
        Chinese name of the province (``云南省``).

    Returns
    -------
    bool
        True when a title in 《》 that starts with the province's name (or its name without
        省/自治区) opens before the value.
    """
    if not isinstance(quote, str) or not province_zh:
        return False
    short = re.sub(r"(省|自治区|壮族自治区|回族自治区|维吾尔自治区)$", "", province_zh)
    for match in _TITLE.finditer(quote):
        if match.start() < value_offset and match.group(1).startswith((province_zh, short)):
            return True
    return False


def quoted_province_targets(figures, manifest):
    """Ids of city targets that quote the province's own document.

    Parameters
    ----------
    figures : DataFrame
        figure_id, doc, kind, quote, char_start, value_start.
    manifest : DataFrame
        file, admin_level, province_zh.

    Returns
    -------
    set of str
    """
    man = manifest.set_index("file")
    targets = figures[(figures["kind"] == "target") & figures["doc"].isin(man.index)]
    out = set()
    for _, fig in targets.iterrows():
        row = man.loc[fig["doc"]]
        if str(row["admin_level"]) == "province":
            continue
        offset = int(fig["value_start"]) - int(fig["char_start"])
        if quotes_province_document(fig["quote"], offset, str(row["province_zh"])):
            out.add(str(fig["figure_id"]))
    return out


def _row(check, result, city, province, arithmetic, message, severity="warning"):
    ids = ";".join(str(f["figure_id"]) for f in (city, province))
    return {"check_id": f"{check}:{city['figure_id']}:{province['figure_id']}", "check": check,
            "severity": severity if result == "fail" else "info", "result": result,
            "doc": city["doc"], "region_en": city["region_en"], "figure_ids": ids,
            "arithmetic": arithmetic, "message": message, "original_value": "",
            "corrected_value": "", "correction_reason": ""}


def _half_unit(printed, value_std):
    """Half a unit of the last printed digit, in the standard unit."""
    text = str(printed).split(":")[0]
    match = re.search(r"\.(\d+)", text)
    half = 0.5 * 10 ** -(len(match.group(1)) if match else 0)
    try:
        number = float(text)
    except ValueError:
        return 0.0
    return half * abs(value_std / number) if number else half


def _usable(figures):
    """Mapped, printed, numeric figures of a region's own level."""
    fig = figures[(figures["indicator_id"].astype(str) != "unmapped")
                  & (figures["method"].astype(str) != "derived")
                  & (figures["subregion_zh"].fillna("").astype(str) == "")]
    value = pd.to_numeric(fig["value_std"], errors="coerce")
    fig = fig[np.isfinite(value.to_numpy(dtype=float))].assign(value_std=value)
    return fig.assign(comparator=fig["comparator"].fillna("").astype(str))


def _latest(frame):
    return frame.sort_values(["year", "figure_id"], kind="stable").iloc[-1]


def cascade(figures, manifest, registry, value_ratio_min=0.5):
    """Cascade check rows (see the module docstring).

    Parameters
    ----------
    figures : DataFrame
        The figures table (figure_id, doc, region_en, indicator_id, kind, year, value,
        value_std, unit_std, comparator, method, subregion_zh, quote, char_start, value_start).
    manifest : DataFrame
        The document manifest (file, region_en, admin_level, province_en, province_zh).
    registry : DataFrame
        The indicator registry (indicator_id, direction).
    value_ratio_min : float
        A city value below this share of the province's earlier value (direction-aware) fails.

    Returns
    -------
    list of dict
        Rows of the checks table.
    """
    parents = province_of(manifest)
    if not parents:
        return []
    fig = _usable(figures)
    direction = registry.drop_duplicates("indicator_id").set_index("indicator_id")["direction"]
    quoted = quoted_province_targets(fig, manifest)
    rows = []
    for city, province in sorted(parents.items()):
        mine, theirs = fig[fig["region_en"] == city], fig[fig["region_en"] == province]
        for indicator in sorted(set(mine["indicator_id"]) & set(theirs["indicator_id"])):
            c = mine[mine["indicator_id"] == indicator]
            p = theirs[theirs["indicator_id"] == indicator]
            d = float(direction.get(indicator, 1) or 1)
            rows += _targets(c, p, quoted, d)
            if is_intensive(indicator, c["unit_std"].iloc[0]):
                rows += _values(c, p, d, value_ratio_min)
    return rows


def _targets(city, province, quoted, direction):
    """cascade_target and cascade_borrowed rows of one indicator."""
    rows = []
    p_targets = province[province["kind"] == "target"]
    if p_targets.empty:
        return rows
    pt = _latest(p_targets)
    c_targets = city[city["kind"] == "target"]
    c_quoted = c_targets[c_targets["figure_id"].isin(quoted)]
    c_own = c_targets[~c_targets["figure_id"].isin(quoted)]
    for _, ct in c_quoted.iterrows():
        rows.append(_row("cascade_borrowed", "note", ct, pt,
                         f"{ct['value_std']:g} quoted; province {pt['comparator']}{pt['value_std']:g}",
                         f"{ct['region_en']} prints {ct['value']} as a requirement of the province's "
                         f"plan it quotes; it is {pt['region_en']}'s target ({pt['comparator']}{pt['value']}, "
                         f"{pt['year']}), not one of its own."))
    levels = city[city["kind"].isin(LEVEL_KINDS)]
    if c_targets.empty and not levels.empty:
        cv = _latest(levels)
        rows.append(_row("cascade_borrowed", "note", cv, pt,
                         f"no own target; province {pt['comparator']}{pt['value_std']:g} ({pt['year']})",
                         f"{cv['region_en']} sets no target of its own for {cv['indicator_id']}; "
                         f"{pt['region_en']}'s target {pt['comparator']}{pt['value']} ({pt['year']}) applies."))
    if c_own.empty or not is_intensive(pt["indicator_id"], pt["unit_std"]):
        return rows
    ct = _latest(c_own)
    tol = _half_unit(ct["value"], ct["value_std"]) + _half_unit(pt["value"], pt["value_std"])
    gap = direction * (ct["value_std"] - pt["value_std"])
    agree = abs(ct["value_std"] - pt["value_std"]) <= tol + 1e-9
    which = "more" if gap > 0 else "less"
    message = (f"{ct['region_en']}'s own target agrees with {pt['region_en']}'s." if agree else
               f"{ct['region_en']} sets {ct['comparator']}{ct['value']} ({ct['year']}) where "
               f"{pt['region_en']} sets {pt['comparator']}{pt['value']} ({pt['year']}): the city's "
               f"target is {which} ambitious than the province's "
               f"({ct['value_std'] / pt['value_std']:.2f} times it)." if pt["value_std"] else "")
    rows.append(_row("cascade_target", "pass" if agree else "fail", ct, pt,
                     f"city {ct['value_std']:g} vs province {pt['value_std']:g} (tolerance {tol:g})",
                     message))
    return rows


def _values(city, province, direction, ratio_min):
    """cascade_value rows of one intensive indicator."""
    c_levels = city[city["kind"].isin(LEVEL_KINDS)]
    p_levels = province[province["kind"].isin(LEVEL_KINDS)]
    if c_levels.empty or p_levels.empty:
        return []
    cv = _latest(c_levels)
    earlier = p_levels[p_levels["year"].astype(float) <= float(cv["year"])]
    if earlier.empty or cv["value_std"] <= 0:
        return []
    pv = _latest(earlier)
    if pv["value_std"] <= 0:
        return []
    ratio = cv["value_std"] / pv["value_std"]
    short = ratio if direction >= 0 else 1 / ratio
    ok = short >= ratio_min
    return [_row("cascade_value", "pass" if ok else "fail", cv, pv,
                 f"{cv['value_std']:g} ({cv['year']}) / {pv['value_std']:g} ({pv['year']}) = {ratio:.2f}",
                 f"{cv['region_en']}'s {cv['value']} ({cv['year']}) is in line with {pv['region_en']}'s "
                 f"{pv['value']} ({pv['year']})." if ok else
                 f"{cv['region_en']} reports {cv['value']} in {cv['year']}, {ratio:.2f} times "
                 f"{pv['region_en']}'s {pv['value']} of {pv['year']}: far from the province's level "
                 "though it was printed later; the two may measure different things, or one is wrong.")]
