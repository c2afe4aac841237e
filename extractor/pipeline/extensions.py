"""Custom attributes on spaCy objects (``doc._.…``, ``span._.…``), registered once."""
from __future__ import annotations

from bisect import bisect_right
from typing import Callable

from spacy.tokens import Doc, Span

from ..text.normalize import matching_view


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc.

    spaCy rebuilds ``doc.text`` from every token on each access, so reading it in
    a loop turns a linear pass quadratic (a 150 KB paragraph took 18 s); every
    component reads the text through this function instead.
    """
    cached = doc.user_data.get("extractor.text")
    if cached is None:
        cached = doc.user_data["extractor.text"] = doc.text
    return cached


def _view(doc: Doc) -> str:
    cached = doc.user_data.get("extractor.view")
    if cached is None:
        cached = doc.user_data["extractor.view"] = matching_view(doc_text(doc))
    return cached


def register() -> None:
    """Register the extension attributes (idempotent)."""
    doc_attrs = {
        "published": {"default": None},   # caller's article date (string, date or None)
        "meta": {"default": None},        # {"id", "source", "title"} from the reader
        "anchor": {"default": None},      # datetime.date used for year-less dates
        "warnings": {"default": None},    # list of warning strings, see errors.py
        "zones": {"default": None},       # list of pipeline.zones.Line
        "officials": {"default": None},   # list of record.Official
        "organizations": {"default": None},  # list of record.Organization
    }
    for name, kw in doc_attrs.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, **kw)
    if not Doc.has_extension("view"):
        Doc.set_extension("view", getter=_view)
    for name in ("date", "percentage", "resolution", "target", "title", "official"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def add_warning(doc: Doc, message: str) -> None:
    """Attach a warning to the document's record."""
    if doc._.warnings is None:
        doc._.warnings = []
    doc._.warnings.append(message)


def zone_at(doc: Doc, pos: int) -> str:
    """The layout zone of the line holding character ``pos``."""
    return zone_finder(doc)(pos)


def zone_finder(doc: Doc) -> Callable[[int], str]:
    """``zone_at`` for many offsets of one Doc: the zones are read once, and
    looked up by bisection when they are in text order (as layout writes them)."""
    lines = list(doc._.zones or ())
    starts = [line.start for line in lines]
    ordered = all(a.end <= b.start for a, b in zip(lines, lines[1:]))

    def zone(pos: int) -> str:
        if ordered:
            i = bisect_right(starts, pos) - 1
            return lines[i].zone if i >= 0 and pos < lines[i].end else "body"
        for line in lines:
            if line.start <= pos < line.end:
                return line.zone
        return "body"

    return zone


def item_span(doc: Doc, item, label: str, attr: str) -> Span:
    """The span of a field item (anything with ``start``/``end``), with ``span._.<attr>`` set to it."""
    span = char_span(doc, item.start, item.end, label)
    setattr(span._, attr, item)
    return span


def char_span(doc: Doc, start: int, end: int, label: str) -> Span:
    """A token-aligned span covering ``[start, end)`` (items keep their exact offsets)."""
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None:  # only whitespace inside; cannot happen for real items
        span = doc[0:0]
    return span


register()
