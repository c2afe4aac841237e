"""The two shapes of a document on its way in: raw (as stored) and decoded (ready to extract).

Readers yield :class:`RawDoc` cheaply (bytes or a parsed JSON object); turning
it into an :class:`InputDoc` (decoding, HTML extraction) is :func:`materialize`,
which a batch run does inside its worker processes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union


@dataclass
class InputDoc:
    """One document to extract, or (``error`` set) one that could not be read."""

    id: str
    text: Optional[str] = None
    published: Optional[str] = None
    title: Optional[str] = None
    source: Optional[str] = None
    error: Optional[str] = None
    extra: dict = field(default_factory=dict)
    #: What the reader converted or guessed (``W0xx: …`` strings), copied into the record.
    warnings: list[str] = field(default_factory=list)

    def as_input(self) -> dict:
        """The dict :meth:`extractor.Extractor.__call__` takes."""
        return {"id": self.id, "text": self.text, "published": self.published,
                "title": self.title, "source": self.source}


@dataclass
class RawDoc:
    """A document as read from its container, before decoding.

    ``kind`` is ``text`` (bytes of a plain-text file), ``html`` (bytes of a page),
    ``ready`` (``payload`` is an :class:`InputDoc`, e.g. from JSONL) or ``error``.
    """

    id: str
    kind: str
    source: Optional[str] = None
    payload: Union[bytes, InputDoc, None] = None
    charset: Optional[str] = None
    fallback_published: Optional[str] = None
    url: Optional[str] = None
    error: Optional[str] = None


def error_doc(ident: str, source: Optional[str], reason: str) -> RawDoc:
    """A raw document that stands for something that could not be read."""
    return RawDoc(id=ident, kind="error", source=source, error=reason)


def to_raw(doc) -> RawDoc:
    """Wrap what a caller hands over (a str, a dict with ``text``, an :class:`InputDoc` or a :class:`RawDoc`)."""
    if isinstance(doc, RawDoc):
        return doc
    if isinstance(doc, str):
        doc = {"text": doc}
    if isinstance(doc, dict):
        doc = InputDoc(id=str(doc.get("id") or ""), text=doc.get("text"), published=doc.get("published"),
                       title=doc.get("title"), source=doc.get("source"))
    return RawDoc(id=doc.id, kind="ready", source=doc.source, payload=doc)
