"""Figures and units as targets read them, and numbers written in words."""
import pytest

from extractor.numbers import parse_number_words
from extractor.targets.lexicon import lexicon
from extractor.targets.values import parse_figure, values_in
from extractor.text.normalize import matching_view


@pytest.mark.parametrize("text, value", [
    ("1.234,5", 1234.5), ("2,1", 2.1), ("27", 27), ("13.850", 13850), ("0,86", 0.86),
    ("13/16", 13), ("7-7,5", 7), ("3,62/3,80", 3.62),
    ("hai mươi bảy", 27), ("mười hai", 12), ("hai mươi mốt", 21), ("một trăm lẻ năm", 105),
    ("ba nghìn hai trăm", 3200), ("hai mươi lăm nghìn", 25000),
])
def test_parse_figure(text, value):
    assert parse_figure(text) == value


@pytest.mark.parametrize("text", ["", "năm", "hai ba", "mươi", "lẻ", "một trăm lẻ", "abc"])
def test_parse_figure_rejects(text):
    assert parse_figure(text) is None


@pytest.mark.parametrize("text, value, unit, figure", [
    ("đạt 1.234,5 tỷ đồng", 1234.5, "tỷ đồng", "1.234,5"),
    ("đạt 2,1 triệu tấn", 2.1, "triệu tấn", "2,1"),
    ("là 27 người", 27, "người", "27"),
    ("là hai mươi bảy người", 27, "người", "hai mươi bảy"),
    ("ước đạt 1.239,6 nghìn tỷ đồng", 1239.6, "nghìn tỷ đồng", "1.239,6"),
    ("đạt 1.962,5 đồng/kWh", 1962.5, "đồng/kWh", "1.962,5"),
    ("là 1,84 vụ/100 km/năm", 1.84, "vụ/100 km/năm", "1,84"),
    ("đạt 7-7,5%/năm", 7, "%", "7-7,5"),
    ("đạt 45 phần trăm", 45, "%", "45"),
    ("13/16 văn bản", 13, "văn bản", "13/16"),
    ("đạt 2,3 triệu tấn quy dầu", 2.3, "triệu tấn quy dầu", "2,3"),
])
def test_values_in(text, value, unit, figure):
    got = values_in(text, matching_view(text), 0, len(text), lexicon())
    assert len(got) == 1
    v = got[0]
    assert (v.value, v.unit, text[v.num_start:v.num_end]) == (value, unit, figure)


@pytest.mark.parametrize("text", ["năm 2023 đạt", "ngày 12/6/2023", "9 tháng đầu năm", "năm người"])
def test_no_value(text):
    assert values_in(text, matching_view(text), 0, len(text), lexicon()) == []


@pytest.mark.parametrize("text, value", [("bảy mươi", 70), ("chín mươi chín", 99), ("một triệu", 1_000_000)])
def test_parse_number_words(text, value):
    assert parse_number_words(text) == value


@pytest.mark.parametrize("raw, value", [
    ("1.234,5", 1234.5), ("2024", 2024.0), ("13/16", 13.0), ("7-7,5", 7.0), ("2.000 đến 2.500", 2000.0), ("", None),
])
def test_parse_figure_plain_and_split_figures(raw, value):
    assert parse_figure(raw) == value


@pytest.mark.parametrize("raw, upper", [("7-7,5", 7.5), ("4 - 4,5", 4.5), ("4,5", None), ("13/16", None)])
def test_upper_end_of_a_range(raw, upper):
    from extractor.targets.values import _upper

    assert _upper(raw) == upper
