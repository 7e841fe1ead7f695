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

_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "O": 0, "○": 0}
_CN = "〇零○O一二三四五六七八九十"
_DATE = re.compile(rf"^\s*([0-9]{{4}}|[{_CN}]{{4}})\s*年\s*([0-9]{{1,2}}|[{_CN}]{{1,3}})\s*月\s*"
                   rf"([0-9]{{1,2}}|[{_CN}]{{1,3}})\s*日\s*$")
_OFFICE = re.compile(r"(局|厅|委员会|政府|办公室|部)$")
_REGION = re.compile(r"([\u4e00-\u9fff]{1,12}?(?:自治区|省|市|州|县|区))")
_TITLE = re.compile(r"规划|评估|报告|公报|总结|方案|措施|意见|通知")
_NOT_TITLE = re.compile(r"[,，。；;:：]|^\s*([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、])")
_SPAN = re.compile(r"^[(（]?\s*(\d{4})\s*年?\s*[-—–－~～至到]+\s*(\d{4})\s*年?\s*[)）]?$")
_PLANS = {"十三五": (2016, 2020), "第十三个五年": (2016, 2020), "十四五": (2021, 2025),
          "第十四个五年": (2021, 2025), "十五五": (2026, 2030), "第十五个五年": (2026, 2030)}


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
    for name, (start, end) in _PLANS.items():
        if name in title and not span:
            found.update(period_start=str(start), period_end=str(end))
            break
    return found
