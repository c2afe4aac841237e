"""Regression tests for the result and goal wordings first missed on the dev split.

Each table is one pattern; the sentences are invented (no corpus sentence), so a rule
that only fits the corpus wording fails here. Spans are checked with exact offsets.
"""

import pytest

from timing import assert_linear

from conftest import check_record
from targets_cases import check as _check, find as _find


# (sentence, span, metric, value, unit, baseline, status): "thấp hơn" a plan, quota or
# norm is exceeded for a lower-is-better metric, named or implied by a ceiling baseline
LOWER_IS_BETTER = [
    ("Tỷ lệ hồ sơ giải quyết quá hạn 1,2%, thấp hơn chỉ tiêu tỉnh giao (dưới 3%).",
     "Tỷ lệ hồ sơ giải quyết quá hạn 1,2%, thấp hơn chỉ tiêu tỉnh giao (dưới 3%)",
     "Tỷ lệ hồ sơ giải quyết quá hạn", 1.2, "%", "chỉ tiêu tỉnh giao", "exceeded"),
    ("Tỷ lệ thất thoát nước sạch còn 14,5%, thấp hơn kế hoạch năm.",
     "Tỷ lệ thất thoát nước sạch còn 14,5%, thấp hơn kế hoạch năm",
     "Tỷ lệ thất thoát nước sạch", 14.5, "%", "kế hoạch năm", "exceeded"),
    # the figure after "là" is the quota's, not the result's
    ("Tỷ lệ trẻ em suy dinh dưỡng là 8,1%, thấp hơn chỉ tiêu đề ra là dưới 9%.",
     "Tỷ lệ trẻ em suy dinh dưỡng là 8,1%, thấp hơn chỉ tiêu đề ra là dưới 9%",
     "Tỷ lệ trẻ em suy dinh dưỡng", 8.1, "%", "chỉ tiêu", "exceeded"),
    # a norm is a ceiling; "chỉ" hedges the figure and is not part of the metric
    ("Suất tiêu hao than chỉ 0,48 kg/kWh, thấp hơn định mức cho phép 0,52 kg/kWh.",
     "Suất tiêu hao than chỉ 0,48 kg/kWh, thấp hơn định mức cho phép 0,52 kg/kWh",
     "Suất tiêu hao than", 0.48, "kg/kWh", "định mức cho phép 0,52 kg/kWh", "exceeded"),
    ("Tỷ lệ thuê bao rời mạng là 2,3%, thấp hơn kế hoạch 2,8%.",
     "Tỷ lệ thuê bao rời mạng là 2,3%, thấp hơn kế hoạch 2,8%",
     "Tỷ lệ thuê bao rời mạng", 2.3, "%", "kế hoạch 2,8%", "exceeded"),
    # "dưới" a baseline right after it
    ("Tỷ lệ nợ xấu được kiểm soát ở mức 1,1%, dưới mức cho phép.",
     "Tỷ lệ nợ xấu được kiểm soát ở mức 1,1%, dưới mức cho phép",
     "Tỷ lệ nợ xấu", 1.1, "%", "mức cho phép", "exceeded"),
    # higher is better: under the plan is not met
    ("Tốc độ tăng trưởng đạt 6,1%, thấp hơn kế hoạch 7%.",
     "Tốc độ tăng trưởng đạt 6,1%, thấp hơn kế hoạch 7%",
     "Tốc độ tăng trưởng", 6.1, "%", "kế hoạch 7%", "not_met"),
]


@pytest.mark.parametrize("sentence, span, metric, value, unit, baseline, status", LOWER_IS_BETTER)
def test_lower_is_better_under_plan(sentence, span, metric, value, unit, baseline, status):
    _check(sentence, [(span, metric, value, unit, None, baseline, status)])


# (sentence, [(span, metric, value, unit)]): every item of a goal list is a planned target
GOAL_LISTS = [
    ("Đại hội xác định chỉ tiêu: thu nhập bình quân đầu người đạt 120 triệu đồng; "
     "mỗi năm kết nạp từ 30 đảng viên trở lên.",
     [("thu nhập bình quân đầu người đạt 120 triệu đồng", "thu nhập bình quân đầu người", 120, "triệu đồng"),
      ("kết nạp từ 30 đảng viên trở lên", "kết nạp đảng viên", 30, "đảng viên")]),
    ("Chỉ tiêu năm 2026 là: trồng mới 1.200 ha rừng, 95% hộ dân sử dụng nước sạch.",
     [("trồng mới 1.200 ha rừng", "trồng mới rừng", 1200, "ha"),
      ("95% hộ dân sử dụng nước sạch", "hộ dân sử dụng nước sạch", 95, "%")]),
    ("Năm 2025, Công ty đặt chỉ tiêu doanh thu 1.200 tỷ đồng, lợi nhuận 85 tỷ đồng.",
     [("doanh thu 1.200 tỷ đồng", "doanh thu", 1200, "tỷ đồng"),
      ("lợi nhuận 85 tỷ đồng", "lợi nhuận", 85, "tỷ đồng")]),
    ("Năm 2026, Tổng công ty đặt kế hoạch sản lượng 3,2 triệu tấn, doanh thu 4.100 tỷ đồng.",
     [("sản lượng 3,2 triệu tấn", "sản lượng", 3.2, "triệu tấn"),
      ("doanh thu 4.100 tỷ đồng", "doanh thu", 4100, "tỷ đồng")]),
    # the quota's own words name the first metric
    ("Theo đó, chỉ tiêu thu ngân sách năm 2025 là 3.400 tỷ đồng; tỷ lệ che phủ rừng đạt 48%.",
     [("thu ngân sách năm 2025 là 3.400 tỷ đồng", "thu ngân sách", 3400, "tỷ đồng"),
      ("tỷ lệ che phủ rừng đạt 48%", "tỷ lệ che phủ rừng", 48, "%")]),
    ("Hướng tới 50.000 hội viên", [("50.000 hội viên", "hội viên", 50000, "hội viên")]),
    # goals joined by "để" are two items
    ("Năm 2026, tỉnh phấn đấu hoàn thành thêm 600 km đường ven biển để cả tỉnh có 1.500 km đường ven biển.",
     [("hoàn thành thêm 600 km đường ven biển", "hoàn thành đường ven biển", 600, "km"),
      ("cả tỉnh có 1.500 km đường ven biển", "cả tỉnh đường ven biển", 1500, "km")]),
]


@pytest.mark.parametrize("sentence, items", GOAL_LISTS)
def test_goal_lists(sentence, items):
    _check(sentence, [(span, metric, value, unit, None, None, "planned") for span, metric, value, unit in items])


# a planned range aims at its upper end; a spaced dash between figures is no clause break
PLANNED_RANGES = [
    ("Hội nghị thống nhất các chỉ tiêu chủ yếu năm 2026 là: tăng trưởng GRDP 8 – 8,5%; thu ngân sách 12.000 tỷ đồng.",
     [("tăng trưởng GRDP 8 – 8,5%", "tăng trưởng GRDP", 8.5, "%"),
      ("thu ngân sách 12.000 tỷ đồng", "thu ngân sách", 12000, "tỷ đồng")]),
    ("Nhiệm kỳ tới, Đảng bộ phấn đấu giá trị sản xuất công nghiệp tăng bình quân 6 – 6,5%/năm.",
     [("giá trị sản xuất công nghiệp tăng bình quân 6 – 6,5%/năm", "giá trị sản xuất công nghiệp", 6.5, "%")]),
]


@pytest.mark.parametrize("sentence, items", PLANNED_RANGES)
def test_planned_ranges(sentence, items):
    _check(sentence, [(span, metric, value, unit, None, None, "planned") for span, metric, value, unit in items])


# (sentence, span, metric, value, unit, attainment, baseline, status)
STATUS_WORDING = [
    # "hoàn thành kế hoạch" after a result reports it: met, not a goal
    ("Sản lượng điện đạt 1.250 triệu kWh, hoàn thành kế hoạch năm.",
     "Sản lượng điện đạt 1.250 triệu kWh, hoàn thành kế hoạch năm",
     "Sản lượng điện", 1250, "triệu kWh", None, "kế hoạch năm", "met"),
    ("Công ty hoàn thành vượt mức kế hoạch sản xuất kinh doanh năm 2024.",
     "Công ty hoàn thành vượt mức kế hoạch sản xuất kinh doanh năm 2024",
     "sản xuất kinh doanh", None, None, None, "kế hoạch sản xuất kinh doanh năm 2024", "exceeded"),
    ("Nhiệm kỳ qua, Đảng bộ đã lãnh đạo hoàn thành vượt mức các chỉ tiêu mà Nghị quyết Đại hội "
     "Đảng bộ Công ty lần thứ IV đề ra.",
     "hoàn thành vượt mức các chỉ tiêu mà Nghị quyết Đại hội Đảng bộ Công ty lần thứ IV đề ra",
     "các chỉ tiêu", None, None, None, "Nghị quyết Đại hội Đảng bộ Công ty lần thứ IV", "exceeded"),
    ("Công ty đã hoàn thành toàn diện các chỉ tiêu theo Nghị quyết Đại hội Đảng bộ Tổng công ty lần thứ II.",
     "hoàn thành toàn diện các chỉ tiêu theo Nghị quyết Đại hội Đảng bộ Tổng công ty lần thứ II",
     "các chỉ tiêu", None, None, None, "Nghị quyết Đại hội Đảng bộ Tổng công ty lần thứ II", "met"),
    ("Năm qua, Hội Cựu chiến binh tỉnh đã hoàn thành 12/12 chỉ tiêu thi đua do Trung ương Hội giao.",
     "hoàn thành 12/12 chỉ tiêu thi đua", "chỉ tiêu thi đua", 12, "chỉ tiêu", None, "chỉ tiêu thi đua", "met"),
    ("Công đoàn ngành hoàn thành 10/12 chỉ tiêu năm 2024.",
     "hoàn thành 10/12 chỉ tiêu năm 2024", "chỉ tiêu", 10, "chỉ tiêu", None, "chỉ tiêu năm 2024", "not_met"),
    # "Chỉ tiêu … chưa đạt là X" reports a result, it sets no quota
    ("Chỉ tiêu duy nhất chưa đạt là doanh thu dịch vụ, mới bằng 91% mức Nghị quyết Đại hội đề ra.",
     "doanh thu dịch vụ, mới bằng 91% mức Nghị quyết Đại hội đề ra",
     "doanh thu dịch vụ", None, None, 91, "mức Nghị quyết Đại hội", "not_met"),
    ("Chỉ tiêu duy nhất không đạt là tỷ lệ lao động qua đào tạo, mới đạt khoảng 62% (chỉ tiêu 70%).",
     "tỷ lệ lao động qua đào tạo, mới đạt khoảng 62% (chỉ tiêu 70%)",
     "tỷ lệ lao động qua đào tạo", 62, "%", None, "chỉ tiêu 70%", "not_met"),
    # a figure against its quota's figure in brackets
    ("Riêng tỷ lệ hộ dùng nước sạch đạt 88,4% (chỉ tiêu 90%).",
     "Riêng tỷ lệ hộ dùng nước sạch đạt 88,4% (chỉ tiêu 90%)",
     "tỷ lệ hộ dùng nước sạch", 88.4, "%", None, "chỉ tiêu 90%", "not_met"),
    ("Tỷ lệ thu gom rác thải đạt 97% (kế hoạch 95%).",
     "Tỷ lệ thu gom rác thải đạt 97% (kế hoạch 95%)",
     "Tỷ lệ thu gom rác thải", 97, "%", None, "kế hoạch 95%", "exceeded"),
    ("Thu ngân sách năm 2024 vượt chỉ tiêu.", "Thu ngân sách năm 2024 vượt chỉ tiêu",
     "Thu ngân sách", None, None, None, "chỉ tiêu", "exceeded"),
    ("Giải ngân vốn đầu tư công đến hết tháng 9 mới đạt 45% kế hoạch vốn giao.",
     "Giải ngân vốn đầu tư công đến hết tháng 9 mới đạt 45% kế hoạch vốn giao",
     "Giải ngân vốn đầu tư công", None, None, 45, "kế hoạch vốn giao", "not_met"),
    ("Xuất khẩu 6 tháng mới đạt 41,5%, cần nỗ lực trong 6 tháng cuối năm.",
     "Xuất khẩu 6 tháng mới đạt 41,5%", "Xuất khẩu", None, None, 41.5, None, "not_met"),
    ("Tỷ lệ bao phủ bảo hiểm y tế đạt 91,2%, chưa đạt chỉ tiêu 93% Nghị quyết HĐND tỉnh giao.",
     "Tỷ lệ bao phủ bảo hiểm y tế đạt 91,2%, chưa đạt chỉ tiêu 93% Nghị quyết HĐND tỉnh giao",
     "Tỷ lệ bao phủ bảo hiểm y tế", 91.2, "%", None, "chỉ tiêu 93% Nghị quyết HĐND tỉnh giao", "not_met"),
]


@pytest.mark.parametrize("sentence, span, metric, value, unit, attainment, baseline, status", STATUS_WORDING)
def test_status_wording(sentence, span, metric, value, unit, attainment, baseline, status):
    _check(sentence, [(span, metric, value, unit, attainment, baseline, status)])


def test_purpose_link_makes_the_clause_a_goal():
    sentence = ("Huyện phải tiếp nhận thêm ít nhất 200 hồ sơ để hoàn thành 100% chỉ tiêu năm; "
                "tỷ lệ hộ nghèo cuối năm giảm còn dưới 1,5%.")
    _check(sentence, [
        ("tiếp nhận thêm ít nhất 200 hồ sơ để hoàn thành 100% chỉ tiêu năm", "tiếp nhận hồ sơ", 200, "hồ sơ",
         100, "chỉ tiêu năm", "planned"),
        ("tỷ lệ hộ nghèo cuối năm giảm còn dưới 1,5%", "tỷ lệ hộ nghèo", 1.5, "%", None, None, "planned")])


@pytest.mark.parametrize("text", [
    "Doanh số tuy tăng 1,5 lần so với quý trước nhưng mới bằng khoảng 60% cùng kỳ năm 2023.",  # an earlier period
    "Văn bản nêu rõ các bộ phải ban hành 12 thông tư hướng dẫn, gồm 5 thông tư của Bộ Tài chính.",  # a duty
    "Chỉ tiêu duy nhất chưa đạt là chỉ số cải cách hành chính.",  # a result without a figure or baseline
])
def test_not_targets(text):
    assert _find(text) == []


def test_status_wording_through_the_pipeline(ex):
    text = ("Năm 2024, Tổng công ty đạt doanh thu 2.150 tỷ đồng, hoàn thành kế hoạch năm; tỷ lệ tổn thất "
            "khí chỉ 0,2%, thấp hơn định mức cho phép 0,35%. Năm 2025, Tổng công ty đặt chỉ tiêu doanh thu "
            "2.300 tỷ đồng, lợi nhuận 160 tỷ đồng.")
    rec = check_record(ex(text, id="t"))
    assert [(t["text"], t["status"]) for t in rec["targets"]] == [
        ("Tổng công ty đạt doanh thu 2.150 tỷ đồng, hoàn thành kế hoạch năm", "met"),
        ("tỷ lệ tổn thất khí chỉ 0,2%, thấp hơn định mức cho phép 0,35%", "exceeded"),
        ("doanh thu 2.300 tỷ đồng", "planned"),
        ("lợi nhuận 160 tỷ đồng", "planned"),
    ]


@pytest.mark.parametrize("unit", [
    "mới đạt 1% (chỉ tiêu 2%) ", "hoàn thành 1/2 chỉ tiêu ", "chưa đạt chỉ tiêu ", "để hoàn thành các chỉ tiêu ",
    "đặt chỉ tiêu doanh thu 1 tỷ đồng, ", "chỉ tiêu a là: ", "thấp hơn định mức là dưới 1% ", "1 – 2%; ",
])
def test_linear_time_on_new_cues(unit):
    assert_linear(_find, unit, small=500 * len(unit), big=2000 * len(unit), floor=2.0, slack=3.0)
