"""Quantity mentions: every printed number, with its unit, comparator and range, or the reason it
is not a figure.

This is the bottom layer of extraction and knows nothing of indicators. It scans normalised text
(:func:`mzlib.core.normalize.normalize`, one character for one, so every span is also a span of
the original) and yields one :class:`Mention` per number:

- a **quantity** when the number carries a unit or measure word from ``data/reference/units.csv``
  (with 万/亿 scaling, ``元/人·月`` per-period money, ``个百分点``), or is a ratio (``1.27:1``), or
  a bare number after a value cue (``比值为1.88``, ``缩小0.03``);
- an **exclusion** with a reason code (:data:`REASONS`) when it is a date, a year, list or section
  numbering, a figure or table number, a footnote marker, a document number, a standard code, an
  age bound that defines a group, a normaliser (``每10万人``), a duration, a phone number, an
  ordinal, a time of day or an identifier;
- **uncaptured** when it is followed by a word that may be a unit but is in no table, so that a
  reader sees what the extractor did not take;
- **bare** otherwise (a number with no unit and no cue; not reported).

Chinese numerals count where they are quantities (``两亿人``, ``三成``) and are read with cn2an;
a lone ``一`` (an article as often as a number) and plan names (``十四五``) are not quantities.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from mzlib.core.regex import first_test
from mzlib.extract.units import SCALES
from mzlib.sources.reference import unit_table

REASONS = {
    "date": "a date or part of one (年/月/日)",
    "year": "a calendar year",
    "list_number": "list or section numbering",
    "figure_number": "figure, table or box number",
    "footnote": "footnote marker",
    "document_number": "document number (〔2021〕16号)",
    "standard_code": "standard or specification code",
    "age_bound": "an age that defines a group (60岁及以上)",
    "group_bound": "a size that defines a group of places (人口50万以上的县)",
    "normaliser": "a normaliser (每10万人, 每千名)",
    "duration": "a duration (三年行动, 5年内)",
    "phone": "a telephone or hotline number",
    "ordinal": "an ordinal (第3批)",
    "time_of_day": "a time of day",
    "identifier": "part of a name or code (5G, G20)",
    "plan_name": "the name of a plan period (十四五)",
    "table_structure": "a table's header (a year column) or a row number",
    "unit_scale": "the scale of a unit printed in English (10000 yuan)",
    "page_number": "a page number between dashes (- 5 -)",
}

_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
_LONE = {"百": 100.0, "千": 1000.0, "万": 10000.0}
_CN_NUM = rf"[{_CN_DIGITS}]+(?:点[{_CN_DIGITS}]+)?"
_AR_NUM = r"\d+(?:\.\d+)?"
# A number: Arabic (optionally with ASCII thousands separators) or Chinese; not after a digit or a
# point (the lookbehind follows the first digit and the lookahead leads, so that the scan skips
# every other character at C speed).
# A number printed with spaces between groups of three digits, as the national rule for numbers in print allows
# (GB/T 15835: 224 443人, 942 118 人): one number where it follows a word and is followed by its unit or the line's
# end, never after a space (a single-spaced table row: 城市 120 340 560 is three cells).
_SPACED = r"\d(?<![\d.\s]\d)\d{0,2}(?: \d{3})+(?:\.\d+)?(?=[\u4e00-\u9fff%‰]|[ \t]*\n)"
# A decimal a PDF conversion broke at a line end, the point ending one line or opening the next (城镇人口38 / .60万人,
# 男性61. / 19万人): one number; not a list's number before a year or an item (1. / 2020年, 1. / 2、).
_BROKEN_DECIMAL = r"(?:\n[ \t]*\.\d+|\.\n[ \t]*\d+(?![\d.]|\s*[年、.)]))"
_NUMBER = re.compile(rf"(?=[\d{_CN_DIGITS}])(?:(?P<ar>\d(?<![\d.]\d)\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,])"
                     rf"|{_SPACED}|\d(?<![\d.]\d)\d*(?:\.\d+|{_BROKEN_DECIMAL})?)|(?P<cn>{_CN_NUM}))")


def digits(text):
    """The digits of a number as printed, less the separators of its groups of three (``1,234``, ``224 443``) and a
    line break a conversion left inside it (``38`` / ``.60``)."""
    if "\n" in text:  # (a number with no break in it, nearly all: no pattern to run)
        text = _BREAK_IN_NUMBER.sub("", text)
    return text.replace(",", "").replace(" ", "")


_BREAK_IN_NUMBER = re.compile(r"[ \t]*\n[ \t]*")
_SPACE = r"(?:[ \t]{0,2}|[ \t]*\n[ \t]*(?=[^\n]))"
from mzlib.extract.units import PERIOD_SUFFIX as _PERIOD_SUFFIX  # noqa: E402

_PREFIX_CMP = [
    ("不低于", ">="), ("不少于", ">="), ("不小于", ">="), ("不超过", "<="), ("不高于", "<="), ("不大于", "<="),
    ("不足", "<"), ("少于或等于", "<="), ("小于或等于", "<="), ("大于或等于", ">="), ("少于", "<"),
    ("低于", "<"), ("小于", "<"), ("高于", ">"), ("大于", ">"), ("多于", ">"), ("超过", ">"), ("逾", ">"), ("≥", ">="),
    ("至少", ">="), ("最少", ">="), ("最多", "<="), ("最高", "<="), ("超", ">"),
    (">=", ">="), ("≤", "<="), ("<=", "<="), (">", ">"), ("<", "<"), ("控制在", "<="),
]
_PREFIX_APPROX = ("约", "近", "大约", "将近", "接近", "约为")
_SUFFIX_CMP = [("及以上", ">="), ("以上", ">="), ("及以下", "<="), ("以下", "<="), ("以内", "<="),
               ("左右", "~")]
_CUE = re.compile(r"(?:为|是|达|达到|到|至|缩小|扩大|增加|减少|下降|提高|上升|降低|降至|增至|保持在|"
                  r"比值|比|指数|系数)\s*$")
_MAYBE_UNIT = re.compile(r"[\u4e00-\u9fff]")
_COMPARED_BARE = re.compile(r"(?:与|同)[^,;。]{0,24}?的\s*$")  # 与2010年第六次全国人口普查的115.03相比
_THEN_COMPARED = re.compile(r"\s*相比")
_BOUND_AFTER = re.compile(r"[ \t]*(?:及)?(?:以上|以下|以内|左右)")  # a bound or an approximation after a bare number


@dataclass(slots=True)
class Mention:
    """One printed number.

    Offsets are into the document text. ``status`` is ``quantity``, ``excluded``, ``uncaptured``
    or ``bare``; ``reason`` holds an exclusion code (:data:`REASONS`) or, for uncaptured numbers,
    what followed them. ``number`` is the value as printed (without scale), ``scale`` the factor
    of a printed 万/亿, ``unit`` the unit as printed (``万人``, ``元/人·月``), ``denominator`` the
    second term of a ratio, ``range_role`` ``lower``/``upper`` for the two ends of ``3至6倍``;
    ``unit_line`` the line that declares a unit the number takes without printing it (a form's
    ``金额单位: 万元``; its ``reason`` is then ``unit_declared``), else 0.
    """

    start: int
    end: int
    number: float
    text: str
    status: str = "bare"
    reason: str = ""
    unit: str = ""
    unit_start: int = -1
    unit_end: int = -1
    comparator: str = ""
    approx: str = ""
    denominator: float = float("nan")
    range_role: str = ""
    chinese: bool = False
    unit_line: int = 0

    @property
    def span_end(self):
        """End of the number together with its unit (a property: other modules set ``end`` and ``unit_end``;
        a comparison, not ``max``, which costs a call: it is read several times for every number)."""
        end, unit_end = self.end, self.unit_end
        return unit_end if unit_end > end else end


@lru_cache(maxsize=1)
def _unit_regex():
    base = sorted(unit_table(), key=len, reverse=True)
    scale = "|".join(map(re.escape, sorted(SCALES, key=len, reverse=True)))
    units = "|".join(map(re.escape, base))
    return re.compile(rf"{_SPACE}(?P<approx>余|多)?(?P<scale>{scale})?(?P<approx2>余|多)?(?:[ \t]*\n[ \t]*(?=(?:{units}))|[ \t]+(?=(?:{units})))?"
                      rf"(?P<unit>{units})?")


@lru_cache(maxsize=4096)
def chinese_number(text):
    """The value of a Chinese numeral (``两`` -> 2, ``一百零五`` -> 105), or None if it is not one."""
    if text in _LONE:
        return _LONE[text]
    import cn2an  # imported on first use: most documents print no Chinese numeral quantities

    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


# \Z: the sign right before the number, not before a line break; after a growth word (增长-0.86%) it signs the rate
# after 、 the sign of a list's item (拉动分别为0.15、-5.64、1.34个百分点)
_NEGATIVE = re.compile(r"(?:为|是|达|:|,|、|\(|^|\s|增长|增加|提高|上升|增速|增幅|率)-\Z")  # 年平均增长率-3.35%
_BASE_100 = re.compile(r"以[^,;。]{0,6}为\s*$")
_RISKY_BEFORE = frozenset("第-~至到〕]〔[(【图表栏件标号话线打码真每以") | frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


@lru_cache(maxsize=1)
def _unit_starts():
    """First characters of every unit, except those that also start a date, a duration, an age or a date's
    slash (2022/04/18; /10万 is a unit only where the number is no part of a date)."""
    firsts = {u[0] for u in unit_table()} | {s[0] for s in SCALES}
    return frozenset(firsts - set("年岁周/"))


# The patterns of _excluded, compiled once (most numbers reach several of them).
_FIVE = re.compile(r"[五]")
_LIST_WORD = re.compile(r"[是、]|(?:个)?(?:方面|要|大|届|中全会|类|级|条|化|批|期|点|项原则)")
_LIST_MARK = re.compile(r"[是、]")
_YEAR_AFTER = re.compile(r"\s*年")
_LIST_THEN_YEAR = re.compile(r"\d{1,2}\.(?:19|20)\d\d")  # 1.2025 before 年
_YEAR_WORD = re.compile(r"\s*年(?:均|度)")
_FISCAL_YEAR = re.compile(r"(?:19|20)\d\d\s*年度")  # 2020年度: a year, as 2020年
_YEAR_RANGE_AFTER = re.compile(r"\s*[-~至到]\s*(?:19|20)\d\d")
_YEAR_RANGE_BEFORE = re.compile(r"(?:19|20)\d\d\s*[-~至到]\s*$")
_EDITION = re.compile(r"\s*(?:版|届|\))")
_MONTH_RANGE_START = re.compile(r"\s*[-—–~至到]\s*\d{1,2}\s*月")
_DATE_AFTER = re.compile(r"\s*(?:月|日|号(?!文)|时|点(?!\d)|分(?!钟|别|之|类|层))")
_HAO_AFTER = re.compile(r"\s*号")
_BRACKET_CLOSED = re.compile(r"[〕\]]\s*$")
_TIME_AFTER = re.compile(r"\s*(?:时|点|分)")
_DURATION_AFTER = re.compile(r"\s*个月|\s*周(?!岁)|\s*年(?:内|间)|\s*(?:个)?(?:工作)?[天日](?:内|以内|之内)")
_BRACKET_OPEN = re.compile(r"[〔\[(【]\s*$")
_BRACKET_CLOSE_AFTER = re.compile(r"\s*[〕\]】)]")
_DOC_OPEN = re.compile(r"[〔【]\s*$")
_DOC_NUMBER_AFTER = re.compile(r"\s*\]\s*\d+\s*号|\s*〕")
_NOTE_OPEN = re.compile(r"[\[【]\s*$")
_HAN_OR_DIGIT = re.compile(r"[\u4e00-\u9fff\d]")
_FOOTNOTE_OPEN = re.compile(r"\[\s*$")
_FIGURE_BEFORE = re.compile(r"(?:图|表|附表|专栏|附件|第)\s*$|(?:图|表)\s*\d{1,3}\s*[-—－.]\s*$")  # (表5-1: its part)
_LATIN_BEFORE = re.compile(r"[A-Za-z]\s*/?\s*[A-Za-z]?\s*$")
_STANDARD_BEFORE = re.compile(r"(?:建标|标准号)\s*$")
_KEYED_CODE_BEFORE = re.compile(r"(?:编码|代码|代号|表号|邮编)\s*[:：]\s*$")  # 地区编码：510000000000
_LATIN_AFTER = re.compile(r"[A-Za-z]")
_YEAR_SUFFIX = re.compile(r"-(?:19|20)\d\d")
_CODE_BEFORE = re.compile(r"[A-Z]{1,5}(?:/[A-Z])?\s*$")
_YEAR_SUFFIX_PAREN = re.compile(r"-(?:19|20)\d\d\)?")
_CODE_END = re.compile(r"[A-Z\u4e00-\u9fff]\s*$")
_STANDARD_PREFIX = re.compile(r"(?:标|GB|JGJ|JG|MZ|DB)[A-Z/]*\s*$")
_PHONE_BEFORE = re.compile(r"(?:电话|热线|拨打|号码|专线|传真)[^,。;|]{0,6}$")
_PHONE_NUMBER = re.compile(r"(?:12345|12349|12315|12320|110|119|120|400\d+)")
_SERVICE_LINE = re.compile(r"96\d{3}")  # a local service line (96345), when called one
_SERVICE_AFTER = re.compile(r"\s*[\u4e00-\u9fff]{0,6}(?:热线|专线|服务电话|平台|呼叫)")
_AGE_RANGE_AFTER = re.compile(r"\s*[-—–~～至到]\s*\d+\s*(?:周)?岁")
_PER_BEFORE = re.compile(r"每\s*$|每(?:增加|减少|提高|超过|满)\s*$")
# the words before a number that the most often reached tests of _excluded look for (a figure's or table's number,
# a code, a phone number, a normaliser): one search, with a first test, that most numbers fail, for six
_BEFORE_CUES = first_test("|".join(f"(?:{p.pattern})" for p in (_FIGURE_BEFORE, _KEYED_CODE_BEFORE, _LATIN_BEFORE,
                                                                 _STANDARD_BEFORE, _PHONE_BEFORE, _PER_BEFORE)))
_RANGE_AFTER = re.compile(r"\s*(?:至|到|-)\s*\d")
_AGE_AFTER = re.compile(r"\s*(?:周)?岁")
_AGE_BOUND_AFTER = re.compile(r"\s*(?:周)?岁\s*(?:及\s*以上|以上|及\s*以下|以下|以内|至|到|-|—|~|～|的|人口|老年|老人|高龄|儿童|青少年|妇女|男性|女性|居民|人群|\)|、|和|或|\[|及\s*\d)")  # 65岁及65岁以上; 60岁及 / 以上人口 (a head wrapped at a line end)
_AGE_BOUND_BEFORE = re.compile(r"(?:满|年满|未满|不满|不足|超过|之间|[-—~～至]|(?<![达提增])到)\s*$")  # 60到65岁; not 达到78.5岁
_LIST_AFTER = re.compile(r"\s*(?:[.、．]\s*(?![\d])|\)|\s+[\u4e00-\u9fff])")
# a number alone on its line before a line of words: a list's or row's number only when it is short
# (a cell of a table printed one cell a line is a value: 800 over 预期性)
_LIST_AFTER_LINE = re.compile(r"[ \t]*\n\s*[\u4e00-\u9fff]")
_OPEN_PAREN = re.compile(r"\s*[(（]")
_CLOSE_PAREN = re.compile(r"\s*\)")
_SECTION_AFTER = re.compile(r"\.\d+(?:\.\d+)*\s*[\u4e00-\u9fff]")


_YEARS_OF = re.compile(r"年限[^,;。\d满]{0,5}$")  # what a number of years measures (平均受教育年限提高到11年)
# a population or household size above or below which places form a group (人口50万以上的县, 5000人以下的村);
# not a count of the places themselves (30个以上的社区)
_PLACES = r"(?:县|市|区|乡|镇|街道|社区|村|城市|地区|省份|州|盟|旗)"
_GROUP_BOUND_AFTER = re.compile(rf"\s*(?:万人|万户|千人|万|千|人|户)?\s*(?:及)?以[上下]的\s*{_PLACES}")
# a share above or below which places form a group (比重在60%以上的乡、镇有1个, 超过14%的乡、镇有16个); not a
# share of the places themselves (60%以上的县建成示范, with no word of comparison before it)
_SHARE_BOUND_AFTER = re.compile(rf"\s*[%‰]\s*(?:(?:及)?以[上下])?的\s*{_PLACES}")
_SHARE_BOUND_BEFORE = re.compile(r"(?:在|(?<!不)(?:超过|低于|高于|大于|小于)|不足|不到)\s*$")  # 不低于60%的乡镇: a floor
_PAGE_BEFORE = re.compile(r"(?:^|\s)[-—–][ \t]+$")
_PAGE_AFTER = re.compile(r"[ \t]+[-—–](?:\s|$)")
# what every test of what follows a number (in _excluded, past its first) needs there, after spaces: a Chinese
# character (年, 月, 岁, 至, 号, ...), a Latin letter (5G, 10000 yuan), a dash or tilde (a range, a code's year, a
# page's footer), a point or 、 (a list's number), a closing bracket. A digit, |, % or the end of the line is none.
_AFTER_OPENS = re.compile(r"\s*[\u4e00-\u9fffA-Za-z\-~—–～.、．)〕\]】]")


# a row number of a table run together on a line: a number of one or two digits, a space, then its row's label
_ROW_NUMBER_AFTER = re.compile(r" +[\u4e00-\u9fff]")
_ROW_NUMBER = re.compile(r"(?<![\d.])(\d{1,2}) +(?=[\u4e00-\u9fff])")
_RUN_REACH = 300  # characters searched either side of a number for the row numbers beside it


def _in_numbered_run(norm, s, n):
    """Whether the number ``n`` at ``s``, before a space and a word, is one of a run of row numbers on its line: the
    number before it (or, the first, the one after that) comes before it and the number after it (or, the last, the
    one before that) after it, each also before a space and a word (``…省统计局3 服务业…比重% ≥ 55省农委5 服务贸易``)."""
    start = max(norm.rfind("\n", 0, s) + 1, s - _RUN_REACH)
    end = norm.find("\n", s)
    end = min(len(norm) if end < 0 else end, s + _RUN_REACH)
    seen = [(m.start(), int(m.group(1))) for m in _ROW_NUMBER.finditer(norm, start, end)]
    before = {k for at, k in seen if at < s}
    after = {k for at, k in seen if at > s}
    return (n - 1 in before or n == 1 and 3 in after) and (n + 1 in after or n - 2 in before)


def _excluded(norm, s, e, arabic, number_text, after):
    """The exclusion code of the number ``norm[s:e]`` (Arabic or Chinese) followed by ``after``, or ''.

    Most numbers are followed by a unit and preceded by nothing special: they leave at once. Of the others, a
    number that nothing a rule reads after it follows (a table's cell before the next cell, a ``|`` or the line's
    end: a third of them) skips the tests of what follows and meets only those of what precedes it.
    """
    before = norm[max(0, s - 8):s]
    if "以" in after and _GROUP_BOUND_AFTER.match(after):
        return "group_bound"  # 常住人口50万以上的县: the size that picks the places, not a figure of them
    if "的" in after and _SHARE_BOUND_AFTER.match(after) and _SHARE_BOUND_BEFORE.search(before):
        return "group_bound"  # 比重在60%以上的乡、镇: the share that picks the places
    if arabic and after[:1] == " " and len(number_text) <= 2 and number_text.isdigit() \
            and _ROW_NUMBER_AFTER.match(after) and _in_numbered_run(norm, s, int(number_text)):
        return "list_number"  # 省统计局4 种植业: a row number of a table run together, no value with unit 种
    first = after.lstrip(" \t")[:1]
    if (arabic and first in _unit_starts() and _RISKY_BEFORE.isdisjoint(before)
            and norm[norm.rfind("\n", 0, s) + 1:s].strip()
            and not (len(number_text) == 4 and number_text.isdigit())
            and not (first in "个天日" and _DURATION_AFTER.match(after))):  # 3个月, 15天内, 15个工作日内
        return ""
    follows = _AFTER_OPENS.match(after)  # else every test of `after` below fails: they are skipped
    last = before[-1:] if before else ""
    if arabic and number_text.isdigit() and follows and _PAGE_BEFORE.search(before) and _PAGE_AFTER.match(after):
        return "page_number"  # a page's footer: - 5 -
    if not arabic:
        if number_text in ("十四五", "十三五", "十二五", "十五五", "十一五") or _FIVE.match(after[:1] or " ") \
                and number_text in ("十四", "十三", "十二", "十五", "十一"):
            return "plan_name"
        if follows and _LIST_WORD.match(after) or last == "第":
            return "list_number" if _LIST_MARK.match(after) else ("ordinal" if last == "第" else "identifier")
        if _in_quotes(norm, s):
            return "identifier"
    if last == "第":
        return "ordinal"
    if arabic and (last in _ISO_SEPARATORS or after[:1] in _ISO_SEPARATORS) \
            and any(d.start() <= s < d.end() for d in _ISO_DATE.finditer(norm, max(0, s - 8), e + 8)):
        return "date"  # 发布日期：2022-04-18 (looked for only where a separator touches the number)
    if follows and _YEAR_AFTER.match(after) and (not _YEAR_WORD.match(after) or _FISCAL_YEAR.match(number_text + after)):
        plain = digits(number_text)
        if "." in plain or _YEARS_OF.search(before):
            return ""  # 平均受教育年限9.21年, 受教育年限提高到11年: a quantity of years, not a date or a duration
        if arabic and len(plain) == 4 and plain.isdigit():
            return "year"  # an impossible year (3023年) is still a year: the checks flag it
        return "duration"
    if arabic and len(number_text) == 4 and number_text.isdigit() and 1900 <= int(number_text) <= 2100 \
            and (follows and _YEAR_RANGE_AFTER.match(after) or _YEAR_RANGE_BEFORE.search(before)
                 or follows and _EDITION.match(after)):
        return "year"
    if follows and _MONTH_RANGE_START.match(after) and number_text.isdigit() and 1 <= int(number_text) <= 12:
        return "date"  # the first month of a range (资金支出为1—9月累计数)
    if follows and _DATE_AFTER.match(after):
        if _HAO_AFTER.match(after) and _BRACKET_CLOSED.search(before):
            return "document_number"
        if _TIME_AFTER.match(after):
            return "time_of_day"
        return "date"
    if follows and _DURATION_AFTER.match(after):
        return "duration"
    if follows and _HAO_AFTER.match(after):
        return "document_number"
    if follows and _BRACKET_OPEN.search(before) and _BRACKET_CLOSE_AFTER.match(after) and not _bracketed_cell(norm, s, e):
        tail = after.lstrip()[1:3]
        if _DOC_OPEN.search(before) or _DOC_NUMBER_AFTER.match(after):
            return "document_number"
        if _NOTE_OPEN.search(before) or tail == "" or not _HAN_OR_DIGIT.match(tail):
            return "footnote" if _FOOTNOTE_OPEN.search(before) else "list_number"
        return "list_number"
    if follows and _BRACKET_CLOSED.search(before) and _HAO_AFTER.match(after):
        return "document_number"
    if follows and arabic and _ENGLISH_UNIT_AFTER.match(after) and _POWER_OF_TEN.fullmatch(number_text) and len(number_text) > 1:
        return "unit_scale"  # 城市低保资金(万元) ... (10000 yuan)
    line_start = norm.rfind("\n", 0, s) + 1
    cued = _BEFORE_CUES.search(before)  # else the six tests of the words before the number below fail: skipped
    if cued and _FIGURE_BEFORE.search(before) or (arabic and _TITLE_NUMBER_LEAD.fullmatch(norm, line_start, s)
                                         and _TITLE_NUMBER.match(norm, line_start)):
        return "figure_number"
    if cued and _KEYED_CODE_BEFORE.search(before):
        return "standard_code"
    if cued and (_LATIN_BEFORE.search(before) or _STANDARD_BEFORE.search(before)) \
            or follows and _LATIN_AFTER.match(after):
        if _YEAR_SUFFIX.match(after) or _CODE_BEFORE.search(before):
            return "standard_code"
        return "identifier"
    if follows and _YEAR_SUFFIX_PAREN.match(after) and _CODE_END.search(before) \
            and _STANDARD_PREFIX.search(before):
        return "standard_code"
    if number_text == "100" and _BASE_100.search(before):
        return "normaliser"  # 性别比(以女性为100): the base of an index, not a figure
    if arabic and (cued and _PHONE_BEFORE.search(before)
                   or _PHONE_NUMBER.fullmatch(number_text)
                   or (follows and _SERVICE_LINE.fullmatch(number_text) and _SERVICE_AFTER.match(after))) \
            and not _unit_regex().match(norm, e).group("unit"):  # the units' long pattern last: few numbers get there
        return "phone"
    if follows and _AGE_RANGE_AFTER.match(after):
        return "age_bound"  # the first age of a band (0—5岁)
    if cued and _PER_BEFORE.search(before) and not (follows and _RANGE_AFTER.match(after)) and "." not in number_text:
        return "normaliser"  # 每10万人, 每千名; a decimal after 每 is a measured value (每1.29个劳动力负担1个老人)
    if follows and _AGE_AFTER.match(after):
        bound = _AGE_BOUND_AFTER.match(after)
        if "." not in number_text and (bound or _AGE_BOUND_BEFORE.search(before) or not after.strip()):
            return "age_bound"
        return ""  # an age with decimals (男性81.27岁、女性…: a life expectancy, an average age) bounds no group
    lead = norm[line_start:s]
    if follows and not lead.strip() and _LIST_AFTER.match(after) and (len(number_text) <= 2 or not _LIST_AFTER_LINE.match(after)) \
            and not _value_opening_line(norm, e):
        return "list_number"
    if follows and _OPEN_PAREN.fullmatch(lead) and _CLOSE_PAREN.match(after):
        return "list_number"
    if follows and not lead.strip() and _SECTION_AFTER.match(after) and arabic and "." not in number_text:
        return "list_number"
    return ""


# what ends a value's unit in a sentence: its punctuation (累计结余⏎63639 亿元。, 就业人员⏎74041 万人，其中)
_SENTENCE_GOES_ON = re.compile(r"[ \t]*[，。；、,;：:）)]")


def _value_opening_line(norm, e):
    """Whether the number that opens a line and ends at ``e`` is followed by a space, a unit and a sentence's
    punctuation (``年末…基金累计结余⏎63639 亿元。``): a figure whose sentence a PDF's line break cut before it, not a
    list's or a row's number before its words (``1 种植业``, ``3 万人以上的县``: no punctuation after the unit)."""
    m = _unit_regex().match(norm, e)
    return bool(m.group("unit")) and bool(_SENTENCE_GOES_ON.match(norm, m.end()))


def _in_quotes(norm, pos):
    """Whether ``pos`` lies inside “…” on its line (a slogan or a name: “四个意识”)."""
    line_start = norm.rfind("\n", 0, pos) + 1
    before = norm[line_start:pos]
    return before.count("“") > before.count("”")


# a communiqué's table or chart numbered before its title: "14 2006年人口数及其构成" on a line of its own
_TITLE_NUMBER = re.compile(r"[ \t]*(?:\d{1,3}[ \t]+(?:19|20)\d\d\s*(?:年|[-—～~])|\d{1,2}[-—]\d{1,2}[ \t]+[\u4e00-\u9fff])"
                           r"[^\n。，,；;：:]*$", re.M)  # and a yearbook's "20-2 社会救济情况"
_ENGLISH_UNIT_AFTER = re.compile(r"[ \t]+(?:yuan|persons?|people|households?|beds?|units?|person-times|couples|tons?)\b",
                                 re.I)
_TITLE_NUMBER_LEAD = re.compile(r"\s*(?:\d{1,2}[-—])?")  # what may stand before a title's number on its line
_POWER_OF_TEN = re.compile(r"10*")
# an ISO date's separators: a number that opens a date (its year) has one right after it, the others one right
# before; no date where neither touches the number (a date's numbers are whole runs of digits)
_ISO_SEPARATORS = frozenset("-/")
_ISO_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d([-/])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?!\d)")
_APPROX_BEFORE = re.compile(r"(?:超|近|逾|约|上|(?<![人户次总个张位件对床])数)\s*$")  # 数万人, not 人数万人
_CN_VALUE = re.compile(r"[一二两三四五六七八九十百千]")
_RATIO = re.compile(rf"\s*:\s*(?P<den>{_AR_NUM})(?![\d.:])")
# a fraction of a whole (老年人超1/5, 近1/3的人口, 达到全省总量1/6): a small whole number over a denominator of one digit or
# 10, after a word that reaches or compares with it; read as a ratio, unit blank (a date's 1/5 follows a digit or /)
_FRACTION = re.compile(r"/(?P<den>[2-9]|10)(?![\d./])")
_FRACTION_CUE = re.compile(r"(?:超过?|近|逾|约|达到?|占|总量|的|为|是)\s*$")
# the terms after the first of a ratio of three or more (三次产业结构由上年的17.7:36.6:45.7调整为…): the first term is
# the figure (a reader takes the ratio by it), with or without a cue (为, 是) before it, and the other terms are
# read with it, as a unit's span is (no figure 36.6:45.7 of the second and third)
_RATIO_TERMS = re.compile(rf"(?:\s*[:∶]\s*{_AR_NUM}){{2,}}(?![\d.:∶])")
# a time of day, hours:minutes with or without seconds (16:54, 09:37:00), printed in a notice's header
_CLOCK = re.compile(r"(?:[01]?\d|2[0-4]):[0-5]\d(?::[0-5]\d)?(?![\d.:])")
_NOT_UNIT = re.compile(r"[ \t\n余多]")  # (a unit broken over a line's end: 6万 / 人, one unit 万人)
_RANGE_GAP = re.compile(r"\s*(?:至|到|-|~|—)\s*")


_PER_WORDS = {"百分之": "%", "千分之": "‰"}


_BRACKETED_CELL = re.compile(r"[ \t]*[\[［(（【][ \t]*$")
_BRACKETED_CELL_END = re.compile(r"[ \t]*[\]］)）】][ \t]*(?:\n|$)")


def _bracketed_cell(norm, s, e):
    """A number alone in brackets on its line (a table cell ``[4.5 ]``, ``[1800]``: a total over the
    plan's years, ``注:[ ]内为五年累计数``) is a value, not a footnote marker or list number, which
    stand next to text."""
    line_start = norm.rfind("\n", 0, s) + 1
    return bool(_BRACKETED_CELL.fullmatch(norm, line_start, s)) and bool(_BRACKETED_CELL_END.match(norm, e))


def mentions(norm):
    """Every number of a normalised text as a :class:`Mention`, in order.

    Parameters
    ----------
    norm : str
        Normalised document text.

    Returns
    -------
    list of Mention
    """
    out = []
    unit_re = _unit_regex()
    last_end = -1  # the span_end of out[-1], read at every number
    for m in _NUMBER.finditer(norm):
        s, e = m.span()
        if s < last_end:
            continue  # the second term of a ratio or a unit already read (the 万 of 12万人: half the Chinese numerals)
        text = m.group()
        arabic = m.lastgroup == "ar"
        if not arabic:
            cn = text
            # a trailing scale character belongs to the unit (三千二百万人 -> 3200 万人)
            while len(cn) > 1 and cn[-1] in "万亿" and cn[:-1][-1:] not in "点":
                cn = cn[:-1]
            if cn == "一" or not _CN_VALUE.search(cn):
                if not (cn in ("百", "千", "万") and _APPROX_BEFORE.search(norm, max(0, s - 2), s)):
                    continue
            if len(cn) != len(text):
                e = s + len(cn)
                text = cn
        elif "." in text and _LIST_THEN_YEAR.fullmatch(text) and _YEAR_AFTER.match(norm, e):
            dot = text.index(".")  # 附件:1.2025年民心工程任务指标分解表: a list number, then a year, not 1.2025 years
            for a, b, reason in ((s, s + dot, "list_number"), (s + dot + 1, e, "year")):
                part = Mention(a, b, float(norm[a:b]), norm[a:b])
                part.status, part.reason = "excluded", reason
                out.append(part)
            last_end = e
            continue
        if text in ("百", "千") and norm.startswith("分", e):
            continue  # 百分之九十五: the percent sign printed in words, read with the number after it; 百分比, 百分点: words
        after = norm[e:e + 12]
        mention = Mention(s, e, 0.0, text, chinese=not arabic)
        reason = _excluded(norm, s, e, arabic, text, after)
        if reason:
            value = float(digits(text)) if arabic else (chinese_number(text) or float("nan"))
            mention.number, mention.status, mention.reason = value, "excluded", reason
            out.append(mention)
            last_end = e
            continue
        value = float(digits(text)) if arabic else chinese_number(text)
        if value is None:
            continue
        if arabic and norm[s - 1:s] == "-" and _NEGATIVE.search(norm, max(0, s - 4), s):
            mention.start, mention.text, value = s - 1, "-" + text, -value  # 自然增长率为-1.48‰
        mention.number = value
        per = norm[s - 1:s] == "之" and _PER_WORDS.get(norm[max(0, s - 3):s])
        if per:  # 百分之九十五, 千分之三: the number with its unit printed before it
            mention.start, mention.unit, mention.unit_start, mention.unit_end = s - 3, per, e, e
            mention.status = "quantity"
            out.append(mention)
            last_end = e
            continue
        _attach_unit(norm, mention, unit_re)
        out.append(mention)
        last_end = mention.span_end
    _ranges_and_ratios(norm, out)
    _comparators(norm, out)
    return out


def _attach_unit(norm, mention, unit_re):
    """Set the unit, scale, approximation and status of a number that is not excluded."""
    e = mention.end
    # a clock's colon follows the number at once (it is a whole run of digits), a ratio's after spaces
    colon = not mention.chinese and norm.find(":", e, e + 12) >= 0
    clock = colon and _CLOCK.match(norm, mention.start)
    if clock:  # 16:54, 09:37:00: the minutes and seconds belong to the time
        mention.end = clock.end()
        mention.text = norm[mention.start:mention.end]
        mention.status, mention.reason = "excluded", "time_of_day"
        return
    ratio = colon and _RATIO.match(norm, e, e + 12)
    if ratio and float(ratio.group("den")) != 0:  # 1:0 divides by nothing: no ratio
        mention.denominator = float(ratio.group("den"))
        mention.end = mention.unit_start = mention.unit_end = ratio.end()
        mention.text = norm[mention.start:mention.end]
        mention.status = "quantity"
        return
    fraction = not mention.chinese and norm.startswith("/", e) and _FRACTION.match(norm, e)
    if fraction and mention.text.isdigit() and 0 < int(mention.text) < int(fraction.group("den")) \
            and norm[mention.start - 1:mention.start] not in ("/", ".") and not norm[mention.start - 1:mention.start].isdigit() \
            and _FRACTION_CUE.search(norm, max(0, mention.start - 4), mention.start):
        mention.denominator = float(fraction.group("den"))  # 超1/5: the fraction, as a ratio 1:5 is read
        mention.end = mention.unit_start = mention.unit_end = fraction.end()
        mention.text = norm[mention.start:mention.end]
        mention.status = "quantity"
        return
    terms = colon and _RATIO_TERMS.match(norm, e)
    if terms:  # 17.7:36.6:45.7: the first term of a ratio of three, unit blank; the other terms read with it
        mention.status = "quantity"
        mention.unit_start, mention.unit_end = e, terms.end()
        return
    u = unit_re.match(norm, e)
    unit, scale, approx, approx2 = u.group("unit", "scale", "approx", "approx2")
    unit, scale, approx = unit or "", scale or "", approx or approx2 or ""
    if mention.chinese and len(mention.text) == 1 and unit not in ("成", "倍") and not scale \
            and mention.text not in ("百", "千", "万"):
        return  # 两个维护, 三项制度: a single Chinese numeral with a measure word is a name
    if unit or scale:
        start = u.start("scale") if scale else u.start("unit")
        end = u.end()
        if unit in ("元", "万元", "亿元", "千元"):
            per = _PERIOD_SUFFIX.match(norm, end)
            end = per.end() if per else end
        mention.unit = _NOT_UNIT.sub("", norm[start:end])
        mention.unit_start, mention.unit_end = start, end
        mention.status = "quantity"
        if approx:
            mention.comparator, mention.approx = ">", approx
        return
    if mention.chinese:
        return
    if _unit_before_comparator(norm, mention, unit_re):
        return
    # (相比 after the number first: one test at one place, where the comparison's opening is looked for across 30)
    if _THEN_COMPARED.match(norm, e) and _COMPARED_BARE.search(norm, max(0, mention.start - 30), mention.start):
        mention.status = "quantity"  # 性别比为112.47,与2010年…普查的115.03相比: an index compared, no unit as the one before
        mention.unit_start = mention.unit_end = e
        return
    nxt = norm[e:e + 3].lstrip(" \t")
    if nxt[:1] and _MAYBE_UNIT.match(nxt[:1]) and nxt[:1] not in "的和与及或、,等在中里内后前共约近为是达比至到占" \
            and not _CHANGE_AHEAD.match(norm, e) and not _BOUND_AFTER.match(norm, e):
        # 由2.36缩小到2.31: a verb of change, no unit (_ranges_and_ratios); 下降至115以下: a bound, no unit
        mention.status, mention.reason = "uncaptured", f"followed by {nxt[:2]!r}, not a unit in units.csv"
        return
    if _CUE.search(norm[max(0, mention.start - 6):mention.start]):
        mention.status = "quantity"
        mention.unit_start = mention.unit_end = e


_COMPARATOR_BEFORE = re.compile(r"(?:^|(?<=[^\d\s]))\s*[≥≤><=]\s*$")  # 比重% ≥ |拥有量件≥ : a comparator after a word
_UNIT_BEFORE_REACH = 2  # the longest unit word read before a comparator (人年, 标台)


def _unit_before_comparator(norm, mention, unit_re):
    """Give a number with no unit after it the unit printed before its comparator, as a flattened indicator row prints
    its unit column before the goal (``比重% ≥ 15``, ``拥有量件≥ 20``, ``床位数张≥ 40``): ``%``/``‰``, or a word of
    units.csv of one or two characters that ends right at the comparator. Whether it did."""
    s = mention.start
    window = norm[max(0, s - 4 - _UNIT_BEFORE_REACH):s]
    m = _COMPARATOR_BEFORE.search(window)
    if not m or not m.group().strip():
        return False
    at = len(window) - len(m.group())  # where the comparator's run starts, in window
    for size in range(_UNIT_BEFORE_REACH, 0, -1):
        word = window[at - size:at] if at >= size else ""
        if not word or (size > 1 and not word.isalpha()):
            continue
        u = unit_re.match(word) if word not in ("%", "‰") else None
        if word in ("%", "‰") or u and u.group("unit") == word and u.end() == len(word) and not u.group("scale"):
            begin = s - len(window) + at - size
            mention.unit, mention.unit_start, mention.unit_end = word, begin, begin + size
            mention.status = "quantity"
            return True
    return False


_LIST_GAP = re.compile(r"\s*(?:和|与|及|、)\s*")
# a name right before its value, at the start of a clause or line (出生495), and the end of a pair (,死亡…)
_PAIR_NAME = re.compile(r"(?:^|[,;:，；：。\n])\s*[\u4e00-\u9fff]{1,8}\s*$")
_PAIR_END = re.compile(r"\s*(?:[,;，；。]|$)")
_PAIRS_MIN = 3  # a list of at least three names and values
_LIST_ITEM = re.compile(r"\s*[,、;]\s*[\u4e00-\u9fff]{1,8}\s*")  # the next item's name: ,安徽
_CHANGE_VERB = r"\s*(?:提高|增加|上升|上调|下降|降低|减少|调整|增长|缩小|扩大)(?:到|至|为)"  # 由X提高到Y
_CHANGE_AHEAD = re.compile(_CHANGE_VERB)
_CHANGE_TO = re.compile(_CHANGE_VERB + r"\s*(?:每人每[月年])?\s*$")


def _ranges_and_ratios(norm, found):
    """Give the first number of ``3至6倍`` / ``2-3个`` the unit of the second, the bare first
    number of ``从1198提高到1322元`` the unit of the value it changes to, and the bare values of a
    ``分别`` list (``分别为1.2、3.4和0.8个百分点``) the unit after its last value (``unit_carried``)."""
    for a, b in zip(found, found[1:]):
        if a.status == "excluded" or b.status != "quantity" or a.unit:
            continue
        if not b.unit:
            if a.status == "bare" and _CHANGE_TO.fullmatch(norm[a.end:b.start]) and not a.chinese:
                a.status, a.unit_start, a.unit_end = "quantity", a.end, a.end
            continue
        between = norm[a.end:b.start]
        if _RANGE_GAP.fullmatch(between) and (a.chinese == b.chinese):
            a.status, a.reason, a.unit = "quantity", "", b.unit
            a.unit_start, a.unit_end = b.unit_start, b.unit_end
            a.range_role, b.range_role = "lower", "upper"
        elif _CHANGE_TO.fullmatch(between) and not a.chinese:
            a.status, a.reason, a.unit = "quantity", "unit_carried", b.unit
            a.unit_start = a.unit_end = a.end
    for a, b in reversed(list(zip(found, found[1:]))):  # from the last, so that a list carries its unit back
        if a.status in ("bare", "quantity") and not a.unit and not a.chinese and b.status == "quantity" and b.unit \
                and _LIST_GAP.fullmatch(norm[a.end:b.start]) and "分别" in norm[max(0, a.start - 16):a.start]:
            # 分别高于全国1.24和0.8个百分点: the values of a 分别 list share the unit printed after the last
            a.status, a.reason, a.unit = "quantity", "unit_carried", b.unit
            a.unit_start = a.unit_end = a.end
    for p, a, b in zip(found, found[1:], found[2:]):
        # 山东59.9万具,安徽25.7,河北21.9万具: a name's bare value in a list of names and values of one unit
        if a.status == "bare" and not a.chinese and p.status == b.status == "quantity" and p.unit and p.unit == b.unit \
                and not p.denominator == p.denominator and _LIST_ITEM.fullmatch(norm, p.span_end, a.start) \
                and _LIST_ITEM.fullmatch(norm, a.end, b.start):
            a.status, a.reason, a.unit = "quantity", "unit_listed", p.unit
            a.unit_start = a.unit_end = a.end
    chain = []  # 出生495,死亡427,出生率6.07,自增率0.83: a list of names and values that prints no units
    for a in found + [None]:
        listed = a is not None and not a.chinese and a.status in ("bare", "quantity")
        if listed and chain and _LIST_ITEM.fullmatch(norm, chain[-1].span_end, a.start) \
                and _PAIR_END.match(norm, a.span_end):
            chain.append(a)  # the next pair of the list
            continue
        # a name right before the value and the pair's end after it: a pair that may open a list (looked for once)
        opens = listed and _PAIR_NAME.search(norm, max(0, a.start - 12), a.start) and _PAIR_END.match(norm, a.span_end)
        if opens and not chain:
            chain.append(a)
            continue
        if len(chain) >= _PAIRS_MIN:
            for c in chain:
                if c.status == "bare":
                    c.status, c.reason = "quantity", "unit_none"
                    c.unit_start = c.unit_end = c.end
        chain = [a] if opens else []


_PREFIX_RE = re.compile("(?:" + "|".join(sorted((re.escape(w) for w, _ in _PREFIX_CMP), key=len, reverse=True))
                        + r")\s*$")
_PREFIX_OPS = dict(_PREFIX_CMP)
_APPROX_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, _PREFIX_APPROX), key=len, reverse=True)) + r")\s*$")
_SUFFIX_RE = re.compile("|".join(sorted((re.escape(w) for w, _ in _SUFFIX_CMP), key=len, reverse=True)))
_SUFFIX_OPS = dict(_SUFFIX_CMP)


def _comparators(norm, found):
    """Comparators printed before (不低于, ≥, 超过) or after (以上, 以下) a quantity, and the
    approximations 约, 近, 左右; the longest printed word wins."""
    for m in found:
        if m.status != "quantity":
            continue
        before = norm[max(0, m.start - 6):m.start]
        hit = _PREFIX_RE.search(before)
        if hit:
            m.comparator = _PREFIX_OPS[hit.group().rstrip()]
        else:
            hit = _APPROX_RE.search(before)
            if hit:
                m.approx = hit.group().rstrip()
        end = m.span_end
        hit = _SUFFIX_RE.match(norm, end)
        if hit:
            op = _SUFFIX_OPS[hit.group()]
            if op == "~":
                m.approx = hit.group()
            elif not m.comparator:
                m.comparator = op
