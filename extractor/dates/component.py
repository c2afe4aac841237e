"""Component ``extractor_dates``: writes ``doc.spans["dates"]`` with ``span._.date``."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import errors
from ..pipeline.component import DataComponent
from ..pipeline.extensions import add_warning, doc_text, item_span
from .anchor import detect_anchor, parse_published
from .finder import find_dates


class DateComponent(DataComponent):
    """Finds date expressions; the article date (``doc._.published`` or the dateline) anchors years."""

    data_names = ("dates",)

    def __call__(self, doc: Doc) -> Doc:
        view = doc._.view
        anchor = None
        if doc._.published is not None:
            parsed = parse_published(doc._.published)
            if parsed is None:
                add_warning(doc, errors.w_bad_published(doc._.published))
            else:
                anchor = parsed[0]
        if anchor is None:
            anchor = detect_anchor(view)
        doc._.anchor = anchor
        found, lost = find_dates(view, anchor, self.data["dates"])
        spans = []
        for match in found:
            spans.append(item_span(doc, match, match.kind, "date"))
        for s, e in lost:
            add_warning(doc, errors.w_unanchored(doc_text(doc)[s:e]))
        doc.spans["dates"] = spans
        return doc


@Language.factory("extractor_dates", default_config={})
def make_dates(nlp: Language, name: str):
    """spaCy factory of :class:`DateComponent`."""
    return DateComponent(name)
