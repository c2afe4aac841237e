"""Component ``extractor_officials``: ``doc._.officials``, ``doc.spans["officials"]`` and ``["titles"]``.

``doc._.officials`` is a list of :class:`extractor.record.Official`; the span
groups hold every name mention and every title phrase. Runs after
``extractor_organizations`` and may read ``doc._.organizations``.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..pipeline.component import DataComponent


class OfficialComponent(DataComponent):
    """Finds people named with a position, and every position they hold."""

    data_names: tuple[str, ...] = ()

    def __call__(self, doc: Doc) -> Doc:
        doc._.officials = []
        doc.spans["officials"] = []
        doc.spans["titles"] = []
        return doc


@Language.factory("extractor_officials", default_config={})
def make_officials(nlp: Language, name: str):
    """spaCy factory of :class:`OfficialComponent`."""
    return OfficialComponent(name)
