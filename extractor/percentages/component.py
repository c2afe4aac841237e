"""Component ``extractor_percentages``: writes ``doc.spans["percentages"]`` with ``span._.percentage``."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..pipeline.component import DataComponent
from ..pipeline.extensions import doc_text, item_span
from .finder import find_percentages
from .subject import find_subject


class PercentageComponent(DataComponent):
    """Finds percentages and cuts what each one measures from its clause."""

    data_names = ("numbers",)

    def __call__(self, doc: Doc) -> Doc:
        view = doc._.view
        text = doc_text(doc)
        paragraphs = [(line.start, line.end) for line in doc._.zones or ()] or [(0, len(text))]
        spans = []
        for match in find_percentages(view, paragraphs, self.data["numbers"]):
            start = match.group_start if match.group_start is not None else match.start
            match.subject = find_subject(text, view, start, match.end)
            spans.append(item_span(doc, match, "PERCENT", "percentage"))
        doc.spans["percentages"] = spans
        return doc


@Language.factory("extractor_percentages", default_config={})
def make_percentages(nlp: Language, name: str):
    """spaCy factory of :class:`PercentageComponent`."""
    return PercentageComponent(name)
