"""Projection plots: one panel per region, a status grid, and only English text in any label."""

import re

import pandas as pd
import pytest
from matplotlib.figure import Figure

from conftest import figure_texts, labels_over_data
from mzlib.report import plotting
from mzlib.targets import projection

CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def _series():
    rows = [
        ("Yunnan", 2015, 19.2, "actual", "", False, ""),
        ("Yunnan", 2020, 51.02, "actual", "", False, ""),
        ("Yunnan", 2025, 60.0, "target", "", False, "own"),
        ("Lincang", 2019, 54.5, "actual", "", True, ""),
        ("Lincang", 2023, 70.8, "actual", "", True, ""),
        ("Lincang", 2025, 75.0, "target", ">=", False, "province"),
        ("Haicheng", 2016, 62.6, "actual", "", True, ""),
    ]
    frame = pd.DataFrame(rows, columns=["region", "year", "value", "kind", "comparator", "derived",
                                        "target_source"])
    return frame.assign(indicator_id="eco_burial_rate", year=frame["year"].astype("Int64"), direction=1.0,
                        lower_bound=0.0, upper_bound=100.0)


def test_trajectory_chart_has_one_axes_per_region_and_english_labels(styled):
    series = _series()
    projections = projection.project(series, horizon=2025)
    spread = projection.method_spread(projections)
    figure = plotting.trajectory_chart(series, projections, spread, "eco_burial_rate",
                                       "Land-saving ecological burial rate", "%")
    assert isinstance(figure, Figure)
    assert [ax.get_title() for ax in figure.axes] == ["Haicheng", "Lincang\ntarget >=75 (2025, province)",
                                                      "Yunnan\ntarget 60 (2025)"]
    texts = figure_texts(figure)
    assert [t for t in texts if CJK.search(t)] == []
    assert {"as reported", "derived from printed figures", "linear", "spread between methods"} <= set(texts)


def test_trajectory_chart_labels_cover_no_data(styled):
    series = _series()
    projections = projection.project(series, horizon=2025)
    figure = plotting.trajectory_chart(series, projections, projection.method_spread(projections),
                                       "eco_burial_rate", "Eco burial", "%")
    assert labels_over_data(figure) == []


def test_labels_over_data_can_fail(styled):
    import matplotlib.pyplot as plt

    figure, ax = plt.subplots()
    ax.scatter([1, 2], [1, 2])
    ax.annotate("on top", (1, 1), ha="center", va="center")
    assert labels_over_data(figure) == ["on top"]


def test_trajectory_chart_keeps_the_regions_asked_for(styled):
    series = _series()
    projections = projection.project(series, horizon=2025)
    figure = plotting.trajectory_chart(series, projections, projection.method_spread(projections),
                                       "eco_burial_rate", "Eco burial", "%", regions=["Yunnan"])
    assert len(figure.axes) == 1


def test_status_grid_is_one_axes_with_english_names(styled):
    assessment = pd.DataFrame({
        "region": ["Yunnan", "Yunnan", "Wenshan"],
        "indicator_id": ["eco_burial_rate", "nursing_bed_share", "eco_burial_rate"],
        "status": ["on_track", "achieved", "insufficient_data"],
    })
    names = {"eco_burial_rate": "Ecological burial rate", "nursing_bed_share": "Nursing-bed share"}
    figure = plotting.status_grid(assessment, names)
    assert isinstance(figure, Figure)
    assert len(figure.axes) == 1
    texts = figure_texts(figure)
    assert [t for t in texts if CJK.search(t)] == []
    assert {"Ecological burial rate", "Nursing-bed share", "Wenshan", "Yunnan", "on track"} <= set(texts)


def test_a_chinese_indicator_name_fails_the_draw(styled):
    series = _series()
    projections = projection.project(series, horizon=2025)
    with pytest.raises(UserWarning, match="missing"):
        figure = plotting.trajectory_chart(series, projections, projection.method_spread(projections),
                                           "eco_burial_rate", "节地生态安葬率")
        figure.canvas.draw()


def test_status_grid_marks_verdicts_that_depend_on_the_scale(styled):
    assessment = pd.DataFrame({
        "region": ["Yunnan", "Yunnan", "Wenshan"],
        "indicator_id": ["eco_burial_rate", "nursing_bed_share", "eco_burial_rate"],
        "status": ["on_track", "missed", "insufficient_data"],
        "scales_agree": [False, True, True],
    })
    ax = plotting.status_grid(assessment, {}).axes[0]
    marks = [(t.get_position(), t.get_text()) for t in ax.texts]
    assert marks == [((1.0, 0.0), "≠")]  # column Yunnan, row eco_burial_rate
    assert "missed" in set(figure_texts(ax.figure))


def test_trajectory_chart_places_points_at_their_dates_and_crosses_out_suspects(styled):
    series = _series().assign(t=lambda f: f["year"].astype(float), suspect=False)
    series.loc[1, ["t", "suspect"]] = [2019.5, True]
    projections = projection.project(series, horizon=2025)
    figure = plotting.trajectory_chart(series, projections, projection.method_spread(projections),
                                       "eco_burial_rate", "Eco burial", "%", regions=["Yunnan"])
    assert "suspect, left out" in figure_texts(figure)
    offsets = [c.get_offsets().tolist() for c in figure.axes[0].collections if len(c.get_offsets())]
    assert [[2019.5, 51.02]] in offsets and [[2015.0, 19.2]] in offsets
