"""Compiled organisation patterns."""
import pytest
import regex
from hypothesis import given, strategies as st

from extractor.organizations.lexicon import _AFTER, _BEFORE, _capitalised

_HEADS = ["Ban", "Ban Chấp hành", "Bộ", "Bộ Chỉ huy", "Hội", "Hội đồng", "Sở", "Ủy ban", "Ủy ban Kiểm tra"]


def _flat(words):
    """The alternation before grouping by first letter: one branch per word, longest first."""
    parts = [regex.escape(w[0]) + "(?i:" + regex.escape(w[1:]).replace(r"\ ", r"\s+") + ")"
             for w in sorted(set(words), key=len, reverse=True)]
    return regex.compile(_BEFORE + "(?:" + "|".join(parts) + ")" + _AFTER)


@pytest.mark.parametrize("text, found", [
    ("Ban Chấp hành Đảng bộ", ["Ban Chấp hành"]),
    ("BAN CHẤP HÀNH", ["BAN CHẤP HÀNH"]),
    ("Ủy ban  kiểm tra Tỉnh ủy, Bộ", ["Ủy ban  kiểm tra", "Bộ"]),
    ("bộ Hội đồngx Sở", ["Hội", "Sở"]),
])
def test_capitalised(text, found):
    assert [m.group() for m in regex.finditer(_capitalised(_HEADS), text)] == found


@given(st.lists(st.sampled_from(["Ban", " Chấp", " hành", " HÀNH", "Bộ", " Chỉ", " huy", "Hội", " đồng", "Sở", "Ủy",
                                 " ban", " Kiểm", " tra", "  ", "\n", ",", "x"]), max_size=12).map("".join))
def test_grouped_by_first_letter_matches_as_the_flat_alternation(text):
    grouped = regex.compile(_capitalised(_HEADS))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in _flat(_HEADS).finditer(text)]
