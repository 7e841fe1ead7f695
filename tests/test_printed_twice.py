"""A quantity printed twice: roundings agree, conflicts stop the run with one line."""

import pytest

from mzlib.core.errors import InputError
from mzlib.demography.printed_twice import agreed_value, rounding_unit


def test_rounding_unit_is_half_the_last_non_zero_place():
    assert rounding_unit(6379000) == 500
    assert rounding_unit(6380000) == 5000
    assert rounding_unit(7) == 0.5
    assert rounding_unit(12.5) == 0


def test_a_rounder_print_agrees_and_the_more_precise_value_is_kept():
    assert agreed_value([6380000, 6379000], ["a:1", "a:2"], "65+") == 6379000
    assert agreed_value([6375000, 6380000], ["a:1", "a:2"], "65+") == 6375000


def test_the_same_value_twice_is_one_value():
    assert agreed_value([1057.0, 1057.0], ["a:1", "b:2"], "beds") == 1057.0


@pytest.mark.parametrize("values", [[6380000, 6374999], [6379000, 6381000], [12.5, 12.6]])
def test_values_no_rounding_reconciles_are_a_one_line_error_naming_the_figures(values):
    with pytest.raises(InputError, match=r"figures a:1, a:2") as error:
        agreed_value(values, ["a:1", "a:2"], "65+")
    assert "\n" not in str(error.value)
