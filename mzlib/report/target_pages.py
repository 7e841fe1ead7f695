"""Target pages: one page per row of ``assessment.csv``, so that a reviewer audits a verdict in a minute.

``reports/html/targets/<target_id>.html`` is built from the outputs only (``assessment.csv``,
``figures.csv``, ``projections.csv``, ``checks.csv``, ``claims.csv``). Each page holds:

- the verdict in one sentence, generated from the row;
- the series as a small inline SVG chart (values at their dates; ticks name the date they mark)
  and as a table in which every figure the row cites has its role (:data:`ROLES`), its date, its
  value as printed and standardised, and its quote inline, linked to its evidence anchor;
- derivations written out as arithmetic (a ratio of two standards: ``4320 ÷ (660 × 12) × 100``);
- the computation of the verdict: observed and required annual change, R, the thresholds, the
  scale and the sensitivity, the pace test;
- the projections by method, the checks and corrections that touch the target, and the
  documents' own claims about it.

``reports/html/targets/index.html`` lists every target in one table, sortable offline by a few
lines of JavaScript.
"""

import html
import math
import re
from pathlib import Path
from urllib.parse import quote

import pandas as pd

from mzlib.core import paths
from mzlib.report import links

TARGETS_DIR = links.TARGETS_DIR
ROLES = ("baseline", "latest", "target", "restated", "corrected", "derived")
ROLE_ORDER = {"baseline": 0, "derived": 1, "latest": 2, "corrected": 3, "restated": 4, "target": 5}
TARGET_KINDS = ("target",)
STYLESHEET = "../site.css"
PREFIX = "../"
CHART_WIDTH, CHART_HEIGHT = 520, 220
CHART_MARGIN = (48, 40, 36, 64)  # top, right, bottom, left
METHOD_COLOURS = {"linear": "#1f77b4", "cagr": "#ff7f0e", "logistic": "#2ca02c", "ols": "#9467bd"}
_CONVERSION_FACTOR = re.compile(r"\bx\s*([0-9.]+)")
_SLUG = re.compile(r"[^a-z0-9]+")
SORT_SCRIPT = """<script>
document.querySelectorAll("table.sortable th").forEach(function (th, column) {
  th.tabIndex = 0; th.title = "sort by this column";
  th.addEventListener("click", function () {
    var body = th.closest("table").tBodies[0], up = th.dataset.order !== "asc";
    th.closest("tr").querySelectorAll("th").forEach(function (h) { delete h.dataset.order; });
    th.dataset.order = up ? "asc" : "desc";
    Array.from(body.rows).sort(function (a, b) {
      var x = a.cells[column].dataset.key || a.cells[column].textContent,
          y = b.cells[column].dataset.key || b.cells[column].textContent;
      return (up ? 1 : -1) * x.localeCompare(y, "en", {numeric: true});
    }).forEach(function (row) { body.appendChild(row); });
  });
});
</script>"""


def _present(value):
    return not (value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))
                or (isinstance(value, str) and not value.strip()))


def _text(value, default=""):
    return str(value) if _present(value) else default


def _num(value, precision=3):
    return links.format_value(value, precision)


def _esc(value):
    return html.escape(_text(value))


def slug(text):
    """Lower-case ASCII words joined by ``-``: ``"Tai'an"`` -> ``"taian"``."""
    return _SLUG.sub("-", str(text).lower().replace("'", "")).strip("-")


def target_id(row):
    """The row's ``target_id`` (the column of ``assessment.csv``), else ``<region>-<indicator_id>``."""
    if _present(row.get("target_id")):
        return str(row["target_id"])
    return f"{slug(row['region'])}-{row['indicator_id']}"


def indicator_name(row):
    """The indicator's English name; its id only where no name is known."""
    return _text(row.get("indicator_en"), str(row["indicator_id"]).replace("_", " "))


def _year(value):
    """The year of a date cell (``2019``, ``"2023-08-31"``), or None."""
    match = re.match(r"\s*(\d{4})", _text(value))
    return int(match[1]) if match else None


def figure_roles(row, figures):
    """The figures a row cites, each with its role in the verdict.

    Parameters
    ----------
    row : mapping
        A row of ``assessment.csv``.
    figures : pandas.DataFrame
        ``figures.csv`` indexed by ``figure_id``.

    Returns
    -------
    pandas.DataFrame
        The cited figures (in the row's order, missing ids left out) with ``role`` (one of
        :data:`ROLES`) and ``stands_for`` (``baseline``, ``latest`` or ``target``: which of the
        row's values the figure gives or helps derive).
    """
    ids = [i for i in links.split_ids(row.get("figure_ids")) if i in figures.index]
    cited = figures.loc[ids].copy() if ids else figures.iloc[:0].copy()
    if cited.empty:
        return cited.assign(role=pd.Series(dtype=str), stands_for=pd.Series(dtype=str))
    base_year, latest_year = _year(row.get("baseline_date")), _year(row.get("latest_date"))
    corrected = _text(row.get("value_basis")) == "corrected"
    roles, stands, seen = [], [], set()
    for figure_id, fig in cited.iterrows():
        year = _year(fig.get("date")) or _year(fig.get("year"))
        if fig.get("kind") in TARGET_KINDS and fig.get("indicator_id") == row["indicator_id"]:
            stand = "target"
        elif year is not None and year == latest_year and (year != base_year or "latest" not in seen
                                                          and "baseline" in seen):
            stand = "latest"
        elif year is not None and year == base_year:
            stand = "baseline"
        else:
            stand = "latest"
        own = fig.get("indicator_id") == row["indicator_id"]
        if not own or fig.get("method") == "derived":
            role = "derived"
        elif stand in seen:
            role = "restated"
        elif corrected and stand != "target" and not _close(fig.get("value_std"), row.get(stand)):
            role = "corrected"
        else:
            role = stand
        if own and fig.get("method") != "derived":
            seen.add(stand)
        roles.append(role)
        stands.append(stand)
    cited["role"], cited["stands_for"] = roles, stands
    return cited


def _close(a, b, rtol=0.005):
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return math.isclose(a, b, rel_tol=rtol, abs_tol=1e-9)


def term(fig):
    """A figure as a term of arithmetic: its printed value, with its conversion (``(660 × 12)``)."""
    printed = links.format_number(fig["value"]) if _present(fig.get("value")) else _text(fig.get("value_text"))
    match = _CONVERSION_FACTOR.search(_text(fig.get("conversion")))
    if match and not _close(fig.get("value"), fig.get("value_std")):
        return f"({printed} × {links.format_number(float(match[1]))})"
    return printed


def derivations(row, roles):
    """Arithmetic lines for the row's values derived from other figures.

    A value that two figures of other indicators give is written as their ratio (the order that
    gives the value, times 100 for a percentage); a figure derived from a printed change keeps its
    own derivation (``figures.csv``'s ``derivation``).
    """
    lines = []
    for _, fig in roles[(roles["role"] == "derived") & roles["derivation"].notna()].iterrows():
        lines.append(f"{fig.name}: {fig['derivation']}")
    for stand in ("baseline", "latest"):
        parts = roles[(roles["stands_for"] == stand) & (roles["indicator_id"] != row["indicator_id"])]
        value = row.get(stand)
        if len(parts) != 2 or not _present(value):
            continue
        (_, a), (_, b) = parts.iterrows()
        for top, bottom in ((a, b), (b, a)):
            try:
                ratio = float(top["value_std"]) / float(bottom["value_std"])
            except (TypeError, ValueError, ZeroDivisionError):
                continue
            scale = 100 if _text(row.get("unit_std")) == "%" else 1
            if _close(ratio * scale, value):
                times = " × 100" if scale == 100 else ""
                lines.append(f"{stand}: {term(top)} ÷ {term(bottom)}{times} = {_num(value, 2)} "
                             f"{_text(row.get('unit_std'))} ({top['indicator_id']} ÷ {bottom['indicator_id']})")
                break
    return lines


def verdict_sentence(row):
    """The verdict in one sentence, generated from the row."""
    name = indicator_name(row)
    unit = _text(row.get("unit_std"))
    target = f"{_text(row.get('comparator'))}{_num(row.get('target'))} {unit}".strip()
    by = _text(row.get("target_date"), "the horizon")
    status = _text(row.get("status")).replace("_", " ")
    head = f"{row['region']}, {name}: {status}"
    if _text(row.get("verdict_at_target_date")):
        return (f"{head}: the target {target} by {by} was {row['verdict_at_target_date']} "
                f"(latest {_num(row.get('latest'))} {unit} on {_text(row.get('latest_date'))}).")
    if not _present(row.get("latest")):
        return f"{head}: no value to judge the target {target} by {by}."
    if row.get("status") == "achieved":
        return f"{head}: the latest value, {_num(row.get('latest'))} {unit} on {row['latest_date']}, meets the target {target} (by {by})."
    if not _present(row.get("ratio_R")):
        return (f"{head}: the latest value is {_num(row.get('latest'))} {unit} on {row['latest_date']}, "
                f"against the target {target} by {by}; one value gives no trend.")
    return (f"{head}: from {_num(row.get('baseline'))} {unit} on {row['baseline_date']} to "
            f"{_num(row.get('latest'))} on {row['latest_date']} the value changed at "
            f"{_num(row.get('observed_annual_change'))} a year where {_num(row.get('required_annual_change'))} "
            f"a year reaches {target} by {by} ({_text(row.get('primary_scale'))} scale), "
            f"so R = {_num(row.get('ratio_R'), 2)}.")


def _quote_html(fig):
    """The figure's quote with its value marked."""
    quote = _text(fig.get("quote"))
    try:
        start = int(fig["value_start"]) - int(fig["char_start"])
        end = int(fig["value_end"]) - int(fig["char_start"])
    except (TypeError, ValueError, KeyError):
        return html.escape(quote)
    if not 0 <= start <= end <= len(quote):
        return html.escape(quote)
    return (html.escape(quote[:start]) + "<mark>" + html.escape(quote[start:end]) + "</mark>"
            + html.escape(quote[end:]))


def figures_table(row, roles):
    """The cited figures: role, id (linked to its evidence), date, printed and standardised value, quote."""
    body = []
    for figure_id, fig in roles.sort_values("role", key=lambda s: s.map(ROLE_ORDER), kind="stable").iterrows():
        href = links.evidence_href(figure_id, PREFIX)
        printed = ("derived (see the derivations)" if fig.get("method") == "derived"
                   else f"{_text(fig.get('value_text'))}{_text(fig.get('unit'))}")
        standard = f"{_text(fig.get('comparator'))}{_num(fig.get('value_std'))} {_text(fig.get('unit_std'))}"
        what = fig["role"] if fig["role"] == fig["stands_for"] else f"{fig['role']} ({fig['stands_for']})"
        indicator = "" if fig.get("indicator_id") == row["indicator_id"] else f"<br><small>{_esc(fig.get('indicator_id'))}</small>"
        body.append(
            f'<tr class="role-{html.escape(fig["role"])}"><td>{html.escape(what)}{indicator}</td>'
            f'<td><a class="evidence" href="{html.escape(href)}">{html.escape(figure_id)}</a></td>'
            f"<td>{_esc(fig.get('date'))}</td><td lang=\"zh\">{html.escape(printed)}</td>"
            f'<td class="num">{html.escape(standard.strip())}</td>'
            f'<td lang="zh" class="quote"><a href="{html.escape(href)}">{_quote_html(fig)}</a></td></tr>')
    return ('<table class="plain target-figures"><thead><tr><th>role</th><th>figure</th><th>date</th>'
            '<th>printed</th><th class="num">standardised</th><th>quote (links to the evidence)</th></tr></thead>'
            f"<tbody>\n{chr(10).join(body)}\n</tbody></table>")


def _points(row):
    """(role, t, value) of the row's baseline, latest and target."""
    out = []
    for role, t in (("baseline", "baseline_t"), ("latest", "latest_t"), ("target", "target_t")):
        if _present(row.get(role)) and _present(row.get(t)):
            out.append((role, float(row[t]), float(row[role])))
    return out


def series_svg(row, projections):
    """The baseline, latest value, target and each method's projection as a small inline SVG.

    Values sit at their dates (decimal years, year-end aligned); each tick is labelled with the
    date it marks (``31 Dec 2020``). Deterministic: coordinates rounded to 0.1.
    """
    points = _points(row)
    lines = {m: g.sort_values("year") for m, g in projections.groupby("method") if m in METHOD_COLOURS}
    xs = [p[1] for p in points] + [float(y) for g in lines.values() for y in g["year"]]
    ys = [p[2] for p in points] + [float(v) for g in lines.values() for v in g["value"] if _present(v)]
    if not xs:
        return ""
    top, right, bottom, left = CHART_MARGIN
    x0, x1 = math.floor(min(xs)), math.ceil(max(xs))
    x1 = x1 if x1 > x0 else x0 + 1
    y0, y1 = min(ys + [0.0]) if min(ys) >= 0 and min(ys) < 0.25 * max(ys) else min(ys), max(ys)
    pad = (y1 - y0) * 0.08 or abs(y1) * 0.1 or 1.0
    y0, y1 = y0 - pad, y1 + pad

    def px(t):
        return round(left + (t - x0) / (x1 - x0) * (CHART_WIDTH - left - right), 1)

    def py(v):
        return round(CHART_HEIGHT - bottom - (v - y0) / (y1 - y0) * (CHART_HEIGHT - top - bottom), 1)

    parts = [f'<line x1="{left}" y1="{CHART_HEIGHT - bottom}" x2="{CHART_WIDTH - right}" '
             f'y2="{CHART_HEIGHT - bottom}" stroke="#57606a"/>']
    step = max(1, math.ceil((x1 - x0) / 6))
    for year in range(x0, x1 + 1, step):
        parts.append(f'<line x1="{px(year)}" y1="{CHART_HEIGHT - bottom}" x2="{px(year)}" '
                     f'y2="{CHART_HEIGHT - bottom + 4}" stroke="#57606a"/>'
                     f'<text x="{px(year)}" y="{CHART_HEIGHT - bottom + 16}" text-anchor="middle" '
                     f'font-size="10">31 Dec {year}</text>')
    for value in (y0 + pad, y1 - pad):
        parts.append(f'<text x="{left - 6}" y="{py(value) + 3}" text-anchor="end" font-size="10">'
                     f'{html.escape(_num(value))}</text>'
                     f'<line x1="{left}" y1="{py(value)}" x2="{CHART_WIDTH - right}" y2="{py(value)}" '
                     'stroke="#d0d7de" stroke-dasharray="2 3"/>')
    latest = next((p for p in points if p[0] == "latest"), None)
    for method, frame in lines.items():
        coords = ([(latest[1], latest[2])] if latest else []) + [
            (float(y), float(v)) for y, v in zip(frame["year"], frame["value"]) if _present(v)]
        path = " ".join(f"{px(t)},{py(v)}" for t, v in coords)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{METHOD_COLOURS[method]}" '
                     f'stroke-width="1.4"><title>{html.escape(method)}</title></polyline>')
    for role, t, value in points:
        shape = (f'<path d="M{px(t)},{py(value) - 7} l2,5 h5 l-4,3 l2,6 l-5,-4 l-5,4 l2,-6 l-4,-3 h5 z" fill="crimson"/>'
                 if role == "target" else
                 f'<circle cx="{px(t)}" cy="{py(value)}" r="4.5" fill="{"black" if role == "latest" else "white"}" '
                 'stroke="black"/>')
        parts.append(f'<g>{shape}<title>{role}: {html.escape(_num(value))}</title></g>')
    legend = "; ".join(f'<tspan fill="{c}">— {m}</tspan>' for m, c in METHOD_COLOURS.items() if m in lines)
    parts.append(f'<text x="{left}" y="14" font-size="10">○ baseline  ● latest  <tspan fill="crimson">★</tspan> '
                 f'target{"  " + legend if legend else ""}</text>')
    parts.append(f'<text x="{left}" y="30" font-size="10">{html.escape(_text(row.get("unit_std")))}</text>')
    desc = (f"{_text(row.get('indicator_en'), row['indicator_id'])}, {row['region']}: "
            + ", ".join(f"{role} {_num(v)} at {t:.2f}" for role, t, v in points)
            + (f"; projections by {', '.join(lines)}" if lines else ""))
    return (f'<svg class="target-chart" role="img" aria-label="{html.escape(desc)}" width="{CHART_WIDTH}" '
            f'height="{CHART_HEIGHT}" viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" xmlns="http://www.w3.org/2000/svg">'
            f'<title>{html.escape(desc)}</title>' + "".join(parts) + "</svg>")


def _dl(items):
    rows = "".join(f"<tr><th>{html.escape(k)}</th><td>{v}</td></tr>" for k, v in items)
    return f'<table class="plain computation"><tbody>{rows}</tbody></table>'


def computation(row, thresholds):
    """The computation of the verdict, item by item (HTML)."""
    on_track, acceleration = thresholds
    return _dl([
        ("baseline", f"{_num(row.get('baseline'))} on {_esc(row.get('baseline_date')) or '–'}"),
        ("latest", f"{_num(row.get('latest'))} on {_esc(row.get('latest_date')) or '–'} "
                   f"(printed {_num(row.get('latest_printed'))}; basis: {_esc(row.get('value_basis')) or '–'})"),
        ("target", f"{_esc(row.get('comparator'))}{_num(row.get('target'))} {_esc(row.get('unit_std'))} by "
                   f"{_esc(row.get('target_date'))} ({_esc(row.get('target_source'))}, {_esc(row.get('target_region'))})"),
        ("observed annual change", f"{_num(row.get('observed_annual_change'))} ({_esc(row.get('primary_scale'))} scale); "
                                   f"{_num(row.get('observed_annual_change_abs'))} absolute"),
        ("required annual change", f"{_num(row.get('required_annual_change'))} ({_esc(row.get('primary_scale'))} scale); "
                                   f"{_num(row.get('required_annual_change_abs'))} absolute"),
        ("R = observed ÷ required", f"{_num(row.get('ratio_R'), 3)}"),
        ("thresholds", f"on track R ≥ {_num(on_track)}; needs acceleration R ≥ {_num(acceleration)}; "
                       "limited progress 0 ≤ R below that; regressing R &lt; 0"),
        ("status", f"<b>{_esc(row.get('status'))}</b> ({_esc(row.get('primary_scale'))} scale, primary)"),
        *([("trend period", f"{_esc(row.get('trend_period'))}"
            + (" (values from before the plan only: momentum, not progress)"
               if row.get("trend_period") == "pre_plan" else ""))] if _present(row.get("trend_period")) else []),
        ("sensitivity", f"linear R {_num(row.get('ratio_R_linear'), 3)}: {_esc(row.get('status_linear')) or '–'}; "
                        f"logit R {_num(row.get('ratio_R_logit'), 3)}: {_esc(row.get('status_logit')) or '–'}; "
                        f"scales agree: {_esc(row.get('scales_agree'))}"),
        ("pace test (时间过半、任务过半)",
         f"time elapsed {_num(row.get('time_progress'), 3)} of {_esc(row.get('plan_start'))}-{_esc(row.get('plan_end'))}; "
         f"distance covered {_num(row.get('share_of_distance_covered'), 3)} (at most "
         f"{_num(row.get('share_of_distance_max'), 3)}); keeps pace: {_esc(row.get('keeps_pace')) or '–'} "
         f"({_esc(row.get('pace_basis')) or '–'})"),
        ("gap to target", f"{_num(row.get('gap_to_target'))}; needs {_num(row.get('required_annual_change_from_latest_abs'))} "
                          f"a year from the latest value ({_num(row.get('required_growth_from_latest'), 3)} compound)"),
        ("notes", _esc(row.get("note")) or "–"),
    ])


def projections_table(row, projections):
    """Each method's value by year, and at the target date from the row."""
    if projections.empty:
        return "<p>No projection (fewer than one dated value).</p>"
    wide = projections.pivot_table(index="year", columns="method", values="value", aggfunc="first").sort_index()
    head = "".join(f'<th class="num">{html.escape(m)}</th>' for m in wide.columns)
    body = "".join(f'<tr><td>{int(y)}</td>' + "".join(f'<td class="num">{_num(v)}</td>' for v in r) + "</tr>"
                   for y, r in wide.iterrows())
    reach = _esc(row.get("methods_reaching_target")) or "–"
    return (f'<table class="plain"><thead><tr><th>year-end</th>{head}</tr></thead><tbody>{body}</tbody></table>'
            f"<p>Methods reaching the target: {reach}; range at the target date {_num(row.get('projected_min'))} "
            f"to {_num(row.get('projected_max'))}.</p>")


def touching_checks(row, checks):
    """Checks that cite a figure of the row or that the row's flags name."""
    ids = set(links.split_ids(row.get("figure_ids")))
    flags = set(links.split_ids(row.get("check_flags")))
    if checks is None or checks.empty:
        return checks
    hit = checks.apply(lambda c: c["check_id"] in flags or bool(ids & set(links.split_ids(c.get("figure_ids")))),
                       axis=1)
    return checks[hit.astype(bool)] if len(checks) else checks


def checks_html(row, checks):
    rows = touching_checks(row, checks)
    corrections = _esc(row.get("corrections"))
    text = f"<p>Corrections applied: {corrections or 'none'}.</p>"
    if rows is None or rows.empty:
        return text + "<p>No check cites these figures.</p>"
    body = "".join(
        f'<tr><td>{_esc(c["check"])}</td><td>{_esc(c["severity"])}</td><td>{_esc(c["result"])}</td>'
        f'<td>{_esc(c.get("message"))}</td><td class="ids">{links.link_ids(c.get("figure_ids"), PREFIX)}</td></tr>'
        for _, c in rows.iterrows())
    return text + ('<table class="plain checks"><thead><tr><th>check</th><th>severity</th><th>result</th>'
                   f"<th>message</th><th>figures</th></tr></thead><tbody>{body}</tbody></table>")


def matching_claims(row, claims):
    """The documents' claims about the target: its own, and plan-wide claims that name it."""
    if claims is None or claims.empty:
        return claims
    mine = claims[claims["region"] == row["region"]]
    own = mine["indicator_id"].astype(str) == row["indicator_id"]
    named = mine["explanation"].astype(str).str.contains(re.escape(row["indicator_id"]) + r"\b", regex=True)
    return mine[own | (mine["indicator_id"].isna() & named)]


def claims_html(row, claims):
    rows = matching_claims(row, claims)
    if rows is None or rows.empty:
        return "<p>The documents make no claim about this target.</p>"
    body = "".join(
        f'<tr><td>{_esc(c["claim"])}</td><td>{_esc(c["verdict"])}</td>'
        f'<td lang="zh" class="quote">{_esc(c.get("quote"))}</td><td>{_esc(c.get("explanation"))}</td>'
        f'<td class="ids">{links.link_ids(c.get("figure_ids"), PREFIX)}</td></tr>' for _, c in rows.iterrows())
    return ('<table class="plain claims"><thead><tr><th>claim</th><th>held against the numbers</th>'
            f"<th>quote</th><th>why</th><th>figures</th></tr></thead><tbody>{body}</tbody></table>")


def _page(title, body, stylesheet=STYLESHEET):
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{html.escape(title)}</title>\n<link rel=\"stylesheet\" href=\"{stylesheet}\">\n</head>\n"
            f"<body class=\"site\">\n{body}\n</body>\n</html>\n")


def render_target_page(row, figures, projections, checks, claims, thresholds):
    """One target's page (HTML); ``figures`` indexed by ``figure_id``."""
    roles = figure_roles(row, figures)
    mine = projections[(projections["region"] == row["region"]) & (projections["indicator_id"] == row["indicator_id"])]
    arithmetic = derivations(row, roles)
    name = indicator_name(row)
    chart = series_svg(row, mine)
    body = (
        f'<nav class="site-nav"><a href="../index.html">mzplan</a> › <a href="index.html">targets</a> › '
        f"{html.escape(row['region'])}, {html.escape(name)}</nav>\n"
        f"<h1>{html.escape(row['region'])}: {html.escape(name)}</h1>\n"
        f'<p class="verdict status-{_esc(row.get("status"))}">{html.escape(verdict_sentence(row))}</p>\n'
        f"<p><code>{html.escape(row['indicator_id'])}</code>, {_esc(row.get('unit_std'))}; "
        f"plan {_esc(row.get('plan_start'))}-{_esc(row.get('plan_end'))}.</p>\n"
        f'<h2 id="series">The series</h2>\n{chart}\n'
        f'<h2 id="figures">The figures the verdict rests on</h2>\n{figures_table(row, roles)}\n'
        '<h2 id="derivations">Derivations</h2>\n'
        + ("<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in arithmetic) + "</ul>" if arithmetic
           else "<p>No value here is derived: each is printed.</p>")
        + f'\n<h2 id="computation">The computation of the verdict</h2>\n{computation(row, thresholds)}\n'
        f'<h2 id="projections">Projections by method</h2>\n{projections_table(row, mine)}\n'
        f'<h2 id="checks">Checks and corrections</h2>\n{checks_html(row, checks)}\n'
        f'<h2 id="claims">The documents\' own claims</h2>\n{claims_html(row, claims)}\n')
    return _page(f"{row['region']}: {name} · mzplan", body)


def render_index(assessment):
    """``targets/index.html``: every target in one sortable table."""
    rows = []
    for _, row in assessment.iterrows():
        tid = target_id(row)
        name = indicator_name(row)
        period = f"{_text(row.get('baseline_date'), '–')} → {_text(row.get('latest_date'), '–')}"
        expired = " (expired)" if _text(row.get("expired")).lower() == "true" else ""
        rows.append(
            f'<tr id="{html.escape(tid)}"><td>{_esc(row["region"])}</td><td><a href="{html.escape(quote(tid))}.html">'
            f"{html.escape(name)}</a></td>"
            f'<td><a href="{html.escape(quote(tid))}.html">{_esc(row.get("status"))}</a>{expired}</td>'
            f"<td>{html.escape(period)}</td><td>{_esc(row.get('comparator'))}{_num(row.get('target'))} "
            f"{_esc(row.get('unit_std'))} by {_esc(row.get('target_date'))}</td></tr>")
    body = ('<nav class="site-nav"><a href="../index.html">mzplan</a> › targets</nav>\n'
            f"<h1>Every target ({len(rows)})</h1>\n<p>Click a column's header to sort by it; each status links to "
            "the target's page, which shows the figures it rests on and how the verdict was computed.</p>\n"
            '<table class="plain sortable"><thead><tr><th>region</th><th>indicator</th><th>status</th>'
            f"<th>period (baseline → latest)</th><th>target</th></tr></thead><tbody>\n{chr(10).join(rows)}\n"
            f"</tbody></table>\n{SORT_SCRIPT}")
    return _page("Every target · mzplan", body)


def _read(name, directory):
    path = Path(directory) / f"{name}.csv"
    return pd.read_csv(path, keep_default_na=False, na_values=[""]) if path.exists() else None


def thresholds():
    """The open-sdg thresholds the verdicts used (on track, needs acceleration): notebook 02's
    parameters, their one source (a run with other values saves nothing)."""
    from mzlib.targets.assessment import AssessmentParams

    params = AssessmentParams.from_parameters()
    return params.on_track, params.acceleration


def write_target_pages(html_dir=paths.HTML_DIR, processed_dir=paths.PROCESSED_DATA_DIR):
    """Write ``targets/<target_id>.html`` for every row of ``assessment.csv`` and ``targets/index.html``.

    Returns
    -------
    list of str
        The target ids written, in the order of ``assessment.csv`` (empty without it).
    """
    assessment = _read("assessment", processed_dir)
    figures = _read("figures", processed_dir)
    if assessment is None or figures is None:
        return []
    figures = figures.set_index("figure_id", drop=False).rename_axis(None)
    projections = _read("projections", processed_dir)
    projections = projections if projections is not None else pd.DataFrame(
        columns=["region", "indicator_id", "year", "method", "value"])
    checks, claims = _read("checks", processed_dir), _read("claims", processed_dir)
    out = Path(html_dir) / TARGETS_DIR
    if out.exists():
        for old in out.glob("*.html"):
            old.unlink()
    out.mkdir(parents=True, exist_ok=True)
    levels = thresholds()
    written = []
    for _, row in assessment.iterrows():
        tid = target_id(row)
        page = render_target_page(row, figures, projections, checks, claims, levels)
        (out / f"{tid}.html").write_text(page, encoding="utf-8", newline="\n")
        written.append(tid)
    (out / "index.html").write_text(render_index(assessment), encoding="utf-8", newline="\n")
    return written
