"""Every form of reference, with its exact span and parts (through the whole pipeline: dates are reused)."""
import pytest

from conftest import check_record

PARTS = ("doc_type", "number", "issued", "issuer", "subject", "congress", "ordinal", "term")


def resolutions(ex, text):
    data = check_record(ex(text, published="2024-05-01"))
    return data["resolutions"]


def expect(span, doc_type, **parts):
    return {"text": span, "doc_type": doc_type, **{k: parts.get(k) for k in PARTS[1:]}}


@pytest.mark.parametrize("text, expected", [
    ("Tiếp tục triển khai thực hiện Nghị quyết số 35/NQ/TW ngày 22/10/2018 của Bộ Chính trị khóa XII về "
     "tăng cường bảo vệ nền tảng tư tưởng của Đảng…",
     expect("Nghị quyết số 35/NQ/TW ngày 22/10/2018 của Bộ Chính trị khóa XII về tăng cường bảo vệ nền tảng "
            "tư tưởng của Đảng", "Nghị quyết", number="35/NQ/TW", issued="2018-10-22",
            issuer="Bộ Chính trị khóa XII", subject="tăng cường bảo vệ nền tảng tư tưởng của Đảng")),
    ("lãnh đạo thực hiện Nghị quyết số 06-NQ/TU ngày 29-1-2021 của Tỉnh ủy về phát triển doanh nghiệp "
     "giai đoạn 2021 – 2025, định hướng đến năm 2030; cụ thể hoá",
     expect("Nghị quyết số 06-NQ/TU ngày 29-1-2021 của Tỉnh ủy về phát triển doanh nghiệp giai đoạn "
            "2021 – 2025, định hướng đến năm 2030", "Nghị quyết", number="06-NQ/TU", issued="2021-01-29",
            issuer="Tỉnh ủy", subject="phát triển doanh nghiệp giai đoạn 2021 – 2025, định hướng đến năm 2030")),
    ("đẩy mạnh thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị gắn với phong trào thi đua.",
     expect("Chỉ thị 05-CT/TW của Bộ Chính trị", "Chỉ thị", number="05-CT/TW", issuer="Bộ Chính trị")),
    ("Việc thực hiện Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII, xử lý kịp thời vi phạm.",
     expect("Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII", "Kết luận", number="21-KL/TW",
            issuer="Hội nghị Trung ương 4 khóa XIII", ordinal=4)),
    ("Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII "
     "về đẩy mạnh xây dựng, chỉnh đốn Đảng; tỷ lệ",
     expect("Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa "
            "XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng", "Kết luận", number="21-KL/TW", issued="2021-10-25",
            issuer="Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII",
            subject="đẩy mạnh xây dựng, chỉnh đốn Đảng", ordinal=4)),
    ("gắn với Quy định 08-QĐi/TW của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên. Toàn",
     expect("Quy định 08-QĐi/TW của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên",
            "Quy định", number="08-QĐi/TW", issuer="Ban Chấp hành Trung ương",
            subject="trách nhiệm nêu gương của cán bộ, đảng viên")),
    ("bị xử phạt theo Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ về xử phạt vi phạm hành chính "
     "trong lĩnh vực bưu chính, viễn thông, trong đó nâng mức xử phạt",
     expect("Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ về xử phạt vi phạm hành chính trong lĩnh "
            "vực bưu chính, viễn thông", "Nghị định", number="15/2020/NĐ-CP", issued="2020-02-03",
            issuer="Chính phủ", subject="xử phạt vi phạm hành chính trong lĩnh vực bưu chính, viễn thông")),
    ("xử lý nhà, đất công theo Quyết định 1234/QĐ-UBND ngày 5/4/2023 của UBND tỉnh về ban hành quy chế quản lý "
     "tài sản công. Ông",
     expect("Quyết định 1234/QĐ-UBND ngày 5/4/2023 của UBND tỉnh về ban hành quy chế quản lý tài sản công",
            "Quyết định", number="1234/QĐ-UBND", issued="2023-04-05", issuer="UBND tỉnh",
            subject="ban hành quy chế quản lý tài sản công")),
    ("triển khai nghiêm Thông tư 01/2024/TT-BTC về quản lý kinh phí chuyển đổi số. Trong",
     expect("Thông tư 01/2024/TT-BTC về quản lý kinh phí chuyển đổi số", "Thông tư", number="01/2024/TT-BTC",
            subject="quản lý kinh phí chuyển đổi số")),
    ("thực hiện nghiêm Công văn số 345/UBND-KT ngày 12-9-2023 của UBND huyện về việc đẩy nhanh tiến độ giải "
     "phóng mặt bằng các dự án trọng điểm. Huyện",
     expect("Công văn số 345/UBND-KT ngày 12-9-2023 của UBND huyện về việc đẩy nhanh tiến độ giải phóng mặt bằng "
            "các dự án trọng điểm", "Công văn", number="345/UBND-KT", issued="2023-09-12", issuer="UBND huyện",
            subject="việc đẩy nhanh tiến độ giải phóng mặt bằng các dự án trọng điểm")),
    ("Tỉnh ủy ban hành Đề án số 04-ĐA/TU ngày 12-5-2023 về nâng cao chất lượng sinh hoạt chi bộ; đẩy mạnh",
     expect("Đề án số 04-ĐA/TU ngày 12-5-2023 về nâng cao chất lượng sinh hoạt chi bộ", "Đề án",
            number="04-ĐA/TU", issued="2023-05-12", subject="nâng cao chất lượng sinh hoạt chi bộ")),
    ("bám sát Chương trình số 09-CTr/TU của Tỉnh ủy về phát triển nông nghiệp hàng hóa tập trung, quy mô lớn "
     "để triển khai nhiệm vụ.",
     expect("Chương trình số 09-CTr/TU của Tỉnh ủy về phát triển nông nghiệp hàng hóa tập trung, quy mô lớn",
            "Chương trình", number="09-CTr/TU", issuer="Tỉnh ủy",
            subject="phát triển nông nghiệp hàng hóa tập trung, quy mô lớn")),
    ("và Kế hoạch số 12-KH/TU của Tỉnh ủy. Đại hội",
     expect("Kế hoạch số 12-KH/TU của Tỉnh ủy", "Kế hoạch", number="12-KH/TU", issuer="Tỉnh ủy")),
    ("thực hiện theo Hướng dẫn số 03-HD/BTGTW về tuyên truyền các ngày lễ lớn, sự kiện lịch sử năm 2024. Lễ",
     expect("Hướng dẫn số 03-HD/BTGTW về tuyên truyền các ngày lễ lớn, sự kiện lịch sử năm 2024", "Hướng dẫn",
            number="03-HD/BTGTW", subject="tuyên truyền các ngày lễ lớn, sự kiện lịch sử năm 2024")),
    ("ban hành Quy chế số 01-QC/ĐU về làm việc của Ban Chấp hành. Các",
     expect("Quy chế số 01-QC/ĐU về làm việc của Ban Chấp hành", "Quy chế", number="01-QC/ĐU",
            subject="làm việc của Ban Chấp hành")),
    # Subjects opened by a verb, not by "về".
    ("gắn với Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng "
     "dữ liệu về dân cư, định danh và xác thực điện tử. Phó",
     expect("Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ "
            "liệu về dân cư, định danh và xác thực điện tử", "Quyết định", number="06/QĐ-TTg",
            issued="2022-01-06", issuer="Thủ tướng Chính phủ",
            subject="phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử")),
    # Lower-case words naming the kind, before "số".
    ("thực hiện Chương trình hành động số 15-CTr/TU ngày 3/5/2021 của Tỉnh ủy về chuyển đổi số.",
     expect("Chương trình hành động số 15-CTr/TU ngày 3/5/2021 của Tỉnh ủy về chuyển đổi số", "Chương trình",
            number="15-CTr/TU", issued="2021-05-03", issuer="Tỉnh ủy", subject="chuyển đổi số")),
    # The plenum in apposition is the issuer; its ordinal is the session.
    ("Quán triệt Nghị quyết số 18-NQ/TW Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII về tiếp tục "
     "đổi mới.",
     expect("Nghị quyết số 18-NQ/TW Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII về tiếp tục đổi mới",
            "Nghị quyết", number="18-NQ/TW", issuer="Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII",
            subject="tiếp tục đổi mới", ordinal=6)),
    ("Thực hiện Nghị quyết số 02-NQ/TW của Bộ Chính trị (khóa XIII) về công đoàn.",
     expect("Nghị quyết số 02-NQ/TW của Bộ Chính trị (khóa XIII) về công đoàn", "Nghị quyết", number="02-NQ/TW",
            issuer="Bộ Chính trị (khóa XIII)", subject="công đoàn")),
    # Congresses: Roman, digit and word ordinals, terms.
    ("Viện đã triển khai thực hiện Nghị quyết Đại hội Đảng bộ Viện lần thứ XX, nhiệm kỳ 2020 – 2025 trong bối cảnh",
     expect("Nghị quyết Đại hội Đảng bộ Viện lần thứ XX, nhiệm kỳ 2020 – 2025", "Nghị quyết",
            congress="Đại hội Đảng bộ Viện lần thứ XX", ordinal=20, term="2020/2025")),
    ("Bám sát Nghị quyết Đại hội XIII của Đảng, các cấp",
     expect("Nghị quyết Đại hội XIII của Đảng", "Nghị quyết", congress="Đại hội XIII của Đảng", ordinal=13)),
    ("đã bám sát Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII, cụ thể hoá",
     expect("Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", "Nghị quyết",
            congress="Đại hội Đảng toàn quốc lần thứ XIII", ordinal=13)),
    ("hoàn thành Nghị quyết Đại hội Đảng bộ VNPT Hải Phòng nhiệm kỳ 2020 – 2025, đơn vị",
     expect("Nghị quyết Đại hội Đảng bộ VNPT Hải Phòng nhiệm kỳ 2020 – 2025", "Nghị quyết",
            congress="Đại hội Đảng bộ VNPT Hải Phòng", term="2020/2025")),
    ("thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ 1, nhiệm kỳ 2025 – 2030.",
     expect("Nghị quyết Đại hội Đảng bộ xã lần thứ 1, nhiệm kỳ 2025 – 2030", "Nghị quyết",
            congress="Đại hội Đảng bộ xã lần thứ 1", ordinal=1, term="2025/2030")),
    ("quán triệt Nghị quyết Đại hội Chi bộ lần thứ nhất, nhiệm kỳ 2022 – 2025.",
     expect("Nghị quyết Đại hội Chi bộ lần thứ nhất, nhiệm kỳ 2022 – 2025", "Nghị quyết",
            congress="Đại hội Chi bộ lần thứ nhất", ordinal=1, term="2022/2025")),
    # Plenums.
    ("đẩy mạnh thực hiện Nghị quyết Trung ương 4 khóa XII gắn với",
     expect("Nghị quyết Trung ương 4 khóa XII", "Nghị quyết", ordinal=4)),
    ("quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XIII\n\nNgày 17",
     expect("Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XIII", "Nghị quyết",
            issuer="Ban Chấp hành Trung ương khóa XIII", ordinal=8)),
    # Laws.
    ("triển khai thi hành Luật Đất đai năm 2024, các",
     expect("Luật Đất đai năm 2024", "Luật")),
    ("đúng Bộ luật Lao động 2019 và các công ước", expect("Bộ luật Lao động 2019", "Bộ luật")),
    ("vướng mắc về thủ tục đầu tư theo Luật Đầu tư công và về giải phóng mặt bằng.",
     expect("Luật Đầu tư công", "Luật")),
    ("hoàn thiện hồ sơ dự án Luật Đất đai (sửa đổi) để trình Quốc hội", expect("Luật Đất đai (sửa đổi)", "Luật")),
    ("các quy định của Luật Sử dụng năng lượng tiết kiệm và hiệu quả năm 2010.",
     expect("Luật Sử dụng năng lượng tiết kiệm và hiệu quả năm 2010", "Luật")),
    # Named by the body that passed it.
    ("Tỷ lệ đô thị hóa đạt 41%, đạt chỉ tiêu Nghị quyết HĐND tỉnh; giá trị",
     expect("Nghị quyết HĐND tỉnh", "Nghị quyết", issuer="HĐND tỉnh")),
])
def test_reference_forms(ex, text, expected):
    found = resolutions(ex, text)
    assert len(found) == 1, found
    item = found[0]
    assert {k: item[k] for k in expected} == expected
    assert item["start"] == text.index(expected["text"])
    assert item["end"] == item["start"] + len(expected["text"])


def test_document_named_inside_a_subject_is_not_a_separate_item(ex):
    text = ("Quyết định số 2156/QĐ-UBND ngày 15/9/2022 của UBND tỉnh về ban hành Chương trình số 05-CTr/UBND "
            "phát triển đô thị giai đoạn 2021 – 2030 cho phù hợp.")
    found = resolutions(ex, text)
    assert [r["number"] for r in found] == ["2156/QĐ-UBND"]
    assert found[0]["subject"] == "ban hành Chương trình số 05-CTr/UBND phát triển đô thị giai đoạn 2021 – 2030"


def test_list_of_laws_inside_a_subject_stays_in_it(ex):
    text = ("Quốc hội thông qua Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, "
            "Luật Nhà ở số 27/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15, theo đó thời điểm có hiệu lực")
    found = resolutions(ex, text)
    assert len(found) == 1
    assert found[0]["number"] == "43/2024/QH15"
    assert found[0]["subject"] == ("sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số "
                                   "27/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15")


def test_two_references_joined_by_va_are_two_items(ex):
    text = ("Bám sát Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của "
            "Công đoàn Việt Nam trong tình hình mới và Nghị quyết Đại hội Công đoàn tỉnh lần thứ XV, nhiệm kỳ "
            "2018 – 2023, các cấp công đoàn đã đổi mới.")
    found = resolutions(ex, text)
    assert [(r["text"], r["subject"], r["ordinal"]) for r in found] == [
        ("Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn "
         "Việt Nam trong tình hình mới", "đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới",
         None),
        ("Nghị quyết Đại hội Công đoàn tỉnh lần thứ XV, nhiệm kỳ 2018 – 2023", None, 15),
    ]
