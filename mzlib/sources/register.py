"""Adding a researcher's documents to the repository, and taking them out again.

``python -m mzlib add FILE... [--set KEY=VALUE ...]`` copies each file byte-identical into
``data/raw/`` and appends its manifest row, filled with what its text says about itself
(:func:`mzlib.sources.describe.read`: region and its place in the gazetteer, type, issue date and
issuer, period, reference year). For every column it prints the value and where it was found, or
that nothing was; it never asks. ``--set`` fills or overrides any column (a given ``region_zh``
is placed by the gazetteer, a given ``doc_type`` decides the period and reference year as for
that type). The whole row is validated with the manifest and every problem is printed at once;
a row with a problem is not written and its file not copied, so ``data/raw/`` always validates.

``python -m mzlib remove KEY`` takes a document out: its manifest row, its raw file and, for a
web page, PDF or Word file of ``data/raw/``, its derived text in ``data/interim/``.

Exit status: 0 when every file was added (or was already there, unchanged); 1 when a row had
problems (nothing written for it); 2 when a file could not be read, or would overwrite a different
file of the same name, or an argument is wrong.
"""

import csv
import io
import shutil
import sys
import tempfile
from pathlib import Path

import pandas as pd

from mzlib.core import paths
from mzlib.core.errors import InputError
from mzlib.core.textio import ACCEPTED
from mzlib.sources import gazetteer, manifest
from mzlib.sources.convert import FORMATS, text_path
from mzlib.sources.describe import FIELDS
from mzlib.sources.reference import load_document_types

_SHOWN = ("key", *FIELDS)
_NONE_AT = {"nation": ("parent_region_zh", "province_zh", "province_en"), "province": ("parent_region_zh",),
            "prefecture": ("parent_region_zh",)}


class AddError(ValueError):
    """A document that cannot be added as asked (exit status 2)."""


def parse_sets(pairs):
    """``["KEY=VALUE", ...]`` as a dict, refusing unknown columns and computed ones."""
    given = {}
    for pair in pairs or ():
        column, sep, value = pair.partition("=")
        column = column.strip()
        if not sep or column not in manifest.SCHEMA.columns:
            raise AddError(f"--set {pair!r}: give COLUMN=VALUE with a manifest column "
                           f"({', '.join(c for c in manifest.SCHEMA.columns if c not in ('sha256', 'bytes'))})")
        if column in ("sha256", "bytes", "file"):
            raise AddError(f"--set {pair!r}: {column} is computed from the file; rename or change the file instead")
        given[column] = value.strip()
    return given


def _read_manifest(path):
    """The manifest's raw text, its frame (strings) and each record's first CSV line."""
    if not path.is_file():
        header = ",".join(manifest.SCHEMA.columns) + "\n"
        return header, pd.DataFrame(columns=list(manifest.SCHEMA.columns), dtype=str), []
    frame, lines = manifest._read_records(path)
    return path.read_text(encoding="utf-8"), frame, lines


def _csv_record(row, columns):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow([row[c] for c in columns])
    return buffer.getvalue()


def _report(row, facts, derived, out):
    """One line per column: its value and where it was found, or a warning that nothing was."""
    types = ", ".join(load_document_types()["doc_type"])
    width = max(map(len, _SHOWN))
    for column in _SHOWN:
        value, fact = row[column], facts.get(column)
        if column == "key":
            how = "given" if fact else "from region_en and reference_year (else the file name)"
            print(f"  {column:<{width}}  {value}   ({how})", file=out)
        elif value != "":
            how = fact.how if fact else "given"
            where = f", {fact.where}" if fact and fact.where and not how.startswith(fact.where) else ""
            print(f"  {column:<{width}}  {value}   ({how}{where})", file=out)
        elif column in _NONE_AT.get(row["admin_level"], ()):
            print(f"  {column:<{width}}  -   (none for a {row['admin_level']})", file=out)
        else:
            hint = f" (one of {types})" if column == "doc_type" else ""
            what = fact.how + (f", {fact.where}" if fact.where else "") if fact is not None and fact.how != "not found" \
                else "nothing found"
            print(f"  {column:<{width}}  -   warning: {what}; --set {column}=VALUE{hint} fills it", file=out)
    if derived.format != "text":
        print(f"  (lines and characters are those of its derived text, {derived.path.name}, which "
              f"make report writes to data/interim/)", file=out)


def _notes(facts):
    """The ``notes`` of an added row: how each column was read."""
    read = [f"{c} {f.how}" + (f" ({f.where})" if f.where else "") for c, f in facts.items() if f and c in FIELDS]
    return "Added by python -m mzlib add; " + ("; ".join(read) if read else "nothing read from the text")


def add_one(source, raw_dir, given, out):
    """Add one document; return 0 (added or already there), 1 (row has problems) or raise AddError."""
    source = Path(source)
    if not source.is_file():
        raise AddError(f"{source}: no such file")
    if source.suffix.lower() not in FORMATS:
        raise AddError(f"{source}: unknown extension {source.suffix or '(none)'!r}; give {ACCEPTED}")
    target = raw_dir / source.name
    data = source.read_bytes()
    same = target.is_file() and target.read_bytes() == data
    if target.is_file() and not same:
        raise AddError(f"{source}: {target} already exists with different bytes; refusing to overwrite it "
                       "(rename your file, or python -m mzlib remove the old one first)")
    manifest_path = raw_dir / "MANIFEST.csv"
    text, frame, lines = _read_manifest(manifest_path)
    listed = frame.index[frame["file"] == source.name]
    others = frame.drop(index=listed)
    with tempfile.TemporaryDirectory() as scratch:
        row, facts, derived = manifest.read_row(source, scratch, given, taken_keys=set(others["key"]))
    if "notes" not in given:
        row["notes"] = _notes(facts)
    action = f"the same bytes are already in {raw_dir}/" if same else f"to be copied to {raw_dir}/"
    print(f"{source}: {derived.format}" + (f", {derived.encoding}" if derived.encoding else "")
          + f", {len(derived.text)} characters; {action}", file=out)
    print(f"  places from the gazetteer: {gazetteer.SOURCE} (data/reference/gazetteer.md)", file=out)
    _report(row, facts, derived, out)
    new = pd.DataFrame([{c: str(row[c]) for c in manifest.SCHEMA.columns}])
    candidate = pd.concat([others, new], ignore_index=True)
    found = manifest.problems(candidate, manifest_path, [*lines[: len(others)], "new row"],
                              fix="python -m mzlib add again with --set {column}=VALUE")
    if found:
        for problem in found:
            print(f"error: {problem}", file=out)
        if not row["doc_type"] and not row["period_start"]:
            print("note: a type whose period is its reference year (a communiqué, bulletin, yearbook, notice) "
                  "fills period_start and period_end by itself: --set doc_type=... may be enough", file=out)
        print(f"{source}: not added ({len(found)} problem{'s' * (len(found) > 1)}); nothing was written", file=out)
        return 1
    record = _csv_record(row, manifest.SCHEMA.columns)
    if len(listed):
        first = lines[int(listed[0])] - 1
        old_lines = text.splitlines(keepends=True)
        end = lines[int(listed[0]) + 1] - 1 if int(listed[0]) + 1 < len(lines) else len(old_lines)
        if "".join(old_lines[first:end]) == record:
            print(f"{source}: already listed with this row; nothing changed", file=out)
            return 0
        text = "".join(old_lines[:first] + old_lines[end:])
        print(f"{source}: its row in {manifest_path} is replaced", file=out)
    if not same:
        shutil.copyfile(source, target)
        if manifest.file_digest(target) != row["sha256"]:
            target.unlink()
            raise AddError(f"{source}: the copy in {raw_dir} differs from the original; nothing was added")
    manifest_path.write_text(text + ("" if text.endswith("\n") else "\n") + record, encoding="utf-8")
    print(f"{source}: added as {row['key']} ({target}; row appended to {manifest_path})", file=out)
    return 0


def add(files, given=None, raw_dir=None, out=None):
    """``python -m mzlib add``: add each file (see the module docstring); return the exit status."""
    raw_dir, out = Path(raw_dir or paths.RAW_DATA_DIR), out or sys.stderr
    if given and len(files) > 1 and {"key", "file", "region_zh", "region_en"} & set(given):
        print("error: --set key/region applies to one file; add the files one at a time", file=out)
        return 2
    status = 0
    for file in files:
        try:
            status = max(status, add_one(file, raw_dir, dict(given or {}), out))
        except (AddError, InputError, manifest.ManifestError, OSError) as error:
            print(f"error: {error}", file=out)
            status = 2
    return status


def remove(key, raw_dir=None, out=None):
    """``python -m mzlib remove KEY``: take out the row whose key (or file) is KEY and its raw file."""
    raw_dir, out = Path(raw_dir or paths.RAW_DATA_DIR), out or sys.stderr
    manifest_path = raw_dir / "MANIFEST.csv"
    try:
        text, frame, lines = _read_manifest(manifest_path)
    except manifest.ManifestError as error:
        print(f"error: {error}", file=out)
        return 2
    hit = frame.index[(frame["key"] == key) | (frame["file"] == key)]
    if not len(hit):
        print(f"error: {manifest_path}: no document with key {key!r}; keys: {', '.join(frame['key'])}", file=out)
        return 2
    i = int(hit[0])
    old_lines = text.splitlines(keepends=True)
    end = lines[i + 1] - 1 if i + 1 < len(lines) else len(old_lines)
    manifest_path.write_text("".join(old_lines[: lines[i] - 1] + old_lines[end:]), encoding="utf-8")
    file = raw_dir / frame.at[i, "file"]
    derived = text_path(file) if FORMATS[file.suffix.lower()] != "text" else None
    removed = f"removed {frame.at[i, 'key']}: its row from {manifest_path}"
    if file.is_file():
        file.unlink()
        removed += f" and {file}"
    else:
        removed += f" ({file} was already gone)"
    if derived and raw_dir.resolve() == paths.RAW_DATA_DIR.resolve() and derived.is_file():
        derived.unlink()
        removed += f", and its derived text {derived}"
    print(removed, file=out)
    return 0
