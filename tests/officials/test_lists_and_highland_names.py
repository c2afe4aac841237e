"""Regressions: colon lists written one name a line, and Ê Đê/Jrai names opened by ``Y``/``H'``."""
import pytest

from officials_cases import officials
from timing import assert_linear

from extractor.officials.finder import find_officials
from extractor.officials.lexicon import phrase_key
from extractor.officials.tokens import tokenize
from extractor.text.normalize import matching_view


def _full(text):
    """``(name, honorific, [(title, start, end)], [(mention, start, end)])`` of each official."""
    return [(o.name, o.honorific, [(t.title, t.start, t.end) for t in o.titles],
             [(m.text, m.start, m.end) for m in o.mentions]) for o in officials(text)]


@pytest.mark.parametrize("text, expected", [
    # colon_list_one_name_a_line
    ("Dự họp có các Phó Chủ tịch UBND tỉnh:\nLê Thị Hoa\nTrần Văn Dũng\n\nBáo cáo nêu rõ.",
     [("Lê Thị Hoa", None, [("Phó Chủ tịch UBND tỉnh", 14, 36)], [("Lê Thị Hoa", 38, 48)]),
      ("Trần Văn Dũng", None, [("Phó Chủ tịch UBND tỉnh", 14, 36)], [("Trần Văn Dũng", 49, 62)])]),
    # colon_list_line_with_its_own_title
    ("có các Phó Chủ tịch UBND tỉnh:\nLê Thị Hoa, Phó Chủ tịch Thường trực\nTrần Văn Dũng\nđã họp.",
     [("Lê Thị Hoa", None, [("Phó Chủ tịch UBND tỉnh", 7, 29), ("Phó Chủ tịch Thường trực", 43, 67)],
       [("Lê Thị Hoa", 31, 41)]),
      ("Trần Văn Dũng", None, [("Phó Chủ tịch UBND tỉnh", 7, 29)], [("Trần Văn Dũng", 68, 81)])]),
    # colon_list_continues_from_the_colon_line
    ("các Thứ trưởng: Lê Thị Hoa\n- Trần Văn Dũng\nphát biểu.",
     [("Lê Thị Hoa", None, [("Thứ trưởng", 4, 14)], [("Lê Thị Hoa", 16, 26)]),
      ("Trần Văn Dũng", None, [("Thứ trưởng", 4, 14)], [("Trần Văn Dũng", 29, 42)])]),
    # colon_list_ends_at_blank_line
    ("các Phó Chủ tịch UBND tỉnh:\nLê Thị Hoa\n\nTrần Văn Dũng",
     [("Lê Thị Hoa", None, [("Phó Chủ tịch UBND tỉnh", 4, 26)], [("Lê Thị Hoa", 28, 38)])]),
    # colon_list_ends_at_line_not_opening_with_a_name
    ("các Phó Chủ tịch UBND tỉnh:\nLê Thị Hoa\nsau đó Trần Văn Dũng phát biểu.",
     [("Lê Thị Hoa", None, [("Phó Chủ tịch UBND tỉnh", 4, 26)], [("Lê Thị Hoa", 28, 38)])]),
    # ede_name_in_attendee_list (d2-03)
    ("Chủ trì có các đồng chí: Y Bhin Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy; "
     "Đỗ Văn Nam, Phó Bí thư Huyện ủy.",
     [("Y Bhin Niê", "đồng chí", [("Ủy viên Ban Thường vụ Tỉnh ủy", 37, 66), ("Bí thư Huyện ủy", 68, 83)],
       [("Y Bhin Niê", 25, 35)]),
      ("Đỗ Văn Nam", "đồng chí", [("Phó Bí thư Huyện ủy", 97, 116)], [("Đỗ Văn Nam", 85, 95)])]),
    # ede_name_after_title
    ("Phó Chủ tịch UBND tỉnh Y Giang Byă phát biểu.",
     [("Y Giang Byă", None, [("Phó Chủ tịch UBND tỉnh", 0, 22)], [("Y Giang Byă", 23, 34)])]),
    # ede_woman_name_with_apostrophe
    ("Bà H'Mai Êban, Chủ tịch Hội Phụ nữ tỉnh, cho biết.",
     [("H'Mai Êban", "bà", [("Chủ tịch Hội Phụ nữ tỉnh", 15, 39)], [("H'Mai Êban", 3, 13)])]),
    ("Bà H\u2019Mai Êban, Chủ tịch Hội Phụ nữ tỉnh, cho biết.",
     [("H\u2019Mai Êban", "bà", [("Chủ tịch Hội Phụ nữ tỉnh", 15, 39)], [("H\u2019Mai Êban", 3, 13)])]),
    # y_without_family_name_is_no_name
    ("Hiệu trưởng Trường Đại học Y Dược Huế phát biểu.", []),
    ("Giám đốc Sở Y Tế, ông Lê Văn Nam, cho biết.",
     [("Lê Văn Nam", "ông", [("Giám đốc Sở Y Tế", 0, 16)], [("Lê Văn Nam", 22, 32)])]),
])
def test_lists_and_highland_names(text, expected):
    assert _full(text) == expected


@pytest.mark.parametrize("text, tokens, title_case", [
    ("H'Hen Niê", ["H'Hen", "Niê"], [True, True]),
    ("M'Nông", ["M'Nông"], [True]),
    ("'Hà' Nội", ["'", "Hà", "'", "Nội"], [False, True, False, True]),
    ("Y tế", ["Y", "tế"], [True, False]),
])
def test_apostrophe_name_tokens(text, tokens, title_case):
    toks = tokenize(text)
    assert [t.text for t in toks] == tokens
    assert [t.title_case for t in toks] == title_case
    assert phrase_key(text) == tuple(w.lower() for w in tokens)


@pytest.mark.parametrize("chunk", [
    "các Phó Chủ tịch UBND tỉnh:\nLê Thị Hoa, Phó Chủ tịch:\nY Bhin Niê\n",
    "Chủ tịch: Lê Văn Nam Y Bhin H'Mai Niê Y Y Y ",
])
def test_line_lists_and_openers_take_linear_time(chunk):
    assert_linear(lambda text: find_officials(text, matching_view(text)), chunk, small=20_000, big=200_000)
