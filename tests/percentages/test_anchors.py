"""The anchored searches of the percentage patterns yield exactly ``finditer``."""
import pytest
from hypothesis import example, given, strategies as st

from extractor.percentages import find_percentages
from extractor.percentages.anchors import finditer_at, finditer_before, folded, word_starts
from extractor.percentages.finder import _cue_words, _patterns, _sign_cores

_PIECES = ["12", "5", ",", ".", " ", "  ", "%", "-", "/", ";", ":", "(", ")", "PHẦN TRĂM", "phần trăm",
           "Phần  Trăm", "phầnx", "ĐẾN", "tới", "Điểm", "ĐIỂM", "x", "Tỷ lệ", "tỷ lệ", "chiếm", "CHIẾM",
           "Chiếm khoảng", "với tỷ lệ", "đạt", "tương đương", "hơn", "là", "và", "so với", "\n", "1.234,5",
           "…", "ſ", "K", "İ", "a1"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


def _spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("text, expected", [
    ("Tỷ lệ 45%", "tỷ lệ 45%"),
    ("CHIẾM", "chiếm"),
    ("İ là 5%", None),  # "İ" folds to two characters: offsets would move
    ("ſố 5%", "số 5%"),
])
def test_folded_keeps_offsets_or_gives_none(text, expected):
    assert folded(text) == expected


def test_word_starts_lists_every_start_sorted():
    assert word_starts("tỷ lệ và tỷ đồng, đạt tỷ lệ", ("tỷ", "đạt", "lệ")) == [0, 3, 9, 18, 22, 25]


@pytest.mark.parametrize("name", ["signed", "range", "points"])
@given(text=_texts)
@example(text="từ 5 ĐẾN 7%, tăng 0,3 ĐIỂM PHẦN TRĂM; 5 tới  7 Phần trăm")
@example(text="đạt 12 PHẦN TRĂM, (3,62/3,80%) và 5-7 %")
def test_sign_ended_pattern_before_its_cores_is_finditer(name, text):
    p = _patterns(None)
    for low in (folded(text), None):
        cores = _sign_cores(text, low, p)
        got = finditer_before(p[name], cores, p[f"{name}_stop"], text)
        assert _spans(got) == _spans(p[name].finditer(text))


@given(text=_texts)
@example(text="Dịch vụ CHIẾM 45, Tỷ lệ hộ nghèo là 2,1 và với tỷ lệ hơn 30; tương đương 12")
def test_implied_at_its_cue_words_is_finditer(text):
    p = _patterns(None)
    low = folded(text)
    if low is not None:
        got = finditer_at(p["implied"], word_starts(low, _cue_words(None)), text)
        assert _spans(got) == _spans(p["implied"].finditer(text))


@pytest.mark.parametrize("text, expected", [
    # no sign anywhere: a bare figure after "chiếm" is no percentage
    ("Khu vực dịch vụ chiếm 45, công nghiệp chiếm 30.", []),
    # the same figure in a paragraph that has a percentage is implied
    ("Khu vực dịch vụ chiếm 45, công nghiệp tăng 3%.", [("45", True), ("3%", False)]),
])
def test_implied_figure_needs_a_sign_in_its_paragraph(text, expected):
    found = find_percentages(text, [(0, len(text))])
    assert [(text[x.start:x.end], x.implied) for x in found] == expected
