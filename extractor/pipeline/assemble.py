"""Record assembly: from a processed Doc to a :class:`~extractor.record.Record`."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span
from spacy.tokens.underscore import Underscore
from spacy.vocab import Vocab

from ..record import Date, Percentage, Record
from .extensions import doc_text, zone_finder


@lru_cache(maxsize=None)
def _keyed_by_offsets(attr: str) -> bool:
    """Whether spaCy keeps ``span._.<attr>`` in ``doc.user_data`` under
    ``("._.", attr, start_char, end_char)`` (checked once, on a scratch Doc)."""
    doc = Doc(Vocab(), words=["a", "b"])
    marker = object()
    setattr(doc[1:2]._, attr, marker)
    return doc.user_data.get(("._.", attr, 2, 3)) is marker and getattr(doc[1:2]._, attr) is marker


def span_items(doc: Doc, group: str, attr: str) -> list:
    """``span._.<attr>`` of every span of ``doc.spans[group]``, in order.

    Read straight from ``doc.user_data`` where spaCy keeps it: an Underscore object
    per span cost more than the rest of the assembly. Falls back to ``span._``
    when the extension has a getter, setter or method, a mutable default, or spaCy
    keys its values otherwise.
    """
    spans = doc.spans.get(group, [])
    default, method, getter, setter = Span.get_extension(attr)
    if method is not None or getter is not None or setter is not None \
            or isinstance(default, Underscore.mutable_types) or not _keyed_by_offsets(attr):
        return [getattr(span._, attr) for span in spans]
    data = doc.user_data
    return [data.get(("._.", attr, span.start_char, span.end_char), default) for span in spans]


def assemble(doc: Doc) -> Record:
    """Build the record of a Doc that went through the pipeline."""
    meta = doc._.meta or {}
    text = doc_text(doc)
    rec = Record(
        id=str(meta.get("id") or ""),
        text=text,
        source=meta.get("source"),
        title=meta.get("title"),
        published=meta.get("published"),
        warnings=list(meta.get("warnings") or []) + list(doc._.warnings or []),
    )
    if rec.title is None:
        headline = next((z for z in doc._.zones or () if z.zone == "headline"), None)
        if headline is not None:
            rec.title = text[headline.start:headline.end]
    zone_at = zone_finder(doc)
    for m in span_items(doc, "dates", "date"):
        rec.dates.append(Date(
            text=text[m.start:m.end], start=m.start, end=m.end, kind=m.kind, value=m.value,
            start_date=m.start_date, end_date=m.end_date, part_of_day=m.part_of_day,
            year_inferred=m.year_inferred, zone=zone_at(m.start),
        ))
    for m in span_items(doc, "percentages", "percentage"):
        rec.percentages.append(Percentage(
            text=text[m.start:m.end], start=m.start, end=m.end, value=m.value,
            subject=m.subject, implied=m.implied, zone=zone_at(m.start),
        ))
    # Resolutions, targets, officials and organizations are built as record items
    # by their components; assembly only collects them.
    rec.resolutions = span_items(doc, "resolutions", "resolution")
    rec.targets = span_items(doc, "targets", "target")
    rec.officials = list(doc._.officials or [])
    rec.organizations = list(doc._.organizations or [])
    return rec


# Registered here, not in extensions.py: assembly reads the extensions, so the
# getter lives with it and the dependency runs one way (components import this
# module to have ``doc._.record`` wherever one of them is in a pipeline).
if not Doc.has_extension("record"):
    Doc.set_extension("record", getter=assemble)
