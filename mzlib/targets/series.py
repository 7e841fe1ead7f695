"""Time series per (region, indicator) from the extracted figures.

A series is a long table: one row per observation (``kind`` "actual") or target (``kind``
"target"), dated to the day where the document prints it (see :mod:`mzlib.targets.timeline`), with
the figure ids it rests on. What goes in:

* **mapped figures only** (``indicator_id`` other than ``unmapped``), of the region's own level (no
  ``subregion_zh``), with a numeric value: observations (``actual``, ``standard``), baselines
  (printed, or **derived** by the extractor from a level and its printed change, ``method`` derived:
  Tai'an's ``1783人,比2020年增长50%`` gives 1,188.67 for 2020) and targets. Growth rates and changes
  are not levels; their information reaches the series through the derived baselines;
* prose figures that restate a table row, linked to its indicator (:mod:`mzlib.targets.restated`);
* **corrections** from the checks of notebook 01 (:mod:`mzlib.targets.corrections`): a corrected
  value goes into ``value_corrected`` beside ``value_printed``, and ``value`` holds the one used
  (the corrected one unless ``use_corrections`` is False), with the check in ``correction``; a
  corrected date (Tai'an's 3023) dates the figure, with the check in the note;
* **suspect** values: a value cited by a failing error check that offers no correction, where the
  check also cites a value printed twice in agreement (Tai'an's 1,873 licensed social workers of
  2022 against 1,783, printed in the table and the text): kept and shown, left out of trends;
* the rural/urban minimum-living-standard ratio ``dibao_rural_urban_ratio`` (rural standard as a
  percent of the urban one), computed wherever the documents print both standards for a region and
  year and no ratio of their own (a printed ratio wins; the derived value is then named in its
  note);
* province targets copied to a city that has data on an indicator but no target of its own
  (``target_source`` "province"), and targets a city prints by quoting its province's plan
  (``target_source`` "province_quoted"); ``target_region`` names whose target it is.

Every row names the failing checks that cite its figures (``check_flags``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from mzlib.targets import corrections as corr
from mzlib.targets.restated import relink
from mzlib.targets.timeline import (AS_OF, PRINTED, as_of_dates, decimal_year, iso, observation_date,
                                     parse_date)
from mzlib.quality.cascade import province_of, quoted_province_targets
from mzlib.extract.mapping import canonical, region_words

RATIO_ID = "dibao_rural_urban_ratio"
URBAN_ID = "dibao_urban_standard"
RURAL_ID = "dibao_rural_standard"
LEVEL_KINDS = ("actual", "baseline", "standard")
OWN, PROVINCE, QUOTED = "own", "province", "province_quoted"
SERIES_COLUMNS = [
    "region", "indicator_id", "kind", "date", "t", "year", "date_basis", "value", "value_printed",
    "value_corrected", "correction", "comparator", "figure_ids", "derived", "suspect",
    "target_source", "target_region", "unit_std", "direction", "lower_bound", "upper_bound",
    "plan_start", "plan_end", "admin_level", "province", "check_flags", "note",
]
ID_SEP = ";"
_DATE_RANK = {PRINTED: 2, AS_OF: 1}


def _text(column):
    """Strings with missing values as empty strings."""
    return column.astype(object).where(column.notna(), "").astype(str).str.strip()


def _join_notes(*notes):
    """Non-empty notes joined with '; ' (each once)."""
    return "; ".join(dict.fromkeys(n for n in notes if isinstance(n, str) and n))


def _corrected_dates(figures, checks):
    """Figures with dates (and years) corrected by failing checks, and a note per corrected id."""
    fixes = corr.date_corrections(checks, figures) if checks is not None else pd.DataFrame()
    out = figures.copy()
    notes = {}
    if len(fixes):
        fix = fixes.set_index("figure_id")
        hit = out["figure_id"].isin(fix.index)
        out["date"] = out["date"].astype(object)
        out.loc[hit, "date"] = out.loc[hit, "figure_id"].map(fix["date_corrected"]).to_numpy()
        out.loc[hit, "year"] = [int(d[:4]) for d in out.loc[hit, "date"]]
        notes = {i: f"date corrected to {d} by {c} ({r})"
                 for i, d, c, r in zip(fix.index, fix["date_corrected"], fix["check_id"], fix["reason"])}
    return out, notes


def observations(figures, manifest, checks=None, use_corrections=True):
    """Numeric level figures and targets of mapped indicators, dated, with corrections beside them.

    Parameters
    ----------
    figures : DataFrame
        The figures table (see ``data/processed/figures.csv``).
    manifest : DataFrame
        ``data/raw/MANIFEST.csv``: file, region_en, admin_level, province_en, province_zh, issued,
        period_start, period_end, reference_year.
    checks : DataFrame, optional
        ``data/processed/checks.csv``; its corrections and flags are used where given.
    use_corrections : bool
        Use a check's corrected value as ``value`` (the printed one stays in ``value_printed``).

    Returns
    -------
    DataFrame
        One row per figure: region, indicator_id, kind ("actual" or "target"), date (ISO), t
        (decimal year, year-end aligned), year, date_basis, value, value_printed,
        value_corrected, correction, comparator, figure_ids, derived, suspect (False),
        target_source, target_region, unit_std, plan_start, plan_end, admin_level, province,
        note, and the helper columns from_table and date_rank. A missing date is the document's
        reference year for an observation and its period end for a target (noted). Figures read
        from a table row that could not be parsed (method ``unparsed_row``) are left out: their
        column, and so their date and kind, is unknown.
    """
    fig, date_notes = _corrected_dates(relink(figures), checks)
    as_of = as_of_dates(fig.assign(date=_text(fig["date"])), manifest)
    quoted = quoted_province_targets(fig, manifest)
    fig["indicator_id"] = series_ids(fig)
    fig["kind"] = _text(fig["kind"])
    value = pd.to_numeric(fig["value_std"], errors="coerce")
    subregion = _text(fig["subregion_zh"]) if "subregion_zh" in fig else pd.Series("", index=fig.index)
    method = _text(fig["method"]) if "method" in fig else pd.Series("", index=fig.index)
    keep = (fig["kind"].isin(LEVEL_KINDS + ("target",)) & (subregion == "") & (method != UNREAD_ROW)
            & ~fig["indicator_id"].isin(["", "unmapped"]) & np.isfinite(value.to_numpy(dtype=float)))
    fig = fig[keep].assign(value_std=value[keep])
    man = manifest.rename(columns={"file": "doc", "region_en": "_man_region", "province_en": "province"})
    man = man[["doc", "_man_region", "admin_level", "province", "province_zh", "issued", "period_start",
               "period_end", "reference_year"]]
    fig = fig.merge(man, on="doc", how="left", validate="many_to_one")
    region = _text(fig["region_en"]) if "region_en" in fig else pd.Series("", index=fig.index)
    fig["region"] = region.where(region != "", _text(fig["_man_region"]))
    is_target = fig["kind"] == "target"
    kind = np.where(is_target, "target", "actual")
    fixes = (corr.value_corrections(checks, figures).set_index("figure_id") if checks is not None
             else pd.DataFrame(columns=["value_corrected", "check_id", "reason"]))
    province_period = _province_periods(manifest)
    rows = []
    for (_, f), k in zip(fig.iterrows(), kind):
        rows.append(_observation(f, k, as_of, fixes, date_notes, f["figure_id"] in quoted,
                                 province_period, use_corrections))
    out = pd.DataFrame(rows)
    if out.empty:
        return pd.DataFrame(columns=SERIES_COLUMNS + ["from_table", "date_rank"])
    return out.reset_index(drop=True)


SUBJECT_PREFIX = "subject:"


def series_ids(figures):
    """The series each figure belongs to: its registry indicator, else its printed subject.

    A figure the registry does not know forms a series with the figures of its region that share
    its normalised printed subject (:func:`mzlib.extract.mapping.canonical`, without region words)
    and its standard unit: ``subject:<normalised subject>``, with `` [<unit>]`` added where the
    region prints that subject in more than one unit. So a target whose subject has a printed
    baseline or latest value in the region's documents is judged though the registry lacks it.

    Parameters
    ----------
    figures : DataFrame
        indicator_id, indicator_zh, region_en, region_zh, unit_std.

    Returns
    -------
    Series of str
        The registry id, or the subject id for an unmapped figure with a printed subject
        ("unmapped" without one).
    """
    ids = _text(figures["indicator_id"])
    unmapped = ids.isin(["", "unmapped"])
    subject = _text(figures.get("indicator_zh", pd.Series("", index=figures.index)))
    zh = _text(figures.get("region_zh", pd.Series("", index=figures.index)))
    names = [canonical(s, region_words(r)) if u and s else "" for s, r, u in zip(subject, zh, unmapped)]
    subject_ids = pd.Series([SUBJECT_PREFIX + n if n else "unmapped" for n in names], index=figures.index)
    unit = _text(figures.get("unit_std", pd.Series("", index=figures.index)))
    region = _text(figures.get("region_en", pd.Series("", index=figures.index)))
    units = pd.DataFrame({"r": region, "s": subject_ids, "u": unit})[unmapped & (subject_ids != "unmapped")]
    several = units.groupby(["r", "s"])["u"].transform("nunique") > 1
    subject_ids[several[several].index] = [f"{s} [{u}]" for s, u in zip(units.loc[several, "s"],
                                                                       units.loc[several, "u"])]
    return ids.where(~unmapped, subject_ids)


def _subject_series_with_a_target(obs):
    """Keep a printed-subject series only where its region sets a target on it."""
    subject = obs["indicator_id"].astype(str).str.startswith(SUBJECT_PREFIX)
    targeted = set(zip(obs.loc[obs["kind"] == "target", "region"], obs.loc[obs["kind"] == "target", "indicator_id"]))
    keep = ~subject | pd.Series([k in targeted for k in zip(obs["region"], obs["indicator_id"])], index=obs.index)
    return obs[keep].reset_index(drop=True)


def _province_periods(manifest):
    """``{province region_en: (period_start, period_end)}`` of province documents."""
    prov = manifest[manifest["admin_level"].astype(str) == "province"]
    return {r: (s, e) for r, s, e in zip(prov["region_en"], prov["period_start"], prov["period_end"])}


def _observation(f, kind, as_of, fixes, date_notes, quoted, province_period, use_corrections):
    """One row of :func:`observations`."""
    notes = [date_notes.get(f["figure_id"], "")]
    date_text = str(f["date"]) if pd.notna(f["date"]) and str(f["date"]).strip() else ""
    if not date_text and pd.notna(f["year"]):
        date_text = str(int(f["year"]))
    if not date_text:
        fallback = f["period_end"] if kind == "target" else f["reference_year"]
        date_text = str(int(fallback)) if pd.notna(pd.to_numeric(fallback, errors="coerce")) else ""
        notes.append("date not printed: plan period end" if kind == "target"
                     else "date not printed: document reference year")
    issued = parse_date(f["issued"])[0] if isinstance(f["issued"], str) else None
    reference = pd.to_numeric(f["reference_year"], errors="coerce")
    date, basis = observation_date(date_text, kind, f["doc"], as_of, issued,
                                   int(reference) if pd.notna(reference) else None)
    if basis == AS_OF:
        notes.append(f"dated at the document's as-of date {iso(date)} (printed: {date_text})")
    printed = float(f["value_std"])
    corrected, correction = np.nan, ""
    if f["figure_id"] in fixes.index:
        fix = fixes.loc[f["figure_id"]]
        corrected = float(fix["value_corrected"])
        correction = f"{fix['check_id']}: printed {printed:g}, corrected {corrected:g} ({fix['reason']})"
    derived = str(f.get("method", "")) == "derived"
    if derived and isinstance(f.get("derivation"), str):
        notes.append(f"derived: {f['derivation']}")
    if f.get("restates"):
        notes.append(f"restates table figure {f['restates']}")
    source = ""
    period = (f["period_start"], f["period_end"])
    region = f["region"]
    if kind == "target":
        source = QUOTED if quoted else OWN
        if quoted:
            region = f["province"]
            period = province_period.get(region, period)
            notes.append(f"the document quotes the target of the province {region}")
    return {
        "region": f["region"], "indicator_id": f["indicator_id"], "kind": kind,
        "date": iso(date), "t": decimal_year(date), "year": date.year if date is not None else pd.NA,
        "date_basis": basis, "value": corrected if use_corrections and np.isfinite(corrected) else printed,
        "value_printed": printed, "value_corrected": corrected, "correction": correction,
        "comparator": str(f["comparator"]).strip() if isinstance(f["comparator"], str) else "",
        "figure_ids": str(f["figure_id"]), "derived": derived, "suspect": False,
        "target_source": source, "target_region": region if kind == "target" else "",
        "unit_std": str(f["unit_std"]).strip() if isinstance(f["unit_std"], str) else "",
        "plan_start": pd.to_numeric(period[0], errors="coerce"),
        "plan_end": pd.to_numeric(period[1], errors="coerce"),
        "admin_level": str(f["admin_level"]), "province": str(f["province"]),
        "note": _join_notes(*notes), "from_table": str(f.get("method", "")) == "table",
        "date_rank": _DATE_RANK.get(basis, 0),
    }


UNREAD_ROW = "unparsed_row"  # figures.METHODS: read as text from a table row that could not be parsed
SAME_FIGURE_RTOL = 0.005
"""Two printed values of one indicator, region, year and kind within this relative distance are one
figure printed twice (a table's 60.2 and the text's 60: rounding to the last printed digit of a
share stays well inside half a percent); further apart, they disagree and the note names them."""


def merge_duplicates(obs):
    """One row per (region, indicator_id, year, kind).

    Parameters
    ----------
    obs : DataFrame
        Output of :func:`observations` (or rows of the same shape); values within
        :data:`SAME_FIGURE_RTOL` of the first row's agree with it.

    Returns
    -------
    DataFrame
        The first row of each group (a figure read from a table before one read from prose), its
        figure ids joined with ``;`` over every figure that agrees with it and its date the most
        precise of theirs (a table's 2023 restated in prose as 截至2023年3月底 is dated
        2023-03-31); disagreeing figures are named in the note with their values.
    """
    keys = ["region", "indicator_id", "year", "kind"]
    rows = []
    for _, group in obs.groupby(keys, sort=False, dropna=False):
        if "from_table" in group:
            group = group.sort_values("from_table", ascending=False, kind="stable")
        first = group.iloc[0].copy()
        close = np.isclose(group["value"].astype(float), float(first["value"]), rtol=SAME_FIGURE_RTOL, atol=0)
        agreeing = group[close]
        first["figure_ids"] = ID_SEP.join(agreeing["figure_ids"])
        if "note" in group:
            first["note"] = _join_notes(*agreeing["note"])
        if "date_rank" in group and len(agreeing) > 1:
            best = agreeing.sort_values("date_rank", ascending=False, kind="stable").iloc[0]
            if best["date_rank"] > first["date_rank"]:
                for col in ("date", "t", "date_basis", "date_rank"):
                    first[col] = best[col]
                first["note"] = _join_notes(first["note"], f"date {best['date']} from {best['figure_ids']}")
        if (~close).any():
            others = ", ".join(f"{v:g} ({i})" for v, i in
                               zip(group.loc[~close, "value"], group.loc[~close, "figure_ids"]))
            first["note"] = _join_notes(first["note"], f"other figures disagree: {others}")
        rows.append(first)
    return pd.DataFrame(rows, columns=obs.columns).reset_index(drop=True)


def mark_suspects(obs, checks):
    """Flag values that failing error checks without a correction point at.

    A check that cites several values of the series, some printed twice in agreement (a row with
    two or more figure ids) and some printed once, makes the ones printed once suspect: they stay
    in the series (``suspect`` True, noted) and are left out of trends and of the choice of
    baseline and latest value.

    Parameters
    ----------
    obs : DataFrame
        Merged observations (:func:`merge_duplicates`).
    checks : DataFrame or None
        The checks table.

    Returns
    -------
    DataFrame
        ``obs`` with ``suspect`` set.
    """
    out = obs.copy()
    if checks is None:
        return out
    ids = out["figure_ids"].astype(str).str.split(ID_SEP)
    for check_id, cited in corr.uncorrected_errors(checks):
        rows = [i for i, row_ids in ids.items() if set(row_ids) & set(cited)
                and out.at[i, "kind"] == "actual"]
        twice = [i for i in rows if len(ids[i]) > 1 and not out.at[i, "derived"]]
        once = [i for i in rows if i not in twice]
        if twice and once:
            for i in once:
                out.at[i, "suspect"] = True
                out.at[i, "note"] = _join_notes(out.at[i, "note"], f"suspect ({check_id}): left out of "
                                                "trends; the other value it cites is printed twice")
    return out


def derive_ratio(obs):
    """Rural/urban minimum-living-standard ratio from paired standards.

    Parameters
    ----------
    obs : DataFrame
        Observations without duplicates (see :func:`merge_duplicates`); the standards are annual
        amounts (yuan/person/year).

    Returns
    -------
    DataFrame
        Rows of ``obs``'s shape for ``dibao_rural_urban_ratio`` (kind "actual", unit "%"): value
        ``100 * rural / urban`` for every region and year with both standards (from the values
        used, and from the printed ones in ``value_printed``), dated at the later of the two,
        figure ids ``"<urban id>;<rural id>"``, derived True.
    """
    std = obs[(obs["kind"] == "actual") & obs["indicator_id"].isin([URBAN_ID, RURAL_ID])]
    urban = std[std["indicator_id"] == URBAN_ID]
    rural = std[std["indicator_id"] == RURAL_ID]
    pair = urban.merge(rural, on=["region", "year"], suffixes=("_u", "_r"))
    pair = pair[(pair["value_u"] > 0) & (pair["value_printed_u"] > 0)]
    later = pair["t_r"] >= pair["t_u"]
    value = 100.0 * pair["value_r"] / pair["value_u"]
    printed = 100.0 * pair["value_printed_r"] / pair["value_printed_u"]
    out = pd.DataFrame({
        "region": pair["region"], "indicator_id": RATIO_ID, "kind": "actual",
        "date": pair["date_r"].where(later, pair["date_u"]), "t": pair["t_r"].where(later, pair["t_u"]),
        "year": pair["year"], "date_basis": pair["date_basis_r"].where(later, pair["date_basis_u"]),
        "value": value, "value_printed": printed,
        "value_corrected": value.where(~np.isclose(value, printed), np.nan),
        "correction": [_join_notes(a, b) for a, b in zip(pair["correction_u"], pair["correction_r"])],
        "comparator": "", "figure_ids": pair["figure_ids_u"] + ID_SEP + pair["figure_ids_r"],
        "derived": True, "suspect": pair["suspect_u"] | pair["suspect_r"], "target_source": "",
        "target_region": "", "unit_std": "%", "plan_start": pair["plan_start_r"],
        "plan_end": pair["plan_end_r"], "admin_level": pair["admin_level_r"],
        "province": pair["province_r"],
        "note": "derived: 100 * rural / urban standard (yuan/person/year)",
    })
    return out.reset_index(drop=True)


def add_ratio(obs):
    """One derivation per region's ratio series: the printed ratios or those of paired standards.

    A trend whose ends come from two definitions (a baseline derived from the standards, a latest
    value printed and rounded) measures the change of definition as well as the change of the
    ratio. So each region's series takes its values from one derivation: the one with more dated
    values (paired standards where the document prints both standards for more years than it
    prints the ratio), the printed one on a tie. The other derivation's values go into the notes
    of the rows kept at the same year, or into a note on the series' first row.

    Parameters
    ----------
    obs : DataFrame
        Observations without duplicates, with a boolean ``derived`` column.

    Returns
    -------
    DataFrame
        ``obs`` with each region's ratio rows from one derivation.
    """
    derived = derive_ratio(obs)
    is_printed = (obs["indicator_id"] == RATIO_ID) & (obs["kind"] == "actual")
    kept = [obs[~is_printed]]
    for region in sorted(set(obs.loc[is_printed, "region"]) | set(derived["region"])):
        printed = obs[is_printed & (obs["region"] == region)]
        paired = derived[derived["region"] == region]
        use, other = (paired, printed) if paired["year"].nunique() > printed["year"].nunique() else (printed, paired)
        kept.append(_note_other_derivation(use.reindex(columns=obs.columns), other))
    return pd.concat(kept, ignore_index=True)


def _note_other_derivation(use, other):
    """Name the values of the derivation left out on the kept rows of the same year (else the first)."""
    use = use.copy()
    for _, row in other.iterrows():
        label = "paired standards give" if row["derived"] else "printed"
        text = f"{label} {row['value']:.2f} for {row['year']} ({row['figure_ids']}); one derivation at both ends"
        same = use.index[use["year"] == row["year"]]
        at = same[0] if len(same) else (use.index[0] if len(use) else None)
        if at is not None:
            use.loc[at, "note"] = _join_notes(use.loc[at, "note"], text)
    return use


def add_province_targets(obs, manifest, require_data=True):
    """Give cities the province's target where they have none of their own.

    Parameters
    ----------
    obs : DataFrame
        Observations and targets (region, indicator_id, kind, target_source).
    manifest : DataFrame
        The document manifest; a city's province is the region of the province document named
        by its ``province_en`` (:func:`mzlib.quality.cascade.province_of`).
    require_data : bool
        Only for indicators on which the city has at least one observation.

    Returns
    -------
    DataFrame
        ``obs`` with the copied target rows (region set to the city, target_source "province",
        target_region the province, figure ids and plan period those of the province figure,
        note naming the province).
    """
    parents = province_of(manifest)
    targets = obs[obs["kind"] == "target"]
    has_target = set(zip(targets["region"], targets["indicator_id"]))
    prov_targets = targets[targets["region"].isin(set(parents.values())) & (targets["target_source"] == OWN)]
    copies = []
    for city, province in sorted(parents.items()):
        mine = obs[obs["region"] == city]
        wanted = set(mine["indicator_id"]) if require_data else set(prov_targets["indicator_id"])
        theirs = prov_targets[prov_targets["region"] == province]
        for _, target in theirs[theirs["indicator_id"].isin(wanted)].iterrows():
            if (city, target["indicator_id"]) in has_target:
                continue
            row = target.copy()
            row["region"] = city
            row["target_source"] = PROVINCE
            row["target_region"] = province
            level = mine["admin_level"].iloc[0] if len(mine) else target["admin_level"]
            row["admin_level"] = level
            row["note"] = _join_notes(row["note"], f"no own target; target of the province {province} applies")
            copies.append(row)
    if not copies:
        return obs
    return pd.concat([obs, pd.DataFrame(copies, columns=obs.columns)], ignore_index=True)


def attach_registry(series, registry):
    """Add unit, direction and bounds from the indicator registry.

    Parameters
    ----------
    series : DataFrame
        Rows with an indicator_id column.
    registry : DataFrame
        ``data/reference/indicators.csv``: indicator_id, unit_std, direction (+1/-1),
        lower_bound, upper_bound (empty if unbounded).

    Returns
    -------
    DataFrame
        ``series`` with direction (default +1, noted, when the registry lacks the indicator),
        lower_bound and upper_bound (NaN: none), and unit_std filled from the registry where empty.
    """
    reg = registry.drop_duplicates("indicator_id").set_index("indicator_id")
    out = series.copy()
    direction = pd.to_numeric(out["indicator_id"].map(reg["direction"]), errors="coerce")
    missing = direction.isna()
    out.loc[missing, "note"] = [_join_notes(n, "not in the registry: direction +1 assumed")
                                for n in out.loc[missing, "note"]]
    out["direction"] = direction.fillna(1.0).astype(float)
    for bound in ("lower_bound", "upper_bound"):
        out[bound] = pd.to_numeric(out["indicator_id"].map(reg[bound]), errors="coerce")
    unit = _text(out["indicator_id"].map(reg["unit_std"]))
    out["unit_std"] = _text(out["unit_std"]).where(_text(out["unit_std"]) != "", unit)
    return out


def build_series(figures, registry, manifest, checks=None, use_corrections=True, require_data=True):
    """One long time-series table per (region, indicator) from the figures.

    Parameters
    ----------
    figures : DataFrame
        The figures table (``data/processed/figures.csv``); money standards already annualised.
    registry : DataFrame
        The indicator registry (``data/reference/indicators.csv``).
    manifest : DataFrame
        The document manifest (``data/raw/MANIFEST.csv``).
    checks : DataFrame, optional
        The checks table (``data/processed/checks.csv``): corrections, suspects and flags.
    use_corrections : bool
        Use corrected values where a check gives one (printed values stay beside them).
    require_data : bool
        Copy a province target to a city only for indicators the city has observations on.

    Returns
    -------
    DataFrame
        Columns :data:`SERIES_COLUMNS`: region, indicator_id, kind ("actual" or "target"), date
        (ISO), t (decimal year, year-end aligned), year (Int64), date_basis (printed, year end,
        document as-of date), value (used, in unit_std), value_printed, value_corrected (NaN:
        none), correction (the check and its reason), comparator, figure_ids (``;``-separated),
        derived (bool), suspect (bool), target_source ("own", "province", "province_quoted" on
        targets; "" on observations), target_region, unit_std, direction (+1/-1), lower_bound,
        upper_bound (NaN: none), plan_start and plan_end (years of the plan period of the row's
        document, or of the province's for a province target), admin_level, province,
        check_flags (failing check ids citing the row's figures), note. Sorted by region,
        indicator, kind and time.
    """
    obs = observations(figures, manifest, checks, use_corrections)
    obs = mark_suspects(merge_duplicates(obs), checks)
    obs = add_ratio(obs)
    obs = add_province_targets(obs, manifest, require_data=require_data)
    obs = _subject_series_with_a_target(obs)
    obs = attach_registry(obs, registry)
    flag_map = corr.flags(checks) if checks is not None else {}
    obs["check_flags"] = [corr.flags_of(ids, flag_map) for ids in obs["figure_ids"]]
    for col in ("derived", "suspect"):
        obs[col] = obs[col].fillna(False).astype(bool)
    for col in ("year", "plan_start", "plan_end"):
        obs[col] = pd.to_numeric(obs[col], errors="coerce").astype("Int64")
    for col in ("t", "value", "value_printed", "value_corrected"):
        obs[col] = pd.to_numeric(obs[col], errors="coerce").astype(float)
    return obs[SERIES_COLUMNS].sort_values(["region", "indicator_id", "kind", "t"],
                                           kind="stable", ignore_index=True)
