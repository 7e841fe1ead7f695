"""Shared test helpers: a headless, house-styled matplotlib and the text a figure shows."""

import re
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.text  # noqa: E402
import pytest  # noqa: E402

from mzlib.report import plotting  # noqa: E402

NON_ASCII = re.compile(r"[^\x00-\x7f]")


def figure_texts(figure):
    """Every non-empty text a drawn figure shows (titles, labels, ticks, legend)."""
    figure.canvas.draw()
    return [t.get_text() for t in figure.findobj(matplotlib.text.Text) if t.get_text()]


@pytest.fixture
def styled():
    """The notebooks' plot style, with missing glyphs as errors; figures closed afterwards."""
    with warnings.catch_warnings():
        plotting.setup()
        yield
        plt.close("all")
