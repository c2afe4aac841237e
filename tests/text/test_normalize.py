"""Cleaning and the matching view: same length, canonical spelling."""
import pytest
from hypothesis import given, strategies as st

from extractor.text.normalize import canonical_tone_marks, clean_text, matching_view


@pytest.mark.parametrize("raw, view", [
    ("Đảng uỷ TKV – hoà bình", "Đảng ủy TKV - hòa bình"),
    ("ỦY BAN “A”", 'ỦY BAN "A"'),
    ("hoàn thành", "hoàn thành"),     # the mark belongs on "a" before a final consonant
    ("Thuỷ lợi, khoẻ", "Thủy lợi, khỏe"),
    ("a\u00a0b", "a b"),
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
