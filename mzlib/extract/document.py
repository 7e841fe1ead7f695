"""A document to extract from: its text and what is known of it before reading a figure.

For a document in the manifest, region, type, plan period and reference year come from its row.
For any other document (a researcher's own download), they are read from the text where it prints
them (:func:`mzlib.sources.describe.facts`), and ``found`` says which were found where and which
were not.
"""

from pathlib import Path

from mzlib.core.normalize import LineIndex, document_norm
from mzlib.extract.dates import DateExpr
from mzlib.sources import describe
from mzlib.sources.convert import document_text
from mzlib.sources.textlayout import join_wrapped


def _int(value):
    return int(value) if str(value or "").strip() else None


def _manifest_row(manifest, name):
    """The manifest row of file ``name`` as a dict, or ``{}``."""
    if manifest is None or not len(manifest):
        return {}
    if isinstance(manifest, dict):
        return manifest.get(name, {})
    match = manifest[manifest["file"] == name]
    return match.iloc[0].to_dict() if len(match) else {}


class Document:
    """A document's text and the facts extraction needs.

    Attributes
    ----------
    name : str
        File name of the original document (``doc`` in the figures table).
    text_file : str
        The text the offsets refer to: the original file for plain text, else the derived text.
    key : str
        Unique short key of the document, the prefix of its figure ids (manifest ``key``, else the
        file stem).
    reference : DateExpr or None
        The date undated "current" figures refer to.
    found : dict
        For a document outside the manifest: how each fact was found (or ``"not found"``).
    derived : mzlib.sources.convert.DerivedText or None
        The conversion the text came from, when read from a file.
    """

    derived = None

    def __init__(self, name, text, region_zh="", region_en="", reference_year=None,
                 period_start=None, period_end=None, encoding="utf-8", doc_type="", key=None,
                 text_file=None, issued="", found=None, parent_regions=(), norm=None):
        self.name, self.text = name, text
        self.norm = document_norm(text) if norm is None else norm  # the one normalisation of the text
        self.region_zh, self.region_en, self.encoding = region_zh, region_en, encoding
        self.reference_year = reference_year
        self.reference = (DateExpr(0, 0, reference_year, None, None, "point", str(reference_year))
                          if reference_year else None)
        self.period_start, self.period_end, self.doc_type = period_start, period_end, doc_type
        self.key = key or Path(name).stem
        self.text_file = text_file or name
        self.issued = issued
        self.found = found or {}
        self.parent_regions = tuple(p for p in parent_regions if p)
        self.line_of = LineIndex(text)

    @classmethod
    def from_path(cls, path, manifest=None, text_dir=None):
        """Read a file of any accepted format and take its facts from its manifest row, else from
        its text.

        Parameters
        ----------
        path : str or Path
            A ``.txt``, ``.html``/``.htm``, ``.pdf``, ``.docx``, ``.xlsx`` or ``.xls`` file; all but text are converted to
            text first (:func:`mzlib.sources.convert.document_text`, which writes the derived text
            to ``text_dir`` for files outside ``data/raw/``).
        manifest : pandas.DataFrame or dict, optional
            The manifest (string columns), or its rows by file name; a document not listed in it
            is described from its text.
        """
        path = Path(path)
        derived = document_text(path, text_dir)
        row = _manifest_row(manifest, path.name)
        if row:
            doc = cls(path.name, derived.text, row.get("region_zh", ""), row.get("region_en", ""),
                      _int(row.get("reference_year")), _int(row.get("period_start")),
                      _int(row.get("period_end")), derived.encoding, row.get("doc_type", ""),
                      key=row.get("key") or None, text_file=derived.text_file, issued=row.get("issued", ""),
                      parent_regions=(row.get("parent_region_zh", ""), row.get("province_zh", "")))
        else:
            doc = cls.from_text(path.name, derived.text, derived.encoding, derived.text_file)
        doc.derived = derived
        return doc

    def printed(self, start, end):
        """``text[start:end]`` as a name is read: a hard-wrapped line end inside it (one that
        :func:`~mzlib.core.normalize.document_norm` reads as a space) joined as the layout had it
        (``农村居民人`` + ``均可支配收入``; :func:`~mzlib.sources.textlayout.join_wrapped`)."""
        piece = self.text[start:end]
        if "\n" not in piece:
            return piece
        parts, last = [], start
        for i in range(start, end):
            if self.text[i] == "\n" and self.norm[i] == " ":
                parts.append(self.text[last:i])
                last = i + 1
        if not parts:
            return piece
        out = ""
        for part in parts + [self.text[last:end]]:
            out = join_wrapped(out, part) if out else part
        return out

    @classmethod
    def from_text(cls, name, text, encoding="utf-8", text_file=None):
        """Describe a document outside the manifest from its own text and file name."""
        norm = document_norm(text)
        facts = describe.facts(name, text, norm)
        found = {k: v[1] for k, v in facts.items()}
        value = {k: v[0] for k, v in facts.items()}
        period = value.get("period") or (None, None)
        return cls(name, text, value.get("region_zh", ""), "", value.get("reference_year"), period[0],
                   period[1], encoding, value.get("doc_type", ""), text_file=text_file, found=found, norm=norm)
