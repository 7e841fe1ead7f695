"""A text hard-wrapped as a PDF's copy is (every line of a paragraph filled to one width, broken
mid-sentence) reads as the same text unwrapped, and a text that is not hard-wrapped keeps every line
end. The paragraphs are written for these tests in the style of a statistical communiqué and a plan;
places and numbers are invented."""

import pytest

from mzlib.core.normalize import columns, document_norm, normalize, soft_breaks
from mzlib.extract.figures import Document, extract_document

PARAGRAPHS = [
    "年末全县常住人口27.35万人，其中城镇人口14.26万人，乡村人口13.09万人。全年出生人口1862人，出生率6.80‰；"
    "死亡人口2475人，死亡率9.04‰；人口自然增长率-2.24‰。",
    "全年城乡居民人均可支配收入28764元，比上年增长6.1%。按常住地分，城镇居民人均可支配收入39410元，增长4.7%；"
    "农村居民人均可支配收入21583元，增长7.5%。",
    "年末全县共有各类养老机构29个，其中乡镇敬老院18所、民办养老机构11个；养老机构床位2140张，其中护理型床位"
    "1320张。预计到2025年，全县养老机构护理型床位占比达到60%以上，特困人员供养服务设施（敬老院）改造提升全部完成。",
]


def wrap(paragraph, width):
    """``paragraph`` broken into lines of ``width`` columns, numbers kept whole, closing marks never
    starting a line (benchmarks/measure_wrapped.py does the same for whole documents)."""
    lines, line = [], ""
    i = 0
    while i < len(paragraph):
        j = i + 1
        while j < len(paragraph) and (paragraph[j - 1].isascii() and paragraph[j].isascii()
                                      and (paragraph[j - 1] + paragraph[j]).strip() == paragraph[j - 1] + paragraph[j]):
            j += 1
        word = paragraph[i:j]
        if line and columns(line + word) > width and word[0] not in "，。、；：）%‰":
            lines.append(line)
            line = ""
        line += word
        i = j
    return lines + [line] if line else lines


def wrapped_text(width=40, indent=""):
    return "\n".join(indent + "\n".join(wrap(p, width)) for p in PARAGRAPHS)


def test_the_line_ends_of_a_hard_wrapped_text_are_soft_and_paragraph_ends_are_not():
    text = wrapped_text()
    line_ends = [i for i, ch in enumerate(text) if ch == "\n"]
    paragraph_ends = [i for i in line_ends if text[i - 1] == "。"]
    assert len(paragraph_ends) == len(PARAGRAPHS) - 1
    breaks = soft_breaks(text)
    assert breaks == [i for i in line_ends if i not in paragraph_ends]
    norm, plain = document_norm(text), normalize(text)
    assert len(norm) == len(text)
    assert [i for i in range(len(text)) if norm[i] != plain[i]] == breaks
    assert {norm[i] for i in breaks} == {" "}


def test_a_text_of_one_line_a_paragraph_keeps_every_line_end():
    assert soft_breaks("\n".join(PARAGRAPHS)) == []


def test_headings_of_one_width_over_paragraphs_of_one_line_are_no_margin():
    text = "\n".join(["一、城乡低保工作开展情况", PARAGRAPHS[0], "二、临时救助工作开展情况", PARAGRAPHS[1],
                      "三、特困供养工作开展情况", PARAGRAPHS[2]])
    assert soft_breaks(text) == []


def test_a_line_that_stops_short_or_ends_a_sentence_or_comes_before_an_item_is_a_line_end():
    lines = wrap(PARAGRAPHS[2], 40)
    full = "\n".join(lines)
    first = full.index("\n")
    assert first in soft_breaks(full)
    short = "\n".join([lines[0][:-3]] + lines[1:])  # stops three characters short: no wrap
    assert short.index("\n") not in soft_breaks(short)
    item = "\n".join([lines[0], "（一）" + lines[1]] + lines[2:])  # the next line starts an item
    assert item.index("\n") not in soft_breaks(item)
    indented = "\n".join([lines[0], "\u3000\u3000" + lines[1]] + lines[2:])  # the next line is indented
    assert indented.index("\n") not in soft_breaks(indented)


def test_a_line_short_by_a_number_that_did_not_fit_is_wrapped():
    number = "12345.6"  # seven columns: the line stops five short of the width, where a character fits
    short = full_line("床位合计为", 40 - 5)
    assert columns(short) + 2 <= 40 < columns(short) + len(number)
    text = wrapped_text(40) + "\n" + short + "\n" + number + "张，其中护理型床位4567张。"
    assert text.rindex("\n") in soft_breaks(text)
    stopped = wrapped_text(40) + "\n" + short + "\n" + "一万二千张，其中护理型床位4567张。"  # 一 would have fitted
    assert stopped.rindex("\n") not in soft_breaks(stopped)


def test_a_line_of_a_table_is_never_wrapped():
    rows = "\n".join(["指标名称    2020年    2025年    属性", "养老机构护理型床位占比(%)    48    55    约束性"] * 4)
    prose = "\n".join(wrap(PARAGRAPHS[2], 40) + wrap(PARAGRAPHS[0], 40))
    assert soft_breaks(rows + "\n" + prose) == [b + len(rows) + 1 for b in soft_breaks(prose)] != []


def test_a_row_of_single_spaced_numbers_is_a_table_not_prose():
    """A year header and its rows printed with single spaces (a yearbook table in a report) stay
    lines, even when the header fills the width; a copy's spaces around the numbers of prose don't
    make prose a table."""
    prose = wrapped_text(40)
    rows = ["指标名称 " + " ".join(f"{y} 年" for y in range(2015, 2019)), "社区居委会 91893 86087 77431 77884 79947",
            "村民委员会 699974 681277 663486 6441669"]
    assert all(39 <= columns(row) <= 40 for row in rows)  # as wide as the prose: only the cells tell
    text = prose + "\n" + "\n".join(rows)
    assert soft_breaks(text) == soft_breaks(prose) != []
    spaced = "\n".join(line.replace("万人", " 万人 ") for line in wrap(PARAGRAPHS[0], 40) + wrap(PARAGRAPHS[2], 40))
    assert len(soft_breaks(spaced)) >= 3


def _decided(text):
    doc = Document("t.txt", text, "岚江县", "Lanjiang", 2023, None, None)
    f = extract_document(doc).figures
    f = f[f["method"] != "derived"]
    return {(row.value, row.unit, row.year, row.kind, row.indicator_zh) for row in f.itertuples()}


@pytest.mark.parametrize("width", [30, 40, 52])
def test_a_hard_wrapped_text_gives_the_figures_of_the_text_unwrapped(width):
    """Every figure is read as in the text unwrapped, except where the wrap splits a word: 其 / 中 reads
    as two words, the wrap being a space to the rules (a known limit, shown here so that it is seen)."""
    wrapped, plain = _decided(wrapped_text(width)), _decided("\n".join(PARAGRAPHS))
    text = wrapped_text(width)
    split = {"其中"} if "其\n中" in text else set()
    differ = {(v, u, y, k) for v, u, y, k, _ in wrapped ^ plain}
    names = {n for *_, n in wrapped - plain}
    assert all(any(n.startswith(w) for w in split) for n in names), names
    assert len(differ) == len(names)


def test_without_the_rule_a_wrapped_goal_loses_its_year():
    """The direction the rule guards: the goal's clause starts on the line before its value."""
    text = wrapped_text(40)
    goal = {(v, y, k) for v, _, y, k, _ in _decided(text) if v == "60"}
    assert goal == {("60", 2025, "target")}
    line_broken = {(v, y, k) for v, _, y, k, _ in _decided(text.replace("\n", "\n\n")) if v == "60"}
    assert line_broken != goal  # a blank line between the lines is a paragraph end: the year is lost


FILLER = "全县民政系统坚持以人民为中心的发展思想持续推进基本民生保障兜底工作不断提升服务水平"


def full_line(tail, width=40):
    """A line of ``width`` columns (or one less, a half-width character left over) that ends with a
    clause ``tail``."""
    head = FILLER[:(width - columns(tail)) // 2 - 1] + "，"
    assert width - 1 <= columns(head + tail) <= width
    return head + tail


def test_a_name_over_a_wrap_is_printed_as_one_line():
    text = wrapped_text(40) + "\n" + full_line("全年农村居民人") + "\n均可支配收入21583元，比上年增长7.5%。"
    start = text.index("农村居民人\n均")
    assert start + len("农村居民人") in soft_breaks(text)
    doc = Document("t.txt", text, "岚江县", "Lanjiang", 2023, None, None)
    assert doc.printed(start, start + len("农村居民人\n均可支配收入")) == "农村居民人均可支配收入"
    assert doc.printed(0, 12) == text[:12]
    f = extract_document(doc).figures
    last = f[f["value_start"] > start]
    assert set(last["indicator_zh"]) == {"农村居民人均可支配收入"}
    assert (f["quote"] == [text[a:b] for a, b in zip(f["char_start"], f["char_end"])]).all()
    assert last["quote"].str.contains("\n").any()  # the quote stays as printed


def test_a_scale_and_its_unit_over_a_wrap_are_one_unit():
    text = wrapped_text(40) + "\n" + full_line("全县常住人口27.35万") + "\n人，比上年末减少0.27万人。"
    doc = Document("t.txt", text, "岚江县", "Lanjiang", 2023, None, None)
    f = extract_document(doc).figures
    assert set(f.loc[f["value"] == "27.35", "unit"]) == {"万人"}


def test_display_columns_count_chinese_and_full_width_forms_twice():
    assert columns("养老床位") == 8
    assert columns("27.35万人") == 5 + 4
    assert columns("１２％\u3000") == 8
    assert columns("Total 60") == 8


def test_a_table_one_cell_a_line_in_a_hard_wrapped_text_keeps_its_line_ends():
    """Names of columns printed one a line may share the width of the wrapped prose around them
    (``当月低保对象人数(人)`` / ``累计资金支出数(万元)``, 20 columns each); lines that would join into a paragraph
    with no pause (，、。) at all are cells, and their line ends stay; the prose around them is still unwrapped."""
    names = ["当月低保对象人数(人)", "累计资金支出数(万元)", "当月特困对象人数(人)", "累计资金支出数(万元)"]
    text = wrapped_text(20) + "\n地区\n" + "\n".join(names) + "\n梧岭县\n1493\n240.34\n128\n16.05"
    breaks = soft_breaks(text)
    cells = text.index("\n地区\n")
    assert breaks and all(i < cells for i in breaks)
    assert breaks == soft_breaks(wrapped_text(20))
    assert soft_breaks(text.replace("(人)", "(人),"))[-1] > cells  # with a pause they would be prose


# a PDF whose digits are set in a Latin font, as some converters take it out: every number on a line of its own,
# mid-sentence, its unit or the sentence's next words on the line after
SPLIT_NUMBERS = ("一、2022年工作回顾\n2022\n年,全县上下较好地完成了全年目标任务。预计,地区生产总值增长\n6.5%;\n"
                 "财政收入增长\n8%;\n居民人均可支配收入增长\n7.2%\n。\n全年\n23\n个贫困村顺利出列,\n4816\n人稳定脱贫,"
                 "贫困发生率降至\n0.52%\n。\n1.2\n万余名困难群众纳入低保。")


def test_numbers_a_conversion_set_on_lines_of_their_own_are_read_in_their_sentences():
    doc = Document("t.txt", SPLIT_NUMBERS, "岚江县", "Lanjiang", 2022, None, None)
    f = extract_document(doc).figures
    assert sorted(zip(f["value"], f["unit"], f["kind"])) == [
        ("0.52", "%", "actual"), ("1.2", "万名", "actual"), ("23", "个", "actual"), ("4816", "人", "actual"),
        ("6.5", "%", "growth_rate"), ("7.2", "%", "growth_rate"), ("8", "%", "growth_rate")]
    assert document_norm(SPLIT_NUMBERS).startswith("一、2022年工作回顾\n2022 年,")  # a heading stays a line


def test_a_table_of_labels_and_numbers_one_a_line_keeps_its_lines():
    table = "\n".join(["城市低保对象", "4816", "农村低保对象", "12035", "特困供养人员", "2317", "临时救助", "906"])
    assert document_norm(table) == normalize(table)
    fewer = "全年地区生产总值增长\n6.5%;\n财政收入增长8%。"  # one number alone on its line: no layout shown
    assert document_norm(fewer) == normalize(fewer)
