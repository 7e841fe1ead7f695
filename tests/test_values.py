"""Printed values: comparators, ratios, units, missing and qualitative cells."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mzlib.extract.units import standardise
from mzlib.extract.values import parse_value


@pytest.mark.parametrize("cell, kind, comparator, number, unit", [
    ("54%", "number", "", 54, "%"), ("≥55%", "number", ">=", 55, "%"), (">30平方米", "number", ">", 30, "平方米"),
    ("1.3倍", "number", "", 1.3, "倍"), ("≥1.3倍", "number", ">=", 1.3, "倍"), ("1.5‰", "number", "", 1.5, "‰"),
    ("20万人", "number", "", 20, "万人"), ("0", "number", "", 0, ""), (" 100 ", "number", "", 100, ""),
    ("832元以上", "number", ">=", 832, "元"), ("不低于5%", "number", ">=", 5, "%"),
    ("1.27:1", "ratio", "", 1.27, ""), ("-7.04", "number", "", -7.04, ""), ("+2.5%", "number", "", 2.5, "%"),
])
def test_numbers_keep_comparator_and_unit(cell, kind, comparator, number, unit):
    parsed = parse_value(cell)
    assert (parsed.value_type, parsed.comparator, parsed.number, parsed.unit) == (kind, comparator, number, unit)
    assert cell[parsed.start:parsed.end].split(":")[0] in (f"{number:g}", str(number), cell.strip()[:len(str(number))])


@pytest.mark.parametrize("cell", ["-", "", " - ", "/"])
def test_dashes_are_missing(cell):
    assert parse_value(cell).value_type == "missing"


def test_words_are_qualitative_and_keep_their_comparator():
    parsed = parse_value("不低于居民上年度人均消费支出增速")
    assert parsed.value_type == "qualitative" and parsed.comparator == ">="
    assert math.isnan(parsed.number)


def test_number_with_unknown_trailing_text_is_not_read_as_a_number():
    assert parse_value("15%的增幅").value_type == "qualitative"
    assert parse_value("3项重点工作").value_type == "qualitative"


def test_approximate_and_verb_led_cells_keep_their_number():
    assert (parse_value("15%左右").number, parse_value("15%左右").comparator) == (15, "")
    assert (parse_value("达到900万张以上").number, parse_value("达到900万张以上").unit) == (900, "万张")
    assert parse_value("【56】").cumulative and parse_value("[>170]").comparator == ">"


@given(st.integers(0, 10**6), st.integers(0, 99), st.sampled_from(["", "≥", ">", "不低于"]),
       st.sampled_from(["%", "‰", "万人", "人", "个", ""]))
def test_any_printed_number_parses_back(whole, frac, comparator, unit):
    printed = f"{whole}.{frac:02d}"
    parsed = parse_value(f"{comparator}{printed}{unit}")
    assert parsed.value_type == "number" and parsed.number == float(printed) and parsed.unit == unit


def test_standardise_money_per_month_and_per_mille():
    assert standardise(650, "元", "monthly", "yuan/person/year") == (7800, "yuan/person/year", "monthly x 12")
    assert standardise(650, "元/人·月", "monthly")[:2] == (7800, "yuan/person/year")
    assert standardise(2, "万元/年", "annual") == (20000, "yuan/year", "万元/年 x 10000")
    assert standardise(4320, "元", "annual")[0] == 4320
    assert standardise(1.5, "‰")[:2] == (0.15, "%")
    assert standardise(20, "万人")[:2] == (200000, "persons")
    assert math.isnan(standardise(3, "斤")[0])


@pytest.mark.parametrize("cell, number, unit, mark", [
    ("55*", 55.0, "", "*"), ("60①", 60.0, "", "①"), ("1200※", 1200.0, "", "※"), ("35(注2)", 35.0, "", "(注2)"),
    ("55%*", 55.0, "%", "*"), ("≥30△", 30.0, "", "△"), ("[5]①", 5.0, "", "①")])
def test_a_footnote_mark_after_a_value_is_no_part_of_it_or_its_unit(cell, number, unit, mark):
    parsed = parse_value(cell)
    assert (parsed.value_type, parsed.number, parsed.unit, parsed.mark) == ("number", number, unit, mark)


@pytest.mark.parametrize("cell", ["5*3", "55 a", "55注"])
def test_a_mark_that_is_no_footnote_s_leaves_the_cell_qualitative(cell):
    assert parse_value(cell).value_type == "qualitative"


def test_the_asterisk_operator_of_a_pdf_s_text_is_a_footnote_mark():
    # pdftotext prints a plan table's estimate mark as ∗ (U+2217): 带∗为预计数 (>46.5∗, <2760∗, 6左右∗)
    from mzlib.core.normalize import normalize
    for cell, number, comparator in [(">46.5∗", 46.5, ">"), ("<2760∗", 2760.0, "<"), ("6左右∗", 6.0, ""),
                                     ("98.5﹡", 98.5, "")]:
        parsed = parse_value(normalize(cell))
        assert (parsed.value_type, parsed.number, parsed.comparator, parsed.mark) == ("number", number, comparator, "*")
        assert len(normalize(cell)) == len(cell)


def test_the_asterisk_operator_between_numbers_or_alone_stays_as_it_was():
    from mzlib.core.normalize import normalize
    assert parse_value(normalize("5∗3")).value_type == "qualitative"  # a product, no note's mark
    assert parse_value(normalize("∗")).value_type == "qualitative"
    assert normalize("2×3 ∗ 注") == "2×3 * 注" and normalize("46.5") == "46.5"


# a national plan prints its cumulative values in tortoise-shell brackets (〔13.5〕, 〔>15〕), as others print [ ] or 【】;
# a goal may stack two verbs before its number (力争达到5%左右); the other way, a bracket left open or closed alone, or
# brackets of another kind, make no cumulative value
@pytest.mark.parametrize("cell, number, comparator, cumulative", [
    ("〔13.5〕", 13.5, "", True), ("〔>15〕", 15.0, ">", True), ("[7.5]", 7.5, "", True), ("【56】", 56.0, "", True),
    ("力争达到5%左右", 5.0, "", False), ("达到5%", 5.0, "", False)])
def test_cumulative_brackets_of_every_kind_and_stacked_verbs(cell, number, comparator, cumulative):
    parsed = parse_value(cell)
    assert (parsed.value_type, parsed.number, parsed.comparator, parsed.cumulative) == \
        ("number", number, comparator, cumulative)


@pytest.mark.parametrize("cell", ["〔13.5", "13.5〕", "〔13.5]", "[13.5】"])
def test_brackets_that_do_not_close_a_cumulative_value_leave_it_qualitative(cell):
    assert parse_value(cell).value_type == "qualitative"


# a plan's table without a unit column prints the unit after each value, Latin symbols included, with their power
# digit (21km, 6.3m3, 12.5m2, 3.2km2, 50立方米): a number in its unit; the other way, a digit after a Latin letter that
# is no power (m23, 12a3b) or after a unit that takes none leaves the cell qualitative
@pytest.mark.parametrize("cell, number, unit, std", [
    ("21km", 21.0, "km", "km"), ("6.3m3", 6.3, "m3", "m3"), ("6.9m³", 6.9, "m³", "m3"), ("12.5m2", 12.5, "m2", "m2"),
    ("3.2km2", 3.2, "km2", "km2"), ("50立方米", 50.0, "立方米", "m3"), ("2万立方米", 2.0, "万立方米", "m3")])
def test_latin_units_with_their_power_digit(cell, number, unit, std):
    from mzlib.extract.units import unit_info
    parsed = parse_value(cell)
    assert (parsed.value_type, parsed.number, parsed.unit) == ("number", number, unit)
    assert unit_info(parsed.unit)[0] == std


@pytest.mark.parametrize("cell", ["6.3m23", "12a3b", "5个3"])
def test_a_digit_after_a_unit_that_is_no_power_leaves_the_cell_qualitative(cell):
    assert parse_value(cell).value_type == "qualitative"
