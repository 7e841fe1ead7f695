"""Evidence pages: the whole text, every figure anchored and highlighted, markers that add no text."""

from html.parser import HTMLParser

import pandas as pd
import pytest

from mzlib.core import paths
from mzlib.report import evidence

TEXT = "目标 | 床位 | 1200 | 1500 |\n床位数达到1.5万张，增长25%。\n另有30人未计入。"


def _span(text, needle, start=0):
    at = text.index(needle, start)
    return at, at + len(needle)


def _figures():
    row_start, row_end = _span(TEXT, "目标 | 床位 | 1200 | 1500 |")
    sentence = _span(TEXT, "床位数达到1.5万张，增长25%。")
    rows = []
    for value, family, method, quote in (("1200", "elder_care", "table", (row_start, row_end)),
                                         ("1500", "elder_care", "table", (row_start, row_end)),
                                         ("1.5万", "elder_care", "prose", sentence),
                                         ("25%", "social_work", "prose", sentence)):
        value_start, value_end = _span(TEXT, value, quote[0])
        rows.append({"figure_id": f"doc-1:{value_start}", "doc": "doc.txt", "family": family, "method": method,
                     "indicator_id": "beds", "indicator_en": "Beds", "indicator_zh": "床位", "kind": "actual",
                     "year": 2023, "value": value, "unit": "", "value_std": 1500.0, "unit_std": "beds",
                     "comparator": "", "char_start": quote[0], "char_end": quote[1],
                     "quote": TEXT[quote[0]:quote[1]], "value_start": value_start, "value_end": value_end})
    rows.append({**rows[2], "figure_id": "doc-1:d1", "method": "derived", "value": "", "value_std": 15000.0,
                 "derivation": "1.5 x 10000", "derived_from": f"{rows[2]['figure_id']};other-2:7"})
    return pd.DataFrame(rows)


def _checks(figures):
    return pd.DataFrame({"check_id": ["magnitude:x", "magnitude:x", "growth:y"],
                         "check": ["magnitude"] * 2 + ["growth"],
                         "severity": ["error", "warning", "info"], "result": ["fail", "fail", "pass"],
                         "doc": ["doc.txt"] * 3, "message": ["too many beds", "odd", "fine"],
                         "arithmetic": ["", "", ""],
                         "figure_ids": [figures["figure_id"][0], figures["figure_id"][0], figures["figure_id"][3]]})


class _Page(HTMLParser):
    """Text content of #text, the ids in it, and per id the element's text and classes."""

    def __init__(self):
        super().__init__()
        self.depth, self.text, self.ids, self.stack, self.hrefs = 0, [], {}, [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id") == evidence.TEXT_ID:
            self.depth = 1
        elif self.depth:
            self.depth += 1
        if "href" in attrs:
            self.hrefs.append(attrs["href"])
        self.stack.append((attrs.get("id"), attrs.get("class", ""), len("".join(self.text)), attrs))

    def handle_endtag(self, tag):
        element_id, classes, start, attrs = self.stack.pop()
        if self.depth:
            if element_id:
                self.ids[element_id] = ("".join(self.text)[start:], classes, start, attrs)
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def _parse(page):
    parser = _Page()
    parser.feed(page)
    return parser


@pytest.fixture
def page():
    figures = _figures()
    checks = _checks(figures)
    rows = pd.DataFrame({"table_id": [2], "row_no": [1], "line": [3], "reason": ["no value"],
                         "char_start": [_span(TEXT, "另有30人未计入。")[0]], "char_end": [len(TEXT)]})
    uncaptured = pd.DataFrame({"char_start": [_span(TEXT, "30人")[0]], "char_end": [_span(TEXT, "30人")[1]],
                               "line": [3], "text": ["30人"], "reason": ["no indicator"]})
    return _parse(evidence.evidence_page("doc-1", "Doc", TEXT, figures, checks, rows, uncaptured)), figures


def test_the_text_block_is_exactly_the_document(page):
    parsed, _ = page
    assert "".join(parsed.text) == TEXT


def test_every_figure_value_is_an_element_at_its_offset(page):
    parsed, figures = page
    for _, row in figures[figures["method"] != "derived"].iterrows():
        text, classes, start, attrs = parsed.ids[row["figure_id"]]
        assert text == TEXT[row["value_start"]:row["value_end"]]
        assert start == row["value_start"]
        assert f"fam-{row['family']}" in classes
        assert "Beds (beds)" in attrs["data-tip"] and "standardised: 1,500 beds" in attrs["data-tip"]


def test_values_inside_a_shared_quote_are_marked_apart_from_the_quote(page):
    parsed, figures = page
    row_ids = figures.loc[figures["method"] == "table", "figure_id"]
    assert all("q-table" in parsed.ids[i][1] for i in row_ids)
    assert all("q-prose" in parsed.ids[i][1] for i in figures.loc[figures["method"] == "prose", "figure_id"])


def test_derived_figures_flags_unparsed_rows_and_uncaptured_numbers_are_marked(page):
    parsed, figures = page
    text, classes, _, attrs = parsed.ids["doc-1:d1"]
    assert text == "" and "derived" in classes and attrs["data-label"] == "= 15,000 beds"
    assert "derivation: 1.5 x 10000" in attrs["data-tip"]
    assert f"#{figures['figure_id'][2]}" in parsed.hrefs
    assert "../evidence/other-2.html#other-2:7" in parsed.hrefs
    assert {"#check:magnitude:x", "#check:magnitude:x~2"} <= set(parsed.hrefs)
    assert "#check:growth:y" not in parsed.hrefs[:parsed.hrefs.index("#check:magnitude:x")]
    assert "row:2.1" in parsed.ids and "uncaptured:" + str(_span(TEXT, "30人")[0]) in parsed.ids


def test_page_lists_every_check_with_an_anchor():
    figures = _figures()
    page = evidence.evidence_page("doc-1", "Doc", TEXT, figures, _checks(figures), figures.iloc[0:0], None)
    for anchor in ("check:magnitude:x", "check:magnitude:x~2", "check:growth:y"):
        assert f'id="{anchor}"' in page
    assert "uncaptured.csv</code> is not produced yet" in page


def test_overlapping_value_spans_keep_every_anchor():
    figures = _figures()
    inner = {**figures.iloc[0].to_dict(), "figure_id": "doc-1:inner",
             "value_start": figures["value_start"][0] + 1, "value_end": figures["value_end"][0]}
    figures = pd.concat([figures, pd.DataFrame([inner])], ignore_index=True)
    parsed = _parse(evidence.evidence_page("doc-1", "Doc", TEXT, figures, _checks(figures), figures.iloc[0:0]))
    assert "".join(parsed.text) == TEXT
    assert set(figures["figure_id"]) <= set(parsed.ids)


def test_real_pages_anchor_every_figure_and_keep_the_text(tmp_path):
    """Every figure of figures.csv has its anchor; the text is the document (today's columns)."""
    pages = evidence.write_evidence(tmp_path, paths.PROCESSED_DATA_DIR)
    figures = pd.read_csv(paths.PROCESSED_DATA_DIR / "figures.csv", keep_default_na=False, na_values=[""])
    assert sorted(p["file"] for p in pages) == sorted(figures["doc"].unique())
    for page in pages:
        parsed = _parse((tmp_path / "evidence" / f"{page['key']}.html").read_text(encoding="utf-8"))
        mine = figures[figures["doc"] == page["file"]]
        text = evidence.read_text(paths.RAW_DATA_DIR / page["file"])[0]
        assert "".join(parsed.text) == text
        for row in mine.itertuples():
            if row.method == "derived":  # a badge beside the change it was computed from
                assert row.figure_id in parsed.ids
                continue
            assert parsed.ids[row.figure_id][0] == text[row.value_start:row.value_end]
            assert parsed.ids[row.figure_id][2] == row.value_start


def test_new_extractor_columns_and_uncaptured_table_are_used_when_present(tmp_path):
    """text_file, date, value_text and derived rows of the coming extractor; uncaptured.csv."""
    text_file = tmp_path / "doc.txt"
    text_file.write_text(TEXT, encoding="utf-8")
    processed = tmp_path / "processed"
    processed.mkdir()
    figures = _figures().assign(text_file=str(text_file), date="2023-06",
                                value_text=lambda f: [TEXT[s:e] for s, e in zip(f["value_start"], f["value_end"])])
    figures.to_csv(processed / "figures.csv", index=False)
    _checks(figures).to_csv(processed / "checks.csv", index=False)
    start, end = _span(TEXT, "30人")
    pd.DataFrame({"doc": ["doc.txt"], "text_file": [str(text_file)], "char_start": [start], "char_end": [end],
                  "line": [3], "text": ["30人"], "reason": ["no indicator"]}).to_csv(processed / "uncaptured.csv",
                                                                                    index=False)
    pages = evidence.write_evidence(tmp_path / "html", processed)
    assert [(p["key"], p["figures"], p["failed_checks"]) for p in pages] == [("doc-1", 5, 2)]
    page = (tmp_path / "html" / "evidence" / "doc-1.html").read_text(encoding="utf-8")
    parsed = _parse(page)
    assert "".join(parsed.text) == TEXT
    first = figures.iloc[0]
    assert "actual, 2023-06" in parsed.ids[first["figure_id"]][3]["data-tip"]
    assert f"uncaptured:{start}" in parsed.ids and '<span class="uncaptured">30人</span>' in page
    assert "1 number with a unit was not taken by any figure" in page
