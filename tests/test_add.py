"""``python -m mzlib add`` and ``remove`` on small documents, in a temporary copy of data/raw/;
the gazetteer that places their regions; the open list of document types."""

import io
import re
import shutil

import pandas as pd
import pytest

from mzlib.__main__ import main
from mzlib.core import paths
from mzlib.core.errors import InputError
from mzlib.sources import describe, gazetteer, gazetteer_build, manifest, register
from mzlib.sources.reference import document_type_label, load_document_types

PLAN = ("泰安市民政事业发展第十五个五年规划\n（2026年—2030年）\n"
        "到2030年，全市养老机构护理型床位占比达到65%以上。\n泰安市民政局\n2026年3月5日\n")


@pytest.fixture
def raw(tmp_path):
    """A copy of the repository's data/raw/ (the seeds and their manifest)."""
    copy = tmp_path / "raw"
    shutil.copytree(paths.RAW_DATA_DIR, copy)
    return copy


def _doc(tmp_path, name, text, encoding="utf-8"):
    folder = tmp_path / "downloads"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def _add(path, raw, *sets):
    out = io.StringIO()
    status = register.add([path], register.parse_sets(sets), raw, out)
    return status, out.getvalue()


def _row(raw, file):
    frame = manifest.load_manifest(raw / "MANIFEST.csv")
    manifest.verify_checksums(frame, raw)
    return frame.set_index("file").loc[file]


def test_add_copies_the_file_and_appends_the_row_the_text_gives(raw, tmp_path):
    path = _doc(tmp_path, "my-plan.txt", PLAN)
    before = (raw / "MANIFEST.csv").read_text(encoding="utf-8")
    status, out = _add(path, raw)
    assert status == 0, out
    assert (raw / "my-plan.txt").read_bytes() == path.read_bytes()
    row = _row(raw, "my-plan.txt")
    expected = {"key": "taian-2025", "region_zh": "泰安市", "region_en": "Tai'an", "admin_level": "prefecture",
                "parent_region_zh": "", "province_zh": "山东省", "province_en": "Shandong", "doc_type": "plan",
                "issued": "2026-03-05", "issuer_zh": "泰安市民政局", "period_start": 2026, "period_end": 2030,
                "reference_year": 2025, "source_seed": "my-plan.txt", "bytes": len(path.read_bytes()),
                "sha256": manifest.file_digest(path)}
    assert {column: row[column] for column in expected} == expected
    assert (raw / "MANIFEST.csv").read_text(encoding="utf-8").startswith(before)
    # Every field says where it was found, and the characters it names are the value.
    for field in ("region_zh", "issuer_zh", "issued"):
        line = next(line for line in out.splitlines() if line.split()[:1] == [field])
        start, end = map(int, re.search(r"characters (\d+)-(\d+)", line).groups())
        assert PLAN[start:end].replace("年", "-").replace("月", "-").rstrip("日") in (
            row[field], row[field].replace("-0", "-"))
    assert "title word 规划" in out and "a line that is only a span of years" in out
    assert "parent_region_zh  -   (none for a prefecture)" in out


def test_adding_the_same_bytes_again_changes_nothing_and_says_so(raw, tmp_path):
    path = _doc(tmp_path, "my-plan.txt", PLAN)
    assert _add(path, raw)[0] == 0
    listed = (raw / "MANIFEST.csv").read_bytes()
    status, out = _add(path, raw)
    assert status == 0 and "the same bytes are already in" in out and "nothing changed" in out
    assert (raw / "MANIFEST.csv").read_bytes() == listed


def test_a_different_file_of_the_same_name_is_refused(raw, tmp_path, capsys):
    seed = manifest.load_manifest(raw / "MANIFEST.csv")["file"].iloc[0]
    path = _doc(tmp_path, seed, PLAN)
    listed = (raw / "MANIFEST.csv").read_bytes()
    original = (raw / seed).read_bytes()
    assert main(["add", str(path), "--raw-dir", str(raw)]) == 2
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "refusing to overwrite" in errors[0] and seed in errors[0]
    assert (raw / seed).read_bytes() == original and (raw / "MANIFEST.csv").read_bytes() == listed


def test_every_problem_of_the_row_is_reported_at_once_and_nothing_is_written(raw, tmp_path):
    path = _doc(tmp_path, "notes.txt", "临时救助15446人次。")
    listed = (raw / "MANIFEST.csv").read_bytes()
    status, out = _add(path, raw)
    assert status == 1
    errors = [line for line in out.splitlines() if line.startswith("error:")]
    named = {re.search(r"\): (\w+) ", line).group(1) for line in errors}
    assert named == {"region_zh", "region_en", "admin_level", "doc_type", "period_start", "period_end",
                     "reference_year", "province_zh"}
    assert all("new row (notes.txt)" in line and "--set" in line for line in errors if "province" not in line)
    assert "not added (8 problems); nothing was written" in out
    assert (raw / "MANIFEST.csv").read_bytes() == listed and not (raw / "notes.txt").exists()
    for field in ("region_zh", "doc_type", "reference_year"):
        assert re.search(rf"^  {field} +-   warning: nothing found; --set {field}=VALUE", out, re.M)


def test_set_fills_what_the_text_does_not_say_and_places_a_given_region(raw, tmp_path):
    path = _doc(tmp_path, "notes.txt", "临时救助15446人次。")
    status, out = _add(path, raw, "region_zh=文山市", "doc_type=midterm_review", "reference_year=2023",
                       "period_start=2021", "period_end=2025", "notes=composed")
    assert status == 0, out
    row = _row(raw, "notes.txt")
    assert (row["region_en"], row["admin_level"], row["parent_region_zh"], row["province_zh"], row["province_en"]) == \
        ("Wenshan", "county", "文山壮族苗族自治州", "云南省", "Yunnan")
    assert (row["key"], row["doc_type"], row["notes"]) == ("wenshan-2023-2", "midterm_review", "composed")


def test_a_region_name_two_places_share_is_a_warning_until_it_is_given_whole(raw, tmp_path):
    path = _doc(tmp_path, "notice.txt", "朝阳区民政局关于做好养老服务工作的通知\n正文。\n朝阳区民政局\n2023年5月4日\n")
    status, out = _add(path, raw)
    assert status == 1
    assert "region_zh         -   warning: issuer: ambiguous in the gazetteer (朝阳区 (北京市)/朝阳区 (吉林省))" in out
    status, out = _add(path, raw, "region_zh=北京市朝阳区")
    assert status == 0, out
    row = _row(raw, "notice.txt")
    assert (row["region_zh"], row["admin_level"], row["parent_region_zh"], row["province_en"], row["doc_type"]) == \
        ("北京市朝阳区", "county", "北京市", "Beijing", "policy_notice")


def test_set_overrides_what_the_text_says_and_is_validated(raw, tmp_path):
    path = _doc(tmp_path, "my-plan.txt", PLAN)
    status, out = _add(path, raw, "doc_type=review", "region_en=Taian City")
    assert status == 1 and "doc_type 'review' should be one of the types" in out
    status, out = _add(path, raw, "region_en=Taian City", "key=taian-next")
    assert status == 0, out
    row = _row(raw, "my-plan.txt")
    assert (row["region_en"], row.name, row["key"], row["province_en"]) == ("Taian City", "my-plan.txt", "taian-next",
                                                                          "Shandong")


@pytest.mark.parametrize("pair", ["colour=red", "region_zh", "sha256=abc"])
def test_a_bad_set_is_refused_before_anything_is_read(raw, tmp_path, capsys, pair):
    path = _doc(tmp_path, "my-plan.txt", PLAN)
    assert main(["add", str(path), "--set", pair, "--raw-dir", str(raw)]) == 2
    assert capsys.readouterr().err.startswith("error: --set")
    assert not (raw / "my-plan.txt").exists()


def test_remove_takes_out_the_row_and_the_file_it_added(raw, tmp_path, capsys):
    listed = (raw / "MANIFEST.csv").read_bytes()
    path = _doc(tmp_path, "my-plan.txt", PLAN)
    assert _add(path, raw)[0] == 0
    assert main(["remove", "taian-2025", "--raw-dir", str(raw)]) == 0
    err = capsys.readouterr().err
    assert "removed taian-2025" in err and "my-plan.txt" in err
    assert (raw / "MANIFEST.csv").read_bytes() == listed and not (raw / "my-plan.txt").exists()
    assert main(["remove", "taian-2025", "--raw-dir", str(raw)]) == 2
    assert "no document with key 'taian-2025'" in capsys.readouterr().err


def test_a_web_page_is_converted_before_it_is_read(raw, tmp_path):
    page = _doc(tmp_path, "plan.html", "<html><head><meta charset='gb2312'></head><body>"
                + "".join(f"<p>{line}</p>" for line in PLAN.splitlines()) + "</body></html>", "gb18030")
    status, out = _add(page, raw)
    assert status == 0, out
    assert "html, gb18030 (declared gb2312)" in out and "derived text, plan.txt" in out
    row = _row(raw, "plan.html")
    assert (row["region_zh"], row["issued"], row["doc_type"]) == ("泰安市", "2026-03-05", "plan")
    assert (raw / "plan.html").read_bytes() == page.read_bytes()


def test_a_national_document_has_no_province(raw, tmp_path):
    text = "截至2021年底，全国共有养老机构4.0万个。全国婚姻登记机构4372个，全国火化率58.8%。\n"
    path = _doc(tmp_path, "mca-2021-statistical-bulletin.txt", text)
    status, out = _add(path, raw)
    assert status == 0, out
    row = _row(raw, path.name)
    assert (row["region_zh"], row["region_en"], row["admin_level"], row["province_zh"], row["doc_type"]) == \
        ("全国", "China", "nation", "", "statistical_bulletin")
    assert (row["period_start"], row["period_end"], row["reference_year"]) == (2021, 2021, 2021)


def test_manifest_and_extraction_read_the_same_facts(tmp_path, capsys):
    """The issue's case: the year extraction reads is the year the manifest command reads."""
    from mzlib.extract.document import Document

    text = "九、人民生活和社会保障\n全年临时救助15446人次。\n"
    path = _doc(tmp_path, "hefei2024_social.txt", text)
    assert manifest.main([str(path)]) == 0
    err = capsys.readouterr().err
    doc = Document.from_text(path.name, text)
    assert f"reference_year={doc.reference_year}" in err and f"region_zh={doc.region_zh}" in err
    assert (doc.reference_year, doc.region_zh) == (2024, "合肥市")


# --- the gazetteer -----------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "level", "parent", "province", "english"), [
    ("文山市", "county", "文山壮族苗族自治州", "云南省", "Wenshan"),
    ("海城市", "county", "鞍山市", "辽宁省", "Haicheng"),
    ("泰安市", "prefecture", "山东省", "山东省", "Tai'an"),
    ("云南省", "province", None, "云南省", "Yunnan"),
    ("内蒙古自治区", "province", None, "内蒙古自治区", "Inner Mongolia"),
    ("仙桃市", "county", "湖北省", "湖北省", "Xiantao"),
    ("海淀区", "county", "北京市", "北京市", "Haidian"),
])
def test_the_gazetteer_places_a_unit_with_its_parent_and_province(name, level, parent, province, english):
    (place,) = gazetteer.by_name(name)
    assert (place.level, place.parent.name_zh if place.parent else None, place.province.name_zh, place.name_en) == \
        (level, parent, province, english)


def test_a_name_two_places_share_is_settled_by_the_places_around_it():
    text = "北京市朝阳区民政局"
    found = gazetteer.mentions(text)
    assert [m.printed for m in found] == ["北京市", "朝阳区"] and len(found[1].places) == 2
    assert text[found[1].start:found[1].end] == "朝阳区"
    chosen = gazetteer.choose(found[1].places, found[0].places)
    assert (chosen.code, chosen.province.name_zh) == ("110105", "北京市")
    assert gazetteer.choose(found[1].places) is None
    assert [p.name_zh for p in gazetteer.by_english("fuzhou")] == ["福州市", "抚州市"]
    assert [m.printed for m in gazetteer.mentions("抚州高新区", short=True)] == ["抚州"]
    assert gazetteer.mentions("抚州高新区") == [] and gazetteer.mentions("全市城区") == []


def test_the_gazetteer_table_is_a_consistent_hierarchy():
    table = gazetteer.load_gazetteer()
    assert table["code"].is_unique and table["code"].str.fullmatch(r"\d{6}").all()
    level = table.set_index("code")["level"]
    assert (level.index.map(gazetteer_build.level_of) == level).all()
    provinces = table[table["level"] == "province"]
    assert len(provinces) == 34 and (provinces["parent_code"] == "").all()
    others = table[table["level"] != "province"]
    assert others["parent_code"].map(level).isin(["province", "prefecture"]).all()
    assert (others["province_code"].map(level) == "province").all()
    counties = others[others["parent_code"].map(level) == "prefecture"]
    assert (counties["code"].str[:4] == counties["parent_code"].str[:4]).all()
    assert (table[table["level"] == "prefecture"]["parent_code"].map(level) == "province").all()
    census = pd.read_csv(paths.REFERENCE_DATA_DIR / "census_population_by_age.csv", usecols=["region_en"])
    assert set(census["region_en"]) - {"China"} <= set(provinces["name_en"])
    assert gazetteer.SOURCE.split(" adcodes")[0] in (paths.REFERENCE_DATA_DIR / "gazetteer.md").read_text(
        encoding="utf-8")


def test_the_gazetteer_is_derived_from_the_code_list_by_rule():
    adcodes = pd.DataFrame({"adcode": ["110000000000", "110100000000", "110105000000", "420000000000",
                                       "429004000000", "530000000000", "532600000000", "532601000000",
                                       "650000000000", "654022000000"],
                            "name": ["北京市", "北京市", "朝阳区", "湖北省", "仙桃市", "云南省", "文山壮族苗族自治州",
                                     "文山市", "新疆维吾尔自治区", "察布查尔锡伯自治县"]})
    syllables = dict(zip("北京朝阳湖北仙桃云南文山新疆察布查尔", "bei jing chao yang hu bei xian tao yun nan wen shan "
                                                     "xin jiang cha bu cha er".split()))
    table = gazetteer_build.derive(adcodes, ["壮族", "苗族", "锡伯族", "维吾尔族"], {"云南": "Yunnan"},
                                   lambda name: [syllables.get(c, "x") for c in name])
    assert table.to_dict("records") == [
        dict(code="110000", name_zh="北京市", short_zh="北京", name_en="Beijing", level="province", parent_code="",
             province_code="110000"),
        dict(code="110105", name_zh="朝阳区", short_zh="朝阳", name_en="Chaoyang", level="county",
             parent_code="110000", province_code="110000"),
        dict(code="420000", name_zh="湖北省", short_zh="湖北", name_en="Hubei", level="province", parent_code="",
             province_code="420000"),
        dict(code="429004", name_zh="仙桃市", short_zh="仙桃", name_en="Xiantao", level="county",
             parent_code="420000", province_code="420000"),
        dict(code="530000", name_zh="云南省", short_zh="云南", name_en="Yunnan", level="province", parent_code="",
             province_code="530000"),
        dict(code="532600", name_zh="文山壮族苗族自治州", short_zh="文山", name_en="Wenshan", level="prefecture",
             parent_code="530000", province_code="530000"),
        dict(code="532601", name_zh="文山市", short_zh="文山", name_en="Wenshan", level="county",
             parent_code="532600", province_code="530000"),
        dict(code="650000", name_zh="新疆维吾尔自治区", short_zh="新疆", name_en="Xinjiang", level="province",
             parent_code="", province_code="650000"),
        dict(code="654022", name_zh="察布查尔锡伯自治县", short_zh="察布查尔", name_en="Chabucha'er", level="county",
             parent_code="650000", province_code="650000"),
    ]
    assert gazetteer_build.romanise(["xi", "an"]) == "Xi'an" and gazetteer_build.short_name("泗县", []) == "泗县"


# --- document types ----------------------------------------------------------------------------

REQUIRED_TYPES = ["plan", "midterm_review", "final_review", "annual_report", "statistical_communique",
                  "statistical_yearbook", "census_communique", "statistical_bulletin", "policy_notice",
                  "news_report", "other"]


def test_the_document_types_table_lists_each_type_with_what_it_can_contribute():
    types = load_document_types()
    assert list(types["doc_type"]) == REQUIRED_TYPES
    assert (types[["label_en", "meaning", "source"]] != "").all().all()
    contributes = types.set_index("doc_type")[["targets", "actuals", "claims"]]
    assert contributes.loc["plan"].tolist() == ["yes", "yes", "yes"]
    assert contributes.loc["statistical_communique"].tolist() == ["no", "yes", "no"]
    assert document_type_label("statistical_communique") == "statistical communiqué"
    assert set(manifest.load_manifest()["doc_type"]) <= set(types["doc_type"])


def test_a_bad_document_types_table_names_its_line(tmp_path):
    table = load_document_types().copy()
    table.loc[3, "period"] = "decade"
    path = tmp_path / "document_types.csv"
    table.to_csv(path, index=False)
    with pytest.raises(InputError, match=r"document_types.csv:5: period 'decade' is not one of"):
        load_document_types(path)
    table = load_document_types().copy()
    table.loc[4, "title_cues"] += "|规划"
    table.to_csv(path, index=False)
    with pytest.raises(InputError, match=r"'cue 规划' is claimed by plan and statistical_communique"):
        load_document_types(path)


@pytest.mark.parametrize(("title", "expected", "cue"), [
    ("岚江市2023年国民经济和社会发展统计公报", "statistical_communique", "国民经济和社会发展统计公报"),
    ("某市2021年民政事业发展统计公报", "statistical_bulletin", "民政事业发展统计公报"),
    ("江源省第七次全国人口普查公报", "census_communique", "人口普查公报"),
    ("文山市“十四五”民政事业发展规划中期评估报告", "midterm_review", "中期评估"),
    ("关于印发云南省民政事业发展第十四个五年规划的通知", "plan", "规划"),
    ("关于调整高龄津贴和经济困难老年人补贴标准的通知", "policy_notice", "通知"),
    ("汀川市老年助餐服务补助资金管理办法", "policy_notice", "办法"),
    ("某县2022年统计年鉴人口卷", "statistical_yearbook", "统计年鉴"),
])
def test_the_type_is_read_from_title_words_with_its_evidence(title, expected, cue):
    text = title + "\n正文。\n"
    fact = describe.read(text, "x.txt")["doc_type"]
    start, end = map(int, re.search(r"characters (\d+)-(\d+)", fact.where).groups())
    assert (fact.value, fact.how, text[start:end]) == (expected, f"title word {cue}", cue)


@pytest.mark.parametrize(("title", "region", "province"), [
    # a place printed right after its parent is the one the title means; the parent says where it lies
    ("锡林郭勒盟西乌珠穆沁旗2007年国民经济和社会发展统计公报", "西乌珠穆沁旗", "内蒙古自治区"),
    ("延安市黄龙县第七次全国人口普查公报", "黄龙县", "陕西省"),
    ("北京市朝阳区2021年国民经济和社会发展统计公报", "朝阳区", "北京市"),  # and settles a name two places share
    # a place alone, or not right after the place before it, or not inside it: the first
    ("锡林郭勒盟2007年国民经济和社会发展统计公报", "锡林郭勒盟", "内蒙古自治区"),
    ("延安市和黄龙县2020年人口发展报告", "延安市", "陕西省"),
    ("延安市榆林市2020年人口发展报告", "延安市", "陕西省"),
])
def test_a_place_named_right_after_its_parent_in_the_title_is_the_region(title, region, province):
    facts = describe.read(title + "\n正文。\n", "x.txt")
    assert (facts["region_zh"].value, facts["province_zh"].value) == (region, province)


@pytest.mark.parametrize(("title", "expected", "cut"), [
    ("锡林郭勒盟正镶白旗2006年国民经济和社会发展统(3)", "statistical_communique", "国民经济和社会发展统"),
    ("宁夏回族自治区2016年国民经济和社会发展统计公(3)", "statistical_communique", "国民经济和社会发展统计公"),
    ("某市2021年民政事业发展统计(2)", "statistical_bulletin", "民政事业发展统计"),
    ("某市2021年国民经济和社会发展(2)", "statistical_communique", "国民经济和社会发展"),
    ("某市2021年国民经济和社会发展", None, None),  # no page number: no cut title (a title's first line of two)
    ("某市2021年国民经济和(2)", None, None),  # too little of the word
])
def test_a_title_cut_inside_a_type_word_names_the_type_with_its_evidence(title, expected, cut):
    text = title + "\n正文。\n"
    fact = describe.read(text, "x.txt")["doc_type"]
    if expected is None:
        assert not fact
        return
    start, end = map(int, re.search(r"characters (\d+)-(\d+)", fact.where).groups())
    assert (fact.value, text[start:end]) == (expected, cut)
    assert fact.how.startswith("title cut inside the word ")


@pytest.mark.parametrize(("title", "period", "year"), [
    ("重庆市“十四五”民政事业发展规划", ("2021", "2025"), "2020"),  # a plan: its base is the year before
    ("《“十四五”以来重庆社会民生统计报告》公布", ("", ""), "2024"),  # a review of the years since: no plan period
    ("“十三五”以来岚江民政事业发展综述", ("", ""), "2024"),
])
def test_a_plan_period_named_as_a_start_in_the_title_is_no_plan_period(title, period, year):
    facts = describe.read(title + "\n截至2024年底,全市养老床位1.2万张。\n", "x.txt")
    assert ((facts["period_start"].value, facts["period_end"].value), facts["reference_year"].value) == (period, year)


@pytest.mark.parametrize(("text", "period", "year"), [
    # a plan with no title whose opening lines review the period before: its own period is the next
    ("发展基础\n“十三五”时期,全市民政系统全面完成各项主要目标,取得显著成效。\n到2025年,全市养老床位达到1万张。\n",
     ("2021", "2025"), "2020"),
    ("“十三五”期间,我市养老服务体系建设成就显著。\n到2025年,全市养老床位达到1万张。\n", ("2021", "2025"), "2020"),
    # the opening lines naming the plan's own period
    ("“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。\n到2025年,全市养老床位达到1万张。\n",
     ("2021", "2025"), "2020"),
    ("“十三五”时期是全面建成小康社会的决胜阶段。\n到2020年,全市养老床位达到1万张。\n", ("2016", "2020"), "2015"),
])
def test_a_plan_s_opening_lines_that_review_a_period_open_the_next(text, period, year):
    facts = describe.read(text, "x2021_civil_affairs_plan.txt")
    assert ((facts["period_start"].value, facts["period_end"].value), facts["reference_year"].value) == (period, year)

