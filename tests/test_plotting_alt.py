"""What the site says of each chart: alt text, date ticks, width, colours; bad input in one line."""

import pandas as pd
import pytest

from mzlib.core.errors import InputError
from mzlib.report import evidence, plotting, session
from mzlib.sources.registry import load_registry
from mzlib.targets import projection


def _series():
    rows = [("Yunnan", 2015, 2015.0, "2015-12-31", 19.2, "actual"), ("Yunnan", 2020, 2019.48, "2020-06-24", 51.0, "actual"),
            ("Yunnan", 2025, 2025.0, "2025-12-31", 60.0, "target"), ("Lincang", 2023, 2022.66, "2023-08-31", 70.8, "actual")]
    frame = pd.DataFrame(rows, columns=["region", "year", "t", "date", "value", "kind"])
    return frame.assign(indicator_id="x", comparator="", derived=False, target_source="own", direction=1.0,
                        lower_bound=0.0, upper_bound=100.0, year=frame["year"].astype("Int64"))


def _chart(series, regions=None):
    projections = projection.project(series, horizon=2025)
    return plotting.trajectory_chart(series, projections, projection.method_spread(projections), "x",
                                     "Day-care coverage", "%", regions)


def test_a_trajectory_chart_says_what_it_shows_and_which_date_each_tick_marks(styled):
    figure = _chart(_series())
    alt = plotting.alt_text(figure)
    assert alt.startswith("Chart: Day-care coverage (%), one panel per region")
    assert "Yunnan: 2 value(s) from 19.2 (2015-12-31) to 51 (2020-06-24), target 60 (2025)" in alt
    assert "Lincang: 1 value(s) from 70.8 (2023-08-31)" in alt
    figure.canvas.draw()
    ticks = [t.get_text() for t in figure.axes[0].get_xticklabels() if t.get_text()]
    assert ticks and all(t.startswith("31 Dec\n20") for t in ticks)
    points = figure.axes[1].collections[0].get_offsets()
    assert sorted(float(x) for x, _ in points) == [2015.0, 2019.48]


def test_many_regions_never_make_a_chart_wider_than_the_page(styled):
    wide = pd.concat([_series().assign(region=f"R{i}") for i in range(6)])
    assert _chart(wide).get_figwidth() <= plotting.MAX_WIDTH
    assert _chart(_series()).get_figwidth() == pytest.approx(3.4 * 2 + 1.2)


def test_a_chart_without_a_description_is_described_by_its_titles(styled):
    import matplotlib.pyplot as plt

    figure, ax = plt.subplots()
    ax.plot([1, 2], [3, 4], label="beds")
    ax.set_title("Beds")
    ax.set_xlabel("year")
    ax.legend()
    assert plotting.alt_text(figure) == "Chart. Beds, x: year; legend: beds"


def test_every_family_of_the_registry_has_a_colour_and_a_css_rule():
    families = set(load_registry()["family"].dropna())
    colours = plotting.family_colours()
    assert families <= set(colours) and len(set(colours.values())) == len(colours)
    css = evidence.family_css()
    assert all(f".fam-{family} " in css for family in families)


def test_an_input_error_shows_as_its_one_line_message():
    from IPython.testing.globalipapp import start_ipython

    shell = start_ipython()
    shown = []
    original = shell._showtraceback
    shell._showtraceback = lambda etype, value, stb: shown.append(stb)
    try:
        assert session.short_errors(shell)
        shell.run_cell("from mzlib.core.errors import InputError\n"
                       "def f(n):\n    if n == 0:\n        raise InputError('REGION', 'no such region', hint='use A')\n"
                       "    f(n - 1)\nf(4)")
        shell.run_cell("1 / 0")
    finally:
        shell._showtraceback = original
        shell.set_custom_exc((), None)
    assert shown[0] == ["InputError: REGION: no such region. use A"]
    assert len(shown[1]) > 1 and "ZeroDivisionError" in "".join(shown[1])
    assert session.short_errors.__module__ == "mzlib.report.session" and issubclass(InputError, ValueError)
