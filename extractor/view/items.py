"""The highlights of a record: every item that carries a span, with its hover text."""
from __future__ import annotations

from dataclasses import dataclass

from ..archive.documents import document_key
from ..archive.keys import position_key, text_key
from ..record import Record
from . import describe


def _index_of(name: str, item, owner=None) -> str:
    if name == "resolutions":
        return "documents:" + document_key({k: getattr(item, k, None) for k in
                                             ("doc_type", "number", "issuer", "congress", "term", "subject", "text")})
    if name == "titles":
        return "positions:" + position_key(owner.name, item.role or item.title, item.organization)
    if name == "targets" and item.metric:
        return "targets:" + text_key(item.metric)
    return ""


@dataclass(frozen=True)
class Highlight:
    """One span to mark in the article.

    Attributes:
        field: ``dates``, ``percentages``, ``targets``, ``resolutions``,
            ``officials`` (a mention of the name), ``titles`` (a position of an
            official) or ``organizations`` (a mention).
        key: unique within the record, e.g. ``dates-0``, ``titles-1.0``.
        start, end: character offsets into ``record.text``.
        tip: the hover text (normalised value), one fact per line.
        index: where the item's row is in the archive index
            (``documents:<key>``, ``positions:<key>``, ``targets:<metric_key>``;
            see :meth:`extractor.archive.Index.lookup`), or empty.
    """

    field: str
    key: str
    start: int
    end: int
    tip: str
    index: str = ""


def _collect(record: Record):
    simple = (("dates", describe.date), ("percentages", describe.percentage),
              ("targets", describe.target), ("resolutions", describe.resolution))
    for name, how in simple:
        for n, item in enumerate(getattr(record, name)):
            yield name, f"{name}-{n}", item, how(item), _index_of(name, item)
    for n, off in enumerate(record.officials):
        tip = describe.official(off)
        for m, mention in enumerate(off.mentions):
            yield "officials", f"officials-{n}.{m}", mention, tip, ""
        for m, pos in enumerate(off.titles):
            yield "titles", f"titles-{n}.{m}", pos, describe.title(pos, off), _index_of("titles", pos, off)
    for n, org in enumerate(record.organizations):
        tip = describe.organization(org)
        for m, mention in enumerate(org.mentions):
            yield "organizations", f"organizations-{n}.{m}", mention, tip, ""


def highlights(record: Record) -> list[Highlight]:
    """Every span item of the record that fits its text, in field order.

    Items whose offsets fall outside ``record.text`` (a record written with
    ``--no-text``, a hand-edited file) or are empty cannot be marked and are left out.
    """
    size = len(record.text or "")
    return [
        Highlight(name, key, item.start, item.end, "\n".join(lines), index)
        for name, key, item, lines, index in _collect(record)
        if isinstance(item.start, int) and isinstance(item.end, int) and 0 <= item.start < item.end <= size
    ]
