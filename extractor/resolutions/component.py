"""Component ``extractor_resolutions``: writes ``doc.spans["resolutions"]`` with ``span._.resolution``.

Each span's ``_.resolution`` is a :class:`extractor.record.Resolution` with exact offsets.
Dates inside references (``ngày 22/10/2018``, ``năm 2024``, ``nhiệm kỳ 2020 – 2025``)
are the date component's items, read from ``doc.spans["dates"]``.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

from .. import errors
from ..pipeline.component import DataComponent
from ..pipeline.extensions import add_warning, doc_text, item_span
from .finder import find_references
from .patterns import lexicon

# A sub-heading is a short line; a photo caption names a person and what they do.
_SUBHEADING_WORDS = 8


class ResolutionComponent(DataComponent):
    """Finds references to resolutions, directives, laws and other official documents."""

    data_names = ("documents", "dates")

    def compile(self):
        return lexicon(self.data["documents"], self.data["dates"])

    def __call__(self, doc: Doc) -> Doc:
        lex = self.compiled
        dates = date_items(doc)
        zones = _zone_lookup(doc._.zones or (), doc._.view)
        items, unlinked = find_references(doc_text(doc), doc._.view, lex, dates, zones)
        spans = [item_span(doc, item, item.doc_type, "resolution") for item in items]
        for text in unlinked:
            add_warning(doc, errors.w_unlinked_congress(text))
        doc.spans["resolutions"] = spans
        return doc


def date_items(doc: Doc) -> dict:
    """The date component's items by start offset (the last one at an offset wins).

    ``span._.date`` builds a spaCy ``Underscore`` per span; the value is stored in
    ``doc.user_data`` under ``("._.", "date", start_char, end_char)``, read directly
    once the first span shows that this is where spaCy keeps it.
    """
    group = doc.spans.get("dates")
    if not group:
        return {}
    data = doc.user_data
    first = group[0]
    if data.get(("._.", "date", first.start_char, first.end_char)) is not first._.date:
        return {date.start: date for date in (span._.date for span in group)}
    return {date.start: date for date in map(data.get, [("._.", "date", s.start_char, s.end_char) for s in group])}


def _zone_lookup(lines, view: str) -> Callable[[int], str]:
    """The zone of a character offset, by bisection over the layout lines.

    A short ``caption`` line is a sub-heading (``Đột phá từ Nghị quyết 57``), whose
    references count; a photo caption describes a person at work in a long line.
    """
    # A text without body lines (one short sentence) is read whole, whatever its line looks like.
    if not any(line.zone == "body" for line in lines):
        return lambda pos: "body"
    starts = [line.start for line in lines]
    # A caption line before any body line is the headline (a dateline above it may have taken that zone).
    first_body = next(n for n, line in enumerate(lines) if line.zone == "body")
    names = [
        "headline" if line.zone == "caption" and n < first_body
        else "subheading" if line.zone == "caption" and len(view[line.start:line.end].split()) <= _SUBHEADING_WORDS
        else line.zone
        for n, line in enumerate(lines)
    ]

    def zone(pos: int) -> str:
        k = bisect_right(starts, pos) - 1
        return names[k] if k >= 0 and pos < lines[k].end else "body"

    return zone


@Language.factory("extractor_resolutions", default_config={})
def make_resolutions(nlp: Language, name: str):
    """spaCy factory of :class:`ResolutionComponent`."""
    return ResolutionComponent(name)
