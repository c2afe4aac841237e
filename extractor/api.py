"""The Python API: :func:`extract` for one text, :class:`Extractor` for many."""
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
        from .pipeline.build import load

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

    def pipe(self, docs: Iterable[DocLike], *, n_process: int = 1, batch_size: int = 32,
             model: Optional[str] = None) -> Iterator[Record]:
        """Stream records for many documents, in input order.

        Args:
            docs: strings or dicts with ``text`` (and optional ``id``, ``published``,
                ``title``, ``source``).
            n_process: worker processes; 1 runs in this process. With more, each worker
                loads the pipeline from ``model`` once, and a document that fails or
                times out yields a record whose ``warnings`` hold the ``E0xx`` reason
                (call this from under ``if __name__ == "__main__":``: workers are spawned).
            batch_size: documents per batch (per chunk sent to a worker when n_process > 1).
            model: model directory the workers load (default: the installed one).
        """
        if n_process > 1:
            yield from self._pipe_processes(docs, n_process, batch_size, model or self.model)
            return
        prepared = (self._prepare(d) for d in docs)
        for sdoc in self.nlp.pipe(prepared, batch_size=batch_size):
            yield sdoc._.record

    def _pipe_processes(self, docs, n_process, batch_size, model) -> Iterator[Record]:
        # spaCy's own n_process serialises Docs with msgpack, which cannot carry our
        # user data; the batch pool sends documents and gets finished rows back instead.
        import json

        from .batch.pool import pool_rows
        from .io.docs import to_raw
        from .record.convert import record_from_dict

        raws = ((n, to_raw(d)) for n, d in enumerate(docs))
        for line in pool_rows(raws, jobs=n_process, model=model, chunk=max(1, min(batch_size, 64))):
            yield record_from_dict(json.loads(line))


_DEFAULT: Optional[Extractor] = None


def extract(text: str, *, id: Optional[str] = None, published=None, source: Optional[str] = None,
            title: Optional[str] = None) -> Record:
    """Extract the record of one text with a shared, lazily loaded :class:`Extractor`.

    Args:
        text: the article text (plain text; HTML goes through a reader first).
        id: the caller's id; default a hash of the text.
        published: the article date (ISO string, ``datetime.date`` or a date string
            dateparser reads); it anchors year-less dates. Default: the dateline.
        source: where the text came from (path, URL), copied to the record.
        title: the headline when known; default the first line if it reads as one.
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT(text, id=id, published=published, source=source, title=title)
