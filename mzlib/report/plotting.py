"""Plot style and plotting helpers for the notebooks.

Decision: plots are labelled in English, from the ``*_en`` half of the bilingual names; Chinese
stays in tables. Matplotlib's default font has no CJK glyphs, so a Chinese label would render as
boxes. :func:`setup` pins that font and turns the missing-glyph warning into an error, so a stray
Chinese label fails the notebook instead of shipping a figure of boxes.
"""

import warnings

import seaborn as sns

FONT = "DejaVu Sans"
MISSING_GLYPH = r".*[Gg]lyph.*missing.*"


def setup() -> None:
    """Apply the house plot style and make a missing glyph (e.g. a Chinese label) an error."""
    sns.set_theme(style="whitegrid", context="notebook", font=FONT, rc={"figure.dpi": 100, "savefig.dpi": 100})
    warnings.filterwarnings("error", message=MISSING_GLYPH)


FAMILY_ORDER = ["minimum_living", "extreme_poverty", "child_welfare", "elder_care", "census", "funeral",
                "social_work", "social_org", "community", "disability", "social_affairs", "unmapped"]
OTHER_FAMILY = (0.6, 0.6, 0.6)


def family_colours():
    """Family -> RGB colour (0-1), the same in every chart and on the evidence pages (tab20)."""
    return dict(zip(FAMILY_ORDER, sns.color_palette("tab20", len(FAMILY_ORDER))))


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

    labels = {r.file: f"{r.region_en} ({r.doc_type.replace('_', ' ')})" for r in documents.itertuples()}
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
                  "limited_progress": "#fc8d59", "regressing": "#d73027", "insufficient_data": "#d9d9d9"}


def _target_label(row):
    """``"target >= 55 (2025)"``, with "province" when the province's target applies."""
    comparator = row["comparator"] if isinstance(row["comparator"], str) else ""
    source = ", province" if row["target_source"] == "province" else ""
    return f"target {comparator}{row['value']:.4g} ({int(row['year'])}{source})"


def trajectory_chart(series, projections, spread, indicator_id, title, unit="", regions=None):
    """One indicator's observations, projections by method, spread band and target, per region.

    Parameters
    ----------
    series : pandas.DataFrame
        Output of :func:`mzlib.series.build_series` (region holds English region names).
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
        One axes per region. Filled dots: values as printed; open dots: derived values; lines:
        each method from the latest observation; band: min-max over methods; star: the target
        nearest the horizon, labelled under the panel's title (x: year, y: indicator unit).
    """
    import matplotlib.pyplot as plt

    rows = series[(series["indicator_id"] == indicator_id) & series["value"].notna()]
    if regions is None:
        regions = sorted(rows["region"].unique())
    fig, axes = plt.subplots(1, len(regions), figsize=(3.4 * len(regions) + 1.2, 3.6), squeeze=False,
                             sharex=True, sharey=True)
    for ax, region in zip(axes[0], regions):
        mine = [frame[(frame["region"] == region) & (frame["indicator_id"] == indicator_id)]
                for frame in (rows, projections, spread)]
        targets = _trajectory_panel(ax, *mine)
        ax.set_title("\n".join([region, *targets]), fontsize=10)
    axes[0][0].set_ylabel(unit)
    _shared_legend(fig, axes[0])
    fig.suptitle(title)
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    return fig


def _trajectory_panel(ax, rows, projections, band):
    """Draw one region's points, method lines from the latest point, spread band and targets.

    Returns the target labels, for the panel title: placed there, they never cover a point or line.
    """
    from matplotlib.ticker import MaxNLocator

    actual = rows[rows["kind"] == "actual"].sort_values("year")
    for derived, face, label in ((False, "black", "as reported"), (True, "white", "derived from paired figures")):
        pts = actual[actual["derived"] == derived]
        if len(pts):
            ax.scatter(pts["year"].astype(float), pts["value"], s=36, facecolor=face, edgecolor="black",
                       zorder=4, label=label)
    if len(actual) and len(band):
        x0, y0 = float(actual["year"].iloc[-1]), float(actual["value"].iloc[-1])
        ax.fill_between([x0, *band["year"].astype(float)], [y0, *band["lower"]], [y0, *band["upper"]],
                        color="grey", alpha=0.2, lw=0, label="spread between methods")
        for method, line in projections.groupby("method", sort=False):
            ax.plot([x0, *line["year"].astype(float)], [y0, *line["value"]], lw=1.4,
                    color=METHOD_COLOURS.get(method, "grey"), label=method)
    labels = []
    for _, target in rows[rows["kind"] == "target"].iterrows():
        ax.scatter([float(target["year"])], [target["value"]], marker="*", s=160, color="crimson", zorder=5,
                   label="target")
        labels.append(_target_label(target))
    ax.set_xlabel("year")
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    return labels


def _shared_legend(fig, axes):
    """One legend under the panels, each label once, in a fixed order."""
    handles = {}
    for ax in axes:
        for handle, label in zip(*ax.get_legend_handles_labels()):
            handles.setdefault(label, handle)
    order = ["as reported", "derived from paired figures", *METHOD_COLOURS, "spread between methods", "target"]
    labels = sorted(handles, key=lambda label: order.index(label) if label in order else len(order))
    fig.legend([handles[label] for label in labels], labels, loc="lower center", ncol=min(len(labels), 8),
               fontsize=8, frameon=False)


def status_grid(assessment, names):
    """Status of every (region, indicator) with a target, as a coloured grid.

    Parameters
    ----------
    assessment : pandas.DataFrame
        Output of :func:`mzlib.assessment.assess` (region, indicator_id, status).
    names : Mapping of str to str
        English indicator name per indicator_id.

    Returns
    -------
    matplotlib.figure.Figure
        One axes: rows are indicators (English names), columns regions; colour: status (legend),
        blank where a region has no target for the indicator.
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
    ax.legend([Patch(color=c) for c in STATUS_COLOURS.values()], [s.replace("_", " ") for s in statuses],
              bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8, frameon=False, title="status")
    ax.set_title("Status of every target, by region (blank: no target)", pad=28)
    fig.tight_layout()
    return fig


AGE_GROUPS = [("share_0_14", "0-14", "#9ecae1"), ("share_15_59", "15-59", "#c7e9c0"),
              ("share_60_64", "60-64", "#fdae6b"), ("share_65plus", "65+", "#e6550d")]
SHARE_COLOURS = {"share_60plus": "tab:orange", "share_65plus": "tab:red"}


def _structure_label(row):
    """``"Wenshan 2010 (derived)"``: region, census year and whether the shares were derived."""
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


def share_band_chart(measured, projected, regions=None, thresholds=None):
    """Observed and projected 60+ and 65+ shares with the slow-fast band, one panel per region.

    Parameters
    ----------
    measured : pandas.DataFrame
        Census rows: region_en, year, derived, share_60plus, share_65plus (%).
    projected : pandas.DataFrame
        Output of :func:`mzlib.aging.project_shares` (region_en, year, scenario, base_year, shares).
    regions : sequence of str, optional
        Panels, in order; by default every region in ``projected``.
    thresholds : Mapping of str to float, optional
        Stage label -> 65+ share (%) drawn as dotted lines (e.g. ``aging.stage_thresholds()``).

    Returns
    -------
    matplotlib.figure.Figure
        x: year; y: share of the population (%). Dots: census values (open: derived); solid line:
        central scenario from the latest census; band: slow to fast.
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch
    from matplotlib.ticker import MultipleLocator

    regions = list(dict.fromkeys(projected["region_en"])) if regions is None else list(regions)
    fig, axes = plt.subplots(1, len(regions), figsize=(3.2 * len(regions) + 1.2, 3.8), squeeze=False,
                             sharex=True, sharey=True)
    for ax, region in zip(axes[0], regions):
        obs = measured[measured["region_en"] == region].sort_values("year")
        proj = projected[projected["region_en"] == region]
        for share, colour in SHARE_COLOURS.items():
            name = share.replace("share_", "").replace("plus", "+")
            for derived, face in ((False, colour), (True, "white")):
                pts = obs[obs["derived"].astype(bool) == derived]
                ax.scatter(pts["year"].astype(float), pts[share], s=30, facecolor=face, edgecolor=colour,
                           zorder=4)
            if proj.empty or obs.empty:
                continue
            x0, y0 = float(obs["year"].iloc[-1]), float(obs[share].iloc[-1])
            wide = proj.pivot_table(index="year", columns="scenario", values=share)
            years = [x0, *wide.index.astype(float)]
            ax.fill_between(years, [y0, *wide["slow"]], [y0, *wide["fast"]], color=colour, alpha=0.18, lw=0)
            ax.plot(years, [y0, *wide["central"]], color=colour, lw=1.6, label=f"{name} (central)")
            ax.plot(obs["year"].astype(float), obs[share], color=colour, lw=0.8, alpha=0.6)
        for label, lower in (thresholds or {}).items():
            ax.axhline(lower, color="grey", lw=0.8, ls=":")
            ax.annotate(f"{label} ({lower:g}% 65+)", (0.98, lower), xycoords=("axes fraction", "data"),
                        xytext=(0, -9), textcoords="offset points", ha="right", fontsize=7, color="grey")
        ax.set_title(region)
        ax.set_xlabel("year")
        ax.xaxis.set_major_locator(MultipleLocator(10))
    axes[0][0].set_ylabel("share of the population (%)")
    handles, labels = axes[0][0].get_legend_handles_labels()
    handles, labels = [*handles, Patch(color="grey", alpha=0.3)], [*labels, "slow to fast band"]
    fig.legend(handles, labels, loc="lower center", ncol=len(labels), fontsize=8, frameon=False)
    fig.suptitle("Shares aged 60+ and 65+: census (open dots: derived) and logit-linear projection")
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    return fig


def bed_gap_chart(gaps, benchmark):
    """Elder-care beds needed at a benchmark against the beds counted, per region with a bed count.

    Parameters
    ----------
    gaps : pandas.DataFrame
        Output of :func:`mzlib.aging.bed_gaps`: region_en, year, scenario, beds_needed, beds_current,
        beds_year (beds).
    benchmark : float
        Beds per 1,000 people aged 60+ behind ``beds_needed``, for the title.

    Returns
    -------
    matplotlib.figure.Figure
        One panel per region: bars, beds needed in each projection year (central scenario) with a
        whisker from slow to fast; horizontal line, the beds counted (y: beds).
    """
    import matplotlib.pyplot as plt

    rows = gaps.dropna(subset=["beds_current", "beds_needed"])
    regions = list(dict.fromkeys(rows["region_en"]))
    fig, axes = plt.subplots(1, max(len(regions), 1), figsize=(4.2 * max(len(regions), 1) + 1, 3.8),
                             squeeze=False)
    for ax, region in zip(axes[0], regions):
        wide = rows[rows["region_en"] == region].pivot_table(index="year", columns="scenario",
                                                             values="beds_needed")
        x = range(len(wide))
        central = wide["central"].to_numpy()
        err = [central - wide[["slow", "fast"]].min(axis=1).to_numpy(),
               wide[["slow", "fast"]].max(axis=1).to_numpy() - central]
        ax.bar(x, central, color="#9ecae1", yerr=err, capsize=4, label="beds needed (central; whisker: slow-fast)")
        current = rows.loc[rows["region_en"] == region, ["beds_current", "beds_year"]].iloc[0]
        ax.axhline(current["beds_current"], color="crimson", lw=1.5,
                   label=f"beds counted ({int(current['beds_year'])}): {current['beds_current']:,.0f}")
        for xi, need in zip(x, central):
            ax.text(xi, (need + current["beds_current"]) / 2, f"gap\n{need - current['beds_current']:,.0f}",
                    ha="center", va="center", fontsize=8)
        ax.set_xticks(list(x), [str(int(y)) for y in wide.index])
        ax.set_title(region)
        ax.set_xlabel("year")
        ax.margins(y=0.2)
    axes[0][0].set_ylabel("elder-care beds")
    handles, labels = axes[0][0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=2, fontsize=8, frameon=False)
    fig.suptitle(f"Elder-care beds needed at {benchmark:g} per 1,000 aged 60+ against beds counted")
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    return fig
