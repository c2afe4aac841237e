"""Regression tests for result and goal wordings of real press releases (party
committees, mass organisations, budget reports) that the first rules missed.

Invented sentences, one table per pattern, exact parts and offsets.
"""

import pytest

from targets_cases import check as _check, find as _find


# (sentence, [(span, metric, value, unit, attainment, baseline, status), ...])
IMPLIED_PLAN = [
    # above 100% a bracketed "đạt N%" cannot be a level: a share of an unnamed plan
    ("Năm qua, Liên đoàn Lao động huyện kết nạp mới 1.240 đoàn viên (đạt 124%), thành lập 12 công đoàn cơ sở (đạt 150%).",
     [("kết nạp mới 1.240 đoàn viên (đạt 124%)", "kết nạp mới đoàn viên", 1240, "đoàn viên", 124, None, "exceeded"),
      ("thành lập 12 công đoàn cơ sở (đạt 150%)", "thành lập công đoàn cơ sở", 12, "công đoàn cơ sở", 150, None,
       "exceeded")]),
    # no figure of its own: attainment only
    ("Công tác tuyên truyền pháp luật cho người lao động đạt 112%.",
     [("Công tác tuyên truyền pháp luật cho người lao động đạt 112%",
       "Công tác tuyên truyền pháp luật cho người lao động", None, None, 112, None, "exceeded")]),
    # money under 100%: the year's estimate, not met
    ("Sáu tháng, thu ngân sách trên địa bàn đạt 3.412 tỷ đồng, đạt 48,6%.",
     [("thu ngân sách trên địa bàn đạt 3.412 tỷ đồng, đạt 48,6%", "thu ngân sách trên địa bàn", 3412, "tỷ đồng",
       48.6, None, "not_met")]),
    # a count under 100% after the plan was named earlier in the paragraph
    ("Năm 2023 huyện được giao chỉ tiêu kết nạp 150 đảng viên. Đến nay đã kết nạp 96 đảng viên, đạt 64%.",
     [("kết nạp 150 đảng viên", "kết nạp đảng viên", 150, "đảng viên", None, None, "planned"),
      ("kết nạp 96 đảng viên, đạt 64%", "kết nạp đảng viên", 96, "đảng viên", 64, None, "not_met")]),
    # a count under 100% next to a sibling above 100%: both are shares of a plan
    ("Về phát triển đoàn viên, toàn tỉnh kết nạp 5.200 đoàn viên, đạt 104%; thành lập 46 công đoàn cơ sở, đạt 92%.",
     [("kết nạp 5.200 đoàn viên, đạt 104%", "kết nạp đoàn viên", 5200, "đoàn viên", 104, None, "exceeded"),
      ("thành lập 46 công đoàn cơ sở, đạt 92%", "thành lập công đoàn cơ sở", 46, "công đoàn cơ sở", 92, None,
       "not_met")]),
]


@pytest.mark.parametrize("sentence, expected", IMPLIED_PLAN)
def test_reached_percent_without_baseline_is_against_an_implied_plan(sentence, expected):
    _check(sentence, expected)


@pytest.mark.parametrize("text", [
    # a count with no plan anywhere: "đạt 31%" may be a share of the households
    "Qua 5 năm, có 820 hộ hội viên thoát nghèo, đạt 31%.",
    "Qua 5 năm, có 820 hộ hội viên thoát nghèo, đạt 31%; 120 hộ được hỗ trợ nhà ở, đạt 45%.",
    # levels, indices and rates are not shares of a plan
    "Đến nay tỷ lệ bao phủ bảo hiểm y tế đạt 93,4%.",
    "Chỉ số sản xuất công nghiệp ước đạt 108,2%.",
    "Tổng sản phẩm trên địa bàn (GRDP) 6 tháng ước đạt 107,5%.",
    "Giá trị sản xuất nông nghiệp đạt 103,8%.",
    "Ban quản lý dự án số 2 giải ngân đạt 71,4%.",
])
def test_reached_percent_that_is_a_level_is_not_a_target(text):
    assert _find(text) == []


# population shares after a result are percentages only; the quota in brackets states
# the baseline's own figure and sets no goal
POPULATION_SHARES = [
    ("Năm 2023, Huyện ủy kết nạp 210 đảng viên mới, đạt 105% chỉ tiêu (chỉ tiêu năm 2023 là 200 đảng viên); "
     "trong đó đảng viên nữ chiếm 46,2%, đảng viên là đoàn viên chiếm 71%.",
     [("kết nạp 210 đảng viên mới, đạt 105% chỉ tiêu (chỉ tiêu năm 2023 là 200 đảng viên)", "kết nạp đảng viên mới",
       210, "đảng viên", 105, "chỉ tiêu", "exceeded")]),
    ("Toàn Đảng bộ phát triển 88 đảng viên, đạt 110% chỉ tiêu (Chỉ tiêu năm là 80), độ tuổi dưới 30 chiếm 52,3%; "
     "41,5% là nữ.",
     [("phát triển 88 đảng viên, đạt 110% chỉ tiêu (Chỉ tiêu năm là 80)", "phát triển đảng viên", 88, "đảng viên",
       110, "chỉ tiêu", "exceeded")]),
]


@pytest.mark.parametrize("sentence, expected", POPULATION_SHARES)
def test_population_shares_after_a_bracketed_quota_are_not_goals(sentence, expected):
    _check(sentence, expected)


ACHIEVED_OVER_PLAN = [
    # a list of quota results: each achieved/plan pair is a target, status by comparing them
    ("Nhiệm kỳ qua, nhiều chỉ tiêu Nghị quyết đạt khá như tổng vốn đầu tư toàn xã hội 12.480/10.000 tỷ đồng; "
     "tỷ lệ hộ dùng nước sạch 96,5%/95%; kết nạp đảng viên mới 1.215/1.500 đảng viên.",
     [("tổng vốn đầu tư toàn xã hội 12.480/10.000 tỷ đồng", "tổng vốn đầu tư toàn xã hội", 12480, "tỷ đồng", None,
       "10.000 tỷ đồng", "exceeded"),
      ("tỷ lệ hộ dùng nước sạch 96,5%/95%", "tỷ lệ hộ dùng nước sạch", 96.5, "%", None, "95%", "exceeded"),
      ("kết nạp đảng viên mới 1.215/1.500 đảng viên", "kết nạp đảng viên mới", 1215, "đảng viên", None,
       "1.500 đảng viên", "not_met")]),
    # "50% tổng số xã": the whole belongs to the baseline
    ("Kết quả nổi bật theo Nghị quyết là tỷ lệ xã đạt chuẩn nông thôn mới 71,4%/60% tổng số xã.",
     [("tỷ lệ xã đạt chuẩn nông thôn mới 71,4%/60% tổng số xã", "tỷ lệ xã đạt chuẩn nông thôn mới", 71.4, "%", None,
       "60% tổng số xã", "exceeded")]),
    # counts reached against a quota
    ("Năm 2024, Đảng ủy phường đạt 18/20 đầu việc theo chỉ tiêu Nghị quyết.",
     [("Đảng ủy phường đạt 18/20 đầu việc theo chỉ tiêu Nghị quyết", "đầu việc theo chỉ tiêu Nghị quyết", 18,
       "đầu việc", None, "20 đầu việc", "not_met")]),
]


@pytest.mark.parametrize("sentence, expected", ACHIEVED_OVER_PLAN)
def test_achieved_over_plan_pair_is_compared(sentence, expected):
    _check(sentence, expected)


@pytest.mark.parametrize("text", [
    # a part of a whole, even in a sentence naming a plan
    "Đến nay, toàn huyện có 13/16 xã đạt chuẩn nông thôn mới theo kế hoạch.",
    # no plan named: two figures
    "Thu ngân sách hai huyện 1.250/980 tỷ đồng.",
    # "lần lượt": two values of two things
    "Theo kế hoạch, lượng mưa tại hai trạm lần lượt 120/95 mm.",
])
def test_pair_that_is_not_achieved_over_plan_is_not_a_target(text):
    assert _find(text) == []


QUOTA_COUNTS = [
    ("Đảng bộ đã lãnh đạo thực hiện đạt và vượt 19/21 chỉ tiêu Nghị quyết Đại hội đề ra.",
     [("đạt và vượt 19/21 chỉ tiêu Nghị quyết Đại hội đề ra", "chỉ tiêu", 19, "chỉ tiêu", None,
       "chỉ tiêu Nghị quyết Đại hội", "met_or_exceeded")]),
    ("Năm 2024, Hội Nông dân tỉnh hoàn thành đạt và vượt 12 chỉ tiêu của Trung ương Hội giao.",
     [("đạt và vượt 12 chỉ tiêu của Trung ương Hội giao", "chỉ tiêu của Trung ương Hội giao", 12, "chỉ tiêu", None,
       "chỉ tiêu của Trung ương Hội giao", "met_or_exceeded")]),
]


@pytest.mark.parametrize("sentence, expected", QUOTA_COUNTS)
def test_met_and_exceeded_quota_count_is_the_value(sentence, expected):
    _check(sentence, expected)


COMPLETIONS = [
    # a named quota reached in the past: met, the quota names the metric; "sự phấn đấu" is a noun
    ("Sự nỗ lực của các chi bộ và sự phấn đấu của quần chúng ưu tú đã giúp hoàn thành chỉ tiêu kết nạp Đảng năm 2023.",
     [("hoàn thành chỉ tiêu kết nạp Đảng năm 2023", "kết nạp Đảng", None, None, None, "chỉ tiêu", "met")]),
    # past ("đã" earlier in the sentence), the baseline appended after a comma
    ("Năm qua, các chi bộ đã lãnh đạo đoàn viên tích cực công tác, góp phần thực hiện đạt các chỉ tiêu, nghị quyết đề ra.",
     [("thực hiện đạt các chỉ tiêu, nghị quyết đề ra", "các chỉ tiêu", None, None, None, "nghị quyết", "met")]),
    # a purpose makes "thực hiện thắng lợi các chỉ tiêu" a goal
    ("Thời gian tới, Đảng bộ tiếp tục tập trung lãnh đạo để thực hiện thắng lợi các chỉ tiêu, nhiệm vụ năm 2025.",
     [("thực hiện thắng lợi các chỉ tiêu", "các chỉ tiêu", None, None, None, None, "planned")]),
    ("Các chi bộ cần chủ động tạo nguồn, phấn đấu hoàn thành chỉ tiêu kết nạp đảng viên năm 2025.",
     [("hoàn thành chỉ tiêu kết nạp đảng viên năm 2025", "kết nạp đảng viên", None, None, None, "chỉ tiêu",
       "planned")]),
]


@pytest.mark.parametrize("sentence, expected", COMPLETIONS)
def test_completion_of_quota_without_figure(sentence, expected):
    _check(sentence, expected)


@pytest.mark.parametrize("text", [
    "Cán bộ, đảng viên quyết tâm thực hiện thắng lợi nghị quyết đại hội.",
    # measures named by what they are for
    "Hội nghị bàn các giải pháp thực hiện thắng lợi các chỉ tiêu về sản xuất kinh doanh.",
])
def test_carrying_out_or_naming_measures_is_not_a_target(text):
    assert _find(text) == []


BASELINES = [
    # abbreviated baselines
    ("Giá trị sản xuất công nghiệp ước đạt 312 tỷ đồng, đạt 81% KH năm.",
     [("Giá trị sản xuất công nghiệp ước đạt 312 tỷ đồng, đạt 81% KH năm", "Giá trị sản xuất công nghiệp", 312,
       "tỷ đồng", 81, "KH năm", "not_met")]),
    ("Sản lượng lương thực ước đạt 9.500 tấn, đạt 96% NQ.",
     [("Sản lượng lương thực ước đạt 9.500 tấn, đạt 96% NQ", "Sản lượng lương thực", 9500, "tấn", 96, "NQ",
       "not_met")]),
    # "tỉ" is the same scale as "tỷ"
    ("Thu ngân sách đạt 31,2 tỉ đồng, đạt gần 52% so với kế hoạch.",
     [("Thu ngân sách đạt 31,2 tỉ đồng, đạt gần 52% so với kế hoạch", "Thu ngân sách", 31.2, "tỉ đồng", 52,
       "kế hoạch", "not_met")]),
    # two baselines for one figure, joined by a comma only: two targets
    ("Thu ngân sách trên địa bàn ước đạt 1.020 tỷ đồng, bằng 118% dự toán Trung ương giao, 104% dự toán tỉnh giao.",
     [("Thu ngân sách trên địa bàn ước đạt 1.020 tỷ đồng, bằng 118% dự toán Trung ương giao",
       "Thu ngân sách trên địa bàn", 1020, "tỷ đồng", 118, "dự toán Trung ương giao", "exceeded"),
      ("104% dự toán tỉnh giao", "Thu ngân sách trên địa bàn", 1020, "tỷ đồng", 104, "dự toán tỉnh giao",
       "exceeded")]),
    # the second baseline repeats the cue
    ("Thu ngân sách ước đạt 2.450 tỷ đồng, đạt 105% dự toán Trung ương giao, đạt 98% dự toán HĐND tỉnh giao.",
     [("Thu ngân sách ước đạt 2.450 tỷ đồng, đạt 105% dự toán Trung ương giao", "Thu ngân sách", 2450, "tỷ đồng", 105,
       "dự toán Trung ương giao", "exceeded"),
      ("đạt 98% dự toán HĐND tỉnh giao", "Thu ngân sách", 2450, "tỷ đồng", 98, "dự toán HĐND tỉnh giao", "not_met")]),
    # the figure before a bracket is reached; the one after "là" is the quota's own
    ("Các cấp công đoàn đã kết nạp mới 4.120 đoàn viên (đạt 103% so với chỉ tiêu giao là 4.000 đoàn viên).",
     [("kết nạp mới 4.120 đoàn viên (đạt 103% so với chỉ tiêu giao là 4.000 đoàn viên)", "kết nạp mới đoàn viên",
       4120, "đoàn viên", 103, "chỉ tiêu giao là 4.000 đoàn viên", "exceeded")]),
    # surplus over a quota
    ("Năm 2023, công đoàn ngành thành lập mới 6 công đoàn cơ sở, vượt 2 đơn vị so với chỉ tiêu được giao.",
     [("thành lập mới 6 công đoàn cơ sở, vượt 2 đơn vị so với chỉ tiêu được giao", "thành lập mới công đoàn cơ sở",
       6, "công đoàn cơ sở", None, "chỉ tiêu được giao", "exceeded")]),
    ("Số hộ đạt danh hiệu sản xuất kinh doanh giỏi là 2,9 triệu hộ, vượt 4,5% chỉ tiêu đề ra.",
     [("Số hộ đạt danh hiệu sản xuất kinh doanh giỏi là 2,9 triệu hộ, vượt 4,5% chỉ tiêu đề ra",
       "Số hộ đạt danh hiệu sản xuất kinh doanh giỏi", 2.9, "triệu hộ", 104.5, "chỉ tiêu", "exceeded")]),
]


@pytest.mark.parametrize("sentence, expected", BASELINES)
def test_real_baseline_wordings(sentence, expected):
    _check(sentence, expected)


PLANNED_RANGES = [
    # a dash range aims at its upper end
    ("Năm 2024, tỉnh đặt mục tiêu xuất khẩu 8 - 8,5 tỉ USD.",
     [("xuất khẩu 8 - 8,5 tỉ USD", "xuất khẩu", 8.5, "tỉ USD", None, None, "planned")]),
    # "từ X đến Y" sets a floor
    ("Năm tới, Hội phấn đấu kết nạp mới từ 1.500 đến 2.000 hội viên.",
     [("kết nạp mới từ 1.500 đến 2.000 hội viên", "kết nạp mới hội viên", 1500, "hội viên", None, None, "planned")]),
]


@pytest.mark.parametrize("sentence, expected", PLANNED_RANGES)
def test_planned_range(sentence, expected):
    _check(sentence, expected)


APPROVED_BUDGET = [
    # a passed budget resolution: each approved figure is planned; "tương đương" restates one
    ("Quốc hội quyết nghị: Tổng số thu cân đối ngân sách nhà nước năm 2025 là 1.966.839 tỷ đồng; "
     "mức bội chi ngân sách nhà nước là 471.500 tỷ đồng, tương đương 3,8% tổng sản phẩm trong nước.",
     [("Tổng số thu cân đối ngân sách nhà nước năm 2025 là 1.966.839 tỷ đồng", "Tổng số thu cân đối ngân sách nhà nước",
       1966839, "tỷ đồng", None, None, "planned"),
      ("mức bội chi ngân sách nhà nước là 471.500 tỷ đồng", "mức bội chi ngân sách nhà nước", 471500, "tỷ đồng",
       None, None, "planned")]),
    ("Dự toán thu ngân sách nhà nước trên địa bàn tỉnh năm 2024 là 14.500 tỷ đồng.",
     [("Dự toán thu ngân sách nhà nước trên địa bàn tỉnh năm 2024 là 14.500 tỷ đồng",
       "Dự toán thu ngân sách nhà nước trên địa bàn tỉnh", 14500, "tỷ đồng", None, None, "planned")]),
    # the same words reporting a result against the estimate stay a result
    ("Tổng số thu ngân sách nhà nước trên địa bàn năm 2023 là 5.120 tỷ đồng, đạt 110% dự toán.",
     [("Tổng số thu ngân sách nhà nước trên địa bàn năm 2023 là 5.120 tỷ đồng, đạt 110% dự toán",
       "Tổng số thu ngân sách nhà nước trên địa bàn", 5120, "tỷ đồng", 110, "dự toán", "exceeded")]),
]


@pytest.mark.parametrize("sentence, expected", APPROVED_BUDGET)
def test_approved_budget_figures_are_planned(sentence, expected):
    _check(sentence, expected)


def test_reported_total_without_plan_is_not_a_target():
    assert _find("Năm 2023, tổng thu ngân sách trên địa bàn là 4.120 tỷ đồng, tăng 8% so với cùng kỳ.") == []


GOAL_SCOPE = [
    # the present after a goal is not a goal, nor its population shares
    ("Đại hội xác định mục tiêu kết nạp 500 đảng viên trong nhiệm kỳ; hiện đảng bộ có 3.200 đảng viên, "
     "trong đó đảng viên nữ chiếm 41,2%.",
     [("kết nạp 500 đảng viên trong nhiệm kỳ", "kết nạp đảng viên", 500, "đảng viên", None, None, "planned")]),
    # a quota stated with "là": the words before it name the metric, not the unit alone
    ("Chỉ tiêu kết nạp đảng viên năm 2024 là 300 đồng chí. Đến nay đã kết nạp 180 đồng chí, đạt 60% chỉ tiêu; "
     "trong đó 38% là nữ, 12% là người dân tộc thiểu số.",
     [("kết nạp đảng viên năm 2024 là 300 đồng chí", "kết nạp đảng viên", 300, "đồng chí", None, None, "planned"),
      ("kết nạp 180 đồng chí, đạt 60% chỉ tiêu", "kết nạp đồng chí", 180, "đồng chí", 60, "chỉ tiêu", "not_met")]),
    # shares after a result are percentages only
    ("Toàn huyện kết nạp được 95 đảng viên, đạt 105,5% kế hoạch năm; đảng viên trẻ dưới 30 tuổi chiếm 62%.",
     [("kết nạp được 95 đảng viên, đạt 105,5% kế hoạch năm", "kết nạp đảng viên", 95, "đảng viên", 105.5,
       "kế hoạch năm", "exceeded")]),
]


@pytest.mark.parametrize("sentence, expected", GOAL_SCOPE)
def test_goals_end_where_the_present_is_reported(sentence, expected):
    _check(sentence, expected)


def test_bare_growth_between_result_and_share_is_skipped():
    _check("Kim ngạch xuất khẩu ước đạt 1,2 tỷ USD, tăng 9,5%, đạt 52% kế hoạch.",
           [("Kim ngạch xuất khẩu ước đạt 1,2 tỷ USD, tăng 9,5%, đạt 52% kế hoạch", "Kim ngạch xuất khẩu", 1.2,
             "tỷ USD", 52, "kế hoạch", "not_met")])


@pytest.mark.parametrize("sentence, expected", [
    # two verbs of one activity joined by a comma: both are the metric
    ("Tập huấn, bồi dưỡng nghiệp vụ cho cán bộ hội cơ sở đạt 125%.",
     [("Tập huấn, bồi dưỡng nghiệp vụ cho cán bộ hội cơ sở đạt 125%",
       "Tập huấn, bồi dưỡng nghiệp vụ cho cán bộ hội cơ sở", None, None, 125, None, "exceeded")]),
    # a framing clause is not
    ("Theo báo cáo, công tác tập huấn cho cán bộ hội cơ sở đạt 125%.",
     [("công tác tập huấn cho cán bộ hội cơ sở đạt 125%", "công tác tập huấn cho cán bộ hội cơ sở", None, None, 125,
       None, "exceeded")]),
])
def test_implied_result_metric_opening_the_sentence(sentence, expected):
    _check(sentence, expected)


GOAL_METRICS = [
    # "trở lên" qualifies the figure; "trong đó có" and "có" open the clause
    ("Năm 2025, Đoàn phấn đấu 100% đoàn viên hoàn thành nhiệm vụ, trong đó có 75% trở lên hoàn thành tốt nhiệm vụ.",
     [("100% đoàn viên hoàn thành nhiệm vụ", "đoàn viên hoàn thành nhiệm vụ", 100, "%", None, None, "planned"),
      ("trong đó có 75% trở lên hoàn thành tốt nhiệm vụ", "hoàn thành tốt nhiệm vụ", 75, "%", None, None, "planned")]),
    # "xây dựng" governs the counted unit
    ("Hằng năm, mỗi cơ sở Đoàn phấn đấu xây dựng ít nhất 2 công trình thanh niên.",
     [("xây dựng ít nhất 2 công trình thanh niên", "xây dựng công trình thanh niên", 2, "công trình thanh niên", None,
       None, "planned")]),
]


@pytest.mark.parametrize("sentence, expected", GOAL_METRICS)
def test_goal_metric_without_figure_qualifiers(sentence, expected):
    _check(sentence, expected)
