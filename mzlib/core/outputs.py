"""Write and read processed tables: the one place that knows their format.

Each processed table is written as UTF-8 CSV with ``\\n`` line ends (readable in a diff) and, for
the figures table, as Parquet with types kept. Both are byte-identical when written twice from the
same data.

Every floating-point value is written rounded to :data:`SIGNIFICANT` (12) significant digits, in
both formats. A float64 holds 15 to 17; the last three or four of a computed value (a projection,
a rate, a mean) depend on the order of the arithmetic, which changes between versions of numpy,
pandas or statsmodels and between processors, so without rounding the same data gives other bytes
on another machine. Twelve loses nothing the data holds: the documents print no figure with more
than twelve significant digits (a sum in yuan up to hundreds of billions, a count of people, a
percentage with two decimals), and a value derived from them carries no more precision than they
do; the rounding moves a value by at most 5 parts in 10\u00b9\u00b2 of itself, far below any
difference a table or a chart shows.
"""

from pathlib import Path

import numpy as np
import pandas as pd

from mzlib.core import paths
from mzlib.core.errors import InputError


SIGNIFICANT = 12


def _round(value):
    return value if pd.isna(value) or not np.isfinite(value) else float(f"{value:.{SIGNIFICANT}g}")


def rounded(df):
    """A copy of ``df`` with every float column rounded to :data:`SIGNIFICANT` significant digits
    (written back as the shortest decimal that reads as that float, so ``650.0`` stays ``650.0``)."""
    out = df.copy()
    for column in out.columns:
        if pd.api.types.is_float_dtype(out[column].dtype):
            values = out[column].astype(object).map(_round)
            out[column] = pd.array(values.tolist(), dtype=out[column].dtype)
    return out


def write_processed(df, name, parquet=False, directory=None):
    """Write ``data/processed/<name>.csv`` (and ``.parquet``), floats at :data:`SIGNIFICANT`
    significant digits.

    Returns
    -------
    pathlib.Path
        The CSV path.
    """
    directory = Path(directory or paths.PROCESSED_DATA_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    csv = directory / f"{name}.csv"
    df = rounded(df)
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


def _normal(value):
    return tuple(value) if isinstance(value, (list, tuple)) else value


def may_save(params, defaults):
    """Whether a notebook's run may write the committed outputs: only with every parameter at its
    default (parameters change what is shown, never what is saved).

    Returns
    -------
    (bool, str)
        The answer and, when False, the parameters that differ.
    """
    differ = [k for k, v in defaults.items() if k in params and _normal(params[k]) != _normal(v)]
    if differ:
        return False, "not saved: parameters differ from the defaults (" + ", ".join(differ) + ")"
    return True, "saved"


def save_outputs(tables, params, defaults, charts=None, directory=None, figures_dir=None):
    """Write a notebook's processed tables and charts, only when :func:`may_save` allows it.

    Parameters
    ----------
    tables : dict
        ``{name: DataFrame}`` written as ``data/processed/<name>.csv``.
    params, defaults : dict
        The run's parameters and the notebook's defaults.
    charts : dict, optional
        ``{file name: matplotlib Figure}`` written as PNG under ``reports/figures/``.
    directory, figures_dir : path, optional
        Where to write (default: the project's directories).

    Returns
    -------
    (list of Path, str)
        The files written (none when the parameters differ) and a one-line message.
    """
    ok, message = may_save(params, defaults)
    if not ok:
        return [], message
    written = [write_processed(df, name, directory=directory) for name, df in tables.items()]
    figures_dir = Path(figures_dir or paths.FIGURES_DIR)
    for name, chart in (charts or {}).items():
        figures_dir.mkdir(parents=True, exist_ok=True)
        chart.savefig(figures_dir / name, metadata={"Software": None})
        written.append(figures_dir / name)
    return written, f"saved {len(written)} files"
