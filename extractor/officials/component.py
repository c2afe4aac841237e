"""Component ``extractor_officials``: ``doc._.officials``, ``doc.spans["officials"]`` and ``["titles"]``.

``doc._.officials`` is a list of :class:`extractor.record.Official`; the span
groups hold every name mention and every title phrase. Runs after
``extractor_organizations`` but does not need its output.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..pipeline.component import DataComponent
from ..pipeline.extensions import char_span, doc_text, item_span
from .finder import find_officials
from .lexicon import build_lexicon

# Zones whose lines name no officials of the article (related-news links, page
# furniture, the author's byline).
_SKIPPED_ZONES = frozenset({"related", "boilerplate", "byline"})


class OfficialComponent(DataComponent):
    """Finds people named with a position, and every position they hold."""

    data_names: tuple[str, ...] = ("titles", "surnames", "places")

    def compile(self):
        return build_lexicon(self.data["titles"], self.data["surnames"], self.data["places"])

    def __call__(self, doc: Doc) -> Doc:
        zones, text = doc._.zones, doc_text(doc)
        lines = ([(z.start, z.end) for z in zones if z.zone not in _SKIPPED_ZONES]
                 if zones else [(0, len(text))])
        officials, wordings = find_officials(text, doc._.view, lines, self.compiled)
        doc._.officials = officials
        names = []
        for off in officials:
            for m in off.mentions:
                span = char_span(doc, m.start, m.end, "PER")
                span._.official = off
                names.append(span)
        doc.spans["officials"] = sorted(names, key=lambda s: (s.start, s.end))
        doc.spans["titles"] = [item_span(doc, t, "TITLE", "title") for t in wordings]
        return doc


@Language.factory("extractor_officials", default_config={})
def make_officials(nlp: Language, name: str):
    """spaCy factory of :class:`OfficialComponent`."""
    return OfficialComponent(name)
