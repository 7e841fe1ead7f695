"""A temporary copy of the repository, and what a researcher does to it: add or remove a document,
run the report, run tests.

Used by ``tests/test_corpus_independence.py`` (one document more, one seed fewer) and
``benchmarks/report.py`` (a corpus of 200 documents). Commands run with this interpreter and the
copy first on ``PYTHONPATH``, so that ``mzlib`` (and with it every path of
:mod:`mzlib.core.paths`) is the copy's, never the checkout's.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class CommandFailed(RuntimeError):
    """A command in the copy exited non-zero; the message holds its command line and output tail."""


def copy_repository(destination, source=ROOT):
    """Copy the files of ``source`` that git tracks or does not ignore (as they are in the working
    tree: a document a researcher added and has not committed yet is there) to ``destination``.

    Returns
    -------
    pathlib.Path
        ``destination``.
    """
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=source, capture_output=True, check=True).stdout
    destination = Path(destination)
    for name in listed.decode("utf-8").split("\0"):
        if name and (Path(source) / name).is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(Path(source) / name, target)
    return destination


def environment(root):
    """The environment of a command in the copy: its ``mzlib`` first, outputs in the copy itself."""
    env = {k: v for k, v in os.environ.items() if k != "MZPLAN_OUTPUT_ROOT"}
    env["PYTHONPATH"] = os.pathsep.join([str(root)] + [p for p in [env.get("PYTHONPATH", "")] if p])
    return env


def python(root, *arguments, timeout=900):
    """Run ``python ARGUMENTS...`` in the copy; its stdout, or :class:`CommandFailed`."""
    done = subprocess.run([sys.executable, *map(str, arguments)], cwd=root, env=environment(root),
                          capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-40:])
        raise CommandFailed(f"python {' '.join(map(str, arguments))} exited {done.returncode} in {root}:\n{tail}")
    return done.stdout


def mzlib(root, *arguments):
    """``python -m mzlib ARGUMENTS...`` in the copy."""
    return python(root, "-m", "mzlib", *arguments)


def add_document(root, source, **fields):
    """Add the document ``source`` to the copy as a researcher does (``python -m mzlib add``), with
    manifest ``fields`` (``region_zh="岚江市"``, ``doc_type="plan"`` ...) filled in or overridden."""
    return mzlib(root, "add", str(source), *(f"--set={k}={v}" for k, v in fields.items()))


def remove_document(root, file):
    """Take document ``file`` out of the copy as a researcher does (``python -m mzlib remove``)."""
    return mzlib(root, "remove", file)


def report(root, *arguments):
    """``python -m mzlib.report`` in the copy (what ``make report`` runs); its output."""
    return python(root, "-m", "mzlib.report", *arguments)


def pytest(root, *arguments):
    """pytest in the copy, on the copy's tests; its output, or :class:`CommandFailed` naming the failures."""
    return python(root, "-m", "pytest", "-q", "-p", "no:cacheprovider", *arguments)
