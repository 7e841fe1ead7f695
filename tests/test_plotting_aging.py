"""Ageing plots: each returns a Figure and labels it in English only (no Chinese glyph anywhere)."""

import pandas as pd
import pytest
from matplotlib.figure import Figure

from conftest import NON_ASCII, figure_texts
from mzlib.analysis import aging
from mzlib.report import plotting


def _structure():
    rows = [("中国", "China", 2010, 16.60, 70.14, 13.26, 8.87, None, True),
            ("中国", "China", 2020, 17.95, 63.35, 18.70, 13.50, None, False),
            ("文山市", "Wenshan", 2010, 20.81, 68.72, 10.48, 7.14, None, True),
            ("文山市", "Wenshan", 2020, 21.74, 65.68, 12.58, 8.75, 623_772, False)]
    df = pd.DataFrame(rows, columns=["region_zh", "region_en", "year", *aging.SHARES, "population", "derived"])
    return df.assign(level="test", derivation="", source="hand-made")


def test_age_structure_chart_is_english(styled):
    figure = plotting.age_structure_chart(_structure(), regions=["Wenshan", "China"])
    assert isinstance(figure, Figure)
    texts = figure_texts(figure)
    assert [t for t in texts if NON_ASCII.search(t)] == []
    assert "Wenshan 2010 (derived)" in texts


def test_share_band_chart_has_a_panel_per_region(styled):
    structure = _structure()
    projected = aging.project_shares(structure, years=[2025, 2035], spread=0.2)
    figure = plotting.share_band_chart(structure, projected, ["China", "Wenshan"], {"aged": 14.0})
    assert isinstance(figure, Figure)
    assert [ax.get_title() for ax in figure.axes] == ["China", "Wenshan"]
    assert [t for t in figure_texts(figure) if NON_ASCII.search(t)] == []


def test_bed_gap_chart_draws_regions_with_a_bed_count(styled):
    structure = _structure()
    projected = aging.project_shares(structure, years=[2025, 2035], spread=0.2, benchmark=35)
    capacity = pd.DataFrame({"region_en": ["Wenshan"], "year": [2023], "elder_care_beds": [1136.0]})
    figure = plotting.bed_gap_chart(aging.bed_gaps(projected, capacity), 35)
    assert isinstance(figure, Figure)
    assert [ax.get_title() for ax in figure.axes] == ["Wenshan"]
    assert [t for t in figure_texts(figure) if NON_ASCII.search(t)] == []
