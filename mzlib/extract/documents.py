"""The document set at a glance: length and tables of every manifest document."""

from pathlib import Path

import pandas as pd

from mzlib.core import paths
from mzlib.extract.tables import find_tables
from mzlib.sources.convert import document_text
from mzlib.sources.reference import document_type_label


def document_table(manifest: pd.DataFrame, raw_dir: Path = paths.RAW_DATA_DIR, text_dir=None) -> pd.DataFrame:
    """The document set at a glance: who issued what, when, and how long it is .

    Parameters
    ----------
    manifest : DataFrame
        From :func:`mzlib.sources.manifest.load_manifest`.
    raw_dir : Path
        Where the raw documents live.
    text_dir : Path, optional
        Where derived text goes (see :func:`mzlib.sources.convert.document_text`).

    Returns
    -------
    DataFrame
        One row per document: file, region (zh/en), admin level, doc type and its English label
        (``doc_type_en``, from ``document_types.csv``), issued date,
        ``characters`` (characters of text; of the derived text for web pages, PDF and Word),
        ``bytes`` (bytes on disk), ``tables`` (indicator tables found by
        :func:`mzlib.extract.tables.find_tables`) and ``text_boxes`` (专栏 boxes).
    """
    texts = [document_text(Path(raw_dir) / file, text_dir).text for file in manifest["file"]]
    table = manifest[["file", "region_zh", "region_en", "admin_level", "doc_type", "issued"]].copy()
    table.insert(5, "doc_type_en", table["doc_type"].map(document_type_label))
    table["characters"] = [len(text) for text in texts]
    table["bytes"] = manifest["bytes"]
    found = [find_tables(text) for text in texts]
    table["tables"] = [sum(t.kind == "indicator" for t in tables) for tables in found]
    table["text_boxes"] = [sum(t.kind == "box" for t in tables) for tables in found]
    return table.reset_index(drop=True)
