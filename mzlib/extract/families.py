"""Families of figures that need more than a subject and a cue word, refining the general layers.

- **Living standards** (低保, 特困, 孤儿, 困境儿童): from/to statements with two regions or two
  years in one sentence (``城乡低保标准分别由每人每月500元、300元提高到650元、445元``), the growth
  rates that describe them (``较2015年分别增长38.9%、37.5%``), and which series each amount
  belongs to.
- **Census age structure**: counts, shares and percentage-point changes of age groups.

Matching runs on normalised text (:func:`mzlib.core.normalize.normalize`), so every span is also a
span of the original text. Each finder yields plain dicts that :mod:`mzlib.extract.figures` lays
over the general mentions at the same value span: ``indicator_id``, ``indicator_zh`` (span of the
printed name, or ``None``), ``value_span``, ``unit``, ``subregion_zh``, ``note``. A family says which
series a figure belongs to; its kind and date are decided once, for every figure alike, in
:mod:`mzlib.extract.figures` (``_Prose.decide``), and so is an amount's period (``ctx.money_period``).
"""

import re



NUM = r"\d+(?:\.\d+)?"
_CLAUSE = re.compile(r"[^,;]+")


def clauses(norm, start, end):
    """``(start, end)`` of the comma/semicolon clauses of a sentence.

    A clause that opens with a change verb (``提高到``) belongs to the clause before it, so that
    ``由820元和1300元,提高到1680元和2200元`` stays one from/to statement.
    """
    out = []
    for m in _CLAUSE.finditer(norm, start, end):
        s, e = m.start(), m.end()
        if out and re.match(r"\s*(?:提高|达到|增加|调整|上调)", norm[s:e]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _mention(indicator_id, span, **kw):
    base = dict(indicator_id=indicator_id, indicator_zh=None, value_span=span, unit="", subregion_zh="", note="",
                value_type="number")
    base.update(kw)
    return base


# ---------------------------------------------------------------- living standards
_FAMILIES = [("困境儿童", "vulnerable_child"), ("孤儿", "orphan"), ("特困", "tekun"), ("低保", "dibao")]
_QUALIFIERS = [
    (r"城乡", ("area", ["urban", "rural"])), (r"城市|城镇", ("area", ["urban"])),
    (r"农村", ("area", ["rural"])), (r"集中(?:供养)?|机构(?:养育|供养)?", ("care", ["centralized"])),
    (r"分散(?:供养)?|散居", ("care", ["dispersed"])),
]
_QUALIFIER_RE = re.compile("|".join(f"(?P<q{i}>{p})" for i, (p, _) in enumerate(_QUALIFIERS)))
_STANDARD_IDS = {
    ("dibao", "urban", ""): "dibao_urban_standard", ("dibao", "rural", ""): "dibao_rural_standard",
    ("tekun", "", ""): "tekun_standard", ("tekun", "", "centralized"): "tekun_standard_centralized",
    ("tekun", "", "dispersed"): "tekun_standard_dispersed",
    ("tekun", "urban", "dispersed"): "tekun_standard_dispersed_urban",
    ("tekun", "rural", "dispersed"): "tekun_standard_dispersed_rural",
    ("orphan", "", "centralized"): "orphan_standard_institutional",
    ("orphan", "", "dispersed"): "orphan_standard_dispersed",
    ("vulnerable_child", "", ""): "vulnerable_child_standard",
}
_MONEY = re.compile(
    rf"(?:(?P<year>\d{{4}})年(?:的)?)?(?P<per>每人每月|每人每年|每月|每年|月|年)?(?:的)?"
    rf"(?P<num>{NUM})(?![\d.])(?:(?P<yuan>元)(?P<above>以上)?|(?=提高|增加))")
_VERB = re.compile(r"提高到|提高至|增加到|增加至|调整到|调整为|上调至|达到|提高|达")
_GROWTH = re.compile(
    rf"(?:较(?P<base>\d{{4}})年(?:分别)?(?:增长|提高)|年增幅(?:在)?|年均增长)"
    rf"(?P<nums>{NUM}%(?:[、和]{NUM}%)*)(?P<above>以上)?")
_TRIGGER = re.compile(r"标准|低保金|生活费|供养")


def _series(subject, family):
    area, care = [""], [""]
    for m in _QUALIFIER_RE.finditer(subject):
        dim, values = next(v for i, (_, v) in enumerate(_QUALIFIERS) if m.group(f"q{i}"))
        if dim == "area":
            area = values if area == [""] else area + values
        else:
            care = values if care == [""] else care + values
    if len(area) > 1 and len(care) > 1:
        return []
    combos = [(a, care[0]) for a in area] if len(area) > 1 else [(area[0], c) for c in care]
    return [_STANDARD_IDS.get((family, a, c), "unmapped") for a, c in combos]


def _last_family(text):
    """The family keyword named last in ``text`` (the paragraph before a clause), if any."""
    positions = [(text.rfind(k), f) for k, f in _FAMILIES if k in text]
    return max(positions)[1] if positions else None


def _subject_span(clause, c0, end):
    """Span of the printed subject, without leading 将/全市 and trailing 由/从/分别."""
    text = clause[:end]
    lead = re.match(r"^\s*(?:将|全市|全省)?", text).end()
    trail = re.search(r"(?:也)?(?:分别)?(?:由|从)?\s*$", text).start()
    return (c0 + lead, c0 + max(trail, lead))


def standards(norm, sent):
    """Living-standard mentions of one sentence (see module docstring)."""
    s0, s1 = sent
    if "元" not in norm[s0:s1]:
        return []
    found, previous = [], None
    line_start = norm.rfind("\n", 0, s0) + 1
    for c0, c1 in clauses(norm, s0, s1):
        clause = norm[c0:c1]
        growth = _GROWTH.search(clause)
        if growth and previous:
            found += _growth_mentions(norm, c0, growth, previous)
            continue
        fam_pos = [(clause.find(k), f) for k, f in _FAMILIES if k in clause]
        family = min(fam_pos)[1] if fam_pos else None
        verb = _VERB.search(clause)
        amounts = [m for m in _MONEY.finditer(clause)
                   if not re.match(r"\s*(?:万|亿)", clause[m.end("num"):])]
        if not (verb and amounts and _TRIGGER.search(clause)):
            continue
        subject_end = min(verb.start(), amounts[0].start())
        subject = clause[:subject_end]
        if not family:
            family = _last_family(norm[line_start:c0])
            if not _QUALIFIER_RE.search(subject) or not family:
                continue
        ids = _series(subject, family)
        groups = {"from": [m for m in amounts if m.start() < verb.start()],
                  "to": [m for m in amounts if m.start() >= verb.start()]}
        for role in ("from", "to"):
            for i, m in enumerate(groups[role]):
                aligned = len(groups[role]) == len(ids)
                indicator = ids[i] if aligned else "unmapped"
                note = "" if aligned else (f"{len(groups[role])} amounts for {len(ids)} series "
                                           f"in {subject!r}: not aligned")
                found.append(_mention(
                    indicator, (c0 + m.start("num"), c0 + m.end("num")),
                    indicator_zh=_subject_span(clause, c0, subject_end),
                    unit="元" if m.group("yuan") else "", note=note,
                    role=role))
        previous = {"ids": ids, "subject": _subject_span(clause, c0, subject_end)}
    return found


def _growth_mentions(norm, c0, growth, previous):
    out = []
    nums = list(re.finditer(NUM, growth.group("nums")))
    ids = previous["ids"]
    for i, m in enumerate(nums):
        start = c0 + growth.start("nums") + m.start()
        out.append(_mention(
            ids[i] if len(nums) == len(ids) else "unmapped", (start, start + len(m.group())),
            indicator_zh=previous["subject"], unit="%"))
    return out


# ---------------------------------------------------------------- census
_AGE = r"(?P<age>\d+\s*-\s*\d+|\d+)\s*(?:周)?岁(?P<plus>及以上|以上)?"
_CENSUS_COUNT = re.compile(
    rf"{_AGE}(?:的)?人口(?:为|有|达)?\s*(?P<count>\d+(?:\.\d+)?)\s*(?P<wan>万)?人\s*,\s*占(?:总人口|全部人口|常住人口)?(?:的)?(?:比重)?(?:为)?\s*(?P<share>{NUM})\s*%")
_CENSUS_CHANGE = re.compile(
    rf"{_AGE}人口的比重(?P<dir>上升|提高|增加|下降|降低|减少)(?P<num>{NUM})个百分点")


def _age_key(m):
    return re.sub(r"\s", "", m.group("age")).replace("-", "_") + ("plus" if m.group("plus") else "")


def census(norm, sent):
    """Census counts, shares and percentage-point changes of age groups in one sentence (their
    date is decided with every other figure's, in ``figures._Prose.date_of``)."""
    s0, s1 = sent
    if "岁" not in norm[s0:s1]:
        return []
    found = []
    for m in _CENSUS_COUNT.finditer(norm, s0, s1):
        key = _age_key(m)
        name = (m.start(), m.end("plus") if m.group("plus") else m.end("age") + 1)
        found.append(_mention(f"pop_count_{key}", m.span("count"), unit="万人" if m.group("wan") else "人",
                              indicator_zh=name))
        found.append(_mention(f"pop_share_{key}", m.span("share"), unit="%", indicator_zh=name))
    for m in _CENSUS_CHANGE.finditer(norm, s0, s1):
        found.append(_mention(f"pop_share_{_age_key(m)}", m.span("num"), unit="个百分点",
                              indicator_zh=(m.start(), m.start("dir"))))
    return found


# ---------------------------------------------------------------- multiples and planned growth
_MULTIPLE = re.compile(
    rf"(?P<area>城乡|城市|城镇|农村)?(?:特困人员|特困供养人员)?(?:的)?(?:基本)?生活(?:标准|费)(?:分别)?"
    rf"(?:达到|为|不低于|按)(?:当地)?(?P<base>城乡|城市|城镇|农村)?(?:居民)?(?:最低生活保障|低保)(?:月)?标准的"
    rf"(?P<a>{NUM})倍(?:以上)?(?:[、和](?P<b>{NUM})倍)?")
_PLANNED_GROWTH = re.compile(
    rf"(?P<family>低保|最低生活保障|特困)[^。;]{{0,40}}?(?:年提高幅度|年均增长|年增幅|增长幅度|年均增幅)"
    rf"(?P<cmp>不低于|达到|在|保持在)?(?P<num>{NUM})%(?P<above>以上)?")


def multiples(norm, sent):
    """Living standards printed as a multiple of the dibao standard (特困 ... 低保标准的1.3倍).

    The family is 特困 when the sentence or its paragraph names it last; ``城乡`` with two
    multiples gives the urban then the rural ratio.
    """
    s0, s1 = sent
    found = []
    line_start = norm.rfind("\n", 0, s0) + 1
    for m in _MULTIPLE.finditer(norm, s0, s1):
        if _last_family(norm[line_start:m.start()] + "特困" * ("特困" in m.group())) != "tekun":
            continue
        area = m.group("area") or m.group("base") or "城市"
        ids = (["tekun_dibao_ratio", "tekun_dibao_ratio_rural"] if area == "城乡"
               else ["tekun_dibao_ratio_rural" if area == "农村" else "tekun_dibao_ratio"])
        for indicator, group in zip(ids, ("a", "b")):
            if m.group(group):
                found.append(_mention(indicator, m.span(group), unit="倍",
                                      indicator_zh=(m.start(), m.start("a") - 1)))
    return found


def planned_growth(norm, sent):
    """Planned annual growth of the living standards (年提高幅度不低于5%): a target of the plan."""
    s0, s1 = sent
    found = []
    for m in _PLANNED_GROWTH.finditer(norm, s0, s1):
        if m.group("family") == "特困":
            continue
        prescriptive = m.group("cmp") in ("不低于",) or bool(m.group("above"))
        if not prescriptive:
            continue
        found.append(_mention("dibao_standard_growth", m.span("num"), unit="%",
                              indicator_zh=(m.start(), m.start("num"))))
    return found
