"""The rendered site in a real browser: one click from a verdict to its highlighted evidence.

Every page is opened and every link on it resolved (the target pages among them); no table is
wider than the page at 1400 px; no image lacks a description; a landing on an evidence anchor
leaves the lines around it readable; three target pages are screenshotted.

Headless Chromium from the system's packages (Debian: ``apt-get install chromium``), driven by
Playwright, opens ``reports/html/`` served from 127.0.0.1. Outside CI the tests skip when Chromium
is absent; in CI (``CI=true``, set by ``.ci/run``) they run and fail without it.
"""

import os
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pandas as pd
import pytest

from mzlib.core import paths
from mzlib.core.textio import read_text
from mzlib.report import links, target_pages

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
  overflow: document.documentElement.scrollWidth - window.innerWidth,
  wide_tables: [...document.querySelectorAll('table')].filter(t => t.getBoundingClientRect().right > window.innerWidth + 1)
                 .map(t => (t.id || t.className) + ' ' + Math.round(t.getBoundingClientRect().right - window.innerWidth) + ' px'),
  shrunk: [...document.images].filter(i => i.naturalWidth > i.getBoundingClientRect().width + 1)
            .map(i => i.alt.slice(0, 60) + ' ' + i.naturalWidth + ' -> ' + Math.round(i.getBoundingClientRect().width) + ' px'),
  undescribed: [...document.images].filter(i => !i.alt.trim() || /no description/i.test(i.alt)).length
               + [...document.querySelectorAll('svg[role=img]')].filter(g => !g.getAttribute('aria-label')).length,
})"""

# After landing on an anchor: is a tooltip box drawn over the text (an absolutely placed ::before)?
TOOLTIP = """(id) => {
  const element = document.getElementById(id);
  const before = getComputedStyle(element, '::before');
  return {boxed: before.position === 'absolute' && before.content !== 'none', tip: before.content,
          target: document.querySelector(':target') === element};
}"""
SCREENSHOTS = 3

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
    assert not page.evaluate(TOOLTIP, figure_id)["boxed"], "the landing covers the lines around the value"
    page.hover(f'[id="{figure_id}"]')
    focused = page.evaluate(TOOLTIP, figure_id)
    assert focused["boxed"] and row["indicator_id"] in focused["tip"]
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


ASSESSMENT = pd.read_csv(paths.PROCESSED_DATA_DIR / "assessment.csv", keep_default_na=False, na_values=[""])


def test_every_target_has_a_page_linking_each_figure_it_cites(crawled):
    problems = []
    for _, row in ASSESSMENT.iterrows():
        name = f"targets/{target_pages.target_id(row)}.html"
        if name not in crawled:
            problems.append(f"{name}: missing")
            continue
        linked = {unquote(urlparse(h).fragment) for h in crawled[name]["hrefs"] if h.startswith("../evidence/")}
        missing = set(links.split_ids(row["figure_ids"])) - linked
        if missing:
            problems.append(f"{name}: no link to {sorted(missing)}")
    assert problems == [], problems[:5]
    notebook = {unquote(urlparse(h).path) for h in crawled["02-project-indicators.html"]["hrefs"]}
    unlinked = [t for t in map(target_pages.target_id, (r for _, r in ASSESSMENT.iterrows()))
                if f"targets/{t}.html" not in notebook]
    assert unlinked == [], f"{len(unlinked)} targets not linked from notebook 02, e.g. {unlinked[:5]}"


def test_no_page_or_table_is_wider_than_the_window(crawled):
    wide = {name: (found["overflow"], found["wide_tables"]) for name, found in crawled.items()
            if found["overflow"] > 0 or found["wide_tables"]}
    assert wide == {}, f"{len(wide)} pages wider than {site_browser.WIDTH} px: {list(wide.items())[:5]}"


def test_no_chart_is_shrunk_to_fit(crawled):
    shrunk = {name: found["shrunk"] for name, found in crawled.items() if found["shrunk"]}
    assert shrunk == {}, f"charts drawn smaller than their size (smaller labels): {shrunk}"


def test_every_image_has_a_description(crawled):
    undescribed = {name: found["undescribed"] for name, found in crawled.items() if found["undescribed"]}
    assert undescribed == {}


def test_three_target_pages_land_on_their_evidence_without_hiding_text(site, tmp_path_factory):
    base, page = site
    out = Path(os.environ.get("MZPLAN_SCREENSHOTS", tmp_path_factory.mktemp("screens")))
    out.mkdir(parents=True, exist_ok=True)
    chosen = ASSESSMENT[ASSESSMENT["figure_ids"].notna()].drop_duplicates("status").head(SCREENSHOTS)
    assert len(chosen) == SCREENSHOTS
    for _, row in chosen.iterrows():
        name = f"targets/{target_pages.target_id(row)}.html"
        page.goto(base + name, wait_until="load")
        page.screenshot(path=str(out / name.replace("/", "-").replace(".html", ".png")), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
        link = page.locator('table.target-figures a.evidence').first
        figure_id = link.inner_text()
        link.click()
        page.wait_for_load_state("load")
        assert unquote(urlparse(page.url).fragment) == figure_id
        landed = page.evaluate(TOOLTIP, figure_id)
        assert landed["target"] and not landed["boxed"], f"{name}: the landing on {figure_id} hides text"
        page.screenshot(path=str(out / f"landing-{figure_id.replace(':', '-')}.png"))
    assert page.outside == [] and page.failed == []


def test_the_targets_index_sorts_by_a_clicked_column_offline(site):
    base, page = site
    page.goto(base + "targets/index.html", wait_until="load")
    regions = sorted(ASSESSMENT["region"].astype(str), key=str.lower)
    page.click("table.sortable th:nth-child(1)")
    first = page.locator("table.sortable tbody tr td:first-child")
    assert first.first.inner_text() == regions[0]
    page.click("table.sortable th:nth-child(1)")
    assert first.first.inner_text() == regions[-1]
    assert first.count() == len(ASSESSMENT)
    assert page.outside == []
