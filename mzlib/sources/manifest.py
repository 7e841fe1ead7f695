"""The document registry: ``data/raw/MANIFEST.csv``, validated and checked against the raw files.

This is the one place that knows which documents exist, for which region, of which kind and when
they were issued. Later code looks documents up with :func:`document` rather than parsing file
names.

Run ``python -m mzlib manifest`` to validate the manifest and verify every checksum, or
``python -m mzlib manifest NEW.pdf`` to print the whole row for a new document (any accepted
format: ``.txt``, ``.html``/``.htm``, ``.pdf``, ``.docx``, ``.xlsx``, ``.xls``), with what its text says about itself
filled in (:func:`mzlib.sources.describe.read`). ``python -m mzlib add`` copies the document and
writes its row (:mod:`mzlib.sources.register`).

Validation reports every problem at once, one line each, naming the manifest, the CSV line, the
document and the fix. ``doc_type`` is one of the open list of ``data/reference/document_types.csv``;
``admin_level`` is nation, province, prefecture or county; ``province_zh`` and ``province_en`` may
be empty only for the nation.
"""

import csv
import functools
import hashlib
import io
import re
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from mzlib.core import paths
from mzlib.core.errors import InputError
from mzlib.sources import describe
from mzlib.sources.convert import FORMATS, document_text, text_path
from mzlib.sources.gazetteer import LEVELS as ADMIN_LEVELS
from mzlib.sources.reference import load_document_types


class ManifestError(ValueError):
    """The manifest or the raw files disagree with each other or with the schema.

    ``problems`` holds one line per problem; the message is those lines.
    """

    def __init__(self, problems):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


def doc_types():
    """The allowed ``doc_type`` values, in the order of ``document_types.csv``."""
    return tuple(load_document_types()["doc_type"])


def _province_named(frame):
    return (frame["admin_level"] == "nation") | (frame["province_zh"].str.len() > 0) & (frame["province_en"].str.len() > 0)


def _iso_date_or_empty(value: str) -> bool:
    if value == "":
        return True
    try:
        return date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _text(*checks: pa.Check, required: bool = True) -> pa.Column:
    return pa.Column(str, list(checks), required=required)


_NONEMPTY = pa.Check.str_length(min_value=1)
_YEAR = pa.Check.in_range(1949, 2100)

SCHEMA = pa.DataFrameSchema(
    {
        "file": pa.Column(str, pa.Check.str_matches(rf"^[^/\\]+(?:{'|'.join(map(re.escape, FORMATS))})$"), unique=True),
        "key": pa.Column(str, pa.Check.str_matches(r"^[a-z0-9]+(?:-[a-z0-9]+)*$"), unique=True),
        "sha256": _text(pa.Check.str_matches(r"^[0-9a-f]{64}$")),
        "bytes": pa.Column(int, pa.Check.gt(0), coerce=True),
        "region_zh": _text(_NONEMPTY),
        "region_en": _text(_NONEMPTY),
        "admin_level": _text(pa.Check.isin(ADMIN_LEVELS)),
        "parent_region_zh": _text(required=False),
        "province_zh": _text(),
        "province_en": _text(),
        "doc_type": _text(pa.Check(lambda s: s.isin(doc_types()), name="doc_type_known")),
        "issued": _text(pa.Check(_iso_date_or_empty, element_wise=True)),
        "issuer_zh": _text(),
        "period_start": pa.Column(int, _YEAR, coerce=True),
        "period_end": pa.Column(int, _YEAR, coerce=True),
        "reference_year": pa.Column(int, _YEAR, coerce=True),
        "source_seed": _text(_NONEMPTY),
        "notes": _text(),
    },
    checks=[pa.Check(lambda df: df["period_start"] <= df["period_end"], name="period_order"),
            pa.Check(_province_named, name="province_named")],
    strict=True,
    ordered=False,
)

_RULES = {
    "key": "a unique short key of lowercase letters, digits and hyphens (region-year), the prefix of figure ids",
    "file": "a unique file name ending in " + ", ".join(FORMATS),
    "sha256": "64 lowercase hex digits (python -m mzlib manifest FILE prints it)",
    "bytes": "a positive whole number of bytes",
    "admin_level": "one of " + ", ".join(ADMIN_LEVELS),
    "doc_type": "one of the types of data/reference/document_types.csv",
    "issued": "an ISO date YYYY-MM-DD, or empty when the document prints none",
    "period_start": "a year between 1949 and 2100",
    "period_end": "a year between 1949 and 2100",
    "reference_year": "a year between 1949 and 2100",
    "period_order": "a period whose period_start is not after period_end",
    "province_named": "province_zh and province_en (empty only for the nation)",
    "region_zh": "the region's Chinese name",
    "region_en": "the region's English name",
}


_HEADER_CHECKS = ["column_in_dataframe", "column_in_schema"]


def _header_order(check: str) -> int:
    return _HEADER_CHECKS.index(check) if check in _HEADER_CHECKS else len(_HEADER_CHECKS)


def _read_records(path: Path) -> tuple[pd.DataFrame, list[int]]:
    """The manifest as strings, and the CSV line (header is line 1) on which each record starts."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle, strict=True)
        header = next(reader, [])
        records, lines, previous_end = [], [], reader.line_num
        for record in reader:
            if len(record) != len(header):
                raise ManifestError(
                    f"{path}: line {previous_end + 1} has {len(record)} fields, the header {len(header)}; "
                    "check its commas and quotes"
                )
            records.append(record)
            lines.append(previous_end + 1)
            previous_end = reader.line_num
    return pd.DataFrame(records, columns=header, dtype=str), lines


def _former_name(value):
    types = load_document_types()
    return next((row.doc_type for row in types.itertuples() if value and value in row.former_names.split("|")), None)


def _describe(failure: pd.Series, frame: pd.DataFrame, path: Path, lines: list, fix: str = "fix the row") -> str:
    """One line naming the manifest, the CSV line, the document and what to fix.

    ``fix`` is the advice for a bad value; ``{column}`` in it is replaced by the column's name.
    """
    column, check, case = failure["column"], str(failure["check"]), failure["failure_case"]
    if check == "column_in_dataframe":
        return f"{path}: column '{case}' is missing from the header; add it"
    if check == "column_in_schema":
        return f"{path}: column '{case}' is not in the schema; remove it or add it to mzlib/sources/manifest.py"
    index = failure["index"]
    line = lines[int(index)] if pd.notna(index) else None
    where = f"{path}: line {line}" if isinstance(line, int) else f"{path}: {line}" if line else f"{path}"
    document = f" ({frame.at[int(index), 'file']})" if pd.notna(index) else ""
    if check in ("period_order", "province_named"):
        columns = "period_start" if check == "period_order" else "province_zh"
        return f"{where}{document}: {_RULES[check]} is required; {fix.format(column=columns)}"
    if pd.isna(case) or check == "not_nullable":
        return f"{where}{document}: {column} is missing (too few fields?); fix the row"
    if check == "field_uniqueness":
        return f"{where}{document}: {column} '{case}' is listed twice; keep one row"
    former = _former_name(case) if column == "doc_type" else None
    if former:
        return f"{where}{document}: doc_type '{case}' is now called {former}; write {former}"
    rule = _RULES.get(column, "not empty")
    return f"{where}{document}: {column} '{case}' should be {rule}; {fix.format(column=column)}"


def problems(frame: pd.DataFrame, path: Path, lines: list, fix: str = "fix the row") -> list[str]:
    """Every problem of a manifest frame (strings), one line each, header problems first; [] if none."""
    try:
        SCHEMA.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        failures = errors.failure_cases.drop_duplicates(subset=["column", "check", "index", "failure_case"])
        located = set(failures.loc[failures["index"].notna(), "column"])
        consequence = failures["index"].isna() & failures["column"].isin(located)
        failures = failures[~consequence]
        order = failures["check"].astype(str).map(_header_order)
        columns = list(SCHEMA.columns)
        position = [columns.index(c) if context == "Column" and c in columns else len(columns)
                    for c, context in zip(failures["column"], failures["schema_context"])]
        failures = failures.assign(order=order, line=failures["index"].fillna(-1), position=position)
        failures = failures.sort_values(["order", "line", "position"], kind="stable")
        return list(dict.fromkeys(_describe(f, frame, path, lines, fix) for _, f in failures.iterrows()))
    return []


def load_manifest(path: Path = paths.MANIFEST) -> pd.DataFrame:
    """Read and validate the manifest.

    Parameters
    ----------
    path : Path
        The manifest CSV (UTF-8, one row per raw document).

    Returns
    -------
    DataFrame
        One row per document, in manifest order. ``bytes`` (bytes), ``period_start``,
        ``period_end`` and ``reference_year`` (calendar years) are integers; ``issued`` stays the
        ISO date string as printed, empty when the document prints no date.

    Raises
    ------
    ManifestError
        With every problem, one line each, naming the manifest, the CSV line, the document and
        the fix.
    """
    path = Path(path)
    if not path.is_file():
        raise ManifestError(f"{path}: manifest not found; create it with the header of mzlib/sources/manifest.py")
    try:
        frame, lines = _read_records(path)
    except (csv.Error, UnicodeDecodeError) as error:
        raise ManifestError(f"{path}: not a readable UTF-8 CSV ({error}); check its quoting and encoding") from None
    found = problems(frame, path, lines)
    if found:
        raise ManifestError(found)
    return SCHEMA.validate(frame)


def file_digest(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def verify_checksums(manifest: pd.DataFrame, raw_dir: Path = paths.RAW_DATA_DIR) -> None:
    """Check that ``raw_dir`` holds exactly the manifest's documents, byte for byte.

    Raises
    ------
    ManifestError
        Naming every file whose sha256 or size differs, every listed file that is missing, every
        document (any accepted extension) in ``raw_dir`` that the manifest does not list, and
        converted documents whose derived texts would have the same name.
    """
    raw_dir = Path(raw_dir)
    problems = []
    for row in manifest.itertuples(index=False):
        file = raw_dir / row.file
        if not file.is_file():
            problems.append(f"{row.file} is listed but missing")
        elif file_digest(file) != row.sha256:
            problems.append(f"{row.file} sha256 differs from the manifest ({file.stat().st_size} bytes, listed {row.bytes})")
    listed = set(manifest["file"])
    documents = [file for file in sorted(raw_dir.iterdir()) if file.suffix.lower() in FORMATS]
    problems += [f"{file.name} is not listed" for file in documents if file.name not in listed]
    stems = {}
    for name in sorted(listed):
        if Path(name).suffix.lower() != ".txt":
            stems.setdefault(text_path(name, ".").name, []).append(name)
    problems += [f"{' and '.join(names)} would share the derived text data/interim/{stem}; rename one"
                 for stem, names in stems.items() if len(names) > 1]
    if problems:
        raise ManifestError(
            f"{raw_dir}: {'; '.join(problems)}. Raw files are immutable: restore them, or take them out "
            "(python -m mzlib remove KEY) and add them again (python -m mzlib add FILE)"
        )


@functools.cache
def _repository_manifest() -> pd.DataFrame:
    return load_manifest(paths.MANIFEST)


def document(file: str | Path, manifest: pd.DataFrame | None = None) -> pd.Series:
    """The manifest row of one document.

    Parameters
    ----------
    file : str or Path
        The document's file name (a path is reduced to its name).
    manifest : DataFrame, optional
        A loaded manifest; by default the repository's, read once per session.

    Returns
    -------
    Series
        The row, indexed by manifest column, named by the file.
    """
    manifest = _repository_manifest() if manifest is None else manifest
    name = Path(file).name
    rows = manifest.loc[manifest["file"] == name]
    if rows.empty:
        raise ManifestError(f"{name}: not in the manifest; add the document with python -m mzlib add {name}")
    return rows.iloc[0].rename(name)


def _slug(text: str) -> str:
    return "-".join(p for p in re.split(r"[^a-z0-9]+", text.lower().replace("'", "")) if p)


def new_key(row: dict, taken=()) -> str:
    """A key for a new row: ``<region_en>-<reference_year>`` (``taian-2023``), else the file stem's
    first two words; ``-2``, ``-3`` ... added while it is taken."""
    region, year = _slug(str(row.get("region_en", ""))), str(row.get("reference_year", ""))
    key = f"{region}-{year}" if region and year else "-".join(_slug(Path(row["file"]).stem).split("-")[:2]) or "doc"
    candidate, n = key, 1
    while candidate in set(taken):
        n += 1
        candidate = f"{key}-{n}"
    return candidate


def read_row(path: Path, text_dir=None, given=None, taken_keys=()):
    """The manifest row of a new document, what was read for each column, and its text.

    Parameters
    ----------
    path : Path
        A document of any accepted format; web pages, PDF and Word are converted (see
        :func:`mzlib.sources.convert.document_text`, which writes the derived text).
    text_dir : Path, optional
        Where derived text goes.
    given : dict, optional
        Values a person gives (``--set``): they override what the text says, and ``region_zh``
        and ``doc_type`` are read as given (see :func:`mzlib.sources.describe.read`).
    taken_keys : collection of str
        Keys already in the manifest.

    Returns
    -------
    row : dict
        Every manifest column (empty where unknown; ``bytes`` an int).
    facts : dict
        ``{column: describe.Fact}`` for the columns read from the text or given.
    derived : mzlib.sources.convert.DerivedText
    """
    path = Path(path)
    data = path.read_bytes()
    given = dict(given or {})
    derived = document_text(path, text_dir)
    facts = describe.read(derived.text, path.name, given)
    row = dict.fromkeys(SCHEMA.columns, "")
    row.update({field: fact.value for field, fact in facts.items()}, file=path.name,
               sha256=hashlib.sha256(data).hexdigest(), bytes=len(data), source_seed=path.name)
    row.update(given)
    facts.update({field: describe.Fact(str(value), "given") for field, value in given.items()})
    if "key" not in given:
        row["key"] = new_key(row, taken_keys)
    return row, facts, derived


def manifest_row(path: Path, text_dir=None) -> dict[str, object]:
    """The manifest row to add for a new document, and what was detected.

    Returns
    -------
    dict
        Every manifest column (empty where unknown; ``bytes`` an int), plus ``format``,
        ``encoding`` (empty for PDF and Word) and ``guessed`` (the columns read from the text).
    """
    row, facts, derived = read_row(path, text_dir)
    guessed = sorted(field for field, fact in facts.items() if fact)
    return row | {"format": derived.format, "encoding": derived.encoding, "guessed": guessed}


def _csv_line(values) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(values)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    """``python -m mzlib manifest [FILE ...]``: rows to add for new files, or check the manifest.

    With files, prints one CSV row per file on standard output, in the manifest's column order
    (ready to append), and on standard error its format, encoding and which columns were read
    from the text and need checking. A file that cannot be read is one error line; the others
    are still described.
    """
    argv = sys.argv[1:] if argv is None else argv
    if argv:
        status = 0
        for file in argv:
            try:
                row = manifest_row(Path(file))
            except (InputError, OSError) as error:
                print(f"error: {error}", file=sys.stderr)
                status = 1
                continue
            print(_csv_line(row[column] for column in SCHEMA.columns))
            encoding = f", encoding {row['encoding']}" if row["encoding"] else ""
            guessed = ", ".join(f"{c}={row[c]}" for c in row["guessed"]) or "nothing"
            empty = ", ".join(c for c in SCHEMA.columns if row[c] == "")
            print(f"{row['file']}: format {row['format']}{encoding}; read from the text (check): {guessed}; "
                  f"fill in: {empty}", file=sys.stderr)
        return status
    try:
        manifest = load_manifest()
        verify_checksums(manifest, paths.RAW_DATA_DIR)
    except ManifestError as error:
        for problem in error.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1
    except (InputError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"{paths.MANIFEST}: {len(manifest)} documents, every checksum matches")
    return 0


if __name__ == "__main__":
    sys.exit(main())
