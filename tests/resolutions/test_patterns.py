"""Regression tests for reference patterns first missed on documents written apart from the training ones.

Each table is named after the pattern it fixes; the sentences are new, not copied from the corpus.
"""
import pytest

from conftest import check_record

PARTS = ("doc_type", "number", "issued", "issuer", "subject", "congress", "ordinal", "term")


def resolutions(ex, text):
    return check_record(ex(text, published="2024-05-01"))["resolutions"]


def expect(span, doc_type, **parts):
    return {"text": span, "doc_type": doc_type, **{k: parts.get(k) for k in PARTS[1:]}}


def found_parts(found):
    return [{k: r[k] for k in ("text",) + PARTS} for r in found]


def assert_items(text, found, expected):
    assert found_parts(found) == expected
    pos = 0
    for r in found:
        # Items are cut at the first place their text occurs after the previous item.
        assert r["start"] == text.index(r["text"], pos)
        pos = r["start"] + 1


# -- a numbered reference without "của", and a subject that stops before the next clause -----------------
@pytest.mark.parametrize("text, expected", [
    ("Huyện ủy ban hành Kế hoạch số 57-KH/HU ngày 3/4/2024 để triển khai đến các chi bộ.",
     [expect("Kế hoạch số 57-KH/HU ngày 3/4/2024", "Kế hoạch", number="57-KH/HU", issued="2024-04-03")]),
    # "và ban hành" + another numbered document: the first subject ends, the second document is an item.
    ("Thực hiện Nghị quyết số 08-NQ/HU ngày 2/3/2023 của Huyện ủy về phát triển cây dược liệu và ban hành "
     "Kế hoạch số 61-KH/HU ngày 9/6/2023 hướng dẫn các xã.",
     [expect("Nghị quyết số 08-NQ/HU ngày 2/3/2023 của Huyện ủy về phát triển cây dược liệu", "Nghị quyết",
             number="08-NQ/HU", issued="2023-03-02", issuer="Huyện ủy", subject="phát triển cây dược liệu"),
      expect("Kế hoạch số 61-KH/HU ngày 9/6/2023 hướng dẫn các xã", "Kế hoạch", number="61-KH/HU",
             issued="2023-06-09", subject="hướng dẫn các xã")]),
])
def test_numbered_reference_without_cua(ex, text, expected):
    assert_items(text, resolutions(ex, text), expected)


@pytest.mark.parametrize("text, span, subject", [
    ("Quán triệt Kết luận số 12-KL/TW của Bộ Chính trị về phát triển cảng biển đến năm 2030 và tham gia "
     "đào tạo nhân lực.", "Kết luận số 12-KL/TW của Bộ Chính trị về phát triển cảng biển đến năm 2030",
     "phát triển cảng biển đến năm 2030"),
    ("Cụ thể hóa Nghị quyết số 57-NQ/TW của Bộ Chính trị về phát triển khoa học, công nghệ thành những "
     "đề tài có sản phẩm.", "Nghị quyết số 57-NQ/TW của Bộ Chính trị về phát triển khoa học, công nghệ",
     "phát triển khoa học, công nghệ"),
    ("Việc thực hiện Nghị quyết số 01/NQ-CP của Chính phủ về dự toán ngân sách nhà nước năm 2024 ở một số "
     "bộ còn chậm.", "Nghị quyết số 01/NQ-CP của Chính phủ về dự toán ngân sách nhà nước năm 2024",
     "dự toán ngân sách nhà nước năm 2024"),
    ("Bám sát Nghị quyết số 29-NQ/TW của Bộ Chính trị về đổi mới giáo dục và đào tạo, từng bước tự chủ "
     "tài chính.", "Nghị quyết số 29-NQ/TW của Bộ Chính trị về đổi mới giáo dục và đào tạo",
     "đổi mới giáo dục và đào tạo"),
    ("Kỳ họp thông qua Nghị quyết về dự toán ngân sách địa phương năm 2025 với mục tiêu thu 12.000 tỷ đồng.",
     "Nghị quyết về dự toán ngân sách địa phương năm 2025", "dự toán ngân sách địa phương năm 2025"),
    # A verb that opens the subject before "về" is left out, as when it is not written.
    ("Ngân hàng áp dụng Thông tư 06/2024/TT-NHNN của Ngân hàng Nhà nước quy định về việc cơ cấu lại nợ.",
     "Thông tư 06/2024/TT-NHNN của Ngân hàng Nhà nước quy định về việc cơ cấu lại nợ", "việc cơ cấu lại nợ"),
])
def test_subject_ends_before_the_rest_of_the_sentence(ex, text, span, subject):
    found = resolutions(ex, text)
    assert [(r["text"], r["subject"]) for r in found] == [(span, subject)]


# -- "và thực hiện" / "và hướng dẫn triển khai" + another numbered document ends the first subject ---------
@pytest.mark.parametrize("text, expected", [
    ("Quán triệt Nghị quyết số 31-NQ/TW ngày 4/3/2022 của Bộ Chính trị về phát triển vùng ven biển đến năm "
     "2035 và thực hiện Kết luận số 19-KL/TW ngày 8/5/2023 của Bộ Chính trị về bảo vệ cán bộ dám nghĩ, dám "
     "làm vì lợi ích chung.",
     [expect("Nghị quyết số 31-NQ/TW ngày 4/3/2022 của Bộ Chính trị về phát triển vùng ven biển đến năm 2035",
             "Nghị quyết", number="31-NQ/TW", issued="2022-03-04", issuer="Bộ Chính trị",
             subject="phát triển vùng ven biển đến năm 2035"),
      expect("Kết luận số 19-KL/TW ngày 8/5/2023 của Bộ Chính trị về bảo vệ cán bộ dám nghĩ, dám làm vì lợi ích "
             "chung", "Kết luận", number="19-KL/TW", issued="2023-05-08", issuer="Bộ Chính trị",
             subject="bảo vệ cán bộ dám nghĩ, dám làm vì lợi ích chung")]),
    # The second document's subject opens with "quy định" (no "về") and keeps it.
    ("Sở ban hành Quyết định số 915/QĐ-UBND ngày 2/7/2024 về điều chỉnh dự toán chi năm 2024 và hướng dẫn "
     "triển khai Nghị định số 81/2024/NĐ-CP ngày 1/7/2024 của Chính phủ quy định chế độ phụ cấp đối với "
     "cán bộ, công chức cấp xã.",
     [expect("Quyết định số 915/QĐ-UBND ngày 2/7/2024 về điều chỉnh dự toán chi năm 2024", "Quyết định",
             number="915/QĐ-UBND", issued="2024-07-02", subject="điều chỉnh dự toán chi năm 2024"),
      expect("Nghị định số 81/2024/NĐ-CP ngày 1/7/2024 của Chính phủ quy định chế độ phụ cấp đối với cán bộ, "
             "công chức cấp xã", "Nghị định", number="81/2024/NĐ-CP", issued="2024-07-01", issuer="Chính phủ",
             subject="quy định chế độ phụ cấp đối với cán bộ, công chức cấp xã")]),
])
def test_joined_clause_acting_on_another_document(ex, text, expected):
    assert_items(text, resolutions(ex, text), expected)


def test_issuer_ends_before_a_time_preposition(ex):
    text = "Hoàn thành theo Quyết định số 250/QĐ-TTg ngày 21/2/2022 của Thủ tướng Chính phủ trước ngày 30/6."
    assert [(r["text"], r["issuer"]) for r in resolutions(ex, text)] == [
        ("Quyết định số 250/QĐ-TTg ngày 21/2/2022 của Thủ tướng Chính phủ", "Thủ tướng Chính phủ")]


# -- a title in quotes ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Huyện triển khai Đề án “Phát triển vùng cam sành gắn với du lịch sinh thái” trên 5 xã.",
     [expect("Đề án “Phát triển vùng cam sành gắn với du lịch sinh thái”", "Đề án",
             subject="Phát triển vùng cam sành gắn với du lịch sinh thái")]),
    ('Tỉnh thực hiện Đề án "Chuyển đổi số trong cơ quan đảng" của Tỉnh ủy đạt kết quả tốt.',
     [expect('Đề án "Chuyển đổi số trong cơ quan đảng" của Tỉnh ủy', "Đề án",
             subject="Chuyển đổi số trong cơ quan đảng", issuer="Tỉnh ủy")]),
    # A campaign's quoted name is no document.
    ('Ngân hàng triển khai Chương trình "Gửi tiết kiệm – Nhận quà lớn" tới khách hàng.', []),
    ('Đoàn phát động Kế hoạch "Mùa hè xanh" trong thanh niên.', []),
])
def test_quoted_title_is_the_subject(ex, text, expected):
    assert_items(text, resolutions(ex, text), expected)


# -- more document types ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, span, doc_type, number", [
    ("thực hiện nghiêm Công điện số 12/CĐ-TTg của Thủ tướng Chính phủ về ứng phó bão số 3.",
     "Công điện số 12/CĐ-TTg của Thủ tướng Chính phủ về ứng phó bão số 3", "Công điện", "12/CĐ-TTg"),
    ("theo Thông báo số 45-TB/TU ngày 2/5/2024 của Tỉnh ủy.", "Thông báo số 45-TB/TU ngày 2/5/2024 của Tỉnh ủy",
     "Thông báo", "45-TB/TU"),
    ("xem xét Tờ trình số 120/TTr-UBND của UBND tỉnh.", "Tờ trình số 120/TTr-UBND của UBND tỉnh", "Tờ trình",
     "120/TTr-UBND"),
    ("nêu trong Báo cáo số 310/BC-UBND ngày 8/11/2024.", "Báo cáo số 310/BC-UBND ngày 8/11/2024", "Báo cáo",
     "310/BC-UBND"),
    ("theo Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN hướng dẫn thi hành.",
     "Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN hướng dẫn thi hành", "Nghị quyết liên tịch",
     "09/2008/NQLT-CP-UBTWMTTQVN"),
    ("thực hiện Thông tư liên tịch số 02/2015/TTLT-BNV-BTC.", "Thông tư liên tịch số 02/2015/TTLT-BNV-BTC",
     "Thông tư liên tịch", "02/2015/TTLT-BNV-BTC"),
    # Abbreviated types before a full number.
    ("thực hiện NQ số 35-NQ/TW của Bộ Chính trị.", "NQ số 35-NQ/TW của Bộ Chính trị", "Nghị quyết", "35-NQ/TW"),
    ("theo QĐ 1234/QĐ-UBND về giá đất.", "QĐ 1234/QĐ-UBND về giá đất", "Quyết định", "1234/QĐ-UBND"),
])
def test_document_types(ex, text, span, doc_type, number):
    found = resolutions(ex, text)
    assert [(r["text"], r["doc_type"], r["number"]) for r in found] == [(span, doc_type, number)]


@pytest.mark.parametrize("text, span, doc_type", [
    ("Bám sát Hiến pháp năm 2013 và pháp luật.", "Hiến pháp năm 2013", "Hiến pháp"),
    ("tự chủ đại học theo Luật Giáo dục đại học.", "Luật Giáo dục đại học", "Luật"),
    ("triển khai Luật Trật tự, an toàn giao thông đường bộ năm 2024, kiên quyết xử lý vi phạm.",
     "Luật Trật tự, an toàn giao thông đường bộ năm 2024", "Luật"),
    ("thực hiện Pháp lệnh Dân số, chăm lo sức khỏe sinh sản.", "Pháp lệnh Dân số", "Pháp lệnh"),
])
def test_unnumbered_laws(ex, text, span, doc_type):
    assert [(r["text"], r["doc_type"]) for r in resolutions(ex, text)] == [(span, doc_type)]


@pytest.mark.parametrize("text", [
    "Đơn vị xây dựng Kế hoạch 5 năm và Báo cáo 6 tháng đầu năm.",
    "Tổ chức triển khai NQ và KH 2024 đến các chi bộ.",
    "Chương trình về nguồn được tổ chức tại Côn Đảo.",
    # A type opening a sentence before "về" is the generic noun.
    "Nghị quyết về công tác cán bộ cần được cụ thể hóa.",
    # An issuer without a subject does not single out one document.
    "Quán triệt Chỉ thị của Bộ Chính trị đến từng chi bộ.",
])
def test_quantities_abbreviations_and_generic_titles_are_not_items(ex, text):
    assert resolutions(ex, text) == []


# -- specific unnumbered documents ------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Kỳ họp đã thông qua Nghị quyết về kế hoạch đầu tư công năm 2025. Theo đó",
     expect("Nghị quyết về kế hoạch đầu tư công năm 2025", "Nghị quyết",
            subject="kế hoạch đầu tư công năm 2025")),
    ("Các cấp ủy quán triệt Chỉ thị của Bộ Chính trị về tăng cường công tác phòng, chống tham nhũng.",
     expect("Chỉ thị của Bộ Chính trị về tăng cường công tác phòng, chống tham nhũng", "Chỉ thị",
            issuer="Bộ Chính trị", subject="tăng cường công tác phòng, chống tham nhũng")),
])
def test_unnumbered_document_with_a_subject(ex, text, expected):
    assert found_parts(resolutions(ex, text)) == [expected]


def test_unnumbered_document_with_a_subject_after_gan_voi_is_its_own_item(ex):
    text = ("lãnh đạo thực hiện nghiêm Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng "
            "gắn với Quy định về trách nhiệm nêu gương.")
    assert [(r["text"], r["subject"], r["ordinal"]) for r in resolutions(ex, text)] == [
        ("Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng",
         "tăng cường xây dựng, chỉnh đốn Đảng", 4),
        ("Quy định về trách nhiệm nêu gương", "trách nhiệm nêu gương", None)]


# -- ordinals of plenums named as the issuer --------------------------------------------------------------
def test_plenum_issuer_gives_the_ordinal_also_to_its_short_repeat(ex):
    text = ("Hội thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về nông "
            "nghiệp, nông dân. Năm tới, Hội tiếp tục đưa Nghị quyết 19 vào thực tiễn.")
    found = resolutions(ex, text)
    assert [(r["text"], r["issuer"], r["ordinal"]) for r in found] == [
        ("Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về nông nghiệp, nông dân",
         "Hội nghị Trung ương 5 khóa XIII", 5),
        ("Nghị quyết 19", "Hội nghị Trung ương 5 khóa XIII", 5)]


# -- a short repeat in a sub-heading, before the full reference -------------------------------------------
def test_short_repeat_in_a_subheading_before_the_full_reference(ex):
    text = ("Đảng bộ Trường Đại học Y tổ chức Đại hội lần thứ V\n\n"
            "Ngày 12/5/2025, Đảng bộ Trường Đại học Y tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2025 – 2030.\n\n"
            "Hiện thực hóa Nghị quyết 57\n\n"
            "Phát biểu chỉ đạo, đồng chí Bí thư đề nghị Đảng bộ cụ thể hóa Nghị quyết số 57-NQ/TW ngày 22/12/2024 "
            "của Bộ Chính trị về đột phá phát triển khoa học, công nghệ thành những đề tài cụ thể.\n\n"
            "Đại hội đã bầu Ban Chấp hành khóa mới gồm 15 đồng chí.")
    short = next(r for r in resolutions(ex, text) if r["text"] == "Nghị quyết 57")
    assert short["start"] == text.index("Nghị quyết 57")
    assert (short["number"], short["issued"], short["issuer"]) == ("57-NQ/TW", "2024-12-22", "Bộ Chính trị")


# -- congresses named without ordinal or term -------------------------------------------------------------
@pytest.mark.parametrize("text, short, congress, ordinal, term", [
    ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 – 2025 đề ra 20 chỉ tiêu. Sau 5 năm thực hiện "
     "Nghị quyết Đại hội Đảng bộ tỉnh, 18 chỉ tiêu đạt và vượt.", "Nghị quyết Đại hội Đảng bộ tỉnh",
     "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII", 17, "2020/2025"),
    ("Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XIX diễn ra sôi nổi. Thực hiện Nghị quyết Đại hội "
     "Đoàn đề ra, các cơ sở đoàn ra quân.", "Nghị quyết Đại hội Đoàn",
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XIX", 19, None),
    # No congress of that name in the text: the name as written.
    ("Công ty thực hiện Nghị quyết Đại hội đồng cổ đông thường niên năm 2024 về phân phối lợi nhuận.",
     "Nghị quyết Đại hội đồng cổ đông thường niên năm 2024 về phân phối lợi nhuận",
     "Đại hội đồng cổ đông thường niên năm 2024", None, None),
])
def test_congress_without_ordinal_or_term(ex, text, short, congress, ordinal, term):
    item = next(r for r in resolutions(ex, text) if r["text"] == short)
    assert (item["congress"], item["ordinal"], item["term"]) == (congress, ordinal, term)
