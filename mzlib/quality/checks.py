"""The checks of the sources against themselves, run as one: :func:`run_checks`.

They flag; they never correct a figure in place. Each check lives in a module named for what it
checks, and writes rows of the one checks table (:mod:`.rows`):

- :mod:`.arithmetic`: growth rates against their endpoints, census shares and counts, ratios and
  shares against their parts, parts listed after 其中 against their total;
- :mod:`.magnitudes`: counts against related counts (beds per institution, per 1,000 older people,
  people in care per 100 beds);
- :mod:`.repeated`: one figure printed twice, running totals that fall;
- :mod:`.dates`: impossible dates, values reported before their period ended;
- :mod:`.units`: units and periods not printed;
- :func:`claims` (here): the documents' own claims against their own numbers.

:mod:`.misprints` names the likely misprint when a check fails; thresholds and relations are data
(``data/reference/check_params.csv``, ``check_relations.csv``). Derived figures (computed by the
extractor, ``method = derived``) are never evidence. A check whose rule depends on what a figure
measures reads mapped figures only; the others (dates, units, parts of a total) read every
printed figure.
"""


import pandas as pd

from mzlib.quality.cascade import cascade
from mzlib.core.scales import meets_target
from mzlib.quality.arithmetic import census_structure, growth_rates, parts_within_total, ratios
from mzlib.quality.dates import impossible_dates, reported_before_year_end
from mzlib.quality.magnitudes import magnitudes
from mzlib.quality.repeated import cumulative_totals, repeated_figures
from mzlib.quality.rows import COLUMNS, SEVERITY_ORDER, half_unit
from mzlib.quality.rows import check_row as _row
from mzlib.quality.units import periods_not_printed, units_not_printed
from mzlib.sources.registry import load_registry


# ---------------------------------------------------------------- the documents' own claims
def met(actual, target, comparator, direction):
    """Whether an actual value meets a target (scalar :func:`mzlib.core.scales.meets_target`)."""
    return bool(meets_target(actual, target, comparator, direction))


def claims(figures, texts):
    """Rows marked 已完成/未完成 against the row's own numbers. The documents' claims about the
    whole plan (全部达到或超过预期目标, 6项指标未达到时间进度要求) are claims about the schedule: they
    are read by :mod:`mzlib.extract.claims` and judged in notebook 02 (:mod:`mzlib.targets.claims`)."""
    out = []
    directions = load_registry().set_index("indicator_id")["direction"]
    tables = figures[figures["method"] == "table"]
    for (doc, table_id), table in tables.groupby(["doc", "table_id"]):
        computed, not_met = [], []
        for row_no, row in table.groupby("row_no"):
            actual = row[row["kind"] == "actual"]
            target = row[row["kind"] == "target"]
            if actual.empty or target.empty:
                continue
            a, t = actual.iloc[0], target.iloc[0]
            if pd.isna(a["value_std"]) or pd.isna(t["value_std"]):
                computed.append(None)
                continue
            is_met = met(a["value_std"], t["value_std"], t["comparator"], directions.get(a["indicator_id"], 1))
            computed.append(is_met)
            if not is_met:
                not_met.append(row_no)
            status = a["status_reported"].replace(" ", "")
            if status in ("已完成", "未完成"):
                ok = (status == "已完成") == is_met
                out.append(_row("status_claim", "error", "pass" if ok else "fail", pd.DataFrame([a, t]),
                                f"{a['value']} vs target {t['comparator']}{t['value']}: {'met' if is_met else 'not met'}",
                                f"Row marked {status} agrees with its numbers." if ok else
                                f"Row marked {status} but {a['value']} against {t['comparator']}{t['value']} is "
                                f"{'met' if is_met else 'not met'}."))
    return out


def run_checks(figures, texts, manifest):
    """All checks, as one table sorted by result, severity and id.

    Parameters
    ----------
    figures : pandas.DataFrame
        The figures table (:mod:`mzlib.extract.figures`).
    texts : dict
        ``{doc file name: original text}``.
    manifest : pandas.DataFrame
        The document manifest.

    Returns
    -------
    pandas.DataFrame
        The checks table, columns :data:`COLUMNS`.
    """
    printed = figures[figures["method"] != "derived"]
    mapped = printed[printed["indicator_id"] != "unmapped"]
    ratio_rows = ratios(mapped)
    checked = {r["figure_ids"].split(";")[0] for r in ratio_rows}
    rows = (growth_rates(mapped) + census_structure(mapped) + ratio_rows
            + parts_within_total(printed, texts, checked) + magnitudes(mapped)
            + repeated_figures(mapped) + cumulative_totals(mapped)
            + units_not_printed(printed, texts) + periods_not_printed(printed)
            + impossible_dates(texts, manifest, printed) + reported_before_year_end(printed, manifest)
            + claims(printed, texts)
            + cascade(mapped, manifest, load_registry()))
    table = pd.DataFrame(rows, columns=COLUMNS)
    order = table["result"].map({"fail": 0, "note": 1, "pass": 2}) * 10 + table["severity"].map(SEVERITY_ORDER)
    return (table.assign(_o=order).sort_values(["_o", "check_id"], kind="stable")
            .drop(columns="_o").reset_index(drop=True))


__all__ = ["run_checks", "claims", "met", "half_unit", "COLUMNS"]
