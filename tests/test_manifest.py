"""The document registry: the real manifest, and each way a manifest can go wrong."""

import csv
import shutil

import pytest

import seeds
from mzlib.extract import documents
from mzlib.sources import manifest
from mzlib.core import paths

FIELDS = list(manifest.SCHEMA.columns)


def test_real_manifest_validates_and_matches_raw_files():
    frame = manifest.load_manifest(paths.MANIFEST)
    manifest.verify_checksums(frame, paths.RAW_DATA_DIR)


def test_every_raw_text_is_listed():
    listed = set(manifest.load_manifest()["file"])
    assert {file.name for file in paths.RAW_DATA_DIR.glob("*.txt")} <= listed


def test_document_lookup_returns_the_row():
    first = manifest.load_manifest().iloc[0]
    row = manifest.document(paths.RAW_DATA_DIR / first["file"])
    assert row["region_en"] == first["region_en"]
    assert row.name == first["file"]


def test_unknown_document_is_a_manifest_error():
    with pytest.raises(manifest.ManifestError, match="nowhere.txt"):
        manifest.document("nowhere.txt")


def _row(file, data):
    return {
        "file": file, "key": file.replace(".", "-").replace("_", "-").lower(),
        "sha256": manifest.hashlib.sha256(data).hexdigest(), "bytes": str(len(data)),
        "region_zh": "某市", "region_en": "Someplace", "admin_level": "prefecture",
        "parent_region_zh": "", "province_zh": "某省", "province_en": "Someprovince",
        "doc_type": "plan", "issued": "2021-10-15", "issuer_zh": "某市民政局",
        "period_start": "2021", "period_end": "2025", "reference_year": "2020",
        "source_seed": "seed.txt", "notes": "note, with a comma\nand a line break",
    }


@pytest.fixture
def raw(tmp_path):
    """A raw directory with two documents and a valid manifest; returns (dir, rows)."""
    rows = []
    for file, text in [("a.txt", "民政规划"), ("b.txt", "中期评估")]:
        data = text.encode("utf-8")
        (tmp_path / file).write_bytes(data)
        rows.append(_row(file, data))
    return tmp_path, rows


def _write(directory, rows):
    path = directory / "MANIFEST.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_fixture_manifest_is_valid(raw):
    directory, rows = raw
    frame = manifest.load_manifest(_write(directory, rows))
    manifest.verify_checksums(frame, directory)
    assert frame["bytes"].tolist() == [12, 12]


def test_changed_byte_names_the_file(raw):
    directory, rows = raw
    frame = manifest.load_manifest(_write(directory, rows))
    (directory / "b.txt").write_bytes("中期评价".encode("utf-8"))
    with pytest.raises(manifest.ManifestError, match=r"b\.txt sha256 differs"):
        manifest.verify_checksums(frame, directory)


def test_missing_file_names_the_file(raw):
    directory, rows = raw
    frame = manifest.load_manifest(_write(directory, rows))
    (directory / "a.txt").unlink()
    with pytest.raises(manifest.ManifestError, match=r"a\.txt is listed but missing"):
        manifest.verify_checksums(frame, directory)


def test_unlisted_file_names_the_file(raw):
    directory, rows = raw
    frame = manifest.load_manifest(_write(directory, rows))
    shutil.copy(directory / "a.txt", directory / "c.txt")
    with pytest.raises(manifest.ManifestError, match=r"c\.txt is not listed"):
        manifest.verify_checksums(frame, directory)


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("admin_level", "city", "admin_level 'city' should be one of nation, province, prefecture, county"),
        ("issued", "2021-02-30", "issued '2021-02-30' should be an ISO date"),
        ("issued", "2021/10/15", "issued '2021/10/15' should be an ISO date"),
        ("doc_type", "review", "doc_type 'review' should be one of"),
        ("bytes", "twelve", "bytes 'twelve' should be a positive whole number"),
        ("sha256", "abc", "sha256 'abc' should be 64 lowercase hex digits"),
        ("period_end", "2019", "period_start is not after period_end"),
    ],
)
def test_bad_field_names_manifest_line_and_document(raw, column, value, expected):
    directory, rows = raw
    rows[1][column] = value
    path = _write(directory, rows)
    with pytest.raises(manifest.ManifestError) as caught:
        manifest.load_manifest(path)
    message = str(caught.value)
    # Each record spans two lines (its notes hold a line break): records start on lines 2, 4, 6.
    assert f"{path}: line 4 (b.txt)" in message
    assert expected in message
    assert "\n" not in message


def test_missing_column_is_named(raw):
    directory, rows = raw
    path = _write(directory, rows)
    text = path.read_text(encoding="utf-8").replace("admin_level", "level", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(manifest.ManifestError, match="column 'admin_level' is missing"):
        manifest.load_manifest(path)


def test_duplicate_row_is_named(raw):
    directory, rows = raw
    path = _write(directory, [rows[0], rows[1], rows[1]])
    with pytest.raises(manifest.ManifestError, match=r"b\.txt.*listed twice"):
        manifest.load_manifest(path)


def test_manifest_row_describes_a_new_document(tmp_path):
    path = tmp_path / "new.txt"
    path.write_bytes("规划".encode("gb18030"))
    row = manifest.manifest_row(path)
    assert row["bytes"] == 4
    assert row["sha256"] == manifest.file_digest(path)
    assert row["encoding"] == "gb18030"


def test_document_table_counts_characters_and_tables(raw):
    directory, rows = raw
    frame = manifest.load_manifest(_write(directory, rows))
    table = documents.document_table(frame, directory)
    assert table["characters"].tolist() == [4, 4]
    assert table["bytes"].tolist() == [12, 12]
    assert table["tables"].tolist() == [0, 0] and table["text_boxes"].tolist() == [0, 0]


def test_document_table_counts_the_real_tables():
    table = documents.document_table(seeds.loaded(), seeds.SEEDS_DIR).set_index("region_en")
    assert table.loc["Yunnan", ["tables", "text_boxes"]].tolist() == [2, 4]
    assert table.loc["Wenshan", "tables"] == 1 and table.loc["Lincang", "tables"] == 0


def test_row_with_too_few_fields_names_its_line(raw):
    directory, rows = raw
    path = _write(directory, rows)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("c.txt,abc\n")
    with pytest.raises(manifest.ManifestError, match=r"line 6 has 2 fields, the header 18"):
        manifest.load_manifest(path)


def test_manifest_command_prints_the_whole_row_for_a_web_page(tmp_path, capsys):
    page = tmp_path / "some-2021-plan.html"
    page.write_bytes("<html><head><meta charset='gb2312'></head><body><p>某省民政事业发展第十四个五年规划</p>"
                     "<p>某省民政厅</p><p>二〇二一年十月十五日</p></body></html>".encode("gb18030"))
    assert manifest.main([str(page)]) == 0
    out, err = capsys.readouterr()
    row = next(csv.reader([out.strip()]))
    assert len(row) == len(FIELDS) and out.count("\n") == 1
    values = dict(zip(FIELDS, row))
    assert values["file"] == page.name and values["sha256"] == manifest.file_digest(page)
    assert values["issued"] == "2021-10-15" and values["region_zh"] == "某省" and values["admin_level"] == "province"
    assert (values["doc_type"], values["period_start"], values["period_end"]) == ("plan", "2021", "2025")
    assert values["region_en"] == "" and values["source_seed"] == page.name
    assert "format html, encoding gb18030 (declared gb2312)" in err and "fill in: region_en" in err


def test_manifest_command_reports_a_bad_file_and_goes_on(tmp_path, capsys):
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (tmp_path / "new.txt").write_text("规划", encoding="utf-8")
    assert manifest.main([str(tmp_path / "old.doc"), str(tmp_path / "new.txt")]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("new.txt,") and err.count("error:") == 1 and "old.doc" in err


def test_raw_documents_of_any_format_are_listed_and_checked(raw):
    directory, rows = raw
    frame = manifest.load_manifest(_write(directory, rows))
    (directory / "c.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(manifest.ManifestError, match=r"c\.pdf is not listed"):
        manifest.verify_checksums(frame, directory)
    for name in ("c.pdf", "c.html"):
        rows.append(_row(name, (directory / "c.pdf").read_bytes()))
        (directory / name).write_bytes(b"%PDF-1.4")
    frame = manifest.load_manifest(_write(directory, rows))
    with pytest.raises(manifest.ManifestError, match=r"c\.html and c\.pdf would share the derived text"):
        manifest.verify_checksums(frame, directory)


def test_a_raw_directory_of_web_page_word_and_pdf_works_like_text(raw, tmp_path):
    """What notebooks 00 and 01 do, on raw files of every format: derived text in the interim
    folder, the same on a second run, and the same counts as the text."""
    import docbuild
    from mzlib.extract.figures import extract_corpus

    directory, rows = raw
    text = "\n".join(seeds.path("yunnan-2021-14th-fyp-plan.txt").read_text(encoding="utf-8")
                     .split("\n")[:34]) + "\n"
    parts = docbuild.blocks(text)
    (directory / "y.txt").write_text(text, encoding="utf-8")
    (directory / "y-web.html").write_bytes(docbuild.to_html(parts))
    docbuild.to_docx(parts, directory / "y-word.docx")
    docbuild.to_pdf(parts, directory / "y-pdf.pdf")
    rows = [_row(name, (directory / name).read_bytes()) for name in ("y.txt", "y-web.html", "y-word.docx", "y-pdf.pdf")]
    frame = manifest.load_manifest(_write(directory, rows))
    interim = tmp_path / "interim"
    table = documents.document_table(frame, directory, interim)
    assert table["characters"].nunique() == 1 and table["tables"].tolist() == [1, 1, 1, 1]
    first = {p.name: p.read_bytes() for p in interim.iterdir()}
    assert sorted(first) == ["y-pdf.txt", "y-web.txt", "y-word.txt"]
    figures = extract_corpus([directory / name for name in frame["file"]], frame, interim).figures
    assert figures.groupby("doc").size().nunique() == 1
    assert {p.name: p.read_bytes() for p in interim.iterdir()} == first
    assert set(figures.loc[figures["doc"] == "y-pdf.pdf", "text_file"]) == {str((interim / "y-pdf.txt").resolve())}


def test_every_problem_is_reported_at_once_one_line_each(raw):
    directory, rows = raw
    rows.append(_row("c.txt", b"x"))
    rows[0]["doc_type"], rows[1]["doc_type"], rows[2]["admin_level"] = "five_year_review", "report", "city"
    rows[2]["province_zh"] = ""
    path = _write(directory, rows)
    with pytest.raises(manifest.ManifestError) as caught:
        manifest.load_manifest(path)
    assert caught.value.problems == [
        f"{path}: line 2 (a.txt): doc_type 'five_year_review' is now called final_review; write final_review",
        f"{path}: line 4 (b.txt): doc_type 'report' should be one of the types of data/reference/document_types.csv; "
        "fix the row",
        f"{path}: line 6 (c.txt): admin_level 'city' should be one of nation, province, prefecture, county; fix the row",
        f"{path}: line 6 (c.txt): province_zh and province_en (empty only for the nation) is required; fix the row",
    ]
    assert str(caught.value) == "\n".join(caught.value.problems)


def test_only_the_nation_may_leave_its_province_empty(raw):
    directory, rows = raw
    rows[0].update(admin_level="nation", region_zh="全国", region_en="China", province_zh="", province_en="")
    rows[1].update(province_en="")
    path = _write(directory, rows)
    with pytest.raises(manifest.ManifestError) as caught:
        manifest.load_manifest(path)
    assert len(caught.value.problems) == 1 and "line 4 (b.txt): province_zh and province_en" in str(caught.value)
