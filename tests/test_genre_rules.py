"""The genre's rules for the kind and date of a prose figure, each shown in both directions: a
sentence where the rule applies and one where it does not. The sentences are written for these
tests in the style of statistical communiqués, census communiqués and civil-affairs reports; the
places and numbers are invented. Cue lists are tested one cue at a time, so that dropping any cue
from the extractor fails a test."""

import pandas as pd
import pytest

from mzlib.extract.figures import Document, extract_document
from sentences import figures, one


def decided(text, value, reference_year=2023):
    row = one(text, value, reference_year)
    base = None if pd.isna(row["base_year"]) else int(row["base_year"])
    return row["kind"], row["year"], base


# ---------------------------------------------------------------- comparison bases
@pytest.mark.parametrize("text, base, kind", [
    ("与2020年相比,全市养老床位增加1200张。", 2020, "change"),
    ("全市养老床位较2020年增加1200张。", 2020, "change"),
    ("全市养老床位比2020年增加1200张。", 2020, "change"),
    ("相较于2020年,全市养老床位增加1200张。", 2020, "change"),
    ("全市养老床位比上年增加1200张。", 2022, "change"),
    ("全市养老床位比前年增加1200张。", 2021, "change"),  # the year before last
    ("全市养老床位同比增加1200张。", 2022, "change"),
    ("2020年以来,全市养老床位增加1200张。", 2020, "actual"),
])
def test_a_comparison_base_gives_the_base_year_and_not_the_date(text, base, kind):
    assert decided(text, "1200") == (kind, 2023, base)


def test_without_a_comparison_the_printed_date_stays_the_date():
    assert decided("2020年,全市养老床位增加1200张。", "1200") == ("actual", 2020, None)
    assert decided("全市养老床位增加1200张。", "1200") == ("actual", 2023, None)


def test_a_census_comparison_dates_the_compared_value_only():
    text = "全市常住人口为443.1万人,与2010年第六次全国人口普查的411.6万人相比,增加31.5万人,增长7.65%。"
    assert decided(text, "443.1", 2020) == ("actual", 2020, None)
    assert decided(text, "411.6", 2020) == ("baseline", 2010, None)
    assert decided(text, "31.5", 2020) == ("change", 2020, 2010)
    assert decided(text, "7.65", 2020) == ("growth_rate", 2020, 2010)


@pytest.mark.parametrize("adverb", ["", "也", "均", "都", "还", "有所", "略有", "明显", "显著", "大幅", "也有所"])
def test_a_value_compared_with_is_a_baseline_of_the_level_before_it_also_after_an_adverb_of_degree(adverb):
    """比上年的1.1万张有所增加: the value compared with, whatever adverb stands before the verb, is the
    level's indicator at the compared date; the sentence prints it, so nothing is derived."""
    text = f"全市养老床位1.2万张,比上年的1.1万张{adverb}增加。"
    row = one(text, "1.1")
    assert (row["kind"], row["year"], row["indicator_id"]) == ("baseline", 2022, "elder_care_beds")
    doc = Document("t.txt", text, "岚江市", "Lanjiang", 2023, None, None)
    assert not extract_document(doc).figures["method"].eq("derived").any()


def test_a_value_compared_with_in_a_census_comparison_is_of_the_level_and_so_are_its_changes():
    text = "全市常住人口为443.1万人,与2010年第六次全国人口普查的411.6万人相比,增加31.5万人,增长7.65%。"
    rows = figures(text, 2020)
    assert set(rows["indicator_zh"]) == {"常住人口"}
    doc = Document("t.txt", text, "岚江市", "Lanjiang", 2020, None, None)
    assert not extract_document(doc).figures["method"].eq("derived").any()


def test_a_value_after_the_compared_words_without_a_verb_of_change_is_no_compared_value():
    row = one("全市养老床位比上年的规划多,达到1.1万张。", "1.1")
    assert row["kind"] != "baseline"


@pytest.mark.parametrize("text, value, kind, place", [
    ("全市火化率为32%,远低于全国64.88%的平均水平。", "64.88", "actual", "全国"),
    ("全市火化率为32%,低于全省40.5%的水平。", "40.5", "actual", "全省"),
    ("全市人口自然增长率为3.2‰,低于全国4.5‰的水平。", "4.5", "actual", "全国"),
    ("岚江市城市低保标准为每人每月800元,高于全省720元的平均水平。", "720", "standard", "全省"),
])
def test_a_number_before_its_level_words_is_the_level_of_the_place_compared_with_not_a_gap(text, value, kind, place):
    """高于全省720元的平均水平: 720元 is the province's level, of the kind and measure of the level before it and
    of its period (每人每月); its place is named in ``subregion_zh``, so that it is no figure of the region."""
    level, row = figures(text).iloc[0], one(text, value)
    assert (row["kind"], row["indicator_zh"], row["subregion_zh"]) == (kind, level["indicator_zh"], place)
    assert row["period"] == level["period"] and row["unit_std"] == level["unit_std"]


@pytest.mark.parametrize("text, value, kind", [
    ("全市城镇化率为62.5%,高于全省平均水平2.1个百分点。", "2.1", "change_pp"),
    ("全市火化率为32%,低于全国12.5个百分点。", "12.5", "change_pp"),
    ("岚江市城市低保标准为每人每月800元,高于全省80元。", "80", "change"),
])
def test_a_gap_to_another_place_without_level_words_stays_a_gap(text, value, kind):
    row = one(text, value)
    assert (row["kind"], row["subregion_zh"]) == (kind, "")


@pytest.mark.parametrize("only", ["仅", "仅有", "仅为"])
def test_only_before_the_value_is_no_part_of_the_subject(only):
    assert one(f"全市火化率{only}32%。", "32")["indicator_id"] == "cremation_rate"


@pytest.mark.parametrize("text, value, year", [
    ("全年地区生产总值1234.5亿元,按2020年不变价格计算,比上年增长5.2%。", "5.2", 2023),  # a price base
    ("按照2012年全市有养老机构178家计算,平均每家机构床位为52张。", "52", 2023),
    ("按照2012年全市有养老机构178家计算,平均每家机构床位为52张。", "178", 2012),  # its own clause: its year
    ("2020年,按标准发放高龄津贴500万元。", "500", 2020),  # no computation: the year dates the sentence
    # a price base in brackets after an amount (the poverty line of 2011-2020) is the year of that amount's prices,
    # and dates no other figure of its sentence
    ("按照每人每年2300元(2010年不变价)的农村贫困标准计算,年末农村贫困人口1650人,比上年末减少1027人。", "1650", 2023),
    ("按照每人每年2300元(2010年不变价)的农村贫困标准计算,年末农村贫困人口1650人,比上年末减少1027人。", "1027", 2023),
    ("按照每人每年2300元(2010年不变价)的农村贫困标准计算,年末农村贫困人口1650人,比上年末减少1027人。", "2300", 2010),
    ("按照每人每年2300元的农村贫困标准(2010年不变价)计算,年末农村贫困人口1650人。", "1650", 2023),
])
def test_the_year_of_a_computation_s_basis_dates_only_its_own_clause(text, value, year):
    assert one(text, value)["year"] == year


@pytest.mark.parametrize("text, year", [
    ("从2022年11月1日起,执行的城市低保标准为每人每月760元。", 2022),  # in force from that day
    ("自2022年1月1日起,城市低保标准调整为每人每月760元。", 2022),
    ("2022年以来,城市低保标准提高到每人每月760元。", 2024),  # ever since: the standard now
    ("2022年起,城市低保标准逐步提高到每人每月760元。", 2024),  # a year alone starts a span, as 以来 does
])
def test_a_standard_in_force_from_a_date_is_dated_at_that_date(text, year):
    row = one(text, "760", 2024)
    assert (row["kind"], row["year"]) == ("standard", year)


@pytest.mark.parametrize("text, indicator", [
    ("全市养老床位3200张,比上年增加150张。", "elder_care_beds"),  # no name of its own: the level's
    ("全市养老床位3200张,护理型床位增长1.5%。", "nursing_beds"),  # its own registry name
    ("全市常住人口586.9万人,城镇常住人口增长1.5%。", "pop_resident_urban"),
    ("全市常住人口586.9万人,养老服务床位总数年均增长1.5%。", "elder_care_beds"),  # 年均增长 ends no name
])
def test_a_change_takes_the_level_s_subject_unless_its_own_words_name_an_indicator(text, indicator):
    assert one(text, "150" if "150" in text else "1.5")["indicator_id"] == indicator


def test_a_future_marker_in_a_sentence_s_first_item_governs_the_items_after_its_semicolons():
    text = "今年,市民政局将加强养老服务,新增助餐点60个;改造困难家庭居室250户;新增认知障碍床位700张。"
    assert [one(text, v)["kind"] for v in ("60", "250", "700")] == ["target"] * 3
    done = "今年,市民政局将加强养老服务,新增助餐点60个;截至目前,已改造困难家庭居室250户。"
    assert one(done, "250")["kind"] == "actual"  # an item of what is done
    plain = "今年,市民政局加强养老服务,新增助餐点60个;改造困难家庭居室250户。"
    assert one(plain, "250")["kind"] == "actual"  # no future marker in the first item
    goals = "全区经济社会发展的主要预期目标是:一般公共预算收入增长6%;社会消费品零售总额1600亿元。"
    assert one(goals, "1600")["kind"] == "target"  # 目标是 governs the list after it
    passing = "截至2023年3月底,护理型床位占比52.8%,距离规划目标(不低于55%)还有2.2个百分点;每千名老年人拥有养老床位26.9张。"
    assert one(passing, "26.9")["kind"] == "actual"  # a goal named in passing opens no list of goals


@pytest.mark.parametrize("paragraph, value, kind", [
    ("在养老服务方面,我市将加强机构建设。2023年,新增床位1160张,新建助餐点70个。", "1160", "target"),
    ("在养老服务方面,我市将加强机构建设。新建助餐点70个,覆盖67.7%的乡镇。", "67.7", "target"),
    ("在养老服务方面,我市加强机构建设。2023年,新增床位1160张。", "1160", "actual"),  # no intent in the lead
    ("在养老服务方面,我市将加强机构建设。2022年,新增床位1160张。", "1160", "actual"),  # a year before the document's
    ("在养老服务方面,我市将加强机构建设。去年,全市新增床位1160张。", "1160", "actual"),  # a past word
    ("在养老服务方面,我市将加强机构建设。截至目前,全市累计建成床位1160张。", "1160", "actual"),
    # the lead's future marker comes before its first figure (a year is no figure): its paragraph's goals
    ("在养老服务方面,我市将建成10个中心。2023年,新增床位1160张。", "1160", "target"),
    ("2023年,我市将聚焦养老服务:将为3万户家庭适老化改造。新增床位1160张。", "1160", "target"),
    ("在养老服务方面,我市建成10个中心,将加强机构建设。2023年,新增床位1160张。", "1160", "actual"),  # after it
    # a paragraph that continues the one before (同时,) continues its goals, all of its sentences
    ("在养老服务方面,我市将加强机构建设。\n同时,新增床位1160张。", "1160", "target"),
    ("在养老服务方面,我市将加强机构建设。\n此外,新增床位1160张。", "1160", "target"),
    ("在养老服务方面,我市将加强机构建设。\n另外,新增床位1160张。", "1160", "target"),
    ("在养老服务方面,我市将加强机构建设。\n与此同时,新增床位1160张。", "1160", "target"),
    ("在养老服务方面,我市将加强机构建设。\n新增床位1160张。", "1160", "actual"),  # a paragraph of its own
    ("在养老服务方面,我市加强机构建设。\n同时,新增床位1160张。", "1160", "actual"),  # no goals to continue
    ("在养老服务方面,我市将加强机构建设。\n同时,去年全市新增床位1160张。", "1160", "actual"),  # a past word
])
def test_a_paragraph_a_sentence_of_intent_opens_sets_out_goals(paragraph, value, kind):
    assert one(paragraph, value)["kind"] == kind


_LEAD = "今年将继续办好十件民生实事。\n"


@pytest.mark.parametrize("text, kind", [
    # the items of a numbered list that a paragraph of one sentence of intent opens are its goals
    (_LEAD + "(一)\n新增床位1160张。", "target"),  # the number on a line of its own
    (_LEAD + "(一)新增床位1160张。", "target"),
    (_LEAD + "一、新增床位1160张。", "target"),
    (_LEAD + "1.新增床位1160张。", "target"),
    (_LEAD + "1、新增床位1160张。", "target"),
    (_LEAD + "一是新增床位1160张。", "target"),
    (_LEAD + "(1)新增床位1160张。", "target"),
    ("今年将继续办好以下民生实事:\n(一)新增床位1160张。", "target"),  # a lead that ends with the list's colon
    (_LEAD + "(一)\n建成助餐点16个。\n(二)\n新增床位1160张。", "target"),  # through the items before it
    (_LEAD + "(一)建成助餐点16个。\n(二)新增床位1160张。", "target"),
    (_LEAD + "新增床位1160张。", "actual"),  # no list number: a paragraph of its own
    (_LEAD + "(一)建成助餐点16个。\n全市新增床位1160张。", "actual"),  # the list ended
    ("去年全市办好十件民生实事。\n(一)新增床位1160张。", "actual"),  # no intent
    ("今年将继续办好十件民生实事。全市建成助餐点16个。\n(一)新增床位1160张。", "actual"),  # a lead of two sentences
    (_LEAD + "(一)去年全市新增床位1160张。", "actual"),  # a past word
])
def test_the_items_of_a_numbered_list_a_paragraph_of_intent_opens_are_goals(text, kind):
    assert one(text, "1160")["kind"] == kind


_ANNOUNCED = "日前出台的《岚江市“十四五”养老服务发展规划》,提出了当前至2025年全市养老服务等领域的主要发展目标。\n\n养老服务体系\n\n"


@pytest.mark.parametrize("text, kind, year", [
    # a paragraph that reports a plan's goals up to a deadline, with no figure, announces the goals of the paragraphs
    # below it (under their heads): their figures with no date of their own are goals of that deadline
    (_ANNOUNCED + "  每千名老年人拥有养老床位数40张以上,护理型床位占比达到60%。", "target", 2025),
    (_ANNOUNCED.replace("当前至", "到") + "  护理型床位占比达到60%。", "target", 2025),
    (_ANNOUNCED.replace("提出了", "明确") + "  护理型床位占比达到60%。", "target", 2025),
    (_ANNOUNCED + "  确保特困人员供养标准达到上年度人均消费支出的60%。", "target", 2025),  # a target of its own words
    (_ANNOUNCED + "  2022年,全市护理型床位占比达到60%。", "actual", 2022),  # its own earlier year: a result
    (_ANNOUNCED + "  去年全市护理型床位占比达到60%。", "actual", 2022),  # a past word
    # no announcement: the paragraph above prints a figure, names no deadline or no goals
    (_ANNOUNCED.replace("主要发展目标", "主要发展目标和3项工程") + "  护理型床位占比达到60%。", "actual", 2023),
    (_ANNOUNCED.replace("当前至2025年", "") + "  护理型床位占比达到60%。", "actual", 2023),
    (_ANNOUNCED.replace("主要发展目标", "发展思路") + "  护理型床位占比达到60%。", "actual", 2023),
    ("岚江市民政局召开全市养老服务工作会议。\n\n  护理型床位占比达到60%。", "actual", 2023),
])
def test_goals_announced_up_to_a_deadline_in_a_paragraph_above_date_the_paragraphs_below(text, kind, year):
    row = one(text, "60")
    assert (row["kind"], row["year"]) == (kind, year)


def test_a_comparison_opening_the_passage_gives_the_base_of_its_rates():
    text = "相较于2020年,全市城镇和农村常住人口分别增长19.6%和21.3%。"
    assert decided(text, "19.6") == decided(text, "21.3") == ("growth_rate", 2023, 2020)


def test_a_census_round_named_as_the_comparison_does_not_date_the_counts():
    text = ("全市常住人口中,60岁及以上人口为1203518人,占20.31%。与第六次全国人口普查相比,"
            "60岁及以上人口的比重上升5.12个百分点。")
    assert one(text, "1203518", 2020)["year"] == 2020
    assert one(text, "5.12", 2020)["year"] == 2020


# ---------------------------------------------------------------- reference period
def test_a_census_standard_time_point_dates_the_current_figures():
    text = "本市以2020年11月1日零时为标准时点开展了第七次全国人口普查。全市常住人口为586.2万人。"
    row = one(text, "586.2", reference_year=2021)
    assert (row["date"], row["year"], row["date_basis"]) == ("2020-11-01", 2020, "reference_period")
    row = one("本市开展了第七次全国人口普查。全市常住人口为586.2万人。", "586.2", reference_year=2021)
    assert (row["year"], row["date_basis"]) == (2021, "document_reference")


@pytest.mark.parametrize("text, value", [
    ("年末全市户籍人口326.5万人。", "326.5"),
    ("全年全市出生人口2.1万人。", "2.1"),
])
def test_year_end_and_whole_year_words_name_the_reference_period(text, value):
    row = one(text, value)
    assert (row["year"], row["date_basis"], row["year_basis"]) == (2023, "reference_period",
                                                                    f"reference period ({text[:2]})")


def test_a_clause_s_own_as_of_date_beats_the_reference_year():
    assert one("截至2012年底,全市城市低保标准为每人每月420元。", "420")["year"] == 2012
    assert one("截至2012年底,全市共有养老床位1320张。", "1320")["year"] == 2012
    assert one("全市城市低保标准为每人每月420元。", "420")["year"] == 2023


# ---------------------------------------------------------------- 由X提高到Y
@pytest.mark.parametrize("text, from_, from_year, to, to_kind, to_year", [
    ("全市特困人员集中供养率由2020年的31.2%提高到36.5%。", "31.2", 2020, "36.5", "actual", 2023),
    ("2016年以来,全市农村低保标准由每人每月420元提高到650元。", "420", 2016, "650", "standard", 2023),
    ("2016年起,全市农村低保标准由每人每月420元调整至650元。", "420", 2016, "650", "standard", 2023),
    ("2016年以来,全市农村低保标准由月人均420元、年人均5040元逐步调至月人均650元、年人均7800元。",
     "5040", 2016, "7800", "standard", 2023),
    ("2022年,全市城市低保标准由每人每月600元提高到680元。", "600", 2021, "680", "standard", 2022),
    ("到2025年,全市护理型床位占比将由36.5%提高到55%。", "36.5", 2023, "55", "target", 2025),
    ("全市社区养老服务覆盖率由2018年的48%增加到2023年的92%。", "48", 2018, "92", "actual", 2023),
    ("全年城乡居民收入比由上年同期的2.13∶1缩小到2.09∶1。", "2.13:1", 2022, "2.09:1", "actual", 2023),  # 缩小到, ∶
    # two from-values unified into one (统一调至): each is a from-value
    ("2016年以来,城乡低保标准由月人均420元、年人均4800元统一调至月人均650元。", "4800", 2016, "650", "standard", 2023),
    ("2016年以来,城乡低保标准由月人均420元、年人均4800元统一调至月人均650元。", "420", 2016, "650", "standard", 2023),
])
def test_the_from_value_is_a_baseline_at_the_from_year_and_the_to_value_follows_its_tense(
        text, from_, from_year, to, to_kind, to_year):
    start, end = one(text, from_), one(text, to)
    assert (start["kind"], start["year"]) == ("baseline", from_year)
    assert (end["kind"], end["year"]) == (to_kind, to_year)


def test_nothing_is_derived_where_the_sentence_prints_the_value_changed_from_and_list_items_keep_the_subject():
    doc = Document("t.txt", "2016年以来,城乡低保标准由月人均420元、年人均4800元统一调至月人均650元,分别提高了55%、62.5%。",
                   "岚江市", "Lanjiang", 2023, None, None)
    rows = extract_document(doc).figures
    assert not rows["method"].eq("derived").any()
    assert set(rows["indicator_zh"]) == {"城乡低保标准"}
    # without the value changed from, the earlier value is derived from the rate
    rows = extract_document(Document("t.txt", "2023年,城乡低保标准调至月人均650元,比上年提高了4%。", "岚江市",
                                     "Lanjiang", 2023, None, None)).figures
    assert rows["method"].eq("derived").sum() == 1


@pytest.mark.parametrize("connector", ["至", "到", "~", "～", "—", "-"])
def test_a_range_changed_from_is_a_baseline_at_both_ends(connector):
    text = f"全市低收入家庭认定范围由家庭月人均收入700元{connector}1050元调整为760元至1140元。"
    assert [one(text, v)["kind"] for v in ("700", "1050")] == ["baseline", "baseline"]
    assert one(text, "760")["kind"] != "baseline"
    # a range that nothing changes is no from-value
    assert one(f"全市低保对象月人均收入在700元{connector}1050元之间。", "700")["kind"] != "baseline"


def test_a_value_before_a_unified_change_without_from_is_no_from_value():
    """统一调至 without a 由 before it changes nothing from the value before it: a level, not a baseline."""
    row = one("2016年以来,城乡低保标准统一调至月人均650元,年人均4800元。", "4800")
    assert row["kind"] != "baseline"


@pytest.mark.parametrize("doc_type, from_year", [
    ("statistical_bulletin", 2022), ("statistical_communique", 2022), ("annual_report", 2022),
    ("midterm_review", 2023), ("plan", 2023), ("policy_notice", 2023)])
def test_a_from_value_without_a_year_in_a_report_on_one_year_is_at_the_end_of_the_year_before(doc_type, from_year):
    row = one("全市城市低保标准由每人每月1420元提高到1510元。", "1420", doc_type=doc_type)
    assert (row["kind"], row["year"]) == ("baseline", from_year)


@pytest.mark.parametrize("period, text, from_year", [
    ((2021, 2025), "城乡低保标准由每人每月475元提高到628元。", 2015),  # the review of the period before
    ((2023, 2025), "城乡低保标准由每人每月475元提高到628元。", 2019),  # a three-year plan's period before
    ((2021, 2025), "到2025年,城乡低保标准由每人每月475元提高到628元。", 2020),  # a goal: from the plan's base
    ((2021, 2025), "城乡低保标准将由每人每月475元提高到628元。", 2020),
])
def test_a_plan_s_value_changed_from_is_at_the_start_of_the_period_it_reviews(period, text, from_year):
    doc = Document("t.txt", text, "岚江市", "Lanjiang", period[0] - 1, *period, doc_type="plan")
    rows = extract_document(doc).figures
    row = rows[rows["value"] == "475"].iloc[0]
    assert (row["kind"], row["year"]) == ("baseline", from_year)


@pytest.mark.parametrize("text, value, kind", [
    ("全市城市低保标准提高到每人每月680元。", "680", "standard"),
    ("全市特困人员集中供养率提高到36.5%。", "36.5", "actual"),
    ("全市养老床位从业人员1320人。", "1320", "actual"),
])
def test_without_a_from_value_nothing_is_a_baseline(text, value, kind):
    assert one(text, value)["kind"] == kind


# ---------------------------------------------------------------- future markers
@pytest.mark.parametrize("goal, done, value", [
    ("全市将新增养老床位1200张。", "全市新增养老床位1200张。", "1200"),
    ("全市养老床位将达到1200张。", "全市养老床位达到1200张。", "1200"),
    ("全市将有养老床位1200张。", "全市有养老床位1200张。", "1200"),
    ("全市将实现每千名老年人拥有养老床位35张。", "全市实现每千名老年人拥有养老床位35张。", "35"),
    ("全市养老床位将超过1200张。", "全市养老床位超过1200张,全部投入使用。", "1200"),
    ("预计全市养老床位1200张。", "全市养老床位1200张。", "1200"),
    ("力争全市养老床位达到1200张。", "全市养老床位达到1200张。", "1200"),
    ("计划新建养老床位1200张。", "新建养老床位1200张。", "1200"),
    ("全市将持续新建养老床位1200张。", "全市持续新建养老床位1200张。", "1200"),
    ("全市养老床位将由1000张增加到1200张。", "全市养老床位由1000张增加到1200张。", "1200"),
    ("全市养老床位将从1000张增加到1200张。", "全市养老床位从1000张增加到1200张。", "1200"),
    ("全市将加强养老服务,新建床位1200张。", "全市加强养老服务,新建床位1200张。", "1200"),
    ("全市将推进适老化改造1200户。", "全市推进适老化改造1200户。", "1200"),
    ("全市将实施适老化改造1200户。", "全市实施适老化改造1200户。", "1200"),
    ("全市将打造助餐点1200个。", "全市打造助餐点1200个。", "1200"),
    ("全市将创建示范社区1200个。", "全市创建示范社区1200个。", "1200"),
    ("全市将加快建设床位1200张。", "全市加快建设床位1200张。", "1200"),
    ("全市将聚焦养老服务,新增床位1200张。", "全市聚焦养老服务,新增床位1200张。", "1200"),
    ("确保全市养老床位达到1200张。", "全市养老床位达到1200张。", "1200"),
    ("争取实现养老床位1200张。", "实现养老床位1200张。", "1200"),
    ("到2025年,全市养老床位达到1200张。", "2023年,全市养老床位达到1200张。", "1200"),
    ("今后三年全市新增养老床位1200张。", "近三年全市新增养老床位1200张。", "1200"),
    ("未来三年全市新增养老床位1200张。", "近三年全市新增养老床位1200张。", "1200"),
    ("全市养老床位有望达到1200张。", "全市养老床位达到1200张。", "1200"),
    ("全市拟新建养老床位1200张。", "全市新建养老床位1200张。", "1200"),
    ("今年要新建社区助餐点120个、养老床位1200张。", "今年新建社区助餐点120个、养老床位1200张。", "1200"),
    ("还要完成养老床位改造1200张。", "主要完成养老床位改造1200张。", "1200"),  # 主要: mainly, not must
    ("全区将为1.6万名老年人免费体检。", "全区为1.6万名老年人免费体检。", "1.6"),
    ("全市将办好助餐点1200个。", "全市办好助餐点1200个。", "1200"),
    ("全市将继续统筹资金1200万元。", "全市继续统筹资金1200万元。", "1200"),
    ("全市将持续统筹资金1200万元。", "全市持续统筹资金1200万元。", "1200"),
    ("全市将进一步统筹资金1200万元。", "全市进一步统筹资金1200万元。", "1200"),
])
def test_a_future_marker_makes_a_target(goal, done, value):
    assert one(goal, value)["kind"] == "target"
    assert one(done, value)["kind"] == "actual"


def test_a_future_marker_before_a_year_at_or_before_the_document_s_date_still_makes_a_target():
    assert one("2015年全市将实现每千名老年人拥有养老床位30张。", "30", 2015)["kind"] == "target"
    assert one("2015年全市实现每千名老年人拥有养老床位30张。", "30", 2015)["kind"] == "actual"


@pytest.mark.parametrize("text, value", [
    ("全市将1200名困难老人纳入特困供养。", "1200"),  # 将 as 把: not a future
    ("全市计划生育特殊家庭1200户。", "1200"),  # 计划生育 is a policy name
    ("学前教育三年行动计划深入实施,1200所农村幼儿园改扩建基本完成。", "1200"),  # the noun of a named plan
    ("围绕养老服务年度工作计划,全市完成敬老院改造1200处。", "1200"),
    ("全市争取上级资金1200万元。", "1200"),  # 争取 funds: done
    ("组织实施人才支持计划和“牵手计划”,培育社会工作服务机构1200家。", "1200"),  # 计划 before a conjunction: a name
    ("实施“牵手计划”,培育社会工作服务机构1200家。", "1200"),  # before a closing quote
    ("实施人才支持计划,培育社会工作服务机构1200家。", "1200"),  # before a comma
])
def test_words_that_only_look_like_future_markers(text, value):
    assert one(text, value)["kind"] == "actual"


@pytest.mark.parametrize("goal, done", [
    ("原则上每个乡镇建设敬老院1所。", "每个乡镇建设敬老院1所。"),
    ("每个街道应当配备社会工作者2名。", "每个街道配备社会工作者2名。"),
    ("每个街道必须配备社会工作者2名。", "每个街道配备社会工作者2名。"),
    ("每个街道须配备社会工作者2名。", "每个街道配备社会工作者2名。"),
    ("全市养老床位目标为1200张。", "全市养老床位为1200张。"),
    ("全市养老床位目标是1200张。", "全市养老床位是1200张。"),
    ("目标:全市养老床位1200张。", "全市养老床位1200张。"),
    ("每名医生服务老人不得多于1200人。", "每名医生服务老人1200人。"),
])
def test_a_prescription_makes_a_target(goal, done):
    value = "1200" if "1200" in goal else ("1" if "1所" in goal else "2")
    assert one(goal, value)["kind"] == "target"
    assert one(done, value)["kind"] == "actual"


@pytest.mark.parametrize("share, money", [
    ("对重度残疾人按照当地低保标准的30%增发救助金。", "对重度残疾人每人每月增发救助金30元。"),
    ("低收入家庭的认定标准为当地低保标准的150%。", "低收入家庭的认定标准为每人每月150元。"),
    ("城市低保标准按当地最低工资标准的40%确定。", "城市低保标准按每人每月40元提高。"),
])
def test_a_share_of_a_standard_is_a_prescriptive_number_and_an_amount_a_standard(share, money):
    row = one(share, "30" if "30" in share else ("150" if "150" in share else "40"))
    assert (row["kind"], row["kind_cue"]) == ("target", "a share of a standard")
    assert one(money, row["value"])["kind"] == "standard"


@pytest.mark.parametrize("text, value, kind", [
    ("纳入本市2023年民心工程的项目有:新建30家社区长者食堂、新增3000张养老床位。", "30", "target"),
    ("纳入本市2023年民心工程的项目有:新建30家社区长者食堂、新增3000张养老床位。", "3000", "target"),
    ("所需资金由市、县两级财政按照6:4的比例分担。", "6:4", "target"),
    ("截至2022年底,全市共有养老床位3000张。", "3000", "actual"),  # an as-of date: what there is
    ("全市已建成社区长者食堂30家。", "30", "actual"),  # a word of what is done
    ("去年全市新增养老床位3000张。", "3000", "actual"),  # an earlier time
    ("2021年全市新增养老床位3000张。", "3000", "actual"),
    ("高龄津贴标准为每人每月100元。", "100", "standard"),  # an amount: a standard, as anywhere
    ("市级财政安排补助资金500万元。", "500", "actual"),  # an amount: a sum, not a goal
])
def test_a_notice_s_figures_that_no_word_marks_done_are_goals(text, value, kind):
    assert one(text, value, doc_type="policy_notice")["kind"] == kind


@pytest.mark.parametrize("doc_type", ["statistical_communique", "news_report", "annual_report", "plan", ""])
def test_in_a_document_that_reports_actual_values_the_same_sentence_is_a_result(doc_type):
    text = "纳入本市2023年民心工程的项目有:新建30家社区长者食堂、新增3000张养老床位。"
    assert one(text, "3000", doc_type=doc_type)["kind"] == "actual"


@pytest.mark.parametrize("text, value, kind", [
    ("全市特困人员人均月供养标准城市为1200元,农村为980元。", "980", "standard"),
    ("全市特困人员人均月供养标准城市1200元,农村980元。", "980", "standard"),
    ("全市城乡低保标准城镇为800元;乡村为650元。", "650", "standard"),
    ("全市高龄津贴标准男性为100元,女性为100元。", "100", "standard"),
    ("全市低保对象5000人,比上年增加300人;农村4000人。", "4000", "actual"),  # the value before is no part's
    ("全市居民人均可支配收入城市为40000元,农村为20000元。", "20000", "actual"),  # parts of a level stay levels
    # the part's standard and the period of a person's amount between it and the value
    ("今年分散供养标准年人均2200元,集中供养年人均3000元。", "3000", "standard"),
    ("城市低保标准每人每月500元,农村每人每年3500元。", "3500", "standard"),
    ("全县城镇居民人均可支配收入2200元,集中供养年人均3000元。", "3000", "actual"),  # the value before is no part's
])
def test_a_clause_that_names_only_its_part_continues_the_part_before(text, value, kind):
    rows = figures(text)
    assert rows.loc[rows["value"] == value, "kind"].tolist()[-1] == kind


# ---------------------------------------------------------------- ranges
@pytest.mark.parametrize("text, kind", [
    ("到2025年,全市护理型床位占比达到36%~42%。", "target"),
    ("力争全市护理型床位占比达到36%至42%。", "target"),
    ("全市护理型床位占比为36%~42%。", "actual"),
    ("全市城市低保标准为每人每月720-780元。", "standard"),
])
def test_both_ends_of_a_range_share_a_kind(text, kind):
    f = figures(text)
    assert f["kind"].tolist() == [kind, kind]
    assert f["year"].nunique() == 1


# ---------------------------------------------------------------- a change printed without its base
@pytest.mark.parametrize("text, value, kind, value_std", [
    ("全年出生人口8.5万人,减少0.6万人。", "0.6", "change", -6000.0),  # the verb alone after a level of its kind
    ("全市养老床位3200张,增加150张,增长4.9%。", "150", "change", 150.0),
    ("全市养老床位3200张,新增养老床位150张。", "150", "actual", 150.0),  # words after the verb: what was added
    ("全市养老床位3200张,将增加150张。", "150", "target", 150.0),  # a future marker before the verb
    ("全年出生人口8.5万人,减少0.6%。", "0.6", "growth_rate", -0.6),  # a rate is a rate without its base too
    ("全市低保对象2.1万人,增加1200元。", "1200", "actual", 1200.0),  # a level of another kind before it
    ("全市城市低保标准提高50元。", "50", "change", 50.0),  # after the name of an amount: what it is raised by
    ("全市城市低保标准提高到650元。", "650", "standard", 650.0),  # raised to: the standard
    ("全市增加养老床位150张。", "150", "actual", 150.0),  # no level before it
])
def test_a_change_verb_alone_after_a_level_of_its_kind_is_a_change_without_a_base(text, value, kind, value_std):
    row = one(text, value)
    assert (row["kind"], row["value_std"]) == (kind, value_std)
    assert pd.isna(row["base_year"])


# ---------------------------------------------------------------- yearly increments
@pytest.mark.parametrize("text", [
    "今后三年,全市城乡低保标准每年提高350元。",
    "全市城乡低保标准计划每年提高350元。",
    "到2025年,全市城乡低保标准每年增加350元。",
])
def test_a_planned_yearly_increment_is_a_target(text):
    row = one(text, "350")
    assert (row["kind"], row["growth_basis"]) == ("target", "annual_planned")


def test_a_yearly_increment_that_happened_is_a_change():
    row = one("2019年以来,全市城乡低保标准每年提高50元。", "50")
    assert (row["kind"], row["growth_basis"], row["base_year"]) == ("change", "annual", 2019)


# ---------------------------------------------------------------- change verbs
@pytest.mark.parametrize("verb", ["下降", "降低", "减少", "回落", "下滑", "缩小", "减"])
def test_a_decrease_verb_signs_the_change(verb):
    row = one(f"全市结婚登记比上年{verb}6.5%。", "6.5")
    assert (row["kind"], row["value_std"]) == ("growth_rate", -6.5)


@pytest.mark.parametrize("verb", ["增长", "提高", "上升", "增加", "扩大", "提升", "上涨", "增"])
def test_an_increase_verb_keeps_the_sign(verb):
    row = one(f"全市结婚登记比上年{verb}6.5%。", "6.5")
    assert (row["kind"], row["value_std"]) == ("growth_rate", 6.5)


@pytest.mark.parametrize("text, value, kind, std", [
    ("生育保险参保人数26.47万人,增长-0.86%。", "-0.86", "growth_rate", -0.86),  # the sign after the verb
    ("全市结婚登记1200对,比上年增加-300对。", "-300", "change", -300.0),
    ("全市结婚登记1200对,比上年增加300对。", "300", "change", 300.0),
])
def test_a_minus_sign_printed_after_a_growth_verb_signs_the_change(text, value, kind, std):
    row = one(text, value)
    assert (row["kind"], row["value_std"]) == (kind, std)


@pytest.mark.parametrize("text, value, kind, basis, subject", [
    ("城区老年人口以年40‰的速度递增。", "40", "growth_rate", "annual", "城区老年人口"),
    ("全市养老床位以年均8.5%的速度增长。", "8.5", "growth_rate", "annual", "养老床位"),
    ("全市低保对象以每年3%的幅度下降。", "3", "growth_rate", "annual", "低保对象"),
    ("全市低保对象增幅以5%为限。", "5", "actual", "", "低保对象增幅"),  # 以 without a verb after
])
def test_a_rate_printed_before_its_verb_is_a_growth_rate(text, value, kind, basis, subject):
    row = one(text, value)
    assert (row["kind"], row["growth_basis"], row["indicator_zh"]) == (kind, basis, subject)


def test_the_base_derived_from_an_increase_printed_negative_adds_it_back():
    doc = Document("t.txt", "全市结婚登记1200对,比上年增加-300对。", "岚江市", "Lanjiang", 2023, None, None)
    rows = extract_document(doc).figures
    base = rows[rows["method"] == "derived"].iloc[0]
    assert (base["value"], base["derivation"]) == ("1500", "1200对 + 300对 = 1500对")


@pytest.mark.parametrize("text, kind, std", [
    ("全市低保对象9770人,比上年增长1.2倍。", "growth_rate", 120.0),  # up by 1.2 times the base: 120%
    ("全年销售福利彩票624万元,增长1.8倍。", "growth_rate", 180.0),
    ("全市养老床位数是上年的1.5倍。", "actual", 1.5),  # a multiple of the base, no growth verb
    ("全市低保标准提高到上年的1.2倍。", "actual", 1.2),  # raised to: the level, not the growth
])
def test_a_growth_printed_as_a_multiple_is_a_growth_rate_in_percent(text, kind, std):
    row = one(text, next(v for v in ("1.2", "1.8", "1.5") if v + "倍" in text))
    assert (row["kind"], row["value_std"]) == (kind, std)


def test_the_base_derived_from_a_growth_in_multiples_divides_by_one_plus_the_multiple():
    doc = Document("t.txt", "全市低保对象9770人,比上年增长1.2倍。", "岚江市", "Lanjiang", 2023, None, None)
    rows = extract_document(doc).figures
    base = rows[rows["method"] == "derived"].iloc[0]
    assert (base["value"], base["year"]) == ("4440.91", 2022)  # 9770 / (1 + 120%), not 9770 / 1.012


@pytest.mark.parametrize("text, reference_year, year, kind", [
    ("据预测,到本世纪末,全市老年人口可达111万人。", 1996, 2000, "target"),  # the century a text of 1996 is in ends in 2000
    ("到本世纪中叶,全市养老床位达到5万张。", 2023, 2050, "target"),
    ("全市老年人口111万人。", 1996, 1996, "actual"),
])
def test_the_end_or_middle_of_this_century_counts_from_the_document_s_year(text, reference_year, year, kind):
    value = "111" if "111" in text else "5"
    row = one(text, value, reference_year=reference_year)
    assert (row["year"], row["kind"], row["indicator_zh"]) == (year, kind, "老年人口" if value == "111" else "养老床位")


def test_the_date_basis_is_an_enum_value_beside_its_display_text():
    row = one("截至2023年3月底,全市养老床位3180张。", "3180")
    assert (row["date_basis"], row["year_basis"]) == ("printed_in_sentence", "printed in the sentence")
    row = one("全市特困人员集中供养率由2020年的31.2%提高到36.5%。", "31.2")
    assert row["date_basis"] == "from_year"


def test_a_date_keeps_the_precision_it_was_printed_with():
    from mzlib.extract.dates import find_dates

    found = find_dates("截至2023年3月底,2021年末,以2020年11月1日零时为标准时点,2019年")
    assert [d.precision for d in found] == ["month", "year_end", "day", "year"]


def test_a_deadline_this_year_makes_a_target_and_a_plain_this_year_does_not():
    from mzlib.extract.figures import Document, extract_document

    def kind(sentence):
        text = f"发布时间：2023-05-06 | 来源：某市民政局\n\n{sentence}\n"
        doc = Document("t.txt", text, "某市", "Someplace", 2023, None, None)
        f = extract_document(doc).figures
        return f.loc[f["value"] == "240", "kind"].tolist()

    assert kind("会议要求，到今年年底全市老年助餐点要达到240个。") == ["target"]
    assert kind("今年全市老年助餐点达到240个。") == ["actual"]


# ---------------------------------------------------------------- a census named as the source
@pytest.mark.parametrize("source", ["根据第七次全国人口普查结果,", "第七次全国人口普查数据显示,", "据第七次全国人口普查,"])
def test_a_census_round_named_as_the_source_dates_the_figures_of_its_paragraph(source):
    text = (f"从人口结构看,人口老龄化程度加深。{source}全市60岁及以上人口为78472人,占总人口的12.58%;"
            "65岁及以上人口为54600人,占总人口的8.75%。与第六次全国人口普查相比,60岁及以上人口的比重上升2.10个百分点。")
    for value in ("78472", "12.58", "54600", "8.75"):
        row = one(text, value)
        assert (row["kind"], row["year"], row["date_basis"]) == ("actual", 2020, "reference_period"), value
    assert decided(text, "2.10") == ("change_pp", 2020, 2010)


def test_a_census_round_named_for_the_work_dates_nothing():
    text = "全年圆满完成第七次全国人口普查工作,全市60岁及以上人口为78472人。"
    assert decided(text, "78472") == ("actual", 2023, None)
    text = "第七次全国人口普查领导小组办公室成立,全市养老机构有52个。"
    assert decided(text, "52") == ("actual", 2023, None)


def test_a_census_named_as_the_source_never_dates_a_goal():
    text = "根据第七次全国人口普查结果,到2025年,全市养老机构护理型床位占比达到55%。"
    assert decided(text, "55") == ("target", 2025, None)


@pytest.mark.parametrize("words, comparator", [("年提高幅度不低于", ">="), ("年均增幅不低于", ">="),
                                               ("年增长幅度保持在", ""), ("年均增长不低于", ">=")])
def test_a_floor_on_the_yearly_increment_is_a_target_from_the_plan_s_base_year(words, comparator):
    doc = Document("t.txt", f"城乡低保标准{words}5%。", "岚江市", "Lanjiang", 2021, 2021, 2025)
    row = extract_document(doc).figures.iloc[0]
    assert (row["kind"], row["growth_basis"], row["comparator"], row["year"], row["base_year"]) == \
        ("target", "annual_planned", comparator, 2025, 2020)


def test_a_yearly_increment_printed_as_an_outcome_stays_a_growth_rate():
    row = one("五年来,城乡低保标准年增幅在8%以上。", "8")
    assert (row["kind"], row["growth_basis"], row["comparator"]) == ("growth_rate", "annual", ">=")


# ---------------------------------------------------------------- a paragraph of goals
GOALS = "《规划》提出,岚江到2025年建成不少于1.8万张养老床位。全市养老服务综合体{cue}达到50家。"


def test_a_deadline_after_the_plan_that_states_it_dates_the_goals_of_its_paragraph():
    assert decided(GOALS.format(cue=""), "1.8", reference_year=2022)[:2] == ("target", 2025)
    assert decided(GOALS.format(cue=""), "50", reference_year=2022)[:2] == ("target", 2025)
    assert decided(GOALS.format(cue="力争"), "50", reference_year=2022)[:2] == ("target", 2025)


@pytest.mark.parametrize("opening", ["方案明确,", "实施方案提出:", "《规划》提出,", "意见要求,", "纲要指出,"])
def test_a_paragraph_that_opens_with_what_a_plan_states_sets_out_goals(opening):
    """方案明确,…: the measures of the paragraph, dated or not, are the plan's goals; what it says is
    there already (已建成) is not, nor is the next paragraph."""
    text = (f"{opening}全市分别打造1—2家标准化养老机构。新增社区养老服务设施140个左右。全市已建成养老机构35家。\n"
            "全市新建养老机构5家。\n")
    f = figures(text)
    assert list(zip(f["value"], f["kind"])) == [("1", "target"), ("2", "target"), ("140", "target"),
                                                ("35", "actual"), ("5", "actual")]
    assert set(f.loc[f["kind"] == "target", "kind_cue"]) == {opening[:-1]}


@pytest.mark.parametrize("text", ["规划明确的12项指标中,全市养老床位1200张。", "全市新建养老机构1200家。",
                                  "方案实施以来,全市新建养老机构1200家。"])
def test_a_plan_named_without_stating_what_follows_sets_out_no_goal(text):
    assert one(text, "1200")["kind"] == "actual"


@pytest.mark.parametrize("lead", ["力争", "争取", "确保", "预计", "计划"])
def test_a_deadline_after_a_long_subject_and_a_future_marker_dates_the_goals_of_its_paragraph(lead):
    """岚江市力争到2025年,…: the deadline leads its paragraph even after a subject of three
    characters and a future marker; the next sentence's share, with no cue of its own, is that goal."""
    text = f"岚江市{lead}到2025年,养老床位达到1.8万张。护理型床位占比达到60%。"
    assert decided(text, "60", reference_year=2022)[:2] == ("target", 2025)
    assert decided("岚江市于2025年,养老床位达到1.8万张。护理型床位占比达到60%。", "60", reference_year=2022)[:2] \
        == ("actual", 2022)  # not a deadline: 于 is no future marker


@pytest.mark.parametrize("cue", ["目前", "现有", "已有", "已经", "现已", "当前", "截至", "截止", "已建成", "已达", "全年", "年末", "年底"])
def test_what_is_there_now_in_a_paragraph_of_goals_is_not_a_goal(cue):
    text = GOALS.format(cue="") + f"全市养老机构{cue}共30家。"
    assert decided(text, "30", reference_year=2022)[:2] == ("actual", 2022)


def test_a_deadline_of_the_year_s_end_in_a_paragraph_of_goals_is_still_a_goal():
    text = GOALS.format(cue="") + "全市养老机构年底前建成30家。"
    assert decided(text, "30", reference_year=2022)[0] == "target"


def test_a_deadline_deep_in_its_sentence_does_not_date_the_next_sentence():
    text = "全市现有养老床位1.2万张,按照规划要求将在到2025年提高。全市养老服务综合体达到50家。"
    assert decided(text, "50", reference_year=2022)[:2] == ("actual", 2022)


@pytest.mark.parametrize("text, kind", [
    ("中心城区养老床位数按照户籍老年人口的2.5%配置。", "target"),
    ("新建小区按照每百户2.5%的比例配建养老服务用房。", "target"),
    ("新建小区按照老年人口的2.5%配备护理员。", "target"),
    ("社区按照服务人口的2.5%设置社工岗位。", "target"),
    ("中心城区养老床位数占户籍老年人口的2.5%。", "actual"),  # no norm: a share reached
    ("按照新口径统计,养老床位数占户籍老年人口的2.5%。", "actual"),  # 按照 in another clause
])
def test_a_planning_norm_is_a_target_and_a_share_reached_is_not(text, kind):
    assert one(text, "2.5", reference_year=2022)["kind"] == kind


# ---------------------------------------------------------------- gaps
@pytest.mark.parametrize("verb", ["高出", "超出", "多出", "高", "低", "多", "少"])
def test_a_gap_verb_after_a_comparison_makes_a_change_signed_by_its_direction(verb):
    row = one(f"全市养老机构52家,比上年{verb}3家。", "3")
    sign = -1 if verb in ("低", "少") else 1
    assert (row["kind"], row["base_year"], row["value_std"]) == ("change", 2022, sign * 3)


@pytest.mark.parametrize("place", ["全国", "全省", "全市", "全区", "全州", "全县", "国家", "全球", "世界"])
def test_a_share_s_gap_to_another_place_is_in_points_and_has_no_base_year(place):
    row = one(f"岚江60岁以上人口占总人口比例14.7%,比{place}高出2.2%。", "2.2")
    assert (row["kind"], row["unit_std"], row["growth_basis"]) == ("change_pp", "pp", "between_places")
    assert pd.isna(row["base_year"])


@pytest.mark.parametrize("text, kind, basis", [
    ("岚江60岁以上人口占总人口比例14.7%,比上年高出2.2%。", "growth_rate", "total"),  # its own earlier share
    ("2022年城市低保标准为每人每月800元,比全省平均水平高出12%。", "growth_rate", "between_places"),  # no share
    ("岚江60岁以上人口占总人口比例14.7%,高于全省2.2%。", "change_pp", "between_places"),
    ("岚江60岁以上人口占总人口比例14.7%,低于全国2.2%。", "change_pp", "between_places"),
])
def test_a_gap_in_percent_is_in_points_only_between_the_shares_of_two_places(text, kind, basis):
    row = one(text, "2.2" if "2.2" in text else "12", reference_year=2022)
    assert (row["kind"], row["growth_basis"]) == (kind, basis)


def test_a_gap_to_another_place_derives_no_earlier_value():
    f = figures("全市养老机构52家,比全省平均多3家。")
    assert set(f["kind"]) == {"actual", "change"}
    assert f.loc[f["value"] == "3", "growth_basis"].item() == "between_places"


@pytest.mark.parametrize("text", [
    "全市养老床位中护理型床位比例达到55%。",  # 比例: a share, no comparison
    "全市比较重视养老服务,建成站点12个。",
    "至少3家养老机构完成改造。",
])
def test_words_that_only_look_like_a_gap(text):
    assert not set(figures(text, reference_year=2022)["kind"]) & {"change", "growth_rate", "change_pp"}


# ---------------------------------------------------------------- the subject of a change
@pytest.mark.parametrize("comparison", ["比上年", "较上年", "比上年末", "比上年同期", "比去年", "同比", "环比",
                                        "比2020年", "较2020年末", "与上年相比", "比全省平均水平", "较上年度"])
def test_the_comparison_of_a_change_is_no_part_of_its_subject(comparison):
    row = one(f"全市城市低保对象{comparison}减少1.2万人。", "1.2")
    assert (row["indicator_zh"], row["indicator_id"]) == ("城市低保对象", "dibao_recipients_urban")


@pytest.mark.parametrize("text, subject", [
    ("全市比例护理型床位1200张。", "比例护理型床位"),  # 比例 is no comparison
    ("全市较大规模养老机构12家。", "较大规模养老机构"),  # 较 before no base of comparison
])
def test_words_that_only_look_like_a_comparison_stay_in_the_subject(text, subject):
    assert figures(text)["indicator_zh"].tolist() == [subject]


@pytest.mark.parametrize("text, basis", [
    ("与全国相比,岚江60岁及以上人口的比重高2.1个百分点。", "between_places"),
    ("岚江60岁及以上人口的比重高于全省2.1个百分点。", "between_places"),
    ("与全国相比,岚江60岁以上人口比重高1.0个百分点,比上年提高2.1个百分点。", ""),  # the last comparison counts
    ("与2010年相比,岚江60岁及以上人口的比重上升2.1个百分点。", ""),
])
def test_a_change_in_points_compared_with_another_place_has_no_base_year(text, basis):
    row = one(text, "2.1", reference_year=2020)
    assert (row["kind"], row["growth_basis"]) == ("change_pp", basis)


@pytest.mark.parametrize("compared", ["较“十三五”末", "比“十三五”末", "比“十三五”期末", "与“十三五”末相比,"])
def test_a_plan_period_s_end_compared_with_gives_the_base_year_and_not_the_date(compared):
    row = one(f"“十四五”期间,全市养老床位达1.8万张,{compared}增长46%。", "46", reference_year=2023)
    assert (row["kind"], row["base_year"]) == ("growth_rate", 2020)
    assert row["year"] != 2020


def test_a_plan_period_s_end_that_is_not_compared_with_dates_the_figure():
    assert decided("“十三五”末,全市养老床位1.2万张。", "1.2")[:2] == ("actual", 2020)


def test_a_percent_printed_in_words_is_a_figure_with_its_printed_value():
    f = figures("全市农村五保供养率达到百分之九十五,比上年提高百分之5。")
    assert list(zip(f["value"], f["value_text"], f["unit"], f["kind"])) == [
        ("95", "百分之九十五", "%", "actual"), ("5", "百分之5", "%", "growth_rate")]


@pytest.mark.parametrize("text, value, year", [
    ("按照我市上年度最低工资标准为22920元计算,照料护理标准每人每年2292元。", "22920", 2022),  # the year before
    ("按照我市上年度最低工资标准为22920元计算,照料护理标准每人每年2292元。", "2292", 2023),  # another clause
    ("城市低保标准占当地城镇居民上年度人均消费支出的39.6%。", "39.6", 2023),  # a share of last year's whole
    ("全年城镇居民人均可支配收入比上年度增长6.2%。", "6.2", 2023),  # a comparison: the base, not the date
])
def test_last_year_before_a_subject_dates_its_figure_but_not_a_share_of_it(text, value, year):
    assert one(text, value)["year"] == year


@pytest.mark.parametrize("when, year", [("明年", 2009), ("今年", 2008)])
def test_a_year_relative_to_the_page_date_counts_from_it(when, year):
    """明年 and 今年 count from the date the page prints; a standard in force from a date after the
    document's (明年1月1日起…调整为) is dated then."""
    text = f"2008-12-16 10:12\n{when}1月1日起,全市城镇低保标准调整为每人每月400元。\n"
    doc = Document("t.txt", text, "岚江市", "Lanjiang", 2008, None, None)
    row = extract_document(doc).figures.iloc[0]
    assert (row["value_text"], row["year"]) == ("400", year)


@pytest.mark.parametrize("when, year", [("明年", 2009), ("今年", 2008), ("去年", 2007)])
def test_a_year_word_without_a_month_counts_from_the_page_date(when, year):
    """明年 / 今年 / 去年 alone (no month after them) date the figures of their clause by the
    year the page prints (2008-12-16), one after, the same, one before."""
    text = f"2008-12-16 10:12\n{when}全市新增养老床位500张。\n"
    doc = Document("t.txt", text, "岚江市", "Lanjiang", 2006, None, None)
    row = extract_document(doc).figures.iloc[0]
    assert (row["value_text"], row["year"]) == ("500", year)


@pytest.mark.parametrize("text, value, year, base_year", [
    ("去年,全市新增养老床位500张。", "500", 2007, None),  # opens its clause: the figure's year
    ("全市新增养老床位500张,比去年增加120张。", "120", 2008, 2007),  # compared with: the base
    ("与去年相比,全市养老床位增加500张。", "500", 2008, 2007),  # opens its clause but compared with
    # the year a report looks back on: 去年 in its words, never a base
    ("过去的一年,全市新增养老床位500张。", "500", 2007, None),
    ("过去一年,全市新增养老床位500张。", "500", 2007, None),
    ("在过去的一年里,全市新增养老床位500张。", "500", 2007, None),
    # a year leading the sentence dates the items after its semicolons too
    ("去年,全市保障低保对象1.2万人;养老服务设施覆盖率达到95%。", "95", 2007, None),
    ("过去的一年,全市保障低保对象1.2万人;养老服务设施覆盖率达到95%。", "95", 2007, None),
    ("全市新增养老床位500张;过去一年共新增120张。", "500", 2008, None),  # not leading: its own clause only
])
def test_last_year_opening_a_clause_dates_it_but_compared_with_gives_the_base(text, value, year, base_year):
    row = one(text, value, reference_year=2008)
    assert (row["year"], None if pd.isna(row["base_year"]) else row["base_year"]) == (year, base_year)


# a news report that opens with its full date (its dateline) counts the past year from that date, not from the year it
# reports on: a January release on last year's projects
@pytest.mark.parametrize("opening, year", [
    ("2026年1月21日,某县召开2025年度民生实事完成情况新闻发布会。", 2025),
    ("某县召开2025年度民生实事完成情况新闻发布会。", 2024),  # no dateline: from the year reported on
    ("某县于2026年1月21日召开2025年度民生实事完成情况新闻发布会。", 2024),  # a date inside a sentence is no dateline
])
def test_a_dateline_dates_the_past_year_of_a_news_report(opening, year):
    assert one(opening + "\n过去一年,新建管网2.5公里。", "2.5", reference_year=2025)["year"] == year


# a census communiqué's growth rate between two censuses, its minus printed as a sign or as the word 负
@pytest.mark.parametrize("text, value, value_std", [
    ("全县常住人口75757人,年平均增长率-3.35 %。", "-3.35", -3.35),
    ("全县常住人口41198人,年平均增长率为负1.65%。", "1.65", -1.65),
    ("全县常住人口41198人,年平均增长率为1.65%。", "1.65", 1.65),
])
def test_a_census_growth_rate_keeps_its_minus_in_a_sign_or_a_word(text, value, value_std):
    row = one(text, value, reference_year=2020)
    assert (row["kind"], row["value_std"]) == ("growth_rate", value_std)


# the value of a census before that a figure is compared with, a noun between 的 and it, or no unit (an index)
@pytest.mark.parametrize("text, value, year, kind", [
    ("平均每个家庭户的人口为2.01人,比2010年第六次全国人口普查的家庭规模3.22人 减少了1.21人。", "3.22", 2010, "baseline"),
    ("性别比为112.47,与2010年第六次全国人口普查的115.03相比下降了2.56。", "115.03", 2010, "baseline"),
])
def test_the_value_of_a_census_before_compared_with_is_its_baseline(text, value, year, kind):
    row = one(text, value, reference_year=2020)
    assert (row["year"], row["kind"]) == (year, kind)


# ---------------------------------------------------------------- a plan's goals read in the news
@pytest.mark.parametrize("place", ["全市", "岚江市", "某某省"])
def test_a_future_year_after_the_place_a_sentence_is_about_dates_the_goals_of_all_its_clauses(place):
    """湖南省2020年,…;…;…: the year after the sentence's place leads the whole sentence, its items after ``;`` too;
    a year after the document's is a goal's, with or without a comparator."""
    text = (f"1、{place}2025年,每千名老年人拥有养老床位40张以上;养老机构护理型床位达到1.2万张;"
            "街道综合养老服务中心覆盖率分别达到100%和80%以上。")
    assert [decided(text, v, reference_year=2022)[:2] for v in ("40", "1.2", "100", "80")] == [("target", 2025)] * 4


def test_a_year_after_the_place_a_sentence_is_about_dates_that_sentence_only():
    text = "岚江市2021年,全市养老床位达到1.8万张;护理型床位达到6000张。全市护理型床位占比达到35%。"
    assert decided(text, "6000", reference_year=2022)[:2] == ("actual", 2021)  # a past year: what was done
    assert decided(text, "35", reference_year=2022)[:2] == ("actual", 2022)  # the next sentence: not its
    assert decided("城市低保2021年,保障对象达到1.2万人;特困人员达到3000人。", "3000", reference_year=2022)[:2] \
        == ("actual", 2022)  # 城市低保 is no place: the year dates its own clause only


@pytest.mark.parametrize("period, year, base", [("“十四五”", 2025, 2020), ("“十三五”", 2020, 2015)])
def test_a_yearly_growth_over_a_named_plan_period_is_dated_at_its_end(period, year, base):
    assert decided(f"城市低保标准{period}年均增长率达到8%以上。", "8", reference_year=2022) == ("growth_rate", year, base)
    assert decided("城市低保标准年均增长率达到8%以上。", "8", reference_year=2022) == ("growth_rate", 2022, None)


@pytest.mark.parametrize("text, value, kind", [("3、医疗救助对象人均筹资增长率,2025年达到15%。", "15", "growth_rate"),
                                               ("3、节地生态安葬率,2025年达到65%。", "65", "target"),
                                               ("3、因灾直接经济损失占地区生产总值的比例,2025年小于等于1.3%。", "1.3", "target")])
def test_an_indicator_named_in_the_clause_before_its_year_and_verb_is_the_figure_s_subject(text, value, kind):
    """A plan's list: ``指标名称,2025年达到X%``. The clause of the date and the verb alone takes the indicator of the
    clause before it; a growth rate so named is a growth rate."""
    row = one(text, value, reference_year=2022)
    assert (row["kind"], row["year"]) == (kind, 2025)
    assert row["indicator_zh"] == text[2:text.index(",")]


@pytest.mark.parametrize("text, value, subject", [
    ("城市低保对象:7900人\n农村低保对象:21300人\n", "7900", "城市低保对象"),  # a key and its value, a line each
    ("城市低保对象：7900人\n农村低保对象：21300人\n", "21300", "农村低保对象"),
    ("全年结婚登记对数:3020对,离婚登记对数:1100对。", "1100", "离婚登记对数"),
    ("城市低保平均标准:780元/人·月。", "780", "城市低保平均标准"),
])
def test_a_value_alone_after_a_colon_is_named_by_the_words_before_it(text, value, subject):
    assert one(text, value)["indicator_zh"] == subject


@pytest.mark.parametrize("text, value", [
    ("项目名称:19名百岁老人高龄津贴发放", "19"),  # words after the value: the value is no key's alone
    ("附件:3份养老机构名单", "3"),
])
def test_a_value_followed_by_words_after_a_colon_is_not_named_by_the_key(text, value):
    assert one(text, value)["indicator_zh"] not in ("项目名称", "附件")


@pytest.mark.parametrize("month", ["10月", "10月份", "10月底"])
def test_a_month_that_opens_the_clause_is_no_part_of_the_subject(month):
    assert one(f"{month}全县共有特困人员718人。", "718")["indicator_zh"] == "特困人员"


@pytest.mark.parametrize("number", ["3、", "3.", "(3)", "(三)", "三、", "三是"])
def test_a_list_number_is_no_part_of_the_subject(number):
    assert one(f"{number}全市养老床位达到1200张。", "1200")["indicator_zh"] == "养老床位"


def test_a_clause_before_a_year_and_a_verb_that_prints_a_number_is_no_subject_of_the_next():
    row = one("全市养老床位1.5万张,2025年达到1.8万张。", "1.8", reference_year=2022)
    assert row["indicator_zh"] != "全市养老床位1.5万张" and "1.5" not in row["indicator_zh"]


# ---------------------------------------------------------------- the year's projects for the people
PROJECTS = "会议还确定了{year}年岚江市民生实事项目{done}。包括新建社区老年助餐点30个,改造老旧小区12个。\n{next}\n"


@pytest.mark.parametrize("opening", ["会议还确定了", "此外还公布", "政府工作报告提出"])
def test_the_year_s_projects_for_the_people_named_before_a_paragraph_s_list_are_its_goals(opening):
    """A work report's news: the first sentence names the projects of the report's year (民生实事项目, 为民办实事项目),
    the sentences after it list them without a future marker; a paragraph that goes on with 同时 (with or without a
    comma) continues them."""
    text = PROJECTS.format(year=2024, done="", next="同时着力提升养老服务品质,新建家庭养老床位600张。")
    text = text.replace("会议还确定了", opening)
    assert [decided(text, v, reference_year=2024)[:2] for v in ("30", "12", "600")] == [("target", 2024)] * 3


@pytest.mark.parametrize("year, done, following", [
    (2024, "全部完成", "同时着力提升养老服务品质,新建家庭养老床位600张。"),  # reported done
    (2023, "", "同时着力提升养老服务品质,新建家庭养老床位600张。"),  # the year before the report's: a review
    (2024, "", "同时期全市新建家庭养老床位600张。"),  # 同时期 (the same period) continues no goals
])
def test_projects_reported_done_or_of_an_earlier_year_are_no_goals(year, done, following):
    text = PROJECTS.format(year=year, done=done, next=following)
    assert decided(text, "600", reference_year=2024)[0] == "actual"
    if done or year < 2024:
        assert decided(text, "30", reference_year=2024)[0] == "actual"


# ---------------------------------------------------------------- the progress of the year's projects
PROGRESS = ("2022年岚江区民政实事项目完成情况进度表(六月份)\n"
            "一、新建老年日间服务中心2所,社区老年人助餐点6个\n"
            "汀川路日间服务中心完成装修。3个助餐点完成改造。\n"
            "二、居家养老服务老年人1.5万人\n"
            "居家养老服务老人14280人。\n")
PROGRESS_TABLE = ("序号\n重点工作任务(民生实事项目)\n牵头单位\n进展情况(二季度)\n"
                  "1\n新增老年助餐点12个\n区民政局\n其中5个已建成。\n"
                  "2\n新增家庭养老床位300张\n区民政局\n目前完成220张。\n")


def test_a_report_on_the_progress_of_the_year_s_projects_opens_each_item_with_a_goal():
    """A report on the progress of the year's projects (民政实事项目完成情况进度表, or a table one cell a line headed
    重点工作任务(民生实事项目) … 进展情况): each numbered item opens with a project's goal, also after a line that holds
    only its row number; the lines under it report the progress."""
    f = figures(PROGRESS, reference_year=2022)
    assert list(zip(f["value"], f["kind"], f["year"])) == [
        ("2", "target", 2022), ("6", "target", 2022), ("3", "actual", 2022), ("1.5", "target", 2022),
        ("14280", "actual", 2022)]
    f = figures(PROGRESS_TABLE, reference_year=2024)
    assert list(zip(f["value"], f["kind"])) == [("12", "target"), ("5", "actual"), ("300", "target"),
                                                ("220", "actual")]


@pytest.mark.parametrize("text", [
    PROGRESS.replace("民政实事项目完成情况进度表", "民政工作完成情况进度表"),  # no projects named
    PROGRESS.replace("完成情况进度表", "清单"),  # no progress reported
    PROGRESS.replace("\n一、", "\n汀川路一、").replace("\n二、", "\n汀川路二、"),  # no item opens its line
])
def test_without_a_report_on_the_year_s_projects_a_numbered_item_prints_values(text):
    f = figures(text, reference_year=2022)
    assert set(f["kind"]) == {"actual"}


def test_a_row_number_on_its_own_line_opens_no_goal_outside_a_report_on_the_year_s_projects():
    f = figures(PROGRESS_TABLE.replace("进展情况(二季度)", "责任人"), reference_year=2024)
    assert set(f["kind"]) == {"actual"}


# ---------------------------------------------------------------- an equation of amounts
@pytest.mark.parametrize("plus", ["+", "＋", " ", ""])
def test_an_equation_of_amounts_reads_the_standard_before_and_its_increase(plus):
    """``一类对象420元/月+15元=435元/月``: the first term is the standard before the adjustment, the second its
    increase, the sum the new standard; with the plus sign lost in conversion (a space, or nothing) the sum that
    holds tells the terms apart. Nothing is derived from the increase: the value before is printed."""
    f = figures(f"分类施保标准调整为:一类对象420元/月{plus}15元=435元/月;二类对象360.5元/月{plus}20元=380.5元/月。",
                reference_year=2022, doc_type="policy_notice")
    assert list(zip(f["value"], f["kind"])) == [("420", "baseline"), ("15", "change"), ("435", "standard"),
                                                ("360.5", "baseline"), ("20", "change"), ("380.5", "standard")]


@pytest.mark.parametrize("plus", [" ", ""])
def test_amounts_whose_sum_does_not_hold_are_no_equation_without_a_plus_sign(plus):
    f = figures(f"分类施保标准调整为:一类对象420元/月{plus}15元=436元/月。", reference_year=2022, doc_type="policy_notice")
    assert list(zip(f["value"], f["kind"]))[0] == ("420", "standard")
    assert "baseline" not in set(f["kind"])


# ---------------------------------------------------------------- "now" and the as-of date
def test_now_in_a_sentence_that_prints_an_as_of_date_later_is_that_date():
    """A plan's review written later: ``目前,…420元,比2010年的330元提高了90元,截至2014年10月,…``: the time of 目前 is
    the as-of date its sentence prints; the value compared with keeps its own year."""
    text = "目前,我区低保标准为每月420元,比2010年的330元提高了90元,截至2014年10月,全区共有低保对象5211人。"
    assert [decided(text, v, reference_year=2016)[:2] for v in ("420", "90", "5211", "330")] == [
        ("standard", 2014), ("change", 2014), ("actual", 2014), ("baseline", 2010)]
    assert decided(text.replace("目前,", ""), "420", reference_year=2016)[1] == 2016  # no "now": the document's
    assert decided("目前,我区低保标准为每月420元。截至2014年10月,全区共有低保对象5211人。", "420",
                   reference_year=2016)[1] == 2016  # the as-of date of another sentence


# ---------------------------------------------------------------- counts of cases and days; a number that names a goal
@pytest.mark.parametrize("text, value, unit", [("全年办理收养登记52例。", "52", "例"), ("空气质量优良天数达到292天。", "292", "天")])
def test_cases_and_days_are_counts(text, value, unit):
    row = one(text, value)
    assert (row["unit"], row["kind"]) == (unit, "actual")


@pytest.mark.parametrize("text", ["申请材料齐全的,在15天内办结。", "自受理之日起15个工作日内审核完毕。", "须在15日以内上报。"])
def test_a_time_limit_in_days_is_no_figure(text):
    assert "15" not in set(figures(text)["value"])


def test_a_number_that_names_a_goal_is_a_target():
    assert decided("全市空气质量优良天数超过全年292天的目标。", "292")[0] == "target"
    assert decided("全市空气质量优良天数达到292天。", "292")[0] == "actual"


def test_a_goal_named_after_a_floor_or_an_approximation_and_a_pair_of_goals_are_targets():
    """A review of the year's targets prints the target after the value reached, with its floor or approximation
    before ``的目标`` (``900万人以上的目标``, ``5.5%左右的预期目标``), and two targets that share the words
    (``优于6%和5.5%左右的预期目标``): each is a target; the values reached stay actual."""
    text = ("全年城镇新增就业1186万人,超额完成原定的900万人以上的目标;城镇调查失业率平均为5.6%,年末城镇登记失业率为"
            "3.62%,分别优于6%和5.5%左右的预期目标。")
    assert [decided(text, v)[0] for v in ("1186", "900", "5.6", "3.62", "6", "5.5")] == [
        "actual", "target", "actual", "actual", "target", "target"]


def test_a_floor_or_a_pair_not_followed_by_the_goal_s_words_is_what_was_reached():
    text = "全年城镇新增就业900万人以上,完成全年目标;城镇登记失业率为3.62%和3.5%,低于预期目标。"
    assert [decided(text, v)[0] for v in ("900", "3.62", "3.5")] == ["actual", "actual", "actual"]


# a change in percentage points is the change of a share or a rate, never of a count: after a count it measures
# the share printed just before it, else the registry's share of that count; after a count alone, no indicator
@pytest.mark.parametrize("text, value, indicator", [
    ("年末65周岁及以上人口61.20万人,占17.2%,比上年提高0.6个百分点。", "0.6", "pop_share_65plus"),
    ("60岁及以上人口增加2.4万人,比重上升了1.16个百分点。", "1.16", "pop_share_60plus"),
    ("养老机构中护理型床位13.1万张,占养老机构床位总数的53.0%,比上年提高4.6个百分点。", "4.6", "nursing_bed_share"),
    ("60周岁以上老年人口681.62万,占全省总人口的17.94%,65周岁以上老年人口440.71万,占全省总人口的11.6%,"
     "分别高于国家1.24和0.8个百分点。", "1.24", "pop_share_60plus"),
    ("60周岁以上老年人口681.62万,占全省总人口的17.94%,65周岁以上老年人口440.71万,占全省总人口的11.6%,"
     "分别高于国家1.24和0.8个百分点。", "0.8", "pop_share_65plus"),
    ("全市养老床位3200张,比上年提高2个百分点。", "2", "unmapped"),  # points of a count: no indicator
    ("全市养老床位3200张,比上年增加200张。", "200", "elder_care_beds"),  # a change in the count's unit: the count's
])
def test_a_change_in_points_is_the_change_of_a_share(text, value, indicator):
    assert one(text, value)["indicator_id"] == indicator


# a name in brackets after a share's words names its indicator (占常住人口比重(常住人口城镇化率))
@pytest.mark.parametrize("text, value, indicator", [
    ("城镇常住人口381.6万人,占常住人口比重(常住人口城镇化率)为65.02%,比上年末提高0.71个百分点。", "65.02",
     "urbanisation_rate"),
    ("城镇常住人口381.6万人,占常住人口比重(常住人口城镇化率)为65.02%,比上年末提高0.71个百分点。", "0.71",
     "urbanisation_rate"),
    ("城镇常住人口381.6万人,占常住人口比重(按户籍口径)为65.02%。", "65.02", "unmapped"),  # no indicator's name
])
def test_a_name_in_brackets_names_the_share(text, value, indicator):
    assert one(text, value)["indicator_id"] == indicator


def _whole(text, reference_year=2023):
    f = figures(text, reference_year)
    return sorted(zip(f["value"], f["unit"], f["year"].astype(int), f["kind"]))


# an age printed with decimals is a value (a life expectancy, an average age), never the bound of a group: also before
# a 、 that in 60岁、65岁及以上 lists bounds
def test_an_age_with_decimals_is_a_value_and_a_whole_age_before_a_list_mark_a_bound():
    assert _whole("2022年,全市户籍人口预期寿命为82.45岁,其中男性80.17岁、女性84.93岁。") == [
        ("80.17", "岁", 2022, "actual"), ("82.45", "岁", 2022, "actual"), ("84.93", "岁", 2022, "actual")]
    assert _whole("2022年末,全市60岁、65岁及以上户籍老年人口分别为31.6万人、22.4万人。") == [
        ("22.4", "万人", 2022, "actual"), ("31.6", "万人", 2022, "actual")]


# the from-value of a change whose verb is one character before 至/到 (增至, 降至, 减至, 升至), as of 提高到; also the second
# of two values run together (13677户49479人), as the second of a list after 、
@pytest.mark.parametrize("verb", ["增至", "降至", "减至", "升至", "增到", "提高到", "提升至", "下调至"])
def test_the_value_before_a_one_character_change_verb_is_the_value_changed_from(verb):
    text = f"2022年末,全市80岁及以上老年人口占总人口比重从2021年末的5.31%{verb}5.47%。"
    assert _whole(text) == [("5.31", "%", 2021, "baseline"), ("5.47", "%", 2022, "actual")]


def test_values_run_together_before_the_change_verb_are_both_values_changed_from():
    assert _whole("2021年,全县贫困人口由2016年的4326户11527人减至312户706人。") == [
        ("11527", "人", 2016, "baseline"), ("312", "户", 2021, "actual"), ("4326", "户", 2016, "baseline"),
        ("706", "人", 2021, "actual")]
    # no 由/从: the counts of the year, and a rate that fell to its level
    assert _whole("2021年,全县贫困人口4326户11527人,贫困发生率降至0.6%。") == [
        ("0.6", "%", 2021, "actual"), ("11527", "人", 2021, "actual"), ("4326", "户", 2021, "actual")]


# the value after the change verb is the value changed to, also when the change's amount follows it after a comma
# (,增加了52.4万人): 由/从 before it reaches only the values before the verb
@pytest.mark.parametrize("verb", ["增加到", "增至", "提高到"])
def test_the_value_changed_to_is_no_value_changed_from_when_the_amount_follows(verb):
    text = f"2022年末,全市60岁及以上老年人口从2017年末的296.7万人{verb}349.1万人,增加了52.4万人。"
    assert _whole(text) == [("296.7", "万人", 2017, "baseline"), ("349.1", "万人", 2022, "actual"),
                            ("52.4", "万人", 2022, "change")]
    # before the verb, each value of a list after 由 is one changed from
    text = f"2022年末,全市城乡老年人口由2017年末的296.7万人、58.2万人分别{verb}349.1万人、61.5万人。"
    assert [row[3] for row in _whole(text)] == ["baseline", "actual", "baseline", "actual"]


# a year after 到 that closes a span opened by 从/由/自 and a date (从2021年年末到2022年年末) is the span's end, the point
# reported, as after 至; 到 before a year with no span opened is a deadline
@pytest.mark.parametrize("to", ["到", "至"])
def test_the_end_of_a_span_from_a_date_is_the_point_reported_not_a_deadline(to):
    text = f"从2021年年末{to}2022年年末,全市60岁及以上老年人口增加3.26万人。"
    assert _whole(text) == [("3.26", "万人", 2022, "actual")]


def test_a_year_after_to_with_no_span_opened_is_a_deadline():
    assert _whole("到2025年年末,全市60岁及以上老年人口将增加3.26万人。") == [("3.26", "万人", 2025, "target")]


# a work report's review of the year past (一、2022年工作回顾) prints results not yet final as estimates: 预计 there marks
# a result of that year, not a goal; under the heading of the year's work (二、2023年工作安排) it is a goal again
_REPORT = ("一、2022年工作回顾\n2022年,全县经济社会平稳发展。预计地区生产总值增长6.5%;地方财政收入2.36亿元、同比增长5%。\n"
           "二、2023年工作安排\n今年经济社会发展的主要预期目标是:预计地区生产总值增长6%;地方财政收入2.5亿元。")


def test_an_estimate_in_a_reports_review_of_the_year_past_is_a_result():
    assert _whole(_REPORT) == [
        ("2.36", "亿元", 2022, "actual"), ("2.5", "亿元", 2023, "target"), ("5", "%", 2022, "growth_rate"),
        ("6", "%", 2023, "growth_rate"), ("6.5", "%", 2022, "growth_rate")]
    # no review heading: 预计 leads the sentence's list of goals
    assert one(_REPORT.split("\n", 1)[1].split("\n")[0], "2.36")["kind"] == "target"


# ---------------------------------------------------------------- an earlier period's value after the current one
@pytest.mark.parametrize("text, current, earlier, year", [
    ("各级预算下达1107.98亿元,占预算安排的79%,一季度为69.7%。", "79", "69.7", 2023),
    ("全市养老床位3000张,上年为2800张。", "3000", "2800", 2022),
    ("城镇登记失业率为3.6%,上年同期为3.8%。", "3.6", "3.8", 2022),
])
def test_an_earlier_period_s_value_printed_after_the_current_one_is_a_baseline(text, current, earlier, year):
    """A progress report prints the current value, then the value of an earlier period in a clause opened by the
    period's name (``,一季度为69.7%``, ``,上年为2800张``): the compared value, a baseline of that period."""
    assert decided(text, current)[0] == "actual"
    assert decided(text, earlier)[:2] == ("baseline", year)


def test_a_period_named_first_in_its_sentence_is_no_earlier_value():
    text = "一季度为69.7%,二季度为72%。"  # periods side by side, no current value before the first
    assert [decided(text, v)[0] for v in ("69.7", "72")] == ["actual", "actual"]



# a rate's name reaches its number also through 超过(了), the verb of a rate above a floor (年均增速超过了6.9%): a growth
# rate; a level's share after 超过 with no rate's name before it stays a level
@pytest.mark.parametrize("text, value", [
    ("2020-2023年,全市残疾人家庭人均纯收入年均增速超过了6.9%,与经济增长基本同步。", "6.9"),
    ("2022年,全县社会消费品零售总额增幅超过8.5%。", "8.5"),
])
def test_a_rate_named_before_exceeding_is_a_growth_rate(text, value):
    assert decided(text, value)[0] == "growth_rate"


def test_a_share_exceeding_a_floor_without_a_rate_s_name_stays_a_level():
    assert _whole("2022年,全市养老机构入住率超过了69%。") == [("69", "%", 2022, "actual")]


# a goal's name with 任务 before 目标 (的既定任务目标, 的年度任务目标) names a goal as 的目标 does: the number before it is the
# target, the value reached in the same sentence stays actual
@pytest.mark.parametrize("name", ["既定任务目标", "年度任务目标", "任务目标"])
def test_a_number_before_a_task_goal_s_name_is_a_target(name):
    assert _whole(f"2022年,全县新增城镇就业1.2万人,超额完成1万人的{name}。") == [
        ("1", "万人", 2022, "target"), ("1.2", "万人", 2022, "actual")]


def test_a_share_of_the_year_s_task_reached_is_no_goal():
    assert _whole("2022年,全县新增城镇就业1.2万人,完成年度任务的120%。") == [
        ("1.2", "万人", 2022, "actual"), ("120", "%", 2022, "actual")]


# 上年 (the year before) counts from the year its sentence prints before it: in a review of 2023 that reports 2022年末, 比上年末
# compares with 2021; with no year printed in the sentence, from the document's year
@pytest.mark.parametrize("text, base", [
    ("2022年末全市常住人口562.3万人,比上年末减少1.2万人;其中65岁及以上人口89.6万人,比上年提高0.6个百分点。", 2021),
    ("年末全市常住人口562.3万人,比上年末减少1.2万人;其中65岁及以上人口89.6万人,比上年提高0.6个百分点。", 2022),
])
def test_the_year_before_counts_from_the_year_its_sentence_prints(text, base):
    f = figures(text, 2023, doc_type="mid_term_review")
    changes = f[f["kind"].isin(["change", "change_pp"])]
    assert changes[["value", "base_year"]].values.tolist() == [["1.2", base], ["0.6", base]]


# a clause that reports what is there now (目前已达到, 现已) after a goal's deadline printed earlier in its sentence is of
# now, not of the deadline; a deadline not after the document's year (到2022年底,…,已建成) is an as-of date and still dates
def test_what_is_there_now_after_a_goal_s_deadline_is_of_now():
    text = "规划目标为到2025年特困人员供养服务设施护理型床位占比达到50%,目前已达到42%。"
    assert _whole(text) == [("42", "%", 2023, "actual"), ("50", "%", 2025, "target")]
    assert _whole("规划目标为到2025年特困人员供养服务设施护理型床位占比达到50%,达到42%。") == [
        ("42", "%", 2025, "target"), ("50", "%", 2025, "target")]


def test_a_past_deadline_before_what_is_there_now_still_dates_it():
    assert decided("到2022年底,全市养老机构达到86家,已建成床位9800张。", "9800")[:2] == ("actual", 2022)


# 实际 before a verb of what was done (实际完成, 实际发放) marks a result against the goal the sentence names first
@pytest.mark.parametrize("verb", ["完成", "达到", "达", "为", "支出", "发放", "执行", "到位", "建成"])
def test_a_value_actually_reached_after_a_goal_is_a_result(verb):
    assert _whole(f"社区养老服务设施覆盖率目标为90%,实际{verb}95%。") == [
        ("90", "%", 2023, "target"), ("95", "%", 2023, "actual")]


def test_a_value_after_a_goal_without_words_of_what_was_done_stays_a_goal():
    assert _whole("社区养老服务设施覆盖率目标为90%,结合实际提高到95%。")[1][3] == "target"


# a future marker 将 before a verb of intent (将推动新建, 将落实) makes a goal; 将 as 把 before a noun does not
@pytest.mark.parametrize("verb", ["推动", "落实", "启动", "组织", "支持", "筹建", "建立"])
def test_will_before_a_verb_of_intent_makes_a_goal(verb):
    assert _whole(f"下一步,我局将{verb}新建居家养老服务站40个。") == [("40", "个", 2023, "target")]


def test_will_as_a_preposition_before_a_noun_makes_no_goal():
    assert _whole("下一步,我局将养老服务站40个纳入管理。") == [("40", "个", 2023, "actual")]


# a value named by its stage, as a plan's evaluation table names its columns (基期值, 目标值, 完成值), has that stage's kind
@pytest.mark.parametrize("stage, kind", [("基期值", "baseline"), ("基期", "baseline"), ("基数", "baseline"),
                                         ("目标值", "target"), ("规划值", "target"), ("预期值", "target"),
                                         ("完成值", "actual"), ("实际值", "actual"), ("现状值", "actual")])
def test_a_value_named_by_its_stage_has_that_stage_s_kind(stage, kind):
    assert decided(f"养老机构护理型床位占比的{stage}为46%。", "46")[0] == kind
    assert decided("养老机构护理型床位占比为46%。", "46")[0] == "actual"


# the share of a goal or plan done (完成目标的88.6%, 占规划目标(400个)的78%, 完成计划的104.7%) is a result, even where the
# sentence names the goal first (目标为, 计划); a share of what is to be done, or of a total, stays as other words decide
@pytest.mark.parametrize("text, share", [
    ("养老床位总数目标为3.5万张,已完成3.1万张,完成目标的88.6%。", "88.6"),
    ("全年计划发放救助资金3.2亿元,实际发放3.35亿元,完成计划的104.7%。", "104.7"),
    ("全市已建成社区养老服务中心312个,占规划目标(400个)的78%。", "78"),
])
def test_the_share_of_a_goal_done_is_a_result(text, share):
    assert decided(text, share)[0] == "actual"


@pytest.mark.parametrize("words", ["完成率", "完成率为", "完成进度", "完成比例达"])
def test_the_rate_at_which_a_goal_is_done_is_a_result(words):
    text = f"今年的目标任务是新增养老床位800张,截至目前已新增650张,{words}81.3%。"
    assert _whole(text) == [("650", "张", 2023, "actual"), ("800", "张", 2023, "target"), ("81.3", "%", 2023, "actual")]
    assert decided("今年的目标任务是新增养老床位800张,护理型床位占比81.3%。", "81.3")[0] == "target"


def test_a_share_of_a_goal_to_be_reached_stays_a_goal():
    assert decided("养老床位总数目标为3.5万张,力争完成目标的100%。", "100")[0] == "target"
    assert decided("养老床位总数目标为3.5万张,护理型床位占比为60%。", "60")[0] == "target"


# the year's goal (全年目标任务是, 全年计划) opens goals: 全年 there marks no result
def test_the_year_s_goal_task_names_a_goal():
    assert _whole("全年目标任务是新建农村互助养老服务点50个,截至11月底已建成47个。") == [
        ("47", "个", 2023, "actual"), ("50", "个", 2023, "target")]
    assert _whole("全年新建农村互助养老服务点50个。") == [("50", "个", 2023, "actual")]


# a sentence opened by 其中 names a part of the whole the sentence before it counts: the date leading that sentence dates
# it, even a date that governs no further sentence (2022年末全市…, with no comma); a sentence not opened by 其中 keeps the
# document's date
def test_a_part_named_after_its_whole_takes_the_whole_s_date():
    text = "2022年末全市常住人口562.3万人,比上年末减少1.2万人。{}60周岁及以上人口128.6万人,占22.9%。"
    assert [decided(text.format("其中,"), v)[:2] for v in ("128.6", "22.9")] == [("actual", 2022)] * 2
    assert [decided(text.format("全市"), v)[:2] for v in ("128.6", "22.9")] == [("actual", 2023)] * 2


# ---------------------------------------------------------------- the period of an amount, decided once
def _periods(text, reference_year=2023):
    f = figures(text, reference_year)
    return [(r.value, r.period, r.value_std) for r in f.itertuples()]


@pytest.mark.parametrize("text, period", [
    ("城乡低保标准分别提高至800元/月、650元/月。", "monthly"),  # the unit prints it, also where a family names the series
    ("城市低保标准为月人均800元。", "monthly"),
    ("城市低保标准为人均月800元。", "monthly"),
    ("城市特困人员供养标准为年人均8000元。", "annual"),
])
def test_a_period_the_words_print_before_or_in_the_amount_is_its_period(text, period):
    rows = _periods(text)
    assert {p for _, p, _ in rows} == {period}
    assert all(v == float(value) * (12 if period == "monthly" else 1) for value, _, v in rows)


def test_a_period_printed_right_before_the_amount_is_its_period_and_a_year_is_not():
    assert _periods("城镇分散特困供养标准由年9960元达到年12660元。", 2020) == [
        ("9960", "annual", 9960.0), ("12660", "annual", 12660.0)]
    # 2020年 before the amount is its date, not its period: the amount a person is paid says none
    assert [p for _, p, _ in _periods("城镇分散特困供养标准2020年12660元。", 2020)] in ([""], ["unspecified"])


@pytest.mark.parametrize("text", ["城乡低保标准分别由每人每月500元、300元提高到650元、445元。", "城市低保标准提高到每人每月800-850元。"])
def test_an_amount_takes_the_period_of_the_standard_before_it_in_its_statement(text):
    assert {p for _, p, _ in _periods(text)} == {"monthly"}


def test_an_average_after_a_standard_keeps_no_period_of_the_standard():
    rows = _periods("城市低保标准每人每月800元,农村居民人均可支配收入15000元。")
    assert rows == [("800", "monthly", 9600.0), ("15000", "", 15000.0)]


# a clause that names only its part after a figure of another part (城市低保标准为800元,农村为650元) is the same measure
# of its own part: the sibling's indicator and the standard's kind; a part after a figure of a whole (城乡…,其中城市) too
@pytest.mark.parametrize("text, second", [
    ("全市城市低保标准为800元,农村为650元。", ("dibao_rural_standard", "standard")),
    ("全市城市低保标准为每人每月800元,农村为每人每月650元。", ("dibao_rural_standard", "standard")),
    ("全市男性人口为120万人,女性为115万人。", ("pop_female", "actual")),
    ("全市城乡低保对象3.2万人,其中城市0.8万人、农村2.4万人。", ("dibao_recipients_urban", "actual")),
])
def test_a_clause_naming_only_its_part_measures_that_part(text, second):
    f = figures(text)
    assert tuple(f.iloc[1][["indicator_id", "kind"]]) == second

# 前 before a count of quarters or months opens a part of the year that has passed (今年前三季度, 前两个月), a report of
# results so far; 前 alone after 今年 is "before" (力争今年前建成…), a deadline
@pytest.mark.parametrize("text, rows", [
    ("今年前三季度,全国结婚登记474.7万对,离婚登记196.7万对。",
     [["474.7", "万对", 2024, "actual"], ["196.7", "万对", 2024, "actual"]]),
    ("今年前两个月,全市发放低保金1200万元。", [["1200", "万元", 2024, "actual"]]),
    ("力争今年前建成养老床位200张。", [["200", "张", 2024, "target"]]),
])
def test_this_year_s_first_quarters_are_a_period_reported_not_a_deadline(text, rows):
    assert figures(text, 2024)[["value", "unit", "year", "kind"]].values.tolist() == rows


# a minus right after the list mark 、 is its item's sign (拉动分别为0.15、-5.64、1.34个百分点), and the 分别 list's unit after the
# last value reaches every value; the minus inside an age band (0-14岁、15-59岁) stays no sign
@pytest.mark.parametrize("text, rows", [
    ("三次产业对经济增长的拉动分别为0.15、-5.64、1.34个百分点。",
     [["0.15", "个百分点", "change_pp", 0.15], ["-5.64", "个百分点", "change_pp", -5.64],
      ["1.34", "个百分点", "change_pp", 1.34]]),
    ("0-14岁、15-59岁人口分别为171915人、554911人。",
     [["171915", "人", "actual", 171915.0], ["554911", "人", "actual", 554911.0]]),
])
def test_a_minus_after_a_list_mark_signs_its_item(text, rows):
    assert figures(text, 2022)[["value", "unit", "kind", "value_std"]].values.tolist() == rows


# 预计 before a year before the document's (预计2023年全年…, in a document of 2024) estimates a result of a year past not
# yet final, as under a review's heading: an actual; before the document's own year or a later one, a goal
@pytest.mark.parametrize("reference_year, kind", [(2024, "actual"), (2023, "target"), (2022, "target")])
def test_an_estimate_of_a_year_before_the_document_s_is_a_result(reference_year, kind):
    assert decided("预计2023年全年全市新增养老床位1200张。", "1200", reference_year)[:2] == (kind, 2023)


# ---------------------------------------------------------------- metres: a unit of the lengths of livelihood projects
# (fences, roads, pipes); 平方米 stays an area, and 米 after another measure word (30斤米, rice) is no unit of the number
@pytest.mark.parametrize("text, value, unit", [
    ("对实验小学围墙及896.7米围栏进行维修改造。", "896.7", "米"),
    ("新建通村道路3200米。", "3200", "米"),
    ("新建日间照料中心用房1200平方米。", "1200", "平方米"),
])
def test_metres_are_a_unit_of_length(text, value, unit):
    assert one(text, value, reference_year=2019)["unit"] == unit


def test_rice_after_a_measure_word_is_no_unit_of_metres():
    f = figures("春节期间为每户困难群众发放30斤米、5升油。", reference_year=2019)
    assert "米" not in set(f["unit"])


# ---------------------------------------------------------------- a report on the tasks of the year's government work report
# (《政府工作报告》任务进展情况) is a report on the year's projects: in its table printed one cell a line, each cell closed
# by a bar, the task cell after a row's number states the goal and the progress cell after it reports what is done
_TASK_TABLE = ("序号 |\n任务目标 |\n进展情况 |\n12 |\n加快项目建设,新增养老床位 500 张,打造区域养老中心。 |\n"
               "1-3月份共发放基本生活保障金37.5万元。 |\n")


@pytest.mark.parametrize("title, kind", [
    ("某市民政局2022年第一季度《政府工作报告》任务进展情况一览表", "target"),
    ("某市民政局2022年第一季度政府工作报告重点任务推进情况", "target"),
    ("某市民政局2022年第一季度工作进展情况一览表", "actual"),  # no tasks of the year named: what the cell reports
    # a government site's disclosure block above the title: its numbers end no head (the title names the report)
    ("- 索 引 号:370481/2022-00052\n- 发布机构:某市民政局\n- 成文时间:2022年03月31日\n"
     "某市民政局2022年第一季度《政府工作报告》任务进展情况一览表", "target"),
    ("- 索 引 号:370481/2022-00052\n某市民政局2022年第一季度工作进展情况一览表", "actual"),
])
def test_a_task_table_of_the_government_work_report_states_goals(title, kind):
    f = figures(title + "\n" + _TASK_TABLE, reference_year=2022)
    assert [(v, k) for v, k in zip(f["value"], f["kind"]) if v in ("500", "37.5")] == [("500", kind), ("37.5", "actual")]


# ---------------------------------------------------------------- a notice that announces the year's projects for the people
# (公示2019年15项重点民生工程, 公布…十大民生实事) lists their goals, also in items of their own under → heads with bare verbs;
# its money standards stay standards; a notice of their completion or progress reports what is done
_PROJECT_ITEMS = "\n\n→提高城乡低保标准\n\n城乡低保标准提高到每人每月800元;\n\n→建设社区食堂\n\n新建社区老年食堂12个;\n"


@pytest.mark.parametrize("title, kind", [
    ("某经济区公示2023年12项重点民生工程", "target"),
    ("某区公布2023年十大民生实事项目", "target"),
    ("某区2023年十大民生实事项目完成情况公示", "actual"),
    ("某区公布2023年民生实事项目进展情况", "actual"),
])
def test_a_notice_of_the_years_projects_lists_goals(title, kind):
    f = figures(title + _PROJECT_ITEMS, reference_year=2023)
    assert (one_kind(f, "800"), one_kind(f, "12", "食堂")) == ("standard", kind)


def one_kind(f, value, word=""):
    """The kind of the one figure printed as ``value`` (in a quote holding ``word``)."""
    hit = f[(f["value"] == value) & f["quote"].str.contains(word)]
    assert len(hit) == 1, f"{value}: {len(hit)} figures"
    return hit.iloc[0]["kind"]


# a clause that holds only the comparison before its change (较上年提高0.8个百分点) names no subject of its own: the change
# is of the level before it, whichever word compares (比, 较, 同比)
@pytest.mark.parametrize("compare", ["较上年", "比上年", "较2022年", "同比"])
def test_a_change_whose_clause_holds_only_its_comparison_is_of_the_level_before(compare):
    text = f"全市养老机构护理型床位占比为48.6%,{compare}提高0.8个百分点。"
    assert one(text, "0.8")[["kind", "indicator_id"]].tolist() == ["change_pp", "nursing_bed_share"]
    assert one("全市养老机构护理型床位占比为48.6%,社区养老服务设施覆盖率提高0.8个百分点。", "0.8")["indicator_id"] \
        != "nursing_bed_share"


# a plan's list of goals: items opened by a dash (——) under a heading of goals and the paragraph that opens them
# (二、主要目标 / 到2025年,…。 / ——…), also after other items; under a heading of what was done they report results
@pytest.mark.parametrize("heading, kind", [("二、主要目标", "target"), ("二、发展目标", "target"), ("二、主要成就", "actual")])
def test_dash_items_under_a_heading_of_goals_are_goals(heading, kind):
    text = (f"{heading}\n全市养老服务体系更加完善。\n——养老服务供给能力显著增强。养老机构床位总数达到3.2万张。\n"
            "——兜底保障更加有力。特困人员供养服务设施护理型床位占比达到60%。\n")
    assert [decided(text, v, 2021)[0] for v in ("3.2", "60")] == [kind, kind]


# a sentence of intent whose colon opens its list of items (今年,我们将重点办好十件民生实事:1.…;2.…): every item is a goal,
# the first too; the same list of what was done (去年,我们重点办好了…) reports results
@pytest.mark.parametrize("opening, kind", [("今年,我们将重点办好十件民生实事", "target"), ("去年,我们重点办好了十件民生实事", "actual")])
def test_the_items_a_sentence_of_intent_opens_with_its_colon_are_goals(opening, kind):
    text = f"{opening}:1.新建城市社区养老服务综合体15个;2.为2000户困难老年人家庭实施适老化改造;3.培训养老护理员1000人次。"
    assert [decided(text, v, 2022)[0] for v in ("15", "2000", "1000")] == [kind] * 3


# the part of a year a sentence reports (一季度, 上半年, 前三季度) opens no subject, and a connective or verb of a turn
# (而, 又, 则, 回升, 回落) ends none: they are no part of what is measured
@pytest.mark.parametrize("text, value, subject", [
    ("今年一季度全市新增老年助餐点23个。", "23", "新增老年助餐点"),
    ("上半年全市福彩销量约70亿元。", "70", "福彩销量"),
    ("男性百岁老人为15人,女性百岁老人则有78人。", "78", "女性百岁老人"),
    ("全市百岁老人2022年为1417人,2023年百岁老人又增至1629人。", "1629", "百岁老人"),
    ("全市百岁老人2022年为1417人,2023年百岁老人回升至1629人。", "1629", "百岁老人"),
])
def test_periods_connectives_and_turns_are_no_part_of_a_subject(text, value, subject):
    assert one(text, value)["indicator_zh"] == subject


# one indicator printed at several years in one sentence (2021年全市持证社工达到1345人,2022年达到1873人): the values before
# the latest are earlier values printed beside the current one, baselines; values of two indicators, or a value whose
# year its clause does not print, stay as they are
def test_earlier_values_of_a_series_a_sentence_prints_are_baselines():
    assert _whole("2020年全市养老床位2.1万张,2022年达到2.5万张。") == [
        ("2.1", "万张", 2020, "baseline"), ("2.5", "万张", 2022, "actual")]
    assert _whole("2020年全市养老床位2.1万张,2022年养老机构达到250家。") == [
        ("2.1", "万张", 2020, "actual"), ("250", "家", 2022, "actual")]
    assert _whole("2022年全市养老床位2.1万张,护理型床位0.9万张。") == [
        ("0.9", "万张", 2022, "actual"), ("2.1", "万张", 2022, "actual")]


# ---------------------------------------------------------------- a decimal a PDF conversion broke at a line end
# (城镇人口38 / .60万人, 男性61. / 19万人): one number; a list's number before a year or an item on the next line is not
def test_a_decimal_broken_at_a_line_end_is_one_number():
    f = figures("【人口】2022年末,全县户籍人口86.45万人,其中城镇人口31\n.27万人,乡村人口55.18万人;男性44.\n06万人,"
                "女性42.39万人。", reference_year=2022)
    assert [(v, u) for v, u in zip(f["value"], f["unit"])] == [
        ("86.45", "万人"), ("31.27", "万人"), ("55.18", "万人"), ("44.06", "万人"), ("42.39", "万人")]


def test_a_list_number_at_a_line_end_stays_apart_from_the_year_after_it():
    f = figures("全县新增养老床位120张,详见附件1.\n2022年养老服务设施清单。", reference_year=2022)
    assert list(f["value"]) == ["120"]


# ---------------------------------------------------------------- an age bound a conversion broke at a line end
# (a table head wrapped in its cell: 60岁及 / 以上人口) bounds the group as on one line; an age before a full stop and a
# line that begins with 以上 (以上数据 …) is no bound
def test_an_age_bound_broken_at_a_line_end_is_no_figure():
    f = figures("单位:人\n婚姻状况 60岁及\n以上人口\n劳动收入\n合 计 130861 64401 66460 23953 16602 7351\n"
                "未 婚 1265 1075 190 189 168 21\n有配偶 100991 56108 44883 21214 15304 5910", reference_year=2020)
    assert "60" not in list(f["value"])
    assert list(f["value"])[:3] == ["130861", "64401", "66460"]


def test_an_age_before_a_full_stop_and_a_line_of_以上_stays_a_figure():
    f = figures("全市百岁老人中最高年龄为108岁。\n以上数据由市民政局提供。", reference_year=2022)
    assert [(v, u) for v, u in zip(f["value"], f["unit"])] == [("108", "岁")]


# ---------------------------------------------------------------- a decimal after 每 is the measured value, a round
# whole number there is the normaliser (每10万人, 每1个)
def test_a_decimal_after_per_is_the_value_and_the_whole_number_after_it_the_normaliser():
    f = figures("2022年总抚养系数为65.2%,即每1.53个劳动年龄人口负担1个老年人或少年儿童。", reference_year=2022)
    # (the 1个 after 负担 is read as a count still: no rule here says it is the ratio's other term)
    assert [(v, u) for v, u in zip(f["value"], f["unit"])] == [("65.2", "%"), ("1.53", "个"), ("1", "个")]


def test_a_whole_number_after_per_stays_a_normaliser():
    f = figures("2022年每10万人中拥有大学文化程度的人口为15467人。", reference_year=2022)
    assert list(f["value"]) == ["15467"]


# ---------------------------------------------------------------- a sentence that runs a series through later dates,
# each opening a clause, passes its last date on to the undated sentences after it, not its lead
def test_a_series_sentence_passes_on_its_last_date():
    f = figures("2019年,全市有百岁老人86人,2021年增至97人,今年6月底,达到105人。其中女性78人,男性27人。")
    assert [(v, y) for v, y in zip(f["value"], f["year"])] == [
        ("86", 2019), ("97", 2021), ("105", 2023), ("78", 2023), ("27", 2023)]


def test_a_sentence_with_a_comparison_after_its_lead_passes_on_its_lead():
    f = figures("2022年,全市有百岁老人105人,比2020年增加19人。其中女性78人,男性27人。")
    assert [(v, y) for v, y in zip(f["value"], f["year"])] == [
        ("105", 2022), ("19", 2022), ("78", 2022), ("27", 2022)]


# ---------------------------------------------------------------- the level of another place a figure is ranked against
# (领先于全国2015年的76.1岁, 紧追…日本的83.7岁): a value compared with, a baseline; a multiple of it is no level
def test_a_level_ranked_against_is_a_value_compared_with():
    f = figures("2022年全市户籍人口预期寿命为82.6岁,高于全国2021年的78.2岁,紧追日本的84.5岁。", reference_year=2022)
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [
        ("82.6", "actual"), ("78.2", "baseline"), ("84.5", "baseline")]


def test_a_multiple_of_what_a_figure_is_ranked_against_or_a_floor_is_no_level_compared_with():
    f = figures("2022年全市百岁老人312人,高于全省平均水平的1.5倍。", reference_year=2022)
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [("312", "actual"), ("1.5", "change")]
    # a floor (不低于…的30%) is no level ranked against: not a baseline (its kind as a goal is other rules' work)
    f = figures("按不低于城镇常住居民人均消费支出的30%调整最低生活保障标准。", reference_year=2022, doc_type="plan")
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [("30", "actual")]


# ---------------------------------------------------------------- a change after a projection in its sentence
# (预计…将达517万,较“十三五”末增加87万) is foreseen: a target; a change after a result stays a change
def test_a_change_after_a_projection_is_foreseen():
    f = figures("预计到2025年,全市60岁以上老年人口将达到86.5万人,比2020年增加12.3万人。", reference_year=2020)
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [("86.5", "target"), ("12.3", "target")]


def test_a_change_after_a_result_stays_a_change():
    f = figures("2020年,全市60岁以上老年人口达到74.2万人,比2015年增加12.3万人。", reference_year=2020)
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [("74.2", "actual"), ("12.3", "change")]


# ---------------------------------------------------------------- a from-value under a year that leads its paragraph
# (2016年,…。10-11月份,…由原来保障标准590元提高到670元): in force before that year's adjustment, as under a year that
# leads its own sentence; under an as-of date (截至2016年底) nothing is said of the year before
def test_a_from_value_under_a_year_leading_its_paragraph_is_of_the_year_before():
    f = figures("2016年,城市低保对象67户、118人。10-11月份,城乡低保由原来保障标准590元提高到670元。", reference_year=2016)
    assert [(v, k, y) for v, k, y in zip(f["value"], f["kind"], f["year"])] == [
        ("67", "actual", 2016), ("118", "actual", 2016), ("590", "baseline", 2015), ("670", "standard", 2016)]


def test_a_from_value_under_an_as_of_date_leading_its_paragraph_is_not_moved_a_year_back():
    f = figures("截至2016年底,城市低保对象67户、118人。10-11月份,城乡低保由原来保障标准590元提高到670元。", reference_year=2016)
    assert [(v, k, y) for v, k, y in zip(f["value"], f["kind"], f["year"])] == [
        ("67", "actual", 2016), ("118", "actual", 2016), ("590", "baseline", 2016), ("670", "standard", 2016)]


# ---------------------------------------------------------------- 到YYYY年年末 on a page published after that year,
# in a report of that year: the as-of date of a result, not a deadline; without the later page date it stays a deadline
def test_a_deadline_of_the_reported_year_on_a_later_page_is_an_as_of_date():
    f = figures("2017-03-28 14:31:07 作者:admin\n到2016年年末,全市户籍60岁及以上老年人口45.79万人,占户籍人口的比例达到31.6%。",
                reference_year=2016)
    assert [(v, k, y) for v, k, y in zip(f["value"], f["kind"], f["year"])] == [
        ("45.79", "actual", 2016), ("31.6", "actual", 2016)]


def test_a_deadline_of_the_reported_year_with_no_later_page_date_or_with_a_future_word_stays_a_goal():
    f = figures("到2016年年末,全市户籍60岁及以上老年人口45.79万人,占户籍人口的比例达到31.6%。", reference_year=2016)
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [("45.79", "target"), ("31.6", "target")]
    f = figures("2017-03-28 14:31:07 作者:admin\n到2016年年末,全市养老床位将达到1.2万张。", reference_year=2016)
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [("1.2", "target")]


# ---------------------------------------------------------------- a from-value printed without a unit before a verb
# of change (由上年的2.36缩小到2.31): the verb is no unit, and the value it changes from is a figure as the one it
# changes to is (an index, a ratio, a rate that prints no unit); a number before a verb of change with no figure after
# it stays a number in no figure
def test_a_from_value_with_no_unit_before_a_verb_of_change_is_a_baseline():
    f = figures("城乡居民收入比由上年的2.36缩小到2.31。老年抚养比由2020年的18.6上升至22.4。", reference_year=2024)
    assert [(v, k, y) for v, k, y in zip(f["value"], f["kind"], f["year"])] == [
        ("2.36", "baseline", 2023), ("2.31", "actual", 2024), ("18.6", "baseline", 2020), ("22.4", "actual", 2024)]


def test_a_number_before_a_verb_of_change_with_no_figure_after_it_is_no_figure():
    f = figures("城乡居民收入差距由2.36缩小到合理区间。", reference_year=2024)
    assert f.empty


# ---------------------------------------------------------------- the end of the year before as an as-of date
# (截至上年底, 上年末, 去年年底 opening a clause): the figures are of the year before, as under 截至2021年底; after a word
# of comparison (比上年末, 与上年末相比, 较上年底, 由上年底的) it stays the base of a change
def test_the_end_of_the_year_before_opening_a_clause_dates_its_figures():
    for lead in ("截至上年底,", "截至去年底,", "上年末,", "去年年底"):
        f = figures(lead + "全市持证残疾人共计8.7万人,占户籍人口的4.3%。", reference_year=2022)
        assert [(v, k, y) for v, k, y in zip(f["value"], f["kind"], f["year"])] == [
            ("8.7", "actual", 2021), ("4.3", "actual", 2021)], lead


def test_the_end_of_the_year_before_after_a_word_of_comparison_stays_a_base():
    f = figures("年末全市户籍人口385.6万人,比上年末减少1.2万人。全市持证残疾人由上年底的8.4万人增加到8.7万人,"
                "养老床位较上年底增加1200张。", reference_year=2022)
    assert [(v, k, y, b) for v, k, y, b in zip(f["value"], f["kind"], f["year"], f["base_year"].fillna(0))] == [
        ("385.6", "actual", 2022, 0), ("1.2", "change", 2022, 2021), ("8.4", "baseline", 2021, 0),
        ("8.7", "actual", 2022, 2021), ("1200", "change", 2022, 2021)]


# ---------------------------------------------------------------- a goal or a task handed down, named right before
# its value (距离规划目标60%还有差距, 省下达我市新增养老床位任务1200张): the value is the goal; a task done (完成任务1200张,
# 完成省下达…任务2935户), a group named 目标 (目标人群) and the share of a goal done (完成目标的88.6%) are no goals
def test_a_goal_or_a_task_handed_down_named_right_before_its_value_is_a_target():
    f = figures("全区护理型床位占比53.1%,距离规划目标60%还有较大差距。2023年省下达我市新增养老床位任务1200张,"
                "截至9月底已完成980张,完成率81.7%。")
    assert [(v, k, c) for v, k, c in zip(f["value"], f["kind"], f["kind_cue"])] == [
        ("53.1", "actual", ""), ("60", "target", "目标"), ("1200", "target", "下达我市新增养老床位任务"),
        ("980", "actual", ""), ("81.7", "actual", "share of a goal done")]


def test_a_task_exceeded_is_the_goal():
    f = figures("截至目前,全市已累计完成困难老年人家庭适老化改造4200户,超额完成省下达任务3500户。")
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [("4200", "actual"), ("3500", "target")]


def test_a_task_done_and_a_group_named_target_are_no_goals():
    f = figures("全市已完成任务1200张,覆盖目标人群3.2万人,共有目标家庭1500户,完成目标的88.6%。"
                "全市完成省下达棚户区改造开工任务2935户,完成年度目标任务500张。")
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [
        ("1200", "actual"), ("3.2", "actual"), ("1500", "actual"), ("88.6", "actual"), ("2935", "actual"),
        ("500", "actual")]


# ---------------------------------------------------------------- the 比 of a share (占比) before a year is no
# comparison (护理型床位占比2022年达到48.2%): the year dates the share; 比2022年 after a level still compares
def test_a_year_after_the_word_for_a_share_dates_the_share():
    f = figures("养老机构护理型床位占比2022年达到48.2%,比2021年提高3.1个百分点。", reference_year=2023)
    assert [(v, k, y, b) for v, k, y, b in zip(f["value"], f["kind"], f["year"], f["base_year"].fillna(0))] == [
        ("48.2", "actual", 2022, 0), ("3.1", "change_pp", 2022, 2021)]


# ---------------------------------------------------------------- a section of the work planned (四、2024年工作安排,
# 下一步工作打算): its paragraphs count what is to be done, up to the next heading of its rank; what they say is there
# now (目前, 已完成) or was done in an earlier year stays a result; a review's section and a heading of an earlier year's
# plan set out nothing
_WORK_PLAN = ("一、工作回顾\n全年新增养老床位800张。\n二、2024年工作安排\n"
              "(一)提升养老服务水平。新建社区老年食堂100个,发展家庭养老床位1000张。\n"
              "(二)兜牢民生底线。目前全市共有低保对象2.3万人,2023年发放低保金1.5亿元。\n"
              "(三)加强社会治理。培育社区社会组织200家。\n三、存在的问题\n全市养老护理员缺口500人。\n")


def test_the_paragraphs_of_a_section_of_work_planned_set_out_goals():
    f = figures(_WORK_PLAN, reference_year=2024)
    assert [(v, k, y) for v, k, y in zip(f["value"], f["kind"], f["year"])] == [
        ("800", "actual", 2024), ("100", "target", 2024), ("1000", "target", 2024), ("2.3", "actual", 2024),
        ("1.5", "actual", 2023), ("200", "target", 2024), ("500", "actual", 2024)]
    f = figures("下一步工作打算\n继续实施适老化改造300户。\n截至目前,已完成改造120户。\n", reference_year=2024)
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [("300", "target"), ("120", "actual")]


def test_a_heading_of_an_earlier_year_s_plan_or_of_a_review_sets_out_no_goals():
    f = figures("二、2023年工作计划\n新建社区老年食堂100个。\n三、2024年工作总结\n新建社区老年食堂80个。\n",
                reference_year=2024)
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [("100", "actual"), ("80", "actual")]


# ---------------------------------------------------------------- a census round by its short names (第七次人口普查,
# 七普, 六普), as the source of the figures after it or the base they are compared with; the census as work (普查登记)
# dates nothing
def test_a_census_round_by_its_short_names_dates_the_figures_it_is_the_source_of():
    for text in ("第七次人口普查数据显示,全市60岁及以上人口占比为23.4%,比第六次人口普查上升6.8个百分点。",
                 "据七普数据,全市60岁及以上人口占比为23.4%,比六普上升6.8个百分点。"):
        f = figures(text, reference_year=2023)
        assert [(v, k, y, b) for v, k, y, b in zip(f["value"], f["kind"], f["year"], f["base_year"].fillna(0))] == [
            ("23.4", "actual", 2020, 0), ("6.8", "change_pp", 2020, 2010)], text
    f = figures("全市普查登记人口58万人。", reference_year=2023)
    assert list(f["year"]) == [2023]


# ---------------------------------------------------------------- a clause that dates its value at a year before the
# document's (规划目标为35张,2022年为31.2张) reports that year's result, whatever goal words stand earlier in its item; the
# same clause at the document's year or later stays under them; 实际新增 after 原计划 reports what was done
def test_a_clause_dated_at_an_earlier_year_is_a_result_under_goal_words_of_its_item():
    f = figures("“每千名老年人拥有养老床位数”规划目标为35张,2022年为31.2张,预计2025年可达到36张。", reference_year=2023)
    assert [(v, k, y) for v, k, y in zip(f["value"], f["kind"], f["year"])] == [
        ("35", "target", 2023), ("31.2", "actual", 2022), ("36", "target", 2025)]
    f = figures("原计划新增养老床位1000张,实际新增1200张。", reference_year=2023)
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [("1000", "target"), ("1200", "actual")]


def test_a_clause_dated_at_the_document_s_year_stays_under_the_goal_words_of_its_item():
    f = figures("今年计划新增养老床位1000张,2023年建成老年食堂20个。", reference_year=2023)
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [("1000", "target"), ("20", "target")]
# ---------------------------------------------------------------- a ratio of three terms (三次产业结构 X:Y:Z)
# read by its first term, with or without a cue before it, and the other terms with it (no figure of the second and
# third); a ratio of two terms stays the ratio it was
def test_a_ratio_of_three_terms_is_one_figure_by_its_first_term_also_as_a_from_value():
    f = figures("三次产业结构由上年的17.7:36.6:45.7调整为16.9:35.8:47.3。")
    assert [(v, k, y) for v, k, y in zip(f["value"], f["kind"], f["year"])] == [
        ("17.7", "baseline", 2022), ("16.9", "actual", 2023)]


def test_a_ratio_of_two_terms_stays_a_ratio_and_a_bare_number_without_a_cue_no_figure():
    f = figures("城乡居民收入比为2.35:1,全区有17.7个。")
    assert [(v, u) for v, u in zip(f["value"], f["unit"])] == [("2.35:1", ""), ("17.7", "个")]
    f = figures("三次产业结构上年17.7,今年调整为16.9。")  # (由…的17.7调整为16.9: a from-value, a figure: see
    assert list(f["value"]) == ["16.9"]               # test_a_from_value_with_no_unit_before_a_verb_of_change…)


# ---------------------------------------------------------------- 同比 right before a percentage, the verb left out
# (牧业产值5.78亿元,同比2.8%): the growth of the value before; without 同比/环比 the percentage is a level
def test_a_percentage_right_after_tongbi_is_a_growth_rate():
    f = figures("全年牧业产值5.78亿元,同比2.8%;渔业产值2.37亿元,环比5.9%。")
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [
        ("5.78", "actual"), ("2.8", "growth_rate"), ("2.37", "actual"), ("5.9", "growth_rate")]


def test_a_percentage_without_tongbi_before_it_stays_a_level():
    f = figures("全年牧业产值5.78亿元,占比2.8%;城镇化率5.9%。")
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [("5.78", "actual"), ("2.8", "actual"), ("5.9", "actual")]


# ---------------------------------------------------------------- another place's level printed in brackets after its
# name (高出全国平均水平(18.7%)2.65个百分点) or before the word of the gap (比全国平均水平18.7%高…): the level compared
# with, a baseline; the gap printed right after the place (高出全国平均水平2.65个百分点) stays the gap
def test_another_place_s_level_in_a_comparison_is_a_baseline():
    for text in ("全市户籍人口老龄化率达21.35%,高出全国平均水平(18.7%)2.65个百分点。",
                 "全市户籍人口老龄化率达21.35%,比全国平均水平18.7%高2.65个百分点。"):
        f = figures(text)
        assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [
            ("21.35", "actual"), ("18.7", "baseline"), ("2.65", "change_pp")], text


def test_the_gap_printed_right_after_the_place_stays_the_gap():
    f = figures("全市户籍人口老龄化率高出全国平均水平2.65个百分点,高于全省(3.1%)。")
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [("2.65", "change_pp"), ("3.1", "baseline")]


# ---------------------------------------------------------------- a plan's box of projects (专栏1 养老服务设施建设工程):
# what it lists is what the plan sets out to do, up to the next box or heading; a box of results (主要成就) and the
# lines after the box's end report what is there
def _plan_figures(text):
    from mzlib.extract.figures import Document, extract_document

    doc = Document("t.txt", text, "岚江市", "Lanjiang", 2020, 2021, 2025, doc_type="plan")
    f = extract_document(doc).figures
    return f[f["method"] != "derived"]


def test_the_lines_of_a_plan_s_box_of_projects_are_goals_of_the_plan_s_end():
    f = _plan_figures("专栏1 养老服务设施建设工程\n1.新建区域性养老服务中心10个。\n2.新增护理型床位3000张。\n"
                      "(二)发展基础\n全市现有养老床位2.8万张。\n")
    assert [(v, k, y) for v, k, y in zip(f["value"], f["kind"], f["year"])] == [
        ("10", "target", 2025), ("3000", "target", 2025), ("2.8", "actual", 2020)]


def test_a_box_of_results_sets_out_no_goals():
    f = _plan_figures("专栏1 “十三五”时期主要成就\n新建区域性养老服务中心10个,新增护理型床位3000张。\n")
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [("10", "actual"), ("3000", "actual")]
# ---------------------------------------------------------------- one year's work summary (2024年工作总结)
# a year right before 工作总结 in the title makes one year's work summary, an annual report of that year, also when its
# page is put online in the next year; its 今年以来 is that year. 工作总结 alone, or after a span of years or a term, is the
# review of a period, dated by its signing or its page; the news of a summing-up meeting is no summary
def _summary(title, published="2025-01-09"):
    from mzlib.extract.document import Document as Described

    text = (f"发布时间:{published} 来源:某区民政局\n{title}\n一、工作回顾\n"
            "今年以来,全区开展社会救助政策宣传活动30场次。截至12月,全区城乡低保对象5210户7630人。\n")
    doc = Described.from_text("t.txt", text)
    f = extract_document(doc).figures
    return doc.doc_type, doc.reference_year, [(k, y) for v, k, y in zip(f["value"], f["kind"], f["year"])
                                               if v in ("30", "7630")]


@pytest.mark.parametrize("title, doc_type, year", [
    ("某区民政局2024年工作总结及2025年工作安排", "annual_report", 2024),
    ("某区民政局2024年度工作总结", "annual_report", 2024),
    ("某区民政局2024年工作总结", "annual_report", 2024),
    ("某区民政局2020-2024年工作总结", "final_review", 2025),
    ("某区民政局五年工作总结", "final_review", 2025),
    ("某区民政局召开2024年工作总结会议", "final_review", 2025),
])
def test_a_year_right_before_the_work_summary_in_the_title_makes_an_annual_report_of_that_year(title, doc_type, year):
    assert _summary(title) == (doc_type, year, [("actual", year), ("actual", year)])


# ---------------------------------------------------------------- a report's review of the year before its session
# a government work report titled by the year of its session (2023年某县政府工作报告) reviews the year before under its
# heading (一、2022年工作回顾): a result printed there with no date of its own is of the year reviewed, its 同比 of the
# year before that; under the heading of the work ahead, or under a review heading that prints no year, the session's year
_SESSION_REPORT = ("2023年某县政府工作报告\n——2022年12月28日在某县第十届人民代表大会第二次会议上\n{review}\n"
                   "2022年预计实现地区生产总值300亿元,占计划的100%;规上工业总产值150亿元,同比增长8.5%。\n"
                   "全年新增养老床位320张。\n二、2023年工作安排\n全县城乡低保对象保持在5210人。\n")


def _session(review):
    from mzlib.extract.document import Document as Described

    doc = Described.from_text("t.txt", _SESSION_REPORT.format(review=review))
    f = extract_document(doc).figures
    f = f[f["method"] != "derived"]
    return doc.reference_year, {v: (y, None if pd.isna(b) else int(b))
                                for v, y, b in zip(f["value"], f["year"], f["base_year"])}


def test_a_result_under_the_review_of_the_year_before_the_session_is_of_the_year_reviewed():
    year, dated = _session("一、2022年工作回顾")
    assert year == 2023
    assert {v: dated[v] for v in ("300", "150", "8.5", "320", "5210")} == {
        "300": (2022, None), "150": (2022, None), "8.5": (2022, 2021), "320": (2022, None), "5210": (2023, None)}


def test_a_review_heading_without_a_year_leaves_the_results_to_the_session_s_year():
    year, dated = _session("一、过去一年工作回顾")
    assert {v: dated[v] for v in ("300", "150", "8.5", "320")} == {
        "300": (2022, None), "150": (2023, None), "8.5": (2023, 2022), "320": (2023, None)}


# ---------------------------------------------------------------- the amount of an aid after a verb of its level
@pytest.mark.parametrize("text, kinds", [
    ("全失能、半失能老人护理补贴分别达到1500元、375元。", ["standard", "standard"]),
    ("全失能、半失能老人护理补贴分别为1500元、375元。", ["standard", "standard"]),
    ("失能老人护理补贴提高到1500元,惠及375人。", ["standard", "actual"]),
    ("全年发放护理补贴为1500元,惠及375人。", ["actual", "actual"]),  # a sum paid
    ("护理补贴资金达到1500元,惠及375人。", ["actual", "actual"]),  # a sum, not the aid's amount
])
def test_the_amount_of_an_aid_after_a_verb_of_its_level_is_a_standard(text, kinds):
    assert [one(text, v)["kind"] for v in ("1500", "375")] == kinds


# ---------------------------------------------------------------- a bound (稳定在95%以上, 控制在3.5%以内) in a sentence of a
# report's review of a year past, or led by a date before the document's year (2023年,, 过去一年,), is the level held
# that year, a result; in the year's goals, or led by the document's own year, it stays a goal
def test_a_bound_in_a_review_of_a_year_past_is_a_result():
    for text in ("一、2023年工作回顾\n城乡居民基本医疗保险参保率稳定在95%以上,城镇登记失业率控制在3.5%以内。\n",
                 "2023年,城乡居民基本医疗保险参保率稳定在95%以上,城镇登记失业率控制在3.5%以内。",
                 "过去一年,城乡居民基本医疗保险参保率稳定在95%以上,城镇登记失业率控制在3.5%以内。"):
        f = figures(text, reference_year=2024)
        assert [(v, k, y) for v, k, y in zip(f["value"], f["kind"], f["year"])] == [
            ("95", "actual", 2023), ("3.5", "actual", 2023)], text


def test_a_bound_in_the_year_s_goals_stays_a_goal():
    for text in ("二、2024年工作安排\n城乡居民基本医疗保险参保率稳定在95%以上,城镇登记失业率控制在3.5%以内。\n",
                 "2024年,城乡居民基本医疗保险参保率稳定在95%以上,城镇登记失业率控制在3.5%以内。"):
        f = figures(text, reference_year=2024)
        assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [("95", "target"), ("3.5", "target")], text


# ---------------------------------------------------------------- what a project will give once built (建成后可提供养老
# 床位300张, 投入使用后将新增): a goal; what a project built gives (建成后提供了) and its size are results
def test_what_a_project_will_give_once_built_is_a_goal():
    f = figures("项目总投资3500万元,建筑面积1.2万平方米,建成后可提供养老床位300张,投入使用后将新增就业岗位80个。",
                reference_year=2024)
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [
        ("3500", "actual"), ("1.2", "actual"), ("300", "target"), ("80", "target")]


def test_what_a_project_built_gave_is_a_result():
    f = figures("该中心去年建成后提供了养老床位300张,已入住老人86名。", reference_year=2024)
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [("300", "actual"), ("86", "actual")]


# ---------------------------------------------------------------- a yearbook entry's bracketed heading (【民政】) before
# the year that leads its sentence: the year still leads it, through the items after a ;
def test_a_year_after_a_bracketed_heading_leads_its_sentence():
    f = figures("【民政】2021年,全县有城市低保对象1230户,发放低保金1120万元;农村低保对象5620户,发放低保金3560万元。",
                reference_year=2022)
    assert [(v, y) for v, y in zip(f["value"], f["year"])] == [
        ("1230", 2021), ("1120", 2021), ("5620", 2021), ("3560", 2021)]
    f = figures("【民政】全县有城市低保对象1230户;2021年农村低保对象5620户。", reference_year=2022)
    assert [(v, y) for v, y in zip(f["value"], f["year"])] == [("1230", 2022), ("5620", 2021)]


# ---------------------------------------------------------------- 到 a year before the document's (到2023年底,全市共有…
# in a report of 2024): the as-of date of a result; a goal the plan stated for that year, and 到 a later year, stay goals
def test_to_a_year_before_the_document_s_is_the_as_of_date_of_a_result():
    f = figures("到2023年底,全市共有持证社会工作者4200人,每万人拥有社会工作者5.6人。", reference_year=2024)
    assert [(v, k, y) for v, k, y in zip(f["value"], f["kind"], f["year"])] == [
        ("4200", "actual", 2023), ("5.6", "actual", 2023)]


def test_a_goal_stated_for_a_year_past_or_to_a_later_year_stays_a_goal():
    f = figures("《规划》提出,到2023年底全市养老床位达到3万张。到2025年底,全市持证社会工作者将达到5000人。",
                reference_year=2024)
    assert [(v, k, y) for v, k, y in zip(f["value"], f["kind"], f["year"])] == [
        ("3", "target", 2023), ("5000", "target", 2025)]


# ---------------------------------------------------------------- a price base in brackets inside a label (地区生产总值
# (2010 年不变价)) is the year of that indicator's prices, no date of the values after it in its clause (a table run
# together on one line is one clause); an amount's own price base right after it (2300元(2010年不变价)) still dates it
def test_a_price_base_in_a_label_dates_no_value_after_it():
    f = figures("1 岚江市全面建成小康社会指标指标名称计量单位2020 年目标值资料来源一、经济发展1 地区生产总值(2010 年不变价)"
                "亿元翻一番(全市人均GDP ≥ 10万元) 市统计局2 服务业增加值占GDP 比重% ≥ 53市统计局", 2016, "plan")
    assert [(v, k, y) for v, k, y in zip(f["value"], f["kind"], f["year"])] == [
        ("10", "target", 2020), ("53", "target", 2020)]
    f = figures("2010年人均地区生产总值2300元(2010年不变价)。", 2020)
    assert list(f["year"]) == [2010]


# ---------------------------------------------------------------- another place's level printed in brackets after a
# figure as that place's (占总人口的23.6%(全国为19.8%)): the level compared with, a baseline; a part of the place's own
# whole in brackets (其中农村为12.3%) stays a result
def test_another_place_s_level_in_brackets_after_a_figure_is_a_baseline():
    f = figures("全市60岁以上老年人口达32.5万人,占总人口的23.6%(全国为19.8%),其中农村老年人口占比26.1%(全省平均水平21.2%)。")
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [
        ("32.5", "actual"), ("23.6", "actual"), ("19.8", "baseline"), ("26.1", "actual"), ("21.2", "baseline")]


def test_a_part_in_brackets_after_a_figure_stays_a_result():
    f = figures("全市老年人口占总人口的23.6%(其中农村为26.1%)。")
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [("23.6", "actual"), ("26.1", "actual")]


# ---------------------------------------------------------------- a from-value of a change that takes effect on a day
# (从2024年1月1日起,…由163元提高到183元): in force the day before, of 2023; from 7月1日 it was in force earlier that year;
# a year alone with 起 (2016年起,…由420元调整至650元) starts a span, as 以来 does, and dates the from-value by that year
def test_a_from_value_of_a_change_taking_effect_on_a_day_is_of_the_day_before():
    f = figures("从2024年1月1日起,城乡居民基础养老金最低标准由每人每月163元提高到183元。自2024年7月1日起,"
                "城市低保标准由每人每月800元提高到850元。2016年起,农村低保标准由每人每月420元调整至650元。",
                reference_year=2024)
    assert [(v, k, d) for v, k, d in zip(f["value"], f["kind"], f["date"])] == [
        ("163", "baseline", "2023-12-31"), ("183", "standard", "2024-01-01"), ("800", "baseline", "2024-06-30"),
        ("850", "standard", "2024-07-01"), ("420", "baseline", "2016"), ("650", "standard", "2024")]


# ---------------------------------------------------------------- a clause that sums the raises of an amount (年均增长
# 7.2%,累计提高180元): the sum of the changes, not the standard; a sum paid (累计发放180万元) and a raise to a level
# (共提高到850元) are no changes
def test_a_clause_summing_the_raises_of_an_amount_is_a_change():
    f = figures("“十四五”以来,全市城乡低保标准年均增长7.2%,累计提高180元,先后增加3次。", reference_year=2024)
    assert [(v, k) for v, k in zip(f["value"], f["kind"])][:2] == [("7.2", "growth_rate"), ("180", "change")]


def test_a_sum_paid_and_a_raise_to_a_level_are_no_changes():
    f = figures("城乡低保标准连续提高,累计发放资金180万元。全市低保标准为每人每月800元,共提高到850元。", reference_year=2024)
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [
        ("180", "actual"), ("800", "standard"), ("850", "standard")]


# ---------------------------------------------------------------- a norm named 标准 in a 按照… clause (按照每千名老人配备
# 4名护理员的标准测算): a planning norm, as 按…的25%确定 is; the count measured against it and an amount paid at a
# standard (按照每人每月800元的标准发放: a money standard) keep their kinds
def test_a_norm_named_a_standard_in_an_according_to_clause_is_a_planning_norm():
    f = figures("目前全市有养老护理员3200人,按照每千名老人配备4名护理员的标准测算,尚缺1800人。"
                "按照每人每月800元的标准发放护理补贴,惠及3200人。")
    assert [(v, k, c) for v, k, c in zip(f["value"], f["kind"], f["kind_cue"])] == [
        ("3200", "actual", ""), ("4", "target", "planning norm"), ("1800", "actual", ""),
        ("800", "standard", "money standard"), ("3200", "actual", "")]
    f = figures("2020年到2022年,孤困儿童基本生活标准连续三年按照10%的标准提高。")
    assert list(f["kind_cue"]) != ["planning norm"]  # the rate of a raise is no norm to provide


# ---------------------------------------------------------------- a bound followed in its sentence by the change it has
# made (达到85%以上,较2020年提高了25个百分点): the level reached, a result; the same goal with the change it is to make
# (到2025年…达到85%以上,较2020年提高25个百分点) stays a goal
def test_a_bound_followed_by_the_change_it_has_made_is_a_result():
    f = figures("全市居家养老服务覆盖率达到85%以上,较2020年提高了25个百分点。")
    assert [(v, k) for v, k in zip(f["value"], f["kind"])] == [("85", "actual"), ("25", "change_pp")]
    f = figures("到2025年,全市居家养老服务覆盖率达到85%以上,较2020年提高25个百分点。")
    assert list(f["kind"])[:1] == ["target"]


# a plan opens with the results of the period before it under a heading of its basis (一、编制背景, 第一节 发展基础): a bound
# printed there (均达到98%以上) is the level reached, a result, also in a sentence with no word of its own that marks it done;
# under the plan's frame (二、总体要求 … 发展目标), or under no heading of its basis, it is a goal
# (the last: a shared copy that runs the heading into its text)
@pytest.mark.parametrize("head", ["一、编制背景\n", "第一节 发展基础\n", "(一)现实基础\n", "一、编制背景"])
def test_a_bound_under_a_plan_s_heading_of_its_basis_is_a_result(head):
    text = f"{head}“十三五”以来,残疾人社会保障体系更加健全。全市残疾人基本医疗保险参保率均达到98%以上。\n"
    doc = Document("t.txt", text, "岚江市", "Lanjiang", 2020, 2021, 2025, doc_type="plan")
    row = extract_document(doc).figures.iloc[0]
    assert (row["value"], row["kind"], row["year"]) == ("98", "actual", 2020)


@pytest.mark.parametrize("text", [
    "一、编制背景\n“十三五”以来,各项工作稳步推进。\n二、总体要求\n到2025年,全市残疾人基本医疗保险参保率均达到98%以上。\n",
    "一、编制背景\n“十三五”以来,各项工作稳步推进。\n(三)发展目标\n全市残疾人基本医疗保险参保率均达到98%以上。\n",
    "全市残疾人基本医疗保险参保率均达到98%以上。\n",
])
def test_a_bound_under_a_plan_s_frame_or_under_no_heading_of_its_basis_is_a_goal(text):
    doc = Document("t.txt", text, "岚江市", "Lanjiang", 2020, 2021, 2025, doc_type="plan")
    row = extract_document(doc).figures.iloc[0]
    assert (row["value"], row["kind"], row["year"]) == ("98", "target", 2025)


# the goals of a plan's dash items print no year of their own: the deadline that leads the paragraph opening the list dates
# them (到2020年,全面建成…。 / ——…35张以上。); a list opened with no deadline leaves them to the document's year
@pytest.mark.parametrize("opening, year", [("到2020年,全面建成覆盖城乡的养老服务体系。", 2020),
                                           ("全面建成覆盖城乡的养老服务体系。", 2014)])
def test_dash_items_of_goals_take_the_deadline_that_opens_their_list(opening, year):
    text = f"一、主要目标\n{opening}\n——每千名老年人拥有养老床位数35张以上。\n——护理型床位占总床位比例达到30%以上。\n"
    assert [decided(text, v, 2014)[:2] for v in ("35", "30")] == [("target", year)] * 2


# a bare number reached by a verb (下降至, 控制在) before a bound or an approximation (以下, 以内, 左右) is a value with no
# unit: the bound is none; with no verb of reaching before it the number stays out
def test_a_bare_number_reached_before_a_bound_is_a_value_with_no_unit():
    f = figures("到2015年,全国出生人口性别比下降至115以下。", 2012)
    assert [(v, u, k) for v, u, k in zip(f["value"], f["unit"].fillna(""), f["kind"])] == [("115", "", "target")]
    assert figures("全省共有115以下的乡镇。", 2012).empty


# a review prints a value reached against the plan's goal, the goal named after its number (远超60%的规划目标): that number is
# the plan's goal, dated by the plan the review names; the value reached before it stays a result, and a share of the goal
# done (完成规划目标的88.6%) stays a result too
def test_a_number_named_the_plan_s_goal_after_it_is_the_goal():
    text = "“十四五”规划实施以来,全市养老机构护理型床位占比达到58.6%,远超50%的规划目标。"
    f = figures(text, 2023, doc_type="midterm_review")
    assert [(v, k, y) for v, k, y in zip(f["value"], f["kind"], f["year"])] == [
        ("58.6", "actual", 2023), ("50", "target", 2025)]
    f = figures("“十四五”规划实施以来,全市新增养老床位1200张,完成规划目标的80%。", 2023, doc_type="midterm_review")
    assert list(f["kind"]) == ["actual", "actual"]


# a concentration in micrograms per cubic metre (PM2.5浓度 of a plan's environment indicators) is a figure with its unit; the
# 2.5 of the pollutant's name is none
def test_a_concentration_in_micrograms_per_cubic_metre_is_a_figure():
    f = figures("2022年,全市细颗粒物(PM2.5)平均浓度降至28微克/立方米,空气质量优良天数比例达到86.5%。")
    assert [(v, u) for v, u in zip(f["value"], f["unit"])] == [("28", "微克/立方米"), ("86.5", "%")]


# areas as statistics print them: 平方千米 (the statistical name of 平方公里), whose 千 is no numeral (2.3万平方千米 is no
# figure 1000 米), and the squared signs km² and m²; 千米 alone stays a length
@pytest.mark.parametrize("text, read", [
    ("全市土地面积2.3万平方千米。", [("2.3", "万平方千米", "km2", 23000.0)]),
    ("全市总面积14858km²。", [("14858", "km²", "km2", 14858.0)]),
    ("人均公园绿地面积15.2m²。", [("15.2", "m²", "m2", 15.2)]),
    ("新建绿道12千米。", [("12", "千米", "km", 12.0)]),
])
def test_an_area_is_one_figure_in_its_unit(text, read):
    f = figures(text)
    assert list(zip(f["value"], f["unit"], f["unit_std"], f["value_std"])) == read


# the yearly report every government makes to its 人大 on the plan of the year just ended (2015年国民经济和社会发展计划执行情况
# 与2016年…计划草案的报告) is a report on one year, dated by the year its title names first, not a plan dated the year before
# the five-year period its opening names (“十二五”的收官之年 is no plan period of its own); a title with 计划 or 规划 alone
# stays a plan
def _described(title, body):
    from mzlib.extract.document import Document as Described

    doc = Described.from_text("t.txt", f"{title}\n发布日期:2016-06-02\n{body}\n")
    f = extract_document(doc).figures
    return doc.doc_type, doc.reference_year, [(v, k, y) for v, k, y in zip(f["value"], f["kind"], f["year"])]


def test_the_yearly_report_on_a_plan_s_execution_is_a_report_on_that_year():
    body = ("2015年是“十二五”的收官之年。全年实现地区生产总值61.48亿元,同比增长8.6%;"
            "全区27家规模以上企业实现产值49.45亿元。")
    assert _described("某区2015年国民经济和社会发展计划执行情况与2016年国民经济和社会发展计划草案的报告", body) == (
        "annual_report", 2015, [("61.48", "actual", 2015), ("56.6114", "baseline", 2014), ("8.6", "growth_rate", 2015),
                                ("27", "actual", 2015), ("49.45", "actual", 2015)])


def test_a_title_with_plan_alone_stays_a_plan():
    doc_type, year, _ = _described("某区“十三五”民政事业发展计划", "到2020年,全区养老床位达到3000张。")
    assert (doc_type, year) == ("plan", 2015)


# a review dates what it reports of a plan period's first years by their last: “十二五”前两年 is 2011-2012, so its 年均增长 is of
# 2012 (from 2010), and so is what the same sentence reports after it; the period itself (“十二五”期间) and a review's year
# with no period named keep their dates
@pytest.mark.parametrize("text, year, read", [
    ("“成绩单”显示,我市地区生产总值“十二五”前两年年均增长12.5%,人均地区生产总值向6万元迈进。", 2013,
     [("12.5", "growth_rate", 2012, 2010), ("6", "actual", 2012, 2010)]),
    ("“十三五”前三年,全市累计新增养老床位3200张。", 2019, [("3200", "actual", 2018, 2015)]),
    ("“十二五”期间,全市地区生产总值年均增长12.5%。", 2013, [("12.5", "growth_rate", 2015, 2010)]),
    ("全市已有6项指标提前达到规划目标。", 2013, [("6", "actual", 2013, None)]),
])
def test_the_first_years_of_a_plan_period_are_dated_by_their_last(text, year, read):
    f = figures(text, year, doc_type="midterm_review")
    assert [(v, k, y, None if pd.isna(b) else b) for v, k, y, b in zip(f["value"], f["kind"], f["year"], f["base_year"])] \
        == read


# a span printed as two years joined by 到 (2016年到2017年, as with 至 and 从…到) ends at its second year, the point the
# figure is of, not a deadline: what it reports is reached; the other way, 到2025年 alone is a deadline, and a span that
# ends after the document's year (2021年到2025年 in a plan of 2021) still holds goals
@pytest.mark.parametrize("text, year, read", [
    ("2016年到2017年老年人口增加2.65万人。", 2017, ("2.65", "actual", 2017)),
    ("从2016年到2017年,老年人口增加2.65万人。", 2017, ("2.65", "actual", 2017)),
    ("2016年至2017年老年人口增加2.65万人。", 2017, ("2.65", "actual", 2017)),
    ("到2025年,全市养老床位达到5000张。", 2021, ("5000", "target", 2025)),
    ("2021年到2025年,全市新增养老床位5000张。", 2021, ("5000", "target", 2025)),
])
def test_two_years_joined_by_dao_are_a_span_not_a_deadline(text, year, read):
    f = figures(text, year)
    assert list(zip(f["value"], f["kind"], f["year"])) == [read]


# a work report's list of the year's projects for the people under its title on a line of its own (2024年市十件民生实事
# over 一、… 十、, an annex with no sentence of intent) sets out the year's goals, as a list a sentence of intent opens
# (今年将重点办好以下十件民生实事:); a title that reports their progress (…完成情况) or is dated to a part of the year
# (…(六月份)) does not, nor one of an earlier year, and a heading that names no projects leaves its list's figures actual
@pytest.mark.parametrize("title, year, kind", [
    ("2024年市十件民生实事", 2024, "target"),
    ("2024年县政府为民办实事项目", 2024, "target"),
    ("2023年市十件民生实事", 2024, "actual"),
    ("2024年市十件民生实事(六月份)", 2024, "actual"),
    ("2024年养老服务工作", 2024, "actual"),
])
def test_a_list_under_the_title_of_the_year_s_projects_sets_out_goals(title, year, kind):
    text = (f"{title}\n一、提升养老服务水平。新增社区养老服务站64个,为1.5万户老年人家庭开展适老化改造。\n"
            "二、完善救助帮扶。新建农村互助幸福院30所。\n")
    f = figures(text, year)
    assert list(zip(f["value"], f["kind"])) == [("64", kind), ("1.5", kind), ("30", kind)]


# the value a raise starts from, in a list that sets out the year's goals (2024年市十件民生实事: 一、… 从每人每月800元提高到
# 830元), is the one in force before the year: the year before the document's, as 2024年,…由800元调整至830元 dates it; a
# sentence that sets out no goals and prints no year keeps its from-value at the document's year
@pytest.mark.parametrize("text, read", [
    ("2024年市十件民生实事\n一、提高救助水平。城乡低保标准分别从每人每月800元、650元提高到830元、680元。\n",
     [("800", "baseline", 2023), ("650", "baseline", 2023), ("830", "standard", 2024), ("680", "standard", 2024)]),
    ("今年将重点办好以下十件民生实事:\n一、提高救助水平。城乡低保标准从每人每月800元提高到830元。\n",
     [("800", "baseline", 2023), ("830", "standard", 2024)]),
    ("全市城乡低保标准由每人每月800元提高到830元。\n", [("800", "baseline", 2024), ("830", "standard", 2024)]),
])
def test_the_from_value_of_a_raise_the_year_s_goals_set_out_is_of_the_year_before(text, read):
    f = figures(text, 2024)
    assert list(zip(f["value"], f["kind"], f["year"])) == read


# a count of categories is printed with 类 (打造不少于50类诉求智能化分办场景, 开展12类服务), a unit as 种 is; a class named by a
# Roman or Chinese numeral (Ⅲ类水质, 二类地区) prints no digit and an ordinal (第3类人员) is no count
@pytest.mark.parametrize("text, read", [
    ("打造不少于50类诉求智能化分办场景。", [("50", "类")]),
    ("全市为老年人提供12类上门服务。", [("12", "类")]),
    ("全区地表水水质达到Ⅲ类以上,二类地区3个。", [("3", "个")]),
    ("第3类人员共120人。", [("120", "人")]),
])
def test_a_count_of_categories_is_printed_with_lei(text, read):
    f = figures(text)
    assert list(zip(f["value"], f["unit"])) == read


# a fraction of a whole after a word that reaches or compares with it (老年人超1/5, 近1/3的人口, 达到全省总量1/6) is one figure,
# read as a ratio is (1.27:1), unit blank; a date's numbers joined by / (2024/5/6), a fraction with no such word before it
# (资金1/2由财政承担) and a numerator not below its denominator (超5/4) are none
@pytest.mark.parametrize("text, read", [
    ("全市60岁及以上老年人超1/5。", [("1/5", "")]),
    ("近1/3的人口是老年人。", [("1/3", "")]),
    ("全县养老床位达到全市总量1/6。", [("1/6", "")]),
    ("发布时间:2024/5/6,全市养老床位3000张。", [("3000", "张")]),
    ("建设资金1/2由市财政承担。", []),
    ("老年人口增幅超5/4。", []),
])
def test_a_fraction_of_a_whole_is_one_figure(text, read):
    f = figures(text)
    assert list(zip(f["value"], f["unit"])) == read
