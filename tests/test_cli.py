"""``python -m mzlib extract`` on documents researchers bring, good and bad."""

import io
import subprocess
import sys
from pathlib import Path

import pandas as pd

import seeds
from mzlib.extract.cli import extract_command, main

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


def test_truncated_table_is_one_warning_and_the_output_is_written(tmp_path):
    text = WENSHAN.read_text(encoding="utf-8")
    cut = tmp_path / "cut.txt"
    cut.write_text(text[: text.find("13 |") + 25], encoding="utf-8")
    status, err, out = run([cut], tmp_path)
    lines = [l for l in err.splitlines() if l.startswith("warning:")]
    assert status == 0 and len(lines) == 1 and "error:" not in err
    assert f"{cut}: table " in lines[0] and "(line " in lines[0] and "truncated table" in lines[0]
    assert len(pd.read_csv(out)) > 20


# A table of the genre whose rows lost cells: six rows, three of them short.
_SHORT_ROWS = """表1 澄岭县养老服务主要指标
指标 | 单位 | 2022年 | 2025年
养老机构床位 | 张 | 1260 | 1500
护理型床位 | 张 | 610
社区养老服务设施 | 个 | 84 | 96
老年助餐点 | 个 | 37
特困人员集中供养率 | % | 41.5 | 50
家庭养老床位 | 张
"""


def test_unparsed_rows_are_one_warning_per_table_with_reasons_counted(tmp_path):
    doc = tmp_path / "short.txt"
    doc.write_text(_SHORT_ROWS, encoding="utf-8")
    status, err, out = run([doc], tmp_path)
    warnings = [l for l in err.splitlines() if l.startswith("warning:")]
    assert status == 0 and out.exists()
    assert warnings == [f"warning: {doc}: table 1 (line 3): 3 of 6 rows not parsed: "
                        "row has 3 cells, header has 4 (2); truncated table: last row has 2 of 4 cells"]


def test_strict_turns_unparsed_rows_into_status_1(tmp_path):
    doc = tmp_path / "short.txt"
    doc.write_text(_SHORT_ROWS, encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["extract", str(doc), "-o", str(out), "--jobs", "1", "--strict"]) == 1 and out.exists()
    assert main(["extract", str(doc), "-o", str(out), "--jobs", "1"]) == 0


def test_one_and_two_processes_write_the_same_output(tmp_path):
    doc = tmp_path / "short.txt"
    doc.write_text(_SHORT_ROWS, encoding="utf-8")
    files = [WENSHAN, doc, seeds.path("yunnan-2021-14th-fyp-plan.txt")]
    outs = []
    for jobs in (1, 2):
        outs.append(tmp_path / f"out{jobs}.csv")
        extract_command([str(f) for f in files], outs[-1], stderr=io.StringIO(), jobs=jobs,
                        uncaptured_out=tmp_path / f"unc{jobs}.csv")
    assert outs[0].read_bytes() == outs[1].read_bytes()
    assert (tmp_path / "unc1.csv").read_bytes() == (tmp_path / "unc2.csv").read_bytes()


def test_the_csv_is_what_pandas_writes_of_the_figures_frame(tmp_path):
    from mzlib.extract.cli import read_manifest
    from mzlib.extract.figures import Document, extract_document

    status, _, out = run([WENSHAN], tmp_path)
    frame = extract_document(Document.from_path(WENSHAN, read_manifest())).figures
    frame = frame.assign(encoding="utf-8", format="text")
    expected = tmp_path / "expected.csv"
    frame.to_csv(expected, index=False, lineterminator="\n")
    assert status == 0 and out.read_text(encoding="utf-8") == expected.read_text(encoding="utf-8")


def test_importing_the_command_line_imports_no_pandas():
    code = "import sys, mzlib.__main__, mzlib.extract.cli; print(sorted(m for m in ('pandas', 'pandera', " \
           "'numpy') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.stdout.strip() == "[]"


def test_unreadable_files_stop_with_a_named_error(tmp_path):
    for name, data in [("empty.txt", b""), ("bin.txt", b"\x00\x01"), ("bad.txt", b"\xff\xfe\xfa")]:
        (tmp_path / name).write_bytes(data)
        status, err, _ = run([tmp_path / name], tmp_path)
        assert status == 2 and err.count("\n") == 1 and name in err


def test_an_unreadable_file_is_status_2_and_the_others_are_still_written(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    status, err, out = run([tmp_path / "empty.txt", WENSHAN], tmp_path)
    assert status == 2 and err.startswith("error:") and "empty.txt" in err.splitlines()[0]
    assert set(pd.read_csv(out)["doc"]) == {WENSHAN.name}


def test_a_registry_that_cannot_be_read_stops_the_command_with_one_line_and_status_2(tmp_path):
    """A researcher's new registry row with a comma outside quotes: the command says which file and line,
    and what to do, in one line, with status 2, and writes nothing."""
    reference = tmp_path / "reference"
    reference.mkdir()
    for table in Path(__file__).resolve().parents[1].joinpath("data", "reference").glob("*.csv"):
        (reference / table.name).write_bytes(table.read_bytes())
    registry = reference / "indicators.csv"
    lines = registry.read_text(encoding="utf-8").count("\n")
    with open(registry, "a", encoding="utf-8") as f:
        f.write("happiness_courtyards,农村幸福院,,,Rural happiness courtyards,units,1,0,,elder_care,a bulletin, 2023\n")
    code = ("import sys; from mzlib.core import paths; paths.REFERENCE_DATA_DIR = paths.Path(sys.argv[1]); "
            "from mzlib.__main__ import main; sys.exit(main(sys.argv[2:]))")
    out = tmp_path / "out.csv"
    done = subprocess.run([sys.executable, "-c", code, str(reference), "extract", str(WENSHAN), "-o", str(out), "-j", "1"],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 2 and not out.exists()
    assert done.stderr == (f"error: {registry}:{lines + 1}: 12 cells where the header has 11. "
                           "a cell that holds a comma must be in double quotes\n")
