"""Officials: patterns found missing on a fresh document split, each fixed by a general rule."""
import pytest

from officials_cases import officials, summary


@pytest.mark.parametrize("text, expected", [
    ("Cùng dự có các Thứ trưởng: Lưu Văn Khoa, Phùng Thị Hạnh, Châu Văn Lợi.",
     [("Lưu Văn Khoa", None, [("Thứ trưởng", "Thứ trưởng", None)]),
      ("Phùng Thị Hạnh", None, [("Thứ trưởng", "Thứ trưởng", None)]),
      ("Châu Văn Lợi", None, [("Thứ trưởng", "Thứ trưởng", None)])]),
    ("Dự có các Phó Chủ tịch UBND tỉnh: Hồ Thị Mai, Trần Văn Lực và Nguyễn Quốc Sĩ.",
     [("Hồ Thị Mai", None, [("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")]),
      ("Trần Văn Lực", None, [("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")]),
      ("Nguyễn Quốc Sĩ", None, [("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")])]),
    ("Dự có các Phó Chủ tịch HĐND tỉnh: ông Lê Văn Tư, bà Đinh Thị Mai.",
     [("Lê Văn Tư", "ông", [("Phó Chủ tịch HĐND tỉnh", "Phó Chủ tịch", "HĐND tỉnh")]),
      ("Đinh Thị Mai", "bà", [("Phó Chủ tịch HĐND tỉnh", "Phó Chủ tịch", "HĐND tỉnh")])]),
    # a listed name with a title of its own keeps it, and the list goes on
    ("Ban Tổ chức gồm: Trưởng ban: đồng chí Hà Văn Mạnh, Phó Bí thư Huyện ủy; Phó Trưởng ban: đồng chí Lò Thị Sen.",
     [("Hà Văn Mạnh", "đồng chí", [("Trưởng ban", "Trưởng ban", None),
                                   ("Phó Bí thư Huyện ủy", "Phó Bí thư", "Huyện ủy")]),
      ("Lò Thị Sen", "đồng chí", [("Phó Trưởng ban", "Phó Trưởng ban", None)])]),
])
def test_shared_title_before_colon_list(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Cùng đi có Thứ trưởng Bộ Y tế, PGS.TS Hà Văn Lực.",
     [("Hà Văn Lực", "PGS.TS", [("Thứ trưởng Bộ Y tế", "Thứ trưởng", "Bộ Y tế")])]),
    # the name closing the previous chain does not take the next one
    ("Cùng đi có Thứ trưởng Bộ Tài chính Đinh Văn Lộc, Thứ trưởng Bộ Y tế, PGS.TS Hà Văn Lực.",
     [("Đinh Văn Lộc", None, [("Thứ trưởng Bộ Tài chính", "Thứ trưởng", "Bộ Tài chính")]),
      ("Hà Văn Lực", "PGS.TS", [("Thứ trưởng Bộ Y tế", "Thứ trưởng", "Bộ Y tế")])]),
    ("Dự có Giám đốc Công an tỉnh, Đại tá Nguyễn Văn Hùng.",
     [("Nguyễn Văn Hùng", "Đại tá", [("Giám đốc Công an tỉnh", "Giám đốc", "Công an tỉnh")])]),
    ("Hội nghị do Phó Chủ tịch Thường trực UBND tỉnh, ông Trần Văn Lưu chủ trì.",
     [("Trần Văn Lưu", "ông", [("Phó Chủ tịch Thường trực UBND tỉnh", "Phó Chủ tịch Thường trực", "UBND tỉnh")])]),
    # a name with a title of its own after it is not the holder of an unnamed one
    ("Dự có Chủ tịch Công đoàn, ông Lê Văn Ba, Trưởng phòng Tổ chức.",
     [("Lê Văn Ba", "ông", [("Trưởng phòng Tổ chức", "Trưởng phòng", "Tổ chức")])]),
])
def test_degree_inside_comma_chain(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize("text, title, organization", [
    ("Dự có bà Đậu Thị Lài, Giám đốc Chi nhánh Ngân hàng Chính sách xã hội (NHCSXH) tỉnh.",
     "Giám đốc Chi nhánh Ngân hàng Chính sách xã hội (NHCSXH) tỉnh", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
    ("Dự có TS. Bùi Hữu Trí, Phó Tổng Giám đốc Tập đoàn Dầu khí Quốc gia Việt Nam (Petrovietnam).",
     "Phó Tổng Giám đốc Tập đoàn Dầu khí Quốc gia Việt Nam (Petrovietnam)", "Tập đoàn Dầu khí Quốc gia Việt Nam"),
    ("đồng chí Ngô Thị Hải Yến, Trưởng Ban Tổ chức Tổng Liên đoàn Lao động Việt Nam (Tổng LĐLĐVN) phát biểu.",
     "Trưởng Ban Tổ chức Tổng Liên đoàn Lao động Việt Nam (Tổng LĐLĐVN)",
     "Tổ chức Tổng Liên đoàn Lao động Việt Nam"),
    # a bracket of lower-case words is no part of the name
    ("đồng chí Hà Văn Tâm, Bí thư Đảng ủy xã (nhiệm kỳ mới) phát biểu.", "Bí thư Đảng ủy xã", "Đảng ủy xã"),
])
def test_bracketed_abbreviation_in_title(text, title, organization):
    [off] = officials(text)
    [t] = off.titles
    assert (t.title, t.organization) == (title, organization)


@pytest.mark.parametrize("text, title", [
    ("đồng chí Mai Sơn Lâm, Bí thư Tỉnh ủy Bắc Giang và 300 đại biểu chính thức dự.", "Bí thư Tỉnh ủy Bắc Giang"),
    ("ông Lò Văn Pánh, Bí thư Huyện ủy Mộc Châu và lãnh đạo các xã dự.", "Bí thư Huyện ủy Mộc Châu"),
    ("Bộ trưởng Bộ Kế hoạch và Đầu tư Ngô Thanh Bình dự.", "Bộ trưởng Bộ Kế hoạch và Đầu tư"),
    ("đồng chí Trương Minh Quang, Bí thư Đảng ủy xã nhiệm kỳ 2025 – 2030 phát biểu.", "Bí thư Đảng ủy xã"),
    ("ông Lê Văn An, Chủ tịch UBND tỉnh giai đoạn 2015 - 2020 phát biểu.", "Chủ tịch UBND tỉnh"),
    ("ông Lê Văn An, Bí thư Đảng ủy xã từ năm 2020 phát biểu.", "Bí thư Đảng ủy xã"),
    # "khóa" stays: the term is part of a committee's name
    ("đồng chí Lê Văn An, Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII dự.",
     "Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII"),
    ("đồng chí Mai Văn Tùng, Bí thư Đảng ủy Khối các cơ quan tỉnh phát biểu.", "Bí thư Đảng ủy Khối các cơ quan tỉnh"),
])
def test_title_ends_before_va_and_a_number_or_lower_case(text, title):
    [off] = officials(text)
    assert [t.title for t in off.titles] == [title]


@pytest.mark.parametrize("text, title", [
    ("ông Lê Văn An, Giám đốc Sở Y tế nói thêm về dịch bệnh.", "Giám đốc Sở Y tế"),
    ("bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh đề xuất tăng vốn.", "Phó Chủ tịch UBND tỉnh"),
    ("ông Trần Văn Bình, Giám đốc Sở Tài chính cần rà soát lại.", "Giám đốc Sở Tài chính"),
])
def test_title_ends_at_a_verb_after_a_name_first_title(text, title):
    [off] = officials(text)
    assert [t.title for t in off.titles] == [title]


@pytest.mark.parametrize("text, honorific", [
    ("Thượng tá, ThS. Võ Đình Khang - Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Công an tỉnh phát biểu.", "Thượng tá"),
    ("Thiếu tướng, PGS.TS Hoàng Văn Nam, Giám đốc Học viện Chính trị phát biểu.", "Thiếu tướng"),
    # "các đồng chí A, …, B, …" without a colon gives every member "đồng chí"
    ("Dự có các đồng chí Đinh Văn Hưng, Chủ tịch UBND xã; Hà Thị Lụa, Chủ tịch Ủy ban MTTQ xã.", "đồng chí"),
    # a capitalised "Anh" inside a name is no honorific; the later "Ông" is
    ("Bí thư Đảng ủy Nguyễn Anh Tuấn dự.\nÔng Nguyễn Anh Tuấn, Chủ tịch HĐTV phát biểu.", "ông"),
])
def test_honorific_conventions(text, honorific):
    assert {o.honorific for o in officials(text)} == {honorific}


def test_capitalised_anh_ends_a_place_not_a_title():
    assert summary("Chủ tịch UBND huyện Đông Anh Đỗ Quang Thành phát biểu.") == [
        ("Đỗ Quang Thành", None, [("Chủ tịch UBND huyện Đông Anh", "Chủ tịch", "UBND huyện Đông Anh")])]


@pytest.mark.parametrize("text, expected", [
    ("Đồng chí Trần Văn Nam, Chủ tịch Hội đồng quản trị kiêm Tổng Giám đốc Công ty phát biểu.",
     [("Trần Văn Nam", "đồng chí", [("Chủ tịch Hội đồng quản trị", "Chủ tịch", "Hội đồng quản trị"),
                                    ("Tổng Giám đốc Công ty", "Tổng Giám đốc", "Công ty")])]),
    ("Dự có đồng chí Nguyễn Văn An (Bí thư Chi bộ thôn Đông) và bà con.",
     [("Nguyễn Văn An", "đồng chí", [("Bí thư Chi bộ thôn Đông", "Bí thư", "Chi bộ thôn Đông")])]),
])
def test_kiem_and_bracketed_titles(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng phát biểu.",
     [("Nguyễn Thị Hồng", None, [("Thống đốc Ngân hàng Nhà nước", "Thống đốc", "Ngân hàng Nhà nước")])]),
    ("Theo ông Đậu Văn Hạnh, Chi cục trưởng Chi cục Thủy lợi, năm nay mưa nhiều.",
     [("Đậu Văn Hạnh", "ông", [("Chi cục trưởng Chi cục Thủy lợi", "Chi cục trưởng", "Chi cục Thủy lợi")])]),
    ("Đội trưởng Đội Quản lý thị trường số 3 Trần Văn Hải cho biết.",
     [("Trần Văn Hải", None, [("Đội trưởng Đội Quản lý thị trường số 3", "Đội trưởng",
                               "Đội Quản lý thị trường số 3")])]),
    ("Phó Chủ tịch UBND huyện Mường Nhé Pờ Diệp Lực dự.",
     [("Pờ Diệp Lực", None, [("Phó Chủ tịch UBND huyện Mường Nhé", "Phó Chủ tịch", "UBND huyện Mường Nhé")])]),
    ("Giám đốc Sở Y tế Rmah Đức trao quà.",
     [("Rmah Đức", None, [("Giám đốc Sở Y tế", "Giám đốc", "Sở Y tế")])]),
    ("Đại tá Lê Văn Tám, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh phát biểu.",
     [("Lê Văn Tám", "Đại tá", [("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Chỉ huy trưởng",
                                 "Bộ Chỉ huy Quân sự tỉnh")])]),
])
def test_positions_and_family_names_added_to_the_lexicon(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize("text", [
    # a coal mine named like a person after a title stays part of the organisation
    "Giám đốc Công ty Than Vàng Danh phát biểu.",
    # a colon after a title opens a quotation, not a list of holders
    "Phát biểu, Bí thư Tỉnh ủy nhấn mạnh: “Cần làm tốt công tác cán bộ”.",
])
def test_no_official_without_a_holder(text):
    assert officials(text) == []
