"""Figures printed in prose, by family, each with the year it refers to and how that year was found.

Families: minimum living (低保), extreme-poverty (特困), orphan and vulnerable-child standards with
their from/to values and growth claims; ecological burial and cremation rates; census age structure;
elder-care beds and institutions; volunteers and social workers; and any registry indicator named
in prose and followed by its value. Matching runs on normalised text (:mod:`mzlib.normalize`), so
every span is also a span of the original text.

Each finder yields plain dicts (``Mention``) that :mod:`mzlib.extract` turns into figure rows:
``indicator_id``, ``indicator_zh`` (span of the printed name, or ``None``), ``kind``, ``year``,
``base_year``, ``year_basis``, ``value_span``, ``unit``, ``comparator``, ``period``,
``period_basis``, ``growth_basis``, ``subregion_zh``, ``note``.
"""

import bisect
import re
from functools import lru_cache

import pandas as pd

from mzlib.sources.reference import census_rounds
from mzlib.sources.registry import clean_name, default_index

NUM = r"\d+(?:\.\d+)?"
_SENTENCE = re.compile(r"[^。!?\n]+[。!?]?")
_CLAUSE = re.compile(r"[^,;]+")


# ---------------------------------------------------------------- segmentation
def sentences(norm, skip=()):
    """``(start, end)`` of every sentence (split at 。!? and line ends), outside ``skip`` spans."""
    out = []
    spans = sorted(skip)
    starts = [a for a, _ in spans]
    for m in _SENTENCE.finditer(norm):
        i = bisect.bisect_right(starts, m.start()) - 1
        if (i < 0 or m.start() >= spans[i][1]) and m.group().strip():
            out.append((m.start(), m.end()))
    return out


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


def candidates(norm, sents):
    """For each finder, the indices of the sentences it can match anything in.

    One regular-expression scan of the whole text per finder replaces a test in every sentence.
    """
    starts = [a for a, _ in sents]

    def hit(pattern):
        return {bisect.bisect_right(starts, m.start()) - 1 for m in pattern.finditer(norm)}

    return {"standards": hit(re.compile("元")), "census": hit(re.compile("岁")),
            "simple": hit(re.compile("|".join(_SIMPLE_KEYWORDS))), "named": hit(_named_pattern())}


# ---------------------------------------------------------------- years
_YEAR = re.compile(r"(\d{4})年")


def _mention(indicator_id, kind, span, **kw):
    base = dict(indicator_id=indicator_id, indicator_zh=None, kind=kind, year=None, base_year=None,
                year_basis="", value_span=span, unit="", comparator="", period="", period_basis="",
                growth_basis="", subregion_zh="", note="", value_type="number")
    base.update(kw)
    return base


def clause_year(norm, clause_start, pos, sent_start, reference_year):
    """The year a single value refers to: printed in its clause, leading its sentence, or the
    document's reference year. Returns ``(year, basis)``."""
    years = [int(y) for y in _YEAR.findall(norm, clause_start, pos)]
    if years:
        return years[-1], "printed"
    lead = re.match(r"\s*(?:截至|截止|到)?(\d{4})年(?!以来|起)", norm[sent_start:pos])
    if lead:
        return int(lead.group(1)), "sentence"
    return reference_year, "document reference year"


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


def _period(per, subject):
    if per:
        return ("monthly" if "月" in per else "annual"), "printed"
    hint = re.search(r"([月年])(?:基本)?(?:生活|保障)?(?:补助)?标准", subject)
    if hint:
        return ("monthly" if hint.group(1) == "月" else "annual"), "named in the subject"
    return "", ""


def standards(norm, sent, reference_year):
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
        years = _standard_years(norm, s0, c0, groups, previous, reference_year)
        period, period_basis = "", ""
        for role in ("from", "to"):
            for i, m in enumerate(groups[role]):
                p, pb = _period(m.group("per"), subject)
                if p:
                    period, period_basis = p, pb
                elif period:
                    period_basis = "carried from the amount before"
                else:
                    period = "unspecified"
                    period_basis = "not printed"
                aligned = len(groups[role]) == len(ids)
                indicator = ids[i] if aligned else "unmapped"
                note = "" if aligned else (f"{len(groups[role])} amounts for {len(ids)} series "
                                           f"in {subject!r}: not aligned")
                year, basis = years[role]
                found.append(_mention(
                    indicator, "standard", (c0 + m.start("num"), c0 + m.end("num")),
                    indicator_zh=_subject_span(clause, c0, subject_end), year=year, year_basis=basis,
                    unit="元" if m.group("yuan") else "", period=period, period_basis=period_basis,
                    comparator=">=" if m.group("above") else "", note=note,
                    role=role))
        previous = {"ids": ids, "years": years, "subject": _subject_span(clause, c0, subject_end)}
    return found


def _standard_years(norm, s0, c0, groups, previous, reference_year):
    years = {}
    before = norm[s0:c0]
    for role in ("from", "to"):
        printed = [m.group("year") for m in groups[role] if m.group("year")]
        if printed:
            years[role] = (int(printed[0]), "printed")
        elif not groups[role]:
            years[role] = (None, "")
        elif previous and previous["years"].get(role, (None,))[0]:
            years[role] = (previous["years"][role][0], "carried from the clause before")
        else:
            years[role] = (None, "")
    rng = re.search(r"(\d{4})年(?:至|到|-)(\d{4})年", norm[s0:c0 + 1] + before)
    lead = re.match(r"\s*(\d{4})年,", before)
    since = re.search(r"(\d{4})年(?:以来|起)", before)
    if groups["to"] and years["to"][0] is None:
        if rng:
            years["to"] = (int(rng.group(2)), "sentence (year range)")
        elif lead:
            years["to"] = (int(lead.group(1)), "sentence (leading year)")
        else:
            years["to"] = (reference_year, "document reference year")
    if groups["from"] and years["from"][0] is None:
        if since:
            years["from"] = (int(since.group(1)), "sentence (since year)")
        elif rng:
            years["from"] = (int(rng.group(1)), "sentence (year range)")
        elif lead:
            years["from"] = (int(lead.group(1)) - 1,
                             f"inferred: in force before the {lead.group(1)} adjustment")
    return years


def _growth_mentions(norm, c0, growth, previous):
    out = []
    nums = list(re.finditer(NUM, growth.group("nums")))
    ids = previous["ids"]
    base = int(growth.group("base")) if growth.group("base") else previous["years"]["from"][0]
    end = previous["years"]["to"][0]
    for i, m in enumerate(nums):
        start = c0 + growth.start("nums") + m.start()
        out.append(_mention(
            ids[i] if len(nums) == len(ids) else "unmapped", "growth_rate", (start, start + len(m.group())),
            indicator_zh=previous["subject"], year=end, base_year=base,
            year_basis="carried from the standard it describes", unit="%",
            comparator=">=" if growth.group("above") else "",
            growth_basis="total" if growth.group("base") else "annual"))
    return out


# ---------------------------------------------------------------- simple patterns
_AGE = r"(?P<age>\d+-\d+|\d+)岁(?P<plus>及以上)?"
_CENSUS_COUNT = re.compile(rf"{_AGE}人口为(?P<count>\d+)人,占总人口的(?P<share>{NUM})%")
_CENSUS_CHANGE = re.compile(
    rf"{_AGE}人口的比重(?P<dir>上升|提高|增加|下降|降低|减少)(?P<num>{NUM})个百分点")


def _age_key(m):
    return m.group("age").replace("-", "_") + ("plus" if m.group("plus") else "")


def census(norm, sent, reference_year):
    """Census counts, shares and percentage-point changes of one sentence."""
    s0, s1 = sent
    if "岁" not in norm[s0:s1]:
        return []
    line_start = norm.rfind("\n", 0, s0) + 1
    rounds = census_rounds()
    context = norm[line_start:s1]
    named = [(context.rfind(r), y) for r, y in rounds.items() if r in context[:s0 - line_start + 40]]
    found = []
    for m in _CENSUS_COUNT.finditer(norm, s0, s1):
        current = [(p, y) for p, y in named if p < m.start() - line_start]
        year = max(current)[1] if current else None
        key = _age_key(m)
        kw = dict(year=year, year_basis="census named in the paragraph" if year else "not printed",
                  indicator_zh=(m.start(), m.end("plus") if m.group("plus") else m.end("age") + 1))
        found.append(_mention(f"pop_count_{key}", "actual", m.span("count"), unit="人", **kw))
        found.append(_mention(f"pop_share_{key}", "actual", m.span("share"), unit="%", **kw))
    for m in _CENSUS_CHANGE.finditer(norm, s0, s1):
        sentence = norm[s0:m.start()]
        base = [y for r, y in rounds.items() if re.search(f"与{r}相比", sentence)]
        current = max(y for _, y in named) if named else None
        sign = -1 if m.group("dir") in ("下降", "降低", "减少") else 1
        found.append(_mention(
            f"pop_share_{_age_key(m)}", "change_pp", m.span("num"), unit="个百分点",
            year=current, base_year=base[0] if base else None, year_basis="census named in the paragraph",
            indicator_zh=(m.start(), m.start("dir")), sign=sign,
            note="sign from the verb" + f" {m.group('dir')}"))
    return found


_RATE = re.compile(
    rf"(?P<name>节地生态安葬率|生态安葬率|火化率)(?:已)?(?:达到|达|为|提高到|提高至)(?P<num>{NUM})%"
    rf"(?:,其中(?P<sub>[^,。;为]{{2,15}})为(?P<num2>{NUM})%)?")
_BEDS = re.compile(rf"(?P<nursing>护理型)?(?:养老机构|养老)?(?:总)?床位(?:数)?(?:达到|达|为)?(?P<num>{NUM})(?P<wan>万)?张"
                   rf"(?:,(?P<sharename>占比)(?:达到|达|为)(?P<share>{NUM})%)?")
_INSTITUTIONS = re.compile(rf"(?P<num>\d+)个养老机构|养老(?:服务)?机构(?:和设施)?(?P<num2>\d+)个")
_RESIDENTS = re.compile(r"集中供养老年人(?P<num>\d+)人")
_VOLUNTEERS = re.compile(
    rf"注册的?志愿者(?:总量)?(?:达到|达|为)?(?P<num>{NUM})(?P<wan>万)?(?P<approx>余)?(?P<unit>人|名)")
_VOLUNTEER_TARGET = re.compile(rf"注册人数(?P<num>{NUM})(?P<wan>万)?人")
_VOLUNTEER_SHARE_TARGET = re.compile(rf"注册人数占我?市?人口(?P<num>{NUM})%")
_VOLUNTEER_PARENT_SHARE = re.compile(rf"占全[州市省]注册志愿者总数的(?P<num>{NUM})%")
_HOURS = re.compile(rf"时长记录(?:记录)?的志愿者达到(?P<num>{NUM})(?P<wan>万)?人,占(?P<share>{NUM})%")
_SOCIAL_WORKERS = re.compile(
    rf"社会工作(?:专业)?人才(?:总量)?(?:达到|达|为)(?P<num>{NUM})(?P<wan>万)?(?:人|名)"
    rf"|共有(?P<num2>{NUM})(?P<wan2>万)?社会工作(?:专业)?人才")
_LICENSED = re.compile(
    rf"(?:通过全国社会工作者)?职业水平考试人数总量(?P<num>\d+)人(?:,比(?P<base>\d{{4}})年增长(?P<g>{NUM})%)?")
_LICENSED_SERIES = re.compile(r"(?P<year>\d{4})年(?:全市)?持证社工达到(?P<num>\d+)人")
_TEKUN_MULTIPLE = re.compile(
    rf"(?P<area>城乡|城市|农村)基本生活标准达到(?:城乡|城市|农村)?低保标准的(?P<a>{NUM})倍(?:、(?P<b>{NUM})倍)?")
_PLAN_GROWTH = re.compile(rf"低保[^。]*?年提高幅度不低于(?P<num>{NUM})%")


_SIMPLE_KEYWORDS = ("率", "床位", "养老", "集中供养", "志愿者", "注册人数", "社会工作", "职业水平考试",
                    "持证社工", "基本生活标准", "低保")


_LEAD = re.compile(r"^(?:\d{4}年|全市|全省|其中|目前|现已有|现有|已有|共有|实名|,|个|所|家|张)+")
_TRAIL = re.compile(r"(?:已|均|总量)?(?:达到|达|为|提高到|提高至|不低于)?$")


def name_span(norm, start, end):
    """The printed name inside ``norm[start:end]``, without leading 全市/其中 and trailing 达到/为."""
    text = norm[start:end]
    lead = _LEAD.match(text)
    s0 = start + (lead.end() if lead else 0)
    s1 = start + _TRAIL.search(text).start()
    return (s0, s1) if s1 > s0 else None


def _count(indicator, m, group, wan_group=None, **kw):
    wan = m.group(wan_group) if wan_group else None
    if "indicator_zh" not in kw:
        before = name_span(m.string, m.start(), m.start(group))
        after = name_span(m.string, m.end(group) + (1 if wan else 0), m.end())
        kw["indicator_zh"] = before or after
    unit = kw.pop("unit", "")
    return _mention(indicator, kw.pop("kind", "actual"), m.span(group),
                    unit=(("万" + unit) if wan else unit), **kw)


def simple(norm, sent, reference_year, period_end=None, period_start=None):
    """Rates, beds, institutions, volunteers and social workers of one sentence."""
    s0, s1 = sent
    sentence = norm[s0:s1]
    found = []
    if not any(k in sentence for k in _SIMPLE_KEYWORDS):
        return found

    def year_of(m):
        c0 = max(norm.rfind(",", s0, m.start()), norm.rfind(";", s0, m.start()), s0 - 1) + 1
        y, basis = clause_year(norm, c0, m.start(), s0, reference_year)
        return dict(year=y, year_basis=basis)

    for m in _RATE.finditer(norm, s0, s1):
        ind = "cremation_rate" if m.group("name") == "火化率" else "eco_burial_rate"
        found.append(_count(ind, m, "num", unit="%", indicator_zh=m.span("name"), **year_of(m)))
        if m.group("num2"):
            found.append(_count(ind, m, "num2", unit="%", indicator_zh=m.span("name"),
                                subregion_zh=m.group("sub"), **year_of(m)))
    for m in _BEDS.finditer(norm, s0, s1):
        if "家庭" in norm[max(s0, m.start() - 4):m.start() + 2]:
            continue
        ind = "nursing_beds" if m.group("nursing") else "elder_care_beds"
        found.append(_count(ind, m, "num", "wan", unit="张", indicator_zh=(m.start(), m.start("num")),
                            **year_of(m)))
        if m.group("share"):
            found.append(_count("nursing_bed_share", m, "share", unit="%", indicator_zh=m.span("sharename"),
                                **year_of(m)))
    for m in _INSTITUTIONS.finditer(norm, s0, s1):
        g = "num" if m.group("num") else "num2"
        found.append(_count("elder_care_institutions", m, g, unit="个", **year_of(m)))
    for m in _RESIDENTS.finditer(norm, s0, s1):
        found.append(_count("elders_in_institutional_care", m, "num", unit="人", **year_of(m)))
    target = bool(re.search(r"力争|目标", norm[s0:s1]))
    for m in _VOLUNTEERS.finditer(norm, s0, s1):
        found.append(_count("registered_volunteers", m, "num", "wan", unit=m.group("unit"),
                            comparator=">" if m.group("approx") else "", **year_of(m),
                            note="printed with 余 (more than)" if m.group("approx") else ""))
    for m in _VOLUNTEER_TARGET.finditer(norm, s0, s1):
        found.append(_count("registered_volunteers", m, "num", "wan", unit="人",
                            kind="target" if target else "actual", **year_of(m)))
    for m in _VOLUNTEER_SHARE_TARGET.finditer(norm, s0, s1):
        found.append(_count("volunteer_share", m, "num", unit="%",
                            kind="target" if target else "actual", **year_of(m)))
    for m in _VOLUNTEER_PARENT_SHARE.finditer(norm, s0, s1):
        found.append(_count("volunteer_share_of_prefecture", m, "num", unit="%", **year_of(m)))
    for m in _HOURS.finditer(norm, s0, s1):
        found.append(_count("volunteers_with_hours", m, "num", "wan", unit="人", **year_of(m)))
        found.append(_count("volunteers_with_hours_share", m, "share", unit="%", indicator_zh=None,
                            **year_of(m)))
    for m in _SOCIAL_WORKERS.finditer(norm, s0, s1):
        g, w = ("num", "wan") if m.group("num") else ("num2", "wan2")
        found.append(_count("social_workers", m, g, w, unit="人", **year_of(m)))
    for m in _LICENSED.finditer(norm, s0, s1):
        y = year_of(m)
        found.append(_count("licensed_social_workers", m, "num", unit="人", **y))
        if m.group("g"):
            found.append(_count("licensed_social_workers", m, "g", unit="%", kind="growth_rate",
                                indicator_zh=(m.start(), m.start("num")),
                                base_year=int(m.group("base")), growth_basis="total", **y))
    for m in _LICENSED_SERIES.finditer(norm, s0, s1):
        name = name_span(norm, m.start(), m.start("num"))
        found.append(_count("licensed_social_workers", m, "num", unit="人", year=int(m.group("year")),
                            year_basis="printed", indicator_zh=name))
        for cont in re.finditer(r",(?P<year>\d{4})年达到(?P<num>\d+)人", norm[m.end():s1]):
            span = (m.end() + cont.start("num"), m.end() + cont.end("num"))
            found.append(_mention("licensed_social_workers", "actual", span, unit="人", indicator_zh=name,
                                  year=int(cont.group("year")), year_basis="printed"))
    for m in _TEKUN_MULTIPLE.finditer(norm, s0, s1):
        ids = (["tekun_dibao_ratio", "tekun_dibao_ratio_rural"] if m.group("area") == "城乡"
               else ["tekun_dibao_ratio_rural" if m.group("area") == "农村" else "tekun_dibao_ratio"])
        for ind, g in zip(ids, ("a", "b")):
            if m.group(g):
                found.append(_count(ind, m, g, unit="倍", indicator_zh=(m.start(), m.start() + len(m.group("area")) + 6),
                                    **year_of(m)))
    for m in _PLAN_GROWTH.finditer(norm, s0, s1):
        found.append(_count("dibao_standard_growth", m, "num", unit="%", kind="target", comparator=">=",
                            year=period_end, base_year=period_start, year_basis="plan period",
                            growth_basis="annual_planned"))
    return found


# ---------------------------------------------------------------- registry names in prose
@lru_cache(maxsize=1)
def _named_pattern():
    names = sorted((n for n in default_index() if len(n) >= 5), key=len, reverse=True)
    alternation = "|".join(map(re.escape, names))
    value = rf"{NUM}(?::{NUM})?"
    return re.compile(
        rf"(?P<name>{alternation})(?:由(?P<y1>\d{{4}})年的?(?P<v1>{value})(?:%)?"
        rf"(?:降低|提高|下降|上升|增加)(?:到|至))?(?:已|一直|均)?(?:达到|达|为|保持在|超过|到|至)?"
        rf"(?P<num>{value})(?![\d.:])(?P<wan>万)?(?P<approx>余)?(?P<unit>%|‰|人|个|名|张|平方米)?(?P<above>以上)?")

_TARGET_WORDS = re.compile(r"力争|到20\d\d年|20\d\d年底前|确保")


def target_or_actual(norm, sent, year, basis, reference_year, period_end, doc_type, above):
    """Decide whether a prose value is a target.

    A value is a target when its printed year lies after the document's reference year, when its
    sentence uses target language (力争, 到2025年, 确保 ...), or, in a plan, when it is stated as a
    floor (以上). Returns ``(kind, year, year_basis)``.
    """
    sentence = norm[sent[0]:sent[1]]
    if basis == "printed" and year and reference_year and year > reference_year:
        return "target", year, basis
    if _TARGET_WORDS.search(sentence) or (doc_type == "plan" and above):
        if period_end and (not year or basis != "printed" or year <= reference_year):
            return "target", period_end, "plan period (target language)"
        return "target", year, basis
    return "actual", year, basis


def named(norm, sent, reference_year, period_end=None, doc_type=""):
    """Any registry indicator named in prose and directly followed by its value."""
    s0, s1 = sent
    index = default_index()
    found = []
    for m in _named_pattern().finditer(norm, s0, s1):
        indicator, _ = index[clean_name(m.group("name"))]
        c0 = max(norm.rfind(",", s0, m.start()), s0 - 1) + 1
        year, basis = clause_year(norm, c0, m.start(), s0, reference_year)
        unit = ("万" if m.group("wan") else "") + (m.group("unit") or "")
        common = dict(indicator_zh=m.span("name"), unit=unit,
                      comparator=">" if m.group("approx") else (">=" if m.group("above") else ""))
        if m.group("v1"):
            found.append(_mention(indicator, "actual", m.span("v1"), year=int(m.group("y1")),
                                  year_basis="printed", **common))
        kind, year, basis = target_or_actual(norm, sent, year, basis, reference_year, period_end,
                                             doc_type, m.group("above"))
        found.append(_mention(indicator, kind, m.span("num"), year=year, year_basis=basis, **common))
    return found
