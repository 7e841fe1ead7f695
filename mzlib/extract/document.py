"""A document to extract from: its text and what is known of it before reading a figure.

For a document in the manifest, region, type, plan period and reference year come from its row.
For any other document (a researcher's own download), they are read from the text where it prints
them, and ``found`` says which were found where and which were not: the region from the title
(``合肥市2024年国民经济和社会发展统计公报``), the reference year from the title, else from the file
name (downloads are usually named with their year), else from the signature date at the end, else
the year the text names most often; and a plan period from a plan name in the title
(``“十四五”民政事业发展规划``).
"""

import re
from collections import Counter
from pathlib import Path

from mzlib.core.normalize import LineIndex, normalize
from mzlib.extract.dates import DateExpr
from mzlib.sources.convert import document_text
from mzlib.sources.reference import plan_periods

_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)\s*年(?:度)?(?!\s*\d{1,2}\s*月)")
_TITLE_REGION = re.compile(r"^[\s“”\"]*([\u4e00-\u9fff]{2,12}?(?:自治州|自治县|省|市|县|区|州|盟))"
                           r"(?=[\u4e00-\u9fff“\d(]{0,30}(?:统计公报|规划|公报|评估|报告|方案|总结|通知|措施|意见|办法))")
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*(?:年)?\s*[-—至到]\s*(?:19|20)\d\d\s*年")
_TEXT_YEAR = re.compile(r"(?<![\d-])((?:19|20)\d\d)\s*年(?!\s*(?:以来|起|前|底前|以前))")
_FILE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_SIGNATURE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")
_PLAN_KINDS = (("中期评估", "midterm_review"), ("评估", "midterm_review"), ("规划", "plan"),
               ("统计公报", "statistical_bulletin"), ("公报", "statistical_bulletin"),
               ("通知", "notice"), ("措施", "notice"), ("意见", "notice"), ("方案", "notice"))


def _int(value):
    return int(value) if str(value or "").strip() else None


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
                 text_file=None, issued="", found=None, parent_regions=()):
        self.name, self.text, self.norm = name, text, normalize(text)
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
            A ``.txt``, ``.html``/``.htm``, ``.pdf`` or ``.docx`` file; others are converted to
            text first (:func:`mzlib.sources.convert.document_text`, which writes the derived text
            to ``text_dir`` for files outside ``data/raw/``).
        manifest : pandas.DataFrame, optional
            The manifest (string columns); a document not listed in it is described from its text.
        """
        path = Path(path)
        derived = document_text(path, text_dir)
        row = {}
        if manifest is not None and len(manifest):
            match = manifest[manifest["file"] == path.name]
            row = match.iloc[0].to_dict() if len(match) else {}
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

    @classmethod
    def from_text(cls, name, text, encoding="utf-8", text_file=None):
        """Describe a document outside the manifest from its own text and file name."""
        facts = describe_text(name, text)
        found = {k: v[1] for k, v in facts.items()}
        value = {k: v[0] for k, v in facts.items()}
        period = value.get("period") or (None, None)
        return cls(name, text, value.get("region_zh", ""), "", value.get("reference_year"), period[0],
                   period[1], encoding, value.get("doc_type", ""), text_file=text_file, found=found)


def _is_title(line):
    """A first line that reads as a title: short, no sentence punctuation, no target year."""
    return len(line) <= 60 and not re.search(r"[。,;]|^到\s*(?:19|20)\d\d", line)


def _head(norm, lines=4):
    return [line.strip() for line in norm.split("\n") if line.strip()][:lines]


def describe_text(name, text):
    """What a text says of itself: ``{fact: (value, how it was found)}``.

    Facts: ``region_zh``, ``reference_year``, ``doc_type``, ``period`` (first and last year of a
    plan period named in the title). A fact not found has value None and how ``"not found"``.
    """
    norm = normalize(text)
    head = _head(norm)
    title = " ".join(line for line in head[:3] if _is_title(line))
    facts = {}
    region = next((m.group(1) for line in head[:3] for m in [_TITLE_REGION.search(line)] if m), None)
    facts["region_zh"] = (region, "title") if region else (None, "not found")
    periods = plan_periods()
    named = next((p for p in periods if p in title), None)
    year = None
    if head and _is_title(head[0]):
        span = _YEAR_RANGE.search(head[0])
        found = _TITLE_YEAR.search(_YEAR_RANGE.sub("", head[0]))
        year = int(found.group(1)) if found and not span else None
    if named and not year:
        facts["reference_year"] = (periods[named][0] - 1, "base year of the plan period in the title")
    elif year:
        facts["reference_year"] = (year, "title")
    else:
        file_year = _FILE_YEAR.findall(Path(name).stem)
        tail = [line.strip() for line in norm.rstrip().split("\n")[-3:]]
        signed = next((int(m.group(1)) for line in reversed(tail) for m in [_SIGNATURE.search(line)] if m), None)
        if file_year:
            facts["reference_year"] = (int(file_year[0]), "file name")
        elif signed:
            facts["reference_year"] = (signed, "signature date")
        else:
            years = Counter(int(y) for y in _TEXT_YEAR.findall(_YEAR_RANGE.sub("", norm)))
            if years:
                most = max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]
                facts["reference_year"] = (most, "the year the text names most often")
            else:
                facts["reference_year"] = (None, "not found")
    kind = next((k for word, k in _PLAN_KINDS if word in title), None)
    facts["doc_type"] = (kind, "title") if kind else (None, "not found")
    facts["period"] = (periods[named], "title") if named else (None, "not found")
    return facts
