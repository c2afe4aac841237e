"""Short repeated mentions copy the parts of the full reference they repeat; generic words are no items."""
import json

import pytest

from conftest import check_record

NQ35 = ("Tiếp tục thực hiện Nghị quyết số 35/NQ/TW ngày 22/10/2018 của Bộ Chính trị khóa XII về tăng cường "
        "bảo vệ nền tảng tư tưởng của Đảng. ")


def resolutions(ex, text):
    rec = ex(text, published="2024-05-01")
    return check_record(rec)["resolutions"], rec.warnings


def parts(item, *keys):
    return tuple(item[k] for k in keys)


@pytest.mark.parametrize("text, short, expected", [
    (NQ35 + "Quán triệt Nghị quyết 35 đến từng chi bộ.", "Nghị quyết 35",
     ("35/NQ/TW", "2018-10-22", "Bộ Chính trị khóa XII", "tăng cường bảo vệ nền tảng tư tưởng của Đảng")),
    # The repeat may come first.
    ("Quán triệt Nghị quyết 35 đến từng chi bộ. " + NQ35, "Nghị quyết 35",
     ("35/NQ/TW", "2018-10-22", "Bộ Chính trị khóa XII", "tăng cường bảo vệ nền tảng tư tưởng của Đảng")),
    # A loosely named issuer gives way to the full reference's.
    ("Công ty triển khai Chỉ thị số 02/CT-TKV ngày 05/01/2023 của Tổng Giám đốc TKV về tăng cường an toàn "
     "lao động; tiếp tục thực hiện nghiêm Chỉ thị 02 của TKV, nâng cao chất lượng than.", "Chỉ thị 02 của TKV",
     ("02/CT-TKV", "2023-01-05", "Tổng Giám đốc TKV", "tăng cường an toàn lao động")),
    # The full number again, without date or subject.
    ("Công đoàn triển khai Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức công "
     "đoàn. Năm tới, tiếp tục quán triệt Nghị quyết 02-NQ/TW, nâng cao chất lượng.", "Nghị quyết 02-NQ/TW",
     ("02-NQ/TW", "2021-06-12", "Bộ Chính trị", "đổi mới tổ chức công đoàn")),
])
def test_short_number_mentions_copy_the_full_reference(ex, text, short, expected):
    found, _ = resolutions(ex, text)
    item = next(r for r in found if r["text"] == short)
    assert item["start"] == text.index(short)
    assert parts(item, "number", "issued", "issuer", "subject") == expected


def test_short_number_of_another_type_is_not_linked(ex):
    found, _ = resolutions(ex, NQ35 + "Thực hiện Chỉ thị 35 của Tỉnh ủy.")
    short = found[-1]
    assert parts(short, "text", "number", "issued", "issuer") == ("Chỉ thị 35 của Tỉnh ủy", "35", None, "Tỉnh ủy")


@pytest.mark.parametrize("text, expected", [
    # The congress named last before the mention.
    ("Bám sát Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Công đoàn tỉnh lần thứ XV, nhiệm kỳ "
     "2018 – 2023, công đoàn phát triển 28.460 đoàn viên, đạt 113,8% chỉ tiêu Nghị quyết Đại hội; thành lập mới.",
     ("Đại hội Công đoàn tỉnh lần thứ XV", 15, "2018/2023")),
    # Before any full reference: the congress the text names first.
    ("Đảng bộ xã tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 – 2030. Đảng bộ xây dựng chương trình hành động "
     "thực hiện Nghị quyết Đại hội. Đại hội thông qua Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ "
     "2025 – 2030.", ("Đại hội Đảng bộ xã lần thứ I", 1, "2025/2030")),
    # "thông qua" / "lần này": the article's own congress, not the previous term's.
    ("Trong 2 ngày 28 và 29/6, LĐLĐ tỉnh tổ chức Đại hội Công đoàn tỉnh lần thứ XVIII, nhiệm kỳ 2023 – 2028. "
     "Nhiệm kỳ qua vượt 15,4% chỉ tiêu Nghị quyết Đại hội Công đoàn tỉnh lần thứ XVII, nhiệm kỳ 2018 – 2023 đề ra. "
     "Đại hội bế mạc sau khi thông qua Nghị quyết Đại hội.",
     ("Đại hội Công đoàn tỉnh lần thứ XVIII", 18, "2023/2028")),
    # A plain mention of the previous congress ("do Đại hội lần thứ III đề ra").
    ("Đảng bộ tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2020 – 2025. Nhiệm kỳ qua, Công ty hoàn thành chỉ "
     "tiêu do Đại hội lần thứ III đề ra; kết nạp 31 đảng viên, đạt 103,3% chỉ tiêu Nghị quyết Đại hội. Đảng ủy",
     ("Đại hội lần thứ III", 3, None)),
])
def test_bare_congress_resolution_takes_the_congress_it_means(ex, text, expected):
    found, warnings = resolutions(ex, text)
    bare = [r for r in found if r["text"] == "Nghị quyết Đại hội"]
    assert len(bare) == 1
    assert parts(bare[0], "congress", "ordinal", "term") == expected
    assert not [w for w in warnings if w.startswith("W040")]


def test_roman_only_congress_is_linked_by_its_ordinal(ex):
    text = ("Đảng bộ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2015 – 2020 và đạt kết "
            "quả quan trọng. Trong 24 chỉ tiêu mà Nghị quyết Đại hội XVI đề ra, có 21 chỉ tiêu đạt.")
    found, _ = resolutions(ex, text)
    assert parts(found[1], "text", "congress", "ordinal", "term") == (
        "Nghị quyết Đại hội XVI", "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI", 16, "2015/2020")


def test_bare_congress_resolution_without_any_congress_is_a_warning(ex):
    found, warnings = resolutions(ex, "Các chi bộ học tập Nghị quyết Đại hội.")
    assert parts(found[0], "text", "congress", "ordinal") == ("Nghị quyết Đại hội", None, None)
    assert warnings == ["W040: 'Nghị quyết Đại hội' names no congress found in the text; "
                        "its congress, ordinal and term are left empty"]


@pytest.mark.parametrize("text", [
    "Đảng ủy Viện đã ban hành kịp thời các nghị quyết, chỉ thị của Đảng và Nhà nước.",
    "cán bộ được học tập, quán triệt nghị quyết đại hội đảng các cấp và các nghị quyết của Trung ương.",
    "Các cấp ủy cụ thể hóa Nghị quyết Đại hội Đảng các cấp bằng chương trình hành động.",
    "Các Nghị quyết của Đảng được quán triệt đầy đủ.",
    "Những Chỉ thị 05 được nhắc lại.",
    "Theo Nghị định, các đơn vị phải báo cáo trước ngày 15/10/2023.",
    "để Luật đi vào cuộc sống; Luật có hiệu lực từ ngày 1/8/2024.",
    "Chương trình \"Gửi tiền online – Nhận quà như ý\" triển khai từ tháng 3 đến tháng 5/2024.",
    "Bộ trưởng Bộ Kế hoạch và Đầu tư cho biết.",
    "Kết luận hội nghị, Thủ tướng yêu cầu các bộ khẩn trương.",
    "Luật sư Nguyễn Văn An bào chữa cho bị cáo.",
    "Kế hoạch 2024 của Công ty được giao từ đầu năm.",
    "thấp hơn mục tiêu Nghị quyết đề ra.",
    "quán triệt nội dung cơ bản của Nghị quyết; liên hệ thực tiễn.",
])
def test_generic_words_and_back_references_are_not_items(ex, text):
    found, _ = resolutions(ex, text)
    assert found == []


def test_caption_lines_are_not_read_when_the_text_has_a_body(ex):
    text = ("Luật Đất đai năm 2024 có hiệu lực từ ngày 1/8/2024\n\n"
            "Chiều 15/7, Phó Thủ tướng chủ trì hội nghị triển khai thi hành Luật Đất đai năm 2024 với các bộ, "
            "ngành và địa phương trên cả nước.\n\n"
            "Thứ trưởng báo cáo tình hình triển khai Luật Đất đai\n\n"
            "Các địa phương đã ban hành đủ văn bản hướng dẫn thi hành theo đúng tiến độ đề ra.")
    found, _ = resolutions(ex, text)
    assert [(r["text"], r["start"]) for r in found] == [
        ("Luật Đất đai năm 2024", 0), ("Luật Đất đai năm 2024", text.index("Luật Đất đai năm 2024 với"))]


def test_seed_article_resolutions_match_gold(ex, seed_gold):
    data = check_record(ex(seed_gold["text"], id=seed_gold["id"], published=seed_gold.get("published")))
    keys = ("text", "start", "end", "doc_type", "number", "issued", "issuer", "subject", "congress", "ordinal",
            "term")
    got = sorted((tuple(r[k] for k in keys) for r in data["resolutions"]), key=lambda t: t[1])
    want = sorted((tuple(g.get(k) for k in keys) for g in seed_gold["resolutions"]), key=lambda t: t[1])
    assert got == want, json.dumps(got, ensure_ascii=False)
