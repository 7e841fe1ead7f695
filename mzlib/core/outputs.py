"""Write and read processed tables: the one place that knows their format.

Each processed table is written as UTF-8 CSV with ``\\n`` line ends (readable in a diff) and, for
the figures table, as Parquet with types kept. Both are byte-identical when written twice from the
same data.
"""

from pathlib import Path

import pandas as pd

from mzlib.core import paths
from mzlib.core.errors import InputError


def write_processed(df, name, parquet=False, directory=None):
    """Write ``data/processed/<name>.csv`` (and ``.parquet``).

    Returns
    -------
    pathlib.Path
        The CSV path.
    """
    directory = Path(directory or paths.PROCESSED_DATA_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    csv = directory / f"{name}.csv"
    df.to_csv(csv, index=False, lineterminator="\n", encoding="utf-8")
    if parquet:
        df.to_parquet(directory / f"{name}.parquet", index=False, compression="zstd")
    return csv


def read_processed(name, directory=None, producer="make report"):
    """Read ``data/processed/<name>.csv``; a clear error names what produces it if it is missing."""
    csv = Path(directory or paths.PROCESSED_DATA_DIR) / f"{name}.csv"
    if not csv.exists():
        raise InputError(csv, "processed table is missing", hint=f"run {producer} first")
    return pd.read_csv(csv, keep_default_na=False, na_values=[""], dtype_backend="numpy_nullable")
