"""The site: index answers computed from the processed tables, one stylesheet, a local MathJax."""

import pandas as pd

from mzlib.core import paths
from mzlib.report import site


def test_index_states_the_questions_answers_from_the_tables_and_lists_pages(tmp_path):
    pd.DataFrame({"figure_id": ["a-1:5", "a-1:9", "b-2:3"], "doc": ["a.txt", "a.txt", "b.txt"],
                  "method": ["table", "prose", "prose"]}).to_csv(tmp_path / "figures.csv", index=False)
    pd.DataFrame({"check_id": ["c1", "c2", "date:b.txt:40"], "severity": ["error", "warning", "error"],
                  "result": ["fail", "fail", "fail"], "region_en": ["Aville", "Aville", "Bton"],
                  "doc": ["a.txt", "a.txt", "b.txt"], "figure_ids": ["a-1:9;a-1:5", "b-2:3", None],
                  "message": ["Printed 9 is not 5. More detail.", "odd", "Year 3023"]}
                 ).to_csv(tmp_path / "checks.csv", index=False)
    pd.DataFrame({"region": ["Aville", "Aville"], "indicator_id": ["x", "y"], "indicator_en": ["Beds", "Homes"],
                  "status": ["limited_progress", "achieved"], "latest": [1200.0, 3.0], "target": [15000.0, 2.0],
                  "comparator": [">=", None], "unit_std": ["beds", "%"],
                  "figure_ids": ["a-1:5", "b-2:3"]}).to_csv(tmp_path / "assessment.csv", index=False)
    page = site.render_index([("01-a.html", "Clean & tidy", "First sentence.")],
                             [{"key": "a-1", "title": "Aville, plan (a.txt)", "figures": 2, "failed_checks": 1,
                               "unparsed_rows": 0}], tmp_path)
    assert "Will each region reach its 2025 targets?" in page
    assert "<b>3 figures</b> from 2 documents (2 in prose, 1 in tables)" in page
    assert "<b>2 errors</b> and 1 warning" in page
    assert 'Aville: Printed 9 is not 5. <a href="evidence/a-1.html#a-1:9">evidence</a>' in page
    assert 'Bton: Year 3023. <a href="evidence/b-2.html#check:date:b.txt:40">evidence</a>' in page
    assert "<b>2 targets</b> still to come in 1 region: 1 achieved, 1 limited progress" in page
    assert ('Aville, Beds: <a href="targets/aville-x.html">limited progress</a> (latest 1,200, target '
            '&gt;=15,000 beds) <a href="evidence/a-1.html#a-1:5">evidence</a> '
            '(<a href="02-project-indicators.html#figure-4-cells:aville-x">analysis</a>)') in page
    assert '<a href="01-a.html">Clean &amp; tidy</a><br>First sentence.' in page
    assert '<a href="evidence/a-1.html">Aville, plan (a.txt)</a>' in page
    assert f'<link rel="stylesheet" href="{site.STYLESHEET}">' in page
    assert "How much aging pressure" in page and "See <a href=\"03-aging-pressure.html#table-3\">" in page


def test_index_says_what_to_run_when_nothing_is_computed(tmp_path):
    page = site.render_index([], [], tmp_path)
    assert page.count("run <code>make report</code>") == 2


def test_mathjax_copy_keeps_what_tex_pages_need_and_nothing_else(tmp_path):
    source = tmp_path / "static"
    for relative in ("MathJax.js", "config/TeX-AMS-MML_HTMLorMML-full.js", "jax/output/HTML-CSS/jax.js",
                     "jax/output/SVG/jax.js", "localization/de/de.js", "extensions/a11y/explorer.js",
                     "extensions/MathMenu.js", "fonts/HTML-CSS/STIX-Web/woff/a.woff"):
        (source / relative).parent.mkdir(parents=True, exist_ok=True)
        (source / relative).write_text(relative, encoding="utf-8")
    assert site.mathjax_files(source) == ["MathJax.js", "config/TeX-AMS-MML_HTMLorMML-full.js",
                                          "extensions/MathMenu.js", "fonts/HTML-CSS/STIX-Web/woff/a.woff",
                                          "jax/output/HTML-CSS/jax.js"]
    (tmp_path / "html" / "mathjax").mkdir(parents=True)
    (tmp_path / "html" / "mathjax" / "stale.js").write_text("old", encoding="utf-8")
    assert site.copy_mathjax(tmp_path / "html", source) == 5
    copied = sorted(p.relative_to(tmp_path / "html" / "mathjax").as_posix()
                    for p in (tmp_path / "html" / "mathjax").rglob("*") if p.is_file())
    assert copied == site.mathjax_files(source)


def test_committed_site_has_the_mathjax_its_pages_load():
    mathjax = paths.HTML_DIR / site.MATHJAX_DIR
    assert (mathjax / "MathJax.js").is_file()
    config = site.MATHJAX_CONFIG.split(",")[0]
    assert (mathjax / "config" / f"{config}.js").is_file()
    assert any((mathjax / "fonts" / "HTML-CSS" / "STIX-Web").rglob("*.woff"))
    page = (paths.HTML_DIR / "02-project-indicators.html").read_text(encoding="utf-8")
    assert f'src="{site.MATHJAX_URL}"' in page
    assert "https://" not in "".join(part.split(">")[0] for part in page.split("<script")[1:])


def test_index_answers_aging_from_the_cohort_projection_and_capacity(tmp_path):
    pd.DataFrame({"region_en": ["Aville", "Aville"], "year": [2010, 2020], "share_65plus": [7.5, 9.0],
                  "stage": ["aging", "aging"], "figure_ids": ["", "a-1:5"]}).to_csv(tmp_path / "aging.csv", index=False)
    pd.DataFrame({"region_en": ["Aville", "Aville"], "stage": ["aged", "super-aged"],
                  "year_central": [2031.0, None]}).to_csv(tmp_path / "aging_stages.csv", index=False)
    pd.DataFrame({"region_en": ["Aville"], "year": [2023], "bed_kind": ["institutional"], "beds": [1136.0],
                  "beds_per_1000_60plus": [12.44], "figure_ids": ["a-1:9"]}).to_csv(tmp_path / "aging_capacity.csv",
                                                                                 index=False)
    page = site.render_index([], [], tmp_path)
    assert "Aville: 9% aged 65+ at the 2020 census; aged in 2031 (central cohort projection)" in page
    assert "1,136 beds (institutional), 12.4 per 1,000 aged 60+" in page
