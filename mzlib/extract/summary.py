"""Summaries of an extraction for a reader: coverage by document, figures by family, and what was
not taken."""

from mzlib.sources.registry import UNMAPPED


def coverage(figures, table_rows, numbers, documents):
    """Counts per document: figures by method, table rows parsed or not, unmapped figures, and the
    numbers that are in no figure (excluded with a reason, or uncaptured).

    Parameters
    ----------
    figures, table_rows, numbers : pandas.DataFrame
        The three parts of :class:`mzlib.extract.figures.Extraction`.
    documents : pandas.DataFrame
        The manifest (``file``, ``region_en``).

    Returns
    -------
    pandas.DataFrame
        One row per document in manifest order.
    """
    tables = table_rows.groupby("doc").agg(
        tables=("table_id", lambda s: s[table_rows.loc[s.index, "kind"] == "indicator"].nunique()),
        rows_parsed=("status", lambda s: int((s == "parsed").sum())),
        rows_unparsed=("status", lambda s: int((s == "unparsed").sum())))
    figs = figures.groupby("doc").agg(
        figures=("figure_id", "size"),
        in_tables=("method", lambda s: int((s == "table").sum())),
        in_prose=("method", lambda s: int((s == "prose").sum())),
        derived=("method", lambda s: int((s == "derived").sum())),
        with_number=("value_std", lambda s: int(s.notna().sum())),
        unmapped=("indicator_id", lambda s: int((s == UNMAPPED).sum())))
    nums = numbers.groupby("doc").agg(
        excluded=("status", lambda s: int((s == "excluded").sum())),
        uncaptured=("status", lambda s: int((s == "uncaptured").sum())))
    out = documents[["file", "region_en"]].rename(columns={"file": "doc"}).set_index("doc")
    out = out.join(figs).join(tables).join(nums).fillna(0)
    for col in out.columns.drop("region_en"):
        out[col] = out[col].astype(int)
    return out.reset_index()


def by_family(figures, documents):
    """Figures per region (rows, in manifest order) and registry family (columns, most figures first).

    Parameters
    ----------
    figures : pandas.DataFrame
        ``figure_id``, ``region_en``, ``family``.
    documents : pandas.DataFrame
        The manifest (``region_en``).
    """
    order = list(dict.fromkeys(documents["region_en"]))
    families = figures["family"].value_counts(sort=True).index
    table = figures.pivot_table(index="region_en", columns="family", values="figure_id", aggfunc="size",
                                fill_value=0)
    return table.reindex(index=order, columns=families, fill_value=0).rename_axis(columns=None)


def exclusions(numbers, documents):
    """How many numbers each exclusion reason kept out of the figures: one row per document (manifest
    order), one column per reason (most frequent first).

    Parameters
    ----------
    numbers : pandas.DataFrame
        ``doc``, ``status``, ``reason``, ``text``.
    documents : pandas.DataFrame
        The manifest (``file``).
    """
    excluded = numbers[numbers["status"] == "excluded"]
    reasons = excluded["reason"].value_counts(sort=True).index
    table = excluded.pivot_table(index="doc", columns="reason", values="text", aggfunc="size", fill_value=0)
    return table.reindex(index=list(documents["file"]), columns=reasons, fill_value=0).rename_axis(columns=None)


STANDARD_COLUMNS = ["figure_id", "indicator_id", "indicator_zh", "date", "year_basis", "value", "unit", "period",
                    "value_std", "unit_std", "conversion"]


def standards(figures, documents, region=None):
    """The money standards one region prints (figures of kind ``standard``), as printed and per year.

    Parameters
    ----------
    figures : pandas.DataFrame
        The figures table.
    documents : pandas.DataFrame
        The manifest (``region_en``).
    region : str, optional
        A region's English name; by default the first region of the manifest that prints a standard
        (else the first region).

    Returns
    -------
    tuple of (str, pandas.DataFrame)
        The region and its standards (:data:`STANDARD_COLUMNS`), in document order.
    """
    printed = figures[figures["kind"] == "standard"]
    if region is None:
        order = list(dict.fromkeys(documents["region_en"]))
        region = next((r for r in order if (printed["region_en"] == r).any()), order[0] if order else "")
    return region, printed.loc[printed["region_en"] == region, STANDARD_COLUMNS]
