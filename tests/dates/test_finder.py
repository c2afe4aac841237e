"""Every date form of the contract, with exact spans and values; the article date is pinned."""
import datetime as dt

import pytest

from extractor.dates import find_dates
from extractor.text.normalize import matching_view

ARTICLE = dt.date(2023, 7, 1)


def dates(text, anchor=ARTICLE):
    found, _ = find_dates(matching_view(text), anchor)
    return [(text[d.start:d.end], d.kind, d.value, d.start_date, d.end_date, d.part_of_day, d.year_inferred)
            for d in found]


@pytest.mark.parametrize("text, expected", [
    ("Sáng ngày 12/6/2023, hội nghị", ("Sáng ngày 12/6/2023", "date", "2023-06-12", "2023-06-12", "2023-06-12", "morning", False)),
    ("vào 12-6-2023 tại", ("12-6-2023", "date", "2023-06-12", "2023-06-12", "2023-06-12", None, False)),
    ("vào 12.6.2023.", ("12.6.2023", "date", "2023-06-12", "2023-06-12", "2023-06-12", None, False)),
    ("ngày 15 tháng 3 năm 2024", ("ngày 15 tháng 3 năm 2024", "date", "2024-03-15", "2024-03-15", "2024-03-15", None, False)),
    ("trong tháng 10/2023", ("tháng 10/2023", "month", "2023-10", "2023-10-01", "2023-10-31", None, False)),
    ("tháng 10 năm 2023", ("tháng 10 năm 2023", "month", "2023-10", "2023-10-01", "2023-10-31", None, False)),
    ("trong năm 2023,", ("năm 2023", "year", "2023", "2023-01-01", "2023-12-31", None, False)),
    ("quý I/2024", ("quý I/2024", "quarter", "2024-Q1", "2024-01-01", "2024-03-31", None, False)),
    ("quý III-2023", ("quý III-2023", "quarter", "2023-Q3", "2023-07-01", "2023-09-30", None, False)),
    ("Quý III năm 2023", ("Quý III năm 2023", "quarter", "2023-Q3", "2023-07-01", "2023-09-30", None, False)),
    ("6 tháng đầu năm 2023", ("6 tháng đầu năm 2023", "half_year", "2023-H1", "2023-01-01", "2023-06-30", None, False)),
    ("6 tháng cuối năm 2023", ("6 tháng cuối năm 2023", "half_year", "2023-H2", "2023-07-01", "2023-12-31", None, False)),
    ("9 tháng đầu năm", ("9 tháng đầu năm", "range", "2023-01/2023-09", "2023-01-01", "2023-09-30", None, True)),
    ("đầu năm 2024", ("đầu năm 2024", "year", "2024", "2024-01-01", "2024-12-31", None, False)),
    ("cuối năm 2023", ("cuối năm 2023", "year", "2023", "2023-01-01", "2023-12-31", None, False)),
    ("nhiệm kỳ 2020 – 2025", ("nhiệm kỳ 2020 – 2025", "range", "2020/2025", "2020-01-01", "2025-12-31", None, False)),
    ("giai đoạn 2021-2025", ("giai đoạn 2021-2025", "range", "2021/2025", "2021-01-01", "2025-12-31", None, False)),
    ("nửa cuối nhiệm kỳ 2023 – 2025", ("nửa cuối nhiệm kỳ 2023 – 2025", "range", "2023/2025", "2023-01-01", "2025-12-31", None, False)),
    ("từ ngày 11 đến 19-2-2025", ("từ ngày 11 đến 19-2-2025", "range", "2025-02-11/2025-02-19", "2025-02-11", "2025-02-19", None, False)),
    ("trong 2 ngày 16 và 17/8", ("trong 2 ngày 16 và 17/8", "range", "2023-08-16/2023-08-17", "2023-08-16", "2023-08-17", None, True)),
    ("trong 3 ngày 24, 25 và 26/9", ("trong 3 ngày 24, 25 và 26/9", "range", "2023-09-24/2023-09-26", "2023-09-24", "2023-09-26", None, True)),
    ("từ tháng 3 đến tháng 5/2024", ("từ tháng 3 đến tháng 5/2024", "range", "2024-03/2024-05", "2024-03-01", "2024-05-31", None, False)),
    ("Thứ Tư, 08/04/2015, 08:11", ("Thứ Tư, 08/04/2015, 08:11", "datetime", "2015-04-08T08:11", "2015-04-08", "2015-04-08", None, False)),
    ("14 giờ 30 ngày 12/6/2023", ("14 giờ 30 ngày 12/6/2023", "datetime", "2023-06-12T14:30", "2023-06-12", "2023-06-12", None, False)),
    ("14h30, ngày 12/6", ("14h30, ngày 12/6", "datetime", "2023-06-12T14:30", "2023-06-12", "2023-06-12", None, True)),
    ("sáng 28-6", ("sáng 28-6", "date", "2023-06-28", "2023-06-28", "2023-06-28", "morning", True)),
    ("trưa 3/7", ("trưa 3/7", "date", "2023-07-03", "2023-07-03", "2023-07-03", "noon", True)),
    ("chiều thứ Hai (12/6)", ("chiều thứ Hai (12/6)", "date", "2023-06-12", "2023-06-12", "2023-06-12", "afternoon", True)),
    ("tối 2/9", ("tối 2/9", "date", "2023-09-02", "2023-09-02", "2023-09-02", "evening", True)),
    ("đêm 15/8", ("đêm 15/8", "date", "2023-08-15", "2023-08-15", "2023-08-15", "night", True)),
    ("Thứ Sáu, 18/07/2025 - 11:05", ("Thứ Sáu, 18/07/2025 - 11:05", "datetime", "2025-07-18T11:05", "2025-07-18", "2025-07-18", None, False)),
    ("năm học 2023-2024", ("năm học 2023-2024", "range", "2023/2024", "2023-01-01", "2024-12-31", None, False)),
    ("Bộ luật Lao động 2019", ("2019", "year", "2019", "2019-01-01", "2019-12-31", None, False)),
    # a month count with a written year, no "đầu": from January
    ("9 tháng năm 2024", ("9 tháng năm 2024", "range", "2024-01/2024-09", "2024-01-01", "2024-09-30", None, False)),
])
def test_date_forms(text, expected):
    assert dates(text) == [expected]


@pytest.mark.parametrize("text", [
    "trong 6 tháng", "hàng năm", "đạt 97%", "có 27 người", "Nghị quyết số 35/NQ/TW",
    "đại dịch COVID-19", "gọi 0912.345.678", "Nghị định số 15/2020/NĐ-CP", "QCVN 40:2011",
    "Quyết định 1912/QĐ-EVNNPC", "thu ngân sách 9 tháng", "lúc 14h30", "chiều cùng ngày",
    "6 tháng qua", "mỗi tháng 2 lần", "tăng từ 5-7%", "năm trước", "lũy kế 10 tháng",
    "nửa năm nay", "9 tháng năm nay",
])
def test_not_dates(text):
    assert dates(text) == []


def test_ambiguous_day_month_reads_day_first():
    assert dates("ngày 12/6")[0][2] == "2023-06-12"


def test_year_shared_with_next_expression_is_not_inferred():
    assert dates("quý I và quý II/2024") == [
        ("quý I", "quarter", "2024-Q1", "2024-01-01", "2024-03-31", None, False),
        ("quý II/2024", "quarter", "2024-Q2", "2024-04-01", "2024-06-30", None, False),
    ]


def test_closest_year_across_new_year():
    found = dates("sáng 28/12", anchor=dt.date(2024, 1, 5))
    assert found[0][2] == "2023-12-28" and found[0][6] is True


def test_regression_dateline_time_does_not_swallow_next_paragraph():
    text = "27/09/2024 07:30\n\nChiều 26-9-2024, Ban Thường vụ họp."
    assert [d[0] for d in dates(text)] == ["27/09/2024 07:30", "Chiều 26-9-2024"]


def test_year_less_without_anchor_is_reported():
    found, lost = find_dates(matching_view("sáng 28-6 họp"), None)
    assert found == [] and lost == [(0, 9)]


def test_impossible_day_is_not_a_date():
    assert dates("ngày 31/2/2023") == []
