"""The figures table: every reported figure of a document, with provenance.

Load inputs (text and manifest row), process (tables, then prose), save (one tidy table). The
invariant ``text[char_start:char_end] == quote`` holds for every row, and the printed ``value``
is ``text[value_start:value_end]``, inside the quote.
"""

import math
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from mzlib.extract import prose
from mzlib.core.errors import InputError
from mzlib.core.normalize import LineIndex, normalize
from mzlib.sources.convert import document_text
from mzlib.sources.registry import UNMAPPED, info, load_registry, lookup
from mzlib.extract.tables import column_roles, find_tables
from mzlib.extract.units import MONEY_STD, standardise
from mzlib.extract.values import parse_value

COLUMNS = [
    "figure_id", "doc", "text_file", "region_zh", "region_en", "subregion_zh", "indicator_id", "indicator_zh",
    "indicator_en", "family", "year", "base_year", "year_basis", "kind", "comparator", "value", "unit",
    "value_type", "value_std", "unit_std", "conversion", "period", "period_basis", "growth_basis",
    "attribute", "status_reported", "char_start", "char_end", "quote", "value_start", "value_end",
    "line", "method", "table_id", "row_no", "note",
]
TABLE_ROW_COLUMNS = ["doc", "table_id", "table_title", "layout", "kind", "row_no", "line", "status",
                     "reason", "n_figures", "char_start", "char_end", "quote"]
ATTRIBUTES = {"预期性": "expected", "约束性": "binding"}
FLIP = {">=": "<=", "<=": ">=", ">": "<", "<": ">", "": ""}


class Document:
    """A document's text and the manifest facts extraction needs; ``derived`` is the
    :class:`~mzlib.sources.convert.DerivedText` it was read from, when read from a file."""

    derived = None

    def __init__(self, name, text, region_zh="", region_en="", reference_year=None,
                 period_start=None, period_end=None, encoding="utf-8", doc_type="", text_file=""):
        self.name, self.text, self.norm = name, text, normalize(text)
        self.text_file = text_file or name
        self.region_zh, self.region_en, self.encoding = region_zh, region_en, encoding
        self.reference_year = reference_year
        self.period_start, self.period_end, self.doc_type = period_start, period_end, doc_type
        self.key = "-".join(Path(name).stem.split("-")[:2])
        self.line_of = LineIndex(text)

    @classmethod
    def from_path(cls, path, manifest=None, text_dir=None):
        """Read a file of any accepted format (:func:`mzlib.sources.convert.document_text`, which
        writes derived text to ``text_dir``); take region and years from its manifest row."""
        derived = document_text(path, text_dir)
        row = {}
        if manifest is not None:
            match = manifest[manifest["file"] == Path(path).name]
            row = match.iloc[0].to_dict() if len(match) else {}
        as_int = lambda v: int(v) if str(v or "").strip() else None  # noqa: E731
        doc = cls(Path(path).name, derived.text, row.get("region_zh", ""), row.get("region_en", ""),
                  as_int(row.get("reference_year")), as_int(row.get("period_start")),
                  as_int(row.get("period_end")), derived.encoding, row.get("doc_type", ""),
                  derived.text_file)
        doc.derived = derived
        return doc


def _std(kind, number, unit, indicator, value_type, period="", denominator=None, inverse=False,
         comparator=""):
    """Standard value, unit, conversion note and (possibly flipped) comparator."""
    reg = dict(info(indicator))
    if kind == "growth_rate":
        reg["unit_std"] = "%"
    if value_type in ("missing", "qualitative"):
        return math.nan, reg["unit_std"], "", comparator
    if value_type == "ratio":
        if inverse:
            return (round(100 * denominator / number, 4), reg["unit_std"],
                    f"printed as {number:g}:{denominator:g}; inverted to {100 * denominator / number:.2f}%",
                    FLIP[comparator])
        return number / denominator, "ratio", f"{number:g}:{denominator:g} as a number", comparator
    if reg["unit_std"] == MONEY_STD and unit in ("元", ""):
        value, unit_std, conv = standardise(number, "元", period or "unspecified")
        if not unit:
            conv = "; ".join(filter(None, ["unit 元 not printed", conv]))
        return value, unit_std, conv, comparator
    value, unit_std, conv = standardise(number, unit, registry_unit=reg["unit_std"])
    if unit_std == "%" and reg["unit_std"] not in ("%", "") and unit in ("%", "‰"):
        unit_std = "%"
    if inverse:
        return value, unit_std, conv + "; inverse alias not convertible", comparator
    return value, unit_std, conv, comparator


def _row(doc, *, indicator_id, indicator_zh, kind, year, base_year, year_basis, value_span, unit,
         value_type, number, comparator, period="", period_basis="", growth_basis="", attribute="",
         status="", quote_span, method, table_id=None, row_no=None, note="", subregion_zh="",
         denominator=None, inverse=False, sign=1):
    value_std, unit_std, conversion, comparator = _std(
        kind, number, unit, indicator_id, value_type, period, denominator, inverse, comparator)
    if kind == "change_pp":
        value_std, unit_std = sign * number, "pp"
        conversion = "signed by the verb" if sign < 0 else ""
    q0, q1 = quote_span
    v0, v1 = value_span
    return {
        "doc": doc.name, "text_file": doc.text_file, "region_zh": doc.region_zh, "region_en": doc.region_en,
        "subregion_zh": subregion_zh, "indicator_id": indicator_id, "indicator_zh": indicator_zh,
        "indicator_en": info(indicator_id)["name_en"], "family": info(indicator_id)["family"] or UNMAPPED,
        "year": year, "base_year": base_year,
        "year_basis": year_basis, "kind": kind, "comparator": comparator,
        "value": doc.text[v0:v1], "unit": unit, "value_type": value_type, "value_std": value_std,
        "unit_std": unit_std, "conversion": conversion, "period": period, "period_basis": period_basis,
        "growth_basis": growth_basis, "attribute": attribute, "status_reported": status,
        "char_start": q0, "char_end": q1, "quote": doc.text[q0:q1], "value_start": v0, "value_end": v1,
        "line": doc.line_of(v0), "method": method, "table_id": table_id, "row_no": row_no,
        "note": note,
    }


# ---------------------------------------------------------------- tables
def _unit_of(cell_unit, unit_column, indicator_name, header_unit):
    for unit in (cell_unit, unit_column, indicator_name, header_unit):
        if unit and unit != "-":
            return unit
    return ""


def table_figures(doc, tables):
    """Figures and row log of the indicator tables.

    Returns
    -------
    tuple of (list of dict, list of dict)
        Figure rows and one log row per table row (parsed or not, with the reason).
    """
    figures, log = [], []
    for table in tables:
        roles = column_roles(table.header) if table.kind == "indicator" else []
        years = [r["year"] for r in roles if r["role"] == "value" and r["year"]]
        for row in table.rows:
            entry = {"doc": doc.name, "table_id": table.table_id, "table_title": table.title,
                     "layout": table.layout, "kind": table.kind, "row_no": row.row_no,
                     "line": row.line, "status": row.status, "reason": row.reason,
                     "char_start": row.start, "char_end": row.end,
                     "quote": doc.text[row.start:row.end]}
            found = [] if row.status != "parsed" else _row_figures(doc, table, row, roles, years)
            if row.status == "parsed" and not found:
                entry.update(status="unparsed", reason="no value columns recognised in the header")
            entry["n_figures"] = len(found)
            figures += found
            log.append(entry)
        if table.reason:
            log.append({"doc": doc.name, "table_id": table.table_id, "table_title": table.title,
                        "layout": table.layout, "kind": table.kind, "row_no": None, "line": table.line,
                        "status": "unparsed", "reason": table.reason, "n_figures": 0,
                        "char_start": table.start, "char_end": table.end,
                        "quote": doc.text[table.start:table.end]})
    return figures, log


def _row_figures(doc, table, row, roles, years):
    cells = dict(zip(range(len(roles)), row.cells))
    by_role = {r["role"]: cells.get(i) for i, r in enumerate(roles) if r["role"] not in ("value", "growth")}
    name_cell = by_role.get("indicator")
    if name_cell is None:
        return []
    name = doc.text[name_cell.start:name_cell.end]
    indicator, inverse = lookup(name)
    name_unit = ""
    if name.endswith(")") and "(" in name:
        name_unit = name[name.rfind("(") + 1:-1]
    unit_cell = by_role.get("unit")
    attribute_cell, status_cell = by_role.get("attribute"), by_role.get("status")
    attribute = ATTRIBUTES.get(attribute_cell.text.replace(" ", ""), attribute_cell.text) if attribute_cell else ""
    out = []
    for i, role in enumerate(roles):
        cell = cells.get(i)
        if role["role"] not in ("value", "growth") or cell is None:
            continue
        parsed = parse_value(cell.text)
        unit = _unit_of(parsed.unit, unit_cell.text if unit_cell else "", name_unit,
                        role["unit"]) if parsed.value_type in ("number", "ratio") else parsed.unit
        if role["role"] == "growth":
            kind, year, base = "growth_rate", max(years) if years else None, min(years) if years else None
            basis = "column header"
            unit = (parsed.unit or role["unit"] or "%") if parsed.value_type == "number" else ""
        else:
            kind = role["kind"]
            year, basis = (role["year"], "column header") if role["year"] else (
                doc.reference_year, "document reference year")
            base = None
        out.append(_row(
            doc, indicator_id=indicator, indicator_zh=name, kind=kind, year=year, base_year=base,
            year_basis=basis, value_span=(cell.start + parsed.start, cell.start + parsed.end),
            unit=unit, value_type=parsed.value_type, number=parsed.number,
            comparator=parsed.comparator, growth_basis=role["basis"] if kind == "growth_rate" else "",
            attribute=attribute, status=doc.text[status_cell.start:status_cell.end] if status_cell else "",
            quote_span=(row.start, row.end), method="table", table_id=table.table_id,
            row_no=row.row_no, denominator=parsed.denominator, inverse=inverse,
            note={"missing": f"printed {cell.text!r}: no value",
                  "qualitative": "qualitative: no number"}.get(parsed.value_type, "")))
    return out


# ---------------------------------------------------------------- prose
def prose_figures(doc, tables):
    """Figures printed in prose (outside indicator tables)."""
    skip = [(t.start, t.end) for t in tables if t.kind == "indicator"]
    out, seen = [], set()
    sents = prose.sentences(doc.norm, skip)
    gate = prose.candidates(doc.norm, sents)
    plan_base = doc.period_start - 1 if doc.period_start else None
    for i, sent in enumerate(sents):
        mentions = []
        if i in gate["standards"]:
            mentions += prose.standards(doc.norm, sent, doc.reference_year)
        if i in gate["census"]:
            mentions += prose.census(doc.norm, sent, doc.reference_year)
        if i in gate["simple"]:
            mentions += prose.simple(doc.norm, sent, doc.reference_year, doc.period_end, plan_base)
        if i in gate["named"]:
            mentions += prose.named(doc.norm, sent, doc.reference_year, doc.period_end, doc.doc_type)
        if not mentions:
            continue
        end = sent[1]
        while end > sent[0] and doc.text[end - 1].isspace():
            end -= 1
        for m in mentions:
            if m["value_span"] in seen:
                continue
            seen.add(m["value_span"])
            v0, v1 = m["value_span"]
            number = float(doc.norm[v0:v1].split(":")[0])
            is_ratio = ":" in doc.norm[v0:v1]
            denominator = float(doc.norm[v0:v1].split(":")[1]) if is_ratio else None
            name_span = prose.name_span(doc.norm, *m["indicator_zh"]) if m["indicator_zh"] else None
            name_span = name_span or m["indicator_zh"]
            indicator_zh = doc.text[name_span[0]:name_span[1]] if name_span else info(m["indicator_id"])["name_zh"]
            inverse = lookup(indicator_zh)[1] if name_span else False
            out.append(_row(
                doc, indicator_id=m["indicator_id"], indicator_zh=indicator_zh.strip(), kind=m["kind"],
                year=m["year"], base_year=m["base_year"], year_basis=m["year_basis"], value_span=(v0, v1),
                unit=m["unit"], value_type="ratio" if is_ratio else "number", number=number,
                comparator=m["comparator"], period=m["period"], period_basis=m["period_basis"],
                growth_basis=m["growth_basis"], quote_span=(sent[0], end), method="prose",
                note=m["note"], subregion_zh=m["subregion_zh"], denominator=denominator,
                inverse=inverse, sign=m.get("sign", 1)))
    return out


# ---------------------------------------------------------------- the table
def extract_document(doc):
    """Figures and table-row log of one :class:`Document`.

    Returns
    -------
    tuple of (pandas.DataFrame, pandas.DataFrame)
        ``figures`` (columns :data:`COLUMNS`) and ``table_rows`` (:data:`TABLE_ROW_COLUMNS`).
    """
    load_registry()
    tables = find_tables(doc.text, doc.norm)
    table_rows, log = table_figures(doc, tables)
    rows = table_rows + prose_figures(doc, tables)
    figures = pd.DataFrame(rows, columns=[c for c in COLUMNS if c != "figure_id"])
    figures = figures.sort_values(["value_start", "kind"], kind="stable").reset_index(drop=True)
    figures.insert(0, "figure_id", [f"{doc.key}:{v}" for v in figures["value_start"]])
    return _typed(figures), pd.DataFrame(log, columns=TABLE_ROW_COLUMNS)


def _typed(figures):
    for col in ("year", "base_year", "table_id", "row_no", "char_start", "char_end", "value_start",
                "value_end", "line"):
        figures[col] = pd.array(figures[col], dtype="Int64")
    figures["value_std"] = figures["value_std"].astype(float)
    text_cols = [c for c in COLUMNS if c not in ("year", "base_year", "table_id", "row_no", "char_start",
                                                 "char_end", "value_start", "value_end", "line", "value_std")]
    figures[text_cols] = figures[text_cols].fillna("").astype(str)
    return figures


FIGURES_SCHEMA = pa.DataFrameSchema(
    {
        "figure_id": pa.Column(str, unique=True),
        "doc": pa.Column(str),
        "indicator_id": pa.Column(str, pa.Check.str_length(min_value=1)),
        "kind": pa.Column(str, pa.Check.isin(["actual", "target", "baseline", "growth_rate", "change_pp",
                                               "standard"])),
        "comparator": pa.Column(str, pa.Check.isin(["", ">=", ">", "<=", "<"])),
        "value_type": pa.Column(str, pa.Check.isin(["number", "ratio", "missing", "qualitative"])),
        "method": pa.Column(str, pa.Check.isin(["table", "prose"])),
        "year": pa.Column("Int64", pa.Check.in_range(1949, 2100), nullable=True),
        "char_start": pa.Column("Int64", pa.Check.ge(0)),
        "char_end": pa.Column("Int64"),
        "value_start": pa.Column("Int64"),
        "value_end": pa.Column("Int64"),
        "value_std": pa.Column(float, nullable=True),
    },
    checks=[
        pa.Check(lambda df: (df["char_start"] <= df["value_start"]) & (df["value_end"] <= df["char_end"]),
                 error="value span outside its quote"),
        pa.Check(lambda df: df["value_type"].isin(["missing", "qualitative"]) | df["value_std"].notna()
                 | (df["unit_std"] == ""), error="number without a standard value"),
    ],
    coerce=False,
)


def validate(figures, texts):
    """Check the schema and the provenance invariant of every row.

    ``texts`` maps document file names to their original text. Raises
    :class:`mzlib.errors.InputError` naming the first offending figure.
    """
    try:
        FIGURES_SCHEMA.validate(figures, lazy=True)
    except pa.errors.SchemaErrors as exc:
        first = exc.failure_cases.iloc[0]
        raise InputError("figures table", f"schema check {first['check']!r} fails on column "
                         f"{first['column']!r} (value {first['failure_case']!r})",
                         hint="fix the extractor, not the output") from None
    for row in figures.itertuples():
        text = texts[row.doc]
        if text[row.char_start:row.char_end] != row.quote or text[row.value_start:row.value_end] != row.value:
            raise InputError(row.doc, f"figure {row.figure_id}: quote or value does not match the text at "
                             f"{row.char_start}:{row.char_end}", line=row.line)
    return figures


def extract_corpus(paths_, manifest=None, text_dir=None):
    """Figures and table rows of several files, in the order given (``text_dir``: see
    :meth:`Document.from_path`)."""
    figures, rows = [], []
    for path in paths_:
        f, r = extract_document(Document.from_path(path, manifest, text_dir))
        figures.append(f)
        rows.append(r)
    return (pd.concat(figures, ignore_index=True) if figures else _typed(pd.DataFrame(columns=COLUMNS)),
            pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(columns=TABLE_ROW_COLUMNS))


__all__ = ["COLUMNS", "Document", "extract_corpus", "extract_document", "UNMAPPED"]


def coverage(figures, table_rows, documents):
    """Counts per document: figures by method, tables and table rows parsed or not, unmapped figures.

    Returns
    -------
    pandas.DataFrame
        One row per document in manifest order.
    """
    tables = table_rows.groupby("doc").agg(
        tables=("table_id", lambda s: s[table_rows.loc[s.index, "kind"] == "indicator"].nunique()),
        rows_parsed=("status", lambda s: int((s == "parsed").sum())),
        rows_unparsed=("status", lambda s: int((s != "parsed").sum())))
    figs = figures.groupby("doc").agg(
        figures=("figure_id", "size"),
        in_tables=("method", lambda s: int((s == "table").sum())),
        in_prose=("method", lambda s: int((s == "prose").sum())),
        with_number=("value_std", lambda s: int(s.notna().sum())),
        unmapped=("indicator_id", lambda s: int((s == UNMAPPED).sum())))
    out = documents[["file", "region_en"]].rename(columns={"file": "doc"}).set_index("doc")
    out = out.join(figs).join(tables).fillna(0)
    for col in out.columns.drop("region_en"):
        out[col] = out[col].astype(int)
    return out.reset_index()


def by_family(figures):
    """Figures per registry family and document (a document-by-family count table)."""
    family = figures["indicator_id"].map(load_registry().set_index("indicator_id")["family"]).fillna("unmapped")
    return (figures.assign(family=family).pivot_table(index="family", columns="region_en", values="figure_id",
                                                      aggfunc="size", fill_value=0))
