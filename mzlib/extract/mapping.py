"""Printed subjects to indicator ids: exact, normalised, then suggested, never guessed.

A subject maps to a registry indicator when its canonical form (:func:`clean_name`) is a name or
alias, after removing what varies between documents of the genre: the region words
(``全市``/``全省``/``全县``/``全州``/``我市``, the document's own region name), and leading
connectives. A registry name that ends the subject (``全市养老机构床位`` ends with ``养老机构床位``)
also maps, unless the word just before it changes its meaning (``打击非法社会组织``,
``投入福彩公益金``, ``给予临时救助``): then it is only suggested. Anything else stays
``unmapped``; a near miss (rapidfuzz ratio >= :data:`SUGGEST_AT`) is offered in
``suggested_indicator`` with its score, for a person to accept by adding an alias.

:func:`unit_fits` keeps a subject from mapping to an indicator counted in another unit (a count of
households is not a count of persons).
"""

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from mzlib.extract.units import unit_info
from mzlib.sources.reference import unit_table
from mzlib.sources.registry import UNMAPPED, clean_name, default_index, info

SUGGEST_AT = 80
MIN_SUFFIX = 4
MIN_COUNTED = 6
_COUNT_SUFFIX = re.compile(r"(?:总数|总量|数量|数)$")
# words before a registry name that change its measure; an age band or a sex names a part (60岁及以上常住人口,
# 男性户籍总人口)
_QUALIFIER = re.compile(r"(?:非法|违法|投入|给予|使用|发放|筹集|所需|未|非|无|拟|计划|申请|男性|女性"
                        r"|\d+\s*(?:周)?岁(?:及以上|以上|及以下|以下)?)$")
_PER_POPULATION = re.compile(r"每(?:十万|百万|百|千|万)|人均|平均每")  # a normaliser before a registry name
# a count of something before a registry name (出生人数 常住人口: a table's row of births under a column of the
# population): the subject counts that, not what the name does (a share before it, 比重 60岁及以上人口, is the share of
# it, which the unit then tells)
_COUNT_BEFORE = re.compile(r"(?:人数|户数|人次|个数|件数|次数)$")
_REGION_WORDS = re.compile(r"^(?:全市|全省|全县|全州|全区|全国|全盟|我市|我省|我县|我州|我区|本市|本省|本县|各地|各级)")
_REGION_ANYWHERE = re.compile(r"全市|全省|全县|全州|全区|我市|我省|我县|我州|我区|本市|本省|本县")
_ADMIN_SUFFIX = re.compile(r"(?:壮族苗族自治州|自治州|自治县|省|市|县|州|区)$")


def region_words(*names):
    """Region names as printed and without their administrative suffix (文山市 -> 文山)."""
    out = set()
    for name in names:
        if name:
            out.add(name)
            short = _ADMIN_SUFFIX.sub("", name)
            if len(short) >= 2:
                out.add(short)
    return tuple(sorted(out, key=len, reverse=True))


def canonical(subject, regions=()):
    """The subject without spaces, unit suffix, region words and a leading 的."""
    name = clean_name(subject)
    changed = True
    while changed and name:
        changed = False
        for word in regions:
            if name.startswith(word) and len(name) > len(word):
                name, changed = name[len(word):], True
        m = _REGION_WORDS.match(name)
        if m and len(name) > m.end():
            name, changed = name[m.end():], True
        if name.startswith("的"):
            name, changed = name[1:], True
    return _REGION_ANYWHERE.sub("", name) or name


@lru_cache(maxsize=1)
def _names():
    """The registry's names and aliases, by clean name and by canonical form, and the suffix
    index: ``{length: {name without 的: name}}`` for names of at least :data:`MIN_SUFFIX`."""
    index = dict(default_index())
    for name, target in list(index.items()):
        index.setdefault(canonical(name), target)
        counted = _COUNT_SUFFIX.sub("", name)  # 福利彩票销售网点数 is printed as 福利彩票销售网点 too
        if len(counted) >= MIN_COUNTED:  # not a bare 社会组织 or 慈善组织: too general to map alone
            index.setdefault(counted, target)
    names = sorted(index, key=len, reverse=True)
    suffixes = {}
    for name in names:
        if len(name) >= MIN_SUFFIX:
            suffixes.setdefault(len(name), {}).setdefault(name, name)
            bare = name.replace("的", "")
            suffixes.setdefault(len(bare), {}).setdefault(bare, name)
    return index, names, sorted(suffixes.items(), reverse=True)


@lru_cache(maxsize=65536)
def map_subject(subject, regions=()):
    """Map a printed subject.

    Parameters
    ----------
    subject : str
        The printed subject (original or normalised text).
    regions : tuple of str
        Region words of the document (:func:`region_words`).

    Returns
    -------
    tuple
        ``(indicator_id, inverse, how, suggestion, score)``: ``how`` is ``exact``, ``normalised``,
        ``suffix`` or ``""`` (unmapped); ``suggestion`` and ``score`` (0-100) name the nearest
        registry indicator when unmapped and close enough, else ``""`` and ``nan``.
    """
    index, names, suffixes = _names()
    exact = clean_name(subject)
    if exact in index:
        return (*index[exact], "exact", "", float("nan"))
    name = canonical(subject, regions)
    if name in index:
        return (*index[name], "normalised", "", float("nan"))
    counted = _COUNT_SUFFIX.sub("", name)  # 养老服务床位总量 for the registry's 养老服务床位总数
    if counted != name and len(counted) >= MIN_COUNTED and counted in index:
        return (*index[counted], "normalised", "", float("nan"))
    bare = name.replace("的", "")
    for length, ends in suffixes:  # the longest registry name that ends the subject
        hit = ends.get(name[-length:]) or ends.get(bare[-length:])
        if hit:
            before = name[:-length] if ends.get(name[-length:]) else bare[:-length]
            if _PER_POPULATION.search(before) or _COUNT_BEFORE.search(before):
                break  # 每千名老年人口…床位数: a rate per population, never the count that ends it; 出生人数 常住人口
            if not _QUALIFIER.search(before):
                return (*index[hit], "suffix", "", float("nan"))
            # 打击非法社会组织, 投入福彩公益金: a qualifier changes the meaning; only a suggestion
            return (UNMAPPED, False, "", index[hit][0], round(float(fuzz.ratio(name, hit)), 1))
    if len(name) >= 2:
        best = process.extractOne(name, names, scorer=fuzz.ratio, score_cutoff=SUGGEST_AT)
        if best:
            return (UNMAPPED, False, "", index[best[0]][0], round(float(best[1]), 1))
    return (UNMAPPED, False, "", "", float("nan"))


@lru_cache(maxsize=256)
def _dimension(unit_std):
    """The dimension of a standard unit (persons, households, count, money, share ...)."""
    if unit_std.startswith("yuan"):
        return "money"
    for std, _, dimension in unit_table().values():
        if std == unit_std:
            return "share" if dimension == "change_pp" else dimension
    return ""


def unit_fits(indicator_id, unit, kind):
    """Whether a figure printed in ``unit`` can be a value of ``indicator_id``.

    Growth rates, ratios and figures without a unit always fit; a change in points fits a share or a
    rate, never a count or an amount; otherwise the printed unit's dimension must be the registry
    unit's (persons with persons, households with households, money with money).
    """
    if indicator_id == UNMAPPED or not unit or kind == "growth_rate":
        return True
    registry = _dimension(info(indicator_id)["unit_std"])
    if kind == "change_pp":
        return registry in ("", "share", "ratio", "multiple")
    printed = unit_info(unit)[2]
    printed = "share" if printed == "change_pp" else printed
    if not registry or not printed or registry == printed or printed == "scale":
        return True
    return {registry, printed} <= {"share", "multiple", "ratio"} or {registry, printed} <= {"count", "scale"}
