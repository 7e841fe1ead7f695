"""``python -m mzlib extract`` on documents researchers bring, good and bad."""

import io

import pandas as pd

import seeds
from mzlib.extract.cli import extract_command

WENSHAN = seeds.path("wenshan-2023-14th-fyp-midterm-review.txt")


def run(files, tmp_path):
    err = io.StringIO()
    out = tmp_path / "out.csv"
    status = extract_command([str(f) for f in files], out, stderr=err)
    return status, err.getvalue(), out


def test_gb18030_document_gives_the_same_figures(tmp_path):
    text = WENSHAN.read_text(encoding="utf-8")
    gbk = tmp_path / "wenshan-gbk.txt"
    gbk.write_bytes(text.encode("gb18030"))
    status, err, out = run([gbk], tmp_path)
    figures = pd.read_csv(out)
    assert status == 0 and "encoding gb18030" in err
    assert set(figures["encoding"]) == {"gb18030"} and len(figures) > 40


def test_truncated_table_is_one_line_error_with_file_and_line(tmp_path):
    text = WENSHAN.read_text(encoding="utf-8")
    cut = tmp_path / "cut.txt"
    cut.write_text(text[: text.find("13 |") + 25], encoding="utf-8")
    status, err, out = run([cut], tmp_path)
    lines = [l for l in err.splitlines() if l.startswith("error:")]
    assert status == 1 and len(lines) == 1
    assert "cut.txt:" in lines[0] and "truncated table" in lines[0]
    assert out.exists()


def test_unreadable_files_stop_with_a_named_error(tmp_path):
    for name, data in [("empty.txt", b""), ("bin.txt", b"\x00\x01"), ("bad.txt", b"\xff\xfe\xfa")]:
        (tmp_path / name).write_bytes(data)
        status, err, _ = run([tmp_path / name], tmp_path)
        assert status == 2 and err.count("\n") == 1 and name in err
