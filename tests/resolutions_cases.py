"""Shared helpers of the resolutions regression tables (whole-pipeline cases with exact offsets)."""
from conftest import check_record

PARTS = ("doc_type", "number", "issued", "issuer", "subject", "congress", "ordinal", "term")


def resolutions(ex, text):
    """The resolution items of ``text`` extracted with a pinned article date."""
    return check_record(ex(text, published="2024-05-01"))["resolutions"]


def expecter(parts=PARTS):
    """``expect(span, doc_type, **parts)``: an expected item; parts not given are expected null."""
    def expect(span, doc_type, **given):
        return {"text": span, "doc_type": doc_type, **{k: given.get(k) for k in parts[1:]}}
    return expect


def assert_items(text, found, expected):
    """Found items equal the expected ones, in order, each at the offsets of its text."""
    assert [{k: item[k] for k in e} for item, e in zip(found, expected)] == expected
    assert len(found) == len(expected), found
    start = 0
    for item, e in zip(found, expected):
        start = text.index(e["text"], start)
        assert (item["start"], item["end"]) == (start, start + len(e["text"]))
        assert text[item["start"]:item["end"]] == e["text"]
        start = item["end"]
