"""Legacy Vietnamese encodings: known text encoded into each one, then detected and decoded back."""
import unicodedata

import pytest

from extractor import errors
from extractor.io.encodings import decode_bytes, encode_legacy, repair_text
from extractor.io.viqr import decode_viqr, encode_viqr

TEXT = ("Sáng ngày 15/7/2024, Đảng ủy Công ty Than Đồng Bắc tổ chức hội nghị sơ kết công tác "
        "6 tháng đầu năm. Kết quả: 97,5% chi bộ hoàn thành tốt nhiệm vụ; thuở ấy người dân "
        "vui mừng, quyết tâm giữ vững và khẳng định chất lượng.")
# No capital toned vowel (Ấ, Ủ …): TCVN3 cannot write one (old documents used a capitals font).


@pytest.mark.parametrize("name, label, text", [
    ("tcvn3", "TCVN3 (ABC)", TEXT),
    ("vni", "VNI-Windows", TEXT),
    ("viscii", "VISCII", TEXT),
    ("cp1258", "Windows-1258", TEXT),
    ("viqr", "VIQR", TEXT),
])
def test_legacy_bytes_are_detected_and_decoded_exactly(name, label, text):
    raw = encode_legacy(text, name)
    assert raw != text.encode("utf-8")
    decoded = decode_bytes(raw)
    assert decoded.encoding == name
    assert decoded.text == text
    assert decoded.warnings == [errors.w_legacy_encoding(label)]


def test_decomposed_unicode_is_composed_with_a_warning():
    decoded = decode_bytes(encode_legacy(TEXT, "nfd"))
    assert decoded.text == TEXT and unicodedata.is_normalized("NFC", decoded.text)
    assert decoded.warnings == [errors.w_decomposed_unicode()]


@pytest.mark.parametrize("name", ["tcvn3", "vni", "viscii"])
def test_legacy_font_text_saved_as_utf8_is_repaired(name):
    surface = encode_legacy(TEXT, name).decode("latin-1")
    fixed = repair_text(surface)
    assert (fixed.encoding, fixed.text) == (name, TEXT)


@pytest.mark.parametrize("text", [
    TEXT,
    "Giá cà phê Arabica tại Brazil và Colombia tăng; café crème brûlée ở Paris.",
    "Plain English: don't stop? It's fine.",
])
def test_clean_unicode_and_ascii_are_left_alone(text):
    fixed = repair_text(text)
    assert (fixed.text, fixed.encoding, fixed.warnings) == (text, "utf-8", [])


@pytest.mark.parametrize("raw, reason", [
    (b"\xff\xfe bad", "not UTF-8 (byte 0) and no Vietnamese legacy encoding fits"),
    (b"caf\xe9 cr\xe8me br\xfbl\xe9e", "not UTF-8 (byte 3) and no Vietnamese legacy encoding fits"),
])
def test_bytes_in_no_vietnamese_encoding_are_refused(raw, reason):
    decoded = decode_bytes(raw)
    assert decoded.text is None and decoded.warnings == [reason]


def test_utf16_with_bom_and_utf8_with_bom():
    assert decode_bytes(TEXT.encode("utf-16")).text == TEXT
    assert decode_bytes(b"\xef\xbb\xbf" + TEXT.encode()).text == TEXT


@pytest.mark.parametrize("viqr, text", [
    ("Vie^.t Nam", "Việt Nam"),
    ("DDa?ng u?y", "Đảng ủy"),
    ("ddi\\.", "đi."),
    ("nghi.. Ho^m", "nghị. Hôm"),
    ("Ngu+o+`i", "Người"),
    ("a(n", "ăn"),
])
def test_viqr_cases(viqr, text):
    assert decode_viqr(viqr) == text


def test_viqr_round_trip_escapes_punctuation_after_vowels():
    assert encode_viqr("Hà Nội. Đi?") == "Ha` No^.i\\. DDi\\?"
    assert decode_viqr(encode_viqr(TEXT)) == TEXT
