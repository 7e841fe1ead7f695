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


def by_family(figures):
    """Figures per registry family and region (a family-by-region count table)."""
    return figures.pivot_table(index="family", columns="region_en", values="figure_id", aggfunc="size",
                               fill_value=0)


def exclusions(numbers):
    """How many numbers each exclusion reason kept out of the figures, per document."""
    excluded = numbers[numbers["status"] == "excluded"]
    return excluded.pivot_table(index="reason", columns="doc", values="text", aggfunc="size", fill_value=0)
