"""Execute the notebooks in order and render them: ``python -m mzlib.report [--only NN]``.

Each notebook is authored as a jupytext percent-format twin ``notebooks/NN-verb-object.py`` (the
source of truth). For each, in order, this module reads the ``.py``, executes it in a fresh
``python3`` kernel with ``notebooks/`` as working directory, writes the paired ``.ipynb`` with its
outputs, renders ``reports/html/NN-verb-object.html`` and finally ``reports/html/index.html``.

Outputs are deterministic (cell ids from cell positions, no timing metadata, no jupytext metadata),
so running the report twice leaves ``git status`` clean.
"""

import argparse
import html
import re
import sys
import time
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellControlSignal, CellExecutionError, DeadKernelError
from nbconvert import HTMLExporter

from mzlib.core import paths

NOTEBOOK_NAME = re.compile(r"^(?P<number>\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*\.py$")
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
TIMEOUT = 1800
PARAMETERS_TAG = "parameters"
VERSIONS_TAG = "nbval-ignore-output"
SHARED_CSS = "notebook.css"
_HEAD_STYLE = re.compile(r"<style[^>]*>(.*?)</style>\s*", re.S)


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
    notebook.metadata.pop("jupytext", None)
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
    """The notebook as a standalone HTML page (nbconvert's lab template)."""
    body, _ = HTMLExporter(template_name="lab").from_notebook_node(notebook, resources={"metadata": {"name": title}})
    return body


def share_css(page: str) -> tuple[str, str]:
    """Move the ``<style>`` blocks of a page's ``<head>`` into one stylesheet.

    nbconvert's lab template inlines the same ~260 KB of CSS into every page; written once as
    :data:`SHARED_CSS` beside the pages, it is linked instead. Styles inside the body (pandas
    tables) stay where they are.

    Returns
    -------
    tuple of (str, str)
        The page linking the stylesheet, and the stylesheet.
    """
    head, sep, body = page.partition("</head>")
    css = "\n".join(m.group(1).strip() for m in _HEAD_STYLE.finditer(head))
    link = f'<link rel="stylesheet" href="{SHARED_CSS}">\n'
    return _HEAD_STYLE.sub("", head) + link + sep + body, css + "\n"


def render_index(entries: list[tuple[str, str, str]]) -> str:
    """``index.html`` linking every notebook; ``entries`` are ``(html file name, title, summary)``."""
    items = "\n".join(
        f'<li><a href="{html.escape(link)}">{html.escape(title)}</a><br>{html.escape(summary)}</li>'
        for link, title, summary in entries
    )
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<title>mzplan notebooks</title>\n</head>\n<body>\n<h1>mzplan notebooks</h1>\n"
        "<p>Executed by <code>make report</code>, in this order.</p>\n"
        f"<ol>\n{items}\n</ol>\n</body>\n</html>\n"
    )


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def run(source: Path, html_dir: Path = paths.HTML_DIR) -> None:
    """Execute one ``.py`` notebook, write its ``.ipynb`` twin and its HTML page."""
    notebook = execute(read_source(source), f"{source.parent.name}/{source.name}", cwd=source.parent)
    _write(source.with_suffix(".ipynb"), nbformat.writes(notebook) + "\n")
    page, css = share_css(render_html(notebook, notebook_title(notebook) or source.stem))
    _write(html_dir / SHARED_CSS, css)
    _write(html_dir / f"{source.stem}.html", page)


def main(argv: list[str] | None = None) -> int:
    """Run the notebooks (all, or ``--only NN``), render HTML and the index; 1 on failure."""
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
    except NotebookFailed as error:
        print(f"\nerror: {error}", file=sys.stderr)
        return 1
    entries = []
    for source in notebook_sources(paths.NOTEBOOKS_DIR):
        notebook = read_source(source)
        entries.append((f"{source.stem}.html", notebook_title(notebook) or source.stem, notebook_summary(notebook)))
    _write(paths.HTML_DIR / "index.html", render_index(entries))
    print(f"wrote {paths.HTML_DIR / 'index.html'} listing {len(entries)} notebook(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
