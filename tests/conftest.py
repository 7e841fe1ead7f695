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


def labels_over_lines(figure, samples=200):
    """Texts of every axes (titles, annotations, tick labels) whose box a drawn line crosses.

    Each line is followed along its segments in display coordinates, as far as its axes clip it.
    """
    import numpy as np

    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    texts = [t for ax in figure.axes for t in (*ax.texts, ax.title, *ax.get_xticklabels(), *ax.get_yticklabels())
             if t.get_text() and t.get_visible()]
    crossed = []
    for ax in figure.axes:
        clip = ax.get_window_extent(renderer)
        for line in ax.lines:
            xy = line.get_transform().transform(np.asarray(line.get_xydata(), dtype=float))
            if len(xy) < 2:
                continue
            steps = np.linspace(0, 1, samples)[:, None, None]
            points = (xy[:-1] + steps * (xy[1:] - xy[:-1])).reshape(-1, 2)
            points = points[(points[:, 0] >= clip.x0) & (points[:, 0] <= clip.x1)
                            & (points[:, 1] >= clip.y0) & (points[:, 1] <= clip.y1)]
            for text in texts:
                box = text.get_window_extent(renderer)
                if ((points[:, 0] > box.x0) & (points[:, 0] < box.x1)
                        & (points[:, 1] > box.y0) & (points[:, 1] < box.y1)).any():
                    crossed.append(text.get_text())
    return crossed


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
