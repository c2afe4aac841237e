"""Component ``extractor_targets``: writes ``doc.spans["targets"]`` with ``span._.target``.

Runs after the percentage and resolution components and may read their spans.
Each span's ``_.target`` is a :class:`extractor.record.Target` with exact offsets.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..pipeline.component import DataComponent


class TargetComponent(DataComponent):
    """Finds goals, quotas and plans, and how far they were reached."""

    data_names: tuple[str, ...] = ()

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["targets"] = []
        return doc


@Language.factory("extractor_targets", default_config={})
def make_targets(nlp: Language, name: str):
    """spaCy factory of :class:`TargetComponent`."""
    return TargetComponent(name)
