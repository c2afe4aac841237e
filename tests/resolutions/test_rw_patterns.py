"""Reference forms of real-style web writing (second round): acts listed after ";",
reports named with their issuer and subject, supervision programmes and the National
Assembly's explanatory report (through the whole pipeline)."""
import pytest

from conftest import check_record
from resolutions_cases import assert_items, expecter, resolutions

# issued is not part of these expectations
expect = expecter(("doc_type", "number", "issuer", "subject", "congress", "ordinal", "term"))


@pytest.mark.parametrize("text, expected", [
    ("Kỳ họp thông qua Nghị quyết số 12/NQ-HĐND về việc bầu bổ sung Ủy viên UBND huyện; Nghị quyết về chương "
     "trình giám sát năm 2025 của HĐND huyện. Sau đó, đại biểu thảo luận.",
     [expect("Nghị quyết số 12/NQ-HĐND về việc bầu bổ sung Ủy viên UBND huyện", "Nghị quyết", number="12/NQ-HĐND",
             subject="việc bầu bổ sung Ủy viên UBND huyện"),
      expect("Nghị quyết về chương trình giám sát năm 2025 của HĐND huyện", "Nghị quyết",
             subject="chương trình giám sát năm 2025 của HĐND huyện")]),
    ("Kỳ họp biểu quyết Nghị quyết số 30/2024/NQ-HĐND quy định mức thu học phí; Nghị quyết về dự toán ngân sách "
     "địa phương năm 2025 (bổ sung).",
     [expect("Nghị quyết số 30/2024/NQ-HĐND quy định mức thu học phí", "Nghị quyết", number="30/2024/NQ-HĐND",
             subject="quy định mức thu học phí"),
      expect("Nghị quyết về dự toán ngân sách địa phương năm 2025 (bổ sung)", "Nghị quyết",
             subject="dự toán ngân sách địa phương năm 2025 (bổ sung)")]),
])
def test_titled_reference_after_semicolon_is_inside_the_list(ex, text, expected):
    assert_items(text, resolutions(ex, text), expected)


@pytest.mark.parametrize("text, expected", [
    ("Bộ trưởng Bộ Tài chính trình bày Báo cáo của Chính phủ về tình hình thực hiện dự toán ngân sách năm 2024. "
     "Đại biểu thảo luận.",
     [expect("Báo cáo của Chính phủ về tình hình thực hiện dự toán ngân sách năm 2024", "Báo cáo",
             issuer="Chính phủ", subject="tình hình thực hiện dự toán ngân sách năm 2024")]),
    ("Theo Báo cáo của UBND huyện, tỷ lệ hộ nghèo giảm còn 3,2%.", []),
    ("Đại hội nghe Báo cáo của Ban Chấp hành khóa IX do đồng chí Bí thư trình bày.", []),
])
def test_bare_report_needs_its_issuer_and_subject(ex, text, expected):
    assert_items(text, resolutions(ex, text), expected)


@pytest.mark.parametrize("text, expected", [
    ("Thường trực HĐND huyện xây dựng Chương trình giám sát năm 2025 của HĐND huyện, bảo đảm đúng quy định.",
     [expect("Chương trình giám sát năm 2025 của HĐND huyện", "Chương trình", issuer="HĐND huyện")]),
    ("Chủ nhiệm Ủy ban Pháp luật trình bày Báo cáo giải trình, tiếp thu, chỉnh lý dự thảo luật. Sau đó, Quốc hội "
     "biểu quyết.",
     [expect("Báo cáo giải trình, tiếp thu, chỉnh lý dự thảo luật", "Báo cáo")]),
])
def test_supervision_programme_and_explanatory_report_are_kinds(ex, text, expected):
    assert_items(text, resolutions(ex, text), expected)


DATELINED = ("Thứ Hai, 6/5/2024 - 08:30\n\nĐảng ủy xã Tân Lập sơ kết 3 năm thực hiện chỉ thị số 12-CT/ĐU\n\n"
             "(TL) - Ngày 5/5, Đảng ủy xã Tân Lập tổ chức hội nghị sơ kết 3 năm thực hiện chỉ thị số 12-CT/ĐU ngày "
             "2/3/2021 của Ban Thường vụ Đảng ủy về công tác dân vận. Hội nghị đánh giá cao kết quả đạt được, các chi "
             "bộ đã cụ thể hóa chỉ thị bằng nhiều việc làm thiết thực.\n\nĐồng chí Bí thư Đảng ủy xã đề nghị các chi "
             "bộ tiếp tục quán triệt sâu rộng.")


def test_headline_below_dateline_counts_and_copies_the_body_reference(ex):
    found = check_record(ex(DATELINED, published="2024-05-06"))["resolutions"]
    head = "chỉ thị số 12-CT/ĐU"
    body = "chỉ thị số 12-CT/ĐU ngày 2/3/2021 của Ban Thường vụ Đảng ủy về công tác dân vận"
    assert [(r["text"], r["start"]) for r in found] == [(head, DATELINED.index(head)), (body, DATELINED.index(body))]
    for item in found:
        assert (item["doc_type"], item["number"], item["issued"], item["issuer"], item["subject"], item["ordinal"]) \
            == ("Chỉ thị", "12-CT/ĐU", "2021-03-02", "Ban Thường vụ Đảng ủy", "công tác dân vận", None)
