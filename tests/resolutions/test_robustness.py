"""Ordinals, the span invariant on any input, and linear time on 1 MB of adversarial text."""
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import check_record
from timing import assert_linear
from extractor.dates import find_dates
from extractor.lang import load
from extractor.numbers import roman_to_int
from extractor.resolutions.congress import read_ordinal
from extractor.resolutions.finder import find_references
from extractor.resolutions.patterns import Tokens, lexicon
from extractor.text.normalize import matching_view

LEX = lexicon(load("documents"), load("dates"))


@pytest.mark.parametrize("text, value", [
    ("I", 1), ("IV", 4), ("XIII", 13), ("XX", 20), ("XXIV", 24), ("xvii", 17), ("MCMXC", 1990),
    ("IIII", None), ("VX", None), ("", None), ("XIIIa", None),
])
def test_roman_numerals(text, value):
    assert roman_to_int(text) == value


@pytest.mark.parametrize("text, value", [
    ("XIII", 13), ("8", 8), ("tám", 8), ("tư", 4), ("năm", 5), ("nhất", 1), ("mười hai", 12),
    ("Tám", None), ("Hai", None), ("abc", None),
])
def test_ordinals_roman_digits_and_words(text, value):
    assert read_ordinal(Tokens(text), 0, LEX)[0] == value


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([
    "Nghị quyết", "Chỉ thị", "Luật", "Bộ luật", "số", "35/NQ/TW", "02-NQ/TU", "15/2020/NĐ-CP", "35", "ngày",
    "22/10/2018", "của", "Bộ Chính trị", "khóa XII", "về", "Đại hội", "Đảng bộ", "lần thứ", "XX", "tám",
    "nhiệm kỳ", "2020 – 2025", "Hội nghị", "Trung ương", "4", "năm 2024", "Đất đai", "(sửa đổi)", ",", ";", ".",
    "\n", "và", "gắn với", "các", "thông qua", "lần này", "\"", "(", ")", "Tỉnh ủy", "HĐND tỉnh",
    "Đề án", "Công điện", "NQ", "ban hành", "Hiến pháp", "đồng cổ đông", "thường niên", "Đoàn", "trước",
]), max_size=40).map(" ".join))
def test_any_sequence_of_reference_words_gives_valid_items(ex, text):
    data = check_record(ex(text))
    for item in data["resolutions"]:
        assert item["text"] and item["text"] == item["text"].strip()


def _find(text):
    view = matching_view(text)
    found, _ = find_dates(view, dt.date(2023, 7, 1))
    return find_references(text, view, LEX, {d.start: d for d in found})


@pytest.mark.parametrize("chunk", [
    "Nghị quyết số 1/", "Nghị quyết 1 ", "Nghị quyết Đại hội ", "Nghị quyết số 1/NQ-TW về a, ",
    "Nghị quyết số 1/NQ-TW ngày 1/1/2020 Nghị quyết 1 Nghị quyết Đại hội lần thứ XX ",
    "Luật Aa và ", "Chỉ thị 02 của TKV, ", "về a, b ", "Đại hội Aa lần thứ ",
    # Quoted titles, titled and abbreviated references, congress names without ordinal.
    'Đề án "a ', 'Đề án "a" ', "a Nghị quyết về a ", "a Chỉ thị của Bộ Chính trị về ", "NQ số 1/NQ-TW ",
    "Nghị quyết Đại hội Đảng bộ tỉnh ", "Nghị quyết Đại hội Aa năm 2024 về a ", "và ban hành Kế hoạch số ",
    "Luật Aa, b, ",
])
def test_no_quadratic_time_on_1mb(chunk):
    """Runs of references (and of their pieces) over 1 MB, in time linear in the length."""
    assert_linear(_find, chunk)
