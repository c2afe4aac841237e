"""The ``re`` twin of the officials tokeniser equals ``regex``'s ``TOKEN`` on the safe ranges."""
import re

import pytest
import regex

from extractor.officials.fastre import (GAP_TOKEN, LETTER, SAFE_RANGES, SPACE_CHARS, TOKEN_TWIN, UPPER,
                                        WHITESPACE, outside_safe)
from extractor.officials.lexicon import TOKEN
from extractor.officials.tokens import gap_flags, text_flags, tokenize, tokenize_spans

_SAFE_CHARS = [chr(c) for lo, hi in SAFE_RANGES for c in range(lo, hi) if not 0xD800 <= c <= 0xDFFF]


@pytest.mark.parametrize("ours, theirs", [
    (rf"[{LETTER}]", r"\p{L}"),
    (rf"[{UPPER}]", r"\p{Lu}"),
    (r"[^\W_]", r"[\p{L}\p{N}]"),
    (rf"[{WHITESPACE}]", r"\s"),
])
def test_twin_class_equals_regex_class_on_every_safe_code_point(ours, theirs):
    a, b = re.compile(ours), regex.compile(theirs, flags=regex.V1)
    differ = [hex(ord(c)) for c in _SAFE_CHARS if bool(a.fullmatch(c)) != bool(b.fullmatch(c))]
    assert differ == []


@pytest.mark.parametrize("text", [
    "Đồng chí H'Hen Niê, Phó Chủ tịch UBND tỉnh Đắk Lắk,\n\nphát biểu.",
    "Bộ LĐ-TB&XH; PGS.TS Trần Văn A (tỉnh M'Nông) đạt 97,5% _x_ ²",
    "  \t dòng\u00a0một\u2009hai\x1c ba\u2028\n",
    # openers and joined words at their edges
    "H' H'1 h'Hen H''Hen X'Y-Z.W&V A. -A .B Ă'ĕ K'- M'Nông-Ba x_y",
])
def test_twin_cuts_text_like_token(text):
    assert [m.span() for m in TOKEN_TWIN.finditer(text)] == [m.span() for m in TOKEN.finditer(text)]
    assert "".join(GAP_TOKEN.findall(text)) == text.rstrip(" \t\n\u2028")


@pytest.mark.parametrize("text, outside", [
    ("Bí thư Tỉnh ủy – “Nguyễn Văn A” …", False),
    ("Ông Lý 李 và bà Kim", True),
])
def test_outside_safe(text, outside):
    assert outside_safe(text) is outside


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn A, Bí thư Tỉnh ủy\n\n  Ông Lý 李, Chủ tịch",
    "Chủ tịch  HĐND\ntỉnh H'Hen",
])
def test_tokenize_same_with_and_without_the_twin(text):
    # the fallback path (a character outside the safe ranges) and the twin agree
    toks, starts, ends = tokenize_spans(text)
    spans = [(t.text, a, b, t.newline_before, t.space_before, t.blank_before)
             for t, a, b in zip(toks, starts, ends)]
    expected, p = [], 0
    for m in TOKEN.finditer(text):
        gap = text[p:m.start()]
        expected.append((m.group(), m.start(), m.end(), "\n" in gap, gap == " ", gap.count("\n") > 1))
        p = m.end()
    assert spans == expected


@pytest.mark.parametrize("s, flags", [
    ("Hùng", (True, True, True)),
    ("H'Hen", (True, True, True)),
    ("UBND", (False, True, True)),
    ("2021", (False, True, True)),
    ("tỉnh", (False, False, True)),
    (",", (False, False, False)),
])
def test_text_flags(s, flags):
    assert text_flags(s) == flags


@pytest.mark.parametrize("gap, flags", [
    ("", (False, False, False)),
    (" ", (False, True, False)),
    ("  ", (False, False, False)),
    ("\n", (True, False, False)),
    (" \n \n", (True, False, True)),
])
def test_gap_flags(gap, flags):
    assert gap_flags(gap) == flags


def test_tokenize_spans_offsets_and_shared_tokens():
    text = "Ông Hải, ông Hải\n\nHải"
    toks, starts, ends = tokenize_spans(text, 4, len(text), line_start=True)
    assert [text[a:b] for a, b in zip(starts, ends)] == [t.text for t in toks] == ["Hải", ",", "ông", "Hải", "Hải"]
    assert [t.lower for t in toks] == ["hải", ",", "ông", "hải", "hải"]
    # one object for one (gap, text): the second "Hải" after a space is the first's twin
    assert toks[3] is tokenize("x Hải")[1]
    # the line's first token opens a line; the last opens a block
    assert [(t.newline_before, t.blank_before) for t in toks] == [
        (True, False), (False, False), (False, False), (False, False), (True, True)]


def test_space_chars_and_whitespace_class_are_regex_whitespace_everywhere():
    space = regex.compile(r"\s", flags=regex.V1)
    theirs = [chr(c) for c in range(0x110000) if space.fullmatch(chr(c))]
    assert sorted(SPACE_CHARS) == theirs
    assert [c for c in map(chr, range(0x110000)) if re.fullmatch(rf"[{WHITESPACE}]", c)] == theirs


def _line_by_line(view, lines):
    out, prev = ([], [], []), 0
    for a, b in lines:
        part = tokenize_spans(view, a, b, line_start=True, after_blank=view.count("\n", prev, a) > 1)
        prev = b
        for column, values in zip(out, part):
            column.extend(values)
    return out


@pytest.mark.parametrize("view, lines", [
    # leading spaces, an empty line, a blank line, a skipped stretch
    ("Ông Hải  phát biểu\n  Bà Mai, Phó Chủ tịch\n\n\nXem thêm\n - Bí thư H'\nHen", [(0, 18), (19, 40), (41, 41), (43, 51), (52, 63), (64, 67)]),
    ("A B\nC D\nE", [(0, 3), (8, 9)]),
    # an apostrophe opener cut by the line's end
    ("Y H'\nHen Niê", [(0, 4), (5, 12)]),
    # lines that touch, overlap or run backwards are read one by one
    ("AbcDef Gh", [(0, 3), (3, 9)]),
    ("Một hai ba", [(4, 10), (0, 7)]),
])
def test_tokenize_lines_equals_line_by_line(view, lines):
    from extractor.officials.tokens import tokenize_lines
    toks, offsets = tokenize_lines(view, lines)
    starts = [offsets.start(i) for i in range(len(toks))]
    assert (toks, starts, offsets.ends) == _line_by_line(view, lines)


def test_token_cache_dropped_when_full_gives_the_same_tokens(monkeypatch):
    from extractor.officials import tokens
    text = "Ông Quảngxyz Hảixyz,\nBíxyz thư  Đảngxyz ủyxyz."
    monkeypatch.setattr(tokens, "_CACHE_LIMIT", 3)
    toks = tokenize(text)
    assert len(tokens._TOKS) <= 3
    assert [(t.text, t.title_case, t.newline_before, t.space_before) for t in toks] == [
        ("Ông", True, False, False), ("Quảngxyz", True, False, True), ("Hảixyz", True, False, True),
        (",", False, False, False), ("Bíxyz", True, True, False), ("thư", False, False, True),
        ("Đảngxyz", True, False, False), ("ủyxyz", False, False, True), (".", False, False, False)]
