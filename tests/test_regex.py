"""The first test of a pattern (mzlib.core.regex.first_test) finds what the pattern finds, and the prose
patterns searched at every character of a clause have one."""

import re

import pytest

from mzlib.core.regex import first_test
from mzlib.extract import context


TEXTS = ["", "比上年增长5.2%", "全市力争到2025年达到90%以上", "由从2020年的", "建成3个", "要",
         "主要目标任务完成情况:", "年末共有养老机构", "  分别为\n", "ab(?)[x]"]


@pytest.mark.parametrize("pattern", [
    r"将|(?<!主)要", r"(?:由|从)\s*\d{4}\s*年|的|\s", r"(?:比|较)[^,;。]{0,12}?(?:增长|下降)\s*$",
    r"(?:(?:由|从)\s*\d{4}年|由|的|\s)*$", r"(?P<w>(?:主要)?目标)(?:是|为)?\s*:", r"[\d一二]{1,2}、", r"^(?:建成|将)+$",
    r"a.b", r".b", r"[^x]y", r"(?i:abc)d",
])
def test_same_matches(pattern):
    fast, plain = first_test(pattern), re.compile(pattern)
    for text in TEXTS:
        for pos in range(len(text) + 1):
            for method in ("search", "match", "fullmatch"):
                a, b = getattr(fast, method)(text, pos), getattr(plain, method)(text, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (pattern, text, pos, method)


def test_what_is_known():
    assert first_test(r"将|(?<!主)要").pattern.startswith("(?=[将要])")
    assert first_test(r"(?:的|\s)*$").pattern.startswith(r"(?=[\s的]*$)")
    for unknown in (r".b", r"[^x]y", r"(?i:abc)d", r"(?:的)*"):  # any character, or a match of nothing anywhere
        assert first_test(unknown).pattern == unknown


@pytest.mark.parametrize("name", ["_GROWTH_BEFORE", "_FUTURE", "_TARGET_CUE", "_LIST_LEAD", "_TRAIL_WORDS",
                                  "_VERB_ONLY", "_GOAL_LEAD"])
def test_prose_patterns_have_a_first_test(name):
    """A cue added to one of these lists in a form whose first characters cannot be read (``.``, ``[^…]``
    first) leaves its pattern without the test: correct, but searched at every character again."""
    assert getattr(context, name).pattern.startswith("(?=[")
