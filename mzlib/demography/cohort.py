"""Cohort-component projection by single year of age and sex: the arithmetic, on numpy arrays.

A population is an array ``(..., 2, A)``: leading axes for runs (region x scenario), then sex
(0 men, 1 women), then single years of age ``0 .. A-2`` and the open group ``A-1`` (100+ when
A = 101). Counts are persons; death rates ``mx`` are deaths per person-year; fertility ``asfr``
is births per woman per year at each single age; ``srb`` is boys per girl at birth; ``migration``
is an annual factor per age (1 = no net migration). Times are decimal years.

One step of ``h`` years (0 < h <= 1), everyone in the projection having been alive before it:

1. **Survival.** A person aged x (completed years) at the start lives through ages x and x + 1
   during a full year, so the hazard is the mean ``(m_x + m_{x+1}) / 2`` (the open group keeps
   its own); survivors are ``P * exp(-h * hazard)``.
2. **Ageing.** A share ``h`` of each age moves up one year (ages uniform within the year of age);
   the open group keeps its survivors and receives those from the age below.
3. **Births.** ``h * sum(asfr * women)``, with women the mean of the start and end of the step
   (before births), split by ``srb`` and surviving half the step at the age-0 rate.
4. **Migration.** Every age is multiplied by ``migration ** h`` (net migrants join at the end).

Everyone aged 60 and over at a later date is therefore someone counted in the census, less those
who die, and moved by migration; only the young ages depend on births.
"""

import numpy as np

MEN, WOMEN = 0, 1


def hazard(mx):
    """Mean death rate over the next year of age: ``(m_x + m_{x+1}) / 2``; the open group's own."""
    out = np.array(mx, dtype=float, copy=True)
    out[..., :-1] = (out[..., :-1] + out[..., 1:]) / 2
    return out


def step(pop, h, mx, asfr, srb, migration=None):
    """Project ``pop`` by ``h`` years (0 < h <= 1).

    Parameters
    ----------
    pop : ndarray (..., 2, A)
        Persons by sex and single age at the start.
    h : float
        Step length in years.
    mx : ndarray broadcastable to pop
        Death rates (per person-year) by sex and age during the step.
    asfr : ndarray (..., A)
        Births per woman per year at each age of mother.
    srb : ndarray or float (...)
        Boys per girl at birth.
    migration : ndarray broadcastable to pop, optional
        Annual net-migration factor by sex and age (end-of-step age); None is closed.

    Returns
    -------
    (ndarray, ndarray)
        Persons at the end of the step (..., 2, A) and births during it (...).
    """
    if not 0 < h <= 1:
        raise ValueError(f"step length must be in (0, 1] years, got {h}")
    mx = np.broadcast_to(mx, pop.shape)
    alive = pop * np.exp(-h * hazard(mx))
    out = (1 - h) * alive
    out[..., 1:] += h * alive[..., :-1]
    out[..., -1] += h * alive[..., -1]
    women = (pop[..., WOMEN, :] + out[..., WOMEN, :]) / 2
    births = h * (np.asarray(asfr) * women).sum(axis=-1)
    boys = np.asarray(srb, dtype=float) / (1 + np.asarray(srb, dtype=float))
    newborn = np.exp(-mx[..., :, 0] * h / 2)
    out[..., MEN, 0] += births * boys * newborn[..., MEN]
    out[..., WOMEN, 0] += births * (1 - boys) * newborn[..., WOMEN]
    if migration is not None:
        out = out * np.asarray(migration) ** h
    return out, births


def step_lengths(start, ends):
    """Step lengths (years) from ``start`` through each time in ``ends`` (ascending)."""
    times = np.concatenate([[start], np.asarray(ends, dtype=float)])
    lengths = np.diff(times)
    if (lengths <= 0).any() or (lengths > 1 + 1e-9).any():
        raise ValueError("projection times must rise by more than 0 and at most 1 year a step")
    return np.minimum(lengths, 1.0)


def project(pop, start, ends, mx_at, asfr, srb, migration=None, mx_scale=1.0):
    """Project ``pop`` from time ``start`` to each time in ``ends`` (at most a year apart).

    ``mx_at(t)`` returns death rates (2, A) for the middle of a step; they are multiplied by
    ``mx_scale`` (broadcastable to pop: e.g. one factor per run and sex, shape (..., 2, 1)).
    ``asfr`` is an array, or a function of the step's middle time returning one (a fertility path).
    Returns persons (len(ends), ..., 2, A) and births during each step (len(ends), ...).
    """
    pop = np.asarray(pop, dtype=float)
    states, births, t = [], [], float(start)
    for h in step_lengths(start, ends):
        rates = asfr(t + h / 2) if callable(asfr) else asfr
        pop, b = step(pop, h, mx_at(t + h / 2) * mx_scale, rates, srb, migration)
        t += h
        states.append(pop)
        births.append(b)
    return np.stack(states), np.stack(births)


def group_sum(pop, lower, upper=None):
    """Persons aged ``lower`` to ``upper`` (inclusive; None is to the open end), both sexes."""
    both = pop.sum(axis=-2)
    return both[..., lower:None if upper is None else upper + 1].sum(axis=-1)
