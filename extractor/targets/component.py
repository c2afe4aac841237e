"""Component ``extractor_targets``: writes ``doc.spans["targets"]`` with ``span._.target``.

Runs after the percentage and resolution components and reads their spans:
attainment figures take the value of the percentage item at the same place.
Each span's ``_.target`` is a :class:`extractor.record.Target` with exact offsets.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..pipeline.component import DataComponent
from ..pipeline.extensions import doc_text, item_span
from .finder import find_targets
from .lexicon import lexicon


class TargetComponent(DataComponent):
    """Finds goals, quotas and plans, and how far they were reached."""

    data_names: tuple[str, ...] = ("targets", "numbers")

    def compile(self):
        return lexicon(self.data["targets"], self.data["numbers"])

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        lines = [(z.start, z.end) for z in doc._.zones or () if z.zone != "boilerplate"]
        if not doc._.zones:
            lines = [(0, len(text))]
        percentages = {s._.percentage.start: s._.percentage.value for s in doc.spans.get("percentages", [])}
        spans = []
        for target in find_targets(text, doc._.view, lines, percentages,
                                   self.data["targets"], self.data["numbers"], self.compiled):
            spans.append(item_span(doc, target, "TARGET", "target"))
        doc.spans["targets"] = spans
        return doc


@Language.factory("extractor_targets", default_config={})
def make_targets(nlp: Language, name: str):
    """spaCy factory of :class:`TargetComponent`."""
    return TargetComponent(name)
