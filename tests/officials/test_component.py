"""The officials component in the pipeline: records, span groups, the seed article, captions."""
from conftest import check_record

from extractor.evaluation.scoring import norm


def test_seed_officials_match_gold(ex, seed_gold):
    rec = ex(seed_gold["text"], id=seed_gold["id"])
    data = check_record(rec)
    got = {o["name"]: (o["honorific"], [t["title"] for t in o["titles"]]) for o in data["officials"]}
    assert got == {
        "Khuất Mạnh Thắng": ("đồng chí", ["Phó Bí thư thường trực Đảng ủy Tập đoàn TKV"]),
        "Đào Hồng Quảng": ("đồng chí", ["Bí thư Đảng uỷ", "Viện trưởng Viện KHCN Mỏ"]),
    }
    for gold in seed_gold["officials"]:
        [pred] = [o for o in data["officials"] if norm(o["name"]) == norm(gold["name"])]
        assert len(pred["titles"]) == len(gold["titles"])


def test_caption_mention_joins_the_body_official(ex):
    text = ("Hội nghị sơ kết công tác năm 2023\n\n"
            "Sáng 12/6/2023, đồng chí Khuất Mạnh Thắng – Phó Bí thư thường trực Đảng uỷ TKV dự hội nghị.\n\n"
            "Đồng chí Khuất Mạnh Thắng, Phó Bí thư thường trực Đảng ủy Tập đoàn TKV phát biểu chỉ đạo\n\n"
            "Phát biểu kết luận, đồng chí Thắng yêu cầu các đơn vị hoàn thành kế hoạch.")
    rec = ex(text)
    data = check_record(rec)
    [off] = data["officials"]
    assert off["name"] == "Khuất Mạnh Thắng" and off["honorific"] == "đồng chí"
    assert [t["title"] for t in off["titles"]] == ["Phó Bí thư thường trực Đảng ủy Tập đoàn TKV"]
    assert [(m["text"], m["start"]) for m in off["mentions"]] == [
        ("Khuất Mạnh Thắng", text.index("Khuất")), ("Khuất Mạnh Thắng", text.rindex("Khuất")),
        ("Thắng", text.rindex("Thắng"))]


def test_span_groups(ex):
    nlp = ex.nlp
    doc = nlp("Dự có ông Trần Minh Đức, Phó Giám đốc Công ty; Chủ tịch UBND tỉnh Nguyễn Hữu Khang chủ trì.")
    assert [s.text for s in doc.spans["officials"]] == ["Trần Minh Đức", "Nguyễn Hữu Khang"]
    assert [s.text for s in doc.spans["titles"]] == ["Phó Giám đốc Công ty", "Chủ tịch UBND tỉnh"]
    assert doc.spans["titles"][0]._.title.role == "Phó Giám đốc"
    assert [o.name for o in doc._.officials] == ["Trần Minh Đức", "Nguyễn Hữu Khang"]


def test_no_officials_in_related_news_or_text_without_positions(ex):
    rec = ex("Ông Nguyễn Văn Nam đi thăm Hà Nội.\n\nTin liên quan\n\nBí thư Tỉnh ủy Lê Văn Hải thăm Hà Nội (12/06/2023)")
    assert check_record(rec)["officials"] == []
