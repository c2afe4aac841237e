"""Cleaning and the matching view: same length, canonical spelling."""
import pytest
import regex
from hypothesis import given, strategies as st

from extractor.text import normalize
from extractor.text.normalize import canonical_tone_marks, clean_text, matching_view


@pytest.mark.parametrize("raw, view", [
    ("Đảng uỷ TKV – hoà bình", "Đảng ủy TKV - hòa bình"),
    ("ỦY BAN “A”", 'ỦY BAN "A"'),
    ("hoàn thành", "hoàn thành"),     # the mark belongs on "a" before a final consonant
    ("Thuỷ lợi, khoẻ", "Thủy lợi, khỏe"),
    ("a\u00a0b", "a b"),
    ("OÀ Oà oÀ", "ÒA Òa oÀ"),          # a mixed-case pair that is no old spelling stays
    ("\u201choà\u201d\u2013x\t", '"hòa"-x '),
])
def test_matching_view(raw, view):
    assert matching_view(raw) == view


@given(st.text())
def test_matching_view_keeps_length(text):
    assert len(matching_view(text)) == len(text)
    assert len(canonical_tone_marks(text)) == len(text)


def test_clean_text_nfc_line_ends_and_controls():
    text, notes = clean_text("Ho\u0300a\r\nb\x00c")
    assert text == "Hòa\nb c"
    assert notes == ["nfc", "control:1"]


def test_lone_surrogates_become_replacement_characters():
    text, notes = clean_text("Ngày 12/6\ud800/2023 \udfff")
    assert text == "Ngày 12/6\ufffd/2023 \ufffd"
    assert notes == ["surrogate:2"]


def _reference_view(text: str) -> str:
    """The plain definition the fast matching_view must equal: translate, then the pairs."""
    table = {ord(c): r for c, r in normalize._CHAR_PAIRS}
    tones = regex.compile("(?:" + "|".join(normalize._PAIRS) + r")(?!\p{L})")
    return tones.sub(lambda m: normalize._PAIRS[m.group()], text.translate(table))


_VIEW_ALPHABET = st.sampled_from(
    sorted({c for pair in normalize._PAIRS for c in pair} | {c for c, _ in normalize._CHAR_PAIRS}
           | set("aAnhx .\n")))


@given(st.text(_VIEW_ALPHABET) | st.text())
def test_matching_view_equals_its_definition(text):
    assert matching_view(text) == _reference_view(text)


def _reference_clean(text):
    """clean_text without its search for characters to clean."""
    notes = []
    nfc = __import__("unicodedata").normalize("NFC", text)
    if nfc != text:
        notes.append("nfc")
    nfc = nfc.replace("\r\n", "\n").replace("\r", "\n")
    cleaned, count = normalize._CONTROL_RE.subn(" ", nfc.replace("\t", " "))
    if count:
        notes.append(f"control:{count}")
    cleaned, count = normalize._SURROGATE_RE.subn("\ufffd", cleaned)
    if count:
        notes.append(f"surrogate:{count}")
    return cleaned, notes


@given(st.text(st.sampled_from(list("aà\u0300\r\n\t \x00\x1f\x7f\x85\x9f\ud800\udfffĐ"))) | st.text())
def test_clean_text_equals_its_definition(text):
    assert clean_text(text) == _reference_clean(text)


def test_characters_to_clean_are_the_controls_and_surrogates():
    """Regression: a text without them is returned as NFC at once; the class must hold all of them."""
    chars = "".join(map(chr, range(0x110000)))
    expected = set(regex.findall(r"[\p{Cc}\p{Cs}--[\n]]", chars, flags=regex.V1))
    assert set(normalize._TO_CLEAN.findall(chars)) == expected
    assert clean_text("Hòa\tbình") == ("Hòa bình", [])
