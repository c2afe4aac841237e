"""One document → one row: records carry the reader's warnings; failures become coded error rows."""
import time

import pytest

from conftest import check_record
from extractor import errors
from extractor.batch.work import process
from extractor.io.docs import RawDoc
from extractor.io.encodings import encode_legacy

TEXT = "Sáng ngày 12/6/2023, có 97% chi bộ hoàn thành tốt nhiệm vụ."


class Slow:
    def __call__(self, doc):
        time.sleep(5)


class Broken:
    def __call__(self, doc):
        raise KeyError("boom")


def test_legacy_text_row_has_the_record_and_the_conversion_warning(ex):
    row = process(RawDoc(id="t", kind="text", source="t.txt", payload=encode_legacy(TEXT, "tcvn3")), ex)
    check_record(row)
    assert (row["id"], row["text"], row["dates"][0]["value"]) == ("t", TEXT, "2023-06-12")
    assert row["warnings"][0] == errors.w_legacy_encoding("TCVN3 (ABC)")


@pytest.mark.parametrize("raw, extractor, reason", [
    (RawDoc(id="s", kind="text", source="s.txt", payload=TEXT.encode()), Slow(), errors.e_timeout(0.5)),
    (RawDoc(id="b", kind="text", source="b.txt", payload=TEXT.encode()), Broken(),
     errors.e_extraction_failed(KeyError("boom"))),
    (RawDoc(id="j", kind="text", source="j.txt", payload=b"\x00\xff\xfe\x81" * 50), None,
     "not UTF-8 (byte 1) and no Vietnamese legacy encoding fits"),
    (RawDoc(id="e", kind="error", source="e.txt", error=errors.e_too_large("file", 9, 8)), None,
     errors.e_too_large("file", 9, 8)),
])
def test_failures_become_error_rows(raw, extractor, reason):
    started = time.monotonic()
    row = check_record(process(raw, extractor, timeout=0.5))
    assert time.monotonic() - started < 3
    assert (row["id"], row["source"], row["error"]) == (raw.id, raw.source, reason)
    code = reason[:4] if reason.startswith("E0") else "E001"
    assert row["warnings"] == [reason if reason.startswith("E0") else f"{code}: {reason}"]
