"""Raw documents → readable ones: bytes decoded, HTML turned into main text and metadata.

Apart from :mod:`.docs` (the plain records of a document) so that the decoders,
which build those records, and this dispatcher over them import one way.
"""
from __future__ import annotations

from .docs import InputDoc, RawDoc
from .encodings import decode_bytes
from .html import html_to_doc


def materialize(raw: RawDoc) -> InputDoc:
    """Decode a raw document (bytes → text, HTML → main text and metadata); never raises for bad bytes."""
    if raw.kind == "ready":
        return raw.payload
    if raw.kind == "error":
        return InputDoc(id=raw.id, source=raw.source, error=raw.error)
    if raw.kind == "html":
        return html_to_doc(raw)
    decoded = decode_bytes(raw.payload, raw.charset)
    if decoded.text is None:
        return InputDoc(id=raw.id, source=raw.source, error=decoded.warnings[0])
    return InputDoc(id=raw.id, text=decoded.text, source=raw.source, warnings=decoded.warnings)
