"""Plot setup: English labels draw, a Chinese label is an error rather than a figure of boxes."""

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from mzlib.report import plotting  # noqa: E402


@pytest.fixture
def axes():
    with warnings.catch_warnings():
        plotting.setup()
        figure, ax = plt.subplots()
        yield figure, ax
        plt.close(figure)


def test_english_label_draws(axes):
    figure, ax = axes
    ax.set_title("Wenshan: elderly care beds")
    figure.canvas.draw()


def test_chinese_label_raises(axes):
    figure, ax = axes
    ax.set_title("文山市 养老床位")
    with pytest.raises(UserWarning, match="missing"):
        figure.canvas.draw()
