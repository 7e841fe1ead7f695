"""The bilingual indicator registry (``data/reference/indicators.csv``).

Every printed indicator name maps to one ``indicator_id`` or to ``unmapped``. A name listed in
``inverse_aliases`` is printed as the reciprocal of the indicator (``城乡低保标准之比`` is urban:rural,
the indicator is rural as a percent of urban).
"""

import re
from functools import lru_cache

import pandera.errors
import pandera.pandas as pa

from mzlib.core import paths
from mzlib.core.errors import InputError
from mzlib.core.normalize import FOOTNOTE_MARK, normalize
from mzlib.core.textio import read_csv
from mzlib.sources.reference import unit_table

UNMAPPED = "unmapped"

SCHEMA = pa.DataFrameSchema(
    {
        "indicator_id": pa.Column(str, pa.Check.str_matches(r"^[a-z][a-z0-9_]*$"), unique=True),
        "name_zh": pa.Column(str, pa.Check.str_contains(r"[\u4e00-\u9fff]")),
        "aliases": pa.Column(str),
        "inverse_aliases": pa.Column(str),
        "name_en": pa.Column(str, [pa.Check.str_matches(r"^[A-Za-z]"),
                                   pa.Check.str_matches(r"^[^\u3000-\u9fff\uff00-\uffef]*$")]),
        "unit_std": pa.Column(str, pa.Check.str_length(min_value=1)),
        "direction": pa.Column(int, pa.Check.isin([-1, 0, 1])),
        "lower_bound": pa.Column(float, nullable=True),
        "upper_bound": pa.Column(float, nullable=True),
        "family": pa.Column(str, pa.Check.str_length(min_value=1)),
        "source": pa.Column(str, pa.Check.str_length(min_value=1)),
    },
    strict=True,
    coerce=True,
)

_BRACKET_END = re.compile(r"\(([^()]{1,10})\)$")


@lru_cache(maxsize=1)
def _unit_words():
    """Units a label may end with in brackets: every unit of ``units.csv``, with 万/亿 before it
    and a period after money (``(万张)``, ``(元/人·月)``)."""
    units = "|".join(sorted(map(re.escape, unit_table()), key=len, reverse=True))
    return re.compile(rf"^(?:万|亿|万亿|千万|百万)?(?:{units})(?:/[\w·.]{{1,4}})?$")


# footnote marks at a name's end or before its unit in brackets (床位数①, 床位数*(张))
_MARK_END = re.compile(rf"(?:{FOOTNOTE_MARK})+(?=$|\()")


@lru_cache(maxsize=4096)
def clean_name(name):
    """Canonical form of a printed indicator name: normalised, no spaces, no footnote mark, no unit in brackets at
    the end (``养老床位总数(万张)`` -> ``养老床位总数``)."""
    name = _MARK_END.sub("", re.sub(r"\s+", "", normalize(name)))
    end = _BRACKET_END.search(name)
    if end and _unit_words().match(end.group(1)):
        name = name[:end.start()]
    return _AGE_OLDER.sub(r"\1岁及以上", name)


# an age band printed in the genre's variants, one name: 60周岁以上老年人口 = 60岁及以上人口 (以上 counts the bound)
_AGE_OLDER = re.compile(r"(\d+)\s*(?:周)?岁(?:及)?以上(?:老年(?=人口))?")


@lru_cache(maxsize=4)
def load_registry(path=None):
    """Load and validate the registry.

    Returns
    -------
    pandas.DataFrame
        One row per indicator; bounds are floats (NaN where unbounded).
    """
    path = path or paths.REFERENCE_DATA_DIR / "indicators.csv"
    df = read_csv(path, dtype=str, keep_default_na=False)
    df[["lower_bound", "upper_bound"]] = df[["lower_bound", "upper_bound"]].replace("", float("nan"))
    try:
        df = SCHEMA.validate(df)
    except (pandera.errors.SchemaError, pandera.errors.SchemaErrors) as error:
        raise _row_error(path, error) from None
    names = name_index(df)
    if len(names) != sum(1 + len(_split(a)) + len(_split(b))
                         for a, b in zip(df["aliases"], df["inverse_aliases"])):
        raise InputError(path, "a name or alias is listed under two indicators",
                         hint="keep each printed name under one indicator (data/reference/indicators.md)")
    return df


def _row_error(path, error):
    """The first failure of a registry check as an :class:`InputError` naming the file, the row's line,
    the column and what the value fails."""
    cases = error.failure_cases
    if cases is not None and "index" in cases and len(cases) > 1 and "unique" in str(getattr(error, "check", "")):
        cases = cases.sort_values("index", ascending=False)  # a repeated id: the later row is the one to fix
    first = cases.iloc[0] if cases is not None and len(cases) else None
    column = first["column"] if first is not None and "column" in cases else getattr(error.schema, "name", "")
    check = first["check"] if first is not None and "check" in cases else str(error.check)
    index = first["index"] if first is not None and "index" in cases else None
    value = first["failure_case"] if first is not None else ""
    line = int(index) + 2 if index is not None and str(index).isdigit() else None  # the header is line 1
    check = re.sub(r"^<Check [^:]+: (.*)>$", r"\1", str(check))
    return InputError(path, f"{column} '{value}' fails {check}", line,
                      "fix the row as data/reference/indicators.md says")


def _split(cell):
    return [a for a in cell.split("|") if a]


def name_index(registry):
    """``{clean name: (indicator_id, inverse)}`` for every name and alias."""
    index = {}
    for row in registry.itertuples():
        for name, inverse in ([(row.name_zh, False)] + [(a, False) for a in _split(row.aliases)]
                              + [(a, True) for a in _split(row.inverse_aliases)]):
            index[clean_name(name)] = (row.indicator_id, inverse)
    return index


@lru_cache(maxsize=1)
def default_index():
    """:func:`name_index` of the repository registry, built once."""
    return name_index(load_registry())


@lru_cache(maxsize=1)
def _default_info():
    return {r["indicator_id"]: r for r in load_registry().to_dict("records")}


def lookup(name, registry=None):
    """Map a printed name to ``(indicator_id, inverse)``; ``("unmapped", False)`` if unknown."""
    index = default_index() if registry is None else name_index(registry)
    return index.get(clean_name(name), (UNMAPPED, False))


_UNKNOWN = {"name_zh": "", "name_en": "", "unit_std": "", "direction": 0, "lower_bound": float("nan"),
            "upper_bound": float("nan"), "family": ""}


def info(indicator_id, registry=None):
    """The registry row of an indicator as a dict (empty names for ``unmapped``)."""
    if registry is None:
        found = _default_info().get(indicator_id)  # the unknown row made only for an unknown id
        return found if found is not None else dict(_UNKNOWN, indicator_id=indicator_id)
    match = registry[registry["indicator_id"] == indicator_id]
    if match.empty:
        return dict(_UNKNOWN, indicator_id=indicator_id)
    return match.iloc[0].to_dict()
