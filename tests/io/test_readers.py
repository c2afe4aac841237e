"""Every reader: text files, HTML pages, JSONL(.gz) dumps, WARC archives, folders, globs, limits."""
import gzip
import io
import json

import pytest

from extractor import errors, read
from extractor.io import Fields, iter_raw
from extractor.io.encodings import encode_legacy

BODY = ("Sáng ngày 15/7/2024, Đảng ủy Công ty Than Đồng Bắc tổ chức hội nghị sơ kết công tác 6 tháng "
        "đầu năm 2024. Kết quả có 97% chi bộ hoàn thành tốt nhiệm vụ, vượt chỉ tiêu đề ra.")
MORE = "Hội nghị đã thảo luận, thống nhất phương hướng nhiệm vụ trọng tâm trong thời gian tới của đơn vị."
PAGE = """<html><head><meta charset="{charset}"><title>Hội nghị sơ kết - Báo X</title>
<meta property="article:published_time" content="2024-07-16T09:30:00+07:00">
<meta name="author" content="Nguyễn Văn An"></head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/ts">Thời sự nóng</a></li></ul></nav>
<article><h1>Hội nghị sơ kết 6 tháng đầu năm</h1><p>{body}</p><p>{more}</p></article>
<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Tin khác về đại hội chi bộ</a></li></ul></aside>
<footer>Bản quyền thuộc về Báo X. Giấy phép số 99/GP.</footer></body></html>"""


def test_txt_in_a_legacy_encoding_is_decoded_with_a_warning(tmp_path):
    (tmp_path / "a.txt").write_bytes(encode_legacy(BODY, "vni"))
    (doc,) = read(tmp_path / "a.txt")
    assert (doc.id, doc.text, doc.source) == ("a", BODY, str(tmp_path / "a.txt"))
    assert doc.warnings == [errors.w_legacy_encoding("VNI-Windows")]


@pytest.mark.parametrize("charset, encode", [
    ("utf-8", lambda s: s.encode("utf-8")),
    ("windows-1258", lambda s: encode_legacy(s, "cp1258")),
])
def test_html_main_text_title_date_author(tmp_path, charset, encode):
    (tmp_path / "p.html").write_bytes(encode(PAGE.format(charset=charset, body=BODY, more=MORE)))
    (doc,) = read([tmp_path])
    assert doc.title == "Hội nghị sơ kết 6 tháng đầu năm"
    assert doc.published == "2024-07-16"
    assert doc.extra == {"author": "Nguyễn Văn An"}
    assert doc.text.split("\n") == ["Hội nghị sơ kết 6 tháng đầu năm", BODY, MORE]
    for furniture in ("Trang chủ", "Tin liên quan", "Tin khác", "Bản quyền"):
        assert furniture not in doc.text


def test_jsonl_gz_with_configured_field_names(tmp_path):
    path = tmp_path / "dump.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"doc_id": 7, "body": BODY, "date": "2024-07-16", "headline": "H",
                             "link": "https://x.vn/7"}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"doc_id": 8, "text": BODY}) + "\n")
    fields = Fields(id="doc_id", text="body", published="date", title="headline", url="link")
    first, second = read([path], fields=fields)
    assert (first.id, first.text, first.published, first.title, first.source) == (
        "7", BODY, "2024-07-16", "H", "https://x.vn/7")
    assert (second.id, second.error) == ("8", "line 2: 'body' is missing or not a string")


def _warc(path, records):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, kind, ctype, body, date in records:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(uri, kind, payload=io.BytesIO(body), http_headers=http,
                                            warc_headers_dict={"WARC-Date": date})
            writer.write_record(rec)


def test_warc_html_responses_with_url_source_and_warc_date_fallback(tmp_path):
    dated = PAGE.format(charset="utf-8", body=MORE, more=MORE.upper()).encode()
    undated = dated.replace(b'<meta property="article:published_time" content="2024-07-16T09:30:00+07:00">', b"")
    _warc(tmp_path / "c.warc.gz", [
        ("https://x.vn/a", "response", "text/html; charset=utf-8", dated, "2025-01-02T03:04:05Z"),
        ("https://x.vn/logo.png", "response", "image/png", b"\x89PNG", "2025-01-02T03:04:05Z"),
        ("https://x.vn/b", "response", "text/html", undated, "2025-01-02T03:04:05Z"),
    ])
    a, b = read([tmp_path / "c.warc.gz"])
    assert (a.source, a.published, a.warnings) == ("https://x.vn/a", "2024-07-16", [])
    assert a.id.startswith("urn:uuid:")
    assert (b.source, b.published) == ("https://x.vn/b", "2025-01-02T03:04:05Z")
    assert b.warnings == [errors.w_published_from_archive("2025-01-02T03:04:05Z")]


def test_truncated_warc_keeps_what_it_read_and_ends_in_an_error_document(tmp_path):
    page = PAGE.format(charset="utf-8", body=BODY, more=MORE).encode()
    _warc(tmp_path / "full.warc", [(f"https://x.vn/{i}", "response", "text/html", page, "2025-01-02T03:04:05Z")
                                   for i in range(3)])
    data = (tmp_path / "full.warc").read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) * 5 // 6])
    docs = list(read([tmp_path / "cut.warc.gz"]))
    assert [d.source for d in docs[:2]] == ["https://x.vn/0", "https://x.vn/1"]
    assert len(docs) == 3
    assert docs[2].error == "WARC record is truncated or damaged (its payload digest does not match)"


def test_globs_limits_and_missing_inputs(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, "utf-8")
    (tmp_path / "b.htm").write_text(PAGE.format(charset="utf-8", body=BODY, more=MORE), "utf-8")
    (tmp_path / "big.txt").write_text("x" * 200, "utf-8")
    docs = list(read([str(tmp_path / "*.t*"), str(tmp_path / "*.zip"), tmp_path / "nope"], max_bytes=100))
    assert [(d.id, d.error) for d in docs] == [
        ("a", errors.e_too_large("file", len(BODY.encode()), 100)),
        ("big", errors.e_too_large("file", 200, 100)),
        (str(tmp_path / "*.zip"), "the pattern matches no file"),
        (str(tmp_path / "nope"), "no such file or folder"),
    ]
    assert [r.kind for r in iter_raw([tmp_path])] == ["text", "html", "text"]
