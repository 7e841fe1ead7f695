"""The package's rooms and the one direction imports flow (../shared/ARCHITECTURE.md)."""

import ast
import pytest

from mzlib.core import paths

ROOMS = ["core", "sources", "extract", "quality", "targets", "demography", "report"]
PACKAGE = paths.PROJ_ROOT / "mzlib"


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("mzlib"):
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            yield node.lineno, names
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("mzlib"):
                    yield node.lineno, [a.name]


def _room(module):
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in ROOMS else None


MODULES = sorted(p for room in ROOMS for p in (PACKAGE / room).rglob("*.py"))


def test_every_module_lives_in_a_room():
    stray = [p.name for p in PACKAGE.glob("*.py") if p.name not in ("__init__.py", "__main__.py")]
    assert not stray, f"modules outside the rooms {ROOMS}: {stray}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_flow_one_way(path):
    own = ROOMS.index(path.relative_to(PACKAGE).parts[0])
    for line, names in _imports(path):
        rooms = {_room(n) for n in names} - {None}
        later = [r for r in rooms if ROOMS.index(r) > own]
        assert not later, f"{path.relative_to(paths.PROJ_ROOT)}:{line} imports from {later}, right of {ROOMS[own]}"


def test_the_direction_check_can_fail(tmp_path):
    bad = tmp_path / "mod.py"
    bad.write_text("from mzlib.report import plotting\n", encoding="utf-8")
    (line, names), = _imports(bad)
    assert {_room(n) for n in names} == {"report"}


def _defined_twice(path):
    """``(line, name)`` of each module-level function, class or constant a module defines again further down:
    the later one silently replaces the earlier for every caller."""
    seen, out = {}, []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name) and t.id.isupper()]
        else:
            names = []
        for name in names:
            if name in seen:
                out.append((node.lineno, name))
            seen[name] = node.lineno
    return out


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_defines_a_name_twice(path):
    assert not _defined_twice(path), f"{path.relative_to(paths.PROJ_ROOT)} defines again: {_defined_twice(path)}"


def test_the_check_of_names_defined_twice_can_fail(tmp_path):
    bad = tmp_path / "mod.py"
    bad.write_text("def _label(x):\n    return x\n\n\nLIMIT = 3\n\n\ndef _label(y):\n    return y\n", encoding="utf-8")
    assert _defined_twice(bad) == [(8, "_label")]
