"""Figures of one composed sentence or paragraph, as the tests of the genre's rules read them."""

from mzlib.extract.figures import Document, extract_document


def figures(text, reference_year=2023, doc_type=""):
    """The figures (not derived ones) of ``text``, a document of 岚江市 of ``reference_year``."""
    doc = Document("t.txt", text, "岚江市", "Lanjiang", reference_year, None, None, doc_type=doc_type)
    f = extract_document(doc).figures
    return f[f["method"] != "derived"]


def one(text, value, reference_year=2023, doc_type=""):
    """The one figure of ``text`` printed as ``value``."""
    f = figures(text, reference_year, doc_type)
    hit = f[f["value"] == value]
    assert len(hit) == 1, f"{value} in {text!r}: {len(hit)} figures"
    return hit.iloc[0]
