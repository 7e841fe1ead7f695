"""Evidence pages: each source document in full, every figure highlighted where it was read.

One page per document, ``reports/html/evidence/<doc key>.html``. The whole text is shown as printed;
inside it:

- every figure's printed value is a highlighted element whose ``id`` is the figure id (colour by
  family; on hover or keyboard focus: indicator, date, kind, standardised value and unit; a
  landing on it outlines it and opens no box over the lines around it);
- the sentence or table row each figure was read from (its quote) is underlined, distinctly from
  the values inside it, so overlapping spans (a row holding several values) stay readable;
- a figure that a failed error or warning check names carries a marker linking to that check;
  the checks of the document are listed above the text, each with an anchor;
- derived figures (``method == "derived"``) are badges after the sentence they were derived from;
- unparsed table rows and, when ``uncaptured.csv`` exists, numbers with units that no figure took
  are marked, so that a reviewer also sees what was not taken.

Markers add no text: the text content of the text block is exactly the document, so a figure's
offset on the page is its ``value_start``.
"""

import html
from collections import defaultdict
from pathlib import Path

import pandas as pd

from mzlib.core import paths
from mzlib.core.textio import read_text
from mzlib.report import links
from mzlib.report.plotting import family_colours
from mzlib.sources.reference import document_type_label

FLAGGED_SEVERITIES = ("error", "warning")
TEXT_ID = "text"


def _present(value):
    return not (value is None or value is pd.NA or (isinstance(value, float) and value != value)
                or (isinstance(value, str) and not value.strip()))


def _get(row, column, default=""):
    value = row.get(column, default)
    return value if _present(value) else default


def _as_int(value):
    return int(value) if _present(value) else None


def check_anchor(check_id, seen):
    """A unique anchor id for a check on its page (``check:`` + id; ``~2`` and on for repeats)."""
    base = f"check:{check_id}"
    seen[base] = seen.get(base, 0) + 1
    return base if seen[base] == 1 else f"{base}~{seen[base]}"


def row_anchor(row):
    """Anchor id of a table row: ``row:<table_id>.<row_no>``."""
    return f"row:{_get(row, 'table_id')}.{_get(row, 'row_no')}"


def uncaptured_anchor(row):
    """Anchor id of an uncaptured number: ``uncaptured:<char_start>``."""
    return f"uncaptured:{_as_int(row['char_start'])}"


def figure_tip(row):
    """The details shown on hover: id, indicator, date, kind, standardised and printed value."""
    date = _get(row, "date") or _get(row, "year")
    date = links.format_value(date, thousands=False) if _present(date) else "no date"
    value_std = _get(row, "value_std")
    standard = (f"{_get(row, 'comparator')}{links.format_number(value_std)} {_get(row, 'unit_std')}".strip()
                if _present(value_std) else _get(row, "value_type") or "no value")
    printed = _get(row, "value_text") or _get(row, "value")
    lines = [
        str(row["figure_id"]),
        f"{_get(row, 'indicator_en') or _get(row, 'indicator_id')} ({_get(row, 'indicator_id')})",
        f"{_get(row, 'indicator_zh')}",
        f"{_get(row, 'kind')}, {date}" + (f" (since {links.format_value(row['base_year'], thousands=False)})"
                                          if _present(_get(row, "base_year")) else ""),
        f"standardised: {standard}",
        f"printed: {printed}{_get(row, 'unit')}".rstrip(),
    ]
    for extra in ("conversion", "derivation", "note"):
        if _present(_get(row, extra)):
            lines.append(f"{extra}: {row[extra]}")
    return "\n".join(line for line in lines if line.strip())


def _figure_flags(checks):
    """figure id -> [(anchor, severity, message)] for failed error and warning checks."""
    flags = defaultdict(list)
    for _, check in checks.iterrows():
        if check["result"] != "fail" or check["severity"] not in FLAGGED_SEVERITIES:
            continue
        for figure_id in links.split_ids(check.get("figure_ids")):
            flags[figure_id].append((check["_anchor"], check["severity"], str(_get(check, "message"))))
    return flags


def _layers(figures, table_rows, uncaptured):
    """(start, end, class) spans that only colour text: quotes, unparsed rows, uncaptured numbers."""
    layers = []
    for _, row in figures.iterrows():
        kind = "q-table" if row.get("method") == "table" else "q-prose"
        layers.append((int(row["char_start"]), int(row["char_end"]), kind))
    for _, row in table_rows.iterrows():
        layers.append((int(row["char_start"]), int(row["char_end"]), "unparsed"))
    for _, row in uncaptured.iterrows():
        layers.append((int(row["char_start"]), int(row["char_end"]), "uncaptured"))
    return layers


def _atoms(figures):
    """Value spans rendered as one element each, sorted; a value overlapping an earlier one is
    left out here and anchored as a point (returned second)."""
    atoms, points = [], []
    end = -1
    for _, row in figures.sort_values(["value_start", "value_end"]).iterrows():
        start, stop = int(row["value_start"]), int(row["value_end"])
        if start >= end and stop > start:
            atoms.append((start, stop, row))
            end = stop
        else:
            points.append((start, row))
    return atoms, points


def render_text(text, figures, checks=None, table_rows=None, uncaptured=None, prefix="../"):
    """The document as HTML: values highlighted and anchored, quotes underlined, markers added.

    Parameters
    ----------
    text : str
        The document text (the one the offsets refer to).
    figures : pandas.DataFrame
        This document's figures (figure_id, family, char/value spans, method, ...).
    checks : pandas.DataFrame, optional
        This document's checks with an ``_anchor`` column (see :func:`check_anchor`).
    table_rows : pandas.DataFrame, optional
        This document's unparsed table rows (char_start, char_end, table_id, row_no, reason).
    uncaptured : pandas.DataFrame, optional
        Numbers no figure took (char_start, char_end, reason).
    prefix : str
        Path from the page to ``reports/html/``, for links to other documents' figures.

    Returns
    -------
    str
        HTML whose text content is exactly ``text``.
    """
    empty = pd.DataFrame(columns=["char_start", "char_end"])
    checks = checks if checks is not None else pd.DataFrame(columns=["result", "severity", "_anchor"])
    table_rows = table_rows if table_rows is not None else empty
    uncaptured = uncaptured if uncaptured is not None else empty
    derived = figures["method"].eq("derived") if "method" in figures else pd.Series(False, index=figures.index)
    direct, derived = figures[~derived], figures[derived]
    atoms, points = _atoms(direct)
    flags = _figure_flags(checks)
    layers = _layers(figures, table_rows, uncaptured)

    markers = defaultdict(list)  # position -> HTML with no text content
    for start, row in points:
        markers[start].append(_point(row, flags))
    for _, row in derived.sort_values("figure_id").iterrows():
        markers[int(row["char_end"])].append(_derived_badge(row, flags, prefix))
    for _, row in table_rows.iterrows():
        markers[int(row["char_start"])].append(
            f'<span class="anchor" id="{html.escape(row_anchor(row))}"></span>')
    for _, row in uncaptured.iterrows():
        markers[int(row["char_start"])].append(
            f'<span class="anchor" id="{html.escape(uncaptured_anchor(row))}"></span>')

    inside = {}
    for start, stop, row in atoms:
        inside[start] = (stop, row)
        for position in [p for p in markers if start < p < stop]:
            markers[stop] = markers.pop(position) + markers.get(stop, [])
    cuts = {0, len(text), *markers}
    for start, stop, _ in layers:
        cuts.update((start, stop))
    for start, stop, _ in atoms:
        cuts.update((start, stop))
    atom_spans = [(start, stop) for start, stop, _ in atoms]
    cuts = sorted(c for c in cuts if 0 <= c <= len(text) and not any(s < c < e for s, e in atom_spans))

    out = []
    for position, following in zip(cuts, cuts[1:] + [None]):
        out.extend(markers.get(position, []))
        if following is None:
            break
        classes = sorted({kind for start, stop, kind in layers if start <= position < stop})
        piece = html.escape(text[position:following], quote=False)
        if position in inside:
            stop, row = inside[position]
            out.append(_value_element(row, piece, classes))
            out.extend(_flag(*flag) for flag in flags.get(row["figure_id"], []))
        elif classes:
            out.append(f'<span class="{" ".join(classes)}">{piece}</span>')
        else:
            out.append(piece)
    return "".join(out)


def _value_element(row, piece, classes):
    family = html.escape(str(_get(row, "family", "unmapped")))
    css = " ".join(["fig", f"fam-{family}", *classes])
    return (f'<mark id="{html.escape(str(row["figure_id"]))}" class="{css}" tabindex="0" '
            f'data-tip="{html.escape(figure_tip(row))}">{piece}</mark>')


def _point(row, flags):
    family = html.escape(str(_get(row, "family", "unmapped")))
    flagged = "".join(_flag(*f) for f in flags.get(row["figure_id"], []))
    return (f'<mark id="{html.escape(str(row["figure_id"]))}" class="fig point fam-{family}" tabindex="0" '
            f'data-tip="{html.escape(figure_tip(row))}"></mark>{flagged}')


def _derived_badge(row, flags, prefix):
    family = html.escape(str(_get(row, "family", "unmapped")))
    value = _get(row, "value_std") if _present(_get(row, "value_std")) else _get(row, "value")
    label = f"= {links.format_value(value)} {_get(row, 'unit_std') or _get(row, 'unit')}".strip()
    sources = "".join(
        f'<a class="from" href="{html.escape(_same_or_other(i, row, prefix))}" aria-label="from {html.escape(i)}"></a>'
        for i in links.split_ids(row.get("derived_from")))
    flagged = "".join(_flag(*f) for f in flags.get(row["figure_id"], []))
    return (f'<mark id="{html.escape(str(row["figure_id"]))}" class="fig derived fam-{family}" tabindex="0" '
            f'data-label="{html.escape(label)}" data-tip="{html.escape(figure_tip(row))}"></mark>'
            f'{sources}{flagged}')


def _same_or_other(figure_id, row, prefix):
    if links.doc_key(figure_id) == links.doc_key(row["figure_id"]):
        return "#" + figure_id
    return links.evidence_href(figure_id, prefix)


def _flag(anchor, severity, message):
    return (f'<a class="flag flag-{html.escape(severity)}" href="#{html.escape(anchor)}" '
            f'title="{html.escape(severity)}: {html.escape(message)}" aria-label="{html.escape(severity)}"></a>')


def _link_list(ids, key, prefix="../"):
    parts = []
    for figure_id in links.split_ids(ids):
        href = "#" + figure_id if links.doc_key(figure_id) == key else links.evidence_href(figure_id, prefix)
        parts.append(f'<a href="{html.escape(href)}">{html.escape(figure_id)}</a>')
    return " ".join(parts) or links.MISSING


def _checks_section(checks, key):
    if checks.empty:
        return "<p>No check concerns this document.</p>"
    order = {"fail": 0, "note": 1, "pass": 2}
    rows = checks.assign(_order=checks["result"].map(order).fillna(3)).sort_values(["_order", "severity"],
                                                                                   kind="stable")
    body = []
    for _, check in rows.iterrows():
        body.append(
            f'<tr id="{html.escape(check["_anchor"])}" class="check-{html.escape(str(check["result"]))} '
            f'sev-{html.escape(str(check["severity"]))}"><td>{html.escape(str(check["result"]))}</td>'
            f'<td>{html.escape(str(check["severity"]))}</td><td>{html.escape(str(_get(check, "check")))}</td>'
            f'<td>{html.escape(str(_get(check, "message")))}</td>'
            f'<td>{html.escape(str(_get(check, "arithmetic")))}</td>'
            f'<td class="ids">{_link_list(check.get("figure_ids"), key)}</td></tr>')
    failed = int((checks["result"] == "fail").sum())
    return (f"<p>{len(checks)} checks concern this document; {failed} failed. Failed errors and warnings "
            "are also marked in the text (⚠ after the value).</p>\n<table class=\"checks\"><thead><tr>"
            "<th>result</th><th>severity</th><th>check</th><th>message</th><th>arithmetic</th>"
            f"<th>figures</th></tr></thead><tbody>\n{chr(10).join(body)}\n</tbody></table>")


def _not_taken_section(table_rows, uncaptured):
    parts = []
    if table_rows.empty:
        parts.append("<p>Every table row of this document was parsed.</p>")
    else:
        items = "".join(
            f'<li><a href="#{html.escape(row_anchor(r))}">table {html.escape(str(_get(r, "table_id")))}, '
            f'row {html.escape(str(_get(r, "row_no")))} (line {html.escape(str(_get(r, "line")))})</a>: '
            f'{html.escape(str(_get(r, "reason")))}</li>' for _, r in table_rows.iterrows())
        were = "table row was" if len(table_rows) == 1 else "table rows were"
        parts.append(f"<p>{len(table_rows)} {were} not parsed (boxed red in the text):</p><ul>{items}</ul>")
    if uncaptured is None:
        parts.append("<p>Numbers that no figure took are not listed: <code>uncaptured.csv</code> is not "
                     "produced yet.</p>")
    elif uncaptured.empty:
        parts.append("<p>Every number with a unit was taken by a figure.</p>")
    else:
        items = "".join(
            f'<li><a href="#{html.escape(uncaptured_anchor(r))}">line {html.escape(str(_get(r, "line")))}: '
            f'{html.escape(str(_get(r, "text")))}</a> ({html.escape(str(_get(r, "reason")))})</li>'
            for _, r in uncaptured.iterrows())
        were = "number with a unit was" if len(uncaptured) == 1 else "numbers with units were"
        parts.append(f"<p>{len(uncaptured)} {were} not taken by any figure (wavy orange underline):</p>"
                     f"<ul>{items}</ul>")
    return "\n".join(parts)


def _legend(families):
    colours = family_colours()
    swatches = "".join(f'<span class="fig fam-{html.escape(f)}">{html.escape(f.replace("_", " "))}</span> '
                       for f in families if f in colours)
    return (f'<p class="legend">Values by family: {swatches}<br>'
            '<span class="q-prose">sentence a figure was read from</span> '
            '<span class="q-table">table row a figure was read from</span> '
            '<span class="unparsed">unparsed table row</span> '
            '<span class="uncaptured">number no figure took</span> '
            '<a class="flag flag-error" aria-label="error"></a> error '
            '<a class="flag flag-warning" aria-label="warning"></a> warning. '
            'Hover over or focus a value for its indicator, date, kind and standardised value.</p>')


def family_css():
    """CSS rules colouring each family's values (the colours of the extraction map)."""
    rules = []
    for family, (red, green, blue) in family_colours().items():
        rgb = f"{round(red * 255)}, {round(green * 255)}, {round(blue * 255)}"
        rules.append(f".fam-{family} {{ background: rgba({rgb}, 0.35); border-bottom: 2px solid rgb({rgb}); }}")
    return "\n".join(rules) + "\n"


def evidence_page(key, title, text, figures, checks, table_rows, uncaptured=None, stylesheet="../site.css"):
    """One document's evidence page as a standalone HTML string (see the module docstring).

    Parameters
    ----------
    key : str
        The document key (the part of its figure ids before ``:``).
    title : str
        Heading of the page (region, document type, file).
    text : str
        The document text.
    figures, checks, table_rows : pandas.DataFrame
        This document's rows of figures.csv, checks.csv and the unparsed rows of table_rows.csv.
    uncaptured : pandas.DataFrame or None
        This document's rows of uncaptured.csv, or None when that table does not exist.
    stylesheet : str
        Link to the site's stylesheet, relative to the page.
    """
    seen = {}
    checks = checks.assign(_anchor=[check_anchor(c, seen) for c in checks["check_id"]])
    families = [f for f in family_colours() if f in set(figures.get("family", []))]
    body = render_text(text, figures, checks, table_rows, uncaptured)
    derived = int(figures["method"].eq("derived").sum()) if "method" in figures else 0
    counts = (f"{len(figures)} figures ({derived} derived), {len(text):,} characters, "
              f"{int((checks['result'] == 'fail').sum())} failed checks, {len(table_rows)} unparsed table rows")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>Evidence: {html.escape(title)}</title>\n"
        f"<link rel=\"stylesheet\" href=\"{html.escape(stylesheet)}\">\n</head>\n<body class=\"evidence\">\n"
        "<nav><a href=\"../index.html\">mzplan</a> › evidence</nav>\n"
        f"<h1>{html.escape(title)}</h1>\n<p class=\"counts\">{html.escape(counts)}</p>\n"
        f"{_legend(families)}\n"
        f"<h2 id=\"checks\">Checks</h2>\n{_checks_section(checks, key)}\n"
        f"<h2 id=\"not-taken\">What was not taken</h2>\n{_not_taken_section(table_rows, uncaptured)}\n"
        f"<h2 id=\"document\">The document</h2>\n<div id=\"{TEXT_ID}\" class=\"doc-text\" lang=\"zh\">{body}</div>\n"
        "</body>\n</html>\n"
    )


def doc_keys(figures, files):
    """Document file -> key: the prefix of its figure ids, else the file name without extension."""
    keys = links.doc_keys(figures)
    return {file: keys.get(file, Path(file).stem) for file in files}


def _text_file(figures, doc):
    """The file the offsets of ``doc`` refer to: ``text_file`` when the table has it, else the raw file."""
    if "text_file" in figures:
        named = figures.loc[figures["doc"] == doc, "text_file"].dropna().unique()
        if len(named):
            return paths.PROJ_ROOT / str(named[0])
    return paths.RAW_DATA_DIR / doc


def _read(name, directory):
    path = Path(directory) / f"{name}.csv"
    if not path.exists():
        return None
    return pd.read_csv(path, keep_default_na=False, na_values=[""])


def write_evidence(html_dir=paths.HTML_DIR, processed_dir=paths.PROCESSED_DATA_DIR, documents=None):
    """Write one evidence page per document into ``<html_dir>/evidence/``, and remove the pages of
    documents no longer there.

    Parameters
    ----------
    html_dir : pathlib.Path
    processed_dir : pathlib.Path
        Holds figures.csv, checks.csv, table_rows.csv and, when it exists, uncaptured.csv.
    documents : pandas.DataFrame, optional
        The manifest (file, region_en, doc_type); by default every document in figures.csv.

    Returns
    -------
    list of dict
        Per page: ``key``, ``file``, ``title``, ``figures``, ``failed_checks``, ``unparsed_rows``.
    """
    figures = _read("figures", processed_dir)
    if figures is None:
        return []
    checks = _read("checks", processed_dir)
    checks = checks if checks is not None else pd.DataFrame(columns=["check_id", "doc", "result", "severity"])
    table_rows = _read("table_rows", processed_dir)
    table_rows = (table_rows[table_rows["status"] != "parsed"] if table_rows is not None
                  else pd.DataFrame(columns=["doc", "char_start", "char_end"]))
    uncaptured = _read("uncaptured", processed_dir)
    files = list(documents["file"]) if documents is not None else sorted(figures["doc"].unique())
    labels = ({r.file: f"{r.region_en}, {document_type_label(r.doc_type)}" for r in documents.itertuples()}
              if documents is not None else {})
    out_dir = Path(html_dir) / "evidence"
    out_dir.mkdir(parents=True, exist_ok=True)
    pages = []
    for file, key in doc_keys(figures, files).items():
        mine = figures[figures["doc"] == file]
        text, _ = read_text(_text_file(figures, file))
        title = f"{labels[file]} ({file})" if file in labels else file
        page = evidence_page(key, title, text, mine, checks[checks["doc"] == file],
                             table_rows[table_rows["doc"] == file],
                             None if uncaptured is None else uncaptured[uncaptured["doc"] == file])
        (out_dir / f"{key}.html").write_text(page, encoding="utf-8", newline="\n")
        pages.append({"key": key, "file": file, "title": title, "figures": len(mine),
                      "failed_checks": int((checks.loc[checks["doc"] == file, "result"] == "fail").sum()),
                      "unparsed_rows": int((table_rows["doc"] == file).sum())})
    for stale in set(out_dir.glob("*.html")) - {out_dir / f"{page['key']}.html" for page in pages}:
        stale.unlink()
    return pages
