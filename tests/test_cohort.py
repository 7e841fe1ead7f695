"""The cohort-component step against a two-step example computed by hand (arithmetic in comments)."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mzlib.demography import cohort

# Three ages (0, 1, 2+). Men [100, 80, 50], women [90, 70, 60]; only women aged 1 give birth,
# 0.5 a year; as many boys as girls.
POP = np.array([[100.0, 80.0, 50.0], [90.0, 70.0, 60.0]])
MX = np.array([[0.1, 0.2, 0.4], [0.05, 0.1, 0.3]])
ASFR = np.array([0.0, 0.5, 0.0])


def test_hazard_is_the_mean_of_the_two_ages_lived_through():
    # men: (0.1 + 0.2) / 2 = 0.15, (0.2 + 0.4) / 2 = 0.3, open group 0.4
    assert cohort.hazard(MX)[0] == pytest.approx([0.15, 0.3, 0.4])


def test_two_steps_by_hand():
    # Step 1, h = 1. Survivors: men 100 e^-0.15 = 86.0708, 80 e^-0.3 = 59.2655, 50 e^-0.4 = 33.5160;
    # women 90 e^-0.075 = 83.4969, 70 e^-0.2 = 57.3112, 60 e^-0.3 = 44.4491.
    # Everyone moves up: men [., 86.0708, 59.2655 + 33.5160 = 92.7815]; women [., 83.4969, 101.7602].
    # Births: 0.5 x (70 + 83.4969) / 2 = 38.3742; boys 38.3742 / 2 x e^-0.05 = 18.2513,
    # girls 38.3742 / 2 x e^-0.025 = 18.7134.
    one, births = cohort.step(POP, 1.0, MX, ASFR, 1.0)
    assert births == pytest.approx(38.3742, abs=1e-4)
    assert one[0] == pytest.approx([18.2513, 86.0708, 92.7815], abs=1e-4)
    assert one[1] == pytest.approx([18.7134, 83.4969, 101.7602], abs=1e-4)
    # Step 2, h = 0.5, migration factor 1.21 a year at 2+ (1.1 for half a year).
    # Men survivors: 18.2513 e^-0.075 = 16.9326, 86.0708 e^-0.15 = 74.0818, 92.7815 e^-0.2 = 75.9630.
    # Half of each age moves up: age 1 = 0.5 x 74.0818 + 0.5 x 16.9326 = 45.5072;
    # 2+ = (0.5 x 74.0818 + 75.9630) x 1.1 = 124.3043.
    # Women survivors: 18.7134 e^-0.0375 = 18.0246, 83.4969 e^-0.1 = 75.5511, so women aged 1 at the
    # end = 0.5 x 75.5511 + 0.5 x 18.0246 = 46.7879; births
    # 0.5 x 0.5 x (83.4969 + 46.7879) / 2 = 16.2856; boys aged 0: 0.5 x 16.9326 + 8.1428 e^-0.025 = 16.4080.
    two, births = cohort.step(one, 0.5, MX, ASFR, 1.0, np.array([1.0, 1.0, 1.21]))
    assert births == pytest.approx(16.2856, abs=1e-4)
    assert two[0] == pytest.approx([16.4080, 45.5072, 124.3043], abs=1e-4)
    assert two[1] == pytest.approx([17.0540, 46.7879, 137.8976], abs=1e-4)


def test_project_chains_steps_and_reports_each():
    states, births = cohort.project(POP, 2020.0, [2021.0, 2021.5], lambda t: MX, ASFR, 1.0,
                                    np.array([1.0, 1.0, 1.21]) * np.ones((2, 3)))
    assert states.shape == (2, 2, 3) and births.shape == (2,)
    # the first step has no migration at ages 0-1 and 1.21 at 2+: men 2+ = 92.7815 x 1.21
    assert states[0, 0, 2] == pytest.approx(92.7815 * 1.21, abs=1e-3)


def test_mortality_is_taken_at_the_middle_of_each_step():
    seen = []
    cohort.project(POP, 2020.8333, [2021.0, 2022.0], lambda t: seen.append(t) or MX, ASFR, 1.0)
    assert seen == pytest.approx([2020.8333 + 0.1667 / 2, 2021.5], abs=1e-4)


@pytest.mark.parametrize("ends", [[2020.0], [2021.5], [2021.0, 2020.5]])
def test_steps_must_rise_by_at_most_a_year(ends):
    with pytest.raises(ValueError, match="at most 1 year"):
        cohort.step_lengths(2020.0, ends)


def test_bad_step_length_is_refused():
    with pytest.raises(ValueError, match=r"\(0, 1\]"):
        cohort.step(POP, 1.5, MX, ASFR, 1.0)


def test_runs_stack_on_leading_axes():
    # two regions projected together give what each gives alone
    pops = np.stack([POP, 2 * POP])
    asfr = np.stack([ASFR, 2 * ASFR])
    together, births = cohort.step(pops, 1.0, MX, asfr, np.array([1.0, 1.05]))
    alone, b = cohort.step(2 * POP, 1.0, MX, 2 * ASFR, 1.05)
    assert together[1] == pytest.approx(alone)
    assert births[1] == pytest.approx(b)


@settings(max_examples=40, deadline=None)
@given(h=st.floats(0.01, 1.0), counts=st.lists(st.floats(0, 1e6), min_size=6, max_size=6))
def test_without_deaths_births_or_migration_nobody_is_lost(h, counts):
    pop = np.array(counts).reshape(2, 3)
    out, births = cohort.step(pop, h, np.zeros((2, 3)), np.zeros(3), 1.0)
    assert births == 0
    assert out.sum() == pytest.approx(pop.sum(), rel=1e-12, abs=1e-6)
    # a share h of each age has moved up one year
    assert out[:, 0] == pytest.approx((1 - h) * pop[:, 0], abs=1e-6)


def test_group_sum_counts_both_sexes_inclusive():
    assert cohort.group_sum(POP, 1, 1) == 150  # 80 + 70
    assert cohort.group_sum(POP, 1) == 260     # 80 + 50 + 70 + 60
    assert math.isclose(cohort.group_sum(POP[None], 0, 0)[0], 190)
