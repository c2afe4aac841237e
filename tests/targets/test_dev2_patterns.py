"""Regression tests for the result and goal wordings first missed on the dev2 split.

Invented sentences, one table per pattern, exact parts and offsets.
"""

import pytest

from timing import assert_linear

from conftest import check_record
from targets_cases import check as _check, find as _find


# (sentence, [(span, metric, value, unit, attainment, baseline, status), ...])
DIFFERENCE_UNDER_PLAN = [
    # lower is better, given only as a difference under the plan: exceeded
    ("Thời gian xử lý sự cố lưới điện năm nay là 45 phút, giảm 10 phút so với kế hoạch.",
     [("Thời gian xử lý sự cố lưới điện năm nay là 45 phút, giảm 10 phút so với kế hoạch",
       "Thời gian xử lý sự cố lưới điện năm nay", 45, "phút", None, "kế hoạch", "exceeded")]),
    # higher is better: a difference under the plan is not met
    ("Sản lượng điện truyền tải đạt 820 triệu kWh, giảm 30 triệu kWh so với kế hoạch.",
     [("Sản lượng điện truyền tải đạt 820 triệu kWh, giảm 30 triệu kWh so với kế hoạch",
       "Sản lượng điện truyền tải", 820, "triệu kWh", None, "kế hoạch", "not_met")]),
]

SECOND_BASELINE = [
    ("Thu ngân sách huyện ước đạt 640 tỷ đồng, bằng 112% dự toán tỉnh giao và 98,5% dự toán huyện giao.",
     [("Thu ngân sách huyện ước đạt 640 tỷ đồng, bằng 112% dự toán tỉnh giao",
       "Thu ngân sách huyện", 640, "tỷ đồng", 112, "dự toán tỉnh giao", "exceeded"),
      ("98,5% dự toán huyện giao", "Thu ngân sách huyện", 640, "tỷ đồng", 98.5, "dự toán huyện giao", "not_met")]),
]

GOALS = [
    # a goal with no figure after the figures of a goal list is its own goal
    ("Năm tới, Công ty phấn đấu sản xuất 2,4 triệu tấn; doanh thu 900 tỷ đồng, hoàn thành kế hoạch mà Tổng công ty giao.",
     [("sản xuất 2,4 triệu tấn", "sản xuất", 2.4, "triệu tấn", None, None, "planned"),
      ("doanh thu 900 tỷ đồng", "doanh thu", 900, "tỷ đồng", None, None, "planned"),
      ("hoàn thành kế hoạch mà Tổng công ty giao", "kế hoạch", None, None, None, "kế hoạch", "planned")]),
    # a future result is a goal; its metric starts after the purpose link
    ("Bộ cho biết, UBND các tỉnh sẽ đôn đốc nhà thầu để giải ngân vốn ODA năm 2025 đạt trên 90% kế hoạch.",
     [("giải ngân vốn ODA năm 2025 đạt trên 90% kế hoạch", "giải ngân vốn ODA", None, None, 90, "kế hoạch",
       "planned")]),
]


@pytest.mark.parametrize("sentence, expected", DIFFERENCE_UNDER_PLAN + SECOND_BASELINE + GOALS)
def test_dev2_wordings(sentence, expected):
    _check(sentence, expected)


@pytest.mark.parametrize("text", [
    # a shortfall with no baseline and a programme named "mục tiêu" is a comment, not a target
    "Đại biểu hỏi vì sao tỷ lệ giải ngân các chương trình mục tiêu quốc gia chỉ đạt khoảng 35 phần trăm.",
    "Doanh thu quý này chỉ đạt 60%.",
])
def test_shortfall_without_baseline_is_not_a_target(text):
    assert _find(text) == []


def test_second_baseline_through_the_pipeline(ex):
    text = "Tổng thu ngân sách đạt 1.020 tỷ đồng, bằng 95% dự toán Trung ương giao và 101% dự toán HĐND giao."
    rec = check_record(ex(text, id="t"))
    assert [(t["text"], t["status"], t["attainment_percent"]) for t in rec["targets"]] == [
        ("Tổng thu ngân sách đạt 1.020 tỷ đồng, bằng 95% dự toán Trung ương giao", "not_met", 95),
        ("101% dự toán HĐND giao", "exceeded", 101),
    ]


@pytest.mark.parametrize("unit", ["giảm 1 phút so với kế hoạch ", "bằng 1% dự toán a và 2% dự toán b ",
                                  "chỉ đạt khoảng 1 phần trăm ", "sẽ làm để giải ngân đạt 1% kế hoạch "])
def test_linear_time_on_dev2_cues(unit):
    assert_linear(_find, unit, small=500 * len(unit), big=2000 * len(unit), floor=2.0, slack=3.0)


def test_regression_dong_chi_is_a_count_not_money():
    """"27 đồng chí" was read as 27 of the currency unit "đồng"."""
    text = "Số đảng viên kết nạp mới là 27 đồng chí (đạt 90% chỉ tiêu Nghị quyết)."
    (target,) = _find(text)
    assert (target.value, target.unit, target.attainment_percent, target.status) == (27, "đồng chí", 90, "not_met")
