"""Layout zones of a plain-text article."""
from extractor.text.normalize import matching_view
from extractor.text.zones import classify_lines

ARTICLE = """Tỉnh ủy tổ chức hội nghị sơ kết 6 tháng đầu năm 2024

Thứ Tư, 10/07/2024, 08:11

Sáng ngày 9/7/2024, Tỉnh ủy tổ chức hội nghị. Đồng chí A phát biểu.

Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy phát biểu tại hội nghị

Hội nghị đã thống nhất các nhiệm vụ trọng tâm.

T.H

Tin liên quan
Hội nghị Ban Chấp hành khóa XV (12/06/2024)
"""


def test_zones_of_a_news_page():
    lines = classify_lines(ARTICLE, matching_view(ARTICLE))
    assert [(ARTICLE[x.start:x.end][:20], x.zone) for x in lines] == [
        ("Tỉnh ủy tổ chức hội ", "headline"),
        ("Thứ Tư, 10/07/2024, ", "dateline"),
        ("Sáng ngày 9/7/2024, ", "body"),
        ("Đồng chí Nguyễn Văn ", "caption"),
        ("Hội nghị đã thống nh", "body"),
        ("T.H", "byline"),
        ("Tin liên quan", "boilerplate"),
        ("Hội nghị Ban Chấp hà", "related"),
    ]
