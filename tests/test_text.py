"""Reading and normalising text: encodings, bad input, offsets that never move."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mzlib.core.errors import InputError
from mzlib.core.normalize import normalize, numbers
from mzlib.core.textio import decode, read_text

SAMPLE = "城市低保标准由2016年的每月500元提高到2020年的650元,0—14岁人口占21.74%。"


def test_utf8_and_gb18030_read_the_same_text(tmp_path):
    (tmp_path / "u.txt").write_bytes(SAMPLE.encode("utf-8"))
    (tmp_path / "g.txt").write_bytes(SAMPLE.encode("gb18030"))
    assert read_text(tmp_path / "u.txt") == (SAMPLE, "utf-8")
    assert read_text(tmp_path / "g.txt") == (SAMPLE, "gb18030")


def test_utf8_bom_is_dropped():
    assert decode("\ufeff".encode("utf-8") + SAMPLE.encode("utf-8"))[0] == SAMPLE


@pytest.mark.parametrize("data, problem", [
    (b"", "empty"), (b"  \n ", "empty"), (b"abc\x00def", "binary"), (b"ok\n\xff\xfe\xfa", "undecodable"),
])
def test_bad_input_is_one_line_error_naming_the_file(data, problem):
    with pytest.raises(InputError) as err:
        decode(data, file="doc.txt")
    message = str(err.value)
    assert message.startswith("doc.txt") and problem in message and "\n" not in message


def test_undecodable_bytes_name_their_line():
    with pytest.raises(InputError, match=r"doc.txt:3:"):
        decode(b"a\nb\n\xff\xfe\xfa", file="doc.txt")


def test_missing_file_names_the_path(tmp_path):
    with pytest.raises(InputError, match="nope.txt"):
        read_text(tmp_path / "nope.txt")


def test_normalize_maps_full_width_forms_and_dashes():
    assert normalize("１２．５％：（０～１４）—１５") == "12.5%:(0-14)-15"
    assert normalize("0—14、0~14、0–14") == "0-14、0-14、0-14"
    assert normalize("\u3000≧") == " ≥"
    assert normalize("由上年同期的2.13∶1缩小到2.09∶1") == "由上年同期的2.13:1缩小到2.09:1"  # the ratio sign


@pytest.mark.parametrize("printed, read", [
    ("民間組織總數(萬個)", "民间组织总数(万个)"),  # a page republished in traditional characters
    ("分別高於國家1.24和0.8個百分點", "分别高於国家1.24和0.8个百分点"),  # 於 is in GB2312 (a surname): kept
    ("養老床位不少于17.8萬張", "养老床位不少于17.8万张"),
    ("显著提高,乾隆年间,著名", "显著提高,乾隆年间,著名"),  # simplified characters stay as printed
    ("城乡低保标准", "城乡低保标准"),
])
def test_normalize_reads_traditional_characters_as_simplified_one_for_one(printed, read):
    assert normalize(printed) == read


@pytest.mark.parametrize("printed, read", [
    ("二〇二三年五月十日", "2023年五月十日"),  # a document's date: the year, four characters for four
    ("二○二二年末,全市", "2022年末,全市"),
    ("二零二一年", "2021年"),
    ("一九九八年", "1998年"),
    ("二十二年", "二十二年"),  # a number of years, not a year
    ("十二五年", "十二五年"),
    ("一二三四五", "一二三四五"),  # no 年
])
def test_a_year_printed_in_chinese_digits_is_read_as_a_year(printed, read):
    assert normalize(printed) == read


def test_a_traditional_page_gives_the_figures_of_its_simplified_twin():
    from mzlib.extract.figures import Document, extract_document

    simplified = "截至2016年底,全省60岁以上老年人口达到681.62万,占总人口的17.9%,比上年提高0.8个百分点。"
    traditional = "截至2016年底,全省60歲以上老年人口達到681.62萬,占總人口的17.9%,比上年提高0.8個百分點。"
    got = [extract_document(Document("t.txt", t, "黑龙江省", "Heilongjiang", 2016, None, None)).figures
           [["value", "unit", "kind", "year", "char_start", "char_end"]].values.tolist() for t in (simplified, traditional)]
    assert got[0] == got[1] and [row[:4] for row in got[0]] == [
        ["681.62", "万", "actual", 2016], ["17.9", "%", "actual", 2016], ["17.1", "%", "baseline", 2015],  # derived
        ["0.8", "个百分点", "change_pp", 2016]]


FULL_WIDTH = {str(d): chr(0xFF10 + d) for d in range(10)} | {".": "．", "%": "％"}


@given(st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 99)), min_size=1, max_size=5),
       st.booleans(), st.text(alphabet="年人元万个,。、—～ 城乡低保", max_size=5))
def test_normalisation_never_changes_the_numbers(pairs, full_width, glue):
    ascii_text = glue.join(f"{a}.{b:02d}%" for a, b in pairs)
    printed = "".join(FULL_WIDTH.get(c, c) for c in ascii_text) if full_width else ascii_text
    assert len(normalize(printed)) == len(printed)
    assert numbers(printed) == [float(f"{a}.{b:02d}") for a, b in pairs]


@given(st.text(max_size=200))
def test_normalisation_keeps_every_offset(text):
    norm = normalize(text)
    assert len(norm) == len(text)
    assert all(n == o for n, o in zip(norm, text) if o.isascii() and not o == "~")


def test_a_reference_csv_that_cannot_be_read_is_an_error_that_names_the_file(tmp_path):
    from mzlib.core.errors import InputError
    from mzlib.core.textio import read_csv

    gbk = tmp_path / "units.csv"
    gbk.write_bytes("unit_printed,unit_std\n万人,persons\n".encode("gb18030"))
    with pytest.raises(InputError, match=r"units\.csv: not UTF-8 .*\. save it as UTF-8$"):
        read_csv(gbk, dtype=str)
    with pytest.raises(InputError, match=r"missing\.csv: no such file"):
        read_csv(tmp_path / "missing.csv")
    good = tmp_path / "good.csv"
    good.write_text('a,b\n1,"x, y"\n', encoding="utf-8")
    assert read_csv(good, dtype=str).values.tolist() == [["1", "x, y"]]
