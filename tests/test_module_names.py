"""No module of mzlib binds a top-level name twice: a second ``_GOAL_HEAD = …`` (two branches each adding a pattern
of that name, merged) silently replaced the first, and a reader lost its header without any test of that reader
noticing where the name came from."""

import ast
from collections import Counter
from pathlib import Path

import pytest

MODULES = sorted((Path(__file__).resolve().parents[1] / "mzlib").rglob("*.py"))


def _bound(tree):
    """The names a module's top-level statements bind: assignments, functions and classes (not imports, and not a
    name rebound in a conditional or loop, which is meant)."""
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield node.name
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                names = target.elts if isinstance(target, (ast.Tuple, ast.List)) else [target]
                yield from (name.id for name in names if isinstance(name, ast.Name))  # (not X.__doc__ = …)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_a_module_binds_each_top_level_name_once(path):
    twice = [name for name, n in Counter(_bound(ast.parse(path.read_text(encoding="utf-8")))).items() if n > 1]
    assert not twice, f"{path.name} binds {twice} more than once at the top level"


def test_the_check_finds_a_name_bound_twice():
    tree = ast.parse("_A = 1\ndef f():\n    pass\n_A, _B = 2, 3\nf.__doc__ = 'x'\n")
    assert Counter(_bound(tree)) == {"_A": 2, "f": 1, "_B": 1}
