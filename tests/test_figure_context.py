"""What a sentence says about each figure: its kind, its date, its subject and the figures a
reader derives from it. Small texts, one rule each."""

import pytest

from mzlib.extract.figures import Document, extract_document
from mzlib.extract.mapping import map_subject, region_words


def figures(text, reference_year=2023, **kw):
    doc = Document("t.txt", text, kw.pop("region_zh", "某市"), "Someplace", reference_year, kw.pop("start", None),
                   kw.pop("end", None), doc_type=kw.pop("doc_type", ""), **kw)
    return extract_document(doc).figures


def one(text, value, **kw):
    f = figures(text, **kw)
    hit = f[(f["value"] == value) & (f["method"] != "derived")]
    assert len(hit) == 1, f"{value} in {text!r}: {len(hit)} figures"
    return hit.iloc[0]


@pytest.mark.parametrize("text, value, kind", [
    ("全年收入55832元,比上年增长6.2%。", "6.2", "growth_rate"),
    ("工资性收入33393元,增长6.8%。", "6.8", "growth_rate"),
    ("高龄老人11.5万人,比上年增加2.2万人,增幅高达23.7%。", "23.7", "growth_rate"),
    ("网点560个,比2020年增加30个。", "30", "change"),
    ("火化率58.8%,比上年增加3.1个百分点。", "3.1", "change_pp"),
    ("特困供养率由2020年的31.2%提高到36.5%。", "31.2", "baseline"),
    ("特困供养率由2020年的31.2%提高到36.5%。", "36.5", "actual"),
    ("与2010年的5417906人相比,增加了30万人。", "5417906", "baseline"),
    ("与上年的1200张相较,全市养老床位增加300张。", "1200", "baseline"),  # 相较 for 相比
    ("老年人口204.77万人,比2022年(195.21万人)增加9.56万人。", "195.21", "baseline"),  # compared, in brackets
    ("老年人口204.77万人,比2022年(195.21万人)增加9.56万人。", "9.56", "change"),
    ("老年人口204.77万人(2022年为195.21万人)。", "195.21", "actual"),  # a value of its own year, no comparison
    ("全市年内新建养老床位500张。", "500", "target"),  # 年内: by the end of this year
    ("全市今年新建养老床位500张。", "500", "actual"),
    ("城市低保标准为每人每月650元。", "650", "standard"),
    ("运行经费不少于2万元/年。", "2", "standard"),
    ("新建床位每张补助3000元。", "3000", "standard"),  # an aid per unit
    ("新建养老床位给予建设补助3000元。", "3000", "standard"),  # an aid named before its amount in 元
    ("12月救助52人,发放生活补助1.04万元。", "1.04", "actual"),  # a total paid out, in 万元
    ("全年共发放特困人员基本生活补贴722618元。", "722618", "actual"),  # a sum paid out, in 元
    ("为每名老人发放生活补贴100元。", "100", "standard"),  # paid out, but per person
    ("发放取暖补贴3580元,其中城市补贴2100元,农村补贴1480元。", "2100", "actual"),  # the parts of a sum paid
    ("发放取暖补贴3580元,其中城市补贴2100元,农村补贴1480元。", "1480", "actual"),
    ("发放取暖补贴35.8万元,其中城市困难群众每户补贴600元。", "600", "standard"),  # a part, but per household
    ("全市发放高龄津贴500万元,90岁以上老人补贴300元。", "300", "standard"),  # no 其中: no part of the sum
    ("到2025年,护理型床位占比达到60%。", "60", "target"),
    ("力争年底前完成实名注册人数13.8万人。", "13.8", "target"),
    ("单体项目床位原则上不超过150张。", "150", "target"),
    ("对床位数不足40张且收住人数少于10人的敬老院,予以整合。", "40", "target"),
    ("对床位数不足40张或收住人数少于10人的敬老院,予以整合。", "40", "target"),  # a threshold before 或
    ("全市现有养老机构236个。", "236", "actual"),
    ("人均可支配收入41236元。", "41236", "actual"),
    ("城市低保对象395人,保障标准为744元/人·月,补助水平为507.48元/人·月。", "507.48", "actual"),  # an average paid
    ("城市低保对象395人,保障标准为744元/人·月,补助水平为507.48元/人·月。", "744", "standard"),
    # an average reached, after a name with a standard's word (供养): still an average; the standard itself is one
    ("城市特困供养补助水平达到月人均1514元。", "1514", "actual"),
    ("城市特困供养平均水平提高到每人每月1514元。", "1514", "actual"),
    ("城市特困供养标准提高到每人每月1514元。", "1514", "standard"),
    ("城市特困人员供养金提高到1514元。", "1514", "standard"),
    # the amount a person is paid, raised, in a sentence that names it per person: a standard; 提到 for 提高到
    ("为百岁老人发放每人每月长寿补贴金,赣州市由500元提高到1000元。", "1000", "standard"),
    ("为百岁老人发放每人每月长寿补贴金,赣州市由500元提高到1000元。", "500", "baseline"),
    ("鹰潭市从7月起由每人每月200元提到500元。", "200", "baseline"),
    ("为百岁老人发放长寿补贴金,全市由300万元提高到500万元。", "500", "actual"),  # a sum, not a person's amount
])
def test_kind_follows_the_cue_words(text, value, kind):
    assert one(text, value)["kind"] == kind


# a bound (以内, 以上) prescribes a goal, unless the sentence reports years up to now (近5年来, 2016年以来): a result
@pytest.mark.parametrize("text, kind", [
    ("城镇登记失业率控制在3.9%以内。", "target"),
    ("近5年来,新增城镇就业3.02万人,城镇登记失业率控制在3.9%以内。", "actual"),
    ("2016年以来,全市城镇登记失业率控制在3.9%以内。", "actual"),
    ("五年来,城镇登记失业率控制在3.9%以内。", "actual"),
    ("今后五年,城镇登记失业率控制在3.9%以内。", "target"),
])
def test_a_bound_in_a_sentence_that_reports_years_up_to_now_is_a_result(text, kind):
    assert one(text, "3.9")["kind"] == kind

# a bound is a result in a document whose type sets no goals (a communiqué, a news report), a goal elsewhere;
# a future marker or a deadline makes a goal in any document
@pytest.mark.parametrize("text, doc_type, kind", [
    ("全年城镇新增就业5.8万人,城镇登记失业率控制在3.3%以内。", "statistical_communique", "actual"),
    ("全年城镇新增就业5.8万人,城镇登记失业率控制在3.3%以内。", "news_report", "actual"),
    ("全年城镇新增就业5.8万人,城镇登记失业率控制在3.3%以内。", "plan", "target"),
    ("全年城镇新增就业5.8万人,城镇登记失业率控制在3.3%以内。", "annual_report", "target"),
    ("全年城镇新增就业5.8万人,城镇登记失业率控制在3.3%以内。", "", "target"),
    ("明年城镇登记失业率将控制在3.3%以内。", "news_report", "target"),
    ("到2025年,城镇登记失业率控制在3.3%以内。", "statistical_communique", "target"),
])
def test_a_bound_is_a_result_where_the_document_sets_no_goals(text, doc_type, kind):
    assert one(text, "3.3", doc_type=doc_type)["kind"] == kind

# 今年 counts from the date a page prints, except in a statistical report of one year (a communiqué, a bulletin, a
# yearbook), whose 今年 is the year it reports on, whenever the page was put online
@pytest.mark.parametrize("doc_type, kind, year", [
    ("statistical_communique", "actual", 2009),
    ("statistical_bulletin", "actual", 2009),
    ("news_report", "target", 2012),
])
def test_this_year_in_a_statistical_report_is_the_year_it_reports(doc_type, kind, year):
    text = "珲春市2009年国民经济和社会发展统计公报\n2012-07-23\n今年城镇职工基本医疗保险参保人数57,111人。"
    row = one(text, "57111", reference_year=2009, doc_type=doc_type)
    assert (row["kind"], row["year"]) == (kind, year)

# a year that leads a sentence after the words that report a speech (市长…在报告中讲,) dates the paragraph after it
@pytest.mark.parametrize("text, year", [
    ("市长在大会报告中讲,2011年全市民生类支出129.8亿元。新增就业3.6万人,城镇登记失业率3.3%。", 2011),
    ("市长在大会报告中讲,2011年汉中民生类支出129.8亿元。新增就业3.6万人,城镇登记失业率3.3%。", 2011),
    ("据介绍,2011年全市民生类支出129.8亿元。新增就业3.6万人,城镇登记失业率3.3%。", 2011),
    ("市长在大会报告中讲,全市2011年民生类支出129.8亿元。新增就业3.6万人,城镇登记失业率3.3%。", 2012),  # not leading
])
def test_a_year_after_a_speech_s_attribution_leads_its_paragraph(text, year):
    assert one(text, "3.6", reference_year=2012)["year"] == year

# 全年 (the whole year) marks a year's result, but not in a paragraph that sets out goals
@pytest.mark.parametrize("text, kind", [
    ("今年,全市将实现10万人脱贫目标。同时,强力推进保障房建设,全年建设保障房2.65万套,完成棚户区改造8660户。", "target"),
    ("全年建设保障房2.65万套,完成棚户区改造8660户。", "actual"),
    ("去年,全市实现10万人脱贫。同时,全年建设保障房2.65万套,完成棚户区改造8660户。", "actual"),
])
def test_the_whole_year_in_a_paragraph_of_goals_is_the_year_ahead(text, kind):
    assert one(text, "2.65", reference_year=2012)["kind"] == kind

# a progress report counts the part of each project done against the work to be done, and prints the share the two make
@pytest.mark.parametrize("text, value, kind", [
    ("剩余项目中,15个农村幸福院建设已完成8个(53%)。", "15", "target"),
    ("剩余项目中,15个农村幸福院建设已完成8个(53%)。", "8", "actual"),
    ("263场送戏进万村已送230场(87%)。", "263", "target"),
    ("15个农村幸福院建设已完成8个(80%)。", "15", "actual"),  # 8 of 15 is not 80%: no share of this total
    ("15个农村幸福院建设已完成8户(53%)。", "15", "actual"),  # another unit: not a part of this number
    ("建成15个农村幸福院,其中已验收8个。", "15", "actual"),  # no share printed
])
def test_the_total_a_part_done_and_its_share_are_counted_against_is_a_goal(text, value, kind):
    assert one(text, value, reference_year=2025)["kind"] == kind


# a heading of goals on its own line (主要目标, 发展目标) makes the paragraph under it a paragraph of goals
@pytest.mark.parametrize("text, kind", [
    ("主要目标\n生产总值增长11.5%左右,非公经济占GDP比重达到53%,城镇化率提高2个百分点左右。", "target"),
    ("二、发展目标\n非公经济占GDP比重达到53%。", "target"),
    ("主要成就\n非公经济占GDP比重达到53%。", "actual"),
    ("主要目标完成情况良好,非公经济占GDP比重达到53%。", "actual"),  # no heading: a sentence about the goals
])
def test_a_heading_of_goals_makes_its_paragraph_goals(text, kind):
    assert one(text, "53", reference_year=2015)["kind"] == kind

# 到…底 with 已 in the clause: what is done by that date, reported; without 已, or by a later year, a deadline
@pytest.mark.parametrize("text, reference_year, kind", [
    ("到6月底,已有投保农户30户申请赔保。", 2016, "actual"),
    ("到6月底,投保农户达到30户。", 2016, "target"),
    ("到2025年底,已建成养老床位30张以上的机构。", 2021, "target"),  # a year after the document's: a goal
])
def test_what_is_already_done_by_a_date_is_reported_not_a_goal(text, reference_year, kind):
    assert one(text, "30", reference_year=reference_year)["kind"] == kind


# goals announced before a paragraph's first figure, with the colon that opens their list, make the paragraph's
# figures goals in all its sentences; a review of the goals (完成情况) does not
@pytest.mark.parametrize("text, kind", [
    ("2009年全省经济社会发展的主要预期目标:生产总值增长9%,完成重建任务的72%。城镇新增就业62万人。", "target"),
    ("建议2009年全省主要预期目标为:生产总值增长9%;城镇新增就业62万人。", "target"),
    ("2009年主要目标任务完成情况:生产总值增长9%。城镇新增就业62万人。", "actual"),
    ("2009年全省生产总值增长9%。城镇新增就业62万人。", "actual"),
])
def test_goals_announced_before_a_paragraph_s_first_figure_make_its_figures_goals(text, kind):
    assert one(text, "62", reference_year=2009)["kind"] == kind


# 年内, "within the year": a deadline where the document sets goals (a plan, a notice, a work report, or a text of
# no known type), the year reported on where its type prints no targets (document_types.csv: a communiqué, a
# bulletin, a yearbook, a news report); a future marker makes a goal in any document
@pytest.mark.parametrize("text, value, doc_type, kind, year", [
    ("全市年内新建养老床位500张。", "500", "plan", "target", 2023),
    ("全市年内新建养老床位500张。", "500", "policy_notice", "target", 2023),
    ("全市年内新建养老床位500张。", "500", "", "target", 2023),
    ("年内企业离退休人员月人均养老金水平为3146元。", "3146", "statistical_communique", "actual", 2023),
    ("年内交换监测人群基本数据23.02万条、核定低保边缘对象21.71万人。", "21.71", "news_report", "actual", 2023),
    ("全市年内新建养老床位500张。", "500", "statistical_bulletin", "actual", 2023),
    ("全市年内将新建养老床位500张。", "500", "news_report", "target", 2023),
    ("全市年底前新建养老床位500张。", "500", "news_report", "target", 2023),  # before the year's end: a deadline
])
def test_within_the_year_is_a_deadline_only_where_the_document_sets_goals(text, value, doc_type, kind, year):
    row = one(text, value, doc_type=doc_type)
    assert (row["kind"], row["year"]) == (kind, year)


# an archive of communiqués cuts a long page title inside the type's word and adds the page number
# (…国民经济和社会发(2)): the cut word still names the type, so 年内 is the year reported on; without the page
# number, or with less of the word, the line is no such title and 年内 stays a deadline (a text of no known type)
@pytest.mark.parametrize("title, kind", [
    ("岚江市2023年国民经济和社会发(2)", "actual"),
    ("岚江市2023年国民经济和社会发展统计公(3)", "actual"),
    ("岚江市2023年国民经济和社(2)", "actual"),  # six characters of the word
    ("岚江市2023年民政事业发展统(2)", "actual"),  # a bulletin's word
    ("岚江市2023年国民经济和社会发", "target"),  # no page number: perhaps the first line of a title on two
    ("岚江市2023年国民经济和(2)", "target"),  # five characters: too little of the word
])
def test_a_title_an_archive_cut_inside_its_type_word_still_names_the_type(title, kind):
    text = title + "\n年内全市新建养老床位500张,床位总数达到3180张。\n"
    f = extract_document(Document.from_text("t.txt", text)).figures
    row = f[f["value"] == "500"].iloc[0]
    assert (row["kind"], row["year"]) == (kind, 2023)


@pytest.mark.parametrize("text, value, date, year_basis", [
    ("截至2023年3月底,全市养老床位3180张。", "3180", "2023-03-31", "printed in the sentence"),
    ("全市养老床位截至2023年3月底达到3180张。", "3180", "2023-03-31", "printed in the clause"),
    ("截至2021年底,全国共有殡仪馆1774个。全年火化遗体596.6万具。", "596.6", "2021-12-31",
     "leading the paragraph"),
    ("2022年助餐服务1926人,办结率100%。", "100", "2022", "printed in the sentence"),
    ("全市养老床位3180张。", "3180", "2023", "document reference year"),
    ("到2025年,全市养老床位达到4000张。", "4000", "2025", "printed in the sentence"),
    ("2022年3月1日,条例颁布实施。全市注册志愿者111万人。", "111", "2023", "document reference year"),
])
def test_date_with_month_precision_and_how_it_was_found(text, value, date, year_basis):
    row = one(text, value)
    assert (row["date"], row["year_basis"]) == (date, year_basis)


def test_a_year_after_the_document_makes_a_target_and_an_impossible_one_does_not():
    assert one("2025年养老床位4000张。", "4000")["kind"] == "target"
    row = one("截至3023年3月底,社区社会组织13个。", "13")
    assert (row["kind"], row["year"]) == ("actual", 3023) and "implausible" in row["note"]


def test_comparison_gives_the_base_year():
    assert one("1783人,比2020年增长50%。", "50")["base_year"] == 2020
    assert one("56.9万人,比上年增长5%。", "5")["base_year"] == 2022


def test_derived_baselines_show_their_arithmetic():
    f = figures("通过考试人数总量1783人,比2020年增长50%;福利彩票销售网点560个,比2020年增加30个。")
    derived = f[f["method"] == "derived"].set_index("value")
    assert set(derived.index) == {"1188.67", "530"}
    assert (derived.loc["530", "kind"], derived.loc["530", "year"]) == ("baseline", 2020)
    assert derived.loc["1188.67", "derivation"].startswith("1783人 / (1 + 50%)")
    assert len(derived.loc["530", "derived_from"].split(";")) == 2


def test_rates_falling_are_signed_and_give_a_higher_base():
    f = figures("结婚率为5.4‰,比上年下降0.4个千分点。")
    assert one("结婚率为5.4‰,比上年下降0.4个千分点。", "0.4")["value_std"] == pytest.approx(-0.04)
    assert f.loc[f["method"] == "derived", "value"].tolist() == ["5.8"]


def test_subjects_carry_across_enumerations_and_places():
    f = figures("享受低保的居民168.41万人次,其中城市22.88万人次、农村145.53万人次。"
                "目前,全市生态安葬率达23.89%,其中沧源佤族自治县为87.8%。")
    by_value = f.set_index("value")
    assert by_value.loc["145.53", "indicator_zh"] == "农村"
    assert by_value.loc["87.8", "subregion_zh"] == "沧源佤族自治县"
    assert by_value.loc["87.8", "indicator_id"] == by_value.loc["23.89", "indicator_id"] == "eco_burial_rate"


def test_mapping_survives_region_words_and_suggests_near_misses():
    regions = region_words("文山市")
    assert map_subject("我市实名注册志愿者", regions)[:3] == ("registered_volunteers", False, "normalised")
    assert map_subject("文山市节地生态安葬率", regions)[0] == "eco_burial_rate"
    indicator, _, how, suggestion, score = map_subject("节地生态葬率", regions)
    assert (indicator, how) == ("unmapped", "") and suggestion == "eco_burial_rate" and score >= 80


def test_a_document_outside_the_manifest_says_what_it_found():
    doc = Document.from_text("hefei2024_social.txt", "九、人民生活和社会保障\n全年临时救助15446人次。")
    assert doc.reference_year == 2024 and doc.found["reference_year"] == "file name"
    assert (doc.region_zh, doc.found["region_zh"]) == ("合肥市", "file name word 'hefei'")
    unnamed = Document.from_text("social-2024.txt", "九、人民生活和社会保障\n全年临时救助15446人次。")
    assert unnamed.found["region_zh"] == "not found"
    titled = Document.from_text("x.txt", "岚江市2023年国民经济和社会发展统计公报\n全年出生人口2万人。")
    assert (titled.region_zh, titled.reference_year) == ("岚江市", 2023)


def test_lists_that_print_the_number_first_take_the_words_after_it():
    f = figures("全市共建有1个县级失能照护机构、7所敬老院,2个新时代老年幸福食堂,213个老年活动室;"
                "1名居委会主任被评为优秀。")
    by_value = f.set_index("value")
    assert by_value.loc["7", "indicator_zh"] == "敬老院" and by_value.loc["7", "indicator_id"] == "rural_nursing_homes"
    assert by_value.loc["213", "indicator_zh"] == "老年活动室"
    assert by_value.loc["1", "indicator_id"].tolist() == ["unmapped", "unmapped"]  # not 居委会


def test_a_qualifier_before_a_registry_name_is_only_a_suggestion():
    regions = region_words("泰安市")
    assert map_subject("打击非法社会组织", regions)[:3] == ("unmapped", False, "")
    assert map_subject("注册登记的养老机构", regions)[:3] == ("elder_care_institutions", False, "suffix")


@pytest.mark.parametrize("name", ["60岁及以上人口", "60岁以上人口", "60周岁及以上人口", "60周岁以上人口", "60岁及以上老年人口",
                                  "60周岁以上老年人口", "60 周岁及以上老年人口"])
def test_an_age_band_s_printed_variants_map_to_one_indicator(name):
    """以上 counts its bound (60岁以上 is 60岁及以上), 周岁 is 岁, and the population of an age band of the old is 老年人口."""
    assert map_subject(name, ())[:3] == ("pop_count_60plus", False, "exact")


@pytest.mark.parametrize("name", ["60岁以上老年人", "60岁及以上老年人口比重", "60岁以下人口"])
def test_an_age_band_s_variants_do_not_stretch_to_other_measures(name):
    assert map_subject(name, ())[0] != "pop_count_60plus"


@pytest.mark.parametrize("count", ["出生人数", "死亡户数", "就诊人次", "机构个数", "案件件数", "服务次数"])
def test_a_count_of_something_never_maps_to_the_population_that_ends_it(count):
    """A table's row of births under a column of the resident population (``出生人数 常住人口``) counts births."""
    assert map_subject(f"{count} 常住人口", ())[0] == "unmapped"
    assert map_subject("城关镇 常住人口", ())[:3] == ("pop_resident", False, "suffix")  # a place's population
    assert map_subject("比重60岁及以上人口", ())[0] == "pop_count_60plus"  # a share of it: the unit then tells


@pytest.mark.parametrize("per", ["每十万", "每百万", "每百", "每千", "每万", "人均", "平均每"])
def test_a_rate_per_population_never_maps_to_the_count_that_ends_it(per):
    found = map_subject(f"{per}名老年人口社区养老床位数", ())
    assert found[0] == "unmapped"  # at most a suggestion, never the count of beds
    assert map_subject("社区养老床位数", ())[0] == "elder_care_beds"


def test_a_subject_counted_in_another_unit_does_not_map():
    row = one("全市城市低保对象18.6万户。", "18.6")
    assert row["indicator_id"] == "unmapped" and row["suggested_indicator"].startswith("dibao_")
    assert "户 is not the unit" in row["note"]


def test_units_in_brackets_end_a_label():
    from mzlib.sources.registry import clean_name
    assert clean_name("养老服务床位总数（万张）") == "养老服务床位总数"
    assert clean_name("城市低保平均标准（元/人·月）") == "城市低保平均标准"
    assert clean_name("农村公益性公墓(骨灰堂)乡镇覆盖率") == "农村公益性公墓(骨灰堂)乡镇覆盖率"


@pytest.mark.parametrize("text, parts", [
    ("全县共有各类养老机构15家,其中公办8家、民办7家。",
     {"8": "public_elder_care_institutions", "7": "private_elder_care_institutions"}),
    ("全县共有各类养老机构15家,其中公办8家,民办7家。",
     {"8": "public_elder_care_institutions", "7": "private_elder_care_institutions"}),
    ("注册登记的养老机构4.1万个,床位518.3万张。", {"518.3": "institutional_elder_care_beds"}),  # the words before
    ("全市共有城乡低保对象3.2万人,其中城市0.8万人、农村2.4万人。",
     {"0.8": "dibao_recipients_urban", "2.4": "dibao_recipients_rural"}),  # the part in place of 城乡
    ("全县共有各类养老机构15家,其中床位1200张。", {"1200": "institutional_elder_care_beds"}),  # 各类养老机构床位
])
def test_the_parts_of_a_whole_are_read_with_the_registry_name_of_the_whole(text, parts):
    f = figures(text).set_index("value")
    assert {v: f.loc[v, "indicator_id"] for v in parts} == parts


@pytest.mark.parametrize("text, ids", [
    ("2023年,城市、农村低保平均标准分别为每人每月800元、600元。", ["dibao_urban_standard", "dibao_rural_standard"]),
    ("城乡低保对象分别为1.2万人和3.4万人。", ["dibao_recipients_urban", "dibao_recipients_rural"]),
    ("全市低保对象分别为1.2万人和3.4万人。", ["dibao_recipients", "dibao_recipients"]),  # no parts named
])
def test_values_after_respectively_take_the_coordinated_parts_of_their_subject_in_order(text, ids):
    assert figures(text)["indicator_id"].tolist() == ids


def test_values_after_respectively_that_outnumber_the_parts_are_not_paired():
    f = figures("城市、农村低保对象分别为1.2万人、3.4万人和5.6万人。")
    assert len(f) == 3 and "respectively" not in set(f["mapping"])
