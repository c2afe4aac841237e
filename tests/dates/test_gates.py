"""The per-document gates (digit runs, lead words) find exactly what a plain search finds."""
import datetime as dt

import pytest
import regex
from hypothesis import given, settings, strategies as st

from extractor.dates import find_dates
from extractor.dates.digits import DigitRuns, at_starts, cores_at
from extractor.text.anchored import anchored_at
from extractor.dates.patterns import lead_words, live_toneless, patterns
from extractor.dates.words import WordStarts
from extractor.lang import load
from extractor.text.anchored import anchored_finditer
from extractor.text.normalize import matching_view

ARTICLE = dt.date(2023, 7, 1)

_PIECES = ["12", "6", "2023", "1999", "20231", "5", "/", "-", " - ", ".", " ", ",", "%", "x", "ngày ", "Ngày ",
           "ngay ", "từ ", "Từ ", "tháng ", "thang ", "năm ", "nam ", "đến ", "tới ", " và ", "tầm nhìn ",
           "nhiệm kỳ ", "Tết ", "mùa xuân ", "sáng ", "\n", '"', "١٢", "2٠", "hết "]


def _spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("text, sep, day, year", [
    ("ngày 12/6/2023", [5, 8], [5, 8], [10]),
    ("năm 20231 và 7 - 8", [], [13], []),
    ("mã 123, quý 04", [], [], []),
    ("năm 20٣٣ và 2025", [4], [4], [4, 12]),                  # other digits may go on: maybe a year
    ("đạt 12 tỷ, 5.7", [11], [4, 11], []),
])
def test_digit_runs_by_what_follows(text, sep, day, year):
    runs = DigitRuns(text)
    assert (runs.sep, runs.day, runs.year) == (sep, day, year)


def test_every_engine_space_is_a_python_space():
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert all(ch.isspace() for ch in regex.findall(r"\s", everything, flags=regex.V1))


def test_word_starts_find_every_case_and_live_toneless_spelling():
    text = "Ngày 5, NGÀY 6, ngay 7 và Ngay 8; từ tháng 9"
    words = WordStarts(text, {"ngày": ["ngay", "Ngay"]})
    assert words.of("ngày") == [0, 8, 16, 26]
    assert words.starts(["từ", "tháng"]) == [34, 37]


@pytest.mark.parametrize("name, runs", [("dmy", "sep"), ("dm", "day"), ("horizon_year", "year")])
@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(_PIECES), max_size=14))
def test_digit_led_patterns_at_run_starts(name, runs, parts):
    text = "".join(parts)
    p = patterns()
    assert _spans(at_starts(p[name], getattr(DigitRuns(text), runs), text)) == _spans(p[name].finditer(text))


@pytest.mark.parametrize("name", ["period", "year"])
@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(_PIECES), max_size=14))
def test_year_cores_at_run_starts(name, parts):
    text = "".join(parts)
    p = patterns()
    cores = cores_at(p[name + "_core"], DigitRuns(text).year, text)
    assert (_spans(anchored_at(p[name], cores, p[name + "_stop"], text))
            == _spans(anchored_finditer(p[name], p[name + "_core"], p[name + "_stop"], text))
            == _spans(p[name].finditer(text)))


@pytest.mark.parametrize("name", sorted(lead_words(load("dates"))))
@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(_PIECES), max_size=14))
def test_word_led_patterns_at_lead_words(name, parts):
    text = "".join(parts)
    data = load("dates")
    live = live_toneless(data, text)
    p = patterns(data, text, live)
    starts = WordStarts(text, live).starts(lead_words(data)[name])
    assert _spans(at_starts(p[name], starts, text)) == _spans(patterns()[name].finditer(text))


def _found(text):
    return [(text[d.start:d.end], d.value) for d in find_dates(matching_view(text), ARTICLE)[0]]


@pytest.mark.parametrize("without, with_anchor, expected", [
    ("Dịp Tết năm nay, phường trao quà.", "Dịp Tết 2024, phường trao quà.", [("2024", "2024")]),
    ("Kế hoạch ban hành ngày 5, hôm qua.", "Kế hoạch ban hành ngày 5/6, hôm qua.", [("ngày 5/6", "2023-06-05")]),
    ("Định hướng đến năm sau, tầm nhìn xa.", "Định hướng đến 2030, tầm nhìn xa.", [("2030", "2030")]),
])
def test_anchorless_sentence_yields_nothing(without, with_anchor, expected):
    assert _found(without) == []
    assert _found(with_anchor) == expected


@pytest.mark.parametrize("text, start, span", [
    ("ngày 20, 21/6 và", 0, (0, 13)),
    ("ngày 20, 21 và", 0, None),      # no month: no day pair
    ("xx ngày 20, 21/6", 3, (3, 16)),
])
def test_matcher_matches_like_the_pattern(text, start, span):
    from extractor.dates.digits import matcher
    p = patterns()["day_pair"]
    got = matcher(p).match(text, start)
    assert (got.span() if got else None) == span
    assert got is None or got.groupdict() == p.match(text, start).groupdict()
