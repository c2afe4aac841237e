"""Component ``extractor_organizations``: ``doc._.organizations`` and ``doc.spans["organizations"]``.

``doc._.organizations`` is a list of :class:`extractor.record.Organization`;
the span group holds every mention (full or abbreviated).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..pipeline.component import DataComponent


class OrganizationComponent(DataComponent):
    """Pairs full organisation names with their abbreviations."""

    data_names: tuple[str, ...] = ()

    def __call__(self, doc: Doc) -> Doc:
        doc._.organizations = []
        doc.spans["organizations"] = []
        return doc


@Language.factory("extractor_organizations", default_config={})
def make_organizations(nlp: Language, name: str):
    """spaCy factory of :class:`OrganizationComponent`."""
    return OrganizationComponent(name)
