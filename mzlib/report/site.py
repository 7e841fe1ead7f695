"""The site around the rendered notebooks: ``index.html``, one stylesheet and a local MathJax.

``index.html`` states the three questions, answers each with numbers computed from
``data/processed/`` (linked to the analyses and to the evidence), and lists the analyses and the
evidence pages. Every page links the one stylesheet :data:`STYLESHEET` (nbconvert's lab CSS, then
``site.css`` and the family colours). Equations render with the copy of MathJax that
``jupyter-server-mathjax`` ships, copied beside the pages, so no page needs the network.
"""

import html
import re
import shutil
from importlib import resources
from pathlib import Path

import pandas as pd

from mzlib.core import paths
from mzlib.core.errors import InputError
from mzlib.report import links
from mzlib.targets.assessment import is_momentum

STYLESHEET = "site.css"
MATHJAX_DIR = "mathjax"
MATHJAX_CONFIG = "TeX-AMS-MML_HTMLorMML-full,Safe"
MATHJAX_URL = f"{MATHJAX_DIR}/MathJax.js?config={MATHJAX_CONFIG}"
# What a TeX page needs of MathJax 2 (HTML-CSS output, STIX-Web fonts); SVG output, localisations
# and the accessibility extensions (about 9 of 12 MB) are left out.
MATHJAX_KEEP = ("MathJax.js", "LICENSE", "config/", "extensions/", "jax/input/", "jax/element/",
                "jax/output/HTML-CSS/", "fonts/HTML-CSS/")
MATHJAX_SKIP = ("extensions/a11y/",)
STATUS_ORDER = ("achieved", "on_track", "needs_acceleration", "limited_progress", "regressing",
                "insufficient_data")
# The notebook-02 table of every target of the horizon, whose rows the index links to.
ALL_TARGETS_TABLE = "figure-4-cells"
_HEAD_STYLE = re.compile(r"<style[^>]*>(.*?)</style>\s*", re.S)


def house_css():
    """The site's own rules (``mzlib/report/site.css``)."""
    return resources.files("mzlib.report").joinpath("site.css").read_text(encoding="utf-8")


def stylesheet(notebook_css):
    """The one stylesheet: nbconvert's CSS, then the house rules, then the family colours."""
    from mzlib.report.evidence import family_css

    return f"{notebook_css.strip()}\n\n{house_css().strip()}\n\n{family_css()}"


def mathjax_source():
    """The MathJax 2 directory of the installed ``jupyter-server-mathjax`` package.

    Raises
    ------
    InputError
        When the package is not installed (``make report`` installs it).
    """
    try:
        import jupyter_server_mathjax
    except ImportError:
        raise InputError("jupyter-server-mathjax", "not installed: equations need a local MathJax",
                         hint="run make report (it installs the site extra), or pip install -e '.[site]'") from None
    return Path(jupyter_server_mathjax.__file__).parent / "static"


def mathjax_files(source):
    """Relative paths of the MathJax files the pages need, sorted (see :data:`MATHJAX_KEEP`)."""
    source = Path(source)
    chosen = []
    for path in source.rglob("*"):
        relative = path.relative_to(source).as_posix()
        if path.is_file() and relative.startswith(MATHJAX_KEEP) and not relative.startswith(MATHJAX_SKIP):
            chosen.append(relative)
    return sorted(chosen)


def copy_mathjax(html_dir, source=None):
    """Copy MathJax beside the pages (``<html_dir>/mathjax/``), replacing an older copy.

    Returns
    -------
    int
        Number of files copied.
    """
    source = Path(source) if source is not None else mathjax_source()
    target = Path(html_dir) / MATHJAX_DIR
    if target.exists():
        shutil.rmtree(target)
    files = mathjax_files(source)
    for relative in files:
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / relative, target / relative)
    return len(files)


def _count(number, word):
    """``"1 error"``, ``"6 errors"``."""
    return f"{number:,} {word}{'' if number == 1 else 's'}"


def _read(name, directory):
    path = Path(directory) / f"{name}.csv"
    return pd.read_csv(path, keep_default_na=False, na_values=[""]) if path.exists() else None


def _ids_link(ids, text, prefix=""):
    first = links.split_ids(ids)
    if not first:
        return html.escape(text)
    return f'<a href="{html.escape(links.evidence_href(first[0], prefix))}">{html.escape(text)}</a>'


_ID_WORD = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")


def _indicator_names(figures):
    """indicator_id -> English name (lower-case first letter), from figures.csv."""
    if "indicator_en" not in figures:
        return {}
    pairs = figures.dropna(subset=["indicator_en"]).drop_duplicates("indicator_id")
    return {i: n[:1].lower() + n[1:] for i, n in zip(pairs["indicator_id"], pairs["indicator_en"])}


def answer_figures(figures, checks, notebook="01-clean-figures.html#table-1"):
    """Question 1, answered from figures.csv and checks.csv (HTML)."""
    if figures is None:
        return "<p class=\"answer\">Not computed yet: run <code>make report</code>.</p>"
    methods = figures["method"].value_counts()
    where = {"prose": "in prose", "table": "in tables", "derived": "derived from a printed change"}
    method_text = ", ".join(f"{n:,} {where.get(m, m)}" for m, n in methods.items())
    text = (f"<p class=\"answer\"><b>{_count(len(figures), 'figure')}</b> from "
            f"{_count(figures['doc'].nunique(), 'document')} "
            f"({method_text}), each with its sentence or table row "
            f"(<a href=\"{notebook}\">analysis</a>).")
    if checks is None:
        return text + "</p>"
    failed = checks[checks["result"] == "fail"]
    counts = failed["severity"].value_counts()
    text += (f" The checks find <b>{_count(int(counts.get('error', 0)), 'error')}</b> and "
             f"{_count(int(counts.get('warning', 0)), 'warning')} in the sources themselves:</p>\n<ul>")
    keys = links.doc_keys(figures)
    names = _indicator_names(figures)
    for _, row in failed[failed["severity"] == "error"].iterrows():
        message = str(row["message"]).split(". ")[0].rstrip(".") + "."
        message = _ID_WORD.sub(lambda m: names.get(m[0], m[0]), message)
        if links.split_ids(row["figure_ids"]) or row.get("doc") not in keys:
            link = _ids_link(row["figure_ids"], "evidence")
        else:
            href = f"{links.EVIDENCE_DIR}/{keys[row['doc']]}.html#check:{row['check_id']}"
            link = f'<a href="{html.escape(href)}">evidence</a>'
        text += f"<li>{html.escape(str(row['region_en']))}: {html.escape(message)} {link}</li>\n"
    return text + "</ul>"


def answer_targets(assessment, notebook="02-project-indicators.html", figures=None, table=ALL_TARGETS_TABLE):
    """Question 2, answered from assessment.csv (HTML): status counts of the targets still to come,
    the verdicts on expired ones, and the targets at risk.

    Each verdict named links to its target's page; its evidence link lands on the latest value it
    cites (``figures``, ``figures.csv`` indexed by id, gives the roles), and "analysis" on its row in
    the notebook's table of every target (``table``).
    """
    from mzlib.report import target_pages

    if assessment is None:
        return "<p class=\"answer\">Not computed yet: run <code>make report</code>.</p>"
    expired = assessment["expired"].astype(str).str.lower().eq("true") if "expired" in assessment else \
        pd.Series(False, index=assessment.index)
    current = assessment[~expired]
    momentum = is_momentum(current) if "trend_period" in current else pd.Series(False, index=current.index)
    counts = current.loc[~momentum, "status"].value_counts()
    order = [s for s in STATUS_ORDER if s in counts] + sorted(set(counts.index) - set(STATUS_ORDER))
    summary = ", ".join(f"{int(counts[s])} {s.replace('_', ' ')}" for s in order)
    if momentum.any():
        summary += (f"; {int(momentum.sum())} more judged only on values from before the plan period "
                    "(momentum, not progress)")
    text = (f"<p class=\"answer\"><b>{_count(len(current), 'target')}</b> still to come in "
            f"{_count(current['region'].nunique(), 'region')}: {summary} "
            f"(<a href=\"{notebook}#{table}\">analysis</a>; <a href=\"{links.TARGETS_DIR}/index.html\">every "
            f"target</a>).")
    if expired.any():
        text += f" {_count(int(expired.sum()), 'target')} had expired before the horizon and are judged at their date."
    text += " Targets judged off track (momentum marked: a trend only from before the plan period):</p>\n<ul>"
    off_track = current["status"].isin(["needs_acceleration", "limited_progress", "regressing"])
    risky = pd.concat([current[off_track & ~momentum], current[off_track & momentum]])
    for label, row in risky.iterrows():
        mark = " <i>momentum</i>" if momentum[label] else ""
        tid = target_pages.target_id(row)
        name = target_pages.indicator_name(row)
        latest = _latest_ids(row, figures)
        text += (f"<li>{html.escape(str(row['region']))}, {html.escape(name)}: "
                 f"<a href=\"{html.escape(links.target_href(tid, ''))}\">"
                 f"{html.escape(row['status'].replace('_', ' '))}</a>{mark} "
                 f"(latest {links.format_value(row['latest'])}, target "
                 f"{html.escape(str(row['comparator']) if isinstance(row['comparator'], str) else '')}"
                 f"{links.format_value(row['target'])} {html.escape(str(row['unit_std']))}) "
                 f"{_ids_link(latest, 'evidence')} "
                 f"(<a href=\"{notebook}#{html.escape(table)}:{html.escape(tid)}\">analysis</a>)</li>\n")
    return text + "</ul>"


def _latest_ids(row, figures):
    """The figure ids giving the row's latest value (all its ids when the roles are unknown)."""
    from mzlib.report import target_pages

    if figures is None:
        return row["figure_ids"]
    roles = target_pages.figure_roles(row, figures)
    latest = roles[roles["stands_for"] == "latest"]
    return links.ID_SEPARATOR.join(latest.index) if len(latest) else row["figure_ids"]


def answer_aging(aging, stages=None, capacity=None, notebook="03-aging-pressure.html#table-3"):
    """Question 3, answered from aging.csv, aging_stages.csv and aging_capacity.csv (HTML): the
    census 65+ share, the year the cohort projection makes each region aged and super-aged, and the
    beds per 1,000 people aged 60+ wherever a document prints beds and its older population is known."""
    if aging is None or not {"region_en", "year", "share_65plus", "stage"} <= set(aging.columns):
        return f"<p class=\"answer\">See <a href=\"{notebook}\">the analysis</a>.</p>"
    latest = aging.sort_values("year").groupby("region_en", sort=False).tail(1).sort_values("share_65plus")
    years = {}
    if stages is not None and {"region_en", "stage", "year_central"} <= set(stages.columns):
        for _, row in stages.iterrows():
            years[(row["region_en"], row["stage"])] = row["year_central"]
    items = []
    for _, row in latest.iterrows():
        region = row["region_en"]
        label = (f"{region}: {links.format_value(row['share_65plus'])}% aged 65+ at the "
                 f"{links.format_value(row['year'], thousands=False)} census")
        ahead = [f"{stage} in {links.format_value(years[(region, stage)], thousands=False)}"
                 for stage in ("aged", "super-aged") if pd.notna(years.get((region, stage), float("nan")))]
        if ahead:
            label += "; " + ", ".join(ahead) + " (central cohort projection)"
        source = (_ids_link(row.get("figure_ids"), "evidence") if links.split_ids(row.get("figure_ids"))
                  else "(census bulletin, see the analysis)")
        items.append(f"<li>{html.escape(label)} {source}</li>")
    text = (f"<p class=\"answer\">Every region's 65+ share at the latest census, and when it becomes aged "
            f"(65+ at 14%) and super-aged (20%) (<a href=\"{notebook}\">analysis</a>):</p>\n<ul>{''.join(items)}</ul>")
    if capacity is not None and {"beds_per_1000_60plus", "bed_kind", "beds"} <= set(capacity.columns):
        rows = capacity.dropna(subset=["beds_per_1000_60plus"]).drop_duplicates(["region_en", "year", "bed_kind"])
        if len(rows):
            text += "<p class=\"answer\">Beds per 1,000 people aged 60+, each kind compared with benchmarks of its own kind:</p>\n<ul>"
            for _, row in rows.iterrows():
                text += (f"<li>{html.escape(str(row['region_en']))} {links.format_value(row['year'], thousands=False)}: "
                         f"{links.format_value(row['beds'], precision=0)} beds ({html.escape(str(row['bed_kind']))}), "
                         f"{links.format_value(row['beds_per_1000_60plus'], precision=1)} per 1,000 aged 60+ "
                         f"{_ids_link(row.get('figure_ids'), 'evidence')}</li>\n")
            text += "</ul>"
    return text


def render_index(notebooks, evidence_pages, processed_dir=paths.PROCESSED_DATA_DIR, questions=None):
    """``index.html``: the three questions with their answers, the analyses and the evidence pages.

    Parameters
    ----------
    notebooks : list of (str, str, str)
        ``(html file name, title, summary)`` per notebook, in order.
    evidence_pages : list of dict
        What :func:`mzlib.report.evidence.write_evidence` returns.
    processed_dir : pathlib.Path
        Where the answers are read from.
    questions : list of str, optional
        The three questions; by default the README's.
    """
    questions = questions or ["What did the plans and reviews actually report?",
                              "Will each region reach its 2025 targets?",
                              "How much aging pressure is behind the elder-care targets?"]
    figures = _read("figures", processed_dir)
    indexed = figures.set_index("figure_id", drop=False).rename_axis(None) if figures is not None else None
    answers = [answer_figures(figures, _read("checks", processed_dir)),
               answer_targets(_read("assessment", processed_dir), figures=indexed),
               answer_aging(_read("aging", processed_dir), _read("aging_stages", processed_dir),
                            _read("aging_capacity", processed_dir))]
    qa = "\n".join(f"<li><p><b>{html.escape(q)}</b></p>\n{a}</li>" for q, a in zip(questions, answers))
    analyses = "\n".join(f'<li><a href="{html.escape(link)}">{html.escape(title)}</a><br>{html.escape(summary)}</li>'
                         for link, title, summary in notebooks)
    evidence = "\n".join(
        f'<tr><td><a href="evidence/{html.escape(p["key"])}.html">{html.escape(p["title"])}</a></td>'
        f'<td class="num">{p["figures"]:,}</td><td class="num">{p["failed_checks"]}</td>'
        f'<td class="num">{p["unparsed_rows"]}</td></tr>' for p in evidence_pages)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>mzplan: Chinese civil-affairs plans as traceable data</title>\n"
        f"<link rel=\"stylesheet\" href=\"{STYLESHEET}\">\n</head>\n<body class=\"site\">\n"
        "<h1>mzplan: Chinese civil-affairs plans as traceable data</h1>\n"
        "<p>Every number below links to the sentence it came from: the evidence pages show each source "
        "document in full with every extracted figure highlighted. Executed by <code>make report</code>.</p>\n"
        f"<h2 id=\"questions\">Three questions</h2>\n<ol class=\"questions\">\n{qa}\n</ol>\n"
        f"<p>Every target, with the figures each verdict rests on and its computation: "
        f"<a href=\"{links.TARGETS_DIR}/index.html\">the targets</a>.</p>\n"
        f"<h2 id=\"analyses\">The analyses</h2>\n<ol>\n{analyses}\n</ol>\n"
        "<h2 id=\"evidence\">The evidence</h2>\n<table class=\"plain\"><thead><tr><th>document</th>"
        "<th class=\"num\">figures</th><th class=\"num\">failed checks</th><th class=\"num\">unparsed rows</th>"
        f"</tr></thead><tbody>\n{evidence}\n</tbody></table>\n</body>\n</html>\n"
    )


def split_head_css(page):
    """Take the ``<style>`` blocks out of a page's ``<head>``; returns (page, their CSS)."""
    head, sep, body = page.partition("</head>")
    css = "\n".join(m.group(1).strip() for m in _HEAD_STYLE.finditer(head))
    return _HEAD_STYLE.sub("", head) + sep + body, css


def nav_bar(title):
    """The bar at the top of each notebook page, back to the index."""
    return (f'<nav class="site-nav"><a href="index.html">mzplan</a> › {html.escape(title)} '
            '· <a href="index.html#evidence">evidence pages</a></nav>\n')
