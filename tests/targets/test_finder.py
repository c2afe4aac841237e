"""Targets: each form of the contract with exact parts and offsets, negatives, linear time."""

import pytest

from timing import assert_linear

from targets_cases import find as _find

from extractor.targets.finder import find_targets
from extractor.text.normalize import matching_view


# (sentence, span, metric, value, unit, attainment, baseline, status)
CASES = [
    ("Số Đảng viên kết nạp mới là 27 người (đạt 90 % so với chỉ tiêu Nghị quyết Đại hội).",
     "Số Đảng viên kết nạp mới là 27 người (đạt 90 % so với chỉ tiêu Nghị quyết Đại hội)",
     "Số Đảng viên kết nạp mới", 27, "người", 90, "chỉ tiêu Nghị quyết Đại hội", "not_met"),
    ("Năm 2023, doanh thu đạt 1.234,5 tỷ đồng, bằng 103,2% kế hoạch năm.",
     "doanh thu đạt 1.234,5 tỷ đồng, bằng 103,2% kế hoạch năm",
     "doanh thu", 1234.5, "tỷ đồng", 103.2, "kế hoạch năm", "exceeded"),
    ("Sáu tháng, sản lượng đạt 52% kế hoạch.", "sản lượng đạt 52% kế hoạch",
     "sản lượng", None, None, 52, "kế hoạch", "not_met"),
    ("Khối lượng đào đắp đạt 3,25 triệu m3, vượt 12% kế hoạch.",
     "Khối lượng đào đắp đạt 3,25 triệu m3, vượt 12% kế hoạch",
     "Khối lượng đào đắp", 3.25, "triệu m3", 112, "kế hoạch", "exceeded"),
    ("Số doanh nghiệp thành lập mới đạt 1.870 doanh nghiệp, gấp 2,1 lần kế hoạch.",
     "Số doanh nghiệp thành lập mới đạt 1.870 doanh nghiệp, gấp 2,1 lần kế hoạch",
     "Số doanh nghiệp thành lập mới", 1870, "doanh nghiệp", 210, "kế hoạch", "exceeded"),
    ("Tỉnh hoàn thành 100% chỉ tiêu về xây dựng nông thôn mới.",
     "Tỉnh hoàn thành 100% chỉ tiêu về xây dựng nông thôn mới",
     "chỉ tiêu về xây dựng nông thôn mới", None, None, 100, "chỉ tiêu về xây dựng nông thôn mới", "met"),
    ("Tỷ lệ đô thị hóa đạt 41%, đạt chỉ tiêu Nghị quyết HĐND tỉnh.",
     "Tỷ lệ đô thị hóa đạt 41%, đạt chỉ tiêu Nghị quyết HĐND tỉnh",
     "Tỷ lệ đô thị hóa", 41, "%", None, "chỉ tiêu Nghị quyết HĐND tỉnh", "met"),
    ("Năm 2023, kết quả SXKD đạt và vượt so với kế hoạch.", "kết quả SXKD đạt và vượt so với kế hoạch",
     "kết quả SXKD", None, None, None, "kế hoạch", "met_or_exceeded"),
    # lower is better: under the plan is exceeded; a growth rate under its goal is not met
    ("Tỷ lệ tổn thất điện năng 3,2%, thấp hơn 0,3% so với kế hoạch.",
     "Tỷ lệ tổn thất điện năng 3,2%, thấp hơn 0,3% so với kế hoạch",
     "Tỷ lệ tổn thất điện năng", 3.2, "%", None, "kế hoạch", "exceeded"),
    ("Tổn thất điện năng thực hiện 3,62/3,80% kế hoạch giao.",
     "Tổn thất điện năng thực hiện 3,62/3,80% kế hoạch giao",
     "Tổn thất điện năng", 3.62, "%", None, "kế hoạch giao", "exceeded"),
    ("Tốc độ tăng trưởng đạt 7,1%, thấp hơn mục tiêu đề ra.", "Tốc độ tăng trưởng đạt 7,1%, thấp hơn mục tiêu đề ra",
     "Tốc độ tăng trưởng", 7.1, "%", None, "mục tiêu", "not_met"),
    # plans
    ("Tỉnh phấn đấu tăng trưởng GRDP 8%.", "tăng trưởng GRDP 8%", "tăng trưởng GRDP", 8, "%", None, None, "planned"),
    ("Chỉ tiêu năm 2025 là tiếp nhận 26.000 đơn vị máu.", "tiếp nhận 26.000 đơn vị máu",
     "tiếp nhận đơn vị máu", 26000, "đơn vị máu", None, None, "planned"),
    ("Đại hội đề ra mục tiêu đến năm 2030 thu nhập bình quân đầu người đạt 95 triệu đồng.",
     "đến năm 2030 thu nhập bình quân đầu người đạt 95 triệu đồng",
     "thu nhập bình quân đầu người", 95, "triệu đồng", None, None, "planned"),
    ("Đồng chí đề nghị hoàn thành các chỉ tiêu mà Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII, "
     "nhiệm kỳ 2020 – 2025 đề ra.",
     "hoàn thành các chỉ tiêu mà Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII, nhiệm kỳ 2020 – 2025 đề ra",
     "các chỉ tiêu", None, None, None, "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII", "planned"),
    # in a planned "đạt X% kế hoạch", X is the attainment, not the value
    ("Huyện phấn đấu giải ngân vốn đầu tư công đạt 95% kế hoạch.", "giải ngân vốn đầu tư công đạt 95% kế hoạch",
     "giải ngân vốn đầu tư công", None, None, 95, "kế hoạch", "planned"),
    ("Năm 2024, Đảng ủy phấn đấu 100% chi bộ được xếp loại hoàn thành tốt nhiệm vụ.",
     "100% chi bộ được xếp loại hoàn thành tốt nhiệm vụ",
     "chi bộ được xếp loại hoàn thành tốt nhiệm vụ", 100, "%", None, None, "planned"),
    ("Số đảng viên kết nạp mới là hai mươi bảy người, đạt 90% chỉ tiêu.",
     "Số đảng viên kết nạp mới là hai mươi bảy người, đạt 90% chỉ tiêu",
     "Số đảng viên kết nạp mới", 27, "người", 90, "chỉ tiêu", "not_met"),
    ("Trong 24 chỉ tiêu, có 21 chỉ tiêu đạt và vượt.", "có 21 chỉ tiêu đạt và vượt",
     "chỉ tiêu", 21, "chỉ tiêu", None, None, "met_or_exceeded"),
]


@pytest.mark.parametrize("sentence, span, metric, value, unit, attainment, baseline, status", CASES)
def test_target_forms(sentence, span, metric, value, unit, attainment, baseline, status):
    found = _find(sentence)
    assert len(found) == 1, found
    t = found[0]
    assert (t.text, t.start, t.end) == (span, sentence.index(span), sentence.index(span) + len(span))
    assert (t.metric, t.value, t.unit, t.attainment_percent, t.baseline, t.status) == (
        metric, value, unit, attainment, baseline, status)


def test_two_goals_joined_by_va():
    text = "Năm 2024, Công ty phấn đấu sản lượng đạt 2,1 triệu tấn và doanh thu đạt 500 tỷ đồng."
    got = [(t.text, t.metric, t.value, t.unit, t.status) for t in _find(text)]
    assert got == [("sản lượng đạt 2,1 triệu tấn", "sản lượng", 2.1, "triệu tấn", "planned"),
                   ("doanh thu đạt 500 tỷ đồng", "doanh thu", 500, "tỷ đồng", "planned")]


@pytest.mark.parametrize("text", [
    "Doanh thu tăng 5% so với cùng kỳ năm trước.",           # growth without a plan
    "Đến nay, 100% chi bộ đã hoàn thành đại hội.",           # an achieved "100% X did Y"
    "Hội nghị quán triệt quan điểm, mục tiêu, nhiệm vụ của Nghị quyết.",  # "mục tiêu" as a listed noun
    "Năm 2024 là năm hoàn thành Nghị quyết Đại hội.",        # carrying out a document
    "Tỷ lệ nợ xấu giảm 0,3 điểm phần trăm so với cuối năm.",
    "",
])
def test_not_targets(text):
    assert _find(text) == []


def test_attainment_agrees_with_percentage_item():
    text = "Doanh thu đạt 50 tỷ đồng, bằng 97,6% kế hoạch."
    view = matching_view(text)
    # the percentage component's value wins over a re-parse of the same figure
    got = find_targets(text, view, [(0, len(text))], percentages={text.index("97,6"): 97.6})
    assert got[0].attainment_percent == 97.6


@pytest.mark.parametrize("unit", [
    "đạt và vượt kế hoạch, ", "vượt 1% kế hoạch ", "phấn đấu 1,1 tỷ đồng, ", "hoàn thành các chỉ tiêu ",
    "kế hoạch " * 3, "1.1.1,1,", "thấp hơn so với ", "(đạt ",
])
def test_linear_time_on_long_runs(unit):
    assert_linear(_find, unit, small=500 * len(unit), big=2000 * len(unit), floor=2.0, slack=3.0)


def test_regression_long_sentence_of_ratio_results_is_linear():
    """One sentence of many "đạt 100% kế hoạch": a clause scan and an unbounded second-base match per cue."""
    unit = "đạt 100% kế hoạch, "
    assert len(_find(unit * 3)) == 3
    assert_linear(_find, unit, small=500 * len(unit), big=4000 * len(unit), floor=1.0, slack=2.0)
