"""Target rows: period from the nearest date, organisation from the nearest one named before."""
import pytest

import extractor
from extractor.archive import index

TEXT = ("Huyện ủy Tân Yên tổng kết năm 2023\n\n"
        "Đồng chí Hà Văn Sơn, Bí thư Huyện ủy Tân Yên cho biết, 6 tháng đầu năm 2023 toàn huyện kết nạp "
        "120 đảng viên, đạt 60% kế hoạch năm.\n\n"
        "Trong quý III năm 2023, huyện tập trung chỉ đạo thu. Thu ngân sách đạt 350 tỷ đồng, vượt 5% dự toán.\n\n"
        "Giải ngân vốn đầu tư công đạt 80 tỷ đồng, bằng 40% kế hoạch.")


@pytest.fixture(scope="module")
def rows(ex):
    return index([ex({"id": "t1", "text": TEXT, "published": "2023-12-20"})]).targets


def test_a_date_inside_the_clause_gives_the_period(rows):
    first = next(r for r in rows if r["value"] == 120)
    assert (first["period"], first["period_start"], first["period_end"], first["period_source"]) == \
        ("2023-H1", "2023-01-01", "2023-06-30", "clause")
    assert (first["organization"], first["status"], first["attainment_percent"]) == \
        ("Huyện ủy Tân Yên", "not_met", 60)
    assert TEXT[first["start"]:first["end"]] == first["text"]


def test_a_date_earlier_in_the_paragraph_gives_the_period(rows):
    budget = next(r for r in rows if r["value"] == 350)
    assert (budget["period"], budget["period_source"], budget["status"], budget["attainment_percent"]) == \
        ("2023-Q3", "before", "exceeded", 105)
    assert budget["metric_key"] == "thu ngân sách"


def test_without_a_date_in_its_paragraph_a_target_takes_the_article_year(rows):
    spend = next(r for r in rows if r["value"] == 80)
    assert (spend["period"], spend["period_start"], spend["period_source"], spend["article_date"]) == \
        ("2023", "2023-01-01", "article", "2023-12-20")
    assert spend["organization"] == "Huyện ủy Tân Yên"


def test_one_metric_written_two_ways_is_one_series():
    recs = [{"id": i, "published": day, "targets": [{"text": "x", "start": 0, "end": 1, "metric": m,
                                                       "status": "not_met", "attainment_percent": a}]}
            for i, day, m, a in (("a", "2024-04-01", "Thu ngân sách", 25), ("b", "2024-07-01", "thu  ngân sách,", 52))]
    rows = index(recs).targets
    assert [(r["metric_key"], r["period"], r["attainment_percent"]) for r in rows] == \
        [("thu ngân sách", "2024", 25), ("thu ngân sách", "2024", 52)]
