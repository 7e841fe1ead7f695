"""Execute the notebooks in order and render the site: ``python -m mzlib.report [--only NN]``.

Each notebook is authored as a jupytext percent-format twin ``notebooks/NN-verb-object.py`` (the
source of truth). For each, in order, this module reads the ``.py``, executes it in a fresh
``python3`` kernel with ``notebooks/`` as working directory, writes the paired ``.ipynb`` with its
outputs and renders ``reports/html/NN-verb-object.html``. Then it writes the site around them
(:mod:`mzlib.report.site`): the evidence pages (:mod:`mzlib.report.evidence`), ``index.html``, the
one stylesheet and a local MathJax.

The ``.ipynb`` carries jupytext's pairing metadata and is the same notebook as its ``.py`` to
jupytext (``jupytext.toml`` keeps notebook metadata out of the ``.py``), so JupyterLab opens either.
Outputs are deterministic (cell ids from cell positions, no timing metadata), so running the report
twice leaves ``git status`` clean.
"""

import argparse
import os
import re
import shutil
import sys
import time
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellControlSignal, CellExecutionError, DeadKernelError
from nbconvert import HTMLExporter

from mzlib.core import paths
from mzlib.core.errors import InputError
from mzlib.report import evidence, links, site, target_pages
from mzlib.sources import manifest

NOTEBOOK_NAME = re.compile(r"^(?P<number>\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*\.py$")
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
TIMEOUT = 1800
PARAMETERS_TAG = "parameters"
VERSIONS_TAG = "nbval-ignore-output"
SHARED_CSS = site.STYLESHEET
TEMPLATES_DIR = Path(__file__).parent / "templates"
TEMPLATE = "mzplan"
# What jupytext in JupyterLab makes of jupytext.toml when it reads the pair (a test checks), so
# that saving an unedited notebook leaves the .ipynb as make report wrote it.
PAIRING = {"formats": "ipynb,py:percent", "notebook_metadata_filter": "-all"}
# The kernel's own log (e.g. ipykernel's "running over TCP without encryption") would print
# through the progress line; errors still show.
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=ERROR"]
# What editors leave beside the pages (JupyterLab's checkpoints, backup and lock files): never part of the site.
EDITOR_ARTEFACTS = (".ipynb_checkpoints", "*~", "*.bak", ".~*", ".#*")


class NotebookFailed(RuntimeError):
    """A notebook raised while executing; the message names the notebook and the cell."""


def notebook_sources(directory: Path = paths.NOTEBOOKS_DIR, only: str | None = None) -> list[Path]:
    """The ``NN-verb-object.py`` notebook sources in order, or just notebook ``only`` (``"NN"``)."""
    sources = sorted(path for path in Path(directory).glob("*.py") if NOTEBOOK_NAME.match(path.name))
    if only is None:
        return sources
    chosen = [path for path in sources if NOTEBOOK_NAME.match(path.name)["number"] == only]
    if not chosen:
        raise NotebookFailed(f"no notebook {only} in {directory}: expected a file named {only}-verb-object.py")
    return chosen


def read_source(path: Path) -> nbformat.NotebookNode:
    """Read a percent-format ``.py`` as a notebook with deterministic ids and metadata."""
    notebook = jupytext.read(path, fmt="py:percent")
    notebook.metadata["jupytext"] = dict(PAIRING)
    notebook.metadata["kernelspec"] = dict(KERNELSPEC)
    for index, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{index + 1:02d}"
    return notebook


def execute(notebook: nbformat.NotebookNode, name: str, cwd: Path = paths.NOTEBOOKS_DIR) -> nbformat.NotebookNode:
    """Execute ``notebook`` in a fresh kernel, in place; ``name`` is used in the error message.

    Raises
    ------
    NotebookFailed
        ``"<name>: cell <n> failed: <error>"``, with ``n`` counting every cell from 1.
    """
    started = []
    client = NotebookClient(
        notebook,
        timeout=TIMEOUT,
        kernel_name=KERNELSPEC["name"],
        record_timing=False,
        extra_arguments=KERNEL_ARGUMENTS,
        resources={"metadata": {"path": str(cwd)}},
        on_cell_start=lambda cell, cell_index: started.append(cell_index),
    )
    try:
        client.execute()
    except (CellExecutionError, CellControlSignal, DeadKernelError) as error:
        cell = f"cell {started[-1] + 1}" if started else "kernel start"
        reason = f"{error.ename}: {error.evalue}" if isinstance(error, CellExecutionError) else str(error)
        reason = " ".join(reason.split()) or type(error).__name__
        raise NotebookFailed(f"{name}: {cell} failed: {reason}") from None
    return notebook


def notebook_title(notebook: nbformat.NotebookNode) -> str:
    """The first ``# `` heading of the first markdown cell, or ``""``."""
    for line in _first_markdown(notebook).splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def notebook_summary(notebook: nbformat.NotebookNode) -> str:
    """The first sentence of the first paragraph after the title."""
    lines = _first_markdown(notebook).splitlines()
    title = next((number for number, line in enumerate(lines, start=1) if line.startswith("# ")), 0)
    paragraph = " ".join(_first_paragraph(lines[title:]))
    match = re.match(r"^(.+?[.!?])(?:\s|$)", paragraph)
    return match[1] if match else paragraph


def _first_markdown(notebook: nbformat.NotebookNode) -> str:
    return next((cell.source for cell in notebook.cells if cell.cell_type == "markdown"), "")


def _first_paragraph(lines: list[str]) -> list[str]:
    stripped = [line.strip() for line in lines]
    start = next((i for i, line in enumerate(stripped) if line and not line.startswith("#")), len(stripped))
    end = next((i for i in range(start, len(stripped)) if not stripped[i]), len(stripped))
    return stripped[start:end]


def unexecuted_cells(notebook: nbformat.NotebookNode) -> list[int]:
    """Cell numbers (from 1, counting every cell) of code cells not executed in order 1..N.

    nbval executes, but never compares, a cell stored without an execution count, so a notebook
    committed unexecuted would pass while checking nothing.
    """
    code = [(number, cell) for number, cell in enumerate(notebook.cells, start=1) if cell.cell_type == "code"]
    return [number for expected, (number, cell) in enumerate(code, start=1) if cell.get("execution_count") != expected]


def structure_problems(notebook: nbformat.NotebookNode) -> list[str]:
    """What the notebook lacks of the house layout (title, parameters, versions cell, no ``;``)."""
    cells = notebook.cells
    problems = []
    if not cells or cells[0].cell_type != "markdown" or not notebook_title(notebook):
        problems.append("first cell is not a markdown cell with a '# ' title")
    if not any(cell.cell_type == "code" and PARAMETERS_TAG in _tags(cell) for cell in cells):
        problems.append(f"no code cell tagged '{PARAMETERS_TAG}'")
    if not cells or cells[-1].cell_type != "code" or VERSIONS_TAG not in _tags(cells[-1]):
        problems.append(f"last cell is not a versions code cell tagged '{VERSIONS_TAG}'")
    for number, cell in enumerate(cells, start=1):
        if cell.cell_type == "code" and cell.source.rstrip().endswith(";"):
            problems.append(f"cell {number} ends in ';' (nbval compares it wrongly; end plots with plt.show())")
    return problems


def _tags(cell: nbformat.NotebookNode) -> list[str]:
    return cell.get("metadata", {}).get("tags", [])


def render_html(notebook: nbformat.NotebookNode, title: str) -> str:
    """The notebook as a standalone HTML page: nbconvert's lab template without require.js (see
    ``templates/mzplan``), MathJax from the site."""
    exporter = HTMLExporter(template_name=TEMPLATE, extra_template_basedirs=[str(TEMPLATES_DIR)],
                            mathjax_url=site.MATHJAX_URL)
    body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": title}})
    return body


def notebook_css() -> str:
    """nbconvert's lab CSS (what it inlines into every page), from an empty notebook."""
    return site.split_head_css(render_html(nbformat.v4.new_notebook(), "empty"))[1]


def share_css(page: str, title: str = "") -> str:
    """A rendered page made part of the site.

    nbconvert's lab template inlines ~260 KB of CSS into every page; it lives once in the site's
    stylesheet (:data:`SHARED_CSS`), linked instead. Styles inside the body (pandas tables) stay.
    The page gets the site's navigation bar, and links written for ``notebooks/`` (evidence links)
    are rewritten for ``reports/html/``.
    """
    page, _ = site.split_head_css(page)
    head, sep, body = page.partition("</head>")
    page = head + f'<link rel="stylesheet" href="{SHARED_CSS}">\n' + sep + body
    page = re.sub(r"(<body[^>]*>\n?)", lambda m: m[1] + site.nav_bar(title), page, count=1)
    return links.relocate(page)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def write_notebook(notebook: nbformat.NotebookNode, source: Path) -> None:
    """Write the executed ``.ipynb`` beside its ``.py``, then touch the ``.py``.

    The ``.py`` keeps its content; its modification time moves past the ``.ipynb``'s so that
    jupytext in JupyterLab never sees an ``.ipynb`` newer than its source.
    """
    _write(source.with_suffix(".ipynb"), nbformat.writes(notebook) + "\n")
    ipynb_time = source.with_suffix(".ipynb").stat().st_mtime_ns
    os.utime(source, ns=(ipynb_time + 1_000_000, ipynb_time + 1_000_000))


def run(source: Path, html_dir: Path = paths.HTML_DIR) -> None:
    """Execute one ``.py`` notebook, write its ``.ipynb`` twin and its HTML page."""
    notebook = execute(read_source(source), f"{source.parent.name}/{source.name}", cwd=source.parent)
    write_notebook(notebook, source)
    title = notebook_title(notebook) or source.stem
    _write(html_dir / f"{source.stem}.html", share_css(render_html(notebook, title), title))


def remove_editor_artefacts(html_dir: Path = paths.HTML_DIR) -> list[str]:
    """Delete :data:`EDITOR_ARTEFACTS` anywhere under ``html_dir``; returns what went (relative paths)."""
    html_dir = Path(html_dir)
    found = {path for pattern in EDITOR_ARTEFACTS for path in html_dir.rglob(pattern)}
    removed = []
    for path in sorted(found):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        elif path.exists() or path.is_symlink():
            path.unlink()
        else:
            continue
        removed.append(path.relative_to(html_dir).as_posix())
    return removed


def build_site(html_dir: Path = paths.HTML_DIR, notebooks_dir: Path = paths.NOTEBOOKS_DIR,
               processed_dir: Path = paths.PROCESSED_DATA_DIR, mathjax: Path | None = None) -> list[dict]:
    """Write the stylesheet, MathJax, the evidence and target pages and ``index.html``, with no editor
    artefacts left beside them; returns the evidence pages."""
    removed = remove_editor_artefacts(html_dir)
    if removed:
        print(f"removed {len(removed)} editor file(s) from {Path(html_dir).name}/ (e.g. {removed[0]})")
    _write(html_dir / SHARED_CSS, site.stylesheet(notebook_css()))
    site.copy_mathjax(html_dir, mathjax)
    documents = manifest.load_manifest() if paths.MANIFEST.exists() else None
    pages = evidence.write_evidence(html_dir, processed_dir, documents)
    target_pages.write_target_pages(html_dir, processed_dir)
    entries = []
    for source in notebook_sources(notebooks_dir):
        notebook = read_source(source)
        entries.append((f"{source.stem}.html", notebook_title(notebook) or source.stem, notebook_summary(notebook)))
    _write(html_dir / "index.html", site.render_index(entries, pages, processed_dir))
    return pages


def main(argv: list[str] | None = None) -> int:
    """Run the notebooks (all, or ``--only NN``), then build the site; 1 on failure."""
    parser = argparse.ArgumentParser(prog="python -m mzlib.report", description=__doc__.splitlines()[0])
    parser.add_argument("--only", metavar="NN", help="run only notebook NN (two digits); the index lists all")
    args = parser.parse_args(argv)
    try:
        sources = notebook_sources(paths.NOTEBOOKS_DIR, args.only)
        for number, source in enumerate(sources, start=1):
            print(f"[{number}/{len(sources)}] {source.name} ...", end=" ", flush=True)
            start = time.perf_counter()
            run(source, paths.HTML_DIR)
            print(f"{time.perf_counter() - start:.1f} s", flush=True)
        pages = build_site(paths.HTML_DIR, paths.NOTEBOOKS_DIR, paths.PROCESSED_DATA_DIR)
    except NotebookFailed as error:
        print(f"\nerror: {error}", file=sys.stderr)
        return 1
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"wrote index.html and {len(pages)} evidence page(s) into {paths.HTML_DIR.name}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
