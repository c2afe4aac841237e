"""The layout component: zone spans and sentence starts on the tokens."""
import pytest

import extractor
from extractor.pipeline.extensions import doc_text
from extractor.text.segment import sentence_spans

ARTICLE = """Tỉnh ủy tổ chức hội nghị sơ kết

Thứ Tư, 10/07/2024, 08:11

Sáng ngày 9/7/2024, Tỉnh ủy tổ chức hội nghị.  Đồng chí A phát biểu... Hội nghị kết thúc lúc 11.30.

Đồng chí Nguyễn Văn A phát biểu tại hội nghị

  Tỷ lệ đạt 97,5%. Kế hoạch năm 2025 là 1.500 tỷ đồng?! Đúng vậy.
T.H
Tin liên quan
Hội nghị Ban Chấp hành (12/06/2024)"""


@pytest.fixture(scope="module")
def doc():
    ex = extractor.Extractor()
    return ex.nlp.get_pipe("extractor_layout")(ex._prepare(ARTICLE))


def test_zone_spans_cover_their_lines(doc):
    """Regression: zone spans found by one search over token starts, as doc.char_span finds them."""
    lines = doc._.zones
    assert [(s.start_char, s.end_char, s.label_) for s in doc.spans["zones"]] == \
        [(x.start, x.end, x.zone) for x in lines]
    expand = [doc.char_span(x.start, x.end, alignment_mode="expand") for x in lines]
    assert [(s.start, s.end) for s in expand] == [(s.start, s.end) for s in doc.spans["zones"]]
    assert list(doc.spans["paragraphs"]) == list(doc.spans["zones"])
    assert [x.zone for x in lines] == ["headline", "dateline", "body", "caption", "body", "byline",
                                       "boilerplate", "related"]


def test_sentence_starts(doc):
    text = doc_text(doc)
    assert [s.text for s in doc.sents] == [
        "Tỉnh ủy tổ chức hội nghị sơ kết\n\n", "Thứ Tư, 10/07/2024, 08:11\n\n",
        "Sáng ngày 9/7/2024, Tỉnh ủy tổ chức hội nghị.  ", "Đồng chí A phát biểu...",
        "Hội nghị kết thúc lúc 11.30.\n\n", "Đồng chí Nguyễn Văn A phát biểu tại hội nghị\n\n  ",
        "Tỷ lệ đạt 97,5%.", "Kế hoạch năm 2025 là 1.500 tỷ đồng?!", "Đúng vậy.\n",
        "T.H\n", "Tin liên quan\n", "Hội nghị Ban Chấp hành (12/06/2024)"]
    heads = [s for x in doc._.zones
             for s, _ in (sentence_spans(text, x.start, x.end) if x.zone == "body" else [(x.start, x.end)])]
    assert [s.start for s in doc.sents][1:] == [doc.char_span(h, h + 1, alignment_mode="expand").start
                                                 for h in heads][1:]


def test_empty_text_has_no_zones():
    ex = extractor.Extractor()
    doc = ex.nlp.get_pipe("extractor_layout")(ex._prepare(""))
    assert list(doc.spans["zones"]) == [] and doc._.zones == []
