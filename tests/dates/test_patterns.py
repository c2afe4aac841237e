"""Patterns compiled without IGNORECASE for speed match exactly as the caseless ones."""
import pytest
import regex
from hypothesis import given, strategies as st

from extractor.dates.patterns import FLAGS, _CASED, patterns

_PIECES = ["12", "6", "2023", "/", "-", ".", " ", "%", ",", "PHẦN TRĂM", "phần trăm", "Phần  Trăm",
           "x", "Đ", "31", "13", "\n"]


@pytest.mark.parametrize("name", sorted(_CASED))
@given(parts=st.lists(st.sampled_from(_PIECES), max_size=12))
def test_cased_pattern_matches_like_the_caseless_one(name, parts):
    text = "".join(parts)
    cased = patterns()[name]
    caseless = regex.compile(cased.pattern, FLAGS)
    assert [m.span() for m in cased.finditer(text)] == [m.span() for m in caseless.finditer(text)]


@pytest.mark.parametrize("text, spans", [
    ("ngày 12/6/2023 PHẦN TRĂM", []),       # "12/6/2023 phần trăm" is a figure, in any case
    ("ngày 12/6/2023 đạt", [(5, 14)]),
])
def test_dmy_number_end_ignores_case(text, spans):
    assert [m.span() for m in patterns()["dmy"].finditer(text)] == spans
