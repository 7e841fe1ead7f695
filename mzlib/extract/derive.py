"""Figures a reader derives without thinking, as rows of their own (``method = derived``).

``1783人,比2020年增长50%`` prints a 2020 value of 1783 / 1.5 = 1,188.67; ``560个,比2020年增加30个``
one of 530; ``结婚率为5.4‰,比上年下降0.4个千分点`` a prior-year 5.8‰; nothing is derived where the sentence
prints the value changed from or compared with (``由420元提高到660元,提高了57%``, ``比上年的1.1万张有所增加``,
the equation ``430元/月+5元=435元/月``). Each derived row is a
``baseline`` of the level's indicator, dated at the comparison year, with the arithmetic in
``derivation`` and the two figures it rests on in ``derived_from``. Its quote is the sentence and
its value span that of the printed rate or change, so the provenance invariant holds.
"""

import bisect
import math

from mzlib.extract.context import COMPARED_CUE, FROM_CUE, INCREMENT_CUE
from mzlib.extract.units import unit_info


def _digits(number, like):
    """Round a derived number to two more decimals than the level was printed with."""
    decimals = len(like.split(".")[1]) if "." in like else 0
    return round(number, decimals + 2)


def _fmt(number):
    return f"{number:.10g}"


def derived_figures(doc, rows):
    """Derived baseline rows for every growth rate or change linked to a level in its sentence.

    Parameters
    ----------
    doc : mzlib.extract.document.Document
    rows : list of dict
        Prose figure rows; a growth/change row carries ``_level``, the row of the level it
        describes, and a ``base_year``. Where the change is mapped to an indicator, the level is
        the last figure of that indicator in the same sentence (``分别达到7680元、4500元,较2015年
        分别增长…``).

    Returns
    -------
    list of dict
        New rows; ``derived_from`` holds the value offsets of the level and the change, turned
        into figure ids by the caller.
    """
    out = []
    levels = {}  # (indicator, sentence start) -> positions of its levels, in order
    printed = set()  # (indicator, subject, sentence start) of the values changed from or compared with
    for i, r in enumerate(rows):
        if r["kind"] in ("actual", "target", "standard"):
            levels.setdefault((r["indicator_id"], r["char_start"]), []).append(i)
        if r["kind"] == "baseline" and r["kind_cue"] in (FROM_CUE, COMPARED_CUE):
            printed.add((r["indicator_id"], r["indicator_zh"], r["char_start"]))
    for i, change in enumerate(rows):
        level = change.get("_level")
        if level is not None and change["indicator_id"] != "unmapped":
            same = levels.get((change["indicator_id"], change["char_start"]), [])
            k = bisect.bisect_left(same, i)
            level = rows[same[k - 1]] if k else level
        if level is None or change["base_year"] is None or level["value_type"] != "number" \
                or change["kind_cue"] == INCREMENT_CUE:  # the increase of an equation: its first term is printed
            continue
        if (level["indicator_id"], level["indicator_zh"], level["char_start"]) in printed:
            continue  # the sentence prints the value changed from: nothing to derive
        if change["kind"] == "growth_rate" and change["growth_basis"] == "annual":
            continue
        value = _base(level, change)
        if value is None:
            continue
        base_value, arithmetic = value
        number = _digits(base_value, level["value"])
        row = dict(level)
        row.update(
            kind="baseline", kind_cue="", date=str(change["base_year"]), year=change["base_year"],
            base_year=None, year_basis="derived from the printed change", value=_fmt(number),
            value_text=change["value_text"], value_start=change["value_start"],
            value_end=change["value_end"], char_start=change["char_start"],
            char_end=change["char_end"], quote=change["quote"], line=change["line"],
            comparator="", method="derived", derivation=arithmetic,
            derived_from=f"{level['value_start']};{change['value_start']}",
            note="computed, not printed", growth_basis="",
        )
        factor = unit_info(level["unit"])[1] if level["unit"] else 1.0
        scale = level["value_std"] / float(level["value"]) if float(level["value"]) else factor
        row["value_std"] = round(number * scale, 10) if not math.isnan(scale) else math.nan
        row.pop("_level", None)
        row.pop("_inverse", None)
        out.append(row)
    return out


def _base(level, change):
    """``(value, arithmetic)`` of the level at the comparison date, in the level's printed unit."""
    current = float(level["value"])
    amount = abs(float(change["value"]))  # the sign is in value_std (增加-300人: a fall of 300)
    falling = change["value_std"] < 0 if not math.isnan(change["value_std"]) else False
    unit = level["unit"]
    if change["kind"] == "growth_rate":
        rate = change["value_std"]  # in %, signed: 增长1.2倍 is 120, 下降3% is -3
        if math.isnan(rate) or rate <= -100:
            return None
        base = current / (1 + rate / 100)
        printed = f"{change['value']}%" if change["unit"] == "%" else f"{abs(rate):.10g}% ({change['value']}{change['unit']})"
        return base, f"{level['value']}{unit} / (1 {'-' if falling else '+'} {printed}) = {base:.6g}{unit}"
    if change["kind"] == "change":
        if change["unit"] and unit and unit_info(change["unit"])[0] != unit_info(unit)[0]:
            return None
        factor = (unit_info(change["unit"])[1] / unit_info(unit)[1]) if change["unit"] and unit else 1.0
        delta = amount * factor
        base = current + delta if falling else current - delta
        return base, f"{level['value']}{unit} {'+' if falling else '-'} {change['value'].lstrip('-')}{change['unit']} = {base:.6g}{unit}"
    if change["kind"] == "change_pp":
        if unit not in ("%", "‰"):
            return None
        permille_change = "千分点" in change["unit"]
        same_scale = permille_change == (unit == "‰")
        points = amount if same_scale else (amount * 10 if unit == "‰" else amount / 10)
        base = current + points if falling else current - points
        return base, f"{level['value']}{unit} {'+' if falling else '-'} {change['value'].lstrip('-')}{change['unit']} = {base:.6g}{unit}"
    return None
