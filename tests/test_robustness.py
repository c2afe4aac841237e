"""Hostile input through the public API: no exception, every span is ``text[start:end]``, linear time."""
import json
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import check_record
from extractor import errors
from timing import assert_linear

TRIGGERS = ["ngày ", "Nghị quyết số ", "Ủy viên Ban Thường vụ, ", "đạt 100% kế hoạch, "]
SENTENCE = ("Sáng ngày 12/6/2023, Đảng ủy Công ty Than Hà Lầm (HLC) tổ chức hội nghị sơ kết; đồng chí "
            "Nguyễn Văn An, Phó Bí thư Đảng ủy phát biểu. Doanh thu đạt 1.234 tỷ đồng, bằng 103,2% kế hoạch "
            "năm, theo Nghị quyết số 12-NQ/ĐU ngày 5/1/2023. Phấn đấu năm 2024 có 95% chi bộ hoàn thành tốt nhiệm vụ.\n")
PIECES = TRIGGERS + ["\x00", "\ud800", "\udfff", "\u0300", "\u0301", "\n", "12/6/2023", "97%", "(", ")", " "]


def _utf8_row(ex, text):
    """The record is valid, and its row can be written to a UTF-8 file."""
    data = check_record(ex(text))
    json.dumps(data, ensure_ascii=False).encode("utf-8")
    return data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=200)
       | st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=60).map("".join)
       | st.text(max_size=120).map(lambda t: unicodedata.normalize("NFD", SENTENCE + t)))
def test_any_unicode_with_nul_surrogates_and_nfd_gives_a_valid_record(ex, text):
    _utf8_row(ex, text)


def test_lone_surrogates_are_replaced_with_a_warning(ex):
    data = _utf8_row(ex, "Ngày 12/6/2023\ud800 đạt 97%")
    assert data["text"] == "Ngày 12/6/2023\ufffd đạt 97%"
    assert data["warnings"] == [errors.w_lone_surrogates(1)]
    assert [d["value"] for d in data["dates"]] == ["2023-06-12"]


@pytest.mark.parametrize("word", TRIGGERS)
def test_ten_thousand_repetitions_of_a_trigger(ex, word):
    _utf8_row(ex, word * 10_000)


@pytest.mark.parametrize("chunk", ["a", "ngày12/6/2023đạt97%kếhoạch,", "Nghịquyếtsố1/NQ-TW,"])
def test_a_1mb_line_without_spaces(ex, chunk):
    text = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
    assert _utf8_row(ex, text)["text"] == text


@pytest.mark.parametrize("chunk", [SENTENCE, TRIGGERS[3], TRIGGERS[2], "ngày12/6/2023đạt97%,"])
def test_four_times_the_text_takes_at_most_six_times_as_long(ex, chunk):
    assert_linear(ex, chunk, small=25_000, big=100_000, floor=8.0, slack=1.5)


def test_max_chars_above_spacy_max_length_is_honoured():
    """Extractor(max_chars=2M) raised spaCy's E088 on a 1.2 MB text."""
    import extractor
    from conftest import MODEL

    big = extractor.Extractor(model=str(MODEL), max_chars=2_000_000)
    text = "a " * 600_000 + "ngày 12/6/2023"
    rec = big(text)
    assert rec.text == text and rec.warnings == [] and rec.dates[0].start == 1_200_000
