"""Normalise text for matching while keeping every character offset.

Each character maps to exactly one character, so an offset found in the normalised text is the
same offset in the original, and quotes are always cut from the original.
"""

import bisect
import codecs
import functools
import re

from mzlib.core.regex import first_test

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u301c\uff5e~\ufe58\ufe63\uff0d"
_TABLE = {ord(c): "-" for c in _DASHES}
_TABLE.update({cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F) if chr(cp) not in _DASHES})
_TABLE.update({0x3000: " ", 0x00A0: " ", 0x2009: " ", 0x202F: " ",  # thin spaces between a number's groups
               ord("≧"): "≥", ord("≦"): "≤", ord("｜"): "|", ord("∶"): ":",  # ∶ ratio
               # the asterisk a PDF's text prints as the operator ∗ (U+2217) or the small ﹡: a note's mark (>46.5∗)
               0x2217: "*", 0xFE61: "*"})
_BY_CHAR = {chr(cp): to for cp, to in _TABLE.items()}
_MAPPED = re.compile("[" + re.escape("".join(_BY_CHAR)) + "]")
# a footnote's mark after a value or a label, in normalised text (55*, 60①, 1200※, 35(注2), 床位数②): the
# reference of a note, no part of the value, its unit or the name
FOOTNOTE_MARK = r"[*※△▲\u2460-\u2473]|\(\s*注\s*\d{0,2}\s*\)"
# a year printed in Chinese digits, one character a digit (二〇二三年, 一九九八年: a document's date)
_CN_YEAR = re.compile(r"(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}(?=\s*年)")
_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def normalize(text):
    """Map full-width forms, ideographic spaces and dash variants to ASCII, one char for one.

    Full-width digits and letters, ``％``, ``：``, the ratio sign ``∶``, ``（）`` and ``，`` become ASCII; every dash
    and tilde form used in ranges (``—``, ``–``, ``~``, ``～``, ``〜``) becomes ``-``; a
    traditional character becomes its simplified form (``萬個`` -> ``万个``); a year printed in
    Chinese digits becomes Arabic digits (``二〇二三年`` -> ``2023年``, four characters for four).

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        Same length as ``text``.
    """
    # the same as text.translate(_TABLE), three times faster on Chinese text: only the characters
    # that change are visited
    text = _MAPPED.sub(lambda m: _BY_CHAR[m.group()], text)
    if "年" in text:
        text = _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGITS), text)
    outside = []  # offsets of the characters outside GB2312: none in a simplified text
    _FOUND.append(outside)
    try:
        text.encode("gb2312", errors=_OUTSIDE_GB2312)
    finally:
        _FOUND.pop()
    if not outside:
        return text
    chars = list(text)
    for i in outside:
        chars[i] = _simplified(chars[i])
    return "".join(chars)


# Traditional characters (a page republished in big5: 萬, 個, 點, 張) read as their simplified forms,
# one for one. Only characters outside GB2312, the simplified set, are converted, so that a
# simplified text keeps every character (著 in 显著, 乾 in 乾隆), and only when OpenCC gives one
# character for one.
_FOUND = []


def _collect(error):
    if _FOUND:
        _FOUND[-1].extend(range(error.start, error.end))
    return "?", error.end


_OUTSIDE_GB2312 = "mzplan-outside-gb2312"
codecs.register_error(_OUTSIDE_GB2312, _collect)


@functools.lru_cache(maxsize=None)
def _simplified(char):
    if not ("\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"):
        return char
    from opencc import OpenCC  # imported when a text holds a traditional character

    out = _converter(OpenCC).convert(char)
    return out if len(out) == 1 else char


@functools.lru_cache(maxsize=1)
def _converter(cls):
    return cls("t2s")


def line_number(text, offset):
    """1-based line number of a character offset."""
    return text.count("\n", 0, offset) + 1


class LineIndex:
    """1-based line numbers of many offsets in one text, in O(log n) each."""

    def __init__(self, text):
        self._starts = [m.end() for m in re.finditer("\n", text)]

    def __call__(self, offset):
        return bisect.bisect_right(self._starts, offset) + 1


_NUM = re.compile(r"\d+(?:\.\d+)?")


def numbers(text):
    """The decimal numbers in a text after normalisation, as floats (used by property tests)."""
    return [float(m.group()) for m in _NUM.finditer(normalize(text))]


# ---------------------------------------------------------------- hard-wrapped prose
# A text copied from a PDF, or typed to a fixed width, breaks its paragraphs into lines of one width,
# mid-sentence. Such a line end is no end of a sentence or a line of a table: the rules read it as a
# space. A line was wrapped when the next line's first word would not have fitted on it: the line
# and that word are wider together than the text's width (a Chinese character, or a full-width
# form, takes two columns; a Latin letter, digit or point one; a number or Latin word is never
# broken). The width is the one most lines of prose share; the text is hard-wrapped when at least a
# third of its lines of prose are full and end mid-sentence, as every line but the last of a
# paragraph does (a text of one line a paragraph has no such lines; three headings of one width among
# fifty paragraphs are not a third), and fewer of its lines of prose are wider than the width than
# are full (three headings of one width over paragraphs of one line each are no margin). A paragraph of
# prose pauses (，、。); lines that would join into a paragraph with no pause at all are a table's cells
# printed one a line (``当月低保对象人数(人)`` / ``累计资金支出数(万元)``), of one width too, and stay lines.
_HAN = re.compile(r"[\u4e00-\u9fff]")
# (with a first test: an alternation that opens with a repeat gets no first-character scan from the engine)
_CELL_GAP = first_test(r"\||\t| {2,}|\u3000{2,}(?=\S)")
_FIRST_WORD = re.compile(r"[A-Za-z0-9.,%‰+\-]+|[０-９．，％]+|.", re.S)  # a number (22.57%, １．５７) or one character
_SENTENCE_END = set("。！？!?；;：:")
_PAUSE = re.compile(r"[，。、；：！？,;:!?]")  # the pauses of prose; a table's cells printed one a line have none
_CLOSERS = set("”’」』)）】》\"'")
# a line that starts an item: 一、 (一) 1. 第三条 ① — a new paragraph, wrapped or not
_ITEM_START = re.compile(r"(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)"
                         r"|第[一二三四五六七八九十百\d]+[章节条部分篇]|[①-⑳])")
_NUMBER_CELL = re.compile(r"[\d.,%‰\-]+年?")
_SPACED_YEAR = re.compile(r"(\d)\s+年")


def _cells(line):
    """Whether a line is a row of a table: cells apart by a bar, a tab or a run of spaces, or words
    apart by single spaces of which more than half are numbers (``社区居委会 91893 86087 77431``, ``2001 年
    2002 年``; not ``总人口 31.42 万人，比上年末减少 0.27 万人``, a copy's spaces around numbers)."""
    line = line.strip()
    if _CELL_GAP.search(line):
        return True
    words = (_SPACED_YEAR.sub(r"\1年", line) if "年" in line and _SPACED_YEAR.search(line) else line).split()
    return len(words) >= 3 and 2 * sum(bool(_NUMBER_CELL.fullmatch(w)) for w in words) > len(words)


_MIN_WIDTH = 20  # a line of prose: at least ten Chinese characters wide
_MIN_FULL = 3
_FULL_SHARE = 1 / 3
_HANG = 2  # a closing mark may hang past the width
_SLACK = 4  # a copy's spaces around numbers (27.35 万) shift a line's width by up to two characters


_NARROW = re.compile("[^\u2e80-\U0010ffff]+")  # runs of characters one column wide


def columns(text):
    """Display columns of ``text``: two for a Chinese character or full-width form, one otherwise
    (the wide characters counted as what is left when the runs of narrow ones are taken out)."""
    return len(text) + len(_NARROW.sub("", text))


def soft_breaks(text):
    """Offsets of the line ends of ``text`` that wrap a paragraph of prose (see above); [] when
    the text is not hard-wrapped.

    Parameters
    ----------
    text : str
        A document's text as read (its widths are the printed ones).

    Returns
    -------
    list of int
        Offsets of ``\\n`` characters, in order.
    """
    if text.count("\n") < _MIN_FULL:
        return []
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    # what is asked of a line several times is found once: whether it holds Chinese and whether it
    # is a row of cells (a line is asked that as itself and as the line after another)
    han = [bool(_HAN.search(line)) for _, line in lines]
    cells = [None] * len(lines)

    def is_cells(k):
        if cells[k] is None:
            cells[k] = _cells(lines[k][1])
        return cells[k]

    prose = [k for k in range(len(lines)) if han[k] and not is_cells(k)]
    width_of = {k: columns(lines[k][1].rstrip()) for k in prose}  # the width of each line of prose
    widths = list(width_of.values())
    counts = {}
    for w in widths:
        if w >= _MIN_WIDTH:
            counts[w] = counts.get(w, 0) + 1
    if not counts:
        return []
    width = max(counts, key=lambda w: (counts[w], w))
    if counts[width] < _MIN_FULL:
        return []
    out = []
    for k, (offset, line) in enumerate(lines[:-1]):
        body, nxt = line.rstrip(), lines[k + 1][1]
        if not body or not han[k] or is_cells(k) or not nxt.strip() \
                or nxt[0].isspace() or is_cells(k + 1) or _ITEM_START.match(nxt):
            continue
        last = body.rstrip("".join(_CLOSERS))[-1:] if body[-1] in _CLOSERS else body[-1]
        if last in _SENTENCE_END:
            continue
        w = width_of[k]  # a line of prose: Chinese, no row of cells
        if w > width + _HANG or w + columns(_FIRST_WORD.match(nxt).group()) <= width - _SLACK:
            continue
        out.append(offset + len(line))
    wider = sum(w > width + _HANG for w in widths)  # lines of prose no width held
    if len(out) < _MIN_FULL or len(out) < _FULL_SHARE * len(prose) or wider >= len(out):
        return []
    return _paused(text, out)


def _paused(text, breaks):
    """The ``breaks`` of the paragraphs they join that pause somewhere (，、。): a paragraph joined from
    lines with no pause at all is a table's cells printed one a line, not a sentence."""
    out, run = [], []
    for i in breaks + [None]:
        if run and (i is None or text.rfind("\n", 0, i) != run[-1]):  # the run of joined lines ends
            start = text.rfind("\n", 0, run[0]) + 1
            end = text.find("\n", run[-1] + 1)
            if _PAUSE.search(text, start, len(text) if end < 0 else end):
                out.extend(run)
            run = []
        if i is not None:
            run.append(i)
    return out


# ---------------------------------------------------------------- numbers set apart on their lines
# Some converters take a PDF whose digits are set in a Latin font out with every number on a line of its own,
# mid-sentence (地区生产总值增长 / 8%; / 财政收入增长 / 10%;, 17 / 个贫困村顺利出列). Such a line, a number with its % and a
# pause, between a line of prose that goes on (no end of a sentence, no heading) and a line that goes on with it (its
# unit, the sentence's next words or marks) is part of the sentence: both its line ends are read as spaces. A text shows
# that layout when at least three of its lines are such numbers; lines so joined that pause nowhere (，、。) are a table's
# labels and values printed one a line, and stay lines (:func:`_paused`).
_NUMBER_LINE = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?[%％‰]?[,，;；、。]?")
# what goes on after a number's line: after a number with a pause (8%;) the sentence's next words; after a bare number
# its unit or measure word (个, 人, 万余名, 年的) or a mark (” , 。), not a word that may be a table's next label (a
# table one cell a line: 已完成 / 2 / 养老床位数(张), its row numbers between cells)
_GOES_ON = re.compile(r"[,，;；、。”’)）]")
_GOES_ON_PAUSED = re.compile(r"[\u4e00-\u9fff,，;；、。”’)）]")
_MEASURE = re.compile(r"[个人户万亿千百元年月日岁张床所家名位项次倍条里处座套间辆台件例批天周期类种部支份场届吨亩米]")


def split_numbers(text):
    """Offsets of the line ends around the numbers a conversion set on lines of their own inside a sentence (see
    above); [] when the text has fewer than three between lines that go on."""
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    out, inside = [], 0
    for k in range(len(lines) - 1):
        if not _NUMBER_LINE.fullmatch(lines[k][1].strip()):
            continue
        prev, nxt = (lines[k - 1][1].rstrip() if k else ""), lines[k + 1][1]
        item = _ITEM_START.match(prev.lstrip())
        before = bool(prev) and bool(_HAN.search(prev)) and prev[-1] not in _SENTENCE_END and not _cells(prev) \
            and not (item and not _PAUSE.search(prev.lstrip(), item.end()))  # 一、2019年工作回顾: a heading
        paused = lines[k][1].strip()[-1] in ",，;；、。"
        after = bool((_GOES_ON_PAUSED if paused else _GOES_ON).match(nxt) or not paused and _MEASURE.match(nxt)) \
            and not _cells(nxt)
        inside += before and after
        # a number that opens the next sentence (…兜底。 / 21899 / 户贫困户…) follows the sentence before it on its line,
        # not a line of its own (where it would read as a list's number)
        opens = after and bool(prev) and prev[-1] in "。!?！？;；" and not item
        out += ([lines[k][0] - 1] if before or opens else []) + ([lines[k + 1][0] - 1] if after else [])
    if inside < _MIN_FULL:
        return []
    return _paused(text, sorted(out))


def unwrap(norm, breaks):
    """``norm`` with the line ends at ``breaks`` (:func:`soft_breaks`) read as spaces; same length."""
    if not breaks:
        return norm
    chars = list(norm)
    for i in breaks:
        chars[i] = " "
    return "".join(chars)


def document_norm(text):
    """The one normalisation of a whole document: :func:`normalize`, and a hard-wrapped text's
    wrapped line ends as spaces (:func:`soft_breaks`), as are those around the numbers a conversion set
    on lines of their own (:func:`split_numbers`)."""
    return unwrap(normalize(text), sorted(set(soft_breaks(text)) | set(split_numbers(text))))
