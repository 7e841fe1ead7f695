"""make report leaves no editor artefacts in the site, and the browser test never visits one."""

from pathlib import Path

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
