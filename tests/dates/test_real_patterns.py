"""Regression tests for date forms of real articles (invented sentences; the article date is pinned)."""
import datetime as dt

import pytest

from extractor.dates import detect_anchor, find_dates
from extractor.text.normalize import matching_view

ARTICLE = dt.date(2023, 7, 1)


def dates(text, anchor=ARTICLE):
    found, _ = find_dates(matching_view(text), anchor)
    return [(text[d.start:d.end], d.start, d.end, d.kind, d.value, d.start_date, d.end_date, d.part_of_day,
             d.year_inferred) for d in found]


def test_textual_day_range_with_both_days_spelt_is_one_range():
    text = "Hội nghị diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2020 tại Hà Nội."
    assert dates(text) == [("từ ngày 12 đến ngày 15 tháng 10 năm 2020", 17, 57, "range", "2020-10-12/2020-10-15",
                            "2020-10-12", "2020-10-15", None, False)]


def test_textual_day_range_across_months():
    text = "từ ngày 28 tháng 9 đến ngày 2 tháng 10 năm 2024"
    assert dates(text) == [(text, 0, 47, "range", "2024-09-28/2024-10-02", "2024-09-28", "2024-10-02", None, False)]


def test_listed_days_with_spaced_dash_month_are_one_range():
    text = "Ngày 14 và 15 - 8, Đại hội Hội Cựu chiến binh huyện diễn ra."
    assert dates(text) == [("Ngày 14 và 15 - 8", 0, 17, "range", "2023-08-14/2023-08-15", "2023-08-14",
                            "2023-08-15", None, True)]


def test_spaced_dash_day_month_after_ngay():
    text = "Trong ngày 21 - 6, đoàn công tác làm việc."
    assert dates(text) == [("ngày 21 - 6", 6, 17, "date", "2023-06-21", "2023-06-21", "2023-06-21", None, True)]


@pytest.mark.parametrize("text", ["thời gian đến 3 - 5 năm", "tăng từ 3 - 5 lần", "và 4 - 6 tháng nữa"])
def test_spaced_dash_after_weak_cue_is_not_a_date(text):
    assert dates(text) == []


def test_dotted_day_month_with_part_of_day():
    text = "Chiều 18.7, Ban Thường vụ Huyện ủy họp."
    assert dates(text) == [("Chiều 18.7", 0, 10, "date", "2023-07-18", "2023-07-18", "2023-07-18", "afternoon", True)]


@pytest.mark.parametrize("text", ["doanh thu đạt 16.7 tỷ đồng", "tăng 16.7%", "từ 12.5 đến 16.7 triệu đồng",
                                  "trong ngày 16.7 tỷ đồng được giải ngân", "giảm 16.7 điểm"])
def test_dotted_decimals_are_not_dates(text):
    assert dates(text) == []


@pytest.mark.parametrize("text", ["11H38: Đoàn đại biểu vào hội trường.", "11h38: Đại hội biểu quyết."])
def test_live_blog_clock_stamp_alone_is_not_a_date(text):
    # GUIDELINES: a bare clock time with no day is not a date
    assert dates(text) == []


def test_live_blog_clock_stamp_does_not_join_the_day_after_it():
    text = "09H15: Chiều 9/7, đoàn đến thăm."
    assert dates(text) == [("Chiều 9/7", 7, 16, "date", "2023-07-09", "2023-07-09", "2023-07-09", "afternoon", True)]


@pytest.mark.parametrize("text, expected", [
    ("chiều nay 9/7, tỉnh tổ chức", ("chiều nay 9/7", 0, 13, "date", "2023-07-09", "2023-07-09", "2023-07-09",
                                    "afternoon", True)),
    ("Sáng qua (30/6), Hội đồng họp", ("Sáng qua (30/6)", 0, 15, "date", "2023-06-30", "2023-06-30", "2023-06-30",
                                      "morning", True)),
    ("Hôm nay (1/7), trường khai giảng", ("Hôm nay (1/7)", 0, 13, "date", "2023-07-01", "2023-07-01", "2023-07-01",
                                         None, True)),
])
def test_relative_word_with_explicit_day(text, expected):
    assert dates(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Anh: Tu lieu nam 2017", ("nam 2017", 13, 21, "year", "2017", "2017-01-01", "2017-12-31", None, False)),
    ("Anh chup ngay 12/6/2023", ("ngay 12/6/2023", 9, 23, "date", "2023-06-12", "2023-06-12", "2023-06-12", None,
                                 False)),
    ("Hoi nghi thang 6 nam 2023", ("thang 6 nam 2023", 9, 25, "month", "2023-06", "2023-06-01", "2023-06-30", None,
                                   False)),
    ("Ngay 5 thang 3 nam 2024, doan", ("Ngay 5 thang 3 nam 2024", 0, 23, "date", "2024-03-05", "2024-03-05",
                                       "2024-03-05", None, False)),
])
def test_toneless_date_words_in_captions(text, expected):
    assert dates(text) == [expected]


@pytest.mark.parametrize("text", ["Giải bóng đá Việt Nam 2017", "đoàn khách Hà Nam 2018"])
def test_capitalised_nam_is_a_name_not_a_year(text):
    assert dates(text) == []


@pytest.mark.parametrize("text, expected", [
    ("dự toán năm ngân sách 2023 được giao", ("năm ngân sách 2023", 8, 26, "year", "2023")),
    ("quyết toán năm tài chính 2022", ("năm tài chính 2022", 11, 29, "year", "2022")),
    ('đây là năm "bứt phá" 2024 của tỉnh', ('năm "bứt phá" 2024', 7, 25, "year", "2024")),
    ("GRDP theo giá so sánh 2010 tăng", ("2010", 22, 26, "year", "2010")),
    ("giá trị sản xuất (giá SS 2010) tăng", ("2010", 25, 29, "year", "2010")),
    ('Phát động Tháng hành động "Vì trẻ em" 2021.', ("2021", 38, 42, "year", "2021")),
    ("phục vụ Tết Giáp Thìn 2024", ("2024", 22, 26, "year", "2024")),
    ("chào đón năm Ất Tỵ 2025 an vui", ("năm Ất Tỵ 2025", 9, 23, "year", "2025")),
    ("quy hoạch đến 2030 được duyệt", ("2030", 14, 18, "year", "2030")),
    ("chiến lược với tầm nhìn 2050", ("2050", 24, 28, "year", "2050")),
    ("hoàn thành trước 2026 theo lộ trình", ("2026", 17, 21, "year", "2026")),
    ("số hộ tăng lên đến 2000 hộ", ()),
    ("năm nay và 2023 đều tăng", ()),
])
def test_named_calendar_years(text, expected):
    got = dates(text)
    assert [g[:5] for g in got] == ([expected] if expected else [])
    if not expected:
        return
    y = expected[4]
    assert got[0][5:] == (f"{y}-01-01", f"{y}-12-31", None, False)


def test_year_opening_a_quoted_name_is_not_taken_as_after_it():
    assert dates('Chương trình "2021 vì cộng đồng" khởi động') == []


def test_count_after_a_quoted_name_is_not_a_year():
    assert dates('Quỹ "Tấm lòng vàng" 2000 suất quà đã trao') == []


@pytest.mark.parametrize("text, end, y1, y2", [
    ("nhiệm kỳ 2020 -2025", 19, "2020", "2025"), ("nhiệm kỳ 2018- 2023", 19, "2018", "2023"),
    ("nhiệm kỳ 2020 - 2025", 20, "2020", "2025"), ("nhiệm kỳ 2020–2025", 18, "2020", "2025"),
    ("giai đoạn 2021 –2030", 20, "2021", "2030"),
])
def test_oddly_spaced_terms(text, end, y1, y2):
    assert dates(text) == [(text, 0, end, "range", f"{y1}/{y2}", f"{y1}-01-01", f"{y2}-12-31", None, False)]


def test_mistyped_reversed_term_takes_the_term_named_elsewhere():
    text = "Đại hội nhiệm kỳ 2021 - 2026. Ban Chấp hành nhiệm kỳ 2021 - 2016 gồm 15 đồng chí."
    got = dates(text)
    assert got[1] == ("nhiệm kỳ 2021 - 2016", 44, 64, "range", "2021/2026", "2021-01-01", "2026-12-31", None, False)


def test_reversed_term_alone_is_not_a_date():
    assert dates("nhiệm kỳ 2021 - 2016 gồm 15 đồng chí") == []


# -- no article date: years come from the article's own written dates ----------

def unanchored(text):
    view = matching_view(text)
    return dates(text, anchor=detect_anchor(view))


def test_no_published_year_from_nearest_preceding_written_year():
    text = ("Hội nghị sơ kết 6 tháng đầu năm 2021.\n\nBáo cáo nêu 6 tháng đầu năm ngành đạt kết quả tốt.\n\n"
            "Các chi bộ họp định kỳ.\n\nKế hoạch đến 31/12/2022 hoàn thành.")
    got = unanchored(text)
    assert got[1] == ("6 tháng đầu năm", 51, 66, "half_year", "2021-H1", "2021-01-01", "2021-06-30", None, True)


def test_no_published_year_from_following_written_year_when_none_precedes():
    text = "Sáng 12.7, Huyện ủy triển khai nhiệm vụ 6 tháng cuối năm 2019."
    got = unanchored(text)
    assert got[0] == ("Sáng 12.7", 0, 9, "date", "2019-07-12", "2019-07-12", "2019-07-12", "morning", True)


def test_no_published_day_after_full_date_crosses_new_year():
    text = "Nội dung chính.\n\nMột.\n\nHai.\n\nNgày 28/12/2023 khởi công; sáng 5/1 nghiệm thu."
    got = unanchored(text)
    assert got[1][0] == "sáng 5/1" and got[1][4] == "2024-01-05" and got[1][8] is True


def test_no_published_term_start_gives_congress_year():
    text = "Đại hội Đoàn khóa mới, nhiệm kỳ 2022 - 2027\n\nNgày 20 và 21-6, Đại hội diễn ra."
    got = unanchored(text)
    assert got[1] == ("Ngày 20 và 21-6", 45, 60, "range", "2022-06-20/2022-06-21", "2022-06-20", "2022-06-21",
                      None, True)


def test_dateline_anchors_year_less_days():
    text = "Tin tức\n12/01/2024 - 09:10\n\nSáng 28/12, hội nghị đã tổng kết năm."
    assert detect_anchor(matching_view(text)) == dt.date(2024, 1, 12)
    assert unanchored(text)[1][4] == "2023-12-28"


def test_full_date_deep_in_the_text_is_not_the_article_date():
    text = "Tiêu đề\n\nDòng một.\n\nDòng hai.\n\nHạn chót ngày 30/6/2020."
    assert detect_anchor(matching_view(text)) is None


def test_no_written_year_at_all_reports_the_expression():
    found, lost = find_dates(matching_view("Sáng 12/7 họp."), None)
    assert found == [] and lost == [(0, 9)]


def test_two_consecutive_days_with_comma_are_one_range():
    text = "Ngày 20, 21 - 9, Hội nghị tập huấn được tổ chức."
    assert dates(text) == [("Ngày 20, 21 - 9", 0, 15, "range", "2023-09-20/2023-09-21", "2023-09-20", "2023-09-21",
                            None, True)]


def test_two_separate_days_with_comma_are_not_a_range():
    assert dates("họp vào ngày 5, 12/6 tại trụ sở") == []


@pytest.mark.parametrize("text", ["mỗi ngày 1 - 2 lần", "trong ngày 3 - 4 giờ liền", "ngày 20, 21 - 6 tấn hàng"])
def test_spaced_dash_count_before_unit_is_not_a_date(text):
    assert dates(text) == []


@pytest.mark.parametrize("text, value", [
    ("Cập nhật 12/06/2023 08:30 PM", "2023-06-12T20:30"),
    ("Thứ Hai, 12/06/2023 - 02:05 CH", "2023-06-12T14:05"),
    ("12/06/2023 12:15 AM", "2023-06-12T00:15"),
])
def test_twelve_hour_clock_marks_in_update_stamps(text, value):
    (got,) = dates(text)
    assert got[0] == text[got[1]:] and got[3:7] == ("datetime", value, value[:10], value[:10])


def test_lower_case_word_after_time_is_no_clock_mark():
    text = "12/06/2023 08:30 sa thải"
    assert dates(text) == [("12/06/2023 08:30", 0, 16, "datetime", "2023-06-12T08:30", "2023-06-12", "2023-06-12",
                            None, False)]
