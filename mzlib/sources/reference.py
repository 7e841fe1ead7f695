"""Every table of ``data/reference/`` that code reads, loaded once, with its checks.

Hand-curated tables (units, census rounds, ageing parameters, census age structures) live as CSV
files with a ``source`` column; this module is the one place that reads them, so a newcomer finds
each table's loader and schema here. The indicator registry has its own module,
:mod:`mzlib.sources.registry`.
"""

from functools import lru_cache

import pandas as pd

from mzlib.core import paths
from mzlib.core.errors import InputError
from mzlib.core.textio import read_csv

SHARES = ["share_0_14", "share_15_59", "share_60plus", "share_65plus"]
SUM_TOLERANCE = 0.1
_EPS = 1e-9


def read_reference(name, **kw):
    """``data/reference/<name>`` as strings (no NaN for empty cells)."""
    return read_csv(paths.REFERENCE_DATA_DIR / name, dtype=str, keep_default_na=False, **kw)


@lru_cache(maxsize=1)
def unit_table():
    """The unit table as ``{unit_printed: (unit_std, factor, dimension)}`` (``units.csv``)."""
    df = read_reference("units.csv")
    return {r.unit_printed: (r.unit_std, float(r.factor), r.dimension) for r in df.itertuples()}


@lru_cache(maxsize=1)
def census_rounds():
    """``{round_zh: year}`` from ``census_rounds.csv``."""
    df = read_reference("census_rounds.csv")
    return {r.round_zh: int(r.year) for r in df.itertuples()}


@lru_cache(maxsize=1)
def plan_periods():
    """``{name_zh: (first_year, last_year)}`` of the Five-Year-Plan periods (``plan_periods.csv``)."""
    df = read_reference("plan_periods.csv")
    return {r.name_zh: (int(r.first_year), int(r.last_year)) for r in df.itertuples()}


CLAIMS = ("achieved", "on_schedule", "behind_schedule", "not_achieved")


def load_claim_phrases(path=None):
    """Phrases of the documents' progress claims (``claim_phrases.csv``), validated.

    Returns
    -------
    DataFrame
        pattern, applies_to (text / status), claim (one of :data:`CLAIMS`), scope (indicator /
        plan), example, source; in the file's order (the order in which patterns are tried).

    Raises
    ------
    InputError
        Naming the file and line of a row with an unknown claim, scope or target, or a pattern
        that is no regular expression.
    """
    import re

    path = path or paths.REFERENCE_DATA_DIR / "claim_phrases.csv"
    df = read_csv(path, dtype=str, keep_default_na=False)  # a row with a comma outside quotes: an InputError
    allowed = {"claim": CLAIMS, "scope": ("indicator", "plan"), "applies_to": ("text", "status")}
    for line, row in enumerate(df.itertuples(index=False), start=2):
        for column, values in allowed.items():
            if getattr(row, column) not in values:
                raise InputError(path, f"{column} {getattr(row, column)!r} is not one of {', '.join(values)}",
                                 line=line, hint="fix the row")
        try:
            re.compile(row.pattern)
        except re.error as error:
            raise InputError(path, f"pattern {row.pattern!r} is no regular expression ({error})", line=line,
                             hint="fix the pattern") from None
    return df


@lru_cache(maxsize=1)
def _read_params(path):
    df = read_csv(path, dtype=str, keep_default_na=False)
    return df.assign(value=df["value"].astype(float))


def load_aging_params(path=None):
    """The ageing parameters table (``parameter, value, unit, label, source, notes``)."""
    return _read_params(path or paths.REFERENCE_DATA_DIR / "aging_params.csv").copy()


def param_value(name, params=None):
    """One parameter's value, e.g. ``param_value("bed_benchmark_low")`` -> 35.0."""
    params = load_aging_params() if params is None else params
    hit = params.loc[params["parameter"] == name, "value"]
    if len(hit) != 1:
        raise ValueError(f"aging_params: expected one row for {name!r}, found {len(hit)}")
    return float(hit.iloc[0])


def stage_thresholds(params=None):
    """Stage label -> lower bound of the 65+ share (%), ascending: aging 7, aged 14, super-aged 20."""
    params = load_aging_params() if params is None else params
    rows = params[params["parameter"].str.startswith("stage_")].sort_values("value")
    return dict(zip(rows["label"], rows["value"].astype(float)))


def load_census_reference(path=None):
    """The hand-curated census age structures, validated (see ``validate_structure``)."""
    df = read_csv(path or paths.REFERENCE_DATA_DIR / "census_age_structure.csv")
    df["derived"] = df["derived"].astype(str).str.lower().eq("true")
    return validate_structure(df)


def validate_structure(structure, tol=SUM_TOLERANCE):
    """Check an age-structure frame and return it unchanged.

    Raises ``ValueError`` naming the region and year when a share is missing or outside (0, 100),
    when ``share_0_14 + share_15_59 + share_60plus`` is not 100 within ``tol`` percentage points,
    or when ``share_65plus > share_60plus``.
    """
    missing = [c for c in ["region_en", "year", *SHARES] if c not in structure.columns]
    if missing:
        raise ValueError(f"age structure: missing columns {missing}")
    for row in structure.itertuples(index=False):
        where = f"{row.region_en} {row.year}"
        shares = [getattr(row, c) for c in SHARES]
        if any(pd.isna(s) or not 0 < s < 100 for s in shares):
            raise ValueError(f"{where}: every share must be a number in (0, 100), got {shares}")
        total = row.share_0_14 + row.share_15_59 + row.share_60plus
        if abs(total - 100) > tol:
            raise ValueError(f"{where}: shares 0-14 + 15-59 + 60+ sum to {total:.2f}, "
                             f"not 100 ± {tol}")
        if row.share_65plus > row.share_60plus + _EPS:
            raise ValueError(f"{where}: share 65+ ({row.share_65plus}) exceeds share 60+ "
                             f"({row.share_60plus})")
    return structure




# --- population, mortality and fertility tables for the cohort projection ----------------------

CENSUS_GROUPS = ["0", "1-4", *(f"{a}-{a + 4}" for a in range(5, 100, 5)), "100+"]
WPP_GROUPS = ["0", "1", *(str(a) for a in range(5, 100, 5)), "100+"]
SEX_KEYS = ("total", "male", "female")


def _reference_path(name, path):
    return path or paths.REFERENCE_DATA_DIR / name


def _require(df, columns, file):
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise InputError(file, f"missing columns {missing}", hint="see the .md file next to the table")
    empty = df["source"].astype(str).str.strip().eq("") if "source" in df.columns else None
    if empty is not None and empty.any():
        raise InputError(file, "a row has no source", line=int(empty.idxmax()) + 2,
                         hint="name the publication and where the copy came from")


def _check_group_sums(df, keys, value, file):
    """Age groups add up to the printed total, and men and women to both sexes, per ``keys``."""
    groups = df[df["age_group"] != "total"].groupby([*keys, "sex"])[value].sum()
    totals = df[df["age_group"] == "total"].set_index([*keys, "sex"])[value]
    bad = (groups - totals.reindex(groups.index)).abs() > 0.5
    if bad.any():
        raise InputError(file, f"age groups do not add up to the printed total for {bad.idxmax()}")
    wide = totals.unstack("sex")
    off = (wide["male"] + wide["female"] - wide["total"]).abs() > 0.5
    if off.any():
        raise InputError(file, f"men and women do not add up to both sexes for {off.idxmax()}")


def _census_table(name, value, path):
    file = _reference_path(name, path)
    df = read_csv(file, dtype={"age_group": str, "region_zh": str, "region_en": str, "sex": str})
    _require(df, ["census_year", "region_zh", "region_en", "sex", "age_group", value, "source"], file)
    unknown = set(df["age_group"]) - {*CENSUS_GROUPS, "total"}
    if unknown or not set(df["sex"]) <= set(SEX_KEYS):
        raise InputError(file, f"unknown age groups or sexes {sorted(unknown)}",
                         hint=f"age groups are {CENSUS_GROUPS} and total")
    if (df[value] < 0).any():
        raise InputError(file, f"negative {value}", line=int((df[value] < 0).idxmax()) + 2)
    _check_group_sums(df, ["census_year", "region_en"], value, file)
    national = df[df["region_en"] == "China"].set_index(["census_year", "sex", "age_group"])[value]
    provinces = df[df["region_en"] != "China"].groupby(["census_year", "sex", "age_group"])[value].sum()
    off = (provinces - national.reindex(provinces.index)).abs() > 0.5
    if off.any():
        raise InputError(file, f"the provinces do not add up to China for {off.idxmax()}")
    return df


def load_census_population(path=None):
    """Census population by region, sex and age group, 2010 and 2020 (persons).

    ``census_population_by_age.csv``: NBS census tables (2020 yearbook Table 1-5, 2010 Table 1-7)
    for China (the 31 provinces, without active servicemen) and each province. Checked on load:
    age groups add up to the printed totals, men and women to both sexes, provinces to China.
    """
    return _census_table("census_population_by_age.csv", "population", path)


def load_census_deaths(path=None):
    """Deaths in the census year (2019-11-01 to 2020-10-31) by region, sex and age group (persons),
    2020 yearbook Table 6-1 (``census_deaths_by_age.csv``); checked like the population table."""
    return _census_table("census_deaths_by_age.csv", "deaths", path)


def load_census_single_year(path=None):
    """National average population and deaths by single year of age and sex in the census year
    (2020 yearbook Table 6-4, ``census_single_year_2020.csv``), with the printed five-year
    subtotals and total. Checked: single ages add up to every printed subtotal and the total."""
    file = _reference_path("census_single_year_2020.csv", path)
    df = read_csv(file, dtype={"age": str, "sex": str})
    _require(df, ["age", "sex", "average_population", "deaths", "source"], file)
    single = df[df["age"].str.fullmatch(r"\d+|100\+")]
    if sorted(single.groupby("sex").size()) != [101, 101, 101]:
        raise InputError(file, "expected ages 0-99 and 100+ for each of total, male, female")
    age = single["age"].str.rstrip("+").astype(int)
    for label in df.loc[~df.index.isin(single.index), "age"].unique():
        lo, hi = (0, 100) if label == "total" else (int(label.split("-")[0]), int(label.split("-")[1]))
        inside = single[age.between(lo, hi)].groupby("sex")[["average_population", "deaths"]].sum()
        printed = df[df["age"] == label].set_index("sex")[["average_population", "deaths"]]
        if ((inside - printed.reindex(inside.index)).abs() > 0.5).any().any():
            raise InputError(file, f"single ages do not add up to the printed row {label!r}")
    return df


def load_wpp_mortality(path=None):
    """WPP 2024 central death rates for China by sex, WPP age group and five-year period
    (``wpp2024_mortality_china.csv``; deaths per person-year). Checked: a complete grid of
    positive rates."""
    file = _reference_path("wpp2024_mortality_china.csv", path)
    df = read_csv(file, dtype={"age_group": str, "sex": str, "period": str})
    _require(df, ["sex", "age_group", "period", "mx", "source"], file)
    grid = df.groupby(["sex", "period"])["age_group"].apply(list)
    if any(groups != WPP_GROUPS for groups in grid) or set(df["sex"]) != {"male", "female"}:
        raise InputError(file, f"every sex and period needs the age groups {WPP_GROUPS} in order")
    if not (df["mx"] > 0).all():
        raise InputError(file, "death rates must be positive", line=int((df["mx"] <= 0).idxmax()) + 2)
    return df


def load_fertility_pattern(path=None):
    """Percentage of fertility by five-year age of mother, 15-19 to 45-49
    (``wpp2019_fertility_pattern_china.csv``); checked to add up to 100."""
    file = _reference_path("wpp2019_fertility_pattern_china.csv", path)
    df = read_csv(file, dtype={"age_group": str})
    _require(df, ["age_group", "percent_asfr", "source"], file)
    expected = [f"{a}-{a + 4}" for a in range(15, 50, 5)]
    if list(df["age_group"]) != expected or abs(df["percent_asfr"].sum() - 100) > 0.01:
        raise InputError(file, f"need the groups {expected} in order, adding up to 100")
    return df


def load_wpp_population(path=None):
    """WPP 2022 population of China by five-year age group on 1 July (thousands), estimates to
    2021 and medium variant from 2022 (``wpp2022_population_china.csv``)."""
    file = _reference_path("wpp2022_population_china.csv", path)
    df = read_csv(file, dtype={"age_group": str, "variant": str})
    _require(df, ["year", "variant", "age_group", "population_thousands", "source"], file)
    return df


def load_published_shares(path=None):
    """Published shares aged 60+ and 65+ (%), one row per region, date and measure
    (``aging_published_shares.csv``); ``date`` is parsed."""
    file = _reference_path("aging_published_shares.csv", path)
    df = read_csv(file, dtype=str, keep_default_na=False)
    _require(df, ["region_en", "date", "measure", "value", "unit", "source"], file)
    if df.duplicated(["region_en", "date", "measure"]).any():
        raise InputError(file, "a region, date and measure appears twice")
    return df.assign(date=pd.to_datetime(df["date"]), value=df["value"].astype(float))


def load_scenarios(path=None):
    """Projection scenarios (``aging_scenarios.csv``): tfr_offset (births per woman added to the
    census-implied fertility) and migration_factor (multiplier of the 2010-2020 migration rates,
    0 = closed). The first row is the central scenario."""
    file = _reference_path("aging_scenarios.csv", path)
    df = read_csv(file, dtype={"scenario": str}, keep_default_na=False)
    _require(df, ["scenario", "tfr_offset", "migration_factor", "label", "source"], file)
    if df["scenario"].iloc[0] != "central" or not df["scenario"].is_unique:
        raise InputError(file, "scenario names must be unique and the first must be 'central'")
    if (df["migration_factor"] < 0).any():
        raise InputError(file, "migration_factor must be 0 or more")
    return df


def load_care_benchmarks(path=None):
    """Care-capacity benchmarks with their bed kind and status (``care_benchmarks.csv``).

    ``bed_kind`` is all / institutional / community / family; ``measure`` nursing_share (%) or
    beds_per_1000_60plus; ``status`` verified / unverified. Unknown values are refused.
    """
    file = _reference_path("care_benchmarks.csv", path)
    df = read_csv(file, dtype=str, keep_default_na=False)
    _require(df, ["benchmark_id", "region_en", "bed_kind", "measure", "comparator", "value",
                  "unit", "target_year", "status", "source"], file)
    allowed = {"bed_kind": {"all", "institutional", "community", "family"},
               "measure": {"nursing_share", "beds_per_1000_60plus"},
               "status": {"verified", "unverified"}, "comparator": {">=", "<="}}
    for column, values in allowed.items():
        bad = ~df[column].isin(values)
        if bad.any():
            raise InputError(file, f"{column} must be one of {sorted(values)}, got "
                                   f"{df.loc[bad, column].iloc[0]!r}", line=int(bad.idxmax()) + 2)
    return df.assign(value=df["value"].astype(float), target_year=df["target_year"].astype(int))


CHECK_PARAM_COLUMNS = ["parameter", "value", "unit", "check", "source", "justification"]
CHECK_RELATIONS = {"ratio", "per", "subset", "cumulative"}
CHECK_RELATION_COLUMNS = ["relation_id", "relation", "indicator", "numerator", "denominator", "scale",
                          "denominator_year", "low", "high", "label", "source"]


def load_check_params(path=None):
    """Thresholds of the quality checks (``check_params.csv``) as ``{parameter: value}``.

    Every row needs a number, a source and a justification; a name may appear once.
    """
    file = _reference_path("check_params.csv", path)
    df = read_csv(file, dtype=str, keep_default_na=False)
    _require(df, CHECK_PARAM_COLUMNS, file)
    for i, row in df.iterrows():
        if not row["justification"].strip():
            raise InputError(file, f"parameter {row['parameter']!r} has no justification", line=i + 2,
                             hint="say why the threshold has this value")
        try:
            float(row["value"])
        except ValueError:
            raise InputError(file, f"parameter {row['parameter']!r}: value {row['value']!r} is not a number",
                             line=i + 2) from None
    if not df["parameter"].is_unique:
        raise InputError(file, f"parameter {df.loc[df['parameter'].duplicated(), 'parameter'].iloc[0]!r} "
                               "appears twice")
    return dict(zip(df["parameter"], df["value"].astype(float)))


def relation_parts(expression):
    """The indicator ids of a relation's numerator or denominator (``a+b+c`` is a sum)."""
    return [part for part in expression.split("+") if part]


def load_check_relations(path=None, params=None, indicator_ids=None):
    """What the checks know about indicators (``check_relations.csv``), validated.

    ``relation`` is ``ratio`` (``indicator`` = ``scale`` x numerator / denominator), ``per`` (scale x
    numerator / denominator must lie within the parameters named in ``low`` and ``high``), ``subset``
    (the numerator counts part of what the denominator counts: scale x ratio at most ``high``) or
    ``cumulative`` (``indicator`` is a running total that cannot fall). A denominator may be a sum
    (``a+b+c``); ``denominator_year`` is ``same`` or ``nearest`` (another year is allowed).

    Parameters
    ----------
    path : path-like, optional
        The table; ``data/reference/check_relations.csv`` by default.
    params : dict, optional
        The parameters that ``low`` and ``high`` name (:func:`load_check_params` by default).
    indicator_ids : collection of str, optional
        Known indicator ids (the registry's by default).
    """
    file = _reference_path("check_relations.csv", path)
    df = read_csv(file, dtype=str, keep_default_na=False)
    _require(df, CHECK_RELATION_COLUMNS, file)
    params = load_check_params() if params is None else params
    if indicator_ids is None:
        from mzlib.sources.registry import load_registry  # the registry reads units.csv through this module

        indicator_ids = load_registry()["indicator_id"]
    known = set(indicator_ids)
    for i, row in df.iterrows():
        line = i + 2

        def fail(problem, hint=""):
            raise InputError(file, f"{row['relation_id']}: {problem}", line=line, hint=hint)

        if row["relation"] not in CHECK_RELATIONS:
            fail(f"relation must be one of {sorted(CHECK_RELATIONS)}, got {row['relation']!r}")
        ids = [row["indicator"]] if row["indicator"] else []
        ids += relation_parts(row["numerator"]) + relation_parts(row["denominator"])
        unknown = [x for x in ids if x not in known]
        if unknown:
            fail(f"unknown indicator {unknown[0]!r}", hint="use an indicator_id of indicators.csv")
        if row["relation"] == "cumulative":
            if not row["indicator"]:
                fail("a cumulative relation names its indicator")
            continue
        if not row["numerator"] or not row["denominator"]:
            fail("numerator and denominator are required")
        if row["relation"] == "ratio" and not row["indicator"]:
            fail("a ratio relation names the printed ratio in indicator")
        try:
            if float(row["scale"]) <= 0:
                raise ValueError
        except ValueError:
            fail(f"scale must be a positive number, got {row['scale']!r}")
        if row["denominator_year"] not in ("same", "nearest"):
            fail(f"denominator_year must be 'same' or 'nearest', got {row['denominator_year']!r}")
        needed = {"per": ("low", "high"), "subset": ("high",)}.get(row["relation"], ())
        for column in needed:
            if row[column] not in params:
                fail(f"{column} names no parameter of check_params.csv: {row[column]!r}")
    if not df["relation_id"].is_unique:
        raise InputError(file, "a relation_id appears twice")
    return df.assign(scale=pd.to_numeric(df["scale"], errors="coerce"))


DOCUMENT_TYPE_COLUMNS = ["doc_type", "label_en", "meaning", "targets", "actuals", "claims", "title_cues",
                         "period", "reference_year", "former_names", "source"]
_DOCUMENT_TYPE_VALUES = {"targets": ("yes", "no"), "actuals": ("yes", "no"), "claims": ("yes", "no"),
                         "period": ("plan_period", "reference_year"),
                         "reference_year": ("before_period", "issue_year", "title_year")}


@lru_cache(maxsize=4)
def load_document_types(path=None):
    """The open list of document types (``document_types.csv``), validated.

    Returns
    -------
    DataFrame
        One row per type, in the file's order: ``doc_type`` (the manifest's value: lowercase
        letters and underscores), ``label_en`` (what pages show), ``meaning``, what the type can
        contribute (``targets``, ``actuals``, ``claims``: yes / no), ``title_cues`` (``|``-separated
        title words that name the type; the longest cue found in a title decides), ``period``
        (``plan_period``: the period printed or named; ``reference_year``: else its reference year
        alone), ``reference_year`` (how undated current figures are dated: ``before_period``, the
        year before the plan period; ``issue_year``; ``title_year``, the year the title names),
        ``former_names`` (old values that now mean this type), ``source``.

    Raises
    ------
    InputError
        Naming the file and line of a row with a missing column, an unknown value, a duplicate or
        malformed type, a title cue or former name claimed by two types, or no source.
    """
    import re

    file = _reference_path("document_types.csv", path)
    df = read_csv(file, dtype=str, keep_default_na=False)
    _require(df, DOCUMENT_TYPE_COLUMNS, file)
    seen = {}
    for line, row in enumerate(df.itertuples(index=False), start=2):
        if not re.fullmatch(r"[a-z]+(?:_[a-z]+)*", row.doc_type) or not row.label_en.strip():
            raise InputError(file, f"doc_type {row.doc_type!r} needs lowercase words joined by _ and a label_en",
                             line=line)
        for column, values in _DOCUMENT_TYPE_VALUES.items():
            if getattr(row, column) not in values:
                raise InputError(file, f"{column} {getattr(row, column)!r} is not one of {', '.join(values)}",
                                 line=line, hint="fix the row")
        names = [row.doc_type, *filter(None, row.former_names.split("|"))]
        for word in names + [f"cue {cue}" for cue in filter(None, row.title_cues.split("|"))]:
            if word in seen:
                raise InputError(file, f"{word!r} is claimed by {seen[word]} and {row.doc_type}", line=line)
            seen[word] = row.doc_type
    return df


def document_type_label(doc_type):
    """The English label of a manifest ``doc_type`` (``statistical_communique`` -> statistical communiqué)."""
    labels = dict(zip(load_document_types()["doc_type"], load_document_types()["label_en"]))
    return labels.get(doc_type, doc_type.replace("_", " "))
