"""Component ``extractor_organizations``: ``doc._.organizations`` and ``doc.spans["organizations"]``.

``doc._.organizations`` is a list of :class:`extractor.record.Organization`;
the span group holds every mention (full or abbreviated), labelled ``ORG``.
Runs before ``extractor_officials``, which resolves abbreviations in titles
(``Đảng ủy TKV``) through these mentions.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import errors
from ..pipeline.component import DataComponent
from ..pipeline.extensions import add_warning, char_span, doc_text
from ..record import Organization, Span
from .finder import MAX_ORGANIZATIONS, find_organizations
from .lexicon import compile_lexicon


class OrganizationComponent(DataComponent):
    """Pairs full organisation names with their abbreviations."""

    data_names = ("organizations",)

    def __init__(self, name: str, pair_by_initials: bool = True):
        super().__init__(name)
        self.pair_by_initials = pair_by_initials

    def compile(self):
        return compile_lexicon(self.data["organizations"])

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        matches, dropped = find_organizations(doc._.view, self.compiled, by_initials=self.pair_by_initials)
        if dropped:
            add_warning(doc, errors.w_too_many_organizations(MAX_ORGANIZATIONS))
        orgs, spans = [], []
        for m in matches:
            mentions = [Span(text=text[s:e], start=s, end=e) for s, e in m.mentions]
            orgs.append(Organization(
                name=text[m.name[0]:m.name[1]],
                abbreviation=text[m.abbreviation[0]:m.abbreviation[1]],
                mentions=mentions,
            ))
            spans.extend(char_span(doc, s.start, s.end, "ORG") for s in mentions)
        doc._.organizations = orgs
        doc.spans["organizations"] = sorted(spans, key=lambda s: (s.start_char, s.end_char))
        return doc


@Language.factory("extractor_organizations", default_config={"pair_by_initials": True})
def make_organizations(nlp: Language, name: str, pair_by_initials: bool):
    """spaCy factory of :class:`OrganizationComponent`.

    Args:
        pair_by_initials: also pair names with abbreviations written apart that
            spell their initials (see :func:`~extractor.organizations.find_organizations`).
    """
    return OrganizationComponent(name, pair_by_initials)
