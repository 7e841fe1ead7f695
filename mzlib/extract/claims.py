"""The documents' own claims of progress: completed, on schedule, behind schedule.

A review says how its plan is doing in words: ``27条主要发展指标全部达到或超过预期目标`` (every
indicator at or above what was expected by now), ``有6项指标未达到时间进度要求`` (six behind
schedule), ``1783人,比2020年增长50%,增长幅度符合预期目标`` (this indicator on schedule),
``已完成“十四五”规划既定目标`` (this one's target reached). A status column (``是否完成``: 已完成 /
未完成) says it row by row. This module finds those statements, with what they are about, so that
analysis can hold them against the numbers.

The phrases are data (``data/reference/claim_phrases.csv``, :func:`load_claim_phrases`). For each
phrase found in a sentence, the **subject** is read from the part of the sentence since the previous
claim (or its start), up to the end of the phrase:

* indicators whose registry name or alias is printed there (``…婚姻登记合格率…等指标,均达到100%``),
  else, when no mapped figure lies there either, in the paragraph's heading, its first sentence
  (``③有集中供养意愿的特困人员集中供养率。``);
* the figures whose value lies there (``figure_ids``), mapped or not;
* a count of indicators (``有7项指标``, ``27条主要发展指标``), which, with no indicator named or
  mapped, makes the claim one about that many of the plan's indicators (scope ``plan``);
* a phrase that speaks of the plan itself (``总体实施进度符合预期``) has scope ``plan``;
* a phrase with nothing before it in its sentence (``…的要求,完成进度超过预期``) continues the
  previous claim's subject.
"""

from __future__ import annotations

import re

import pandas as pd

from mzlib.core.normalize import document_norm
from mzlib.sources.reference import load_claim_phrases
from mzlib.sources.registry import clean_name

_SENTENCE_END = re.compile(r"[。;；!?！？\n]")
_COUNT = re.compile(r"(\d+)\s*[项条个](?:主要)?(?:发展)?指标")
COLUMNS = ["claim_id", "doc", "region_en", "source", "scope", "claim", "count", "phrase",
           "named_indicators", "named_from", "figure_ids", "char_start", "char_end", "quote",
           "claim_start", "claim_end"]
ID_SEP = ";"


def registry_names(registry):
    """Printed names and aliases of the registry, longest first.

    Returns
    -------
    list of (str, str)
        ``(normalised name, indicator_id)``; names of fewer than 4 characters are left out.
    """
    pairs = []
    for row in registry.itertuples(index=False):
        for name in [row.name_zh, *str(row.aliases).split("|")]:
            name = clean_name(name) if name else ""
            if len(name) >= 4:
                pairs.append((name, row.indicator_id))
    return sorted(set(pairs), key=lambda p: (-len(p[0]), p[0]))


# a name right after a normaliser is the population a rate is per, not the indicator named:
# 平均每万城镇常住人口拥有社区工作者14.6人
_PER_BEFORE = re.compile(r"每\s*(?:十万|百万|百|千|万)\s*名?\s*$")


def named_in(text, names):
    """Indicators named in ``text`` (longest names first, no two overlapping, none after a normaliser
    such as ``每万``), in printed order."""
    taken, found = [], []
    for name, indicator in names:
        for match in re.finditer(re.escape(name), text):
            span = match.span()
            if any(span[0] < e and s < span[1] for s, e in taken):
                continue
            taken.append(span)  # a name after a normaliser also hides the shorter names inside it
            if not _PER_BEFORE.search(text, max(0, span[0] - 8), span[0]):
                found.append((span[0], indicator))
    return list(dict.fromkeys(i for _, i in sorted(found)))


def _sentence(norm, position):
    """Start and end (after its terminator) of the sentence holding ``position``."""
    starts = [m.end() for m in _SENTENCE_END.finditer(norm, 0, position)]
    start = starts[-1] if starts else 0
    end_match = _SENTENCE_END.search(norm, position)
    end = end_match.end() if end_match else len(norm)
    if end_match and norm[end_match.start()] == "\n":
        end = end_match.start()
    return start, end


def _heading(norm, position):
    """The paragraph's first sentence (``③有集中供养意愿的特困人员集中供养率。``) if it ends before
    ``position``, else ""."""
    line_start = norm.rfind("\n", 0, position) + 1
    first_end = norm.find("。", line_start, position)
    return norm[line_start:first_end] if first_end >= 0 else ""


def _phrase_matches(norm, phrases):
    """Non-overlapping matches of the text phrases, earlier rows first, in text order."""
    taken = []
    for row in phrases.itertuples(index=False):
        for match in re.finditer(row.pattern, norm):
            if any(match.start() < e and s < match.end() for s, e, _ in taken):
                continue
            taken.append((match.start(), match.end(), row))
    return sorted(taken, key=lambda t: t[0])


def text_claims(doc, text, figures, names, phrases=None, key=None, region=""):
    """Claims printed in the sentences of one document.

    Parameters
    ----------
    doc : str
        Document file name (``doc`` in the figures table).
    text : str
        The document's text (the one figures' offsets refer to).
    figures : DataFrame
        Figures of this document (figure_id, indicator_id, value_start).
    names : list of (str, str)
        :func:`registry_names`.
    phrases : DataFrame, optional
        :func:`mzlib.sources.reference.load_claim_phrases` (default: the project's table).
    key : str, optional
        Document key for claim ids (default: the file stem).
    region : str
        English region name.

    Returns
    -------
    DataFrame
        Columns :data:`COLUMNS`; ``text[char_start:char_end] == quote`` (the sentence) and
        ``text[claim_start:claim_end]`` is the phrase.
    """
    phrases = load_claim_phrases() if phrases is None else phrases
    phrases = phrases[phrases["applies_to"] == "text"]
    key = key or re.sub(r"\.[^.]+$", "", doc)
    norm = document_norm(text)
    starts = figures["value_start"].astype(int).to_numpy()
    rows, previous = [], None
    for start, end, phrase in _phrase_matches(norm, phrases):
        s_start, s_end = _sentence(norm, start)
        same = previous is not None and previous["char_start"] == s_start
        seg_start = max(s_start, previous["claim_end"]) if same else s_start
        segment = norm[seg_start:start]
        inside = figures[(starts >= seg_start) & (starts < end)]
        mapped = inside[inside["indicator_id"].astype(str) != "unmapped"]
        named, named_from = named_in(segment, names), "sentence"
        count = _COUNT.findall(segment)
        if not named and not len(mapped):
            named, named_from = named_in(_heading(norm, s_start), names), "paragraph heading"
        row = {"claim_id": f"{key}:claim:{start}", "doc": doc, "region_en": region, "source": "text",
               "scope": phrase.scope, "claim": phrase.claim,
               "count": int(count[-1]) if count else pd.NA, "phrase": text[start:end],
               "named_indicators": ID_SEP.join(named), "named_from": named_from if named else "",
               "figure_ids": ID_SEP.join(inside["figure_id"].astype(str)),
               "char_start": s_start, "char_end": s_end, "quote": text[s_start:s_end],
               "claim_start": start, "claim_end": end}
        if phrase.scope == "indicator" and not segment.strip(" ,，、") and same:
            for column in ("scope", "count", "named_indicators", "named_from", "figure_ids"):
                row[column] = previous[column]
        elif phrase.scope == "indicator" and count and not len(mapped) and named_from != "sentence":
            row.update(scope="plan", named_indicators="", named_from="")
        rows.append(row)
        previous = row
    return pd.DataFrame(rows, columns=COLUMNS)


def status_claims(figures, phrases=None, keys=None, regions=None):
    """Claims printed in a status column (``status_reported`` of table figures).

    Parameters
    ----------
    figures : DataFrame
        The figures table (figure_id, doc, indicator_id, kind, method, table_id, row_no,
        status_reported, char_start, char_end, quote).
    phrases : DataFrame, optional
        Claim phrases (the rows that apply to ``status``).
    keys, regions : dict, optional
        ``{doc: key}`` and ``{doc: region_en}``.

    Returns
    -------
    DataFrame
        Columns :data:`COLUMNS`, one row per table row with a status cell; a status that matches
        no phrase (neither a completion nor its denial) gets claim "".
    """
    phrases = load_claim_phrases() if phrases is None else phrases
    phrases = phrases[phrases["applies_to"] == "status"]
    status = figures["status_reported"].astype(object).where(figures["status_reported"].notna(), "")
    rows_with = figures[(status.astype(str).str.strip() != "") & (figures["method"] == "table")]
    rows = []
    for (doc, table_id, row_no), group in rows_with.groupby(["doc", "table_id", "row_no"], sort=True):
        first = group.sort_values("value_start").iloc[0]
        printed = str(first["status_reported"]).strip()
        claim = next((p.claim for p in phrases.itertuples(index=False) if re.search(p.pattern, printed)), "")
        indicator = "" if first["indicator_id"] == "unmapped" else str(first["indicator_id"])
        rows.append({"claim_id": f"{first['figure_id']}:status", "doc": doc,
                     "region_en": (regions or {}).get(doc, str(first.get("region_en", ""))),
                     "source": "status column", "scope": "indicator", "claim": claim, "count": pd.NA,
                     "phrase": printed, "named_indicators": indicator,
                     "named_from": "table row" if indicator else "",
                     "figure_ids": ID_SEP.join(group["figure_id"].astype(str)),
                     "char_start": int(first["char_start"]), "char_end": int(first["char_end"]),
                     "quote": first["quote"], "claim_start": int(first["char_start"]),
                     "claim_end": int(first["char_end"])})
    return pd.DataFrame(rows, columns=COLUMNS)


def find_claims(texts, figures, registry, manifest, phrases=None):
    """Every claim of every document: sentences and status columns.

    Parameters
    ----------
    texts : dict
        ``{doc file name: text}`` (the texts the figures' offsets refer to).
    figures : DataFrame
        The figures table.
    registry : DataFrame
        The indicator registry (indicator_id, name_zh, aliases).
    manifest : DataFrame
        The document manifest (file, key, region_en).
    phrases : DataFrame, optional
        Claim phrases (default: ``data/reference/claim_phrases.csv``).

    Returns
    -------
    DataFrame
        Columns :data:`COLUMNS`, documents in manifest order, claims in text order.
    """
    phrases = load_claim_phrases() if phrases is None else phrases
    names = registry_names(registry)
    keys = dict(zip(manifest["file"], manifest["key"])) if "key" in manifest else {}
    regions = dict(zip(manifest["file"], manifest["region_en"]))
    frames = []
    for doc in manifest["file"]:
        if doc not in texts:
            continue
        mine = figures[figures["doc"] == doc]
        frames.append(text_claims(doc, texts[doc], mine, names, phrases, keys.get(doc), regions.get(doc, "")))
        frames.append(status_claims(mine, phrases, keys, regions))
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=COLUMNS)
    out = pd.concat(frames, ignore_index=True)
    out["count"] = out["count"].astype("Int64")
    return out
