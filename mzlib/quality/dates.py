"""Dates that cannot be right, and values reported for periods that had not ended.

- ``impossible_date``: a year printed in the text (``3023年``) outside the plausible years of
  ``check_params.csv``, or a month or day that does not exist (``2023年13月``, ``2月30日``). The
  text is read, not the figures, so a misprinted year is found even where no figure is dated by
  it; the figures whose ``date`` comes from it are listed. When exactly one year near the
  document's own date differs from the printed one by one digit or two adjacent digits
  transposed, that year stands beside the original as the correction.
- ``reported_before_year_end``: a value reported as achieved (kind ``actual``) for a date the
  document's issue date had not reached: a bare year (``2023年``) ends on 31 December, a printed
  month or day (``截至2023年3月底``) on that day. Only dates printed in the text count (not the
  document's reference year), and impossible years are left to ``impossible_date``.

These rules do not depend on the indicator, so unmapped figures take part.
"""

import calendar
import re

import pandas as pd

from mzlib.core.normalize import line_number, normalize
from mzlib.extract.dates import DateBasis
from mzlib.quality.misprints import digit_slip
from mzlib.quality.rows import check_row, params

_YEAR = re.compile(r"(?<!\d)(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?")


def _manifest_row(manifest, doc):
    row = manifest[manifest["file"] == doc]
    return row.iloc[0] if len(row) else None


def _anchor_year(row):
    """The year of the document's date: issued, else its reference year, else None."""
    if row is None:
        return None
    if str(row.get("issued", "")).strip():
        return int(str(row["issued"])[:4])
    if str(row.get("reference_year", "")).strip():
        return int(row["reference_year"])
    return None


def _year_correction(year, anchor):
    window = int(params()["date_correction_window"])
    if anchor is None:
        return {}
    hits = [(c, digit_slip(str(year), str(c))) for c in range(anchor - window, anchor + window + 1)]
    hits = [(c, s) for c, s in hits if s is not None]
    if len(hits) != 1:
        return {}
    c, slip = hits[0]
    return dict(original_value=str(year), corrected_value=str(c),
                correction_reason=f"the only year within {window} years of the document's date ({anchor}) that one "
                                  f"misprint explains: {slip.description}")


def impossible_dates(texts, manifest, figures):
    """Impossible years, months and days printed in the texts (see the module docstring).

    Parameters
    ----------
    texts : dict
        ``{doc: original text}``.
    manifest : pandas.DataFrame
        The document manifest (``file``, ``issued``, ``reference_year``, ``region_en``).
    figures : pandas.DataFrame
        Printed figures, to list those dated by an impossible year.
    """
    out = []
    p = params()
    for doc, text in texts.items():
        row = _manifest_row(manifest, doc)
        anchor = _anchor_year(row)
        latest = max(int(p["latest_year"]), anchor or 0)
        region = row["region_en"] if row is not None else ""
        dated = figures[figures["doc"] == doc]
        issued = row["issued"] if row is not None and str(row.get("issued", "")).strip() else ""
        for m in _YEAR.finditer(normalize(text)):
            year, month, day = int(m.group(1)), m.group(2), m.group(3)
            line = line_number(text, m.start())
            context = text[max(0, m.start() - 12):m.end() + 6].replace("\n", " ")
            where = f"line {line}: '{context}'"
            if not p["earliest_year"] <= year <= latest:
                figs = dated[dated["date"].astype(str).str.startswith(str(year))]
                out.append(_year_row(doc, m.start(), year, where, figs, anchor, issued, latest, region))
                continue
            bad = _bad_month_day(year, month, day)
            if bad:
                out.append(check_row("impossible_date", "error", "fail", dated.head(0),
                                     f"{m.group(0)} at line {line}", f"{bad} ({where}); no correction is obvious.",
                                     doc=doc, key=f"{doc}:{m.start()}", region=region))
    return out


def _year_row(doc, start, year, where, figs, anchor, issued, latest, region):
    correction = _year_correction(year, anchor)
    when = f"issued {issued}" if issued else (f"of {anchor}" if anchor else "of unknown date")
    fixed = ""
    if correction:
        fixed = f" The correction {correction['corrected_value']} is recorded beside it"
        fixed += f"; {len(figs)} figure(s) take their date from it." if len(figs) else "."
    return check_row("impossible_date", "error", "fail", figs, f"year {year} at {where.split(':')[0]}",
                     f"Year {year} ({where}) is impossible for a document {when}: plausible years are "
                     f"{params()['earliest_year']:.0f}-{latest}.{fixed}", doc=doc, key=f"{doc}:{start}",
                     region=region, **correction)


def _bad_month_day(year, month, day):
    if month is None:
        return ""
    month = int(month)
    if not 1 <= month <= 12:
        return f"Month {month} does not exist"
    if day is not None and not 1 <= int(day) <= calendar.monthrange(year, month)[1]:
        return f"{year}-{month:02d} has no day {int(day)}"
    return ""


def _period_end(date):
    """The last day a printed date covers (``'2023'`` -> 2023-12-31), or NaT."""
    date = str(date)
    if len(date) == 4 and date.isdigit():
        date = f"{date}-12-31"
    return pd.to_datetime(date, errors="coerce")


PRINTED_BASES = tuple(b.value for b in (DateBasis.PRINTED_IN_CLAUSE, DateBasis.PRINTED_IN_SENTENCE,
                                         DateBasis.COMPARED_VALUE, DateBasis.FROM_YEAR))
"""Date bases of a date printed with the figure itself (not one inferred from the document)."""


def reported_before_year_end(figures, manifest):
    """Values reported as achieved for a period the document's issue date had not reached."""
    out = []
    latest = params()["latest_year"]
    for _, row in manifest[manifest["issued"].astype(str).str.strip() != ""].iterrows():
        issued = pd.Timestamp(row["issued"])
        sel = figures[(figures["doc"] == row["file"]) & (figures["kind"] == "actual")
                      & figures["date_basis"].isin(PRINTED_BASES) & (figures["year"] <= latest)]
        ends = sel["date"].map(_period_end)
        sel = sel[ends > issued]
        if sel.empty:
            continue
        dates = sorted(set(sel["date"].astype(str)))
        out.append(check_row("reported_before_year_end", "warning", "fail", sel,
                             f"issued {row['issued']}; values dated {', '.join(dates)}",
                             f"The document is dated {row['issued']} yet reports {len(sel)} value(s) as achieved "
                             f"for {', '.join(dates)}, a period that had not ended: they can only be plans, "
                             "estimates or values to date.", doc=row["file"], key=f"{row['file']}:{issued.year}"))
    return out
