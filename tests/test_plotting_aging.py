"""Ageing plots: each returns a Figure and labels it in English only (no Chinese glyph anywhere)."""

import pandas as pd
from matplotlib.figure import Figure

from conftest import NON_ASCII, figure_texts
from mzlib.demography import aging
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


def _ages():
    rows = []
    for year in (2020, 2035):
        for sex in ("male", "female"):
            for age in range(101):
                rows.append({"region_en": "Wenshan", "year": year, "sex": sex, "age": age,
                             "population": 1000.0 - 5 * age + (year - 2020) * age / 10})
    return pd.DataFrame(rows)


def test_pyramid_chart_is_english_with_a_legend_per_year(styled):
    figure = plotting.pyramid_chart(_ages(), ["Wenshan"], [2020, 2035])
    assert isinstance(figure, Figure)
    texts = figure_texts(figure)
    assert [t for t in texts if NON_ASCII.search(t)] == []
    assert {"2020", "2035"} <= set(texts)
    assert figure.axes[0].get_title() == "Wenshan (men left, women right)"


def _band():
    band = pd.DataFrame([{"region_en": r, "year": y, "measure": m, "central": 20.0 + y - 2020,
                          "lower": 19.0 + y - 2020, "upper": 21.0 + y - 2020}
                         for r in ("China", "Area") for y in range(2020, 2051)
                         for m in ("share_60plus", "share_65plus", "share_80plus")])
    census = pd.DataFrame({"region_en": ["China", "Area"], "share_60plus": [18.7, 12.6],
                           "share_65plus": [13.5, 8.8], "share_80plus": [2.5, 1.7]})
    return band, census


def test_cohort_band_chart_has_a_panel_per_region_and_measure(styled):
    band, census = _band()
    figure = plotting.cohort_band_chart(band, census, ["China", "Area"], {"aged": 14.0, "super-aged": 20.0})
    assert [ax.get_title() for ax in figure.axes] == [f"{r}: aged {m}" for r in ("China", "Area")
                                                      for m in ("60+", "65+", "80+")]
    assert [t for t in figure_texts(figure) if NON_ASCII.search(t)] == []
    assert "scenario band" in figure_texts(figure)


def test_values_sit_at_their_dates_and_ticks_name_the_date(styled):
    from matplotlib.dates import date2num, num2date

    band, census = _band()
    figure = plotting.cohort_band_chart(band, census, ["China", "Area"], {"aged": 14.0})
    ax = figure.axes[0]
    line = ax.lines[0]
    assert line.get_xdata()[0] == pd.Timestamp(2020, 12, 31) or date2num(line.get_xdata()[0]) == date2num(
        pd.Timestamp(2020, 12, 31))
    dot = ax.collections[-1].get_offsets()[0][0]
    assert num2date(dot).date() == pd.Timestamp(2020, 11, 1).date()
    ticks = [num2date(t).date() for t in ax.get_xticks()]
    figure.canvas.draw()
    labels = [t.get_text() for t in figure.axes[-1].get_xticklabels()]
    assert [(d.month, d.day) for d in ticks] == [(12, 31)] * len(ticks)
    assert labels == [f"31 Dec\n{d.year}" for d in ticks]


def test_thresholds_only_on_the_65plus_panels_and_no_label_over_a_line(styled):
    from conftest import labels_over_lines

    band, census = _band()
    figure = plotting.cohort_band_chart(band, census, ["China", "Area"], {"aged": 14.0, "super-aged": 20.0})
    for ax in figure.axes:
        dotted = [line for line in ax.lines if line.get_linestyle() == ":"]
        assert len(dotted) == (2 if ax.get_title().endswith("65+") else 0)
    assert labels_over_lines(figure) == []


def test_the_line_check_sees_a_label_over_a_line(styled):
    import matplotlib.pyplot as plt
    from conftest import labels_over_lines

    figure, ax = plt.subplots()
    ax.plot([0, 1], [0, 1])
    ax.axhline(0.5)
    ax.annotate("over the line", (0.4, 0.5), ha="left", va="center")
    assert "over the line" in labels_over_lines(figure)
