"""Naming a misprint: one digit, two adjacent digits transposed, a decimal point, a power of ten;
and nothing where rounding or a real difference explains the gap."""

import pytest

from mzlib.quality.misprints import digit_slip, name_misprint, power_slip


@pytest.mark.parametrize("printed, low, point, high, kind, corrected", [
    ("9.91", 6.49, 6.907, 7.32, "one_digit", "6.91"),
    ("9.1", 6.0, 6.097, 6.2, "one_digit", "6.1"),
    ("0.39", 0.93, 0.94, 0.95, "transposed_digits", "0.93"),
    ("69.1", 6.90, 6.91, 6.92, "decimal_point", "6.91"),
    ("0.691", 6.90, 6.91, 6.92, "decimal_point", "6.91"),
    ("113050", 11300, 11305, 11310, "power_of_ten", "11305"),
    ("1136", 11350, 11360, 11370, "power_of_ten", "11360"),
])
def test_common_misprints_are_named(printed, low, point, high, kind, corrected):
    slip = name_misprint(printed, low, point, high)
    assert (slip.kind, slip.corrected) == (kind, corrected)
    assert printed in slip.description or kind != "power_of_ten"


@pytest.mark.parametrize("printed, low, point, high", [
    ("8", 6.73, 6.78, 6.83),      # a claim of 8% against 6.78%: no single slip
    ("60", 58.58, 58.59, 58.60),  # a rounded ratio
    ("49.9", 50.99, 51.26, 51.54),
    ("6.92", 6.90, 6.91, 6.91),   # only the last digit: too close to rounding to call a misprint
    ("5", 6.0, 6.0, 6.0),         # one digit long
])
def test_no_misprint_is_named_without_one_clear_slip(printed, low, point, high):
    assert name_misprint(printed, low, point, high) is None


def test_two_printings_transposed_and_years():
    assert digit_slip("1873", "1783").kind == "transposed_digits"
    assert "87 printed for 78" in digit_slip("1873", "1783").description
    assert digit_slip("3023", "2023").kind == "one_digit"
    assert digit_slip("1873", "1873") is None and digit_slip("1873", "187") is None


def test_a_power_of_ten_is_offered_only_when_exactly_one_shift_fits():
    assert power_slip("113050", 1700, 102000).corrected == "11305"
    assert power_slip("113050", 1000, 2_000_000) is None  # 11305 and 1130500 both fit
    assert power_slip("500", 4, 6000) is None  # 50 and 5000 both fit
    assert power_slip("113050", 1700, 102000, max_shift=0) is None
