"""Extraction on the real documents (the seeds, :mod:`seeds`): provenance, each family, each layout, and
the registry."""

import pandas as pd
import pytest

import seeds
from mzlib.extract.figures import Document, extract_corpus, extract_document, validate
from mzlib.sources.registry import load_registry, lookup
from mzlib.core.textio import read_text

MANIFEST = seeds.manifest()
FILES = seeds.files()


@pytest.fixture(scope="module")
def extracted(seed_run):
    figures, rows, _ = seed_run.extraction
    texts = {f.name: read_text(f)[0] for f in FILES}
    return figures, rows, texts


def pick(figures, region, indicator, year=None, kind=None):
    sel = figures[(figures["region_en"] == region) & (figures["indicator_id"] == indicator)
                  & (figures["subregion_zh"] == "")]
    if year is not None:
        sel = sel[sel["year"] == year]
    if kind is not None:
        sel = sel[sel["kind"] == kind]
    return sel


def test_every_row_quotes_the_text_exactly(extracted):
    figures, _, texts = extracted
    validate(figures, texts)
    for row in figures.itertuples():
        text = texts[row.doc]
        assert text[row.char_start:row.char_end] == row.quote
        assert row.value_text in row.quote and text[row.value_start:row.value_end] == row.value_text


def test_figure_ids_are_unique_and_stable(extracted):
    figures, _, _ = extracted
    again = extract_corpus(FILES, MANIFEST).figures
    assert figures["figure_id"].is_unique
    pd.testing.assert_frame_equal(figures, again)


def test_all_three_layouts_parse_every_row(extracted):
    _, rows, _ = extracted
    indicator_rows = rows[rows["kind"] == "indicator"]
    counts = indicator_rows.groupby(["doc", "layout"]).size()
    assert counts[("wenshan-2023-14th-fyp-midterm-review.txt", "cell_per_line")] == 13
    assert counts[("taian-2023-14th-fyp-midterm-review.txt", "grouped_rows")] == 27
    assert counts[("yunnan-2021-14th-fyp-plan.txt", "row_per_line")] == 14 + 21
    assert (indicator_rows["status"] == "parsed").all()
    assert (indicator_rows["n_figures"] > 0).all()


def test_table_cells_keep_their_meaning(extracted):
    figures, _, _ = extracted
    ratio = pick(figures, "Tai'an", "dibao_rural_urban_ratio", 2023, "actual")
    assert set(ratio["value"]) == {"1.27:1"} and ratio["value_std"].round(2).eq(78.74).all()
    target = pick(figures, "Tai'an", "dibao_rural_urban_ratio", 2025, "target").iloc[0]
    assert target["value"] == "1.3:1" and round(target["value_std"], 2) == 76.92
    floor = pick(figures, "Yunnan", "nursing_bed_share", 2025, "target").iloc[0]
    assert (floor["comparator"], floor["value_std"]) == (">=", 55)
    qualitative = pick(figures, "Yunnan", "dibao_standard_growth", 2025, "target").iloc[0]
    assert qualitative["value_type"] == "qualitative" and qualitative["comparator"] == ">="
    per_mille = pick(figures, "Wenshan", "social_worker_ratio", 2023).iloc[0]
    assert per_mille["unit"] == "‰" and per_mille["value_std"] == pytest.approx(0.102)
    missing = pick(figures, "Yunnan", "volunteer_share", 2015, "baseline").iloc[0]
    assert missing["value_type"] == "missing" and pd.isna(missing["value_std"])
    status = pick(figures, "Wenshan", "eco_burial_rate", 2023, "actual").iloc[0]
    assert status["status_reported"] == "未完成" and status["attribute"] == "expected"


def test_the_same_indicator_printed_three_ways_maps_to_one_id():
    ids = {lookup(n) for n in ("农村与城市最低生活保障标准比例", "农村低保标准占城市最低生活保障标准比率")}
    assert ids == {("dibao_rural_urban_ratio", False)}
    assert lookup("城乡低保标准之比") == ("dibao_rural_urban_ratio", True)


def test_every_table_indicator_is_mapped(extracted):
    figures, _, _ = extracted
    assert (figures.loc[figures["method"] == "table", "indicator_id"] != "unmapped").all()


@pytest.mark.parametrize("region, indicator, year, value, period, value_std", [
    ("Haicheng", "dibao_urban_standard", 2016, "500", "monthly", 6000),  # from-values: baseline
    ("Haicheng", "dibao_urban_standard", 2020, "650", "monthly", 7800),
    ("Haicheng", "dibao_rural_standard", 2020, "445", "monthly", 5340),
    ("Tai'an", "dibao_urban_standard", 2020, "719", "monthly", 8628),
    ("Tai'an", "dibao_rural_standard", 2020, "537", "monthly", 6444),
    ("Tai'an", "dibao_urban_standard", 2023, "915", "monthly", 10980),
    ("Tai'an", "dibao_rural_standard", 2023, "720", "monthly", 8640),
    ("Lincang", "dibao_rural_standard", 2019, "4320", "annual", 4320),
    ("Lincang", "dibao_urban_standard", 2023, "766", "monthly", 9192),
    ("Yunnan", "dibao_urban_standard", 2020, "7680", "annual", 7680),
    ("Yunnan", "dibao_rural_standard", 2020, "4500", "annual", 4500),
    ("Lincang", "orphan_standard_institutional", 2019, "1974", "monthly", 23688),
    ("Lincang", "orphan_standard_dispersed", 2023, "1350", "monthly", 16200),
    ("Haicheng", "orphan_standard_dispersed", 2016, "820", "monthly", 9840),
    ("Haicheng", "orphan_standard_institutional", 2020, "2200", "monthly", 26400),
    ("Lincang", "tekun_standard_dispersed", 2023, "996", "monthly", 11952),
    ("Haicheng", "tekun_standard_dispersed_urban", 2016, "9960", "annual", 9960),
])
def test_living_standards_with_year_and_period(extracted, region, indicator, year, value, period, value_std):
    figures, _, _ = extracted
    row = pick(figures, region, indicator, year)
    row = row[row["kind"].isin(["standard", "baseline"])]
    assert len(row) == 1, row
    row = row.iloc[0]
    assert (row["value"], row["period"], row["unit_std"]) == (value, period, "yuan/person/year")
    assert row["value_std"] == pytest.approx(value_std)


def test_unprinted_period_is_flagged_not_guessed_silently(extracted):
    figures, _, _ = extracted
    row = pick(figures, "Haicheng", "tekun_standard_dispersed_rural", 2016).iloc[0]
    assert row["period"] == "unspecified" and "taken as annual" in row["conversion"]


def test_growth_claims_attach_to_their_standards(extracted):
    figures, _, _ = extracted
    growth = pick(figures, "Haicheng", "dibao_urban_standard", kind="growth_rate").iloc[0]
    assert (growth["value"], growth["comparator"], growth["base_year"], growth["year"]) == ("8", ">=", 2016, 2020)
    since = pick(figures, "Yunnan", "dibao_rural_standard", kind="growth_rate").iloc[0]
    assert (since["value"], since["base_year"], since["growth_basis"]) == ("94.6", 2015, "total")


def test_census_counts_shares_and_changes(extracted):
    figures, _, _ = extracted
    share = pick(figures, "Wenshan", "pop_share_60plus", 2020, "actual").iloc[0]
    count = pick(figures, "Wenshan", "pop_count_65plus", 2020, "actual").iloc[0]
    change = pick(figures, "Wenshan", "pop_share_15_59", 2020, "change_pp").iloc[0]
    assert (share["value_std"], count["value_std"]) == (12.58, 54600)
    assert (change["value_std"], change["base_year"], change["unit_std"]) == (-3.04, 2010, "pp")


def test_burial_rates_beds_volunteers_and_social_workers(extracted):
    figures, _, _ = extracted
    lincang = pick(figures, "Lincang", "eco_burial_rate", 2023).iloc[0]
    assert lincang["value_std"] == 23.89
    county = figures[(figures["subregion_zh"] == "沧源佤族自治县")].iloc[0]
    assert county["value_std"] == 87.8
    assert pick(figures, "Wenshan", "nursing_beds").iloc[0]["value_std"] == 962
    assert pick(figures, "Yunnan", "elder_care_beds", 2020).iloc[0]["value_std"] == 180000
    assert pick(figures, "Lincang", "registered_volunteers").iloc[0]["value_std"] == 109100
    approx = pick(figures, "Haicheng", "registered_volunteers", kind="actual").iloc[0]
    assert (approx["value_std"], approx["comparator"]) == (80000, ">")
    assert pick(figures, "Yunnan", "social_workers").iloc[0]["value_std"] == 73900
    assert sorted(pick(figures, "Tai'an", "licensed_social_workers", kind="actual")["year"].unique()) == [2022, 2023]
    # 2021年全市持证社工达到1345人,2022年达到1873人: the earlier value of the series the sentence prints
    assert 2021 in pick(figures, "Tai'an", "licensed_social_workers", kind="baseline")["year"].tolist()


def test_sentences_with_two_years_or_two_regions(extracted):
    figures, _, _ = extracted
    both = figures[figures["quote"].str.contains("719元、537元")]
    assert set(both["indicator_id"]) == {"dibao_urban_standard", "dibao_rural_standard"}
    assert sorted(both["year"].unique()) == [2020, 2023]


def test_document_not_in_manifest_still_extracts_and_says_what_it_lacks():
    text, _ = read_text(FILES[0])
    figures = extract_document(Document("new.txt", text)).figures
    assert len(figures) > 20 and (figures["region_en"] == "").all()


def test_registry_is_valid_and_bilingual():
    registry = load_registry()
    assert registry["name_en"].str.len().gt(0).all() and registry["name_zh"].str.len().gt(0).all()
    bounded = registry.dropna(subset=["upper_bound"])
    assert (bounded["lower_bound"] < bounded["upper_bound"]).all()


def test_printed_subjects_are_spans_of_the_text(extracted):
    figures, _, texts = extracted
    named = figures[figures["subject_start"].notna()]
    for row in named.itertuples():
        assert row.indicator_zh == texts[row.doc][row.subject_start:row.subject_end].strip(), row.figure_id
    prose = figures[figures["method"] == "prose"]
    assert prose["subject_start"].notna().mean() >= 0.9


def test_full_width_document_gives_the_same_numbers_with_original_quotes():
    text, _ = read_text(seeds.path("wenshan-2023-14th-fyp-midterm-review.txt"))
    wide = text.translate({**{ord(d): chr(0xFF10 + int(d)) for d in "0123456789"},
                           ord("%"): "％", ord(":"): "：", ord("-"): "—", ord(" "): "\u3000"})
    plain = extract_document(Document("a.txt", text, reference_year=2023)).figures
    full = extract_document(Document("a.txt", wide, reference_year=2023)).figures
    pd.testing.assert_series_equal(plain["value_std"], full["value_std"])
    assert (plain["indicator_id"] == full["indicator_id"]).all()
    assert all(wide[a:b] == q for a, b, q in zip(full["char_start"], full["char_end"], full["quote"]))
    share = full[full["indicator_id"] == "pop_share_0_14"].iloc[0]
    assert (share["value_text"], share["value"], share["value_std"]) == ("２１.７４", "21.74", 21.74)


def test_a_cell_index_holds_a_position_where_one_of_its_cells_does():
    """The bisection that finds an unread row's cell at a position (rows of stacked cells can hold
    hundreds) answers as a look at every cell would, cells overlapping or not."""
    import random

    from mzlib.extract.figures import _cell_holds, _cell_index

    rng = random.Random(5)
    for _ in range(300):
        cells = [(a, a + rng.randint(1, 6)) for a in rng.sample(range(40), rng.randint(0, 8))]
        index = _cell_index(cells)
        for pos in range(-1, 50):
            assert _cell_holds(index, pos) == any(a <= pos < b for a, b in cells), (cells, pos)
