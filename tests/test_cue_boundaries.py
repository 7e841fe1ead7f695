"""Boundary tests of the extractor's cue lists and conversions: one sentence for each entry that a
mutation survey found unguarded (dropping it from its list, or changing its factor, passed every
other test), in both directions: the sentence with the cue gives the figure the cue decides, and
the same sentence without it does not. The sentences are written for these tests in the style of
civil-affairs reports and statistical communiqués; the places and numbers are invented.

Entries the survey found redundant, with no test here because another pattern covers every sentence they match:
_DONE_WORDS 已经 and 现已 (已), _ANNUAL 平均每年 (每年), _THRESHOLD_BEFORE 不超过 (超过), _MONEY_PERIOD (?:每人)? (每月,
每年), _GOAL_AFTER (?:任务)? (only the kind_cue's text), _VERB_ONLY 建有, 累计, 为, 有 (stripped as lead or trail words
first), _AFTER_VERB 正常, 消防, 均, 全部, 已, 提供, 获, 被, 参与, 纳入, 完成, 用于, $ (the fallback _WORDS_TO_BREAK
stops at the same words)."""

import pandas as pd
import pytest

from sentences import figures, one
from mzlib.extract.units import unit_info


def decided(text, value, reference_year=2023):
    """The decided columns of the one figure printed as ``value``: kind, year, base year, value_std, unit_std."""
    row = one(text, value, reference_year)
    base = None if pd.isna(row["base_year"]) else int(row["base_year"])
    return row["kind"], int(row["year"]), base, row["value_std"], row["unit_std"]


# ---------------------------------------------------------------- change verbs
def test_a_decrease_verb_after_a_yearly_word_is_a_yearly_rate_of_decrease():
    """降低 after 年均, with no 比 before it (which the gap words 比…低 would read as well)."""
    text = "2018年以来,全市出生人口年均降低3.2%。"
    assert decided(text, "3.2") == ("growth_rate", 2023, 2018, -3.2, "%")
    assert one(text, "3.2")["growth_basis"] == "annual"
    assert decided("2018年以来,全市出生人口年均3.2%。", "3.2")[0] == "actual"


# ---------------------------------------------------------------- a number that names a goal (_GOAL_AFTER)
@pytest.mark.parametrize("goal", ["年度目标", "全年目标", "预期目标", "既定目标"])
def test_a_number_that_names_a_qualified_goal_is_the_goal(goal):
    text = f"全年新增养老床位1260张,完成1200张的{goal}。"
    assert decided(text, "1200") == ("target", 2023, None, 1200.0, "beds")
    assert decided(text, "1260")[0] == "actual"
    assert decided(f"全年新增养老床位1260张,完成1200张的{goal[:-2]}任务。", "1200")[0] == "actual"


# ---------------------------------------------------------------- yearly words (_ANNUAL)
@pytest.mark.parametrize("rate", ["年平均增长率", "年增幅", "年提高幅度", "年增长幅度", "年上调幅度"])
def test_a_floor_on_a_yearly_rate_is_a_planned_yearly_increment(rate):
    """年增幅不低于5%: a floor set on the yearly increment, a target; 增幅不低于5% without a yearly word is a rate."""
    row = one(f"今后5年,全市城乡低保标准{rate}不低于5%。", "5")
    assert (row["kind"], row["growth_basis"], row["value_std"], row["unit_std"]) == ("target", "annual_planned", 5.0, "%")
    row = one("今后5年,全市城乡低保标准增幅不低于5%。", "5")
    assert (row["kind"], row["growth_basis"]) == ("growth_rate", "total")


# ---------------------------------------------------------------- words of a standard (_STANDARD_WORD)
@pytest.mark.parametrize("name", ["农村低保标准", "农村低保金", "特困人员生活费", "特困人员供养金"])
def test_an_amount_a_standard_s_word_names_raised_to_is_a_standard(name):
    """由300元提高到350元 of what a person is paid (低保金, 生活费, 供养金) is a money standard; of a sum (资金) a sum."""
    row = one(f"全市{name}由300元提高到350元。", "350")
    assert (row["kind"], row["value_std"], row["unit_std"]) == ("standard", 350.0, "yuan/person/year")
    assert one(f"全市{name}由300元提高到350元。", "300")["kind"] == "baseline"
    assert one("全市农村低保资金由3000万元增加到3500万元。", "3500")["kind"] == "actual"


def test_an_amount_raised_to_after_a_clause_that_names_the_standard_is_a_standard():
    """标准 in the clause before (城乡低保标准再次提高,城市由600元提高到650元), not before the number."""
    row = one("今年城乡低保标准再次提高,城市由600元提高到650元。", "650")
    assert (row["kind"], row["year"], row["value_std"]) == ("standard", 2023, 650.0)
    assert one("今年城乡低保资金再次增加,城市由600万元增加到650万元。", "650")["kind"] == "actual"


# ---------------------------------------------------------------- thresholds (_THRESHOLD_BEFORE)
@pytest.mark.parametrize("word", ["少于", "不足", "大于", "小于", "多于", "低于", "高于", "超过", "大于或等于", "少于或等于"])
def test_a_bound_that_a_condition_sets_is_a_threshold_even_where_the_document_sets_no_goals(word):
    """对床位数不足40张的敬老院: the number bounds what the rule applies to, a target of the kind ``threshold``; in a
    communiqué too, whose bounds are otherwise results (so that the prescriptive comparator does not decide it)."""
    text = f"对床位数{word}40张的敬老院,予以整合。"
    row = one(text, "40", doc_type="statistical_communique")
    assert (row["kind"], row["kind_cue"], row["value_std"], row["unit_std"]) == ("target", "threshold", 40.0, "beds")
    assert one("对床位数40张的敬老院,予以整合。", "40", doc_type="statistical_communique")["kind"] == "actual"


# ---------------------------------------------------------------- prescriptive comparators (_PRESCRIBED_BEFORE)
@pytest.mark.parametrize("word", ["不低于", "不少于", "不超过", "不高于", "控制在", "至少", "最多"])
def test_a_prescribed_bound_is_a_target_even_after_a_word_of_what_is_done(word):
    """全年,…不低于55%: the comparator prescribes, though 全年 would otherwise report the year's result."""
    row = one(f"全年,全市护理型床位比例{word}55%。", "55")
    assert (row["kind"], row["year"], row["value_std"], row["unit_std"]) == ("target", 2023, 55.0, "%")
    assert one("全年,全市护理型床位比例为55%。", "55")["kind"] == "actual"


# ---------------------------------------------------------------- prescriptive cues (PRESCRIPTIVE_CUES)
@pytest.mark.parametrize("text", [
    "截至目前,全市护理型床位比例52%(目标:55%)。",
    "截至目前,全市护理型床位比例52%,目标(55%)尚未完成。",
])
def test_a_value_after_the_word_goal_and_its_bracket_or_colon_is_the_goal_even_among_results(text):
    """目标(55%), 目标:55%: the goal's value printed next to the result of a review (截至目前 reports what is done)."""
    assert decided(text, "55") == ("target", 2023, None, 55.0, "%")
    assert decided(text, "52") == ("actual", 2023, None, 52.0, "%")
    assert decided(text.replace("目标", ""), "55")[0] == "actual"


# ---------------------------------------------------------------- the period of a money amount (_MONEY_PERIOD)
@pytest.mark.parametrize("text, period, value_std", [
    ("全市为80岁以上老人发放高龄津贴每月100元。", "monthly", 1200.0),
    ("全市为80岁以上老人发放高龄津贴每年1200元。", "annual", 1200.0),
    ("全市为80岁以上老人发放高龄津贴每人每月100元。", "monthly", 1200.0),
    ("全市高龄津贴月标准100元。", "monthly", 1200.0),
    ("全市高龄津贴年标准1200元。", "annual", 1200.0),
    ("全市城市低保月人均标准800元。", "monthly", 9600.0),
    ("全市城市低保月基本标准800元。", "monthly", 9600.0),
    ("全市城市低保月生活标准800元。", "monthly", 9600.0),
    ("全市城市低保月保障标准800元。", "monthly", 9600.0),
    ("全市特困人员月补助标准800元。", "monthly", 9600.0),
    ("全市特困人员月补贴标准800元。", "monthly", 9600.0),
])
def test_a_period_printed_before_an_amount_makes_it_a_standard_of_that_period(text, period, value_std):
    """每月100元, 月标准100元: a standard paid by the month, twelve times its value a year; 发放高龄津贴100元 with no
    period is a sum paid. The period is read where it is printed, before the amount (``period_basis`` printed), not
    recovered from the subject's name."""
    value = "100" if "100元" in text else ("1200" if "1200元" in text else "800")
    row = one(text, value)
    assert (row["kind"], row["period"], row["period_basis"], row["value_std"]) == ("standard", period, "printed", value_std)
    assert one("全市为80岁以上老人发放高龄津贴100元。", "100")["kind"] == "actual"


# ---------------------------------------------------------------- words of what is done (_DONE_WORDS)
@pytest.mark.parametrize("done", ["累计建成", "共有", "现已建成", "目前建成"])
def test_a_word_of_what_is_done_reports_the_figure_after_a_future_marker_in_its_sentence(done):
    """将继续加强…,累计建成1160张: the clause reports what is there, though the sentence's first clause intends."""
    text = f"全市将继续加强养老机构建设,{done}养老床位1160张。"
    assert decided(text, "1160") == ("actual", 2023, None, 1160.0, "beds")
    assert decided("全市将继续加强养老机构建设,建成养老床位1160张。", "1160")[0] == "target"


# ---------------------------------------------------------------- a rate before its verb (_RATE_BEFORE, _RATE_AFTER)
@pytest.mark.parametrize("text, basis, value_std", [
    ("全市老年人口以年均3.5%的速度递增。", "annual", 3.5),
    ("全市老年人口以年平均3.5%的速度递增。", "annual", 3.5),
    ("全市老年人口以平均每年3.5%的速度递增。", "annual", 3.5),
    ("全市老年人口以每年3.5%的速度递增。", "annual", 3.5),
    ("全市老年人口以年3.5%的速度递增。", "annual", 3.5),
    ("全市老年人口以3.5%的速度递增。", "total", 3.5),
    ("全市低保对象以年均3.5%的幅度递减。", "annual", -3.5),
    ("全市低保对象以年均3.5%递减。", "annual", -3.5),
])
def test_a_rate_printed_before_its_verb_is_a_growth_rate(text, basis, value_std):
    """以年均3.5%的速度递增: the rate stands between 以 and its verb; 年均3.5%的速度 without them is no rate."""
    row = one(text, "3.5")
    assert (row["kind"], row["growth_basis"], row["value_std"], row["unit_std"]) == ("growth_rate", basis, value_std, "%")
    assert one("全市老年人口年均3.5%的速度。", "3.5")["kind"] == "actual"


@pytest.mark.parametrize("text", [
    "“十二五”时期,全市投入养老服务资金保持了年均29%的高速增长。",
    "“十二五”时期,全市投入养老服务资金实现年均29%的增长。",
    "“十二五”时期,全市投入养老服务资金保持年平均29%的稳定增长。",
])
def test_a_yearly_rate_before_de_and_its_verb_is_a_growth_rate_without_yi(text):
    """保持了年均29%的高速增长: the yearly rate stands between 年均 and 的 + its verb, with no 以 before it."""
    f = figures(text, 2016)
    assert [(r.value, r.unit, r.year, r.kind, r.growth_basis) for r in f.itertuples()] == [("29", "%", 2015, "growth_rate", "annual")]
    g = figures("“十二五”时期,全市投入养老服务资金年均29%的部分用于农村。", 2016)
    assert [(r.value, r.unit, r.year, r.kind) for r in g.itertuples()] == [("29", "%", 2015, "actual")]


# ---------------------------------------------------------------- the year a multiple is of (dates._MULTIPLE_OF)
@pytest.mark.parametrize("words", ["是2010年的近3倍", "为2010年的3倍", "相当于2010年的3倍"])
def test_the_year_before_de_and_a_multiple_is_its_base_not_its_year(words):
    """养老床位达到6.5万张,是2010年的近3倍: 2010 is the year the multiple is of; the multiple, like the level, is of the
    period reviewed; a year that the multiple does not follow still dates its clause."""
    f = figures(f"“十二五”时期,全市养老床位达到6.5万张,{words}。", 2016)
    assert [(r.value, r.unit, r.year, r.kind) for r in f.itertuples()] == [("6.5", "万张", 2015, "actual"), ("3", "倍", 2015, "actual")]
    g = figures("“十二五”时期,全市养老床位达到6.5万张,2010年的床位为2.2万张。", 2016)
    assert [(r.value, r.year) for r in g.itertuples()] == [("6.5", 2015), ("2.2", 2010)]


# ---------------------------------------------------------------- planning norms (_NORM_AFTER)
@pytest.mark.parametrize("words", ["配置", "配建", "配备", "设置", "确定", "核定", "的比例配置", "比例配建"])
def test_a_share_by_which_something_is_provided_is_a_planning_norm(words):
    """按照老年人口的2.5%配置: what is to be provided, a target, also in a report of what was done (目前)."""
    row = one(f"目前,全市按照老年人口的2.5%{words}养老床位。", "2.5")
    assert (row["kind"], row["kind_cue"], row["value_std"], row["unit_std"]) == ("target", "planning norm", 2.5, "%")
    assert one("目前,全市按照老年人口的2.5%统计养老床位。", "2.5")["kind"] == "actual"



# ---------------------------------------------------------------- a subject after the number (_VERB_ONLY)
@pytest.mark.parametrize("verb, text, indicator", [
    ("建成", "全年,建成1200张养老床位。", "elder_care_beds"),
    ("建设", "全年,建设1200张养老床位。", "elder_care_beds"),
    ("完成", "全年,完成1200户特殊困难老年人家庭适老化改造。", "elderly_home_adaptation"),
    ("实现", "全年,实现1200张养老床位的医养结合。", "elder_care_beds"),
    ("发放", "全年,发放1200张养老床位的建设补贴。", "elder_care_beds"),
    ("救助", "全年,救助1200名养老护理员的困难家庭。", "elder_care_workers"),
    ("培训", "全年,培训1200名养老护理员。", "elder_care_workers"),
    ("开展", "全年,开展1200名养老护理员的技能培训。", "elder_care_workers"),
    ("投入", "全年,投入1200张养老床位的建设资金。", "elder_care_beds"),
    ("争取", "全年,争取1200张养老床位的建设项目。", "elder_care_beds"),
    ("新建", "全年,新建1200张养老床位。", "elder_care_beds"),
    ("改造", "全年,改造1200张护理型床位。", "nursing_beds"),
    ("设立", "全年,设立1200张养老床位。", "elder_care_beds"),
    ("惠及", "全年,惠及1200名养老护理员。", "elder_care_workers"),
    ("资助", "全年,资助1200名养老护理员。", "elder_care_workers"),
    ("帮助", "全年,帮助1200名注册志愿者。", "registered_volunteers"),
    ("提供", "全年,提供1200张养老床位。", "elder_care_beds"),
    ("组建", "全年,组建1200名注册志愿者的服务队伍。", "registered_volunteers"),
    ("配备", "全年,配备1200名养老护理员。", "elder_care_workers"),
    ("认定", "全年,认定1200名养老护理员。", "elder_care_workers"),
    ("指导", "全年,指导1200名注册志愿者。", "registered_volunteers"),
    ("将", "全年,还将新建1200张养老床位。", "elder_care_beds"),
    ("要", "全年,还要新建1200张养老床位。", "elder_care_beds"),
    ("还", "全年,还新建1200张养老床位。", "elder_care_beds"),
    ("涉及", "全年,涉及1200名养老护理员。", "elder_care_workers"),
    ("共", "全年,还共建成1200张养老床位。", "elder_care_beds"),
    ("已", "全年,还已建成1200张养老床位。", "elder_care_beds"),
    ("全市", "全年,惠及全市1200名养老护理员。", "elder_care_workers"),
    ("全省", "全年,惠及全省1200名养老护理员。", "elder_care_workers"),
])
def test_words_before_the_number_that_are_only_verbs_leave_the_subject_to_the_words_after_it(verb, text, indicator):
    """新建1200张养老床位, 还将新建…, 惠及全市…: the words before the number are verbs (and the adverbs and region words
    they combine with), so the subject is the registry name after the number and unit."""
    row = one(text, "1200")
    assert (row["indicator_id"], row["value_std"]) == (indicator, 1200.0)
    assert one("全年,护理型床位达到1200张。", "1200")["indicator_id"] == "nursing_beds"  # words before it that name one


# ---------------------------------------------------------------- a registry name ended by a verb (_AFTER_VERB)
@pytest.mark.parametrize("rest", ["实现医养结合", "达到星级标准", "覆盖全部乡镇", "开展医养结合服务", "运营良好", "入住率达六成"])
def test_a_registry_name_after_the_number_ends_before_the_verb_that_follows_it(rest):
    """新建1200张养老床位运营良好: the name after the number is 养老床位, ended by the verb after it."""
    row = one(f"全年,新建1200张养老床位{rest}。", "1200")
    assert (row["kind"], row["indicator_id"], row["value_std"]) == ("actual", "elder_care_beds", 1200.0)
    assert one("全年,新建1200张养老床位。", "1200")["indicator_id"] == "elder_care_beds"


# ---------------------------------------------------------------- conversions (units.SCALES, units.csv, periods)
@pytest.mark.parametrize("text, value, value_std, unit_std", [
    ("全市地区生产总值1.2万亿元。", "1.2", 1.2e12, "yuan"),
    ("全年接待游客1.2亿人次。", "1.2", 1.2e8, "person-times"),
    ("全市城镇化率为65.3%,比上年提高0.8个百分点。", "0.8", 0.8, "pp"),
    ("全市城镇化率为65.3%,比上年提高0.8百分点。", "0.8", 0.8, "pp"),
    ("全年出生率为7.6‰,比上年下降0.3个千分点。", "0.3", -0.03, "pp"),
    ("全年出生率为7.6‰,比上年下降0.3千分点。", "0.3", -0.03, "pp"),
])
def test_a_printed_scale_or_point_converts_by_its_own_factor(text, value, value_std, unit_std):
    """万亿 is 10^12 and 亿 10^8 before a unit the table does not list; a 百分点 is a percentage point and a 千分点 a
    tenth of one."""
    row = one(text, value)
    assert (row["value_std"], row["unit_std"]) == (pytest.approx(value_std), unit_std)


def test_the_scales_the_table_does_not_list_multiply_by_their_own_factor():
    assert unit_info("百万元") == ("yuan", 1e6, "money")
    assert unit_info("万亿元") == ("yuan", 1e12, "money")
    assert unit_info("亿人") == ("persons", 1e8, "persons")


def test_a_unit_per_month_is_a_monthly_amount_twelve_times_a_year():
    row = one("全市城市低保标准为800元/月。", "800")
    assert (row["kind"], row["period"], row["value_std"]) == ("standard", "monthly", 9600.0)
    row = one("全市城市低保标准为9600元/年。", "9600")
    assert (row["kind"], row["period"], row["value_std"]) == ("standard", "annual", 9600.0)


# ---------------------------------------------------------------- found by the survey: rules that did not hold
def test_a_growth_after_the_yearly_word_nian_pingjun_is_a_yearly_growth():
    """年平均 as 年均 before a verb of growth (the survey found it missing from the words before the verb)."""
    row = one("全市老年人口年平均增长3.2%。", "3.2")
    assert (row["kind"], row["growth_basis"], row["kind_cue"]) == ("growth_rate", "annual", "年平均增长")
    assert one("全市老年人口增长3.2%。", "3.2")["growth_basis"] == "total"


def test_a_share_named_zhanbi_is_no_comparison_but_a_gap_after_bi_is():
    """占比 is a share: its 比 opens no gap (比…少) even when 至少 follows; 比农村少 still does."""
    assert decided("全市护理型床位占比至少55%。", "55") == ("target", 2023, None, 55.0, "%")
    row = one("城市养老床位比农村少55张。", "55")
    assert (row["kind"], row["value_std"]) == ("change", -55.0)
