"""No code, notebook or benchmark names a seed: the analyses follow whatever the manifest holds.

Every string constant of ``mzlib/``, ``notebooks/*.py`` and ``benchmarks/*.py`` (docstrings and
comments aside) is compared with the names of the seeds (:mod:`seeds`): a file name, a key, an
original file name, or a region's English or Chinese name, folded as a reader would write it
(``Tai'an``, ``taian``, ``泰安``). A constant that is one of them, or holds a file name or a key, is a
list of seeds in disguise.
"""

import ast
from pathlib import Path

import pytest

import seeds
from mzlib.sources.regions import fold

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted([*ROOT.glob("mzlib/**/*.py"), *ROOT.glob("notebooks/*.py"), *ROOT.glob("benchmarks/*.py")])

def seed_names():
    """(whole names, names that may only appear whole) of the seeds, folded."""
    frame = seeds.manifest()
    held = set(frame["file"]) | set(frame["key"]) | set(frame["source_seed"])
    regions = set(frame["region_en"]) | set(frame["region_zh"])
    regions |= {name[:-1] for name in frame["region_zh"] if name[-1:] in "市县省区州" and len(name) > 2}
    return {fold(n) for n in held if n}, {fold(n) for n in regions if fold(n)}


def docstrings(tree):
    """The ids of the docstring constants of a module, its classes and functions."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def seed_constants(source, held, whole):
    """(line, constant) of every string constant of ``source`` that names a seed."""
    tree = ast.parse(source)
    skip = docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            folded = fold(node.value)
            if folded and (folded in whole or folded in held or any(name in folded for name in held)):
                found.append((node.lineno, node.value))
    return sorted(found)


def test_the_search_finds_a_seed_however_it_is_written():
    held, whole = seed_names()
    code = ('"""Wenshan in a docstring is prose."""\n# Lincang in a comment too\n'
            'a = "Tai\'an"\nb = ["wenshan-2023", "x"]\nc = f"{1}临沧"\nd = "data/raw/yunnan-2021-14th-fyp-plan.txt"\n'
            'e = "Yunnan\'s figures are"\nf = "a region"\n')
    assert [line for line, _ in seed_constants(code, held, whole)] == [3, 4, 5, 6]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_seed_is_named_in_code(path):
    relative = path.relative_to(ROOT).as_posix()
    found = seed_constants(path.read_text(encoding="utf-8"), *seed_names())
    assert found == [], (f"{relative} names seeds in {found}: take regions and documents from the manifest "
                         "(mzlib.sources.manifest.load_manifest, a REGION parameter)")
