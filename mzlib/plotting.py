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
    data = figures.assign(position=figures["value_start"].astype(float) / figures["doc"].map(sizes),
                          document=figures["doc"].map(labels))
    order = [labels[f] for f in documents["file"]]
    families = [f for f in FAMILY_ORDER if f in set(data["family"])]
    fig, ax = plt.subplots(figsize=(10, 0.7 * len(order) + 1.8))
    sns.stripplot(data=data, x="position", y="document", hue="family", hue_order=families, order=order,
                  jitter=0.25, size=4, ax=ax, palette="tab10")
    for method, marker in (("table", "|"),):
        rows = data[data["method"] == method]
        ax.scatter(rows["position"], rows["document"].map({d: i for i, d in enumerate(order)}) - 0.38,
                   marker=marker, color="black", s=30, label="in a table")
    ax.set_xlim(0, 1)
    ax.set_xlabel("position in the document (share of its characters)")
    ax.set_ylabel("")
    ax.set_title("What was extracted from where (dots: figures by family; ticks: figures in tables)")
    ax.legend(bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8, frameon=False)
    fig.tight_layout()
    return fig
