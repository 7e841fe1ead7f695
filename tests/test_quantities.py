"""Quantity mentions: what is a figure, and every reason a number is not one."""

import pytest

from mzlib.core.normalize import normalize
from mzlib.extract.figures import Document, extract_document
from mzlib.extract.quantities import REASONS, mentions


def found(text):
    return [(m.text, m.status, m.reason if m.status == "excluded" else m.unit) for m in mentions(normalize(text))
            if m.status != "bare"]


def status_of(text, number):
    hits = [m for m in mentions(normalize(text)) if normalize(m.text) == number]
    assert hits, f"{number} not seen in {text!r}"
    return hits[0].status, (hits[0].reason if hits[0].status == "excluded" else hits[0].unit)


@pytest.mark.parametrize("text, number, reason", [
    ("截至2021年底,全国共有", "2021", "year"),
    ("《2022年度老龄事业发展公报》", "2022", "year"),
    ("2023年3月底", "3", "date"),
    ("于7月20日上报", "20", "date"),
    ("资金支出为1—9月累计数", "1", "date"),
    ("1-12月共发放", "1", "date"),
    ("一、主要目标\n1.婚姻登记服务。", "1", "list_number"),
    ("(3)加强管理", "3", "list_number"),
    ("附件:1.2025年民心工程任务指标分解表", "1", "list_number"),  # a list number run into a year: not 1.2025 years
    ("附件:1.2025年民心工程任务指标分解表", "2025", "year"),
    ("图12  2017-2021年基层群众性自治组织情况", "12", "figure_number"),
    ("表3 社会服务机构床位", "3", "figure_number"),
    ("入住率提高到57%[3]。", "3", "footnote"),
    ("(赣府厅发〔2021〕16号)", "16", "document_number"),
    ("(GB/T 35796-2017)", "35796", "standard_code"),
    ("60岁及以上人口为78472人", "60", "age_bound"),
    ("为全县百岁高龄老人发放补贴", "百", "age_bound"),  # 百岁高龄: the age that defines the group
    ("60到65岁老人1200人", "60", "age_bound"),
    ("常住人口50万以上的县至少建设1个殡仪馆", "50", "group_bound"),  # a size that picks the places
    ("户籍人口5000人以下的村", "5000", "group_bound"),
    ("15-59岁人口比重在60%以上的乡、镇有1个", "60", "group_bound"),  # a share that picks the places
    ("老年人口比重超过14%的乡镇有16个", "14", "group_bound"),
    ("每10万人中拥有大学文化程度的", "10", "normaliser"),
    ("每增加1人,增加运行经费", "1", "normaliser"),
    ("开展专项整治三年行动", "三", "duration"),
    ("保持5年过渡期内社会救助政策", "5", "duration"),
    ("服务年限满5年的护理员", "5", "duration"),  # 年限 a condition before 满, not a measure reached
    ("拨打12345热线", "12345", "phone"),
    ("第3批试点", "3", "ordinal"),
    ("上午9:30召开", "9:30", "time_of_day"),  # the minutes belong to the time
    ("发布日期:2022-04-18 16:54 来源", "16:54", "time_of_day"),
    ("发布时间:2024-09-30 09:37:00 作者", "09:37:00", "time_of_day"),  # with its seconds
    ("恩格尔系数 % 5 ≤44 - 5 - - 6 -", "6", "page_number"),  # page footers between dashes
    ("发布日期:2022-04-18", "04", "date"),
    ("发布日期:2022/4/18", "2022", "date"),
    ("  14 2006年人口数及其构成\n单位:万人", "14", "figure_number"),  # a communiqué's table number
    ("20-2 社会救济情况\nStatistics of Social Relief", "2", "figure_number"),  # a yearbook's
    ("城市低保资金(万元) Expenditure(10000 yuan)", "10000", "unit_scale"),
    ("地区编码:510000000000 2022年09月", "510000000000", "standard_code"),
    ("推广5G网络", "5", "identifier"),
    ("总人口性别比(以女性为100)为105.07", "100", "normaliser"),
    ("“十四五”时期", "十四五", "plan_name"),
    # one case for each word a pattern of the exclusions lists, so that dropping one fails
    ("养老服务热线:6226688", "6226688", "phone"),  # a local number after 热线
    ("开通96345养老服务热线", "96345", "phone"),  # a service line called one
    ("临时救助期限一般为3个月", "3", "duration"),
    ("专栏3 养老服务重点工程", "3", "figure_number"),
    ("邮编:271000", "271000", "standard_code"),
    ("执行《养老机构等级划分与评定》2019版标准", "2019", "year"),  # an edition
    ("在十二届全国人大五次会议上", "十二", "identifier"),
    ("2023年12月人均补助水平为500元", "12", "date"),  # a month before 人均 is still a month
    ("城市低保12月份人均补差达到350元", "12", "date"),
])
def test_every_exclusion_has_its_reason_code(text, number, reason):
    assert reason in REASONS
    assert status_of(text, number) == ("excluded", reason)


@pytest.mark.parametrize("text, number, unit", [
    ("全市共有婚姻登记机构 4372 个", "4372", "个"),
    ("低保金12.56 亿元", "12.56", "亿元"),
    ("每人每月600元", "600", "元"),
    ("不少于2万元/年", "2", "万元/年"),
    ("特困人员每人1200元/人·月", "1200", "元/人·月"),
    ("结婚率为 5.4‰", "5.4", "‰"),
    ("比上年下降0.4 个千分点", "0.4", "个千分点"),
    ("比上年增加 3.1 个百分点", "3.1", "个百分点"),
    ("达到低保标准的1.3倍", "1.3", "倍"),
    ("火化遗体 596.6 万具", "596.6", "万具"),
    ("床位3.24万张", "3.24", "万张"),
    ("1,234人", "1,234", "人"),
    ("１２３．５万人", "123.5", "万人"),
    ("老年人口占比超过两成", "两", "成"),
    ("高龄老人超千人", "千", "人"),
    ("平均受教育年限由9.21年", "9.21", "年"),
    ("平均受教育年限提高到11年", "11", "年"),  # whole years of what 年限 measures
    ("已发现矿种23种", "23", "种"),  # a count of kinds
    ("建成30个以上的社区养老服务中心", "30", "个"),  # a count of the places: no group bound
    ("消费支出 19826\n元", "19826", "元"),
    ("人均预期寿命达到78.5岁", "78.5", "岁"),  # an age reached (达到), not the bound of a band
    ("乙类传染病报告发病率151.46/10万", "151.46", "/10万"),  # a rate per 100,000
])
def test_numbers_with_units_are_quantities(text, number, unit):
    assert status_of(text, number) == ("quantity", unit)


def test_ranges_give_both_ends_the_unit():
    ms = [m for m in mentions(normalize("按每2至3个毗邻乡镇组成,给予3-6 倍救助")) if m.status == "quantity"]
    assert [(m.text, m.unit, m.range_role) for m in ms] == [
        ("2", "个", "lower"), ("3", "个", "upper"), ("3", "倍", "lower"), ("6", "倍", "upper")]


def test_comparators_and_approximations_are_kept():
    ms = {m.text: m for m in mentions(normalize("不低于60%,20余万元,约1亿元,500人左右,至少2所,不足40张"))
          if m.status == "quantity"}
    assert ms["60"].comparator == ">=" and ms["20"].comparator == ">" and ms["20"].approx == "余"
    assert ms["1"].approx == "约" and ms["500"].approx == "左右"
    assert ms["40"].comparator == "<" and ms["2"].comparator == ">="


def test_ratios_but_not_times():
    assert status_of("城乡低保标准之比为1.27:1", "1.27:1") == ("quantity", "")
    assert status_of("按照6:4的比例分担", "6:4") == ("quantity", "")
    assert status_of("08:15发布", "08:15") == ("excluded", "time_of_day")
    # a second term of 0 divides by nothing: the numbers are no ratio
    assert not any(m.text == "1:0" or m.denominator == 0 for m in mentions("两者之比为1:0"))


def test_bare_numbers_count_only_after_a_value_cue():
    assert status_of("城乡居民收入比值为1.88,比上年缩小0.03。", "1.88") == ("quantity", "")
    assert status_of("城乡居民收入比值为1.88,比上年缩小0.03。", "0.03") == ("quantity", "")
    assert status_of("建设8890幸福驿站", "8890")[0] == "uncaptured"


def test_slogans_and_names_in_chinese_numerals_are_not_quantities():
    assert [f for f in found("坚定“四个自信”,做到“两个维护”,落实两项补贴") if f[1] == "quantity"] == []


def test_unit_carried_from_the_value_it_changes_to():
    ms = {m.text: m for m in mentions(normalize("从每人每月1198提高到1322元")) if m.status == "quantity"}
    assert (ms["1198"].unit, ms["1198"].reason) == ("元", "unit_carried")


@pytest.mark.parametrize("text, unit", [
    ("各区床位数:东城1200张,西城980,南城1130张。", "张"),  # a name's value between two of one unit: that unit
    ("各区床位数:东城1200张、西城980、南城1130张。", "张"),
    # the values around it differ in unit: none, and a figure with no unit as a value of a list of names and values
    ("全区有养老机构25个,床位980,护理员480人。", "-"),
    ("东城1200张,西城980。", ""),  # no value after it: no list around it
    ("东城1200张,其中公办床位占比980,南城1130张。", ""),  # more than a name before it
])
def test_a_bare_value_in_a_list_of_names_and_values_of_one_unit_takes_that_unit(text, unit):
    (m,) = [m for m in mentions(normalize(text)) if m.text == "980"]
    expected = {"": ("", ""), "-": ("", "unit_none")}.get(unit, (unit, "unit_listed"))
    assert (m.unit, m.reason) == expected


def test_a_printed_minus_sign_makes_the_number_negative():
    assert [(m.text, m.number) for m in mentions(normalize("人口自然增长率为-1.48‰,3-5年")) if m.status == "quantity"] \
        == [("-1.48", -1.48)]


@pytest.mark.parametrize("text, number, unit, printed", [
    ("农村五保供养率达到百分之九十五。", 95.0, "%", "百分之九十五"),
    ("自然增长率为千分之三点五。", 3.5, "‰", "千分之三点五"),
    ("覆盖率百分之80。", 80.0, "%", "百分之80"),
])
def test_a_percent_printed_in_words_before_its_number_is_its_unit(text, number, unit, printed):
    (m,) = [m for m in mentions(normalize(text)) if m.status == "quantity"]
    assert (m.number, m.unit, text[m.start:m.end]) == (number, unit, printed)


def test_a_dash_at_the_end_of_the_line_before_is_no_minus_sign():
    (m,) = [m for m in mentions(normalize("覆盖率(%)\n—\n100%")) if m.text.endswith("100")]
    assert (m.text, m.number, m.start) == ("100", 100.0, 9)


@pytest.mark.parametrize("text, status", [
    ("1\n养老床位数(张)", "excluded"),  # a row's or list's number on its line
    ("12\n养老床位数(张)", "excluded"),
    ("800\n预期性", "bare"),  # a cell printed one a line: a value (no unit found), no list number
    ("800 预期性", "excluded"),  # on one line: as 1 概述
])
def test_a_number_alone_on_its_line_is_a_list_number_only_when_short(text, status):
    (m,) = [m for m in mentions(normalize(text)) if m.text.isdigit()]
    assert m.status == status


@pytest.mark.parametrize("text, number, expected", [
    ("吸引数万人参加", "万", ("quantity", "人")),  # 数万人: tens of thousands, approximately
    ("城市最低生活保障人数万人7.1", "7.1", ("bare", "")),  # 人数 + 万人: a label and its unit, not 10000
    ("最低生活保障户数万户4.2", "4.2", ("bare", "")),
    ("共有14 2006年以来新建", "14", ("bare", "")),  # a number before a year inside a sentence is no table number
    ("增长20-30人", "20", ("quantity", "人")),
    ("共投入10000 元", "10000", ("quantity", "元")),  # a Chinese unit is no English scale
    ("分别高于全国1.24和0.8个百分点", "1.24", ("quantity", "个百分点")),  # a 分别 list shares its last unit
    ("三项分别为1.2、3.4和5.6个百分点", "1.2", ("quantity", "个百分点")),
    ("共有3和5个", "3", ("bare", "")),  # without 分别, no unit is carried back
    ("每人每月补助600元/人、月", "600", ("quantity", "元/人、月")),
])
def test_units_scales_and_numbers_near_the_new_exclusions(text, number, expected):
    assert status_of(text, number) == expected


def test_a_number_alone_in_brackets_on_its_line_is_a_value_and_a_marker_after_text_is_not():
    """``[1800]`` in a table cell of its own is a total over the plan's years (注:[ ]内为五年累计数);
    ``[3]`` after a sentence's words is a footnote marker."""
    (alone,) = [m for m in mentions("累计数\n|\n[1800]\n|\n") if m.text == "1800"]
    assert alone.status != "excluded"
    (spaced,) = [m for m in mentions("|\n[4.5 ]\n||||\n") if m.text == "4.5"]
    assert spaced.status != "excluded"
    assert status_of("入住率提高到57%[3]\n", "3") == ("excluded", "footnote")
    assert status_of("[3]入住率提高到57%\n", "3")[0] == "excluded"


def test_the_readme_names_every_exclusion_reason():
    """excluded.csv's reason codes are documented where a reader looks them up."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### `data/processed/uncaptured.csv` and `excluded.csv`"):]
    section = section[:section.index("\n### ", 5)]
    assert [code for code in REASONS if f"`{code}`" not in section] == []


def test_medals_are_counted_in_mei():
    (gold,) = [m for m in mentions("在省级比赛中获得金牌42枚。") if m.text == "42"]
    assert (gold.status, gold.unit) == ("quantity", "枚")


@pytest.mark.parametrize("text", ["满意度 >= 95 %(百分比)", "比上年提高2个百分点", "按千分比计算", "百分率"])
def test_the_hundred_of_a_word_for_percent_is_no_number(text):
    """百分比, 百分点, 百分率, 千分比: words for percent, not the number 100 or 1000 (nor a time)."""
    assert not [m for m in mentions(normalize(text)) if m.text in ("百", "千")]



@pytest.mark.parametrize("size", ["50万", "50万人", "5万户", "5千人", "5千", "5000人", "800户"])
@pytest.mark.parametrize("place", ["县", "市", "区", "乡", "镇", "街道", "社区", "村", "城市", "地区", "省份", "州", "盟", "旗"])
def test_every_size_and_place_of_a_group_bound(size, place):
    text = f"常住人口{size}及以上的{place}至少建设1个服务中心"
    (m,) = [m for m in mentions(normalize(text)) if m.text == size.rstrip("万千人户")]
    assert m.reason == "group_bound"


@pytest.mark.parametrize("word", ["在", "超过", "低于", "高于", "不足", "不到", "大于", "小于"])
def test_every_word_of_comparison_before_a_share_that_picks_places(word):
    """比重在60%以上的乡、镇: the share bounds the group of places; each word of comparison, so that dropping one fails."""
    text = f"老年人口比重{word}14%的乡镇有16个"
    (m,) = [m for m in mentions(normalize(text)) if m.text == "14"]
    assert m.reason == "group_bound"


@pytest.mark.parametrize("text", ["力争60%以上的县建成示范县", "全市60%的村建成幸福院", "比重在60%以上,乡镇中最高",
                                  "不低于60%的乡镇建成1所", "不超过60%的村", "不高于60%的村", "不少于60%的乡镇"])
def test_a_share_of_the_places_themselves_is_a_figure(text):
    """Without a word of comparison before it the share counts the places (60% of the counties); without places
    after it, it bounds nothing."""
    (m,) = [m for m in mentions(normalize(text)) if m.text == "60"]
    assert (m.status, m.unit) == ("quantity", "%")


@pytest.mark.parametrize("text, number, status", [
    # a list of three or more names and values that prints no units: each value is a figure of its name
    ("出生495,死亡427,出生率6.07,自增率0.83,死亡率5.24。", "495", ("quantity", "")),
    ("出生495,死亡427,出生率6.07,自增率0.83,死亡率5.24。", "6.07", ("quantity", "")),
    ("出生495,死亡427,出生率6.07,政策生育率91%。", "427", ("quantity", "")),  # a unit in the list: still a list
    ("出生495,死亡427。", "495", ("bare", "")),  # two pairs are no list
    ("全市出生495,其中男孩260,女孩235。", "260", ("quantity", "")),  # a whole and its parts, no unit printed
    ("出生495,死亡427等指标均好于2010年。", "427", ("bare", "")),  # a value that ends no pair
])
def test_a_list_of_names_and_bare_values_makes_figures_without_units(text, number, status):
    assert status_of(text, number) == status


# GB/T 15835 lets print separate a number's groups of three digits with spaces (224 443人); a gazetteer breaks the
# line inside a figure's words (942 118 / 人). A space between cells of a single-spaced table row separates values.
@pytest.mark.parametrize("text, expected", [
    ("全市0—14岁人口为224 443人,占17.96%。", [("224 443", "quantity", "人"), ("17.96", "quantity", "%")]),
    ("15—64岁人口为942 118\n人,占75.39%", [("942 118", "quantity", "人"), ("75.39", "quantity", "%")]),
    ("总人口1\u2009234\u2009567人", [("1 234 567", "quantity", "人")]),  # thin spaces
    ("城市 220 340 560\n", []),  # three cells, bare
    ("床位220 3400张", [("3400", "quantity", "张")]),  # not groups of three: two numbers
])
def test_a_number_whose_groups_of_three_digits_are_spaced_is_one_number(text, expected):
    assert [f for f in found(text) if f[1] == "quantity"] == expected


def test_an_age_and_another_before_it_bound_the_group():
    assert status_of("65岁及65岁以上人口为83 038人", "65") == ("excluded", "age_bound")


def test_spaced_groups_give_the_figure_its_whole_value():
    f = extract_document(Document("t.txt", "全市0—14岁人口为224 443人。", "某市", "", 2000, None, None)).figures
    assert f[["value", "value_std"]].values.tolist() == [["224443", 224443.0]]


# a scale at a line's end takes a unit broken onto the next line (6万 / 人: 万人, one unit), but not the line break
# alone when no unit follows (a headline's 迈向6万 over the page's 发布时间 line: 万, not 万 and a line break)
@pytest.mark.parametrize("text, unit", [("人均地区生产总值迈向6万\n发布时间:2013-04-18\n", "万"),
                                        ("常住人口达到6万\n人,比上年增长", "万人"),
                                        ("共有床位6万\n\n张", "万")])
def test_a_unit_broken_over_a_line_end_is_one_unit_and_a_line_break_is_no_unit(text, unit):
    six = next(m for m in mentions(text) if m.text == "6")
    assert (six.unit, six.status) == (unit, "quantity")


# a table's or chart's number of two parts (表5-1, 图 2-3) is its number, both parts: not 1 of 人 in 表5-1 人民生活水平情况;
# the other way, a range after other words (全市共5-10人, 表明有3-5人) is a range of quantities
@pytest.mark.parametrize("text, statuses", [("表5-1 人民生活水平情况\n", ["excluded", "excluded"]),
                                            ("图 2-3 人口年龄结构\n", ["excluded", "excluded"]),
                                            ("全市共5-10人\n", ["quantity", "quantity"]),
                                            ("调查表明有3-5人\n", ["quantity", "quantity"])])
def test_the_second_part_of_a_table_number_is_no_quantity(text, statuses):
    assert [m.status for m in mentions(text)] == statuses


# a PDF's line break can fall before a figure, leaving its number at the start of a line, a space and its unit after it
# (累计结余⏎63639 亿元。): a figure when the unit is followed by the sentence's punctuation, as a list's or row's number
# before its words (1 种植业, 12 万元以上项目) is not
@pytest.mark.parametrize("text, number, expected", [
    ("年末基金累计结余\n63639 亿元。", "63639", ("quantity", "亿元")),
    ("年末全国就业人员\n74041 万人，其中", "74041", ("quantity", "万人")),
    ("比上年下降\n0.4 个千分点。", "0.4", ("quantity", "个千分点")),
    ("指标\n1 种植业", "1", ("excluded", "list_number")),
    ("序号\n12 万元以上项目 5个", "12", ("excluded", "list_number")),  # a unit word opens the label: no punctuation
    ("名单\n3 万人次以上的活动", "3", ("excluded", "list_number")),
    ("800 预期性", "800", ("excluded", "list_number")),
])
def test_a_number_opening_a_line_before_its_unit_and_punctuation_is_a_figure(text, number, expected):
    assert status_of(text, number) == expected
