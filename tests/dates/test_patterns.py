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


@pytest.mark.parametrize("view, forms", [
    ("Sáng ngày 12 tháng 6 năm 2023", set()),
    ("chup ngay 12 thang 6", {"ngay", "Ngay", "thang", "Thang"}),   # a word keeps all its spellings
    ("Ngay 12, miền nam", {"ngay", "Ngay", "nam"}),
])
def test_view_patterns_keep_only_the_toneless_words_it_holds(view, forms):
    source = patterns(view=view)["textual"].pattern
    assert {f for f in ("ngay", "Ngay", "thang", "Thang", "nam") if f in source} == forms


_VIEW_PIECES = ["ngày ", "ngay ", "Ngay ", "tháng ", "thang ", "năm ", "nam ", "Nam ", "12", "6", "2023", "/",
                " - ", "từ ", " đến ", "quý II", "9 ", ", ", " và "]


@pytest.mark.parametrize("name", ["textual", "day_range", "day_pair", "month_range", "month", "months_of_year",
                                  "year", "period"])
@given(parts=st.lists(st.sampled_from(_VIEW_PIECES), max_size=12))
def test_view_patterns_match_like_the_full_ones(name, parts):
    text = "".join(parts)
    assert ([m.span() for m in patterns(view=text)[name].finditer(text)]
            == [m.span() for m in patterns()[name].finditer(text)])
