"""The notebook runner: order, failure messages and byte-stable outputs."""

import pytest

from mzlib.report import runner as report

GOOD = '''# %% [markdown]
# # Tiny notebook
#
# Adds two numbers. Nothing else.

# %% tags=["parameters"]
A = 2

# %%
print(A + 2)
{"b": A}

# %% tags=["nbval-ignore-output"]
print("versions")
'''
BAD = GOOD.replace("print(A + 2)", "print(A + 2)\nraise KeyError('boom')")


def test_sources_are_ordered_and_filtered(tmp_path):
    for name in ["10-fit-model.py", "00-read-sources.py", "notes.py", "01-Bad_Name.py"]:
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    assert [path.name for path in report.notebook_sources(tmp_path)] == ["00-read-sources.py", "10-fit-model.py"]
    assert [path.name for path in report.notebook_sources(tmp_path, only="10")] == ["10-fit-model.py"]
    with pytest.raises(report.NotebookFailed, match="no notebook 42"):
        report.notebook_sources(tmp_path, only="42")


def test_run_writes_byte_identical_outputs_twice(tmp_path):
    source = tmp_path / "00-add-numbers.py"
    source.write_text(GOOD, encoding="utf-8")
    outputs = [source.with_suffix(".ipynb"), tmp_path / "html" / "00-add-numbers.html"]
    report.run(source, tmp_path / "html")
    first = [path.read_bytes() for path in outputs]
    report.run(source, tmp_path / "html")
    assert [path.read_bytes() for path in outputs] == first
    notebook = report.nbformat.reads(first[0].decode("utf-8"), as_version=4)
    assert report.unexecuted_cells(notebook) == []
    assert notebook.cells[2].outputs[0]["text"] == "4\n"
    assert b"<title>Tiny notebook</title>" in first[1]


def test_failing_cell_is_named_in_one_line(tmp_path):
    source = tmp_path / "00-add-numbers.py"
    source.write_text(BAD, encoding="utf-8")
    with pytest.raises(report.NotebookFailed) as caught:
        report.run(source, tmp_path / "html")
    assert str(caught.value) == f"{tmp_path.name}/00-add-numbers.py: cell 3 failed: KeyError: 'boom'"
    assert not source.with_suffix(".ipynb").exists()


def test_index_lists_titles_summaries_and_links():
    page = report.render_index([("00-a.html", "Sources & more", "First sentence.")])
    assert '<a href="00-a.html">Sources &amp; more</a><br>First sentence.' in page


def test_main_exits_1_with_the_error_and_0_when_fixed(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(report.paths, "NOTEBOOKS_DIR", tmp_path)
    monkeypatch.setattr(report.paths, "HTML_DIR", tmp_path / "html")
    source = tmp_path / "00-add-numbers.py"
    source.write_text(BAD, encoding="utf-8")
    assert report.main([]) == 1
    assert "error: " in capsys.readouterr().err
    source.write_text(GOOD, encoding="utf-8")
    assert report.main(["--only", "00"]) == 0
    assert "Adds two numbers." in (tmp_path / "html" / "index.html").read_text(encoding="utf-8")


def test_head_styles_move_to_one_shared_stylesheet():
    page = ('<html><head><title>t</title><style type="text/css">a {color: red}</style>\n'
            "<style>b {color: blue}</style></head><body><style scoped>td {x: 1}</style><p>x</p></body></html>")
    linked, css = report.share_css(page)
    assert css == "a {color: red}\nb {color: blue}\n"
    assert f'<link rel="stylesheet" href="{report.SHARED_CSS}">' in linked
    head, body = linked.split("</head>")
    assert "<style" not in head and "<style scoped>td {x: 1}</style>" in body
