"""What a notebook's import cell sets up for its reader: bad input shown in one line.

A parameter that fails validation raises :class:`mzlib.core.errors.InputError`, whose message
already names the file (or parameter) and what to do. :func:`short_errors` makes IPython show that
message alone, not the 30 lines of traceback above it; the cell still fails (``make report`` and
nbval stop there), and every other exception keeps its full traceback.
"""

from mzlib.core.errors import InputError


def one_line(etype, value):
    """The line shown for a bad input: ``InputError: <its message>``."""
    return f"{etype.__name__}: {value}"


def _handler(shell, etype, value, tb, tb_offset=None):
    """Show the one line as the cell's error (IPython discards what a handler returns)."""
    line = one_line(etype, value)
    shell._showtraceback(etype, value, [line])
    return [line]


def short_errors(shell=None):
    """Show :class:`InputError` as its one-line message in this IPython session (no-op outside one).

    Returns
    -------
    bool
        True when a handler was registered.
    """
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:
            return False
        shell = get_ipython()
    if shell is None:
        return False
    shell.set_custom_exc((InputError,), _handler)
    return True
