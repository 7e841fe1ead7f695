"""Plot style and plotting helpers for the notebooks.

Decision: plots are labelled in English, from the ``*_en`` half of the bilingual names; Chinese
stays in tables. Matplotlib's default font has no CJK glyphs, so a Chinese label would render as
boxes. :func:`setup` pins that font and turns the missing-glyph warning into an error, so a stray
Chinese label fails the notebook instead of shipping a figure of boxes.
"""

import warnings

import seaborn as sns

from mzlib.sources.reference import document_type_label

FONT = "DejaVu Sans"
MISSING_GLYPH = r".*[Gg]lyph.*missing.*"


def setup() -> None:
    """Apply the house plot style, make a missing glyph (e.g. a Chinese label) an error, and give
    every figure a notebook shows its alt text (:func:`alt_text`)."""
    sns.set_theme(style="whitegrid", context="notebook", font=FONT, rc={"figure.dpi": 100, "savefig.dpi": 100})
    warnings.filterwarnings("error", message=MISSING_GLYPH)
    _register_alt_text()


def alt_text(fig):
    """What a figure shows, in words, for its ``<img alt>``: the figure's own description
    (``fig.get_label()``, set by the chart functions) or else its titles, axes and legend."""
    if fig.get_label():
        return fig.get_label()
    parts = []
    if fig._suptitle is not None and fig._suptitle.get_text():
        parts.append(fig._suptitle.get_text())
    for ax in fig.axes:
        bits = [ax.get_title()] + [f"{name}: {label}" for name, label in
                                   (("x", ax.get_xlabel()), ("y", ax.get_ylabel())) if label]
        bits = [b for b in bits if b]
        if bits:
            parts.append(", ".join(bits))
    legends = [t.get_text() for legend in [*fig.legends, *[a.get_legend() for a in fig.axes if a.get_legend()]]
               for t in legend.get_texts()]
    if legends:
        parts.append("legend: " + ", ".join(dict.fromkeys(legends)))
    return "Chart. " + "; ".join(" ".join(p.split()) for p in parts) if parts else "Chart without a title"


def _png_with_alt(fig):
    """The figure as inline PNG bytes with its alt text in the output's metadata."""
    from IPython.core.pylabtools import print_figure

    return print_figure(fig, "png", bbox_inches="tight"), {"alt": alt_text(fig)}


def _register_alt_text():
    """Show figures through :func:`_png_with_alt` (after the inline backend's own registration)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None:
        return
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure

    plt.close(plt.figure())  # loads the inline backend now, so that its formatter is not registered later
    shell.display_formatter.formatters["image/png"].for_type(Figure, _png_with_alt)


FAMILY_ORDER = ["minimum_living", "extreme_poverty", "child_welfare", "elder_care", "census", "funeral",
                "social_work", "social_org", "community", "disability", "social_affairs", "unmapped"]
PALETTE = "tab20"
MAX_WIDTH = 11.0  # inches at 100 dpi: the widest figure shown at its size in the 1400 px site
OTHER_FAMILY = (0.6, 0.6, 0.6)


def families():
    """Every family a figure can have: :data:`FAMILY_ORDER` (whose colours stay put), then the
    indicator registry's other families in alphabetical order."""
    from mzlib.sources.registry import load_registry

    known = set(load_registry()["family"].dropna())
    return FAMILY_ORDER + sorted(known - set(FAMILY_ORDER))


def family_colours():
    """Family -> RGB colour (0-1), the same in every chart and on the evidence pages (tab20, then
    husl where a registry holds more than 20 families)."""
    names = families()
    palette = sns.color_palette(PALETTE, 20) if len(names) <= 20 else sns.color_palette("husl", len(names))
    return dict(zip(names, palette))


def extraction_map(figures, documents):
    """Where in each document the figures were found: one dot per figure.

    Parameters
    ----------
    figures : pandas.DataFrame
        Figures table with ``doc``, ``value_start``, ``method`` and ``family``.
    documents : pandas.DataFrame
        ``file``, ``region_en``, ``doc_type`` and ``characters`` per document.

    Returns
    -------
    matplotlib.figure.Figure
        x: position in the document (share of its characters, 0-1); y: document; colour: family;
        marker: table or prose.
    """
    import matplotlib.pyplot as plt

    labels = {r.file: f"{r.region_en} ({document_type_label(r.doc_type)})" for r in documents.itertuples()}
    sizes = dict(zip(documents["file"], documents["characters"]))
    rows = {f: i for i, f in enumerate(documents["file"])}
    start = figures["value_start"].astype(float)
    # Vertical jitter is a fixed function of the character offset, so the figure is reproducible.
    jitter = ((start * 0.6180339887) % 1 - 0.5) * 0.5
    data = figures.assign(x=start / figures["doc"].map(sizes), y=figures["doc"].map(rows) + jitter)
    present = set(data["family"])
    families = [f for f in FAMILY_ORDER if f in present] + sorted(present - set(FAMILY_ORDER))
    fig, ax = plt.subplots(figsize=(10, 0.7 * len(rows) + 1.8))
    palette = family_colours()
    for family in families:
        part = data[data["family"] == family]
        ax.scatter(part["x"], part["y"], s=14, color=palette.get(family, OTHER_FAMILY), label=family.replace("_", " "))
    tables = data[data["method"] == "table"]
    ax.scatter(tables["x"], tables["doc"].map(rows) - 0.4, marker="|", color="black", s=30, label="in a table")
    ax.set_yticks(range(len(rows)), [labels[f] for f in rows])
    ax.invert_yaxis()
    ax.set_xlim(-0.01, 1.01)  # dots at either end stay whole
    ax.set_xlabel("position in the document (share of its characters)")
    ax.set_ylabel("")
    ax.set_title("What was extracted from where (dots: figures by family; ticks: figures in tables)")
    ax.legend(bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8, frameon=False)
    fig.tight_layout()
    return fig


METHOD_COLOURS = {"linear": "tab:blue", "cagr": "tab:orange", "logistic": "tab:green", "ols": "tab:purple"}
STATUS_COLOURS = {"achieved": "#1a9850", "on_track": "#91cf60", "needs_acceleration": "#fee08b",
                  "limited_progress": "#fc8d59", "regressing": "#d73027", "missed": "#7f0000",
                  "insufficient_data": "#d9d9d9"}


def _target_label(row):
    """``"target >= 55 (2025)"``, with "province" when the province's target applies."""
    comparator = row["comparator"] if isinstance(row["comparator"], str) else ""
    source = ", province" if str(row["target_source"]).startswith("province") else ""
    return f"target {comparator}{row['value']:.4g} ({int(row['year'])}{source})"


def trajectory_chart(series, projections, spread, indicator_id, title, unit="", regions=None):
    """One indicator's observations, projections by method, spread band and target, per region.

    Parameters
    ----------
    series : pandas.DataFrame
        Output of :func:`mzlib.targets.series.build_series` (region holds English region names;
        x is the decimal year ``t`` where given, else ``year``).
    projections : pandas.DataFrame
        Output of :func:`mzlib.projection.project`.
    spread : pandas.DataFrame
        Output of :func:`mzlib.projection.method_spread`.
    indicator_id : str
        The indicator to draw.
    title : str
        English indicator name, for the figure title.
    unit : str
        Unit of the indicator, for the y axis.
    regions : sequence of str, optional
        Panels, in order; by default every region with an observation or a target.

    Returns
    -------
    matplotlib.figure.Figure
        One axes per region. Filled dots: values as printed; open dots: derived values (a ratio of
        two printed standards, a baseline from a printed change); crosses: suspect values left out
        of the trend; lines: each method from the latest value; band: min-max over methods; star:
        the target, labelled under the panel's title (x: decimal year, year-end aligned; y:
        indicator unit).
    """
    import matplotlib.pyplot as plt

    rows = series[(series["indicator_id"] == indicator_id) & series["value"].notna()]
    if regions is None:
        regions = sorted(rows["region"].unique())
    panel = min(3.4, (MAX_WIDTH - 1.2) / max(len(regions), 1))
    fig, axes = plt.subplots(1, len(regions), figsize=(panel * len(regions) + 1.2, 3.6), squeeze=False,
                             sharex=True, sharey=True)
    for ax, region in zip(axes[0], regions):
        mine = [frame[(frame["region"] == region) & (frame["indicator_id"] == indicator_id)]
                for frame in (rows, projections, spread)]
        targets = _trajectory_panel(ax, *mine)
        ax.set_title("\n".join([region, *targets]), fontsize=10)
    axes[0][0].set_ylabel(unit)
    _shared_legend(fig, axes[0])
    fig.suptitle(title)
    fig.supxlabel("date (values at their dates; each tick marks 31 December)", y=0.1, fontsize=9)
    fig.set_label(trajectory_alt(rows, title, unit, regions))
    fig.tight_layout(rect=(0, 0.12, 1, 1))
    return fig


def trajectory_alt(rows, title, unit, regions):
    """The alt text of a trajectory chart: what each panel shows, from its rows."""
    time = "t" if "t" in rows else "year"
    panels = []
    for region in regions:
        mine = rows[rows["region"] == region]
        actual = mine[mine["kind"] == "actual"].sort_values(time)
        target = mine[mine["kind"] == "target"]
        text = f"{region}: {len(actual)} value(s)"
        if len(actual):
            first, last = actual.iloc[0], actual.iloc[-1]
            when = "date" if "date" in actual else time
            text += f" from {first['value']:.4g} ({first[when]}) to {last['value']:.4g} ({last[when]})"
        if len(target):
            text += f", target {_target_label(target.iloc[0]).removeprefix('target ')}"
        panels.append(text)
    return (f"Chart: {title} ({unit}), one panel per region, values at their dates with projections by "
            f"method to the target year. " + "; ".join(panels) + ".")


def _date_ticks(ax):
    """Ticks at whole years, each labelled with the date it marks (31 December: x is the decimal
    year, year-end aligned)."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(nbins=3, integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"31 Dec\n{int(round(x))}"))
    ax.tick_params(axis="x", labelsize=8)


def _trajectory_panel(ax, rows, projections, band):
    """Draw one region's points, method lines from the latest point, spread band and targets.

    Returns the target labels, for the panel title: placed there, they never cover a point or line.
    """
    time = "t" if "t" in rows else "year"
    actual = rows[rows["kind"] == "actual"].sort_values(time)
    suspect = actual["suspect"].astype(bool) if "suspect" in actual else actual["derived"] & False
    for derived, face, label in ((False, "black", "as reported"), (True, "white", "derived from printed figures")):
        pts = actual[(actual["derived"] == derived) & ~suspect]
        if len(pts):
            ax.scatter(pts[time].astype(float), pts["value"], s=36, facecolor=face, edgecolor="black",
                       zorder=4, label=label)
    if suspect.any():
        ax.scatter(actual.loc[suspect, time].astype(float), actual.loc[suspect, "value"], s=40, marker="x",
                   color="crimson", zorder=4, label="suspect, left out")
    trend = actual[~suspect]
    if len(trend) and len(band):
        x0, y0 = float(trend[time].iloc[-1]), float(trend["value"].iloc[-1])
        ax.fill_between([x0, *band["year"].astype(float)], [y0, *band["lower"]], [y0, *band["upper"]],
                        color="grey", alpha=0.2, lw=0, label="spread between methods")
        for method, line in projections.groupby("method", sort=False):
            ax.plot([x0, *line["year"].astype(float)], [y0, *line["value"]], lw=1.4,
                    color=METHOD_COLOURS.get(method, "grey"), label=method)
    labels = []
    for _, target in rows[rows["kind"] == "target"].iterrows():
        ax.scatter([float(target[time])], [target["value"]], marker="*", s=160, color="crimson", zorder=5,
                   label="target")
        labels.append(_target_label(target))
    _date_ticks(ax)
    return labels


def _shared_legend(fig, axes):
    """One legend under the panels, each label once, in a fixed order."""
    handles = {}
    for ax in axes:
        for handle, label in zip(*ax.get_legend_handles_labels()):
            handles.setdefault(label, handle)
    order = ["as reported", "derived from printed figures", "suspect, left out", *METHOD_COLOURS,
             "spread between methods", "target"]
    labels = sorted(handles, key=lambda label: order.index(label) if label in order else len(order))
    fig.legend([handles[label] for label in labels], labels, loc="lower center", ncol=min(len(labels), 8),
               fontsize=8, frameon=False)


def status_grid(assessment, names):
    """Status of every (region, indicator) with a target, as a coloured grid.

    Parameters
    ----------
    assessment : pandas.DataFrame
        Output of :func:`mzlib.targets.assessment.assess` (region, indicator_id, status, and
        optionally scales_agree).
    names : Mapping of str to str
        English indicator name per indicator_id.

    Returns
    -------
    matplotlib.figure.Figure
        One axes: rows are indicators (English names), columns regions; colour: status (legend),
        blank where a region has no target for the indicator; a cell marked "≠" where the status
        differs on the linear or the logit scale (``scales_agree`` False).
    """
    import matplotlib.pyplot as plt
    import numpy as np
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    statuses = list(STATUS_COLOURS)
    codes = assessment.assign(code=assessment["status"].map({s: i for i, s in enumerate(statuses)}))
    grid = codes.pivot_table(index="indicator_id", columns="region", values="code", aggfunc="first")
    grid = grid.loc[sorted(grid.index, key=lambda i: names.get(i, i))]
    fig, ax = plt.subplots(figsize=(1.1 * grid.shape[1] + 6.5, 0.26 * grid.shape[0] + 1.8))
    ax.imshow(np.ma.masked_invalid(grid.to_numpy(dtype=float)), cmap=ListedColormap(list(STATUS_COLOURS.values())),
              vmin=-0.5, vmax=len(statuses) - 0.5, aspect="auto", interpolation="nearest")
    ax.set_xticks(range(grid.shape[1]), grid.columns)
    ax.set_yticks(range(grid.shape[0]), [names.get(i, i) for i in grid.index], fontsize=8)
    ax.set_xticks(np.arange(grid.shape[1] + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(grid.shape[0] + 1) - 0.5, minor=True)
    ax.grid(False)
    ax.grid(which="minor", color="white", lw=1.5)
    ax.tick_params(which="minor", length=0)
    ax.xaxis.tick_top()
    if "scales_agree" in assessment:
        cols, rows = list(grid.columns), list(grid.index)
        for r in assessment[~assessment["scales_agree"].astype(bool)].itertuples():
            if r.indicator_id in rows and r.region in cols:
                ax.text(cols.index(r.region), rows.index(r.indicator_id), "≠", ha="center", va="center",
                        fontsize=11, fontweight="bold")
    ax.legend([Patch(color=c) for c in STATUS_COLOURS.values()], [s.replace("_", " ") for s in statuses],
              bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8, frameon=False, title="status")
    ax.set_title("Status of every target, by region (blank: no target; ≠: the status differs on the linear "
                 "or logit scale)", pad=28)
    fig.tight_layout()
    return fig


AGE_GROUPS = [("share_0_14", "0-14", "#9ecae1"), ("share_15_59", "15-59", "#c7e9c0"),
              ("share_60_64", "60-64", "#fdae6b"), ("share_65plus", "65+", "#e6550d")]
SHARE_COLOURS = {"share_60plus": "tab:orange", "share_65plus": "tab:red", "share_80plus": "tab:green"}


def _structure_label(row):
    """``"<region> 2010 (derived)"``: region, census year and whether the shares were derived."""
    return f"{row['region_en']} {int(row['year'])}" + (" (derived)" if bool(row["derived"]) else "")


def age_structure_chart(structure, regions=None):
    """Population structure: stacked shares of 0-14, 15-59, 60-64 and 65+ by region and census year.

    Parameters
    ----------
    structure : pandas.DataFrame
        Age-structure frame (see :mod:`mzlib.aging`): region_en, year, derived and the four shares (%).
    regions : sequence of str, optional
        Regions, top to bottom; by default in the order of the frame.

    Returns
    -------
    matplotlib.figure.Figure
        One horizontal bar per (region, census year), x: percent of the population (0-100); the 65+
        share is printed on its segment. Derived rows are hatched.
    """
    import matplotlib.pyplot as plt

    regions = list(dict.fromkeys(structure["region_en"])) if regions is None else list(regions)
    rows = structure[structure["region_en"].isin(regions)].assign(
        share_60_64=structure["share_60plus"] - structure["share_65plus"],
        order=structure["region_en"].map({r: i for i, r in enumerate(regions)}))
    rows = rows.sort_values(["order", "year"], ignore_index=True)
    fig, ax = plt.subplots(figsize=(9, 0.45 * len(rows) + 1.6))
    left = rows["share_0_14"] * 0.0
    for column, label, colour in AGE_GROUPS:
        ax.barh(rows.index, rows[column], left=left, color=colour, edgecolor="white", label=label,
                hatch=["//" if d else "" for d in rows["derived"]])
        left = left + rows[column]
    for i, row in rows.iterrows():
        ax.text(100 - row["share_65plus"] / 2, i, f"{row['share_65plus']:.1f}", ha="center", va="center",
                fontsize=8)
    ax.set_yticks(rows.index, [_structure_label(r) for _, r in rows.iterrows()])
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("share of the population (%)")
    ax.set_title("Population structure by census (hatched: derived from printed changes)")
    ax.legend(title="age", bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8, frameon=False)
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    return fig


def pyramid_chart(ages, regions, years):
    """Population pyramids by single year of age: the first year filled, later years outlined.

    Parameters
    ----------
    ages : pandas.DataFrame
        region_en, year, sex (male / female), age (0-100, 100 = 100+), population (persons), as
        :func:`mzlib.demography.population.single_ages` returns.
    regions : sequence of str
        One panel per region, as many side by side as fit the page (:data:`MAX_WIDTH`).
    years : sequence of int
        The first is drawn as bars, the others as outlines.

    Returns
    -------
    matplotlib.figure.Figure
        x: percent of the region's population in that year (men to the left); y: age.
    """
    import matplotlib.pyplot as plt

    columns = max(1, min(len(regions), int((MAX_WIDTH - 0.6) // 4.2)))
    lines = -(-len(regions) // columns)
    fig, axes = plt.subplots(lines, columns, figsize=(4.2 * columns + 0.6, 4.8 * lines + 0.4), squeeze=False)
    for ax in axes.flat[len(regions):]:
        ax.set_visible(False)
    colours = ["#9ecae1", "#d62728", "#2ca02c", "#9467bd"]
    for ax, region in zip(axes.flat, regions):
        rows = ages[ages["region_en"] == region]
        for k, year in enumerate(years):
            one = rows[rows["year"] == year]
            total = one["population"].sum()
            for sex, sign in (("male", -1), ("female", 1)):
                part = one[one["sex"] == sex].sort_values("age")
                x = sign * 100 * part["population"].to_numpy() / total
                if k == 0:
                    ax.barh(part["age"], x, height=1.0, color=colours[0], edgecolor="none",
                            label=f"{year}" if sex == "male" else None)
                else:
                    ax.step(x, part["age"], where="mid", color=colours[k % len(colours)], lw=1.2,
                            label=f"{year}" if sex == "male" else None)
        ax.axvline(0, color="black", lw=0.6)
        limit = max(abs(v) for v in ax.get_xlim())
        ax.set_xlim(-limit, limit)
        ax.set_xticks(ax.get_xticks(), [f"{abs(t):g}" for t in ax.get_xticks()])
        ax.set_xlim(-limit, limit)
        ax.set_title(f"{region} (men left, women right)")
        ax.set_xlabel("share of the population (%)")
        ax.set_ylim(0, 101)
    for row in axes:
        row[0].set_ylabel("age (100 = 100 and over)")
    handles, labels = axes[0][0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=len(labels), fontsize=8, frameon=False)
    fig.suptitle("Population by single year of age: census and central cohort projection")
    fig.tight_layout(rect=(0, 0.06 / lines, 1, 1))
    return fig



def year_end(year):
    """The date a year-end value refers to: 31 December of ``year`` (a Timestamp)."""
    import pandas as pd

    return pd.Timestamp(int(year), 12, 31)


def _year_end_ticks(ax, first, last, step=10):
    """Ticks at 31 December every ``step`` years, labelled with the date they mark."""
    from matplotlib.dates import date2num
    from matplotlib.ticker import FixedFormatter, FixedLocator

    years = [y for y in range(first - first % step, last + 1, step) if y >= first]
    ax.xaxis.set_major_locator(FixedLocator([date2num(year_end(y)) for y in years]))
    ax.xaxis.set_major_formatter(FixedFormatter([f"31 Dec\n{y}" for y in years]))


def cohort_band_chart(band, census, regions, thresholds=None, census_date="2020-11-01"):
    """Shares aged 60+, 65+ and 80+: census dots, central cohort projection and scenario band.

    One row of panels per region, one column per measure. Every value is drawn at its date: the
    census at ``census_date``, a projected year-end at 31 December of its year; the ticks name the
    31 December they mark. Stage thresholds belong to the 65+ share and are drawn on its panels
    only, labelled outside the plotting area so that no label sits over a line.

    Parameters
    ----------
    band : pandas.DataFrame
        :func:`mzlib.demography.population.band`: region_en, year, measure, central, lower, upper.
    census : pandas.DataFrame
        region_en and the census shares share_60plus, share_65plus, share_80plus (%).
    regions : sequence of str
        One row of panels per region.
    thresholds : Mapping of str to float, optional
        Stage label -> 65+ share (%) drawn as dotted lines on the 65+ panels.
    census_date : str
        The census's date.

    Returns
    -------
    matplotlib.figure.Figure
        x: date; y: share of the population (%); band: lowest to highest scenario.
    """
    import matplotlib.pyplot as plt
    import pandas as pd
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    measures = list(SHARE_COLOURS)
    fig, axes = plt.subplots(len(regions), len(measures), figsize=(10.5, 2.3 * len(regions) + 1.2),
                             squeeze=False, sharex=True, sharey="col")
    first, last = int(band["year"].min()), int(band["year"].max())
    when = pd.Timestamp(census_date)
    for row, region in zip(axes, regions):
        rows = band[band["region_en"] == region]
        base = census[census["region_en"] == region]
        for ax, measure in zip(row, measures):
            colour = SHARE_COLOURS[measure]
            one = rows[rows["measure"] == measure].sort_values("year")
            dates = [year_end(y) for y in one["year"]]
            ax.fill_between(dates, one["lower"], one["upper"], color=colour, alpha=0.2, lw=0)
            ax.plot(dates, one["central"], color=colour, lw=1.6)
            ax.scatter([when] * len(base), base[measure], s=24, color=colour, zorder=4)
            if measure == "share_65plus":
                for label, lower in (thresholds or {}).items():
                    ax.axhline(lower, color="grey", lw=0.8, ls=":")
                    ax.annotate(f"{label} {lower:g}%", (1.02, lower), xycoords=("axes fraction", "data"),
                                ha="left", va="center", fontsize=7, color="grey", annotation_clip=False)
            name = measure.replace("share_", "").replace("plus", "+")
            ax.set_title(f"{region}: aged {name}", fontsize=9)
            _year_end_ticks(ax, first, last)
            ax.tick_params(axis="x", labelsize=7)
        row[0].set_ylabel("% of the population", fontsize=8)
    for column, measure in zip(axes.T, measures):
        shown = band[band["region_en"].isin(regions) & (band["measure"] == measure)]
        top = max(shown["upper"].max(), census.loc[census["region_en"].isin(regions), measure].max())
        column[0].set_ylim(0, 1.05 * top)
    handles = [Line2D([], [], color="grey", lw=1.6), Patch(color="grey", alpha=0.3),
               Line2D([], [], color="grey", marker="o", lw=0), Line2D([], [], color="grey", lw=0.8, ls=":")]
    labels = ["central projection (year-end)", "scenario band", f"census ({when:%d %b %Y})",
              "stage threshold (65+ only)"]
    fig.legend(handles, labels, loc="lower center", ncol=len(labels), fontsize=8, frameon=False)
    fig.suptitle("Shares aged 60+, 65+ and 80+: census and cohort projection")
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig

