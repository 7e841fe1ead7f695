"""Name the likely misprint when a printed number disagrees with the number it should be.

A check that recomputes a printed value from its own parts (a share from its numerator and
denominator, a total from its components, a growth rate from its endpoints) or that finds two
printings of one quantity in conflict asks :func:`name_misprint` whether one common slip of the
pen explains the difference:

- ``one_digit``: one digit differs, not the last one (``9.91`` printed where the parts give ``6.91``);
  a different last digit is too close to rounding to be called a misprint;
- ``transposed_digits``: two adjacent digits swapped (``1873`` and ``1783``);
- ``decimal_point``: the decimal point one place off (``69.1`` for ``6.91``);
- ``power_of_ten``: ten times too large or too small, a digit added or dropped (``113050`` for
  ``11305``).

The answer is a suggestion beside the original, never a correction in its place.
"""

from dataclasses import dataclass

from mzlib.quality.rows import decimals, half_unit, printed_like

_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]


@dataclass(frozen=True)
class Misprint:
    """A named misprint: its ``kind``, a plain-English ``description`` and the value it suggests
    (``corrected``, written like the printed value)."""

    kind: str
    description: str
    corrected: str


def _count_word(n):
    return {1: "one", 2: "two", 3: "three"}.get(n, str(n))


def _ordinal(i):
    return f"the {_ORDINALS[i]} digit" if i < len(_ORDINALS) else f"digit {i + 1}"


def _digits(text):
    return str(text).replace("-", "").replace(".", "")


def digit_slip(printed, other):
    """A one-digit or adjacent-transposition difference between two numbers written alike.

    Parameters
    ----------
    printed, other : str
        Two numbers with the same number of decimals (``'9.91'``, ``'6.91'``).

    Returns
    -------
    Misprint or None
    """
    a, b = _digits(printed), _digits(other)
    if len(a) != len(b) or len(a) < 2 or decimals(printed) != decimals(other) or a == b:
        return None
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1 and diff[0] < len(a) - 1:
        i = diff[0]
        return Misprint("one_digit", f"one digit differs ({_ordinal(i)}: {a[i]} printed for {b[i]})", other)
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        i = diff[0]
        return Misprint("transposed_digits",
                        f"two adjacent digits transposed ({a[i:i + 2]} printed for {b[i:i + 2]})", other)
    return None


def power_slip(printed, low, high, max_shift=1):
    """A decimal point or power of ten that explains ``printed`` against ``low``..``high``.

    Parameters
    ----------
    printed : str
        The printed number.
    low, high : float
        The interval the number should lie in (the value recomputed from its parts, with rounding).
    max_shift : int
        Powers of ten tried each way.

    Returns
    -------
    Misprint or None
        Only when exactly one shift lands inside the interval.
    """
    value = float(printed)
    hits = []
    for k in [s for n in range(1, int(max_shift) + 1) for s in (n, -n)]:
        margin = half_unit(printed) / 10 ** k
        if low - margin <= value / 10 ** k <= high + margin:
            hits.append(k)
    if len(hits) != 1 or value == 0:
        return None
    k = hits[0]
    places = max(0, decimals(printed) + k) if decimals(printed) else 0
    corrected = f"{value / 10 ** k:.{places}f}"
    if "." in str(printed) or places:
        places_word = f"{_count_word(abs(k))} place{'s' if abs(k) > 1 else ''}"
        return Misprint("decimal_point", f"the decimal point {places_word} off ({printed} printed for {corrected})",
                        corrected)
    size = "large" if k > 0 else "small"
    return Misprint("power_of_ten", f"{10 ** abs(k)} times too {size}, a digit "
                                    f"{'added' if k > 0 else 'dropped'} ({printed} printed for {corrected})",
                    corrected)


def name_misprint(printed, low, point, high, max_shift=1):
    """The misprint that explains a printed number against the value recomputed from its parts.

    Parameters
    ----------
    printed : str
        The printed number (``'9.91'``).
    low, point, high : float
        The recomputed value and its rounding interval (same unit as the printed number).
    max_shift : int
        Powers of ten tried for a decimal point or power-of-ten slip.

    Returns
    -------
    Misprint or None
        ``corrected`` is the recomputed value written like the printed one.
    """
    for value in (point, low, high):
        slip = digit_slip(printed, printed_like(value, printed))
        if slip is not None:
            return slip
    return power_slip(printed, low, high, max_shift)
