"""Each check fails on a small text that is wrong and passes on one that is right."""

import pandas as pd
import pytest

from mzlib.core import paths
from mzlib.quality.checks import half_unit, met, run_checks
from mzlib.extract.figures import Document, extract_document

MANIFEST = pd.read_csv(paths.MANIFEST, dtype=str, keep_default_na=False)


def check(text, issued="2023-07-11", reference_year=2023, name="fixture.txt"):
    doc = Document(name, text, "测试市", "Testville", reference_year, 2021, 2025, doc_type="midterm_review")
    figures = extract_document(doc).figures
    manifest = pd.DataFrame([{"file": name, "issued": issued, "reference_year": str(reference_year),
                              "region_en": "Testville"}])
    return run_checks(figures, {name: text}, manifest)


def results(table, name):
    return list(table.loc[table["check"] == name, "result"])


@pytest.mark.parametrize("end, result", [("650", "fail"), ("735", "pass")])
def test_growth_claim_against_endpoints(end, result):
    text = f"城市低保金由2016年的每月500元提高到2020年每月的{end}元,年增幅在8%以上。"
    assert results(check(text), "growth_rate") == [result]


@pytest.mark.parametrize("growth, result", [("6.1", "pass"), ("9.1", "fail")])
def test_table_growth_column_against_its_row(growth, result):
    text = ("表1\n主要指标 | 2015年 实际值 | 2020年 完成值 | 增长 比例(%) |\n"
            f"低保对象审核认定准确率(%) | 93 | 98.67 | {growth} |\n")
    assert results(check(text), "growth_rate") == [result]


CENSUS = ("根据第七次全国人口普查结果来看,0-14岁人口为135618人,占总人口的{a}%;15-59岁人口为409682人,占总人口的65.68%;"
          "60岁及以上人口为78472人,占总人口的12.58%。")


def test_census_shares_and_counts():
    good = check(CENSUS.format(a="21.74"))
    assert set(results(good, "shares_sum_to_100")) == {"pass"}
    assert set(results(good, "count_vs_share")) == {"pass"}
    bad = check(CENSUS.format(a="23.74"))
    assert results(bad, "shares_sum_to_100") == ["fail"]
    assert "fail" in results(bad, "count_vs_share")


def test_share_against_numerator_and_denominator():
    text = "全市养老机构床位20590张,其中护理型床位14231张,占比达到{}%。"
    assert results(check(text.format("69.12")), "ratio_vs_components") == ["pass"]
    assert results(check(text.format("79.12")), "ratio_vs_components") == ["fail"]


def test_implausible_bed_count_and_a_correction_beside_it():
    table = check("建成养老机构和设施340个,总床位113050张,集中供养老年人1057人。")
    occupancy = table[(table["check"] == "magnitude") & table["message"].str.contains("occupied")].iloc[0]
    assert occupancy["result"] == "fail" and occupancy["corrected_value"] == "11305"
    assert occupancy["original_value"] == "113050"


def test_impossible_year_with_the_obvious_correction():
    table = check("截至3023年3月底,泰安市每个城市社区拥有社区社会组织数量为13个。")
    row = table[table["check"] == "impossible_date"].iloc[0]
    assert (row["severity"], row["original_value"], row["corrected_value"]) == ("error", "3023", "2023")
    assert row["region_en"] == "Testville"
    assert check("截至2023年3月底,数量为13个。").query("check == 'impossible_date'").empty


def test_cumulative_total_must_not_fall_and_transposed_digits_are_named():
    text = "2021年全市持证社工达到1345人,2022年达到{}人。通过全国社会工作者职业水平考试人数总量1783人。"
    bad = check(text.format("1873"))
    row = bad[(bad["check"] == "cumulative_total") & (bad["result"] == "fail")].iloc[0]
    assert "transposed" in row["message"]
    assert "fail" not in results(check(text.format("1700")), "cumulative_total")


ANNEX = ("市民政事业规划{n}条主要发展指标全部达到或超过预期目标。\n附件\n"
         "领域 | 主要指标 | 单位 | 2025年 目标值 | 完成值 | 指标 属性 |\n"
         "基本社会服务 | 社会工作专业人才总量 | 人 | 5500 | 5753 | 预期性 |\n"
         "福利彩票销售网点数 | 个 | 580 | {outlets} | 预期性 | |\n")


def test_claim_that_all_targets_are_met():
    assert results(check(ANNEX.format(n=2, outlets=600)), "document_claim") == ["pass"]
    failed = check(ANNEX.format(n=2, outlets=560))
    row = failed[failed["check"] == "document_claim"].iloc[0]
    assert row["result"] == "fail" and "福利彩票销售网点数 560" in row["message"]


STATUS = ("序号 |\n主要指标 |\n2023年完成值 |\n2025年 目标值 |\n是否 完成 |\n"
          "1 |\n护理型床位养老机构占比 |\n84.68% |\n≥55% |\n{} |\n")


@pytest.mark.parametrize("status, result", [("已完成", "pass"), ("未完成", "fail")])
def test_row_status_against_its_numbers(status, result):
    assert results(check("表\n" + STATUS.format(status)), "status_claim") == [result]


def test_values_reported_before_the_year_ended():
    text = "城市低保金由2016年的每月500元提高到2020年每月的650元。"
    assert results(check(text, issued="2020-06-24", reference_year=2020), "reported_before_year_end") == ["fail"]
    assert results(check(text, issued="2021-03-01", reference_year=2020), "reported_before_year_end") == []


def test_half_unit_and_met():
    assert (half_unit("84.68"), half_unit("100"), half_unit("1.5")) == (0.005, 0.5, 0.05)
    assert met(1.27, 1.3, "", -1) and not met(1.34, 1.3, "", -1)
    assert met(100, 100, "", 1) and not met(99.5, 100, "", 1) and not met(30, 30, ">", 1)


def test_real_documents_errors_are_found():
    from mzlib.extract.figures import extract_corpus
    from mzlib.core.textio import read_text
    files = [paths.RAW_DATA_DIR / f for f in MANIFEST["file"]]
    figures = extract_corpus(files, MANIFEST).figures
    table = run_checks(figures, {f.name: read_text(f)[0] for f in files}, MANIFEST)
    errors = table[(table["result"] == "fail") & (table["severity"] == "error")]
    found = set(errors["check"] + "@" + errors["region_en"].fillna(""))
    assert {"cumulative_total@Tai'an", "growth_rate@Haicheng", "magnitude@Lincang",
            "ratio_vs_components@Wenshan", "document_claim@Tai'an"} <= found
    assert "impossible_date" in set(errors["check"])
