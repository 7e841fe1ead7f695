"""Parse one printed value (a table cell or a number in prose) into its meaning.

A cell is one of: a number with an optional sign, comparator and unit (``-7.04``, ``≥55%``, ``>30平方米``,
``1.5‰``, ``20万人``, ``1.3倍``, ``1,234``, ``达到900万张以上``, ``约3.5万人``), possibly in
brackets for a cumulative value (``[7.5]``, ``【56】``, ``〔13.5〕`` as a national plan prints it); a ratio ``1.27:1``; missing (``-``, ``—``,
``/``, empty), a footnote's mark after any of these (``55*``, ``60①``: kept as ``mark``, no unit); or qualitative text (``不低于居民上年度人均消费支出增速``), which keeps any
comparator it states.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from mzlib.core.normalize import FOOTNOTE_MARK
from mzlib.extract.units import unit_info

COMPARATOR_WORDS = {
    "≥": ">=", ">=": ">=", ">": ">", "≤": "<=", "<=": "<=", "<": "<",
    "不低于": ">=", "不少于": ">=", "不小于": ">=", "超过": ">", "大于": ">", "高于": ">",
    "不超过": "<=", "不高于": "<=", "小于": "<", "低于": "<", "至少": ">=", "最多": "<=",
}
_VERBS = r"(?:达到|达|保持在|保持|稳定在|控制在|力争|提高到|增加到|约|近|超)"
SUFFIX_COMPARATORS = {"以上": ">=", "及以上": ">=", "以下": "<=", "及以下": "<=", "左右": ""}
MISSING = {"", "-", "--", "/", "—", "——", "无", "…", "...", "─", "——", "-/-"}

_CMP = "|".join(sorted(map(re.escape, COMPARATOR_WORDS), key=len, reverse=True))
_CELL = re.compile(
    rf"^\s*(?P<open>[\[【〔])?\s*(?P<cmp>{_CMP})?\s*(?:力争)?(?:{_VERBS})?\s*(?P<sign>[-+](?=\d))?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*:\s*(?P<den>\d+(?:\.\d+)?))?"
    r"\s*(?P<unit>[^\d\s\]】〕]*?(?:(?<=[A-Za-z])[23](?!\d))?)\s*(?P<suffix>以上|及以上|以下|及以下|左右)?\s*"
    r"(?P<close>[\]】〕])?"
    rf"\s*(?P<mark>{FOOTNOTE_MARK})?\s*$")


_CLOSES = {"[": "]", "【": "】", "〔": "〕"}


@dataclass(frozen=True)
class ParsedValue:
    """The meaning of one printed value.

    Offsets ``start``/``end`` are relative to the parsed string and cover the printed value
    (``54`` in ``54%``, ``1.27:1`` for a ratio, the whole text when qualitative).
    """

    value_type: str
    comparator: str = ""
    number: float = float("nan")
    unit: str = ""
    start: int = 0
    end: int = 0
    denominator: float = float("nan")
    cumulative: bool = False
    mark: str = ""


@lru_cache(maxsize=8192)  # a pure function of the text; cells and cues repeat within a document
def parse_value(cell):
    """Parse a normalised cell.

    Parameters
    ----------
    cell : str
        Cell text after :func:`mzlib.normalize.normalize`.

    Returns
    -------
    ParsedValue
        ``value_type`` is ``number``, ``ratio``, ``missing`` or ``qualitative``. A number whose
        trailing text is not a known unit is qualitative, so nothing is read into it.
    """
    stripped = cell.strip()
    lead = len(cell) - len(cell.lstrip())
    if stripped in MISSING:
        return ParsedValue("missing", start=lead, end=lead + len(stripped))
    m = _CELL.match(cell)
    if m and _CLOSES.get(m.group("open") or "", "") != (m.group("close") or ""):
        m = None  # a bracket left open, closed alone, or closed by another kind
    if m and (not m.group("unit") or unit_info(m.group("unit"))[0]):
        comparator = COMPARATOR_WORDS.get(m.group("cmp") or "", "")
        comparator = comparator or SUFFIX_COMPARATORS.get(m.group("suffix") or "", "")
        cumulative = bool(m.group("open"))
        number = float(m.group("num").replace(",", "")) * (-1 if m.group("sign") == "-" else 1)
        start = m.start("sign") if m.group("sign") == "-" else m.start("num")
        mark = m.group("mark") or ""
        if m.group("den"):
            return ParsedValue("ratio", comparator, number, m.group("unit"),
                               start, m.end("den"), float(m.group("den")), cumulative, mark)
        return ParsedValue("number", comparator, number, m.group("unit"),
                           start, m.end("num"), cumulative=cumulative, mark=mark)
    comparator = next((op for word, op in sorted(COMPARATOR_WORDS.items(), key=lambda kv: -len(kv[0]))
                       if stripped.startswith(word)), "")
    return ParsedValue("qualitative", comparator, start=lead, end=lead + len(stripped))
