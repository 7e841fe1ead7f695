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


def test_main_exits_1_with_the_error_and_0_when_fixed(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(report.paths, "NOTEBOOKS_DIR", tmp_path)
    monkeypatch.setattr(report.paths, "HTML_DIR", tmp_path / "html")
    fake_mathjax = tmp_path / "mathjax-package"
    (fake_mathjax / "config").mkdir(parents=True)
    (fake_mathjax / "MathJax.js").write_text("// MathJax", encoding="utf-8")
    monkeypatch.setattr(report.site, "mathjax_source", lambda: fake_mathjax)
    source = tmp_path / "00-add-numbers.py"
    source.write_text(BAD, encoding="utf-8")
    assert report.main([]) == 1
    assert "error: " in capsys.readouterr().err
    source.write_text(GOOD, encoding="utf-8")
    assert report.main(["--only", "00"]) == 0
    index = (tmp_path / "html" / "index.html").read_text(encoding="utf-8")
    assert "Adds two numbers." in index
    assert (tmp_path / "html" / "mathjax" / "MathJax.js").read_text(encoding="utf-8") == "// MathJax"


def test_main_says_in_one_line_when_mathjax_is_missing(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(report.paths, "NOTEBOOKS_DIR", tmp_path)
    monkeypatch.setattr(report.paths, "HTML_DIR", tmp_path / "html")

    def missing():
        raise report.InputError("jupyter-server-mathjax", "not installed", hint="run make report")

    monkeypatch.setattr(report.site, "mathjax_source", missing)
    (tmp_path / "00-add-numbers.py").write_text(GOOD, encoding="utf-8")
    assert report.main(["--only", "00"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "jupyter-server-mathjax" in err[0] and "make report" in err[0]


def test_page_joins_the_site():
    page = ('<html><head><title>t</title><style type="text/css">a {color: red}</style>\n'
            "<style>b {color: blue}</style></head><body class=\"jp\">\n<style scoped>td {x: 1}</style>"
            '<a href="/files/reports/html/evidence/x-1.html#x-1:5" target="_blank" rel="noopener">x</a></body></html>')
    linked = report.share_css(page, "A & B")
    head, body = linked.split("</head>")
    assert "<style" not in head and f'<link rel="stylesheet" href="{report.SHARED_CSS}">' in head
    assert "<style scoped>td {x: 1}</style>" in body
    assert body.startswith('<body class="jp">\n<nav class="site-nav"><a href="index.html">mzplan</a> › A &amp; B')
    assert '<a href="evidence/x-1.html#x-1:5">x</a>' in body


def test_notebook_css_is_nbconverts_and_the_stylesheet_adds_the_house_rules():
    css = report.notebook_css()
    assert "--jp-" in css and len(css) > 50_000
    sheet = report.site.stylesheet(css)
    assert sheet.startswith(css.strip()) and ".doc-text" in sheet and ".fam-elder_care" in sheet


def test_written_notebook_is_paired_and_older_than_its_source(tmp_path):
    source = tmp_path / "00-add-numbers.py"
    source.write_text(GOOD, encoding="utf-8")
    report.run(source, tmp_path / "html")
    ipynb = source.with_suffix(".ipynb")
    notebook = report.nbformat.read(ipynb, as_version=4)
    assert notebook.metadata["jupytext"] == report.PAIRING
    assert source.stat().st_mtime_ns > ipynb.stat().st_mtime_ns
    assert source.read_text(encoding="utf-8") == GOOD


def test_kernel_log_stays_out_of_the_progress_line(tmp_path, capfd):
    source = tmp_path / "00-add-numbers.py"
    source.write_text(GOOD, encoding="utf-8")
    report.run(source, tmp_path / "html")
    captured = capfd.readouterr()
    assert "without encryption" not in captured.err + captured.out
