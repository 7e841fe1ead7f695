"""Boundary tests of the unit conversions: each one fails if its factor is inverted or dropped.

Per mille and percent differ by ten, and so do 千分点 and 百分点: a level printed in ‰ with a change in
千分点 keeps its scale, one printed in % with a change in 千分点 moves by a tenth of a point, and one
printed in ‰ with a change in 百分点 by ten per mille. 万 and 亿 scale counts and money; a monthly money
standard is twelve times its annual value.
"""

import pytest

from mzlib.extract.figures import Document, extract_document
from mzlib.extract.units import standardise, unit_info


def _derived(text):
    doc = Document("t.txt", text, "某市", "Someplace", 2023, None, None)
    figures = extract_document(doc).figures
    derived = figures[figures["method"] == "derived"]
    assert len(derived) == 1, derived[["value", "unit", "derivation"]]
    return float(derived.iloc[0]["value"]), derived.iloc[0]["unit"]


@pytest.mark.parametrize("text, prior", [
    ("全年结婚率为5.4‰,比上年下降0.4个千分点。", 5.8),          # ‰ level, 千分点 change: same scale
    ("全年出生率为7.6‰,比上年提高0.3个千分点。", 7.3),
    ("年末城镇化率为65.3%,比上年提高3个千分点。", 65.0),        # % level, 千分点 change: a tenth
    ("全年人口自然增长率为2.1‰,比上年提高0.1个百分点。", 1.1),  # ‰ level, 百分点 change: ten times
    ("年末城镇化率为65.3%,比上年提高0.8个百分点。", 64.5),      # % level, 百分点 change: same scale
])
def test_a_change_in_points_moves_its_level_on_the_right_scale(text, prior):
    value, unit = _derived(text)
    assert value == pytest.approx(prior)
    assert unit in ("%", "‰")


@pytest.mark.parametrize("unit, number, expected", [
    ("‰", 5.4, 0.54), ("%", 5.4, 5.4), ("万人", 1.5, 15000), ("亿元", 2.5, 2.5e8), ("万元", 3, 30000),
    ("千万元", 1, 1e7),
])
def test_printed_units_scale_to_their_standard(unit, number, expected):
    value, unit_std, _ = standardise(number, unit)
    assert value == pytest.approx(expected)
    assert unit_std


def test_a_monthly_standard_is_twelve_times_its_annual_value():
    monthly, std, note = standardise(650, "元/人·月", "monthly")
    annual, _, _ = standardise(7800, "元/人·年", "annual")
    assert (monthly, annual, std) == (7800, 7800, "yuan/person/year")
    assert "x 12" in note


def test_per_mille_is_a_share_of_a_tenth_of_a_percent():
    assert unit_info("‰") == ("%", 0.1, "share")
