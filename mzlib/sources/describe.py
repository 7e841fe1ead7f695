"""What a document says about itself: the one reader of a text's own facts.

:func:`read` returns every manifest field a text gives, each as a :class:`Fact` with its value,
how it was found and where (line and characters of the text, or the file name), or that nothing
was found. ``python -m mzlib add`` and ``manifest`` fill a row from it, and extraction describes a
document outside the manifest from it (:func:`facts`), so both read the same facts the same way.
Normalised text (:func:`mzlib.core.normalize.normalize`) is read, so offsets are the text's own.

- ``issued``: the first line that is only a date (``2021年10月15日``, ``二〇二一年十月十五日``), else a
  web page's publication date near the top (``发布时间：2023-05-06``; the reference year only when
  nothing else gives one, since a page often reports an earlier year),
  as official documents print their signing date; ``issuer_zh``: the line just above it when it
  names an office (``...局``, ``...厅``, ``...委员会``, ``...政府``);
- the title: the first of the first eight lines that reads as one (8 to 60 characters, no sentence
  punctuation, not a numbered heading nor a date) and holds a title word (a cue of
  ``document_types.csv``, 规划, 报告, 公报 ...) or ends cut inside a long cue (an archive's page
  title ``…2007年国民经济和社会发(2)``: the cue's first six or more characters, then a page
  number);
- ``region_zh``: the first place of the gazetteer (:mod:`mzlib.sources.gazetteer`) named by the
  issuer, else the title (a place named right after its parent, ``延安市黄龙县``: the child), else an
  addressee line (``各县（区）人民政府、抚州高新区管委会…：``, a
  province or prefecture by its short name too), else a word of the file name that is a place's
  English name (``hefei2024-...``), a name several places share settled by the other places the
  text names; else the nation when 全国 is the scope the text names most (over 全省, 全市 ...);
  else a place-like word of the issuer or title that the gazetteer does not know (a ``...省`` is
  then a province). ``region_en``, ``admin_level``, ``parent_region_zh`` (a county's prefecture),
  ``province_zh`` and ``province_en`` follow from the gazetteer;
- ``doc_type``: the type whose title cue is the longest found in the title (中期评估 over 评估;
  a 印发/转发 notice takes the type of what it transmits), else the type of the cue a title is cut
  inside (``…国民经济和社会发展统(3)``: a communiqué), else ``policy_notice`` for a text that
  opens with an addressee line;
- ``period_start``/``period_end``: a line that is only a span of years (``（2021年—2025年）``),
  else the Five-Year Plan the title names (十四五 = 2021-2025); for a type whose period is its
  reference year (a communiqué, a notice), that year;
- ``reference_year`` (the year undated current figures refer to): first by the type's rule
  (``before_period``: the year before the plan period, ``issue_year``: the signing date's year,
  ``title_year``: a year the title prints), then a year the title prints, the year before a plan
  period the title names, a year in the file name, the signing date's year, the latest year of a
  table's header of three or more year columns (a statistics export, ``指标 | 2024年 | 2023年 | …``,
  whose notes may name an earlier year more often), the year the text names most often as past
  (not ``2019年以来``, ``到2025年``, ``2025年实现``; the latest on a tie).
"""

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from mzlib.core.normalize import normalize
from mzlib.core.regex import first_test
from mzlib.sources import gazetteer
from mzlib.sources.reference import load_document_types, plan_periods

FIELDS = ("region_zh", "region_en", "admin_level", "parent_region_zh", "province_zh", "province_en",
          "doc_type", "issued", "issuer_zh", "period_start", "period_end", "reference_year")

_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "O": 0, "○": 0}
_CN = "〇零○O一二三四五六七八九十"
_DATE = re.compile(rf"^\s*([0-9]{{4}}|[{_CN}]{{4}})\s*年\s*([0-9]{{1,2}}|[{_CN}]{{1,3}})\s*月\s*"
                   rf"([0-9]{{1,2}}|[{_CN}]{{1,3}})\s*日\s*$")
_OFFICE = re.compile(r"(局|厅|委员会|政府|办公室|部|队)$")
_PUBLISHED = re.compile(r"(?:发布|发表|更新|印发|成文|报送)?(?:时间|日期)\s*[:：]\s*((?:19|20)\d\d)\s*[-年/.]\s*(\d{1,2})\s*[-月/.]"
                        r"\s*(\d{1,2})")
_REGION = re.compile(r"([\u4e00-\u9fff]{1,12}?(?:自治区|省|市|州|县|区))")
_TITLE_WORDS = "规划|评估|报告|公报|总结|方案|措施|意见|通知|办法|年鉴|纲要"
_NOT_TITLE = re.compile(r"[,，。；;:：]|^\s*([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、])")
_SPAN = re.compile(r"^[(（]?\s*(\d{4})\s*年?\s*[-—–－~～至到]+\s*(\d{4})\s*年?\s*[)）]?$")
_ADDRESSEE = re.compile(r"^各.{0,60}(?:政府|局|委|厅|部门|单位|管委会)[^。]{0,40}[:：]$")
_SCOPE = re.compile(r"全(国|省|市|县|州|区)(?!人口普查|人民代表|人大|政协|文明|先进|示范|性|范围|统一)")
_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)\s*年(?:度)?(?!\s*\d{1,2}\s*月)")
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*(?:年)?\s*[-—至到]\s*(?:19|20)\d\d\s*年")
# (with a first test: a pattern that opens with lookbehinds gets no first-character scan from the engine, and
# it is looked for across the whole text)
_TEXT_YEAR = first_test(r"(?<![\d-])(?<!到)(?<![^截]至)((?:19|20)\d\d)\s*年(?!\s*(?:以来|起|前|底前|以前|实现|达到|要))")
_FILE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_HEADER_YEAR = re.compile(r"((?:19|20)\d\d)\s*年?")


@dataclass(frozen=True)
class Fact:
    """One fact a text gives: its manifest value (``""`` when not found), how and where it was found."""

    value: str = ""
    how: str = "not found"
    where: str = ""

    def __bool__(self):
        return self.value != ""


class _Line(NamedTuple):
    """A line of a text: its number, the offset of its first printed character and its text stripped (a
    tuple: a text of 100,000 lines makes them all)."""

    number: int
    start: int
    text: str

    def span(self, start=0, end=None):
        end = len(self.text) if end is None else end
        return f"line {self.number}, characters {self.start + start}-{self.start + end}"


def _number(text):
    """An Arabic or Chinese-numeral number: ``2021``, ``二〇二一``, ``十``, ``二十八``."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)
    return int("".join(str(_DIGITS[c]) for c in text))


def iso_date(line):
    """The ISO date of a line that is only a date, else ``""``."""
    match = _DATE.match(line)
    if not match:
        return ""
    year, month, day = (_number(g) for g in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else ""


def _publication_date(top):
    """``{"issued": Fact}`` from a web page's metadata line near the top (``发布时间：2023-05-06 |
    来源：…``, ``报送日期：2023年10月16日``), or nothing."""
    for line in top:
        match = _PUBLISHED.search(line.text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                return {"issued": Fact(f"{year:04d}-{month:02d}-{day:02d}", "the page's publication date",
                                       line.span())}
    return {}


def _lines(norm):
    lines, start = [], 0
    for number, raw in enumerate(norm.split("\n"), start=1):
        stripped = raw.strip()
        lines.append(_Line(number, start + (len(raw) - len(raw.lstrip())), stripped))
        start += len(raw) + 1
    return lines


@lru_cache(maxsize=1)
def _cues():
    """``(title word, type)`` of every document type, the longest words first (read once)."""
    types = load_document_types()
    return tuple(sorted(((cue, row.doc_type) for row in types.itertuples() for cue in row.title_cues.split("|")
                         if cue), key=lambda pair: -len(pair[0])))


@lru_cache(maxsize=1)
def _title_words():
    return re.compile("|".join([_TITLE_WORDS, *(re.escape(cue) for cue, _ in _cues())]))


@lru_cache(maxsize=1)
def _type_names():
    """``(name, type)``: every type's name and former names (read once)."""
    types = load_document_types()
    return tuple((n, row.doc_type) for row in types.itertuples() for n in [row.doc_type, *row.former_names.split("|")]
                 if n)


@lru_cache(maxsize=1)
def _type_rows():
    """``{type: its row of document_types.csv}`` (read once)."""
    return {row["doc_type"]: row for row in load_document_types().to_dict("records")}


def reports_one_year(doc_type):
    """Whether a document of this type reports on one year (a communiqué, a bulletin, an annual
    report, a yearbook: ``period`` is ``reference_year`` and it is dated by its title's year), so
    that a change it prints without a start (由X提高到Y) starts at the end of the year before."""
    row = _type_rows().get(doc_type)
    return bool(row) and row["period"] == "reference_year" and row["reference_year"] == "title_year"


def opens_a_period(doc_type):
    """Whether a document of this type opens a plan period and is dated the year before it (a plan,
    ``reference_year`` before_period): what it reports done is the period before its own."""
    row = _type_rows().get(doc_type)
    return bool(row) and row["reference_year"] == "before_period"


def prints_targets(doc_type):
    """Whether a document of this type may set goals (``targets`` yes in ``document_types.csv``: a plan,
    a notice, a work report), so that ``年内`` (within the year) in it is a deadline; in a communiqué, a
    bulletin, a yearbook or a news report it is the year reported on. A type not in the table may."""
    row = _type_rows().get(doc_type)
    return not row or row["targets"] == "yes"


def reports_no_actuals(doc_type):
    """Whether a document of this type reports no actual values (``actuals`` no in
    ``document_types.csv``: a notice or measures set standards and targets), so that a figure its
    words do not mark as done or past is a goal."""
    row = _type_rows().get(doc_type)
    return bool(row) and row["actuals"] == "no"


_PAGE_MARK = re.compile(r"\s*[(（]\s*\d{1,2}\s*[)）]$")  # an archive's page of a long text: …统计公(3)
_CUT_MIN = 6  # so many first characters of a cue, at least, name it in a cut title (国民经济和社会发)


def _cut_cue(text):
    """``(cue, type, n)`` where a title ends cut inside a long cue: its first ``n`` characters
    (``_CUT_MIN`` or more, not all), then the page number an archive adds (web archives of
    communiqués cut long page titles: ``锡林郭勒盟西乌珠穆沁旗2007年国民经济和社会发(2)``); else None.
    Without the page number a line so cut is more likely the first line of a title printed on two
    (``某市国民经济和社会发展`` / ``第十四个五年规划…``)."""
    if not _PAGE_MARK.search(text):
        return None
    text = _PAGE_MARK.sub("", text)
    return next(((cue, kind, n) for cue, kind in _cues() for n in range(len(cue) - 1, _CUT_MIN - 1, -1)
                 if text.endswith(cue[:n])), None)


def _title(top):
    words = _title_words()
    return next((line for line in top if 8 <= len(line.text) <= 60
                 and (words.search(line.text) or _cut_cue(line.text))
                 and not _NOT_TITLE.search(line.text) and not iso_date(line.text)), None)


def _file_type(name):
    """A type named in the file name (``...-midterm-review.txt``, a former name too), the longest."""
    stem = "-" + "-".join(re.split(r"[^a-z]+", Path(name).stem.lower())) + "-"
    hits = [(n.replace("_", "-"), kind) for n, kind in _type_names() if f"-{n.replace('_', '-')}-" in stem]
    return max(hits, key=lambda hit: len(hit[0]), default=None)


# a year right before 工作总结 (2024年工作总结及2025年工作安排): one year's work summary, an annual report dated by that
# year, not the review of a term or a plan period (五年工作总结, 2019-2023年工作总结) that the cue 工作总结 alone names,
# nor the news of a meeting (2024年工作总结会议, 工作总结暨表彰大会)
_ONE_YEAR_SUMMARY = re.compile(r"(?<![-—~至到\d])(?:19|20)\d\d\s*年度?工作总结(?!\s*(?:会|大会|暨|座谈|表彰))")


def _doc_type(title, addressee, name):
    if title:
        text = re.sub(r"的?通知$", "", title.text) if re.search("印发|转发", title.text) else title.text
        one_year = _ONE_YEAR_SUMMARY.search(text)
        if one_year:
            return Fact("annual_report", "title words YYYY年工作总结 (one year's work summary)", title.span(*one_year.span()))
        for cue, kind in _cues():
            at = text.find(cue)
            if at >= 0:
                return Fact(kind, f"title word {cue}", title.span(at, at + len(cue)))
        cut = _cut_cue(text)
        if cut:
            cue, kind, n = cut
            at = len(_PAGE_MARK.sub("", text)) - n
            return Fact(kind, f"title cut inside the word {cue}", title.span(at, at + n))
    named = _file_type(name)
    if named:
        return Fact(named[1], f"file name word {named[0]!r}", "file name")
    if addressee:
        return Fact("policy_notice", "addressee line (a notice's 主送机关)", addressee.span())
    return Fact()


def _place_in(line, how, short=False):
    """The first gazetteer place a line names, as ``(place or candidates, how, where)``; a place named
    right after its parent (``锡林郭勒盟西乌珠穆沁旗``, ``延安市黄龙县``) is the one meant, the parent
    only says where it lies."""
    found = gazetteer.mentions(line.text, short=short)
    if not found:
        return None
    first = found[0]
    places = first.places
    for after in found[1:]:
        children = tuple(p for p in after.places if p.parent_code in {q.code for q in places})
        if after.start != first.end or not children:
            break
        first, places = after, children
    return places, how, line.span(first.start, first.end)


def _region(name, norm, lines, issuer, title, addressee):
    """``(place, how, where)`` of the document's region, or ``(None, ...)`` with a place-like word."""
    context = [p for m in gazetteer.mentions(norm) for p in m.places if len(m.places) == 1]
    sources = [(issuer, "issuer", False), (title, "title", True), (addressee, "addressee line", True)]
    ambiguous = None
    for line, how, short in sources:
        hit = line and _place_in(line, how, short)
        if hit:
            place = gazetteer.choose(hit[0], context)
            if place:
                return place, hit[1], hit[2]
            ambiguous = ambiguous or hit
    tokens = [t for t in re.split(r"[^a-z]+", Path(name).stem.lower()) if len(t) >= 4]
    for token in tokens:
        places = gazetteer.by_english(token)
        place = gazetteer.choose(places, context) if places else None
        if place:
            return place, f"file name word {token!r}", "file name"
    scopes = Counter(m.group(1) for m in _SCOPE.finditer(norm))
    if scopes and scopes.most_common(1)[0][0] == "国":
        at = _SCOPE.search(norm).start()
        line = next(line for line in reversed(lines) if line.start <= at)
        return gazetteer.NATION, f"全国 is the scope the text names most ({scopes['国']} times)", \
            line.span(at - line.start, at - line.start + 2)
    if ambiguous:
        names = "/".join(f"{p.name_zh} ({p.province.name_zh if p.province else ''})" for p in ambiguous[0])
        return None, f"{ambiguous[1]}: ambiguous in the gazetteer ({names})", ambiguous[2]
    for line, how in ((issuer, "issuer"), (title, "title")):
        match = line and _REGION.search(re.sub(r"^(关于)?(印发)?《?", "", line.text))
        if match:
            offset = line.text.find(match.group(1))
            return match.group(1), f"{how} (not in the gazetteer)", line.span(offset, offset + len(match.group(1)))
    return None, "not found", ""


def _region_facts(region, how, where):
    source = "gazetteer"
    if isinstance(region, str):
        facts = {"region_zh": Fact(region, how, where)}
        if region.endswith(("省", "自治区")):
            facts["admin_level"] = Fact("province", f"{region} ends in 省 or 自治区", where)
            facts["province_zh"] = Fact(region, f"{region} ends in 省 or 自治区", where)
        return facts
    if region is None:
        return {"region_zh": Fact("", how, where)} if how != "not found" else {}
    facts = {"region_zh": Fact(region.name_zh, how, where),
             "region_en": Fact(region.name_en, f"{source}: {region.name_zh}"),
             "admin_level": Fact(region.level, f"{source}: {region.name_zh} is a {region.level}")}
    parent = region.parent
    if region.level == "county" and parent:
        facts["parent_region_zh"] = Fact(parent.name_zh, f"{source}: {region.name_zh} is in {parent.name_zh}")
    province = region.province
    if province:
        facts["province_zh"] = Fact(province.name_zh, f"{source}: {region.name_zh} is in {province.name_zh}")
        facts["province_en"] = Fact(province.name_en, f"{source}: {province.name_zh}")
    return facts


def _header_years(text):
    """The years of a table's header line whose every cell after the first is a year (``指标 | 2024年 | 2023年 |
    2022年 |``), three or more of them; else none (a plan's ``2020年 | 2025年目标``, a ``单位`` column)."""
    cells = [c.strip() for c in text.strip().strip("|").split("|")]
    years = [_HEADER_YEAR.fullmatch(c) for c in cells[1:]]
    return [m.group(1) for m in years] if len(years) >= 3 and all(years) else []


def _years(name, norm, lines, title, issued, doc_type, period):
    """The reference year: the type's rule first, then the general order (module docstring)."""
    rule = ""
    if doc_type:
        rule = _type_rows().get(doc_type.value, {}).get("reference_year", "")
    title_year = None
    if title:
        found = _TITLE_YEAR.search(_YEAR_RANGE.sub(lambda m: " " * len(m.group()), title.text))
        if found and not _YEAR_RANGE.search(title.text):
            title_year = Fact(found.group(1), "title", title.span(found.start(1), found.end(1)))
    base = (Fact(str(int(period[0].value) - 1), f"the year before the plan period ({period[0].how})", period[0].where)
            if period else None)
    signed = Fact(issued.value[:4], "signing date", issued.where) if issued else None
    by_rule = {"before_period": base, "issue_year": signed, "title_year": title_year}.get(rule)
    if by_rule:
        return Fact(by_rule.value, f"{by_rule.how}, as for a {doc_type.value}", by_rule.where)
    if base and base.how.endswith(f"as for a {doc_type.value})"):
        base = None  # a period read because of the type's rule is no evidence of the base year otherwise
    file_year = _FILE_YEAR.findall(Path(name).stem)
    tail = [line for line in lines if line.text][-3:]
    signature = next((Fact(d[:4], "signature date", line.span()) for line in reversed(tail)
                      for d in [iso_date(line.text)] if d), None)
    published = (Fact(issued.value[:4], issued.how, issued.where)
                 if issued and issued.how == "the page's publication date" else None)
    for fact in (title_year, base, Fact(file_year[0], "file name", "file name") if file_year else None, signature):
        if fact:
            return fact
    columns = [(int(y), line) for line in lines for y in _header_years(line.text)]
    if columns:  # a statistics table of year columns (a spreadsheet export): its latest year, not a note's
        latest, line = max(columns, key=lambda c: c[0])
        return Fact(str(latest), "the latest year of a table's year columns", line.span())
    years = Counter(int(y) for y in _TEXT_YEAR.findall(_YEAR_RANGE.sub("", norm)))
    if years:
        most, count = max(years.items(), key=lambda kv: (kv[1], kv[0]))
        return Fact(str(most), f"the year the text names most often ({count} times)", "whole text")
    return published or Fact()


def _given_region(value, norm):
    """A region a person gave (``--set region_zh=...``), placed by the gazetteer when it knows it.

    A name several places share is settled by the places the text names, or by a unit above it
    given before it (``北京市朝阳区``)."""
    named = gazetteer.mentions(value, short=True)
    context = [p for m in gazetteer.mentions(norm) + named[:-1] for p in m.places if len(m.places) == 1]
    candidates = named[-1].places if named and named[-1].end == len(value) else gazetteer.by_name(value)
    place = gazetteer.choose(candidates, context)
    return (place or value), "given", ""


def read(text, name="", given=None, norm=None):
    """Every manifest field a text gives about itself (see the module docstring).

    Parameters
    ----------
    text : str
        The document's text (the derived text of a web page, PDF or Word file).
    name : str
        The file name, read for a place and a year.
    given : dict, optional
        ``region_zh`` and ``doc_type`` a person has given: the facts that follow from them (the
        region's level, parent and province; the type's period and reference year) are read as
        for these values. They are returned with how ``"given"``.
    norm : str, optional
        ``normalize(text)``, when the caller has it already.

    Returns
    -------
    dict
        ``{field: Fact}`` for every field of :data:`FIELDS`; a fact not found has value ``""``.
    """
    norm = normalize(text) if norm is None else norm
    lines = _lines(norm)
    found, issuer_line = {}, None
    for i, line in enumerate(lines):
        date = line.text.endswith("日") and iso_date(line.text)  # a date's line ends in 日: most lines are tested no further
        if date:
            found["issued"] = Fact(date, "a line that is only a date (the signing date)", line.span())
            above = next((prev for prev in reversed(lines[:i]) if prev.text), None)
            if above and len(above.text) <= 40 and _OFFICE.search(above.text):
                found["issuer_zh"] = Fact(above.text, "the line above the signing date", above.span())
                issuer_line = above
            break
    top = [line for line in lines if line.text][:8]
    if "issued" not in found:
        found.update(_publication_date(top))
    title = _title(top)
    addressee = next((line for line in top[:2] if _ADDRESSEE.match(line.text)), None)
    given = given or {}
    region = (_given_region(given["region_zh"], norm) if given.get("region_zh")
              else _region(name, norm, lines, issuer_line, title, addressee))
    found.update(_region_facts(*region))
    doc_type = Fact(given["doc_type"], "given") if given.get("doc_type") else _doc_type(title, addressee, name)
    if doc_type:
        found["doc_type"] = doc_type
    span_line = next((line for line in top if _SPAN.match(line.text)), None)
    periods = plan_periods()
    # a title that names a plan period as a start (《“十四五”以来…报告》) reviews the years since: no plan period
    named = next((p for p in periods if title and p in title.text
                  and not re.match(r"[”\"’']?\s*以来", title.text[title.text.find(p) + len(p):])), None)
    if span_line:
        match = _SPAN.match(span_line.text)
        found["period_start"] = Fact(match.group(1), "a line that is only a span of years", span_line.span())
        found["period_end"] = Fact(match.group(2), "a line that is only a span of years", span_line.span())
    elif named:
        at = title.text.find(named)
        start, end = periods[named]
        where = title.span(at, at + len(named))
        found["period_start"] = Fact(str(start), f"title names {named}", where)
        found["period_end"] = Fact(str(end), f"title names {named}", where)
    kind = _type_rows().get(doc_type.value, {}).get("period", "")
    opening = next(((line, p) for line in top[:3] for p in periods if p in line.text), None)
    if kind == "plan_period" and "period_start" not in found and opening:
        line, plan = opening
        at = line.text.find(plan)
        start, end = periods[plan]
        how = f"the opening lines name {plan}, as for a {doc_type.value}"
        following = next((p for p, (a, _) in periods.items() if a == end + 1), None)
        if following and _REVIEWED.match(line.text, at + len(plan)):  # “十三五”时期,…全面完成: the period before
            start, end = periods[following]
            how = f"the opening lines review {plan}, the period before the plan's ({following}), as for a {doc_type.value}"
        found["period_start"] = Fact(str(start), how, line.span(at, at + len(plan)))
        found["period_end"] = Fact(str(end), how, line.span(at, at + len(plan)))
    period = (found["period_start"], found["period_end"]) if "period_start" in found else None
    year = _years(name, norm, lines, title, found.get("issued"), doc_type, period)
    if year:
        found["reference_year"] = year
    if year and not period and kind == "reference_year":
        how = f"the reference year, as for a {doc_type.value}"
        found["period_start"] = found["period_end"] = Fact(year.value, how, year.where)
    return {field: found.get(field, Fact()) for field in FIELDS}


# a plan period named in a plan's opening lines as the one its review looks back on (“十三五”时期,…全面完成各项目标)
_REVIEWED = re.compile(r"[”\"’']?\s*(?:时期|期间|以来)(?!是)[^。\n]{0,80}?(?:取得|完成|成效|成就|圆满)")


def guess(text, name=""):
    """The manifest fields a text gives, ``{field: value}``, only those found (see :func:`read`)."""
    return {field: fact.value for field, fact in read(text, name).items() if fact}


def facts(name, text, norm=None):
    """What a text says of itself for extraction: ``{fact: (value, how it was found)}``.

    ``region_zh``, ``reference_year`` (an int), ``doc_type`` and ``period`` (first and last year);
    a fact not found has value None and how ``"not found"``. The same reader as :func:`read`.
    """
    found = read(text, name, norm=norm)

    def pair(fact, value):
        return (value, fact.how) if fact else (None, "not found")

    start, end = found["period_start"], found["period_end"]
    period = (int(start.value), int(end.value)) if start and end and "the reference year" not in start.how else None
    return {"region_zh": pair(found["region_zh"], found["region_zh"].value),
            "reference_year": pair(found["reference_year"], int(found["reference_year"].value or 0)),
            "doc_type": pair(found["doc_type"], found["doc_type"].value),
            "period": (period, start.how) if period else (None, "not found")}
