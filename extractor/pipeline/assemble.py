"""Record assembly: from a processed Doc to a :class:`~extractor.record.Record`."""
from __future__ import annotations

from spacy.tokens import Doc

from ..record import Date, Percentage, Record
from .extensions import doc_text, zone_finder


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
    for span in doc.spans.get("dates", []):
        m = span._.date
        rec.dates.append(Date(
            text=text[m.start:m.end], start=m.start, end=m.end, kind=m.kind, value=m.value,
            start_date=m.start_date, end_date=m.end_date, part_of_day=m.part_of_day,
            year_inferred=m.year_inferred, zone=zone_at(m.start),
        ))
    for span in doc.spans.get("percentages", []):
        m = span._.percentage
        rec.percentages.append(Percentage(
            text=text[m.start:m.end], start=m.start, end=m.end, value=m.value,
            subject=m.subject, implied=m.implied, zone=zone_at(m.start),
        ))
    # Resolutions, targets, officials and organizations are built as record items
    # by their components; assembly only collects them.
    rec.resolutions = [span._.resolution for span in doc.spans.get("resolutions", [])]
    rec.targets = [span._.target for span in doc.spans.get("targets", [])]
    rec.officials = list(doc._.officials or [])
    rec.organizations = list(doc._.organizations or [])
    return rec


# Registered here, not in extensions.py: assembly reads the extensions, so the
# getter lives with it and the dependency runs one way (components import this
# module to have ``doc._.record`` wherever one of them is in a pipeline).
if not Doc.has_extension("record"):
    Doc.set_extension("record", getter=assemble)
