"""The mirror of underthesea's sentence splitter gives underthesea's sentences."""
from importlib import import_module

import pytest
from hypothesis import given, strategies as st
from underthesea import sent_tokenize

from extractor.text import punkt


def test_the_installed_splitter_is_the_mirrored_one():
    """If this fails, underthesea changed: check punkt.split against it and update the hash."""
    assert punkt.source_hash(import_module("underthesea.pipeline.sent_tokenize")) == punkt.MIRRORED_SOURCE
    assert punkt.splitter() is not sent_tokenize


@pytest.mark.parametrize("text, sentences", [
    ("Hội nghị khai mạc. Đồng chí A phát biểu.", ["Hội nghị khai mạc.", "Đồng chí A phát biểu."]),
    ("Doanh thu đạt 1.500.000 đồng. Tăng 5%.", ["Doanh thu đạt 1.500.000 đồng.", "Tăng 5%."]),
    ("Tại TP. Hải Phòng, ThS. Trần B dự.", ["Tại TP. Hải Phòng, ThS. Trần B dự."]),
    ("Vì sao?! Vì kế hoạch... Chưa xong... còn tiếp", ["Vì sao?!", "Vì kế hoạch...", "Chưa xong... còn tiếp"]),
    ("Chưa đạt..", ["Chưa đạt.."]),
    ("  \n ", []),
    ("Không có dấu chấm", ["Không có dấu chấm"]),
])
def test_split(text, sentences):
    assert punkt.splitter()(text) == sentences == sent_tokenize(text)


_PIECES = ["Hội", " nghị", " a", "A", "1", ".", "...", "?", "!", " ", "\n", "\t", "TP", "tp", "ths", "g.m.t",
           "000", "…", "\u00a0", "Đ", "đ"]


@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_same_sentences_as_underthesea(text):
    assert punkt.splitter()(text) == sent_tokenize(text)


def test_other_splitter_code_is_called_as_it_is(monkeypatch):
    monkeypatch.setattr(punkt, "MIRRORED_SOURCE", "0" * 64)
    punkt.splitter.cache_clear()
    try:
        assert punkt.splitter() is sent_tokenize
    finally:
        punkt.splitter.cache_clear()
