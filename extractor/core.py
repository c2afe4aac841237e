"""The loaded pipeline applied to one document at a time: what every runner builds on.

:class:`extractor.Extractor` (in :mod:`extractor.api`) adds worker processes on top;
the batch workers use this class directly, so the batch layer never imports the API.
"""
from __future__ import annotations

import hashlib
from typing import Iterable, Iterator, Optional, Union

from . import errors
from .dates.anchor import parse_published
from .record import Record
from .text.normalize import clean_text

#: Longer texts are cut (with a warning) so that one document cannot stall a batch.
MAX_CHARS = 1_000_000


DocLike = Union[str, dict]


def _derive_id(text: str) -> str:
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class Extractor:
    """A loaded pipeline, reusable over many documents.

    Example:
        >>> ex = Extractor()
        >>> rec = ex("Sáng ngày 12/6/2023, 97% chi bộ hoàn thành tốt nhiệm vụ.")
        >>> rec.dates[0].value
        '2023-06-12'
    """

    def __init__(self, model: Optional[str] = None, *, max_chars: int = MAX_CHARS):
        """Load the pipeline once.

        Args:
            model: a model directory; default the one installed with the package.
            max_chars: texts longer than this are cut, with a warning in the record.
        """
        from .nlp import load

        self.nlp = load(model)
        # spaCy refuses texts over its own max_length (1M); our components have no such limit.
        self.nlp.max_length = max(self.nlp.max_length, max_chars + 1)
        self.model = model
        self.max_chars = max_chars

    def _prepare(self, doc: DocLike, id=None, published=None, source=None, title=None):
        if isinstance(doc, str):
            doc = {"text": doc}
        if not isinstance(doc, dict):
            raise errors.InputError(f"a document is a string or a dict with 'text', not {type(doc).__name__}")
        raw = doc.get("text")
        if raw is None:
            raw = ""
        if not isinstance(raw, str):
            raise errors.InputError(f"'text' must be a string, not {type(raw).__name__}")
        warnings: list[str] = []
        text, notes = clean_text(raw)
        if "nfc" in notes:
            warnings.append(errors.w_not_nfc())
        for note in notes:
            if note.startswith("control:"):
                warnings.append(errors.w_control_chars(int(note.split(":")[1])))
            elif note.startswith("surrogate:"):
                warnings.append(errors.w_lone_surrogates(int(note.split(":")[1])))
        if len(text) > self.max_chars:
            warnings.append(errors.w_truncated(self.max_chars))
            text = text[: self.max_chars]
        if not text.strip():
            warnings.append(errors.w_empty_text())
        pub = published if published is not None else doc.get("published")
        parsed = parse_published(pub) if pub not in (None, "") else None
        if pub not in (None, "") and parsed is None:
            warnings.append(errors.w_bad_published(pub))
        meta = {
            "id": str(id if id is not None else doc.get("id") or _derive_id(text)),
            "source": source if source is not None else doc.get("source"),
            "title": title if title is not None else doc.get("title"),
            "published": parsed[1] if parsed else None,
            "warnings": warnings,
        }
        sdoc = self.nlp.make_doc(text)
        sdoc._.meta = meta
        sdoc._.published = parsed[0] if parsed else None
        return sdoc

    def __call__(self, doc: DocLike, *, id=None, published=None, source=None, title=None) -> Record:
        """Extract the record of one document (a string, or a dict with ``text``)."""
        sdoc = self._prepare(doc, id=id, published=published, source=source, title=title)
        return self.nlp(sdoc)._.record

    def pipe(self, docs: Iterable[DocLike], *, batch_size: int = 32) -> Iterator[Record]:
        """Stream records for many documents, in input order, in this process."""
        prepared = (self._prepare(d) for d in docs)
        for sdoc in self.nlp.pipe(prepared, batch_size=batch_size):
            yield sdoc._.record
