"""Component ``extractor_layout``: zones, paragraphs and sentences."""
from __future__ import annotations

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..text.segment import sentence_spans
from .zones import classify_lines
from . import assemble  # noqa: F401 - registers doc._.record
from .extensions import doc_text


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
        if not len(doc):
            doc.spans["zones"] = doc.spans["paragraphs"] = []
            return doc
        # Tokens tile the text (each holds its characters and trailing space, none is
        # empty), so the token holding character c is the last one starting at or
        # before c: what doc.char_span(..., alignment_mode="expand") finds, for all
        # offsets in one search.
        idx = doc.to_array(IDX).astype("int64")
        bounds = numpy.array([(line.start, line.end - 1) for line in lines], dtype="int64").reshape(-1, 2)
        first, last = (numpy.searchsorted(idx, bounds, side="right") - 1).T.tolist() if lines else ([], [])
        zones = [Span(doc, i, j + 1, label=line.zone) for i, j, line in zip(first, last, lines)]
        doc.spans["zones"] = zones
        doc.spans["paragraphs"] = zones
        if self.sentences:
            # One array write: setting Token.is_sent_start token by token costs
            # a full annotation scan per token.
            heads = [0]
            for line in lines:
                if line.zone == "body":
                    heads.extend(s for s, _ in sentence_spans(text, line.start, line.end))
                else:
                    heads.append(line.start)
            starts = numpy.full((len(doc), 1), -1, dtype="int64")
            starts[numpy.searchsorted(idx, heads, side="right") - 1, 0] = 1
            doc.from_array([SENT_START], starts.astype("uint64"))
        return doc


@Language.factory("extractor_layout", default_config={"sentences": True})
def make_layout(nlp: Language, name: str, sentences: bool):
    """spaCy factory of :class:`Layout`."""
    return Layout(nlp, name, sentences)
