"""The date patterns of real-article forms stay linear on adversarial text."""
import datetime as dt

import pytest
from timing import assert_linear

from extractor.dates import find_dates
from extractor.text.normalize import matching_view


def _find(text):
    find_dates(matching_view(text), dt.date(2023, 7, 1))
    find_dates(matching_view(text), None)  # the year inference without an article date


@pytest.mark.parametrize("chunk", [
    '"a" 2019 ', 'năm "a b ', "Tết Ất ", "tết a ", "ngay 1", "nam ", "16.7 ", "và 21 - ", "sáng nay 9/7 ",
    "từ ngày 1 tháng ", "ngày 1 và 2 - 6 ", "nhiệm kỳ 2021 - 2016 ", "giá SS ", "sáng 28-6 ", "ngày 1, ", "ngày 20, 21 - ", "năm Giáp Thìn ", "năm Giáp ", "đến 2030 ", "tầm nhìn ",
])
def test_real_forms_are_linear(chunk):
    assert_linear(_find, chunk, small=20_000, big=400_000, floor=4.0, slack=3.0)
