"""Pairing by initials: the gates that skip heads are exact (same pairs as reading every head)."""
import pytest
from hypothesis import given, settings, strategies as st

from extractor.lang import load
from extractor.organizations import compile_lexicon
from extractor.organizations.brackets import Pair
from extractor.organizations.elsewhere import (
    _JOIN, _MAX_WORDS, _heads_beginning, _outer_head, _prefixes, find_initial_pairs, wanted_abbreviations)
from extractor.organizations.initials import WORD, head_letters, is_acronym, word_initials
from extractor.text.normalize import matching_view

LEX = compile_lexicon(load("organizations"))


def _every_head(view, lex, taken):
    """The walk from every head, with no gate: what find_initial_pairs must equal."""
    wanted = wanted_abbreviations(view, lex, taken)
    if not wanted:
        return []
    longest = max(len(k) for k in wanted)
    pairs = []
    for head in lex.head.finditer(view):
        if lex.not_head.match(view, head.start()):
            continue
        letters, pos = "", head.start()
        for _ in range(_MAX_WORDS):
            word = WORD.match(view, pos)
            if word is None or is_acronym(word.group()):
                break
            letters += word_initials(word.group(), lex.known)
            if len(letters) >= 3 and letters in wanted:
                abbr = wanted.pop(letters)
                place = lex.qualifier.match(view, word.end())
                pairs.append(Pair(_outer_head(view, head.start(), lex), place.end() if place else word.end(),
                                  abbr.start(), abbr.end()))
                break
            if len(letters) >= longest:
                break
            pos = _JOIN.match(view, word.end()).end()
        if not wanted:
            break
    return pairs


def test_head_letters():
    heads = ["Ủy ban", "Hội", "Hợp tác xã", "Đoàn", "Và Cộng sự", "Sở"]
    assert head_letters(heads, {"HỘI": "Hội đồng", "STC": "Sở Tài chính"}) == {
        "Ủ": "U", "H": "", "Đ": "D", "V": "", "S": "S"}


def test_prefixes():
    assert _prefixes({"HĐND": None, "HLHPN": None}) == {
        "", "H", "HĐ", "HĐN", "HĐND", "HL", "HLH", "HLHP", "HLHPN"}


@pytest.mark.parametrize("acronym, paired", [("HLHPN", True), ("XLHPN", False), ("HLHPX", False)])
def test_only_heads_opening_a_wanted_letter_are_read(acronym, paired):
    """Regression: the head must begin the acronym's letters, and its words spell all of them."""
    text = f"Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị. Chủ tịch {acronym} tỉnh phát biểu."
    view = matching_view(text)
    found = [(text[p.name_start:p.name_end], text[p.abbr_start:p.abbr_end]) for p in find_initial_pairs(view, LEX, set())]
    assert found == ([("Hội Liên hiệp Phụ nữ", acronym)] if paired else [])


_PIECES = ["Ủy ban nhân dân", " tỉnh", " Hội Liên hiệp Phụ nữ", " HLHPN", " UBND", " LHPN", ", ", ". ", "-", " và ",
           " Ban Chấp hành", " BCH", "\n", " Sở Tài chính", " STC", " 12", " Mặt trận Tổ quốc", " MTTQ", " UBMTTQ",
           " Hội đồng nhân dân", " HĐND", " Đoàn Thanh niên", " ĐTN", " Bắc Giang", " Tổng công ty", " TCT", " TT",
           " Trung tâm", " Bộ Công an", " BCA", " HỘI", " sở"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join), st.sampled_from([set(), {"UBND", "HDND"}]))
def test_same_pairs_as_reading_every_head(text, taken):
    view = matching_view(text)
    assert find_initial_pairs(view, LEX, set(taken)) == _every_head(view, LEX, set(taken))


@pytest.mark.parametrize("word, acronym", [
    ("TKV", True), ("VietinBank", True), ("KH&ĐT", True), ("ABc", True), ("Hội", False), ("aB", False),
    ("", False), ("2024", False), ("Đ", False),
])
def test_is_acronym(word, acronym):
    assert is_acronym(word) is acronym


_HEAD_PIECES = ["Ủy ban", " Ủy Ban", " Tổng Công Ty", " Công ty", " Ban Chấp hành", " Hội", " đồng", " nhân dân", " Mặt trận", " Tổ quốc", " Nông dân", " Hội Nông dân",
                " Sở", " Bộ", " Tư lệnh", " BAN", " ban", ",", ".", "-", "(", "\n", "  ", "x", " Công an", " Trung tâm"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_HEAD_PIECES), max_size=14).map("".join),
       st.sets(st.sampled_from(sorted(LEX.head_groups)), min_size=1))
def test_heads_beginning_are_those_of_the_whole_scan(text, starts):
    """A head found by its letter's branches is kept only where the whole pattern finds it."""
    view = matching_view(text)
    starts = "".join(sorted(starts))
    assert [m.span() for m in _heads_beginning(view, LEX, starts)] == \
        [m.span() for m in LEX.head.finditer(view) if view[m.start()] in starts]


@pytest.mark.parametrize("text, starts, spans", [
    ("Tổng Công Ty Điện lực", "C", []),             # "Công Ty" lies inside the head "Tổng Công Ty"
    ("Ủy Ban nhân dân xã, Ban Chỉ đạo", "B", [(20, 23)]),
    ("Công ty A; Tổng Công ty B", "C", [(0, 7)]),
    ("Công ty A; Tổng Công ty B", "CT", [(0, 7), (11, 23)]),
])
def test_a_head_inside_another_is_not_a_head(text, starts, spans):
    view = matching_view(text)
    assert [m.span() for m in _heads_beginning(view, LEX, starts)] == spans
    assert spans == [m.span() for m in LEX.head.finditer(view) if view[m.start()] in starts]
