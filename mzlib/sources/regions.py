"""The regions of the manifest, named as a reader names them: a notebook parameter accepts any of them.

A region is found by its English or Chinese name, in any case, with or without punctuation or its
administrative suffix (``Tai'an``, ``taian``, ``泰安市``, ``泰安``).
"""

import re

from mzlib.core.errors import InputError

_SUFFIX = re.compile(r"(?:省|市|县|区|州|自治区|壮族|回族|维吾尔)+$")


def fold(name):
    """A region name folded for comparison: lower case, letters, digits and CJK only."""
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]", "", str(name).lower())


def regions(manifest):
    """The manifest's regions in manifest order, each once: a list of (region_en, region_zh)."""
    return list(dict.fromkeys(zip(manifest["region_en"], manifest["region_zh"])))


def resolve_region(name, manifest, parameter="REGION", source="notebook parameters",
                   what="a region of the manifest", none="None"):
    """The English name of the region of ``manifest`` that ``name`` names.

    Parameters
    ----------
    name : str or None
        A region's English or Chinese name, with or without its suffix (泰安, 泰安市, 湖北省,
        广西壮族自治区); ``None`` or "" for none chosen.
    manifest : pandas.DataFrame
        ``region_en``, ``region_zh`` of the regions that may be named.
    parameter, source : str
        The parameter's name and where it is set, for the error message.
    what, none : str
        What the regions are, and what None means, for the error message.

    Returns
    -------
    str or None

    Raises
    ------
    InputError
        One line naming every region that may be named.
    """
    if name is None or str(name).strip() == "":
        return None
    lookup = {}
    for en, zh in regions(manifest):
        for key in (fold(en), fold(zh), _SUFFIX.sub("", fold(zh))):
            lookup.setdefault(key, en)
    found = lookup.get(fold(name)) or lookup.get(_SUFFIX.sub("", fold(name)))
    if found is None:
        allowed = ", ".join(f"{en} ({zh})" for en, zh in regions(manifest))
        raise InputError(source, f"{parameter} {name!r} is not {what}", hint=f"use one of: {allowed}, or {none}")
    return found
