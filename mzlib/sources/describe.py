"""What a document says about itself: issue date, issuer, region, kind and plan period.

Used by ``python -m mzlib manifest FILE`` to pre-fill a new manifest row. These are guesses
from the text, kept simple and always named as guesses for a person to check:

- ``issued``: the first line that is only a date (``2021年10月15日``, ``二〇二一年十月十五日``),
  as official documents print their signing date;
- ``issuer_zh``: the line just above that date when it names an office (``...局``, ``...厅``,
  ``...委员会``, ``...政府``);
- ``region_zh``: the first place name (``...省``, ``...自治区``, ``...市``, ``...州``, ``...县``,
  ``...区``) of the issuer, else of the title: the first of the first lines that names a 规划,
  评估, 报告 ... and is not a sentence (no ``，。；``) nor a numbered heading (``一、``, ``（一）``);
  a ``...省`` or ``...自治区`` also gives ``province_zh`` and ``admin_level`` = province;
- ``doc_type``: ``midterm_review`` for 中期评估, ``plan`` for a 规划 title;
- ``period_start``/``period_end``: a line that is only a span of years (``（2021年—2025年）``),
  else the Five-Year Plan the title names (十四五 = 2021-2025).
"""

import re
from collections import Counter
from pathlib import Path

from mzlib.core.normalize import normalize
from mzlib.sources.reference import plan_periods

_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "O": 0, "○": 0}
_CN = "〇零○O一二三四五六七八九十"
_DATE = re.compile(rf"^\s*([0-9]{{4}}|[{_CN}]{{4}})\s*年\s*([0-9]{{1,2}}|[{_CN}]{{1,3}})\s*月\s*"
                   rf"([0-9]{{1,2}}|[{_CN}]{{1,3}})\s*日\s*$")
_OFFICE = re.compile(r"(局|厅|委员会|政府|办公室|部)$")
_REGION = re.compile(r"([\u4e00-\u9fff]{1,12}?(?:自治区|省|市|州|县|区))")
_TITLE = re.compile(r"规划|评估|报告|公报|总结|方案|措施|意见|通知")
_NOT_TITLE = re.compile(r"[,，。；;:：]|^\s*([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、])")
_SPAN = re.compile(r"^[(（]?\s*(\d{4})\s*年?\s*[-—–－~～至到]+\s*(\d{4})\s*年?\s*[)）]?$")


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


def _region(text):
    match = _REGION.search(re.sub(r"^(关于)?(印发)?《?", "", text))
    return match.group(1) if match else ""


def guess(text, head=8):
    """Manifest fields a document's own text gives (see the module docstring).

    Parameters
    ----------
    text : str
    head : int
        Lines searched for the title.

    Returns
    -------
    dict
        Only the fields found, as manifest strings.
    """
    lines = [line.strip() for line in text.split("\n")]
    found = {}
    for i, line in enumerate(lines):
        date = iso_date(line)
        if date:
            found["issued"] = date
            above = lines[i - 1] if i else ""
            if above and len(above) <= 40 and _OFFICE.search(above):
                found["issuer_zh"] = above
            break
    top = [line for line in lines if line][:head]
    title = next((line for line in top if len(line) <= 60 and _TITLE.search(line) and not _NOT_TITLE.search(line)), "")
    region = _region(found.get("issuer_zh", "")) or _region(title)
    if region:
        found["region_zh"] = region
        if region.endswith(("省", "自治区")):
            found.update(province_zh=region, admin_level="province")
    if "中期评估" in title:
        found["doc_type"] = "midterm_review"
    elif "规划" in title:
        found["doc_type"] = "plan"
    span = next((m for m in map(_SPAN.match, top) if m), None)
    if span:
        found.update(period_start=span.group(1), period_end=span.group(2))
    for name, (start, end) in plan_periods().items():
        if name in title and not span:
            found.update(period_start=str(start), period_end=str(end))
            break
    return found


_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)\s*年(?:度)?(?!\s*\d{1,2}\s*月)")
_TITLE_REGION = re.compile(r"^[\s“”\"]*([\u4e00-\u9fff]{2,12}?(?:自治州|自治县|省|市|县|区|州|盟))"
                           r"(?=[\u4e00-\u9fff“\d(]{0,30}(?:统计公报|规划|公报|评估|报告|方案|总结|通知|措施|意见|办法))")
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*(?:年)?\s*[-—至到]\s*(?:19|20)\d\d\s*年")
_TEXT_YEAR = re.compile(r"(?<![\d-])((?:19|20)\d\d)\s*年(?!\s*(?:以来|起|前|底前|以前))")
_FILE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_PLAN_KINDS = (("中期评估", "midterm_review"), ("评估", "midterm_review"), ("规划", "plan"),
               ("统计公报", "statistical_bulletin"), ("公报", "statistical_bulletin"),
               ("通知", "notice"), ("措施", "notice"), ("意见", "notice"), ("方案", "notice"))




def _is_title(line):
    """A first line that reads as a title: short, no sentence punctuation, no target year."""
    return len(line) <= 60 and not re.search(r"[。,;]|^到\s*(?:19|20)\d\d", line)


def _head(norm, lines=4):
    return [line.strip() for line in norm.split("\n") if line.strip()][:lines]


def facts(name, text):
    """What a text says of itself: ``{fact: (value, how it was found)}``.

    Facts: ``region_zh`` (the issuer's or the title's place, else a place that opens the title),
    ``reference_year`` (what undated current figures refer to: a year in the title, the base year of a
    plan period the title names, a year in the file name, the signature date, else the year the text
    names most often), ``doc_type`` and ``period`` (first and last year of a plan period the title
    names). A fact not found has value None and how ``"not found"``. Used for documents outside the
    manifest; :func:`guess` pre-fills a manifest row from the same text.
    """
    norm = normalize(text)
    head = _head(norm)
    title = " ".join(line for line in head[:3] if _is_title(line))
    facts = {}
    guessed = guess(text)
    region = next((m.group(1) for line in head[:3] for m in [_TITLE_REGION.search(line)] if m), None)
    if guessed.get("region_zh") and not region:
        facts["region_zh"] = (guessed["region_zh"], "issuer or title")
    else:
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
        signed = next((int(date[:4]) for line in reversed(tail) for date in [iso_date(line)] if date), None)
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
