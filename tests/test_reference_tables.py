"""The hand-curated reference tables: valid, sourced, and rejected when wrong."""

import re

import pandas as pd
import pytest

from mzlib.core import paths
from mzlib.core.errors import InputError
from mzlib.extract.mapping import MIN_SUFFIX, canonical, map_subject
from mzlib.extract.units import MONEY_STD
from mzlib.sources.registry import load_registry, name_index

REGISTRY = paths.REFERENCE_DATA_DIR / "indicators.csv"


def test_units_and_census_rounds_have_sources():
    units = pd.read_csv(paths.REFERENCE_DATA_DIR / "units.csv", dtype=str, keep_default_na=False)
    assert units["unit_printed"].is_unique
    assert (units["factor"].astype(float) > 0).all() and (units["source"] != "").all()
    rounds = pd.read_csv(paths.REFERENCE_DATA_DIR / "census_rounds.csv", dtype=str, keep_default_na=False)
    assert (rounds["source"] != "").all() and rounds["year"].astype(int).is_monotonic_increasing


def test_registry_directions_match_units():
    registry = load_registry()
    rates = registry[registry["unit_std"] == "%"]
    assert (rates["upper_bound"].isna() | (rates["upper_bound"] == 100)).all()
    assert set(registry["direction"]) <= {-1, 0, 1}


def _write(tmp_path, edit):
    df = pd.read_csv(REGISTRY, dtype=str, keep_default_na=False)
    edit(df)
    path = tmp_path / "indicators.csv"
    df.to_csv(path, index=False)
    return path


def test_an_alias_under_two_indicators_is_rejected(tmp_path):
    def duplicate(df):
        df.loc[1, "aliases"] = df.loc[0, "name_zh"]
    with pytest.raises(ValueError, match="two indicators"):
        load_registry(_write(tmp_path, duplicate))


@pytest.mark.parametrize("column, value", [("direction", "2"), ("name_en", ""), ("name_en", "Rural nursing homes (敬老院)"), ("name_en", "Homes（rural）"), ("indicator_id", "Bad Id")])
def test_bad_registry_rows_are_rejected(tmp_path, column, value):
    """A bad cell: one line that names the file, the row's line (2: the first row under the header) and the
    column, not a traceback from the schema library."""
    def spoil(df):
        df.loc[0, column] = value
    path = _write(tmp_path, spoil)
    with pytest.raises(InputError, match=rf"^{re.escape(str(path))}:2: {column} '.*' fails .*\. fix the row as "):
        load_registry(path)


def test_registry_units_come_from_the_unit_table():
    units = pd.read_csv(paths.REFERENCE_DATA_DIR / "units.csv", dtype=str, keep_default_na=False)
    assert set(load_registry()["unit_std"]) - set(units["unit_std"]) <= {MONEY_STD}


def test_every_name_maps_to_its_own_indicator_exactly_and_canonically():
    index = name_index(load_registry())
    wrong = [(name, target, index.get(canonical(name), (target,))[0])
             for name, (target, _) in index.items()
             if map_subject(name)[:3] != (target, index[name][1], "exact")
             or index.get(canonical(name), (target,))[0] != target]
    assert wrong == []


# A registry name of one indicator that ends a name of another: the qualifier in front changes the
# measure, and the longer name must stay registered, or the suffix rule of the mapping would give
# the qualified subject to the shorter name. Every such pair is listed here on purpose: a new one
# shows up in review.
SUFFIX_PAIRS = [
    ("低保对象", "dibao_recipients", "农村低保对象", "dibao_recipients_rural"),
    ("低保对象", "dibao_recipients", "城市低保对象", "dibao_recipients_urban"),
    ("低保资金", "dibao_spending", "农村低保资金", "dibao_spending_rural"),
    ("低保资金", "dibao_spending", "城市低保资金", "dibao_spending_urban"),
    ("低保资金", "dibao_spending", "支出农村低保资金", "dibao_spending_rural"),
    ("低保资金", "dibao_spending", "支出城市低保资金", "dibao_spending_urban"),
    ("养老床位", "elder_care_beds", "家庭养老床位", "family_elder_care_beds"),
    ("养老床位", "elder_care_beds", "护理型养老床位", "nursing_beds"),
    ("养老床位", "elder_care_beds", "每千名老年人拥有养老床位", "elder_care_beds_per_1000_elderly"),
    ("养老床位总数", "elder_care_beds", "家庭养老床位总数", "family_elder_care_beds"),
    ("养老床位数", "elder_care_beds", "每千名老年人拥有养老床位数", "elder_care_beds_per_1000_elderly"),
    ("养老床位数", "elder_care_beds", "每千名老年人口拥有养老床位数", "elder_care_beds_per_1000_elderly"),
    ("养老床位数", "elder_care_beds", "每千名老年人口养老床位数", "elder_care_beds_per_1000_elderly"),
    ("养老床位数", "elder_care_beds", "每千名老年人养老床位数", "elder_care_beds_per_1000_elderly"),
    ("养老床位数", "elder_care_beds", "每千名老人拥有养老床位数", "elder_care_beds_per_1000_elderly"),
    ("养老护理员", "elder_care_workers", "持证养老护理员", "certified_elder_care_workers"),
    ("养老护理员", "elder_care_workers", "每万名老年人拥有持证养老护理员",
     "certified_elder_care_workers_per_10k_elderly"),
    ("养老机构", "elder_care_institutions", "公办养老机构", "public_elder_care_institutions"),
    ("养老机构", "elder_care_institutions", "民办养老机构", "private_elder_care_institutions"),
    ("居家养老服务中心", "home_care_centres", "街道级居家养老服务中心", "street_home_care_centres"),
    ("持证养老护理员", "certified_elder_care_workers", "每万名老年人拥有持证养老护理员",
     "certified_elder_care_workers_per_10k_elderly"),
    ("特困人员集中供养率", "tekun_centralized_care_rate", "失能特困人员集中供养率",
     "tekun_centralized_care_rate_dependent"),
    ("特困人员集中供养率", "tekun_centralized_care_rate", "有集中供养意愿的特困人员集中供养率",
     "tekun_centralized_care_rate_willing"),
    ("特困人员集中供养率", "tekun_centralized_care_rate", "生活不能自理特困人员集中供养率",
     "tekun_centralized_care_rate_dependent"),
    ("特困供养人员", "tekun_recipients", "农村特困供养人员", "tekun_recipients_rural"),
    ("社会工作师", "intermediate_social_workers", "助理社会工作师", "assistant_social_workers"),
    ("社会工作师", "intermediate_social_workers", "高级社会工作师", "senior_social_workers"),
    ("社会服务机构", "social_service_institutions", "提供住宿的社会服务机构",
     "residential_social_service_institutions"),
    ("居民人均可支配收入", "disposable_income", "农村居民人均可支配收入", "disposable_income_rural"),
    ("居民人均可支配收入", "disposable_income", "农村常住居民人均可支配收入", "disposable_income_rural"),
    ("居民人均可支配收入", "disposable_income", "城镇居民人均可支配收入", "disposable_income_urban"),
    ("居民人均可支配收入", "disposable_income", "城镇常住居民人均可支配收入", "disposable_income_urban"),
    ("常住人口", "pop_resident", "乡村常住人口", "pop_resident_rural"),
    ("常住人口", "pop_resident", "城镇常住人口", "pop_resident_urban"),
]


def test_names_that_end_names_of_other_indicators_are_the_listed_ones():
    index = name_index(load_registry())
    pairs = sorted((short, a, long, b) for short, (a, _) in index.items() if len(short) >= MIN_SUFFIX
                   for long, (b, _) in index.items() if a != b and long != short and long.endswith(short))
    assert pairs == sorted(SUFFIX_PAIRS)


# Printed subjects (from the seeds, the shared corpus and the genre documents) and where they must
# go; "unmapped" where no registry name is right, so that nothing is mapped by a near miss.
SUBJECTS = [
    ("全市养老机构床位", "institutional_elder_care_beds"),
    ("养老床位", "elder_care_beds"),
    ("各类养老床位", "elder_care_beds"),
    ("养老服务床位总数", "elder_care_beds"),
    ("总床位", "elder_care_beds"),
    ("护理型床位", "nursing_beds"),
    ("养老机构中护理型床位", "nursing_beds"),
    ("护理型养老床位", "nursing_beds"),
    ("今年将新增家庭养老床位", "family_elder_care_beds"),
    ("每千名老年人拥有养老床位", "elder_care_beds_per_1000_elderly"),
    ("每千人口平均拥有社会服务机构床位", "unmapped"),  # a rate per population, not the count of beds
    ("社区留宿和日间照料床位", "community_elder_care_beds"),
    ("床位", "unmapped"),
    ("各类提供住宿的社会服务机构", "residential_social_service_institutions"),
    ("社会服务机构", "social_service_institutions"),
    ("民政部门共登记社会组织", "social_organisations"),
    ("每万人拥有社会组织", "social_orgs_per_10k"),
    ("打击非法社会组织", "unmapped"),
    ("依法撤销“僵尸型”社会组织", "unmapped"),
    ("筹集福彩公益金", "lottery_welfare_fund"),
    ("投入福彩公益金", "unmapped"),
    ("实施临时救助", "temporary_assistance"),
    ("给予临时救助", "unmapped"),
    ("居委会主任", "unmapped"),
    ("特困供养人员集中供养率", "tekun_centralized_care_rate"),
    ("失能特困人员集中供养率", "tekun_centralized_care_rate_dependent"),
    ("农村特困供养人员", "tekun_recipients_rural"),
    ("特困人员", "unmapped"),
    ("年末全市常住人口", "pop_resident"),
    ("城镇常住人口", "pop_resident_urban"),
    ("全年出生人口", "births"),
    ("人口自然增长率", "natural_growth_rate"),
    ("婴儿死亡率", "unmapped"),  # not the crude death rate (人口死亡率)
    ("总人口", "unmapped"),  # resident or registered: the text must say which
    ("60岁及以上常住人口", "unmapped"),  # an age group, not the resident population
    ("女性户籍总人口", "unmapped"),  # a part, not the whole
    ("男性常住人口", "unmapped"),
    ("65周岁以上户籍人口", "unmapped"),
    ("城镇居民人均可支配收入", "disposable_income_urban"),
    ("城镇居民人均消费支出", "unmapped"),
    ("城乡社区居家养老服务中心（站）", "home_care_centres"),
    ("街道级居家养老服务中心", "street_home_care_centres"),
    ("社区老年人日间照料中心", "daycare_centres"),
    ("社区老年“幸福食堂”", "elder_canteens"),
    ("老年助餐服务点", "meal_assistance_points"),
    ("乡镇敬老院", "rural_nursing_homes"),
    ("公办养老机构", "public_elder_care_institutions"),
    ("各类养老机构", "elder_care_institutions"),
    ("专职养老护理员", "elder_care_workers"),
    ("持证养老护理员占比", "certified_elder_care_worker_share"),
    ("婚姻登记机构和场所", "marriage_registration_sites"),
    ("依法办理离婚手续", "divorces"),
    ("民政部门登记离婚", "divorces_registered"),
    ("殡仪馆职工", "funeral_home_staff"),
    ("民政部门管理的公墓", "cemeteries_civil_affairs"),
    ("享受政府最低生活保障的居民", "dibao_recipient_times"),
]


def test_printed_subjects_map_where_they_mean():
    assert [(s, map_subject(s)[0]) for s, _ in SUBJECTS] == SUBJECTS


NEW_ROW = {"indicator_id": "happiness_courtyards", "name_zh": "幸福院数量", "aliases": "幸福院|农村幸福院",
           "inverse_aliases": "", "name_en": "Happiness courtyards (rural mutual-aid elder-care sites)",
           "unit_std": "units", "direction": "1", "lower_bound": "0", "upper_bound": "", "family": "elder_care",
           "source": "test: a row added as the README's 'Adding an indicator' says"}


def test_an_indicator_added_as_the_readme_says_loads_and_keeps_its_names(tmp_path):
    path = _write(tmp_path, lambda df: df.loc.__setitem__(len(df), NEW_ROW))
    registry = load_registry(path)
    assert registry.set_index("indicator_id").loc["happiness_courtyards", "name_en"].startswith("Happiness")
    assert name_index(registry)[canonical("农村幸福院")][0] == "happiness_courtyards"
    units = pd.read_csv(paths.REFERENCE_DATA_DIR / "units.csv", dtype=str, keep_default_na=False)
    assert NEW_ROW["unit_std"] in set(units["unit_std"])


@pytest.mark.parametrize("column, value", [("name_zh", "Happiness courtyards"), ("name_en", "幸福院"),
                                           ("indicator_id", "dibao_urban_standard")])
def test_a_new_indicator_with_a_bad_name_or_a_taken_id_is_rejected(tmp_path, column, value):
    path = _write(tmp_path, lambda df: df.loc.__setitem__(len(df), {**NEW_ROW, column: value}))
    lines = REGISTRY.read_text(encoding="utf-8").count("\n")
    with pytest.raises(InputError, match=rf":{lines + 1}: {column} '{re.escape(value)}' fails "):
        load_registry(path)


def test_a_new_indicator_whose_alias_is_taken_is_rejected(tmp_path):
    path = _write(tmp_path, lambda df: df.loc.__setitem__(len(df), {**NEW_ROW, "aliases": "城市低保标准"}))
    with pytest.raises(ValueError, match="two indicators"):
        load_registry(path)


def test_a_registry_row_with_a_comma_outside_quotes_names_the_file_and_its_line(tmp_path):
    """A researcher's new row with an unquoted comma in its source cell: a one-line error with the file,
    the line and what to do, not a traceback from the CSV parser."""
    from mzlib.core.errors import InputError

    text = (paths.REFERENCE_DATA_DIR / "indicators.csv").read_text(encoding="utf-8")
    lines = text.count("\n")
    bad = tmp_path / "indicators.csv"
    bad.write_text(text + "happiness_courtyards,农村幸福院,,,Rural happiness courtyards,units,1,0,,elder_care,"
                   "a bulletin, 2023\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_registry(bad)
    assert error.value.file == str(bad) and error.value.line == lines + 1
    assert str(error.value) == (f"{bad}:{lines + 1}: 12 cells where the header has 11. "
                                "a cell that holds a comma must be in double quotes")
