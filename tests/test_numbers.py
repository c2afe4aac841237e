"""Vietnamese number formats (guards the decimal-comma and thousands-dot rules)."""
import pytest

from extractor.numbers import parse_number


@pytest.mark.parametrize("text, value", [
    ("19,87", 19.87), ("1.234,5", 1234.5), ("1.234", 1234), ("12.345.678", 12345678), ("7.5", 7.5),
    ("1,234.5", 1234.5), ("97", 97), ("0,3", 0.3), ("2,1", 2.1),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1..2", "phần trăm", "12/6"])
def test_parse_number_rejects(text):
    assert parse_number(text) is None
