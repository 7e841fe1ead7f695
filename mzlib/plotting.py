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
