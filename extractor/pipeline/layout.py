"""Component ``extractor_layout``: zones, paragraphs and sentences."""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..text.segment import sentence_spans
from .zones import classify_lines
from . import assemble  # noqa: F401 - registers doc._.record
from .extensions import char_span, doc_text


class Layout:
    """Writes ``doc.spans["zones"]`` (labelled lines), ``doc.spans["paragraphs"]``
    and sentence starts (underthesea, paragraph by paragraph)."""

    def __init__(self, nlp: Language, name: str, sentences: bool = True):
        self.name = name
        self.sentences = sentences

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        lines = classify_lines(text, doc._.view)
        doc._.zones = lines
        zones, paras = [], []
        for line in lines:
            span = char_span(doc, line.start, line.end, line.zone)
            zones.append(span)
            paras.append(span)
        doc.spans["zones"] = zones
        doc.spans["paragraphs"] = paras
        if self.sentences and len(doc):
            # One array write: setting Token.is_sent_start token by token costs
            # a full annotation scan per token.
            starts = numpy.full((len(doc), 1), -1, dtype="int64")
            starts[0, 0] = 1
            for line in lines:
                spans = sentence_spans(text, line.start, line.end) if line.zone == "body" else [(line.start, line.end)]
                for s, _ in spans:
                    span = doc.char_span(s, s + 1, alignment_mode="expand")
                    if span is not None and len(span):
                        starts[span.start, 0] = 1
            doc.from_array([SENT_START], starts.astype("uint64"))
        return doc


@Language.factory("extractor_layout", default_config={"sentences": True})
def make_layout(nlp: Language, name: str, sentences: bool):
    """spaCy factory of :class:`Layout`."""
    return Layout(nlp, name, sentences)
