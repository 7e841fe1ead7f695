"""Target pages: one per row of assessment.csv, built from small fixture outputs."""

import re

import pandas as pd
import pytest

from mzlib.report import links, site, target_pages

QUOTE = "农村低保标准从每人每年4320元提高到6504元,城市低保标准从每人每月660元提高到766元。"


def _figure(figure_id, indicator, kind, date, value, value_std, unit, unit_std, text, conversion=None,
            method="prose", derivation=None, quote=QUOTE, comparator=None):
    start = quote.index(text)
    return {"figure_id": figure_id, "doc": "x.txt", "indicator_id": indicator, "indicator_en": indicator,
            "family": "minimum_living", "kind": kind, "date": date, "year": int(str(date)[:4]),
            "comparator": comparator, "value": value, "value_text": text, "unit": unit, "value_std": value_std,
            "unit_std": unit_std, "conversion": conversion, "method": method, "derivation": derivation,
            "char_start": 100, "char_end": 100 + len(quote), "quote": quote, "value_start": 100 + start,
            "value_end": 100 + start + len(text)}


@pytest.fixture()
def outputs(tmp_path):
    table = "2 | 农村低保标准占城市标准比率 | 60% | 75% |"
    figures = pd.DataFrame([
        _figure("x-1:5", "dibao_urban_standard", "standard", 2019, 660, 7920.0, "元", "yuan/person/year", "660",
                conversion="monthly x 12"),
        _figure("x-1:1", "dibao_rural_standard", "standard", 2019, 4320, 4320.0, "元", "yuan/person/year", "4320"),
        _figure("x-1:9", "dibao_urban_standard", "standard", 2023, 766, 9192.0, "元", "yuan/person/year", "766",
                conversion="monthly x 12"),
        _figure("x-1:3", "dibao_rural_standard", "standard", 2023, 6504, 6504.0, "元", "yuan/person/year", "6504"),
        _figure("x-1:40", "ratio", "target", 2025, 75, 75.0, "%", "%", "75", quote=table, comparator=">="),
        _figure("x-1:30", "ratio", "actual", 2023, 70.8, 70.8, "%", "%", "60", quote=table),
    ])
    figures.to_csv(tmp_path / "figures.csv", index=False)
    assessment = pd.DataFrame([{
        "region": "Aville", "indicator_id": "ratio", "indicator_en": "Rural standard as a share of the urban",
        "unit_std": "%", "baseline_date": "2019-12-31", "baseline_t": 2019.0, "baseline": 4320 / 7920 * 100,
        "latest_date": "2023-08-31", "latest_t": 2022.66, "latest": 6504 / 9192 * 100, "latest_printed": 70.76,
        "value_basis": "printed", "target": 75.0, "comparator": ">=", "target_date": "2025-12-31",
        "target_t": 2025.0, "target_source": "own", "target_region": "Aville", "expired": False,
        "plan_start": 2021, "plan_end": 2025, "primary_scale": "cagr", "observed_annual_change": 0.074,
        "required_annual_change": 0.055, "ratio_R": 1.35, "status": "on_track", "ratio_R_linear": 1.3,
        "status_linear": "on_track", "ratio_R_logit": 1.25, "status_logit": "on_track", "scales_agree": True,
        "time_progress": 0.53, "share_of_distance_covered": 0.79, "keeps_pace": True, "pace_basis": "baseline",
        "check_flags": "growth:x-1:1", "corrections": None,
        "figure_ids": "x-1:5;x-1:1;x-1:9;x-1:3;x-1:40", "note": "derived: 100 * rural / urban"},
        {"region": "Bton", "indicator_id": "ratio", "indicator_en": None, "unit_std": "%", "status": "regressing",
         "latest": 10.0, "latest_date": "2023-01-01", "target": 20.0, "comparator": None, "target_date": "2025-12-31",
         "baseline": 12.0, "baseline_date": "2020-12-31", "ratio_R": -0.4, "figure_ids": "x-1:30;x-1:40"}])
    assessment.to_csv(tmp_path / "assessment.csv", index=False)
    pd.DataFrame({"region": ["Aville"] * 4, "indicator_id": ["ratio"] * 4, "year": [2024, 2025, 2024, 2025],
                  "method": ["linear", "linear", "cagr", "cagr"], "value": [72.0, 73.5, 72.4, 74.1],
                  "lower": [None] * 4, "upper": [None] * 4}).to_csv(tmp_path / "projections.csv", index=False)
    pd.DataFrame({"check_id": ["growth:x-1:1", "other:x-1:99"], "check": ["growth_rate", "other"],
                  "severity": ["info", "error"], "result": ["pass", "fail"],
                  "region_en": ["Aville", "Bton"], "doc": ["x.txt", "x.txt"], "figure_ids": ["x-1:1", "x-1:99"],
                  "message": ["Printed growth agrees.", "Unrelated."]}).to_csv(tmp_path / "checks.csv", index=False)
    pd.DataFrame({"claim_id": ["c1", "c2", "c3"], "region": ["Aville", "Aville", "Bton"], "scope": ["indicator", "plan",
                  "indicator"], "claim": ["achieved", "on_schedule", "achieved"], "indicator_id": ["ratio", None, "ratio"],
                  "verdict": ["agrees", "contradicted", "agrees"], "explanation": ["", "4 contradict it: ratio (..)",
                                                                                 ""],
                  "figure_ids": ["x-1:40", "x-1:3", ""], "quote": ["提前实现", "有序推进", "别处"]}
                 ).to_csv(tmp_path / "claims.csv", index=False)
    return tmp_path


def test_roles_say_which_value_each_cited_figure_gives(outputs):
    figures = pd.read_csv(outputs / "figures.csv").set_index("figure_id", drop=False).rename_axis(None)
    row = pd.read_csv(outputs / "assessment.csv").iloc[0]
    roles = target_pages.figure_roles(row, figures)
    assert list(roles.index) == ["x-1:5", "x-1:1", "x-1:9", "x-1:3", "x-1:40"]
    assert list(roles["role"]) == ["derived", "derived", "derived", "derived", "target"]
    assert list(roles["stands_for"]) == ["baseline", "baseline", "latest", "latest", "target"]
    assert target_pages.derivations(row, roles) == [
        "baseline: 4,320 ÷ (660 × 12) × 100 = 54.55 % (dibao_rural_standard ÷ dibao_urban_standard)",
        "latest: 6,504 ÷ (766 × 12) × 100 = 70.76 % (dibao_rural_standard ÷ dibao_urban_standard)"]
    other = pd.read_csv(outputs / "assessment.csv").iloc[1]
    assert list(target_pages.figure_roles(other, figures)["role"]) == ["latest", "target"]


def test_a_page_per_row_links_every_cited_figure_and_shows_its_quote(outputs):
    html_dir = outputs / "html"
    assert target_pages.write_target_pages(html_dir, outputs) == ["aville-ratio", "bton-ratio"]
    page = (html_dir / "targets" / "aville-ratio.html").read_text(encoding="utf-8")
    for figure_id in ["x-1:5", "x-1:1", "x-1:9", "x-1:3", "x-1:40"]:
        assert f'href="../evidence/x-1.html#{figure_id}"' in page
    assert "每人每年<mark>4320</mark>元" in page and "每月<mark>660</mark>元" in page
    assert "4,320 ÷ (660 × 12) × 100 = 54.55 %" in page
    sentence = re.search(r'<p class="verdict[^>]*>(.*?)</p>', page)[1]
    assert sentence == ("Aville, Rural standard as a share of the urban: on track: from 54.545 % on 2019-12-31 "
                        "to 70.757 on 2023-08-31 the value changed at 0.074 a year where 0.055 a year reaches "
                        "&gt;=75 % by 2025-12-31 (cagr scale), so R = 1.35.")
    assert "on track R ≥ 0.95" in page and "keeps pace: True" in page
    assert "Printed growth agrees." in page and "Unrelated." not in page
    assert "提前实现" in page and "有序推进" in page and "别处" not in page
    assert re.search(r"<td>2025</td><td class=\"num\">74.1</td><td class=\"num\">73.5</td>", page)
    assert '<link rel="stylesheet" href="../site.css">' in page
    index = (html_dir / "targets" / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr id=") == 2 and 'href="bton-ratio.html">regressing</a>' in index
    assert 'class="plain sortable"' in index and "<script>" in index and "http" not in index
    other = (html_dir / "targets" / "bton-ratio.html").read_text(encoding="utf-8")
    assert "Bton: ratio" in other


def test_the_chart_places_values_at_their_dates_and_is_deterministic(outputs):
    row = pd.read_csv(outputs / "assessment.csv").iloc[0]
    projections = pd.read_csv(outputs / "projections.csv")
    svg = target_pages.series_svg(row, projections)
    assert svg == target_pages.series_svg(row, projections)
    assert "31 Dec 2019" in svg and "31 Dec 2025" in svg
    assert 'role="img"' in svg and "baseline 54.545 at 2019.00" in svg
    ticks = {int(y): float(x) for x, y in re.findall(r'<text x="([\d.]+)"[^>]*>31 Dec (\d{4})<', svg)}
    baseline_x = float(re.search(r'<circle cx="([\d.]+)"[^>]*fill="white"', svg)[1])
    assert baseline_x == ticks[2019]


def test_the_index_links_each_named_verdict_to_its_page_and_its_latest_figure(outputs):
    page = site.render_index([], [], outputs)
    item = re.search(r"<li>Bton, ratio: (.*?)</li>", page)[1]
    assert '<a href="targets/bton-ratio.html">regressing</a>' in item
    assert '<a href="evidence/x-1.html#x-1:30">evidence</a>' in item
    assert 'href="02-project-indicators.html#figure-4-cells:bton-ratio"' in item
    assert links.target_href("bton-ratio", "") == "targets/bton-ratio.html"
