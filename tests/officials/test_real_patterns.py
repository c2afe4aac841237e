"""Officials: patterns of real congress and meeting reports (invented names and sentences).

Abbreviated committee roles, body names holding a comma, a dash glued to a name,
seats won in an election, dismissal clauses, congress ordinals after a title, and
a person's name that is also a city's.
"""
import pytest

from officials_cases import officials, summary


@pytest.mark.parametrize("text, expected", [
    ("Dự hội nghị có đồng chí Trần Văn Khải, UVTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.",
     [("Trần Văn Khải", "đồng chí",
       [("UVTV Tỉnh ủy", "UVTV", "Tỉnh ủy"), ("Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban", "Dân vận Tỉnh ủy")])]),
    ("Đồng chí Lê Thị Hoa, UV BCH Hội LHPN tỉnh, phát biểu tham luận.",
     [("Lê Thị Hoa", "đồng chí", [("UV BCH Hội LHPN tỉnh", "UV", "BCH Hội LHPN tỉnh")])]),
    ("Đồng chí Vũ Đức Minh, TUV, Bí thư Huyện ủy phát biểu chỉ đạo.",
     [("Vũ Đức Minh", "đồng chí", [("TUV", "TUV", None), ("Bí thư Huyện ủy", "Bí thư", "Huyện ủy")])]),
    ("Đồng chí Ngô Văn Lực, HUV, Bí thư Đảng ủy xã trình bày báo cáo.",
     [("Ngô Văn Lực", "đồng chí", [("HUV", "HUV", None), ("Bí thư Đảng ủy xã", "Bí thư", "Đảng ủy xã")])]),
    ("Ông Hà Văn Sơn, Chủ tịch UBMTTQ huyện cùng dự.",
     [("Hà Văn Sơn", "ông", [("Chủ tịch UBMTTQ huyện", "Chủ tịch", "UBMTTQ huyện")])]),
    ("Anh Phạm Văn Tú, Bí thư ĐTN xã, báo cáo kết quả.",
     [("Phạm Văn Tú", "anh", [("Bí thư ĐTN xã", "Bí thư", "ĐTN xã")])]),
    ("Đồng chí Lạc Thị Hương, UVT.Ư Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.",
     [("Lạc Thị Hương", "đồng chí", [("UVT.Ư Đảng", "UVT.Ư", "Đảng"), ("Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy")])]),
    ("Dự có các đồng chí: Quách Đình Phú, Tỉnh ủy viên, Bí thư Huyện ủy; Lã Thị Vân, UV BTV Huyện ủy, "
     "Chủ tịch UBMTTQ huyện.",
     [("Quách Đình Phú", "đồng chí", [("Tỉnh ủy viên", "Tỉnh ủy viên", None), ("Bí thư Huyện ủy", "Bí thư", "Huyện ủy")]),
      ("Lã Thị Vân", "đồng chí", [("UV BTV Huyện ủy", "UV", "BTV Huyện ủy"),
                                  ("Chủ tịch UBMTTQ huyện", "Chủ tịch", "UBMTTQ huyện")])]),
    ("Đồng chí Phó Bí thư TT Huyện ủy Đinh Văn Cường dự.",
     [("Đinh Văn Cường", "đồng chí", [("Phó Bí thư TT Huyện ủy", "Phó Bí thư TT", "Huyện ủy")])]),
])
def test_abbreviated_committee_roles_are_titles(text, expected):
    assert summary(text) == expected


def test_uv_roles_of_different_bodies_stay_apart():
    text = "Bà Đinh Thị Mai, UV BCH Hội LHPN tỉnh, UV BCH Công đoàn ngành dự."
    assert [t.title for t in officials(text)[0].titles] == ["UV BCH Hội LHPN tỉnh", "UV BCH Công đoàn ngành"]


@pytest.mark.parametrize("text, title, organization", [
    ("Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Đỗ Văn Thành chủ trì phiên họp.",
     "Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội", "Ủy ban Tài chính, Ngân sách của Quốc hội"),
    ("Ông Đỗ Văn Thành, Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội, phát biểu.",
     "Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội", "Ủy ban Văn hóa, Giáo dục của Quốc hội"),
    ("Giám đốc Sở Văn hóa, Thể thao và Du lịch Hà Văn Tùng dự lễ khai mạc.",
     "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    ("TS Lý Văn Hào, Viện trưởng Viện Chiến lược, Chính sách Y tế; đại diện các sở dự.",
     "Viện trưởng Viện Chiến lược, Chính sách Y tế", "Viện Chiến lược, Chính sách Y tế"),
])
def test_comma_inside_a_body_name_does_not_end_the_title(text, title, organization):
    (off,) = officials(text)
    (t,) = off.titles
    assert (t.title, t.organization) == (title, organization)
    assert text[t.start:t.end] == title


def test_title_chain_after_a_committee_still_splits_at_the_comma():
    text = "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Hoàng Văn Nam phát biểu."
    assert summary(text) == [("Hoàng Văn Nam", None, [
        ("Ủy viên Ban Thường vụ", "Ủy viên", "Ban Thường vụ"),
        ("Trưởng Ban Tổ chức Tỉnh ủy", "Trưởng Ban", "Tổ chức Tỉnh ủy")])]


def test_comma_before_a_role_with_cua_later_still_splits():
    text = "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức của Tỉnh ủy Hoàng Văn Nam dự."
    assert [t.title for t in officials(text)[0].titles] == ["Ủy viên Ban Thường vụ", "Trưởng Ban Tổ chức của Tỉnh ủy"]


@pytest.mark.parametrize("text, title", [
    ("Đồng chí Trịnh Quốc Bảo- Chủ tịch Hội Nông dân tỉnh trao thưởng.", "Chủ tịch Hội Nông dân tỉnh"),
    ("Đồng chí Trịnh Quốc Bảo -Bí thư Huyện ủy trao thưởng.", "Bí thư Huyện ủy"),
])
def test_dash_glued_to_a_name_separates_name_and_title(text, title):
    (off,) = officials(text)
    assert off.name == "Trịnh Quốc Bảo"
    assert [t.title for t in off.titles] == [title]


def test_elected_into_two_bodies_gives_two_member_seats_sharing_the_qualifier():
    text = ("Đại hội đã bầu 27 đồng chí vào Ban Chấp hành. Chi đoàn có đồng chí Mai Văn Lộc "
            "đã được bầu vào Ban Thường vụ và BCH Huyện đoàn nhiệm kỳ 2022 - 2027.")
    (off,) = officials(text)
    assert (off.name, off.honorific) == ("Mai Văn Lộc", "đồng chí")
    assert [(t.title, t.role, t.organization) for t in off.titles] == [
        ("Ban Thường vụ", "Ủy viên", "Ban Thường vụ Huyện đoàn"),
        ("BCH Huyện đoàn", "Ủy viên", "BCH Huyện đoàn")]
    first = off.titles[0]
    assert (first.start, first.end) == (text.index("Ban Thường vụ"), text.index("Ban Thường vụ") + 13)


def test_elect_named_people_into_a_body():
    text = "Đại hội bầu đồng chí Mai Văn Lộc, đồng chí Đặng Thị Yến vào Ban Chấp hành Đảng bộ xã khóa III."
    assert summary(text) == [
        ("Mai Văn Lộc", "đồng chí", [("Ban Chấp hành Đảng bộ xã khóa III", "Ủy viên", "Ban Chấp hành Đảng bộ xã khóa III")]),
        ("Đặng Thị Yến", "đồng chí", [("Ban Chấp hành Đảng bộ xã khóa III", "Ủy viên", "Ban Chấp hành Đảng bộ xã khóa III")])]


def test_listed_subjects_elected_into_a_body():
    text = "Các đồng chí Lò Văn Pấng và Vi Thị Hằng được bầu bổ sung vào Ban Thường vụ Huyện ủy."
    assert [(o.name, [t.title for t in o.titles]) for o in officials(text)] == [
        ("Lò Văn Pấng", ["Ban Thường vụ Huyện ủy"]), ("Vi Thị Hằng", ["Ban Thường vụ Huyện ủy"])]


@pytest.mark.parametrize("text", [
    "Đại hội đã bầu 25 đồng chí vào BCH nhiệm kỳ mới.",
    "Ông Lâm Văn Hải cho biết, công trình đã đưa vào Ban Quản lý dự án vận hành.",
    "Ông Lâm Văn Hải đề nghị bầu vào Ban Chấp hành những người trẻ.",
])
def test_no_seat_without_a_named_member(text):
    assert officials(text) == []


def test_elected_to_hold_a_post_keeps_the_title_before_the_congress_ordinal():
    text = "Bà Kiều Thị Nga tiếp tục được bầu giữ chức Chủ tịch Hội LHPN huyện lần thứ XII, nhiệm kỳ 2020 - 2025."
    assert summary(text) == [("Kiều Thị Nga", "bà", [("Chủ tịch Hội LHPN huyện", "Chủ tịch", "Hội LHPN huyện")])]


def test_khoa_after_a_title_stays_in_it():
    text = "Ông Kha Văn Bình, Bí thư Đảng ủy xã khóa XII phát biểu."
    assert [t.title for t in officials(text)[0].titles] == ["Bí thư Đảng ủy xã khóa XII"]


@pytest.mark.parametrize("text, name, honorific, title", [
    ("Kỳ họp miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với bà Tạ Thị Lan.",
     "Tạ Thị Lan", "bà", "Phó Chủ tịch UBND tỉnh"),
    ("HĐND huyện cho thôi giữ chức Trưởng Ban Kinh tế - Xã hội HĐND huyện đối với ông Lưu Văn Tâm.",
     "Lưu Văn Tâm", "ông", "Trưởng Ban Kinh tế - Xã hội HĐND huyện"),
])
def test_dismissal_clause_gives_the_title_to_the_name_after_doi_voi(text, name, honorific, title):
    assert summary(text)[0][:2] == (name, honorific)
    assert [t.title for t in officials(text)[0].titles] == [title]


def test_doi_voi_without_a_dismissal_cue_gives_no_title():
    text = "Chủ tịch UBND tỉnh đối với ông Lưu Văn Tâm là người thầy."
    assert officials(text) == []


def test_person_named_like_a_city_after_a_role():
    text = "Nhân kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh, đoàn viên dâng hương tại Thành phố Hồ Chí Minh."
    (off,) = officials(text)
    assert (off.name, [(t.title, t.role) for t in off.titles]) == ("Hồ Chí Minh", [("Chủ tịch", "Chủ tịch")])
    assert off.mentions[0].start == text.index("Hồ Chí Minh")


def test_city_named_like_a_person_is_no_official():
    text = "Bí thư Đoàn TNCS Hồ Chí Minh trường phát biểu tại Thành phố Hồ Chí Minh."
    assert officials(text) == []


@pytest.mark.parametrize("text, name, honorific, title", [
    ("Kỳ họp đã miễn nhiệm chức vụ Trưởng Ban Pháp chế HĐND tỉnh khóa IV, nhiệm kỳ 2016 – 2021 "
     "đối với ông Vương Đình Khải do nhận nhiệm vụ mới.",
     "Vương Đình Khải", "ông", "Trưởng Ban Pháp chế HĐND tỉnh khóa IV"),
    ("Các đại biểu đã bầu bổ sung Ủy viên UBND tỉnh, nhiệm kỳ 2021-2026 đối với đồng chí Lục Minh Tâm.",
     "Lục Minh Tâm", "đồng chí", "Ủy viên UBND tỉnh"),
])
def test_term_between_the_title_and_doi_voi_is_skipped(text, name, honorific, title):
    (off,) = officials(text)
    assert (off.name, off.honorific, [t.title for t in off.titles]) == (name, honorific, [title])


def test_term_after_a_title_without_a_clause_cue_gives_no_title():
    text = "Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2021-2026 đối với ông Lục Minh Tâm là một nhiệm vụ khó."
    assert officials(text) == []


@pytest.mark.parametrize("text", [
    "Dự có đ/c Hầu Văn Sếnh, Ủy viên UBKT Tỉnh ủy.",
    "Đ/c Hầu Văn Sếnh, Ủy viên UBKT Tỉnh ủy dự.",
])
def test_written_short_form_of_dong_chi_is_the_honorific(text):
    assert summary(text) == [("Hầu Văn Sếnh", "đ/c", [("Ủy viên UBKT Tỉnh ủy", "Ủy viên", "UBKT Tỉnh ủy")])]


def test_election_resolution_gives_the_title_to_the_name_after_doi_voi():
    text = ("Quốc hội thông qua Nghị quyết bầu Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường "
            "của Quốc hội khóa XV đối với bà Trương Thị Lệ.")
    assert summary(text) == [("Trương Thị Lệ", "bà", [
        ("Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội khóa XV", "Chủ nhiệm",
         "Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội khóa XV")])]


@pytest.mark.parametrize("text, expected", [
    ("Tổng Thư ký Quốc hội - Chủ nhiệm Văn phòng Quốc hội Kiều Văn Mạnh phát biểu.",
     [("Kiều Văn Mạnh", None, [("Tổng Thư ký Quốc hội", "Tổng Thư ký", "Quốc hội"),
                               ("Chủ nhiệm Văn phòng Quốc hội", "Chủ nhiệm", "Văn phòng Quốc hội")])]),
    ("Đồng chí Bế Văn An - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh phát biểu.",
     [("Bế Văn An", "đồng chí", [("Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy"), ("Chủ tịch HĐND tỉnh", "Chủ tịch", "HĐND tỉnh")])]),
    # a dash before a word that opens no role stays inside the body's name
    ("Trưởng Ban Tổ chức – Kiểm tra Công đoàn ngành Mạc Văn Tư dự.",
     [("Mạc Văn Tư", None, [("Trưởng Ban Tổ chức – Kiểm tra Công đoàn ngành", "Trưởng Ban",
                             "Tổ chức – Kiểm tra Công đoàn ngành")])]),
])
def test_dash_before_a_role_joins_two_titles(text, expected):
    assert summary(text) == expected


def test_listed_names_after_doi_voi_take_the_title_and_the_list_honorific():
    text = ("Quốc hội phê chuẩn đề nghị về Ủy viên Hội đồng bầu cử quốc gia đối với các ông: "
            "Đỗ Văn Bình, Nghiêm Hữu Đông và Lê Quang Thịnh.")
    assert summary(text) == [
        (name, "ông", [("Ủy viên Hội đồng bầu cử quốc gia", "Ủy viên", "Hội đồng bầu cử quốc gia")])
        for name in ("Đỗ Văn Bình", "Nghiêm Hữu Đông", "Lê Quang Thịnh")]
