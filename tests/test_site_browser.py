"""The rendered site in a real browser: one click from a verdict to its highlighted evidence.

Headless Chromium from the system's packages (Debian: ``apt-get install chromium``), driven by
Playwright, opens ``reports/html/`` served from 127.0.0.1. Outside CI the tests skip when Chromium
is absent; in CI (``CI=true``, set by ``.ci/run``) they run and fail without it.
"""

import os
from urllib.parse import unquote, urljoin, urlparse

import pandas as pd
import pytest

from mzlib.core import paths
from mzlib.core.textio import read_text
from mzlib.report import links

import site_browser

IN_CI = os.environ.get("CI", "").lower() == "true"
if site_browser.chromium_path() is None:
    if IN_CI:
        raise RuntimeError(f"CI=true but no Chromium at {site_browser.CHROMIUM}: .ci/run installs it "
                           "(apt-get install chromium)")
    pytest.skip(f"no Chromium at {site_browser.CHROMIUM} (apt-get install chromium; MZPLAN_CHROMIUM "
                "names another); runs in CI", allow_module_level=True)

HTML_DIR = paths.HTML_DIR
ANALYSES = sorted(p.name for p in HTML_DIR.glob("[0-9][0-9]-*.html"))
FIGURES = pd.read_csv(paths.PROCESSED_DATA_DIR / "figures.csv", keep_default_na=False, na_values=[""])

# Collected in the browser: every id and every link of every page.
COLLECT = """() => ({
  ids: [...document.querySelectorAll('[id]')].map(e => e.id),
  hrefs: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href')),
  mathjax: document.querySelectorAll('.MathJax, .MathJax_Display, mjx-container').length,
})"""

# The offset of an element's first character in the text block, and what the browser shows.
LOCATE = """(id) => {
  const element = document.getElementById(id);
  const block = document.getElementById('text');
  const range = document.createRange();
  range.setStart(block, 0);
  range.setEnd(element, 0);
  const style = getComputedStyle(element);
  return {offset: range.toString().length, text: element.textContent, block: block.textContent,
          background: style.backgroundColor, tip: getComputedStyle(element, '::before').content,
          target: document.querySelector(':target') === element,
          visible: element.getBoundingClientRect().top >= 0
                   && element.getBoundingClientRect().bottom <= window.innerHeight};
}"""


@pytest.fixture(scope="module")
def site():
    """(base URL, page) over the served site; the page blocks and records outside requests."""
    with site_browser.serve(HTML_DIR) as base, site_browser.browser_page(base) as page:
        yield base, page


@pytest.fixture(scope="module")
def crawled(site):
    """Per page (path relative to reports/html/): its ids, links and rendered equations."""
    base, page = site
    found = {}
    for name in site_browser.site_pages(HTML_DIR):
        page.goto(base + name, wait_until="load")
        if name in ANALYSES:
            page.wait_for_load_state("networkidle")
        found[name] = page.evaluate(COLLECT)
    return found


def test_a_verdict_in_notebook_02_leads_to_its_highlighted_value(site):
    base, page = site
    page.goto(base + "index.html", wait_until="load")
    page.click('a[href="02-project-indicators.html"]')
    page.wait_for_load_state("networkidle")
    verdict_link = page.locator('table[id^="T_table_3"] a.evidence').first
    figure_id = verdict_link.inner_text()
    verdict_link.click()
    page.wait_for_load_state("load")
    assert unquote(urlparse(page.url).fragment) == figure_id
    row = FIGURES.set_index("figure_id").loc[figure_id]
    text = read_text(paths.RAW_DATA_DIR / row["doc"])[0]
    shown = page.evaluate(LOCATE, figure_id)
    assert shown["text"] == text[row["value_start"]:row["value_end"]] == shown["text"].strip()
    assert shown["offset"] == row["value_start"]
    assert shown["block"][row["char_start"]:row["char_end"]] == row["quote"]
    assert shown["target"] and shown["visible"]
    assert shown["background"] not in ("rgba(0, 0, 0, 0)", "transparent")
    assert row["indicator_id"] in shown["tip"]
    assert page.outside == [] and page.failed == []


def test_every_figure_has_an_anchor_on_its_evidence_page(crawled):
    anchors = {i for name, found in crawled.items() if name.startswith("evidence/") for i in found["ids"]}
    missing = sorted(set(FIGURES["figure_id"]) - anchors)
    assert missing == [], f"{len(missing)} figures without an anchor, e.g. {missing[:5]}"


def test_nine_tenths_of_the_figures_behind_the_assessment_are_linked_from_the_analyses(crawled):
    assessment = pd.read_csv(paths.PROCESSED_DATA_DIR / "assessment.csv", keep_default_na=False, na_values=[""])
    behind = {i for ids in assessment["figure_ids"] for i in links.split_ids(ids)}
    linked = {unquote(urlparse(href).fragment) for name in ANALYSES for href in crawled[name]["hrefs"]
              if href.startswith("evidence/")}
    share = len(behind & linked) / len(behind)
    assert share >= 0.9, f"{share:.0%} of {len(behind)} figure ids behind assessment.csv are linked"


def test_no_link_is_broken(crawled):
    broken = []
    for name, found in crawled.items():
        for href in found["hrefs"]:
            url = urlparse(urljoin("http://site/" + name, href))
            if url.scheme in ("mailto",) or (url.netloc and url.netloc != "site"):
                broken.append(f"{name}: {href} (leaves the site)")
                continue
            target = unquote(url.path.lstrip("/")) or "index.html"
            if target not in crawled:
                if not (HTML_DIR / target).is_file():
                    broken.append(f"{name}: {href} (no such file)")
                continue
            if url.fragment and unquote(url.fragment) not in crawled[target]["ids"]:
                broken.append(f"{name}: {href} (no such anchor)")
    assert broken == [], f"{len(broken)} broken links, e.g. {broken[:5]}"


def test_pages_need_no_network_and_equations_render(site, crawled):
    _, page = site
    assert page.outside == [], f"requests leaving the site: {page.outside[:5]}"
    assert page.failed == [], f"local requests that failed: {page.failed[:5]}"
    assert crawled["02-project-indicators.html"]["mathjax"] > 0
