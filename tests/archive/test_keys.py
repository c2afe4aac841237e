"""Match keys of the archive index."""
import pytest

from extractor.archive.keys import article_date, number_key, person_key, text_key


@pytest.mark.parametrize("a, b", [
    ("Nguyễn Thị Hoà", "Nguyễn Thị Hòa"),          # tone-mark placement
    ("đồng chí Lê Văn Thuỷ", "Lê Văn Thủy"),        # honorific in front, tone marks
    ("Đại tá Phạm Quốc Huy", "phạm  quốc huy"),     # rank, case, spacing
    ("PGS.TS Trần Minh Khoa", "Trần Minh Khoa"),    # degree
])
def test_person_key_merges_variants(a, b):
    assert person_key(a) == person_key(b)


def test_person_key_keeps_a_name_that_is_only_an_honorific_word():
    # "Bà" alone would strip to nothing: a one-word name is kept as written.
    assert person_key("Ông") == "ông"


@pytest.mark.parametrize("number, key", [
    ("35/NQ-TW", "35NQTW"), ("35-NQ/TW", "35NQTW"), ("15/2020/NĐ-CP", "152020NĐCP"), ("số 01 / NQ-HĐND", "SỐ01NQHĐND"),
    (None, ""),
])
def test_number_key_keeps_letters_and_digits(number, key):
    assert number_key(number) == key


def test_text_key_folds_case_tones_and_punctuation():
    assert text_key("Ủy ban nhân dân tỉnh – Hoà Bình,") == text_key("uỷ ban nhân dân tỉnh hòa bình") \
        == "ủy ban nhân dân tỉnh hòa bình"


@pytest.mark.parametrize("record, day", [
    ({"published": "2024-03-05T08:00", "dates": []}, "2024-03-05"),
    ({"published": None, "dates": [
        {"kind": "year", "start_date": "2023-01-01", "zone": "body"},
        {"kind": "date", "start_date": "2024-02-01", "zone": "body"},
        {"kind": "datetime", "start_date": "2024-02-09", "zone": "dateline"}]}, "2024-02-09"),
    ({"published": None, "dates": [{"kind": "year", "start_date": "2023-01-01"},
                                   {"kind": "date", "start_date": "2024-02-01"}]}, "2024-02-01"),
    ({"published": "không rõ", "dates": [{"kind": "year", "start_date": "2023-01-01"}]}, None),
])
def test_article_date_prefers_published_then_dateline_then_first_full_date(record, day):
    assert article_date(record) == day
