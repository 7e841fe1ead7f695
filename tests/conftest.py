"""Shared test helpers: a headless, house-styled matplotlib, the text a figure shows, and notebook 01
run once on the seeds (:mod:`seeds`) for every test that names a seed."""

import re
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.text  # noqa: E402
import pytest  # noqa: E402

import seeds  # noqa: E402
from mzlib.report import plotting  # noqa: E402

NON_ASCII = re.compile(r"[^\x00-\x7f]")


def figure_texts(figure):
    """Every non-empty text a drawn figure shows (titles, labels, ticks, legend)."""
    figure.canvas.draw()
    return [t.get_text() for t in figure.findobj(matplotlib.text.Text) if t.get_text()]


def labels_over_data(figure):
    """Texts drawn inside an axes (annotations, value labels) whose box covers a data point."""
    import numpy as np
    from matplotlib.collections import PathCollection

    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    covering = []
    for ax in figure.axes:
        points = [np.empty((0, 2))]
        for collection in ax.collections:
            if isinstance(collection, PathCollection) and len(collection.get_offsets()):
                points.append(ax.transData.transform(np.asarray(collection.get_offsets(), dtype=float)))
        for line in ax.lines:
            points.append(ax.transData.transform(np.asarray(line.get_xydata(), dtype=float)))
        points = np.vstack(points)
        for text in ax.texts:
            box = text.get_window_extent(renderer)
            inside = ((points[:, 0] >= box.x0) & (points[:, 0] <= box.x1)
                      & (points[:, 1] >= box.y0) & (points[:, 1] <= box.y1))
            if inside.any():
                covering.append(text.get_text())
    return covering


@pytest.fixture
def styled():
    """The notebooks' plot style, with missing glyphs as errors; figures closed afterwards."""
    with warnings.catch_warnings():
        plotting.setup()
        yield
        plt.close("all")


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory):
    """Notebook 01 on the tests' copy of the seeds, once per session (see :func:`seeds.run`)."""
    return seeds.run(tmp_path_factory.mktemp("seed-run"))
