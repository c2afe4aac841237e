"""Layout zones of a plain-text article."""
import pytest
from hypothesis import given, strategies as st

from extractor.text.normalize import matching_view
import regex

from extractor.pipeline.zones import _data, _key, _listed_key, _short_key, classify_lines

ARTICLE = """Tỉnh ủy tổ chức hội nghị sơ kết 6 tháng đầu năm 2024

Thứ Tư, 10/07/2024, 08:11

Sáng ngày 9/7/2024, Tỉnh ủy tổ chức hội nghị. Đồng chí A phát biểu.

Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy phát biểu tại hội nghị

Hội nghị đã thống nhất các nhiệm vụ trọng tâm.

T.H

Tin liên quan
Hội nghị Ban Chấp hành khóa XV (12/06/2024)
"""


def test_zones_of_a_news_page():
    lines = classify_lines(ARTICLE, matching_view(ARTICLE))
    assert [(ARTICLE[x.start:x.end][:20], x.zone) for x in lines] == [
        ("Tỉnh ủy tổ chức hội ", "headline"),
        ("Thứ Tư, 10/07/2024, ", "dateline"),
        ("Sáng ngày 9/7/2024, ", "body"),
        ("Đồng chí Nguyễn Văn ", "caption"),
        ("Hội nghị đã thống nh", "body"),
        ("T.H", "byline"),
        ("Tin liên quan", "boilerplate"),
        ("Hội nghị Ban Chấp hà", "related"),
    ]


@given(st.lists(st.sampled_from(["Tin", " liên", " quan", "...", "*", "\t", "ΑΣ", "İ", "x" * 30, " ", "-"]),
                max_size=30),
       st.integers(min_value=0, max_value=25))
def test_short_key_is_the_key_when_short_enough(parts, longest):
    line = "".join(parts)
    key = _key(line)
    assert _short_key(line, longest) == (key if len(key) <= longest else None)


@pytest.mark.parametrize("dots, zone", [(3, "boilerplate"), (200, "boilerplate")])
def test_header_in_a_long_run_of_punctuation_is_boilerplate(dots, zone):
    text = "Hội nghị đã thống nhất.\n\n" + "." * dots + " Tin liên quan " + "." * dots + "\nMột tin"
    lines = classify_lines(text, matching_view(text))
    assert [x.zone for x in lines] == ["body", zone, "related"]


_LISTED = _data()["boilerplate_headers"] | _data()["boilerplate_lines"]


@given(st.lists(st.sampled_from(["Tin", "tin", " liên", " quan", "Bình", " luận", "...", "*", "\t", "ΑΣ", "İ",
                                 "x" * 30, " ", "-", "Chia", " sẻ", "Bản"]), max_size=12))
def test_listed_key_is_the_short_key_of_every_listed_line(parts):
    line = "".join(parts)
    key = _short_key(line, _data()["longest"])
    assert _listed_key(line, _data()) in (key, None)
    if key in _LISTED:
        assert _listed_key(line, _data()) == key


@pytest.mark.parametrize("line, key", [
    ("Tin liên quan:", "tin liên quan"),
    ("* Bình luận", "bình luận"),
    ("Các tin, bài khác", "các tin bài khác"),
    ("Mời xem thêm", None),
    ("Xem thêm", "xem thêm"),
    ("Bài học liên quan", "bài học liên quan"),
    ("", None),
])
def test_only_lines_opening_with_a_listed_word_are_keyed(line, key):
    assert _listed_key(line, _data()) == key


def test_lower_casing_keeps_word_characters_apart():
    """What _listed_key relies on: a character is a word character iff its lower case is."""
    word = regex.compile(r"\w")
    chars = "".join(map(chr, range(0x110000)))
    lowered = [c.lower() for c in chars]
    assert [bool(word.match(c)) for c in chars] == [all(word.match(x) for x in low) for low in lowered]


@pytest.mark.parametrize("first, zone", [("Thứ Tư, 10/07/2024, 08:11", "dateline"),
                                         ("Thứ Tư, tháng Bảy", "caption"),
                                         ("Đại biểu các tỉnh về dự từ 10/07/2024.", "body")])
def test_dateline_needs_a_date_and_few_other_words(first, zone):
    text = "Tiêu đề\n\n" + first + "\n\nHội nghị đã thống nhất các nhiệm vụ.\n\nCác đại biểu đã thảo luận."
    lines = classify_lines(text, matching_view(text))
    assert [x.zone for x in lines][1] == zone
