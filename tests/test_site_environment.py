"""The site on any machine: make report leaves no editor artefacts in it, the browser test never
visits one, and every font stack of the stylesheet names the CJK fonts."""

import re
from pathlib import Path

import mzlib.report

from mzlib.report.runner import remove_editor_artefacts
from site_browser import site_pages

ARTEFACTS = ["evidence/.ipynb_checkpoints/a-checkpoint.html", ".ipynb_checkpoints/index-checkpoint.html",
             "index.html~", "evidence/a.html.bak", "evidence/.~lock.a.html#", ".#index.html"]
PAGES = ["index.html", "evidence/a.html", "01-clean-figures.html"]


def _site(root):
    for name in ARTEFACTS + PAGES:
        path = Path(root) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("<html></html>", encoding="utf-8")
    return Path(root)


def test_the_browser_test_ignores_editor_artefacts(tmp_path):
    assert site_pages(_site(tmp_path)) == ["index.html", "01-clean-figures.html", "evidence/a.html"]


def test_editor_artefacts_are_removed_and_named_and_pages_stay(tmp_path):
    site = _site(tmp_path)
    removed = remove_editor_artefacts(site)
    assert sorted(removed) == sorted([".ipynb_checkpoints", "evidence/.ipynb_checkpoints", "index.html~",
                                      "evidence/a.html.bak", "evidence/.~lock.a.html#", ".#index.html"])
    left = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    assert left == sorted(PAGES)
    assert remove_editor_artefacts(site) == []


CJK_STACK = ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei"]


def test_every_font_stack_names_the_cjk_fonts_in_order_before_the_generic_family():
    css = (Path(mzlib.report.__file__).parent / "site.css").read_text(encoding="utf-8")
    stacks = [[name.strip().strip('"') for name in stack.split(",")]
              for stack in re.findall(r"font-family:\s*([^;}]+)", css)]
    assert len(stacks) >= 3
    for stack in stacks:
        found = [name for name in stack if name in CJK_STACK]
        assert found == CJK_STACK and stack[-1] == "sans-serif", stack
