"""Patterns compiled without IGNORECASE for speed match exactly as the caseless ones."""
import pytest
import regex
from hypothesis import given, strategies as st

from extractor.percentages.finder import FLAGS, _CASED, _patterns
from extractor.text.anchored import anchored_finditer

_PIECES = ["12", "5", ",", ".", " ", "%", "-", "/", ";", "PHẦN TRĂM", "phần trăm", "Phần  Trăm", "ĐẾN",
           "tới", "Điểm", "ĐIỂM", "x", "Tỷ lệ", "\n"]


@pytest.mark.parametrize("name", sorted(_CASED))
@given(parts=st.lists(st.sampled_from(_PIECES), max_size=12))
def test_cased_pattern_matches_like_the_caseless_one(name, parts):
    text = "".join(parts)
    cased = _patterns(None)[name]
    caseless = regex.compile(cased.pattern, FLAGS)
    assert [m.span() for m in cased.finditer(text)] == [m.span() for m in caseless.finditer(text)]


@pytest.mark.parametrize("name, text, spans", [
    ("signed", "đạt 12 PHẦN TRĂM", [(4, 16)]),
    ("range", "từ 5 ĐẾN 7%", [(3, 11)]),
    ("points", "tăng 0,3 ĐIỂM PHẦN TRĂM", [(5, 23)]),
])
def test_words_in_cased_patterns_ignore_case(name, text, spans):
    assert [m.span() for m in _patterns(None)[name].finditer(text)] == spans


@given(parts=st.lists(st.sampled_from(_PIECES + ["1.234,5", " ", "  ", "\n", "a1"]), max_size=14))
def test_signed_through_its_anchors_is_finditer(parts):
    text = "".join(parts)
    p = _patterns(None)
    anchored = anchored_finditer(p["signed"], (p["signed_core"], p["signed_core_words"]), p["signed_stop"], text)
    assert [(m.span(), m.groupdict()) for m in anchored] == [(m.span(), m.groupdict()) for m in p["signed"].finditer(text)]
