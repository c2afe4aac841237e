"""Clause bounds and words around a figure, with exact offsets."""
import pytest
from hypothesis import given, strategies as st

import regex

from extractor.percentages.clause import BOUNDARY, _REACH, clause_start, cut_text, is_number, tokens

_PIECES = ["doanh thu", " ", ",", ", ", "5,5", ".", "3.5", ";", ":", "(GDP)", "(", ")", "(đạt", "\n", "…",
           '"', "x" * 30, "TP)"]


def _forward_scan(view, pos):
    """The clause start as the last match of a forward scan over the slice."""
    start = max(0, pos - _REACH)
    ends = [m.end() for m in BOUNDARY.finditer(view, start, pos)]
    return ends[-1] if ends else start


@pytest.mark.parametrize("view, pos, start", [
    ("Doanh thu đạt 3.216 tỷ đồng, bằng 53,1% kế hoạch", 34, 28),
    ("Tăng trưởng (GDP) đạt 7%", 22, 0),
    ("Số đảng viên mới (đạt 90 % so với chỉ tiêu)", 23, 18),
    ("tăng 3.5 điểm", 9, 0),
    ("a; b: c", 7, 5),
    ("không có ranh giới", 10, 0),
])
def test_clause_start_is_after_the_last_boundary(view, pos, start):
    assert clause_start(view, pos) == start


@given(parts=st.lists(st.sampled_from(_PIECES), max_size=40), data=st.data())
def test_clause_start_matches_a_forward_scan(parts, data):
    view = "".join(parts)
    pos = data.draw(st.integers(min_value=-2, max_value=len(view) + 2))
    assert clause_start(view, pos) == _forward_scan(view, pos)


_WORD_PIECES = ["Doanh", " ", "  ", "thu,", "đạt;", "\n", "\u00a0", "\t", "ΑΣ", "İ", "5,5%", "(GDP)", "ĐẢNG"]


def _regex_tokens(view, a, b):
    words = regex.compile(r"\S+").finditer(view, a, b)
    return [(m.group().lower().strip(",;"), m.start(), m.end()) for m in words]


@pytest.mark.parametrize("view, a, b, words", [
    ("Doanh thu, đạt 5%", 0, 17, [("doanh", 0, 5), ("thu", 6, 10), ("đạt", 11, 14), ("5%", 15, 17)]),
    ("Doanh  thu", 2, 9, [("anh", 2, 5), ("th", 7, 9)]),
    ("ĐẢNG\nviên", 0, 9, [("đảng", 0, 4), ("viên", 5, 9)]),
    ("İ và ΑΣ", 0, 7, [("i̇", 0, 1), ("và", 2, 4), ("ας", 5, 7)]),
    ("abc", 2, 1, []),
])
def test_tokens_are_the_lowered_words_of_the_slice(view, a, b, words):
    assert tokens(view, a, b) == words


@given(parts=st.lists(st.sampled_from(_WORD_PIECES), max_size=20), data=st.data())
def test_tokens_match_the_words_of_a_regex_scan(parts, data):
    view = "".join(parts)
    a = data.draw(st.integers(min_value=0, max_value=len(view)))
    b = data.draw(st.integers(min_value=0, max_value=len(view)))
    assert tokens(view, a, b) == _regex_tokens(view, a, b)


@pytest.mark.parametrize("word, expected", [("2023", True), ("100km", True), ("tỷ", False), ("²", True), ("", False)])
def test_is_number_sees_any_digit(word, expected):
    assert is_number(word) is expected


def test_cut_text_joins_words_from_two_places_with_a_space():
    text = "thành lập mới 14 chi hội"
    words = [wd for wd in tokens(text, 0, len(text)) if wd[0] != "14"]
    assert cut_text(text, words) == "thành lập mới chi hội"
