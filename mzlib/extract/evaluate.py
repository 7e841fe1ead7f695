"""Measure the extractor against figures a careful reader took from a document.

An annotation file (``expected_figures.csv``: ``doc, value, unit, year, kind, quote``, the
conventions of ``tests/documents/corpus/README.md``) lists one row per printed figure, with a short
verbatim ``quote`` that occurs once in the document and contains the value. An expected figure is
found when an extracted figure of the same document has the same number (ignoring sign; its value a
number read whole, or a ratio by its first term) and its own quote overlaps the expected one; its year is right when one such figure has the expected year,
and its kind when one has the expected kind (``change`` counts as the annotation's ``actual``).
"""

import re

import pandas as pd

from mzlib.core.errors import InputError

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _number(text):
    m = _NUMBER.search(str(text).replace(",", ""))
    return float(m.group()) if m else None


# an extracted value that is a number read whole, or a ratio (1.27:1) by its first term: not a number inside
# words (a cell of sentences kept as one value, 建设…30家, is no figure 30)
_VALUE = re.compile(r"(-?\d+(?:\.\d+)?)(?:[:/]\d+(?:\.\d+)?)?")  # also a fraction (1/5) by its numerator


def _value_number(text):
    m = _VALUE.fullmatch(str(text).replace(",", "").strip())
    return float(m.group(1)) if m else None


def load_expected(path):
    """Read an annotation file; every column as text."""
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, pd.errors.ParserError) as exc:
        raise InputError(path, f"cannot read the annotation file ({exc})",
                         hint="give a CSV with columns doc, value, unit, year, kind, quote") from None


def match(figures, expected, texts):
    """One row per expected figure: whether it was found, with the right year and kind.

    Parameters
    ----------
    figures : pandas.DataFrame
        Extracted figures (``doc``, ``char_start``, ``char_end``, ``value``, ``year``, ``kind``).
    expected : pandas.DataFrame
        The annotation (see module docstring).
    texts : dict
        ``{doc: text}``.

    Returns
    -------
    pandas.DataFrame
        ``expected`` with ``found``, ``year_ok`` (None where the annotation has no year),
        ``kind_ok`` and ``figure_ids`` of the matching figures.
    """
    by_doc = {doc: grp for doc, grp in figures.groupby("doc")}
    rows = []
    for g in expected.itertuples(index=False):
        text = texts[g.doc]
        start = text.find(g.quote)
        if start < 0:
            raise InputError(g.doc, f"quote {g.quote!r} is not in the document",
                             hint="fix the annotation file")
        end = start + len(g.quote)
        value = _number(g.value)
        got = by_doc.get(g.doc, figures.iloc[0:0])
        near = got[(got["char_start"] < end) & (got["char_end"] > start)]
        same = [v is not None and value is not None and abs(abs(v) - abs(value)) < 1e-9
                for v in near["value"].map(_value_number)]
        hits = near.loc[pd.Series(same, index=near.index, dtype=bool)]
        years = {int(y) for y in hits["year"].dropna()}
        kinds = set(hits["kind"]) | ({"actual"} if "change" in set(hits["kind"]) else set())
        rows.append({**g._asdict(), "found": not hits.empty,
                     "year_ok": (int(g.year) in years) if g.year and not hits.empty else None,
                     "kind_ok": g.kind in kinds, "figure_ids": ";".join(hits["figure_id"])})
    return pd.DataFrame(rows)


def summary(matched):
    """Recall, year and kind agreement per document and overall.

    Returns
    -------
    pandas.DataFrame
        ``doc``, ``expected``, ``found``, ``recall``, ``with_year``, ``year_right``,
        ``year_share``, ``kind_right``; the last row is ``all``.
    """
    def stats(g):
        dated = g[g["year_ok"].notna()]
        return pd.Series({
            "expected": len(g), "found": int(g["found"].sum()), "recall": g["found"].mean(),
            "with_year": len(dated), "year_right": int(dated["year_ok"].astype(bool).sum()),
            "year_share": dated["year_ok"].astype(bool).mean() if len(dated) else float("nan"),
            "kind_right": int(g["kind_ok"].sum())})

    per_doc = pd.DataFrame([stats(g).rename(doc) for doc, g in matched.groupby("doc", sort=True)])
    per_doc.loc["all"] = stats(matched)
    return per_doc.rename_axis("doc").reset_index()


def measure(folder):
    """``(matched, summary)`` of an annotated folder: each document its ``expected_figures.csv`` names, extracted
    and matched (what ``tests/test_extract_corpus.py`` scores and ``benchmarks/measure_real.py`` prints)."""
    from mzlib.extract.figures import Document, extract_document  # (imported here: evaluating needs no extractor)

    expected = load_expected(folder / "expected_figures.csv")
    texts, figures = {}, []
    for name in sorted(expected["doc"].unique()):
        doc = Document.from_path(folder / name)
        texts[name] = doc.text
        figures.append(extract_document(doc).figures)
    matched = match(pd.concat(figures, ignore_index=True), expected, texts)
    return matched, summary(matched)
