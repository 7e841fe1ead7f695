"""Dates as points in time: precision, decimal years on year ends, as-of dates, plan periods."""

import numpy as np
import pandas as pd
import pytest

from mzlib.targets import timeline as T


@pytest.mark.parametrize("text, date, precision", [
    ("2023-03-31", "2023-03-31", "day"),
    ("2023-06", "2023-06-30", "month"),
    ("2021", "2021-12-31", "year"),
    ("", None, ""),
    (np.nan, None, ""),
    ("截至2023年", None, ""),
])
def test_parse_date_keeps_the_printed_precision(text, date, precision):
    parsed, got = T.parse_date(text)
    assert got == precision
    assert (parsed is None and date is None) or parsed == pd.Timestamp(date)


@pytest.mark.parametrize("date, t", [
    ("2023-12-31", 2023.0), ("2020-12-31", 2020.0), ("2023-03-31", 2022 + 90 / 365),
    ("2023-06-30", 2022 + 181 / 365), ("2024-12-31", 2024.0), ("2024-02-29", 2023 + 60 / 366),
])
def test_decimal_year_is_aligned_on_year_ends(date, t):
    assert T.decimal_year(pd.Timestamp(date)) == pytest.approx(t)
    assert T.from_decimal_year(t) == pd.Timestamp(date)


def test_time_elapsed_is_the_share_of_the_plan_period():
    start, end = T.plan_bounds([2021, 2021, 2021, np.nan], [2025, 2025, 2025, 2025])
    t = [T.decimal_year(pd.Timestamp("2023-03-31")), 2019.5, 2027.0, 2023.0]
    share = T.time_elapsed(t, start, end)
    assert share[0] == pytest.approx(0.4493, abs=1e-4)
    assert share[1] == 0.0 and share[2] == 1.0 and np.isnan(share[3])


def _figures():
    return pd.DataFrame({
        "doc": ["r.txt"] * 6 + ["p.txt"],
        "kind": ["actual", "actual", "standard", "actual", "actual", "target", "actual"],
        "date": ["2023-03-31", "2023-03-31", "2023-06-30", "2023-06-30", "2023-08-31", "2023-12-31", "2020"],
    })


def test_as_of_date_is_the_most_printed_date_not_after_the_issue():
    manifest = pd.DataFrame({"file": ["r.txt", "p.txt", "n.txt"], "issued": ["2023-07-11", "2020-06-24", ""]})
    as_of = T.as_of_dates(_figures(), manifest)
    # 2023-03-31 twice, 2023-06-30 twice (tie: the later), 2023-08-31 after the issue date, targets ignored
    assert as_of[("r.txt", 2023)] == pd.Timestamp("2023-06-30")
    assert as_of[("p.txt", 2020)] == pd.Timestamp("2020-06-24")
    assert ("n.txt", 2023) not in as_of


def test_observation_date_rules():
    as_of = {("r.txt", 2023): pd.Timestamp("2023-03-31"), ("u.txt", 2023): pd.Timestamp("2023-08-31")}
    issued = pd.Timestamp("2023-07-11")
    assert T.observation_date("2023-06-30", "actual", "r.txt", as_of, issued, 2023) == (
        pd.Timestamp("2023-06-30"), T.PRINTED)
    assert T.observation_date("2023", "actual", "r.txt", as_of, issued, 2023) == (
        pd.Timestamp("2023-03-31"), T.AS_OF)
    assert T.observation_date("2020", "actual", "r.txt", as_of, issued, 2023) == (
        pd.Timestamp("2020-12-31"), T.YEAR_END)
    assert T.observation_date("2025", "target", "r.txt", as_of, issued, 2023) == (
        pd.Timestamp("2025-12-31"), T.YEAR_END)
    # no issue date: the reference year's values are dated at the as-of date
    assert T.observation_date("2023", "actual", "u.txt", as_of, None, 2023)[1] == T.AS_OF
    assert T.observation_date("2019", "actual", "u.txt", as_of, None, 2023)[1] == T.YEAR_END
    assert T.observation_date("", "actual", "u.txt", as_of, None, 2023) == (None, "")
