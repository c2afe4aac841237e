"""Subjects of terse report sentences: counts, list headings, labels, plan pairs (exact strings)."""
import pytest

from extractor.percentages import find_percentages, find_subject
from extractor.percentages.clause import cut_text, tokens
from extractor.text.normalize import matching_view


def subjects(text):
    view = matching_view(text)
    out = {}
    for p in find_percentages(view, [(0, len(text))]):
        start = p.group_start if p.group_start is not None else p.start
        out[text[p.start:p.end]] = (p.value, find_subject(text, view, start, p.end))
    return out


@pytest.mark.parametrize("text, figure, value, subject", [
    ("Cả năm, các cấp Hội đã kết nạp được 212 hội viên, đạt 106% kế hoạch.", "106%", 106,
     "kết nạp hội viên so với kế hoạch"),
    ("thành lập mới 14 chi hội (đạt 140%).", "140%", 140, "thành lập mới chi hội"),
    ("Toàn huyện đã hỗ trợ sửa chữa 86 căn nhà cho hộ nghèo, đạt 72,5% kế hoạch năm.", "72,5%", 72.5,
     "hỗ trợ sửa chữa căn nhà cho hộ nghèo so với kế hoạch năm"),
])
def test_action_on_a_count_keeps_what_it_counted(text, figure, value, subject):
    assert subjects(text)[figure] == (value, subject)


@pytest.mark.parametrize("text, figure, value, subject", [
    # an amount is not a count: the measuring verb and the unit stay out
    ("Thu ngân sách đạt 25,5 tỷ đồng, đạt 51% dự toán.", "51%", 51, "Thu ngân sách so với dự toán"),
    ("Công ty bảo đảm việc làm cho 900 lao động với lương bình quân 9,5 triệu đồng/người/tháng, "
     "tăng 4% so với năm trước.", "4%", 4, "lương bình quân"),
    ("Tai nạn giao thông xảy ra 41 vụ, giảm 8,9% so với năm trước.", "8,9%", 8.9, "Tai nạn giao thông xảy ra"),
])
def test_amount_after_a_figure_is_not_counted(text, figure, value, subject):
    assert subjects(text)[figure] == (value, subject)


@pytest.mark.parametrize("text, figure, value, subject", [
    ("Qua 3 năm, có 412 hộ thoát nghèo, đạt 41%; 96 hộ cận nghèo vươn lên khá, đạt 32,5%.", "32,5%", 32.5,
     "hộ cận nghèo vươn lên khá"),
    ("Công tác phát triển hội viên có chuyển biến, 95/110 hội viên mới, đạt 86,4% kế hoạch.", "86,4%", 86.4,
     "hội viên mới so với kế hoạch"),
])
def test_clause_opening_with_a_count_counts_its_noun(text, figure, value, subject):
    assert subjects(text)[figure] == (value, subject)


@pytest.mark.parametrize("text, figure, value, subject", [
    ("Giá trị sản xuất nông nghiệp ước đạt 320 tỷ đồng, đạt 84% NQ.", "84%", 84,
     "Giá trị sản xuất nông nghiệp so với NQ"),
    ("Công tác phát triển hội viên khá tốt, kết nạp 95 hội viên, đạt 86,4% Nghị quyết năm.", "86,4%", 86.4,
     "kết nạp hội viên so với Nghị quyết năm"),
])
def test_resolution_as_plan_is_a_comparison(text, figure, value, subject):
    assert subjects(text)[figure] == (value, subject)


@pytest.mark.parametrize("text, figure, value, subject", [
    ("tỷ lệ thôn đạt chuẩn văn hóa 91,2%/85% tổng số thôn;", "91,2%", 91.2, "tỷ lệ thôn đạt chuẩn văn hóa"),
    ("tỷ lệ thôn đạt chuẩn văn hóa 91,2%/85% tổng số thôn;", "85%", 85, "chỉ tiêu tỷ lệ thôn đạt chuẩn văn hóa"),
    ("Hội viên tham gia bảo hiểm xã hội tự nguyện 82,4% / 80% chỉ tiêu.", "80%", 80,
     "chỉ tiêu Hội viên tham gia bảo hiểm xã hội tự nguyện"),
])
def test_achieved_over_plan_pair_gives_the_plan_its_subject(text, figure, value, subject):
    assert subjects(text)[figure] == (value, subject)


@pytest.mark.parametrize("text, figure, value, subject", [
    ("Tỷ lệ hộ dùng nước hợp vệ sinh đạt 96%.", "96%", 96, "Tỷ lệ hộ dùng nước hợp vệ sinh"),
    ("Số xã được công nhận đạt chuẩn 73%.", "73%", 73, "xã được công nhận đạt chuẩn"),
    # a label that is not a ratio is still cut at its verb
    ("Doanh thu dịch vụ tăng mạnh, sản lượng đạt kỷ lục 12%.", "12%", 12, "sản lượng"),
])
def test_ratio_label_before_its_figure_keeps_its_verbs(text, figure, value, subject):
    assert subjects(text)[figure] == (value, subject)


@pytest.mark.parametrize("text, figure, value, subject", [
    ("chất lượng hội viên mới cũng được nâng lên: độ tuổi 35 trở xuống chiếm 52,1%; "
     "trình độ đại học trở lên chiếm 40,5%; 61,2% là nữ.", "52,1%", 52.1, "độ tuổi 35 trở xuống"),
    ("chất lượng hội viên mới cũng được nâng lên: độ tuổi 35 trở xuống chiếm 52,1%; "
     "trình độ đại học trở lên chiếm 40,5%; 61,2% là nữ.", "40,5%", 40.5, "trình độ đại học trở lên"),
    ("chất lượng hội viên mới cũng được nâng lên: độ tuổi 35 trở xuống chiếm 52,1%; "
     "trình độ đại học trở lên chiếm 40,5%; 61,2% là nữ.", "61,2%", 61.2, "chất lượng hội viên mới là nữ"),
    ("Trong số học viên mới: 64% là đoàn viên; 12,5% là người dân tộc thiểu số.", "12,5%", 12.5,
     "học viên mới là người dân tộc thiểu số"),
    # no heading: the predicate alone
    ("Năm nay 41% là nữ.", "41%", 41, "là nữ"),
])
def test_listed_figure_takes_the_heading_before_the_colon(text, figure, value, subject):
    assert subjects(text)[figure] == (value, subject)


@pytest.mark.parametrize("text, figure, value, subject", [
    ("Có 90% chi đoàn xếp loại khá, trong đó có 60% trở lên xếp loại tốt.", "60%", 60, "xếp loại tốt"),
    ("Phấn đấu 95% trở lên cơ sở Hội được xếp loại vững mạnh.", "95%", 95,
     "cơ sở Hội được xếp loại vững mạnh"),
    # a bound after a measured figure stays out
    ("Tỷ lệ đảng viên dự sinh hoạt đạt 90% trở lên so với chỉ tiêu.", "90%", 90,
     "Tỷ lệ đảng viên dự sinh hoạt"),
])
def test_bound_after_a_figure_is_skipped_before_its_noun(text, figure, value, subject):
    assert subjects(text)[figure] == (value, subject)


@pytest.mark.parametrize("text, figure, value, subject", [
    ("- Tỷ lệ hộ nghèo: 2,1%;\n- Tỷ lệ lao động qua đào tạo: 72%.", "2,1%", 2.1, "Tỷ lệ hộ nghèo"),
    ("- Tỷ lệ hộ nghèo: 2,1%;\n- Tỷ lệ lao động qua đào tạo: 72%.", "72%", 72, "Tỷ lệ lao động qua đào tạo"),
    ("Kết quả cụ thể như sau:\n- Tỷ lệ hộ dùng điện lưới quốc gia: 99,8%.", "99,8%", 99.8,
     "Tỷ lệ hộ dùng điện lưới quốc gia"),
])
def test_bullet_label_before_colon_is_the_subject(text, figure, value, subject):
    assert subjects(text)[figure] == (value, subject)


@pytest.mark.parametrize("text, figure, value, subject", [
    ("tỷ lệ lãng phí nước sạch không vượt quá 5,5%;", "5,5%", 5.5, "tỷ lệ lãng phí nước sạch"),
    ("tỷ lệ hộ nghèo tối đa 3%;", "3%", 3, "tỷ lệ hộ nghèo"),
])
def test_bound_verbs_stay_out_of_the_subject(text, figure, value, subject):
    assert subjects(text)[figure] == (value, subject)


def test_plan_value_after_la_is_dropped_from_the_comparison():
    text = "các cấp Hội đã phát triển mới 920 hội viên (đạt 115% so với chỉ tiêu giao là 800 hội viên)."
    assert subjects(text)["115%"] == (115, "phát triển mới hội viên so với chỉ tiêu giao")


@pytest.mark.parametrize("text, kept, expected", [
    ("thành lập mới 14 chi hội", ("thành", "lập", "mới", "chi", "hội"), "thành lập mới chi hội"),
    ("xếp loại trong sạch, vững mạnh", ("xếp", "loại", "trong", "sạch", "vững", "mạnh"),
     "xếp loại trong sạch, vững mạnh"),
])
def test_cut_text_joins_words_from_two_places_with_a_space(text, kept, expected):
    words = [wd for wd in tokens(text, 0, len(text)) if wd[0] in kept]
    assert cut_text(text, words) == expected


@pytest.mark.parametrize("text, figure, value, subject", [
    ("toàn xã còn 640 hộ nghèo, chiếm tỷ lệ 2,4%.", "2,4%", 2.4, "hộ nghèo"),
    ("Toàn xã còn 2,4% hộ nghèo.", "2,4%", 2.4, "hộ nghèo"),
    # a rate that falls to a figure is not a count
    ("Tỷ lệ hộ nghèo giảm còn 0,8%, thấp hơn chỉ tiêu đề ra là dưới 1,5%.", "1,5%", 1.5,
     "chỉ tiêu Tỷ lệ hộ nghèo"),
])
def test_con_before_a_count_counts_what_remains(text, figure, value, subject):
    assert subjects(text)[figure] == (value, subject)


def test_ratio_label_keeps_its_verbs_before_the_measuring_verb():
    text = "Về y tế, tỷ lệ trạm y tế đạt chuẩn quốc gia đạt 81,5%."
    assert subjects(text)["81,5%"] == (81.5, "tỷ lệ trạm y tế đạt chuẩn quốc gia")


def test_plan_of_a_resolution_after_theo_measures_the_clause_before():
    text = "hội viên hoàn thành tốt nhiệm vụ đạt 93,2%, theo Nghị quyết 90% trở lên."
    assert subjects(text)["90%"] == (90, "Nghị quyết hội viên hoàn thành tốt nhiệm vụ")


@pytest.mark.parametrize("text, figure, value, subject", [
    ("Tỷ lệ thất nghiệp và thiếu việc làm của tỉnh lần lượt là 2,1% và 1,4%.", "2,1%", 2.1,
     "Tỷ lệ thất nghiệp và thiếu việc làm của tỉnh"),
    ("Tỷ lệ thất nghiệp và thiếu việc làm của tỉnh lần lượt là 2,1% và 1,4%.", "1,4%", 1.4,
     "Tỷ lệ thất nghiệp và thiếu việc làm của tỉnh"),
    # a second figure with its own noun counts that noun
    ("tỷ lệ hộ nghèo dưới 1% và 100% thôn đạt chuẩn văn hóa.", "100%", 100, "thôn đạt chuẩn văn hóa"),
])
def test_figure_joined_by_va_shares_the_subject(text, figure, value, subject):
    assert subjects(text)[figure] == (value, subject)


@pytest.mark.parametrize("text", [
    "thu ngân sách 1.200/1.000 tỷ đồng",   # an achieved/plan pair of amounts
    "có 13/16 xã đạt chuẩn",               # a ratio of counts
])
def test_pairs_without_percent_signs_are_not_percentages(text):
    assert subjects(text) == {}


def test_achieved_over_plan_pair_has_exact_spans():
    text = "tỷ lệ hộ dùng nước sạch 97,5%/95% kế hoạch"
    view = matching_view(text)
    assert [(text[p.start:p.end], p.value, p.implied) for p in find_percentages(view, [(0, len(text))])] == [
        ("97,5%", 97.5, False), ("95%", 95, False)]


@pytest.mark.parametrize("text, subject", [
    ("Thu ngân sách đạt 8.500 tỷ đồng và giải ngân vốn đầu tư công đạt 92%.", "giải ngân vốn đầu tư công"),
    # "và" before any figure joins the subject's own words
    ("Doanh thu và lợi nhuận tăng 12%.", "Doanh thu và lợi nhuận"),
    # after a figure, the last "và" starts the subject
    ("Xuất khẩu đạt 5 tỷ USD và nhập khẩu và tiêu dùng tăng 9%.", "tiêu dùng"),
])
def test_subject_after_a_figure_starts_after_the_last_va(text, subject):
    view = matching_view(text)
    (found,) = find_percentages(view, [(0, len(text))])
    assert find_subject(text, view, found.start, found.end) == subject
