"""Regular expressions whose search skips, at C speed, the positions where no match can start.

A search tries its pattern at every position of the text. A pattern that opens with an alternation of
many cue words (``力争|确保|争取(?:在|到)…``), or with an optional group, gets no help from the engine: it
tries every alternative at every character. :func:`first_test` puts a lookahead of the characters a match
can open with in front of such a pattern (``(?=[力确争…])``), a test of one character that fails at most
positions; a pattern that may match nothing but must end the text (``(?:由|从|的|在|\\s)*$``: the trailing
words of a subject) gets a lookahead that the rest of the text is made of the characters it can consume.
Either lookahead holds wherever the pattern matches, so the matches are the same: only the positions where
it cannot match are skipped sooner. Both sets of characters are read off the parsed pattern, never written
out by hand; where they cannot be known (a negated class, ``.``, a back reference), the pattern is
returned unchanged.
"""

import re
from re import _constants as sre  # the parsed form of a pattern: the engine's own, stable since Python 3.11
from re import _parser as parser

_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class _Unknown(Exception):
    """A part of a pattern whose characters are not known (a negated class, ``.``, a back reference)."""


def _class(items):
    """The members of a character class ``[...]``, as text for another class."""
    out = set()
    for op, av in items:
        if op is sre.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is sre.RANGE:
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:  # NEGATE, and anything else
            raise _Unknown
    return out


def _first(items):
    """``(chars, empty)``: the class members a match of the parsed sequence ``items`` can open with,
    and whether it can match nothing."""
    chars = set()
    for op, av in items:
        if op is sre.LITERAL:
            return chars | {re.escape(chr(av))}, False
        if op is sre.IN:
            return chars | _class(av), False
        if op in _ZERO_WIDTH:
            continue
        if op is sre.SUBPATTERN and (av[1] | av[2]) & ~re.UNICODE:
            raise _Unknown  # flags of its own ((?i:…)): its characters are not those printed
        if op is sre.SUBPATTERN or op is sre.ATOMIC_GROUP:
            first, empty = _first(av[-1] if op is sre.SUBPATTERN else av)
        elif op in _REPEATS:
            first, empty = _first(av[2])
            empty = empty or av[0] == 0
        elif op is sre.BRANCH:
            parts = [_first(alternative) for alternative in av[1]]
            first, empty = set().union(*(p[0] for p in parts)), any(p[1] for p in parts)
        else:
            raise _Unknown
        chars |= first
        if not empty:
            return chars, False
    return chars, True


def _consumed(items):
    """The class members of every character a match of the parsed sequence ``items`` can consume
    (what lookarounds test is not consumed)."""
    chars = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(re.escape(chr(av)))
        elif op is sre.IN:
            chars |= _class(av)
        elif op in _ZERO_WIDTH:
            continue
        elif op is sre.SUBPATTERN and not (av[1] | av[2]) & ~re.UNICODE:
            chars |= _consumed(av[-1])
        elif op is sre.ATOMIC_GROUP:
            chars |= _consumed(av)
        elif op in _REPEATS:
            chars |= _consumed(av[2])
        elif op is sre.BRANCH:
            for alternative in av[1]:
                chars |= _consumed(alternative)
        else:
            raise _Unknown
    return chars


def first_test(pattern, flags=0):
    """``pattern`` compiled, with the lookahead that lets a search skip the positions where it cannot
    match (see the module's docstring): the characters a match opens with, or, for a pattern that can
    match nothing and ends with ``$``, the characters the rest of the text must be made of. Unchanged
    when neither is known, or when case is ignored."""
    compiled = re.compile(pattern, flags)
    if compiled.flags & (re.IGNORECASE | re.VERBOSE):
        return compiled
    try:
        items = list(parser.parse(compiled.pattern, compiled.flags))
        first, empty = _first(items)
        if not empty:
            return re.compile(f"(?=[{''.join(sorted(first))}])(?:{compiled.pattern})", compiled.flags)
        consumed = _consumed(items) if items and items[-1] == (sre.AT, sre.AT_END) else None
        if consumed and not compiled.flags & re.MULTILINE:
            return re.compile(f"(?=[{''.join(sorted(consumed))}]*$)(?:{compiled.pattern})", compiled.flags)
    except _Unknown:
        pass
    return compiled
