"""Officials: names in both orders, title chains, lists, later mentions, negatives, offsets."""
import time

import pytest

from officials_cases import officials, summary

from extractor.officials.finder import find_officials
from extractor.text.normalize import matching_view


@pytest.mark.parametrize("text, expected", [
    # name first, dash
    ("có đồng chí Khuất Mạnh Thắng – Phó Bí thư thường trực Đảng uỷ TKV và các đồng chí đại diện.",
     [("Khuất Mạnh Thắng", "đồng chí",
       [("Phó Bí thư thường trực Đảng uỷ TKV", "Phó Bí thư thường trực", "Đảng uỷ TKV")])]),
    # name first, comma chain with a bare role
    ("có đồng chí Đào Hồng Quảng, Bí thư Đảng uỷ, Viện trưởng, các đồng chí trong BCH.",
     [("Đào Hồng Quảng", "đồng chí",
       [("Bí thư Đảng uỷ", "Bí thư", "Đảng uỷ"), ("Viện trưởng", "Viện trưởng", None)])]),
    # title chain first
    ("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Nguyễn Văn An phát biểu.",
     [("Nguyễn Văn An", None,
       [("Ủy viên Bộ Chính trị", "Ủy viên", "Bộ Chính trị"),
        ("Bí thư Thành ủy Hà Nội", "Bí thư", "Thành ủy Hà Nội")])]),
    ("Phó Thủ tướng Chính phủ Trần Văn Bình dự hội nghị.",
     [("Trần Văn Bình", None, [("Phó Thủ tướng Chính phủ", "Phó Thủ tướng", "Chính phủ")])]),
    # a place runs straight into the name
    ("Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy chủ trì.",
     [("Cao Tường Huy", None, [("Chủ tịch UBND tỉnh Quảng Ninh", "Chủ tịch", "UBND tỉnh Quảng Ninh")])]),
    ("Phó Chủ tịch UBND tỉnh Phú Thọ Hà Quang Định phát biểu.",
     [("Hà Quang Định", None, [("Phó Chủ tịch UBND tỉnh Phú Thọ", "Phó Chủ tịch", "UBND tỉnh Phú Thọ")])]),
    # one title per position in a chain of three
    ("Ủy viên Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Văn Hải dự.",
     [("Lê Văn Hải", None,
       [("Ủy viên Trung ương Đảng", "Ủy viên", "Trung ương Đảng"),
        ("Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Thường trực", "Tỉnh ủy"),
        ("Chủ tịch HĐND tỉnh", "Chủ tịch", "HĐND tỉnh")])]),
    # ranks and degrees are honorifics, not part of the name
    ("Dự có Đại tá Phùng Văn Thịnh, Phó Tổng Giám đốc Viettel Telecom cùng Ban Giám đốc.",
     [("Phùng Văn Thịnh", "Đại tá", [("Phó Tổng Giám đốc Viettel Telecom", "Phó Tổng Giám đốc", "Viettel Telecom")])]),
    ("Báo cáo do ThS. Bùi Thị Hạnh, Trưởng phòng Kinh doanh trình bày.",
     [("Bùi Thị Hạnh", "ThS.", [("Trưởng phòng Kinh doanh", "Trưởng phòng", "Kinh doanh")])]),
    ("các Thứ trưởng Phùng Quang Tùng, PGS.TS Nguyễn Bá Khoa, Hà Thị Mỹ Dung; lãnh đạo các cục.",
     [("Phùng Quang Tùng", None, [("Thứ trưởng", "Thứ trưởng", None)]),
      ("Nguyễn Bá Khoa", "PGS.TS", [("Thứ trưởng", "Thứ trưởng", None)]),
      ("Hà Thị Mỹ Dung", None, [("Thứ trưởng", "Thứ trưởng", None)])]),
    # an abbreviation in brackets stays inside the title, not in the organisation
    ("Phó Chủ tịch Ủy ban nhân dân (UBND) tỉnh Bắc Giang Ngô Thị Huyền cho biết.",
     [("Ngô Thị Huyền", None, [("Phó Chủ tịch Ủy ban nhân dân (UBND) tỉnh Bắc Giang", "Phó Chủ tịch",
                                "Ủy ban nhân dân tỉnh Bắc Giang")])]),
    # a position inside a verb phrase
    ("Đồng chí Nguyễn Thị Thu Hoài được bầu giữ chức Bí thư Đảng ủy phường; đại hội bế mạc.",
     [("Nguyễn Thị Thu Hoài", "đồng chí", [("Bí thư Đảng ủy phường", "Bí thư", "Đảng ủy phường")])]),
    ("các đồng chí Đinh Văn Hưng, Chủ tịch UBND xã và Hà Thị Lụa, Chủ tịch Ủy ban MTTQ xã được bầu làm "
     "Phó Bí thư Đảng uỷ xã.",
     [("Đinh Văn Hưng", "đồng chí", [("Chủ tịch UBND xã", "Chủ tịch", "UBND xã"),
                                     ("Phó Bí thư Đảng uỷ xã", "Phó Bí thư", "Đảng uỷ xã")]),
      ("Hà Thị Lụa", "đồng chí", [("Chủ tịch Ủy ban MTTQ xã", "Chủ tịch", "Ủy ban MTTQ xã"),
                            ("Phó Bí thư Đảng uỷ xã", "Phó Bí thư", "Đảng uỷ xã")])]),
])
def test_patterns(text, expected):
    assert summary(text) == expected


def test_attendee_list_with_colon_semicolons_and_line_breaks():
    text = ("Dự hội nghị có các đồng chí: Phan Thanh Bình, Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động "
            "Việt Nam, Trưởng ban Tổ chức; Trần Quốc Việt, Phó Chủ tịch UBND tỉnh.\n"
            "– Đồng chí Võ Thị Kim Oanh, Phó Chủ tịch UBND tỉnh;\n"
            "bà Lộc Thị Thu Hà và ông Vi Văn Sơn, Phó Chủ tịch UBND tỉnh; thủ trưởng các sở.")
    assert summary(text) == [
        ("Phan Thanh Bình", "đồng chí", [
            ("Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Ủy viên",
             "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
            ("Trưởng ban Tổ chức", "Trưởng ban", "Tổ chức")]),
        ("Trần Quốc Việt", "đồng chí", [("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")]),
        ("Võ Thị Kim Oanh", "đồng chí", [("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")]),
        ("Lộc Thị Thu Hà", "bà", [("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")]),
        ("Vi Văn Sơn", "ông", [("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")]),
    ]


def test_later_mentions_are_one_official_with_every_mention_and_merged_wordings():
    text = ("Bí thư Huyện ủy Tiên Yên Lục Thị Hương chủ trì hội nghị.\n"
            "Lục Thị Hương, Bí thư Huyện ủy phát biểu\n"
            "Kết luận hội nghị, Bí thư Hương yêu cầu; bà Hương nhấn mạnh.")
    [off] = officials(text)
    assert off.name == "Lục Thị Hương"
    assert off.honorific == "bà"
    assert [(t.title, t.start, t.end) for t in off.titles] == [("Bí thư Huyện ủy Tiên Yên", 0, 24)]
    assert [(m.text, m.start, m.end) for m in off.mentions] == [
        ("Lục Thị Hương", 25, 38), ("Lục Thị Hương", 57, 70), ("Hương", 124, 129), ("Hương", 142, 147)]


def test_multi_roles_stay_apart_unless_the_organisation_agrees():
    text = "Ủy viên Trung ương Đảng, Ủy viên Ban Thường vụ Tỉnh ủy Lê Văn Hòa dự."
    assert [t.title for t in officials(text)[0].titles] == ["Ủy viên Trung ương Đảng", "Ủy viên Ban Thường vụ Tỉnh ủy"]


def test_offsets_of_title_and_role():
    text = "Sáng nay, ông Trần Minh Đức, Phó Giám đốc Công ty trình bày báo cáo."
    [off] = officials(text)
    [t] = off.titles
    assert (t.text, t.start, t.end, t.role, t.organization) == ("Phó Giám đốc Công ty", 29, 49, "Phó Giám đốc", "Công ty")
    assert [(m.start, m.end) for m in off.mentions] == [(14, 27)]


@pytest.mark.parametrize("text", [
    "Chủ tịch, Phó Chủ tịch Công đoàn, Bí thư đoàn thanh niên, các trưởng, phó phòng các phòng dự.",
    "Chủ tịch Công đoàn Công ty cùng các trưởng, phó phòng.",
    "Tại buổi đối thoại, ông Đinh Văn Tám, người dân phường Phú Thượng bày tỏ mong muốn.",
    "chị Nguyễn Thị Lan (Công ty TNHH Canon Việt Nam) chia sẻ.",
    "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
    "Phó Bí thư Thường trực Thành uỷ Uông Bí dự và chỉ đạo hội nghị.",
    "Bí thư Huyện ủy Lục Ngạn chủ trì.",
    "Dự có Ủy viên Đoàn Chủ tịch Tổng Liên đoàn và Bí thư Đoàn Thanh niên Công ty.",
])
def test_not_officials(text):
    assert officials(text) == []


def test_long_runs_of_capitalised_words_take_linear_time():
    def run(n):
        text = "Nguyễn Văn " * n + "Bí thư Tỉnh ủy Hà Nội " * n + "Chủ tịch UBND tỉnh Lê " * n
        t = time.perf_counter()
        find_officials(text, matching_view(text))
        return time.perf_counter() - t
    small, big = run(2000), run(16000)
    assert big < small * 8 * 3 + 5.0


@pytest.mark.parametrize("text, name", [
    # the honorific vouches for a family name that is not in surnames.yaml
    ("Dự hội nghị có đồng chí Niê Thuột, Phó Bí thư Tỉnh ủy Gia Lai.", "Niê Thuột"),
    ("ông Rah Lan Chung, Giám đốc Sở Tài chính, báo cáo.", "Rah Lan Chung"),
    # "Văn"/"Thị" second marks a personal name after a place that ends the title
    ("Chủ tịch UBND tỉnh Điện Biên Hảng Thị Dua phát biểu.", "Hảng Thị Dua"),
    ("Giám đốc Sở Y tế Byă Văn Hùng trình bày báo cáo.", "Byă Văn Hùng"),
])
def test_unlisted_family_names(text, name):
    assert [o.name for o in officials(text)] == [name]
