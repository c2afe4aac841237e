"""Record assembly reads the span items where spaCy keeps them."""
import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

import extractor
from extractor.pipeline.assemble import span_items

TEXT = ("Sáng ngày 12/6/2023, Ủy ban nhân dân (UBND) tỉnh họp. Tỷ lệ hộ nghèo giảm còn 2,5%, "
        "phấn đấu đến năm 2025 đạt 100% kế hoạch theo Nghị quyết số 15-NQ/TU.")


@pytest.fixture(scope="module")
def doc():
    ex = extractor.Extractor()
    return ex.nlp(ex._prepare(TEXT))


@pytest.mark.parametrize("group, attr", [("dates", "date"), ("percentages", "percentage"),
                                         ("resolutions", "resolution"), ("targets", "target")])
def test_span_items_are_the_span_extensions(doc, group, attr):
    assert len(doc.spans[group]) > 0
    assert span_items(doc, group, attr) == [getattr(s._, attr) for s in doc.spans[group]]
    assert all(a is getattr(s._, attr) for a, s in zip(span_items(doc, group, attr), doc.spans[group]))


def test_span_items_of_spans_with_the_same_offsets_and_of_a_missing_group():
    doc = Doc(Vocab(), words=["đạt", "97", "%"])
    first, again = doc[1:3], doc[1:3]
    first._.percentage = "p"
    doc.spans["percentages"] = [first, doc[0:1], again]
    assert span_items(doc, "percentages", "percentage") == ["p", None, "p"]
    assert span_items(doc, "dates", "date") == []


def test_an_extension_with_a_getter_is_read_through_it():
    Span.set_extension("extractor_test_getter", getter=lambda span: span.text.upper())
    try:
        doc = Doc(Vocab(), words=["tỉnh", "ủy"])
        doc.spans["g"] = [doc[0:1], doc[1:2]]
        assert span_items(doc, "g", "extractor_test_getter") == ["TỈNH", "ỦY"]
    finally:
        Span.remove_extension("extractor_test_getter")
