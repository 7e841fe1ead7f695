"""Committed notebooks are executed, in sync with their .py twins and laid out as the house style says."""

import json

import jupytext
import nbformat
from jupytext.config import load_jupytext_config
from jupytext.formats import long_form_one_format, short_form_multiple_formats
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from mzlib.core import paths
from mzlib.report import runner as report

SOURCES = sorted(paths.NOTEBOOKS_DIR.glob("*.py"))
NOTEBOOKS = sorted(paths.NOTEBOOKS_DIR.glob("*.ipynb"))


def _ids(files):
    return [file.name for file in files]


def _good_notebook():
    return new_notebook(cells=[
        new_markdown_cell("# A title\n\nWhat it does. And more.\n\n- Inputs: none."),
        new_code_cell("N = 3", metadata={"tags": ["parameters"]}, execution_count=1),
        new_code_cell("N + 1", execution_count=2,
                      outputs=[new_output("execute_result", {"text/plain": "4"}, execution_count=2)]),
        new_code_cell("print('versions')", metadata={"tags": ["nbval-ignore-output"]}, execution_count=3),
    ])


def test_helpers_accept_a_good_notebook():
    notebook = _good_notebook()
    assert report.unexecuted_cells(notebook) == []
    assert report.structure_problems(notebook) == []
    assert report.notebook_title(notebook) == "A title"
    assert report.notebook_summary(notebook) == "What it does."


def test_unexecuted_cells_finds_missing_and_out_of_order_counts():
    notebook = _good_notebook()
    notebook.cells[1].execution_count = None
    notebook.cells[3].execution_count = 7
    assert report.unexecuted_cells(notebook) == [2, 4]


def test_structure_problems_finds_each_missing_piece():
    notebook = _good_notebook()
    notebook.cells[0].source = "No title here."
    notebook.cells[1].metadata = {}
    notebook.cells[2].source = "N + 1;"
    notebook.cells[3].metadata = {}
    problems = " | ".join(report.structure_problems(notebook))
    assert "'# ' title" in problems
    assert "tagged 'parameters'" in problems
    assert "tagged 'nbval-ignore-output'" in problems
    assert "cell 3 ends in ';'" in problems


def test_notebook_names_follow_nn_verb_object():
    assert [file.name for file in SOURCES if not report.NOTEBOOK_NAME.match(file.name)] == []


def test_every_source_has_an_ipynb_twin_and_back():
    assert {file.stem for file in SOURCES} == {file.stem for file in NOTEBOOKS}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_committed_notebook_is_executed_with_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    assert report.unexecuted_cells(notebook) == [], f"run make report ONLY={path.name[:2]}"
    assert any(cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")


def _as_text(notebook, config):
    """The notebook as jupytext writes its .py twin under the repository's jupytext.toml."""
    fmt = long_form_one_format("py:percent")
    config.set_default_format_options(fmt)
    return jupytext.writes(notebook, fmt, config=config)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_ipynb_and_py_are_the_same_notebook_to_jupytext(path):
    """What JupyterLab's jupytext checks before opening a pair whose .ipynb is the newer file."""
    config = load_jupytext_config(str(path))
    assert config is not None, "jupytext.toml is missing"
    stored = nbformat.read(path, as_version=4)
    source = jupytext.read(path.with_suffix(".py"), fmt="py:percent", config=config)
    assert _as_text(stored, config) == _as_text(source, config), (
        f"{path.name} and its .py differ: edit the .py, then make report ONLY={path.name[:2]}")
    assert path.with_suffix(".py").read_text(encoding="utf-8") == _as_text(source, config), (
        f"{path.with_suffix('.py').name} is not as jupytext writes it: saving it in JupyterLab would change it")
    assert stored.metadata.get("jupytext") == report.PAIRING


def test_pairing_metadata_is_what_jupyterlab_derives_from_jupytext_toml():
    config = load_jupytext_config(str(paths.NOTEBOOKS_DIR / "00-x.ipynb"))
    assert short_form_multiple_formats(config.formats) == report.PAIRING["formats"]
    metadata = {"formats": report.PAIRING["formats"]}
    config.set_default_format_options(metadata, read=True)
    assert metadata == report.PAIRING


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_notebook_follows_the_house_layout(path):
    assert report.structure_problems(nbformat.read(path, as_version=4)) == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_outputs_do_not_show_this_checkouts_path(path):
    """An output naming /where/this/clone/lives differs on every other machine, so nbval fails in CI."""
    notebook = nbformat.read(path, as_version=4)
    root = str(paths.PROJ_ROOT)
    shown = [number for number, cell in enumerate(notebook.cells, start=1)
             if root in json.dumps(cell.get("outputs", []), ensure_ascii=False)]
    assert shown == [], f"cells {shown} print {root}: show paths relative to the repository, or not at all"
