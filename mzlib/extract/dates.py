"""Dates in text: every printed date expression, and the date a figure refers to.

A date expression is a year with optional month, day and qualifier (``截至2023年3月底``,
``2021年末``, ``2022年底前``, ``2019年以来``), a month without a year (``截至4月底``), a relative
year (``上年``, ``去年``) or a plan period (``“十四五”末``, read from ``plan_periods.csv``).
:func:`find_dates` finds them once per document, with their role (a point, a comparison base, a
``以来`` start, a deadline); ``figures._Prose.date_of`` picks the one that governs a figure and
says how (a :class:`DateBasis`): printed in its clause, leading its sentence, leading an earlier
sentence of its paragraph (``截至2021年底，…`` governs what follows), a plan period, the
document's reference period (a census standard time point) or its reference date.

Dates are ISO strings at the precision printed: ``2023-03-31`` (month end for 3月底, and for a
bare month), ``2021-12-31`` for 年底/年末, ``2021`` for a bare year. ``year`` is always an int.
"""

import bisect
import calendar
import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from mzlib.extract.context import PLAN_STATEMENT
from mzlib.sources.reference import census_rounds, plan_periods


_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
             "十一": 11, "十二": 12}
_QUARTER_END = {"一": 3, "1": 3, "二": 6, "2": 6, "三": 9, "3": 9, "四": 12, "4": 12}
_PAST_YEAR = ("过去的一年", "过去一年")  # the year before the report's: 去年 in a report's words
_BASE_CUE = re.compile(r"(?:比|较|与|同|对比|相比|由|从|自|高于|低于)\s*$")
_DATE_PRE = r"截至|截止到|截止|截至到|到|至|于|在|自|从|由|比|较|与"  # the word before a date (截至, 到, 比)
_DATE_YEAR = r"(?:19|20|30)\d\d"
_DATE_REL = r"上年|去年|前年|本年|当年|今年|明年|年底前|年内|过去的一年|过去一年"
_DATE_MONTH = r"1[0-2]|0?[1-9]"
_DATE = re.compile(
    r"(?=[截到至于在自从由比较与上去前本当今明年过\s\d])"  # a cheap first test: most characters start no date
    r"(?!(?<=\s)\s)"  # nor a space after a space: a date after spaces matches from the first of them
    # a second test, which most digits and spaces fail: what a date opens with, the word before it and spaces aside
    rf"(?=(?:{_DATE_PRE})?\s*(?:{_DATE_YEAR}|{_DATE_REL}|本世纪|(?:{_DATE_MONTH})\s*月))"
    rf"(?P<pre>{_DATE_PRE})?\s*"
    rf"(?:(?P<y>{_DATE_YEAR})\s*年\s*(?:度\s*)?"
    r"(?:(?P<q>第?[一二三四1-4])\s*季度(?:末|底)?|(?P<h>上半年|下半年|前三季度)"
    rf"|(?P<m>{_DATE_MONTH})\s*月\s*(?:份)?\s*(?:(?P<d>[1-3]?\d)\s*日)?)?"
    rf"|(?P<rel>{_DATE_REL})"
    r"|(?P<cent>本世纪(?:末|中叶))"
    rf"|(?P<mo>{_DATE_MONTH})\s*月\s*(?:(?P<mod>[1-3]?\d)\s*日)?(?=\s*(?:底|末|以来|前|起|,|止)))"
    r"\s*(?P<post>年底前|底前|年末|年底|底|末|初|以来|起|前(?!\s*[一二三四五六七八九十两\d]{1,2}\s*个?\s*(?:季度|月))"
    r"|以前|之前|期间|止)?")  # 前 before a count of quarters or months (今年前三季度, 前两个月) opens a part of the year
# what may stand before a deadline that leads a sentence: the plan that states it (《规划》提出,) and
# its subject (上海, 全市), then 力争, 确保 ...
_GOAL_LEAD = re.compile(rf"(?:{PLAN_STATEMENT}\s*[,:]?\s*)?"
                        r"[\u4e00-\u9fff]{0,4}?(?:力争|争取|确保|预计|计划)?(?:在)?")
_YEAR_RANGE = re.compile(r"((?:19|20)\d\d)\s*(?:年)?\s*(?:-|至|到|—)\s*((?:19|20)\d\d)\s*年")


# what may stand before a date that leads a sentence: a list number and a heading (一、基本情况。); before one that
# leads its own sentence only, also the place the sentence is about (湖南省2020年, 全市2021年,), a name that ends in
# a level of government
# what may stand before a date that leads its sentence: a list number, a heading, the words that report a speech
# (市长…在大会报告中讲, 据介绍,)
_POINT_LEAD_GAP = re.compile(r"[\s\d.、()一二三四五六七八九十]*(?:[\u4e00-\u9fff]{0,12}[。:]|【[^【】\n]{1,12}】)?"
                             r"(?:[\u4e00-\u9fff“”]{0,30}?(?:讲|说|指出|表示|介绍|透露|强调)\s*[,:])?\s*")
_SPEECH = re.compile(r"(?:讲|说|指出|表示|介绍|透露|强调)\s*[,:]\s*$")
_PLACE_LEAD_GAP = re.compile(_POINT_LEAD_GAP.pattern +
                             r"(?:(?:全|我|本)[省市县区州]|[\u4e00-\u9fff]{1,8}(?:省|市|县|自治区|自治州|州|盟|旗))\s*")


class DateBasis(Enum):
    """How the date of a figure was found; the ``date_basis`` column holds the value.

    The ``year_basis`` column is the display text made from it (:func:`basis_text`).
    """

    PRINTED_IN_CLAUSE = "printed_in_clause"
    PRINTED_IN_SENTENCE = "printed_in_sentence"
    COMPARED_VALUE = "compared_value"  # the date of the value compared with (与2010年的…相比)
    FROM_YEAR = "from_year"  # the from-value of 由X提高到Y, at its own or a 以来/起 year
    SINCE_YEAR = "since_year"  # 2016年以来: the span ends at the document's reference date
    LEADING_SENTENCE = "leading_sentence"
    LEADING_PARAGRAPH = "leading_paragraph"
    REVIEW_HEADING = "review_heading"  # a report's heading of the review of a year past (一、2022年工作回顾)
    CARRIED = "carried"  # from a parallel statement before in the sentence
    PLAN_PERIOD = "plan_period"
    REFERENCE_PERIOD = "reference_period"  # 年末, 全年, 普查标准时点, a census round
    DOCUMENT_REFERENCE = "document_reference"
    UNDATED_TARGET = "undated_target"
    NOT_PRINTED = "not_printed"
    COLUMN_HEADER = "column_header"
    TABLE_TITLE = "table_title"
    DERIVED = "derived"


_BASIS_TEXT = {
    DateBasis.PRINTED_IN_CLAUSE: "printed in the clause",
    DateBasis.PRINTED_IN_SENTENCE: "printed in the sentence",
    DateBasis.COMPARED_VALUE: "printed (the value compared with)",
    DateBasis.FROM_YEAR: "printed (the value changed from)",
    DateBasis.SINCE_YEAR: "since {detail}, to the document reference date",
    DateBasis.LEADING_SENTENCE: "leading the sentence",
    DateBasis.LEADING_PARAGRAPH: "leading the paragraph",
    DateBasis.REVIEW_HEADING: "the heading of the review of a year past",
    DateBasis.CARRIED: "carried from the parallel comparison before",
    DateBasis.PLAN_PERIOD: "plan period",
    DateBasis.REFERENCE_PERIOD: "reference period ({detail})",
    DateBasis.DOCUMENT_REFERENCE: "document reference year",
    DateBasis.UNDATED_TARGET: "document reference year (undated target)",
    DateBasis.NOT_PRINTED: "not printed",
    DateBasis.COLUMN_HEADER: "column header",
    DateBasis.TABLE_TITLE: "table title",
    DateBasis.DERIVED: "derived from the printed change",
}


@lru_cache(maxsize=1024)
def basis_text(basis, detail=""):
    """The ``year_basis`` display text of a :class:`DateBasis` (``detail``: the words printed)."""
    if basis is None:
        return ""
    if basis is DateBasis.PLAN_PERIOD and detail:
        return f"plan period ({detail})"
    if basis is DateBasis.FROM_YEAR and detail:
        return f"from-year ({detail})"
    return _BASIS_TEXT[basis].format(detail=detail)


@dataclass(frozen=True)
class DateExpr:
    """One printed date expression.

    ``role`` is ``point`` (a date a value refers to), ``base`` (a comparison date: 比2020年,
    由2016年的), ``since`` (2019年以来), ``deadline`` (到2025年, 2022年底前) or ``relative_prior``
    (上年). ``year`` may be None for a month printed without its year.
    """

    start: int
    end: int
    year: object
    month: object
    day: object
    role: str
    date: str
    year_end: bool = False
    century: str = ""  # ``end``/``mid`` for 本世纪末/本世纪中叶: its year counts from the document's

    @property
    def precision(self):
        """``day``, ``month``, ``year_end`` (年底, 年末) or ``year``: what the date was printed to."""
        if self.day:
            return "day"
        if self.month:
            return "month"
        return "year_end" if self.year_end else "year"


def _iso(year, month=None, day=None, year_end=False):
    if year is None:
        return ""
    if month is None:
        return f"{year}-12-31" if year_end else f"{year}"
    day = day or calendar.monthrange(year if 1 <= year <= 9999 else 2000, month)[1]
    return f"{year:04d}-{month:02d}-{day:02d}"


_CHANGED = re.compile(r"(?:提高|增加|上升|下降|降低|减少|调整|增长|上调|下调|达|调|升|降|增|减)$")


def _role(pre, post, before):
    if post in ("以来", "起"):
        return "since"
    if pre in ("到", "至") and _CHANGED.search(before):
        return "point"  # 提高到2023年的92%: the date of the value reached, not a deadline
    if post in ("年底前", "底前", "前", "以前", "之前") or pre == "到" and post in ("", "底", "末", "年底", "年末"):
        return "deadline"
    if pre in ("比", "较", "与", "由", "从", "自") or _BASE_CUE.search(before):
        return "base"
    return "point"


# the year of a computation's basis (按2020年不变价格计算, 按照2012年全国有殡仪馆1782家计算)
_COMPUTED_BEFORE = re.compile(r"按(?:照)?\s*$")
_COMPUTED_AFTER = re.compile(r"[^,;。:\n]{0,24}?计算")
_PRICE_BASE = re.compile(r"\s*(?:不变|可比)价")  # 2010年不变价, 2015年可比价: the year of the prices
# the year a multiple is of (是2010年的近3倍, 为2015年的2.5倍, 相当于2010年的两倍): the base of a comparison
_MULTIPLE_OF = re.compile(r"\s*的\s*(?:近|约|将近|接近|超过|逾)?\s*[\d.一二三四五六七八九十两]+\s*倍")
_AS_OF = ("截至", "截止", "截止到", "截至到")  # the words of an as-of date (截至上年底)
_CLAUSE_EDGE = ("", "\n", " ", "\t", "。", ",", ";", ":", "!", "?")  # what stands before a word that opens a clause


def find_dates(norm, goals=True):
    """Every date expression of a normalised text, in order. ``goals``: whether the document may set
    goals (:func:`mzlib.sources.describe.prints_targets`); where it may not, ``年内`` (within the year)
    is the year it reports on, not a deadline.

    Returns
    -------
    list of DateExpr
    """
    found = []
    for m in _DATE.finditer(norm):
        if not (m.group("y") or m.group("rel") or m.group("mo") or m.group("cent")):
            continue
        pre, post = m.group("pre") or "", m.group("post") or ""
        before = norm[max(0, m.start() - 3):m.start()]
        if pre == "比" and before.endswith("占"):
            pre = ""  # 护理型床位占比2022年达到48.2%: the 比 of a share (占比), no comparison
        start = m.start("pre") if pre else next(m.start(g) for g in ("y", "rel", "mo", "cent") if m.group(g))  # not a space before
        if m.group("rel"):
            deadline = m.group("rel") == "年底前" or m.group("rel") == "年内" and goals or _role(pre, post, before) == "deadline"  # 到今年年底
            past = m.group("rel") in _PAST_YEAR  # 过去的一年,全市…: the year a report looks back on, never a base
            edge = norm[start - 1:start] in _CLAUSE_EDGE and not norm.startswith(("同期", "的"), m.end("rel"))
            end_of = post in ("年末", "末", "底", "年底")
            own = (past or m.group("rel") in ("上年", "去年") and (
                not pre and not post and (norm.startswith("度", m.end("rel")) or edge)
                or end_of and (pre in _AS_OF or not pre and edge))) and not _BASE_CUE.search(before)
            if own:  # 上年度最低工资标准为…, 去年,全市…, 截至上年底,…: a figure of the year before, no comparison
                found.append(DateExpr(start, m.end(), None, None, None, "relative_prior_point", "", end_of))
                continue
            role = "relative_prior" if m.group("rel") in ("上年", "去年") else (
                "relative_prior2" if m.group("rel") == "前年" else (
                    "relative_next" if m.group("rel") == "明年" else (
                        "relative_deadline" if deadline else "relative_current")))
            found.append(DateExpr(start, m.end(), None, None, None, role, "", post in ("年末", "末", "底", "年底")))
            continue
        if m.group("cent"):  # 到本世纪末 in a text of 1996: 2000; 到本世纪中叶 in one of 2023: 2050
            role = "relative_deadline" if _role(pre, post, before) == "deadline" else "relative_current"
            found.append(DateExpr(start, m.end(), None, None, None, role, "", True,
                                  "end" if m.group("cent").endswith("末") else "mid"))
            continue
        year = int(m.group("y")) if m.group("y") else None
        month = day = None
        year_end = post in ("年末", "年底", "末", "底", "年底前", "底前") and not m.group("m")
        if m.group("q"):
            month = _QUARTER_END[m.group("q").lstrip("第")]
        elif m.group("h"):
            month = 6 if m.group("h") == "上半年" else (9 if m.group("h") == "前三季度" else 12)
        elif m.group("m") or m.group("mo"):
            month = int(m.group("m") or m.group("mo"))
            day_text = m.group("d") or m.group("mod")
            day = int(day_text) if day_text else None
        if post == "初" and month is None and year:
            month, day = 1, 1
        role = _role(pre, post, before)
        if role == "deadline" and pre == "到" and found and found[-1].year and not norm[found[-1].end:m.start()].strip():
            role = "point"  # (从)2018年年末到2019年年末, 2016年到2017年: the end of a span that opens with the date right
            # before it, the point reported (as with 至), not a deadline
        if role == "point" and (_COMPUTED_BEFORE.search(norm, max(0, start - 3), start)
                                and _COMPUTED_AFTER.match(norm, m.end()) or _PRICE_BASE.match(norm, m.end())):
            role = "computation_basis"  # 按2020年不变价格计算: the basis of a computation dates only its own clause;
            # so does a price base wherever it stands (2300元(2010年不变价)): the year of an amount's prices
        if role == "point" and _MULTIPLE_OF.match(norm, m.end()):
            role = "base"  # 是2010年的近3倍: the year of the value the multiple is of, not the year of the multiple
        date = _iso(year, month, day, year_end) if year else (f"--{month:02d}" if month else "")
        found.append(DateExpr(start, m.end(), year, month, day, role, date, year_end))
    return found


@lru_cache(maxsize=1)
def _census_names():
    """``{name: year}`` of the census rounds, by their names in ``census_rounds.csv`` (第七次全国人口普查) and the
    short forms the genre prints them by: without ``全国`` (第七次人口普查) and the round's numeral with 普 (七普)."""
    names = {}
    for name, year in census_rounds().items():
        names[name] = names[name.replace("全国", "")] = year
        m = re.fullmatch(r"第(.{1,2})次全国人口普查", name)
        if m:
            names[m.group(1) + "普"] = year
    return names


@lru_cache(maxsize=1)
def _census_pattern():
    names = "|".join(sorted((re.escape(r) for r in _census_names()), key=len, reverse=True))
    return re.compile(rf"(?P<name>{names})(?P<post>[^,;。\n]{{0,4}}?(?:结果|数据|公报|资料))?")


_CENSUS_SOURCE = re.compile(r"(?:根据|据|依据|按照)[^,;。\n]{0,8}$")
_CENSUS_COMPARED = re.compile(r"(?:与|比|较|同)(?:(?:19|20)\d\d年)?$")


def census_round_dates(norm):
    """A census round named as the source of the figures after it (根据第七次全国人口普查结果, 第七次
    全国人口普查数据显示) is a date of role ``census``; one named as what figures are compared with
    (与第六次全国人口普查相比, 比第六次全国人口普查的3.05人) is a ``base``. A round named for the
    work itself (完成第七次全国人口普查, 普查领导小组) dates nothing."""
    if "普" not in norm:
        return []
    rounds = _census_names()
    found = []
    for m in _census_pattern().finditer(norm):
        year = rounds[m.group("name")]
        before = norm[max(0, m.start() - 12):m.start()]
        if _CENSUS_COMPARED.search(before) or _BASE_CUE.search(before):
            role = "base"
        elif m.group("post") or _CENSUS_SOURCE.search(before):
            role = "census"
        else:
            continue
        found.append(DateExpr(m.start(), m.end("name"), year, None, None, role, str(year)))
    return found


@lru_cache(maxsize=1)
def _plan_pattern():
    periods = plan_periods()
    names = "|".join(sorted((re.escape(p) for p in periods), key=len, reverse=True))
    # a cheap first test: a match opens with a quote or a name's first character (十, 第), few characters do
    firsts = "".join(sorted({p[0] for p in periods} | {"“", '"'}))
    return re.compile(rf"(?=[{re.escape(firsts)}])[“\"]?(?P<name>{names})[”\"]?\s*"
                      rf"(?P<post>末|期末|期间|时期|以来|规划|目标|前[二两三四]年)?")


_FIRST_YEARS = {"二": 2, "两": 2, "三": 3, "四": 4}


def plan_period_mentions(norm):
    """``(start, end, first_year, last_year, post)`` for every named plan period (“十四五”末). The first years of a
    period (“十二五”前两年, a mid-term review's span) end that many years after its start: 2011-2012."""
    periods = plan_periods()
    out = []
    for m in _plan_pattern().finditer(norm):
        first, last = periods[m.group("name")]
        post = m.group("post") or ""
        if post.startswith("前"):
            last = first + _FIRST_YEARS[post[1]] - 1
        out.append((m.start(), m.end(), first, last, post))
    return out


_PUBLISHED = re.compile(r"((?:19|20)\d\d)-[01]\d-[0-3]\d")
_DATELINE = re.compile(r"\s*((?:19|20)\d\d)\s*年\s*(?:1[0-2]|0?[1-9])\s*月\s*(?:[12]\d|3[01]|0?[1-9])\s*日\s*[,，]")


def published_year(norm, edge=300):
    """The year of a publication date printed at the top or bottom of a page (``2023-10-21``), or of the
    full date a news report opens with, its dateline (``2026年1月21日,某县召开…新闻发布会``)."""
    for part in (norm[-edge:], norm[:edge]):
        m = _PUBLISHED.search(part)
        if m:
            return int(m.group(1))
    m = _DATELINE.match(norm)
    return int(m.group(1)) if m else None


_REL_BEFORE = {"明年": 1, "今年": 0, "去年": -1}  # a year relative to the page's date, printed before a month


class DateIndex:
    """The dates of one document and the rules that pick the date of a figure.

    Parameters
    ----------
    norm : str
        Normalised text.
    reference : DateExpr or None
        The document's reference date (what undated "current" figures refer to).
    goals : bool
        Whether the document may set goals (see :func:`find_dates`).
    own_year : bool
        Whether the document is a statistical report of one year (a communiqué, a bulletin, a yearbook): its
        relative dates (今年, 去年) count from its reference year, not from a date its page prints.
    """

    def __init__(self, norm, reference=None, goals=True, own_year=False):
        self.norm = norm
        self.dates = sorted(find_dates(norm, goals) + census_round_dates(norm), key=lambda d: d.start)
        self.starts = [d.start for d in self.dates]
        self.plans = plan_period_mentions(norm)
        self.plan_starts = [p[0] for p in self.plans]
        self.reference = reference
        # a statistical report of one year counts 今年 from that year, whenever its page was put online
        self.published = None if own_year else published_year(norm)
        self._leads = {}  # lead() by (sentence start, sentence end, strict): asked once for every figure of a sentence

    def _resolve(self, d, context_year):
        """Fill the year of a relative date or a month printed without a year. ``今年``/``去年``
        count from the publication date a page prints (``2023-10-21``), else from ``context_year``."""
        if d.role.startswith("relative") and self.published and self.norm.startswith(("今年", "去年", "明年", *_PAST_YEAR),
                                                                                       d.start):
            context_year = self.published
        if d.role.startswith("relative"):
            if context_year is None:
                return None
            shift = {"relative_prior": 1, "relative_prior2": 2, "relative_prior_point": 1, "relative_next": -1}.get(d.role, 0)
            y = context_year - shift
            if d.century:
                y = (context_year // 100 + 1) * 100 if d.century == "end" else context_year // 100 * 100 + 50
            role = "base" if d.role in ("relative_prior", "relative_prior2") else (
                "deadline" if d.role == "relative_deadline" else "point")
            year_end = d.year_end or role == "deadline"
            return DateExpr(d.start, d.end, y, None, None, role, _iso(y, year_end=year_end), year_end)
        if d.year is None and d.month:
            rel = _REL_BEFORE.get(self.norm[max(0, d.start - 2):d.start])  # 明年1月1日起: a month of next year
            if rel is not None:
                context_year = (self.published or context_year)
                context_year = context_year + rel if context_year is not None else None
            if context_year is None:
                return None
            return DateExpr(d.start, d.end, context_year, d.month, d.day, d.role,
                            _iso(context_year, d.month, d.day), False)
        return d

    def between(self, start, end):
        """Date expressions starting in ``[start, end)``."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return self.dates[i:j]

    def plan_between(self, start, end):
        """Plan-period mentions starting in ``[start, end)``."""
        i = bisect.bisect_left(self.plan_starts, start)
        j = bisect.bisect_left(self.plan_starts, end)
        return self.plans[i:j]

    def lead(self, sent_start, sent_end, strict=False):
        """The date leading a sentence (``截至2021年底，``, ``2021年，``, ``到2025年，``), if any.

        ``strict`` asks for a date that governs what follows it in the paragraph: one set off by a
        comma, or an "as of" date (``截至``); ``2021年全市…`` dates only its own sentence, and so does a date
        after the place the sentence is about (``湖南省2020年,``).

        The answer depends on the sentence alone, and is kept: every figure of a sentence, and the
        sentences after it in its paragraph, ask it again.
        """
        key = (sent_start, sent_end, strict)
        if key not in self._leads:
            self._leads[key] = self._lead(sent_start, sent_end, strict)
        return self._leads[key]

    def _lead(self, sent_start, sent_end, strict):
        for d in self.between(sent_start, min(sent_end, sent_start + 48)):
            if d.role == "deadline" and _GOAL_LEAD.fullmatch(self.norm[sent_start:d.start].strip(" \t“”\"()")):
                return d
            gap = self.norm[sent_start:d.start]
            speech = _SPEECH.search(gap)  # 市长…在报告中讲,2011年汉中…: the speaker's first words are the year's
            if (_POINT_LEAD_GAP.fullmatch(gap) or not strict and _PLACE_LEAD_GAP.fullmatch(gap)) \
                    and (speech or re.match(r"\s*(?:,|以来|,?全|[\u4e00-\u9fff]{0,3},)", self.norm[d.end:d.end + 4])) \
                    and d.role in ("point", "since", "relative_prior_point") \
                    and not (d.day and not self.norm[d.start:d.start + 2] in ("截至", "截止")):
                if strict and not (re.match(r"\s*,", self.norm[d.end:d.end + 2]) or speech
                                   or self.norm[d.start:d.start + 2] in ("截至", "截止")):
                    return None
                return d  # a day-precise date without 截至 is an event (条例颁布), not a data lead
        return None

    def reference_year(self):
        return self.reference.year if self.reference else None
