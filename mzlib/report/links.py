"""Notebook tables whose figure ids link to their evidence, with numbers shown as numbers.

Every figure id is ``<doc key>:<offset>``; its evidence is the element with that id on
``reports/html/evidence/<doc key>.html``. Notebook outputs link there through the Jupyter server's
``/files/`` route (:data:`FROM_NOTEBOOKS`; ``make lab`` serves the repository as its root) and open
in a browser tab (``target="_blank"``), so that in JupyterLab the page opens with its stylesheet and
at its anchor rather than in Lab's HTML viewer; the runner rewrites them into plain relative links
when it renders the pages into ``reports/html/`` (:func:`relocate`). A table whose frame carries a
``target_id`` column links each status cell to the target's page (``targets/<target_id>.html``),
and the cell holds the row's anchor (``<table name>:<target_id>``).

:func:`evidence_table` returns a pandas ``Styler``: figure-id columns as links, verdict columns
first, integers without ``.0`` and without exponents, one marker for every missing value, long
text never cut, Chinese text kept on one line where it is short.
"""

import html
import math
import re
from urllib.parse import quote

import numpy as np
import pandas as pd

EVIDENCE_DIR = "evidence"
TARGETS_DIR = "targets"
FROM_NOTEBOOKS = "/files/reports/html/"
NEW_TAB = ' target="_blank" rel="noopener"'
TARGET_COLUMN = "target_id"
_ANCHOR_TAG = re.compile(r"<a\s[^>]*>")
LINKED_STATUS = "status"
MISSING = "–"
ID_SEPARATOR = ";"
ID_COLUMNS = ("figure_id", "figure_ids", "derived_from")
VERDICT_COLUMNS = ("status", "severity", "result", "keeps_pace", "agrees", "methods_reaching_target")
YEAR_COLUMN = re.compile(r"(^|_)year($|_)|^(period_start|period_end)$")
CJK = re.compile(r"[\u3400-\u9fff]")
SHORT_CJK = 16
LONG_TEXT = 24
MAX_COLUMNS = 12
KEY_COLUMNS = ("region", "region_en", "indicator_en", "indicator_id", "year")


def doc_key(figure_id):
    """The document key of a figure id: ``"taian-2023:21243"`` -> ``"taian-2023"``."""
    return str(figure_id).split(":", 1)[0]


def doc_keys(figures):
    """Document file -> key, from the figures table (the prefix of each document's figure ids)."""
    return {doc: doc_key(ids.iloc[0]) for doc, ids in figures.groupby("doc")["figure_id"]}


def evidence_href(figure_id, prefix=FROM_NOTEBOOKS):
    """Where a figure's evidence is, relative to the page that links it.

    Parameters
    ----------
    figure_id : str
    prefix : str
        Path from the linking page to ``reports/html/``: :data:`FROM_NOTEBOOKS` from a notebook,
        ``""`` from a page in ``reports/html/``, ``"../"`` from an evidence page.
    """
    return f"{prefix}{EVIDENCE_DIR}/{quote(doc_key(figure_id))}.html#{quote(str(figure_id), safe=':')}"


def target_href(target_id, prefix=FROM_NOTEBOOKS):
    """Where a target's page is, relative to the linking page (see :func:`evidence_href`)."""
    return f"{prefix}{TARGETS_DIR}/{quote(str(target_id))}.html"


def _new_tab(prefix):
    """Links through the Jupyter server open in a browser tab; links inside the site do not."""
    return NEW_TAB if prefix == FROM_NOTEBOOKS else ""


def link_status(status, target_id, prefix=FROM_NOTEBOOKS, anchor=None):
    """A status cell linked to its target's page, holding the row's anchor ``anchor``."""
    ident = f' id="{html.escape(anchor)}"' if anchor else ""
    return (f'<a class="status"{ident} href="{html.escape(target_href(target_id, prefix))}"{_new_tab(prefix)}>'
            f"{format_value(status)}</a>")


def split_ids(ids):
    """Figure ids of a cell: a ``;``-separated string (or one id); ``[]`` when missing."""
    if ids is None or ids is pd.NA or (isinstance(ids, float) and math.isnan(ids)):
        return []
    return [part.strip() for part in str(ids).split(ID_SEPARATOR) if part.strip()]


def link_ids(ids, prefix=FROM_NOTEBOOKS):
    """HTML links, one per figure id of ``ids`` (see :func:`split_ids`); :data:`MISSING` if none."""
    parts = split_ids(ids)
    if not parts:
        return MISSING
    return " ".join(f'<a class="evidence" href="{html.escape(evidence_href(i, prefix))}"{_new_tab(prefix)}>'
                    f"{html.escape(i)}</a>" for i in parts)


def relocate(page, prefix=FROM_NOTEBOOKS, to=""):
    """Rewrite links written for JupyterLab into plain links from a page in ``reports/html/``:
    the prefix becomes ``to`` and the new-tab attributes go (in whatever order a serializer left them)."""
    marker = f'href="{prefix}'

    def plain(tag):
        text = tag[0]
        if marker not in text:
            return text
        text = re.sub(r'\s+(?:target="_blank"|rel="noopener")', "", text)
        return text.replace(marker, f'href="{to}')

    return _ANCHOR_TAG.sub(plain, page)


def format_number(value, precision=3, thousands=True):
    """A number as a person writes it: ``2020``, ``113,050``, ``0.954``, ``1,110,000``.

    Integral values print without decimals; others with at most ``precision`` decimals,
    trailing zeros dropped. Never an exponent. Missing values print as :data:`MISSING`.
    """
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    if isinstance(value, bool):
        return "yes" if value else "no"
    number = float(value)
    if math.isinf(number):
        return "∞" if number > 0 else "-∞"
    comma = "," if thousands else ""
    rounded = round(number, precision)
    if rounded == 0 and number != 0:
        return np.format_float_positional(number, precision=precision, fractional=False, trim="-")
    if rounded == int(rounded):
        return f"{int(rounded):{comma}d}"
    return f"{rounded:{comma}.{precision}f}".rstrip("0").rstrip(".")


def format_value(value, precision=3, thousands=True):
    """Any cell: numbers through :func:`format_number`, empty and missing as :data:`MISSING`."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    if isinstance(value, (bool, int, float)) or hasattr(value, "dtype"):
        try:
            return format_number(value, precision, thousands)
        except (TypeError, ValueError):
            pass
    text = str(value)
    return html.escape(text) if text.strip() else MISSING


def ordered_columns(columns, first=VERDICT_COLUMNS):
    """The verdict columns present, in the order of ``first``, then the others as they were."""
    leading = [c for c in first if c in columns]
    return leading + [c for c in columns if c not in leading]


def spaced_codes(frame):
    """A table of counts by code (registry families, exclusion reasons) for display: its column names
    spelled with spaces (``minimum_living`` as ``minimum living``), so that a header can wrap and the
    table stays within the page as researchers' documents bring more codes."""
    return frame.rename(columns=lambda name: name.replace("_", " ") if isinstance(name, str) else name)


def _is_year(column):
    return bool(YEAR_COLUMN.search(str(column)))


def _text_columns(frame):
    return [c for c in frame.columns if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c])]


def _column_rules(table, ids, raw=()):
    """CSS per column: numbers right-aligned, text left; short Chinese on one line, long text wide
    (and wrapped anywhere, so that a long id never widens the table); a linked status on one line."""
    rules = {}
    text_columns = _text_columns(table)
    for column in table.columns:
        if column in raw:
            rules[column] = "text-align: left; white-space: nowrap"
            continue
        if column in ids:
            rules[column] = "text-align: left; min-width: 11em"
            continue
        if column not in text_columns:
            rules[column] = "text-align: right"
            continue
        values = table[column].astype("string")
        longest = values.str.len().max()
        longest = 0 if pd.isna(longest) else int(longest)
        if values.str.contains(CJK, na=False).any():
            width = "white-space: nowrap" if longest <= SHORT_CJK else "min-width: 13em"
        else:
            width = "min-width: 11em; overflow-wrap: anywhere" if longest > LONG_TEXT else "white-space: nowrap"
        rules[column] = f"text-align: left; {width}"
    return rules


def _styled(table, ids, precision, prefix, name, raw=()):
    formatters = {}
    for column in table.columns:
        if column in raw:
            formatters[column] = str
        elif column in ids:
            formatters[column] = lambda cell: link_ids(cell, prefix)
        else:
            formatters[column] = (lambda cell, thousands=not _is_year(column):
                                  format_value(cell, precision, thousands))
    styler = table.style.format(formatters).set_uuid(re.sub(r"[^A-Za-z0-9_]", "_", name))
    styler = styler.format_index(lambda label: html.escape(str(label).replace("_", " ")), axis=1)
    if table.index.name is None and table.index.names == [None]:
        styler = styler.hide(axis="index")
    rules = _column_rules(table, ids, raw)
    styler = styler.set_table_styles(
        {c: [{"selector": "td", "props": p}, {"selector": "th", "props": p.split(";")[0]}] for c, p in rules.items()},
        overwrite=False)
    return styler.set_table_attributes('class="evidence-table"')


class EvidenceTables:
    """A table shown as one or more styled parts (a wide one split, each part repeating the keys).

    Notebooks display it as HTML (``_repr_html_``) and as text (the whole frame), both the same on
    every run (a ``Styler``'s own text shows its memory address).
    """

    def __init__(self, frame, parts, name=None):
        self.frame, self.parts, self.name = frame, parts, name

    def to_html(self):
        """The parts' HTML, one after the other, after the table's anchor (its ``name``)."""
        anchor = f'<a class="anchor" id="{html.escape(self.name)}"></a>\n' if self.name else ""
        return anchor + "\n".join(part.to_html() for part in self.parts)

    def _repr_html_(self):
        return self.to_html()

    def __repr__(self):
        return self.frame.to_string()


def column_groups(columns, keys, max_columns):
    """Split ``columns`` into groups of at most ``max_columns``, each starting with ``keys``."""
    rest = [c for c in columns if c not in keys]
    width = max(max_columns - len(keys), 1)
    return [list(keys) + rest[i:i + width] for i in range(0, len(rest), width)] or [list(keys)]


def evidence_table(frame, ids=ID_COLUMNS, first=VERDICT_COLUMNS, precision=3, prefix=FROM_NOTEBOOKS,
                   name="evidence", max_columns=MAX_COLUMNS, keys=KEY_COLUMNS):
    """A table for a notebook: figure ids as evidence links, verdicts first, numbers as numbers.

    Parameters
    ----------
    frame : pandas.DataFrame
    ids : sequence of str
        Columns holding figure ids (``;``-separated); those present become links.
    first : sequence of str
        Columns moved to the front, in this order, when present.
    precision : int
        Decimals kept for non-integral numbers (trailing zeros dropped).
    prefix : str
        Path from the page to ``reports/html/`` (see :func:`evidence_href`).
    name : str
        Stable id of the table in the page (deterministic HTML for nbval).
    max_columns : int
        Wider tables are split into parts of at most this many columns, so that each fits a
        laptop screen; every part repeats the verdict and ``keys`` columns present.
    keys : sequence of str
        Columns that identify a row (region, indicator), repeated in every part.

    Returns
    -------
    EvidenceTables
        One part per group of columns (``.parts``, pandas Stylers). Year columns without
        thousands separators; headers with spaces for underscores; a named
        index kept, a plain one hidden.
    """
    table = frame[ordered_columns(list(frame.columns), first)]
    shown, raw = _linked_status(table, prefix, name)
    if len(shown.columns) <= max_columns:
        return EvidenceTables(table, [_styled(shown, ids, precision, prefix, name, raw)], name)
    repeated = [c for c in shown.columns if c in first or c in keys]
    groups = column_groups(list(shown.columns), repeated, max_columns)
    later, _ = _linked_status(table, prefix, None)
    return EvidenceTables(table, [_styled((shown if n == 1 else later)[group], ids, precision, prefix,
                                          f"{name}-{n}", raw)
                                  for n, group in enumerate(groups, start=1)], name)


def _linked_status(table, prefix, name):
    """The table to show: without ``target_id``, its status cells linked to the target's page (each
    holding the row's anchor ``<name>:<target_id>`` when ``name`` is given); and the raw columns."""
    if TARGET_COLUMN not in table.columns:
        return table, ()
    shown = table.drop(columns=TARGET_COLUMN)
    if LINKED_STATUS not in shown.columns:
        return shown, ()
    cells = [link_status(status, tid, prefix, f"{name}:{tid}" if name else None)
             for status, tid in zip(table[LINKED_STATUS], table[TARGET_COLUMN])]
    return shown.assign(**{LINKED_STATUS: cells}), (LINKED_STATUS,)
