"""Figure ids as evidence links, and numbers formatted as numbers, in notebook tables."""

import numpy as np
import pandas as pd
import pytest

from mzlib.report import links


@pytest.mark.parametrize("value, shown", [
    (2020.0, "2,020"), (113050.0, "113,050"), (1.11e6, "1,110,000"), (0.95432, "0.954"), (78.7401, "78.74"),
    (-3.5, "-3.5"), (0.0, "0"), (1e-5, "0.00001"), (np.float64(7.0), "7"), (np.int64(12000), "12,000"),
    (float("nan"), "–"), (None, "–"), (pd.NA, "–"), (True, "yes"), (float("inf"), "∞"),
])
def test_numbers_print_as_people_write_them(value, shown):
    assert links.format_number(value) == shown


def test_years_have_no_thousands_separator_and_text_is_escaped():
    assert links.format_value(2020.0, thousands=False) == "2020"
    assert links.format_value("a < b") == "a &lt; b"
    assert links.format_value("  ") == links.MISSING


def test_a_figure_id_links_to_its_anchor_on_its_documents_page():
    assert links.evidence_href("taian-2023:21243") == "/files/reports/html/evidence/taian-2023.html#taian-2023:21243"
    assert links.evidence_href("taian-2023:21243", prefix="") == "evidence/taian-2023.html#taian-2023:21243"
    assert links.split_ids("a-1:1; a-1:2;") == ["a-1:1", "a-1:2"]
    assert links.split_ids(float("nan")) == [] and links.split_ids(pd.NA) == []
    assert links.link_ids("") == links.MISSING
    html = links.link_ids("a-1:1;b-2:9")
    assert html.count("<a ") == 2 and html.count('target="_blank"') == 2
    assert 'href="/files/reports/html/evidence/b-2.html#b-2:9" target="_blank" rel="noopener">b-2:9</a>' in html
    assert 'target=' not in links.link_ids("a-1:1", prefix="../")


def test_relocate_rewrites_only_links_written_from_notebooks():
    page = (links.link_ids("a:1") + ' <a href="../other.html">y</a> <a href="https://x.org/" target="_blank" '
            'rel="noopener">z</a>')
    assert links.relocate(page) == ('<a class="evidence" href="evidence/a.html#a:1">a:1</a> <a href="../other.html">y</a>'
                                    ' <a href="https://x.org/" target="_blank" rel="noopener">z</a>')
    serialized = '<a class="e" href="/files/reports/html/targets/t.html" rel="noopener" target="_blank">t</a>'
    assert links.relocate(serialized, to="../") == '<a class="e" href="../targets/t.html">t</a>'


def test_status_cells_link_to_the_target_page_and_anchor_their_row():
    frame = pd.DataFrame({"region": ["A", "B"], "status": ["on_track", "regressing"], "target_id": ["a-x", "b-y"],
                          "latest": [1.0, 2.0]})
    html = links.evidence_table(frame, name="t").to_html()
    assert ">target id<" not in html and "a-x</td>" not in html
    assert ('<a class="status" id="t:b-y" href="/files/reports/html/targets/b-y.html" target="_blank" '
            'rel="noopener">regressing</a>') in html
    assert '<a class="anchor" id="t"></a>' in html
    wide = pd.concat([frame] + [pd.DataFrame({f"c{i}": [i, i]}) for i in range(14)], axis=1)
    split = links.evidence_table(wide, name="w", max_columns=6).to_html()
    assert split.count('id="w:a-x"') == 1 and split.count('href="/files/reports/html/targets/a-x.html"') > 1
    assert links.relocate(split).count('href="targets/a-x.html"') == split.count("targets/a-x.html")


def _frame():
    return pd.DataFrame({
        "region": ["Tai'an", "Lincang"],
        "indicator_zh": ["通过全国社会工作者职业水平考试人数总量", None],
        "latest_year": [2023.0, np.nan],
        "latest": [113050.0, 0.5],
        "status": ["achieved", "on_track"],
        "figure_ids": ["taian-2023:1;taian-2023:2", None],
        "note": ["x" * 300, ""],
    })


def test_evidence_table_puts_verdicts_first_links_ids_and_formats_numbers():
    html = links.evidence_table(_frame(), name="t3").to_html()
    headers = [part.split("<")[0] for part in html.split('class="col_heading level0 col')[1:]]
    assert [h.split(">", 1)[1] for h in headers][:2] == ["status", "region"]
    assert ">latest year<" in html
    assert 'id="T_t3"' in html
    assert ">2023<" in html and "2,023" not in html and ">113,050<" in html and ">0.5<" in html
    assert 'href="/files/reports/html/evidence/taian-2023.html#taian-2023:2" target="_blank"' in html
    assert "x" * 300 in html
    assert "nan" not in html.lower().replace("nanmin", "") and "<NA>" not in html
    assert html.count(f">{links.MISSING}<") == 4
    assert "white-space: nowrap" in html or "min-width: 16em" in html


def test_evidence_table_is_deterministic_and_keeps_a_named_index():
    frame = _frame().set_index("region")
    first = links.evidence_table(frame, name="x").to_html()
    assert first == links.evidence_table(frame, name="x").to_html()
    assert repr(links.evidence_table(frame)) == repr(links.evidence_table(frame))
    assert repr(links.evidence_table(frame)).splitlines()[0].split() == ["status", "indicator_zh", "latest_year",
                                                                         "latest", "figure_ids", "note"]
    assert ">Tai'an<" in first or ">Tai&#x27;an<" in first


def test_wide_tables_split_into_parts_that_repeat_the_keys():
    frame = pd.DataFrame({"region": ["A"], "status": ["achieved"], **{f"c{i}": [float(i)] for i in range(15)},
                          "figure_ids": ["a-1:3"]})
    tables = links.evidence_table(frame, max_columns=8, name="wide")
    assert isinstance(tables, links.EvidenceTables) and len(tables.parts) == 3
    html = tables.to_html()
    assert html.count("<table") == 3 and html.count(">status<") == 3 and html.count(">region<") == 3
    assert all(f">{i}<" in html for i in range(15)) and html.count('href="/files/reports') == 1
    assert 'id="T_wide-1"'.replace("-", "_") in html and tables._repr_html_() == html
    assert "achieved" in repr(tables)


def test_column_groups_keep_every_column_once_after_the_keys():
    groups = links.column_groups(["k", "a", "b", "c"], ["k"], 3)
    assert groups == [["k", "a", "b"], ["k", "c"]]


def test_a_table_of_counts_by_code_spells_its_codes_with_spaces_so_that_headers_can_wrap():
    table = pd.DataFrame({"minimum_living": [2, 0], "social_assistance": [1, 3]},
                         index=pd.Index(["Wenshan", "Hefei"], name="region_en"))
    shown = links.spaced_codes(table)
    assert list(shown.columns) == ["minimum living", "social assistance"] and shown.index.name == "region_en"
    assert shown.values.tolist() == table.values.tolist() and list(shown.index) == ["Wenshan", "Hefei"]
    assert list(table.columns) == ["minimum_living", "social_assistance"]  # the codes themselves stay as they are
