"""Anchors: the positions where a role, an honorific or a membership cue may open."""
import pytest

from officials_cases import summary

from extractor.officials.anchors import find_anchors
from extractor.officials.lexicon import build_lexicon
from extractor.officials.tokens import tokenize

LEX = build_lexicon()


def _anchors(text):
    toks = tokenize(text)
    words = [t.text.lower() for t in toks]
    found = find_anchors(toks, words, LEX)
    return ([words[i] for i in found.roles], [words[i] for i in found.honorifics],
            [words[i] for i in found.membership])


@pytest.mark.parametrize("text, roles, honorifics, membership", [
    # anchors are first words only: "Tỉnh" may open a role ("Tỉnh ủy viên"), a later look-up decides
    ("Đồng chí Trần Văn Bình, Bí thư Tỉnh ủy, phát biểu.", ["bí", "tỉnh"], ["đồng"], []),
    # a lower-case role word opens no role, but may open an honorific ("ông")
    ("ông Lê Văn Hải được bầu vào Ban Thường vụ.", [], ["ông"], ["được", "bầu", "vào"]),
    ("Hội nghị diễn ra sáng nay.", [], [], []),
])
def test_find_anchors(text, roles, honorifics, membership):
    assert _anchors(text) == (roles, honorifics, membership)


def test_sentence_without_a_role_anchor_yields_no_official():
    # the same sentence with and without its role word
    assert summary("Ông Nguyễn Văn Tâm đến dự buổi lễ.") == []
    assert summary("Chủ tịch UBND huyện Nguyễn Văn Tâm đến dự buổi lễ.") == [
        ("Nguyễn Văn Tâm", None, [("Chủ tịch UBND huyện", "Chủ tịch", "UBND huyện")])]


def test_seat_needs_a_membership_anchor():
    assert summary("Đồng chí Hoàng Thị Mai có mặt tại Ban Thường vụ Huyện ủy.") == []
    assert summary("Đồng chí Hoàng Thị Mai được bầu vào Ban Thường vụ Huyện ủy.") == [
        ("Hoàng Thị Mai", "đồng chí", [("Ban Thường vụ Huyện ủy", "Ủy viên", "Ban Thường vụ Huyện ủy")])]
