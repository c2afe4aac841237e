"""Organisation forms: exact names, abbreviations and mention offsets; what is not an organisation."""
import pytest

from extractor.lang import load
from extractor.organizations import compile_lexicon, find_organizations
from extractor.organizations.initials import acronym_letters, aligned, fold_letters, name_initials
from extractor.text.normalize import matching_view

LEX = compile_lexicon(load("organizations"))


def orgs(text, **kw):
    found, dropped = find_organizations(matching_view(text), LEX, **kw)
    assert not dropped
    return [(text[o.name[0]:o.name[1]], text[o.abbreviation[0]:o.abbreviation[1]],
             [(text[s:e], s) for s, e in o.mentions]) for o in found]


@pytest.mark.parametrize("text, expected", [
    # role before the name, qualifier-free bracket
    ("Dự có đồng chí A, Phó Tổng Giám đốc Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam (TKV); bà B.",
     [("Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam", "TKV",
       [("Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam", 36), ("TKV", 85)])]),
    # "gọi tắt là"
    ("Phó Tổng giám đốc Tổng công ty Điện lực miền Bắc (gọi tắt là EVNNPC); sau đó EVNNPC giao việc.",
     [("Tổng công ty Điện lực miền Bắc", "EVNNPC",
       [("Tổng công ty Điện lực miền Bắc", 18), ("EVNNPC", 61), ("EVNNPC", 77)])]),
    # "sau đây gọi tắt là", a comma inside the name
    ("phối hợp với Quỹ Khuyến học Vì con em công nhân, lao động (sau đây gọi tắt là Quỹ Khuyến học CNLĐ) trao quà.",
     [("Quỹ Khuyến học Vì con em công nhân, lao động", "Quỹ Khuyến học CNLĐ",
       [("Quỹ Khuyến học Vì con em công nhân, lao động", 13), ("Quỹ Khuyến học CNLĐ", 78)])]),
    # "viết tắt là", qualifier after the bracket left out
    ("Ban Quản lý dự án đầu tư xây dựng (viết tắt là BQLDA) huyện cho biết.",
     [("Ban Quản lý dự án đầu tư xây dựng", "BQLDA",
       [("Ban Quản lý dự án đầu tư xây dựng", 0), ("BQLDA", 47)])]),
    # two heads: the one whose initials line up with the abbreviation; old tone marks kept
    ("Ngày 20.12.2024, Uỷ ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh tổ chức hội nghị.",
     [("Uỷ ban Mặt trận Tổ quốc", "MTTQ", [("Uỷ ban Mặt trận Tổ quốc", 17), ("MTTQ", 42)])]),
    # governing body before the organisation
    ("đồng chí X, Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam (EVN) phát biểu.",
     [("Tập đoàn Điện lực Việt Nam", "EVN", [("Tập đoàn Điện lực Việt Nam", 41), ("EVN", 69)])]),
    ("Ban Chấp hành Hội Liên hiệp Phụ nữ (LHPN) tỉnh Tiền Giang họp.",
     [("Hội Liên hiệp Phụ nữ", "LHPN", [("Hội Liên hiệp Phụ nữ", 14), ("LHPN", 36)])]),
    ("Ủy viên Ban Thường vụ Đảng ủy Tổng công ty Điện lực miền Bắc (EVNNPC), Trưởng Ban Kinh doanh EVNNPC;",
     [("Tổng công ty Điện lực miền Bắc", "EVNNPC",
       [("Tổng công ty Điện lực miền Bắc", 30), ("EVNNPC", 62), ("EVNNPC", 93)])]),
    # leading Đảng bộ left out of name and abbreviation (the seed article)
    ("về phía Đảng bộ Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam (Đảng bộ TKV) có đồng chí A – "
     "Phó Bí thư Đảng uỷ TKV.",
     [("Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam", "TKV",
       [("Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam", 16), ("TKV", 73), ("TKV", 113)])]),
    # a brand as abbreviation; "thuộc" ends the name on the left
    ("Chi nhánh Viettel Nghệ An thuộc Tập đoàn Công nghiệp – Viễn thông Quân đội (Viettel) họp.",
     [("Tập đoàn Công nghiệp – Viễn thông Quân đội", "Viettel",
       [("Viettel", 10), ("Tập đoàn Công nghiệp – Viễn thông Quân đội", 32), ("Viettel", 76)])]),
    # two pairs in one sentence
    ("Tổng cục Hải quan (TCHQ) và Kho bạc Nhà nước (KBNN) đã triển khai.",
     [("Tổng cục Hải quan", "TCHQ", [("Tổng cục Hải quan", 0), ("TCHQ", 19)]),
      ("Kho bạc Nhà nước", "KBNN", [("Kho bạc Nhà nước", 28), ("KBNN", 46)])]),
    # a second organisation after "và"
    ("Sở Tài chính và Kho bạc Nhà nước (KBNN) phối hợp.",
     [("Kho bạc Nhà nước", "KBNN", [("Kho bạc Nhà nước", 16), ("KBNN", 34)])]),
    # "Bộ trưởng" is a position, not the head "Bộ"
    ("ông A, Bộ trưởng Bộ Kế hoạch và Đầu tư (KH&ĐT), cho biết.",
     [("Bộ Kế hoạch và Đầu tư", "KH&ĐT", [("Bộ Kế hoạch và Đầu tư", 17), ("KH&ĐT", 40)])]),
    # a clause before the comma
    ("Bí thư Đảng ủy, Giám đốc Công ty Điện lực Bắc Giang (gọi tắt là PC Bắc Giang) dự.",
     [("Công ty Điện lực Bắc Giang", "PC Bắc Giang",
       [("Công ty Điện lực Bắc Giang", 25), ("PC Bắc Giang", 64)])]),
    ("Thời gian qua, Đảng ủy, Bộ Chỉ huy Quân sự tỉnh Lạng Sơn (BCHQS tỉnh) đã lãnh đạo.",
     [("Bộ Chỉ huy Quân sự tỉnh Lạng Sơn", "BCHQS tỉnh",
       [("Bộ Chỉ huy Quân sự tỉnh Lạng Sơn", 24), ("BCHQS tỉnh", 58)])]),
    ("Chiều 28-6, Ủy ban nhân dân (UBND) tỉnh họp. Chủ tịch UBND tỉnh kết luận.",
     [("Ủy ban nhân dân", "UBND", [("Ủy ban nhân dân", 12), ("UBND", 29), ("UBND", 54)])]),
    ("Ngày 19/01/2024, Viễn thông Hải Phòng (VNPT Hải Phòng) – đơn vị trực thuộc.",
     [("Viễn thông Hải Phòng", "VNPT Hải Phòng", [("Viễn thông Hải Phòng", 17), ("VNPT Hải Phòng", 39)])]),
    ("Theo Thông tấn xã Việt Nam (TTXVN), hôm nay", [("Thông tấn xã Việt Nam", "TTXVN",
                                                      [("Thông tấn xã Việt Nam", 5), ("TTXVN", 28)])]),
    ("Chỉ huy trưởng Bộ đội Biên phòng tỉnh (BĐBP) phát biểu",
     [("Bộ đội Biên phòng tỉnh", "BĐBP", [("Bộ đội Biên phòng tỉnh", 15), ("BĐBP", 39)])]),
    ("Hiệu trưởng Trường Đại học Bách khoa (ĐHBK) cho biết",
     [("Trường Đại học Bách khoa", "ĐHBK", [("Trường Đại học Bách khoa", 12), ("ĐHBK", 38)])]),
    # a governing body with no organisation head after it keeps its own name
    ("Ban Chấp hành Trung ương (BCH TW) họp",
     [("Ban Chấp hành Trung ương", "BCH TW", [("Ban Chấp hành Trung ương", 0), ("BCH TW", 26)])]),
    # the same abbreviation twice: one organisation with the fuller name
    ("Ủy ban Mặt trận Tổ quốc (MTTQ) huyện và Ủy ban Mặt trận Tổ quốc Việt Nam (MTTQ) tỉnh.",
     [("Ủy ban Mặt trận Tổ quốc Việt Nam", "MTTQ",
       [("Ủy ban Mặt trận Tổ quốc", 0), ("MTTQ", 25), ("Ủy ban Mặt trận Tổ quốc", 40),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam", 40), ("MTTQ", 74)])]),
])
def test_organization_forms(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text", [
    "Tổng sản phẩm trong nước (GDP) tăng 5%.",
    "Hội nghị sơ kết công tác sản xuất kinh doanh (SXKD) năm 2023.",
    "Công ty đạt chỉ tiêu; số đảng viên kết nạp mới là 45 người (đạt 112,5% chỉ tiêu).",
    "Công ty Than Vàng Danh diễn tập phòng chống mưa bão năm 2023 (25/05/2023)",
    "Đồng chí Nguyễn Văn A phát biểu (ảnh)",
    "Công ty Than Hà Tu (TP Hạ Long) khai thác than.",
    "tặng giấy khen cho anh Vũ Đức Thắng (Điện lực Kiến Xương)",
    "Chiều 29-9, UBND huyện Đông Anh (Hà Nội) họp.",
    "hoàn thiện dự án Luật Bảo hiểm xã hội (sửa đổi)",
    "Công ty A (12345) và Công ty B ()",
    "Hội nghị (HN) khai mạc.",
    "thời gian mất điện bình quân (SAIDI) giảm.",
    "ông Nguyễn Văn Bình (ABC) phát biểu.",
])
def test_not_organizations(text):
    assert orgs(text) == []


# An abbreviation that spells the words before the bracket past the name found (dev2 "ĐBQH").
@pytest.mark.parametrize("text, expected", [
    # into common nouns: deputies, not an organisation
    ("Bà Lý Thị Hoa, Phó Trưởng Đoàn đại biểu Quốc hội (ĐBQH) tỉnh phát biểu.", []),
    ("Tổ đại biểu Hội đồng nhân dân (ĐBHĐND) huyện tiếp xúc cử tri.", []),
    # into a capitalised word: the name widens to it
    ("Đoàn đại biểu Quốc hội (ĐĐBQH) tỉnh tiếp xúc cử tri.",
     [("Đoàn đại biểu Quốc hội", "ĐĐBQH", [("Đoàn đại biểu Quốc hội", 0), ("ĐĐBQH", 24)])]),
    # spelling nothing further left: the name found stays
    ("Đại diện Tổng công ty Khí Việt Nam (PV GAS) phát biểu.",
     [("Tổng công ty Khí Việt Nam", "PV GAS", [("Tổng công ty Khí Việt Nam", 9), ("PV GAS", 36)])]),
    ("đại biểu Quốc hội (QH) khóa XV", [("Quốc hội", "QH", [("Quốc hội", 9), ("QH", 19)])]),
])
def test_abbreviation_spelling_words_left_of_the_name(text, expected):
    assert orgs(text) == expected


def test_pairing_by_initials_is_on_by_default_and_can_be_switched_off():
    text = "Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị. Chủ tịch HLHPN phát biểu."
    assert orgs(text, by_initials=False) == []
    assert orgs(text) == [
        ("Hội Liên hiệp Phụ nữ", "HLHPN", [("Hội Liên hiệp Phụ nữ", 0), ("HLHPN", 53)])]


@pytest.mark.parametrize("text, expected", [
    # the fullest form written: the place after the name belongs to it
    ("Kỳ họp thứ 9 HĐND tỉnh khóa XVII bế mạc. Hội đồng nhân dân tỉnh Bắc Giang thông qua 15 nghị quyết.",
     [("Hội đồng nhân dân tỉnh Bắc Giang", "HĐND",
       [("HĐND", 13), ("Hội đồng nhân dân tỉnh Bắc Giang", 41)])]),
    ("LĐLĐ quận tặng quà. Liên đoàn Lao động thành phố Hải Phòng phát động thi đua.",
     [("Liên đoàn Lao động thành phố Hải Phòng", "LĐLĐ",
       [("LĐLĐ", 0), ("Liên đoàn Lao động thành phố Hải Phòng", 20)])]),
])
def test_regression_abbreviation_apart_from_its_full_form_takes_the_place_written_after(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text", [
    "Ban Chấp hành Đảng bộ xã họp phiên thứ nhất; BCH bầu Ban Thường vụ.",
    "Hội đồng quản trị công ty họp thường kỳ; HĐQT thống nhất kế hoạch.",
    "Hội đồng thành viên Tổng công ty chỉ đạo; HĐTV giao chỉ tiêu.",
])
def test_regression_generic_body_parts_are_not_paired_apart(text):
    assert orgs(text) == []


def test_regression_an_acronym_of_a_bracketed_abbreviation_is_not_paired_again():
    text = "Hội Liên hiệp Phụ nữ (Hội LHPN) huyện họp. LHPN xã báo cáo; Hội Liên hiệp Phụ nữ tỉnh dự."
    assert [(name, abbr) for name, abbr, _ in orgs(text)] == [("Hội Liên hiệp Phụ nữ", "Hội LHPN")]


def test_bracket_pair_wins_over_pairing_by_initials():
    text = "Liên đoàn Lao động (LĐLĐ) tỉnh họp; LĐLĐ huyện và Liên đoàn Lao động thành phố dự."
    assert orgs(text, by_initials=True) == [
        ("Liên đoàn Lao động", "LĐLĐ",
         [("Liên đoàn Lao động", 0), ("LĐLĐ", 20), ("LĐLĐ", 36), ("Liên đoàn Lao động", 50)])]


@pytest.mark.parametrize("text, folded", [
    ("Đầu tư", "DAUTU"), ("KH&ĐT", "KHDT"), ("LĐ-TB&XH", "LDTBXH"), ("Uỷ ban", "UYBAN"),
])
def test_fold_letters(text, folded):
    assert fold_letters(text) == folded


@pytest.mark.parametrize("abbr, name, head_words, ok", [
    ("MTTQ", "Ủy ban Mặt trận Tổ quốc", 2, True),
    ("KH&ĐT", "Bộ Kế hoạch và Đầu tư", 1, True),
    ("LĐ-TB&XH", "Bộ Lao động - Thương binh và Xã hội", 1, True),
    ("BCH TW", "Ban Chấp hành Trung ương", 1, True),        # TW = Trung ương (organizations.yaml)
    ("KBNN", "Sở Tài chính và Kho bạc Nhà nước", 1, False),  # starts too far from the head
    ("EVN", "Tập đoàn Điện lực Việt Nam", 2, False),
])
def test_alignment_of_abbreviation_and_name(abbr, name, head_words, ok):
    assert aligned(acronym_letters(abbr, LEX.known), name_initials(name, LEX.known), head_words) is ok


def test_too_many_organizations_are_cut_with_a_flag():
    text = " ".join(f"Công ty Số {i} (CT{i}X)." for i in range(150))
    found, dropped = find_organizations(matching_view(text), LEX)
    assert dropped and len(found) == 100


@pytest.mark.parametrize("text, expected", [
    # the full form and the abbreviation apart; the usual "Hội" left out of the letters
    ("Hội Liên hiệp Phụ nữ xã tổ chức tọa đàm. Chủ tịch Hội LHPN xã trao quà.",
     [("Hội Liên hiệp Phụ nữ", "LHPN", [("Hội Liên hiệp Phụ nữ", 0), ("LHPN", 54)])]),
    ("Hội đồng nhân dân huyện khai mạc kỳ họp; HĐND huyện thông qua 12 nghị quyết.",
     [("Hội đồng nhân dân", "HĐND", [("Hội đồng nhân dân", 0), ("HĐND", 41)])]),
])
def test_pairing_by_initials_of_a_full_form_written_apart(text, expected):
    assert orgs(text, by_initials=True) == expected


@pytest.mark.parametrize("text", [
    # "Ủy ban MTTQ" is itself a short form: no full form is written
    "Ủy ban MTTQ huyện tổ chức hội nghị; UBMTTQ xã dự.",
    # initials that spell no full name of the text
    "Công ty tổ chức hội nghị; HĐQT công ty thông qua kế hoạch.",
])
def test_pairing_by_initials_needs_a_full_form(text):
    assert orgs(text, by_initials=True) == []
