"""Percentage forms, values, implied flags and subjects, with exact spans."""
import pytest

from extractor.percentages import find_percentages, find_subject
from extractor.text.normalize import matching_view


def pcts(text):
    view = matching_view(text)
    out = []
    for p in find_percentages(view, [(0, len(text))]):
        start = p.group_start if p.group_start is not None else p.start
        out.append((text[p.start:p.end], p.value, p.implied, find_subject(text, view, start, p.end)))
    return out


@pytest.mark.parametrize("text, expected", [
    ("Trung bình có 97% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên, còn lại",
     [("97%", 97, False, "chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên")]),
    ("số chi bộ hoàn thành xuất sắc nhiệm vụ chiếm 19,87%… ;",
     [("19,87%", 19.87, False, "chi bộ hoàn thành xuất sắc nhiệm vụ")]),
    ("Số Đảng viên kết nạp mới là 27 người (đạt 90 % so với chỉ tiêu Nghị quyết Đại hội).",
     [("90 %", 90, False, "Đảng viên kết nạp mới so với chỉ tiêu Nghị quyết Đại hội")]),
    ("doanh thu tăng 7,5% so với cùng kỳ.", [("7,5%", 7.5, False, "doanh thu")]),
    ("tăng trưởng đạt 1.234,5% so với năm trước", [("1.234,5%", 1234.5, False, "tăng trưởng")]),
    ("hơn 95% hộ dân dùng nước sạch", [("95%", 95, False, "hộ dân dùng nước sạch")]),
    ("gần 80% số hộ có điện", [("80%", 80, False, "số hộ có điện")]),
    ("có 45 phần trăm cử tri đồng ý", [("45 phần trăm", 45, False, "cử tri đồng ý")]),
    ("GRDP tăng từ 5-7% mỗi năm", [("5", 5, True, "GRDP"), ("7%", 7, False, "GRDP")]),
    ("lãi suất 3,62/3,80%", [("3,62", 3.62, True, "lãi suất"), ("3,80%", 3.8, False, "lãi suất")]),
    ("doanh thu đạt 1.234,5 tỷ đồng, bằng 103,2% kế hoạch năm",
     [("103,2%", 103.2, False, "doanh thu so với kế hoạch năm")]),
])
def test_percentage_forms(text, expected):
    assert pcts(text) == expected


def test_implied_figure_after_chiem_in_a_paragraph_with_percentages():
    text = ("Trung bình 98,7% đảng viên hoàn thành tốt nhiệm vụ, số đảng viên hoàn thành "
            "xuất sắc nhiệm vụ chiếm 15,83…; Số đảng viên mới là 27 người.")
    assert pcts(text)[1] == ("15,83", 15.83, True, "đảng viên hoàn thành xuất sắc nhiệm vụ")


def test_implied_run_opened_by_a_signed_figure():
    text = "nông nghiệp chiếm 21,2%; công nghiệp – xây dựng 20,4; dịch vụ 49,6. Thu ngân sách 5,2 tỷ."
    assert [(t, v, i) for t, v, i, _ in pcts(text)] == [
        ("21,2%", 21.2, False), ("20,4", 20.4, True), ("49,6", 49.6, True)]


@pytest.mark.parametrize("text", [
    "tỷ lệ hộ nghèo giảm 0,3 điểm phần trăm",
    "tăng 1,2 điểm %",
    "chiếm 15,83 tỷ đồng",          # a unit follows: not a percentage
    "chiếm 15,83; không có phần trăm nào khác",  # no signed figure in the paragraph
])
def test_not_percentages(text):
    assert pcts(text) == []


@pytest.mark.parametrize("text, figure, subject", [
    # a specific plan after the figure is what is measured
    ("Công ty phấn đấu hoàn thành 100% kế hoạch doanh thu năm 2025 là 900 tỷ đồng.", "100%",
     "kế hoạch doanh thu năm 2025"),
    # a bare plan is appended to the subject of the clause
    ("Sản lượng điện đạt 2.145 triệu kWh, bằng 51,6% kế hoạch năm.", "51,6%",
     "Sản lượng điện so với kế hoạch năm"),
    ("mặt đường bê tông 42 km, hoàn thành 100% kế hoạch.", "100%", "mặt đường bê tông so với kế hoạch"),
    # the figure counts the noun phrase after it, also after a verb or preposition
    ("Huyện đã tiếp nhận, xử lý 100% hồ sơ đúng hạn.", "100%", "hồ sơ đúng hạn"),
    ("Mạng 5G đã phủ sóng đến 100% thôn, bản, tổ dân phố trên địa bàn.", "100%",
     "thôn, bản, tổ dân phố trên địa bàn"),
    # framing words before the subject are dropped
    ("Tỉnh phấn đấu tăng trưởng GRDP năm 2025 đạt 8%.", "8%", "tăng trưởng GRDP"),
    ("Báo cáo cho biết, năm 2024 tốc độ tăng trưởng kinh tế ước đạt 6,2%.", "6,2%", "tốc độ tăng trưởng kinh tế"),
    # a chained clause takes the noun phrase before the previous clause's figure
    ("Công ty tạo việc làm cho 900 lao động với thu nhập bình quân 11 triệu đồng, tăng 6% so với năm trước.",
     "6%", "thu nhập bình quân"),
    ("toàn huyện có 57 chi bộ xếp loại trong sạch, vững mạnh, chiếm 61,3%.", "61,3%",
     "chi bộ xếp loại trong sạch, vững mạnh"),
    # a noun phrase listed over a comma stays whole
    ("Tỷ lệ thanh niên tham gia câu lạc bộ, đội nhóm đạt 41,2%.", "41,2%",
     "Tỷ lệ thanh niên tham gia câu lạc bộ, đội nhóm"),
    # "X đạt A và Y đạt B%": the second subject
    ("phấn đấu thu ngân sách đạt 600 tỷ đồng và giải ngân vốn đầu tư công đạt 100% kế hoạch.", "100%",
     "giải ngân vốn đầu tư công so với kế hoạch"),
    # a compound noun holding a cut word is not cut
    ("Mặt bằng lãi suất cho vay ở mức 6,5%.", "6,5%", "Mặt bằng lãi suất cho vay"),
    # a year range inside the subject is not a clause boundary
    ("Tốc độ tăng trưởng bình quân giai đoạn 2021 – 2025 ước đạt 7,1%.", "7,1%",
     "Tốc độ tăng trưởng bình quân giai đoạn"),
    # a frequency or time expression before "có" does not make a subject
    ("Hằng năm có trên 90% chi bộ được xếp loại hoàn thành tốt nhiệm vụ.", "90%",
     "chi bộ được xếp loại hoàn thành tốt nhiệm vụ"),
    ("Xã có 100% thôn đạt danh hiệu văn hóa.", "100%", "thôn đạt danh hiệu văn hóa"),
    # a clause with only a time expression takes the subject of the clause before
    ("Tỷ lệ hộ nghèo giảm bình quân 1,2 điểm phần trăm/năm, đến cuối năm 2025 còn 2,1%.", "2,1%",
     "Tỷ lệ hộ nghèo"),
    # a figure that is the plan's own value measures the plan for the clause before
    ("Tỷ lệ che phủ rừng đạt 54,2%, vượt mục tiêu 52% đề ra.", "52%", "mục tiêu Tỷ lệ che phủ rừng"),
    ("Tỷ lệ hộ dùng nước sạch đạt 91,5% (chỉ tiêu 95%).", "95%", "chỉ tiêu Tỷ lệ hộ dùng nước sạch"),
    ("Suất tiêu hao nhiên liệu là 3,1%, thấp hơn định mức 3,5% mà Tổng công ty giao.", "3,5%",
     "định mức Suất tiêu hao nhiên liệu"),
    # "mới đạt" after a clause naming the lagging indicator with "là"
    ("Chỉ tiêu chưa đạt là tỷ lệ hợp tác xã làm ăn hiệu quả, mới đạt 41%.", "41%",
     "tỷ lệ hợp tác xã làm ăn hiệu quả"),
    # a bulleted label before a colon
    ("- Than sạch: 820.000 tấn, bằng 48% kế hoạch năm;", "48%", "Than sạch so với kế hoạch năm"),
    # a plan followed by a reason is not a specific plan
    ("Sản lượng khí đạt 6,1 tỷ m3, bằng 95% kế hoạch do nhu cầu giảm.", "95%",
     "Sản lượng khí so với kế hoạch do nhu cầu giảm"),
    # ages and doses inside a subject do not cut it
    ("Tỷ lệ trẻ em dưới 5 tuổi được tiêm đủ 3 mũi đạt 97,2%.", "97,2%",
     "Tỷ lệ trẻ em dưới 5 tuổi được tiêm đủ 3 mũi"),
    # an average growth rate takes the subject of the clause before
    ("Doanh thu năm 2024 đạt 812 tỷ đồng, tăng bình quân 8,4%/năm.", "8,4%", "Doanh thu"),
])
def test_subject_shapes(text, figure, subject):
    found = {t: s for t, _, _, s in pcts(text)}
    assert found[figure] == subject
