"""The Python API: :func:`extract` for one text, :class:`Extractor` for many."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from . import core
from .core import MAX_CHARS, DocLike  # noqa: F401 - part of the API
from .record import Record


class Extractor(core.Extractor):
    """A loaded pipeline, reusable over many documents, in this process or in worker processes.

    Example:
        >>> ex = Extractor()
        >>> rec = ex("Sáng ngày 12/6/2023, 97% chi bộ hoàn thành tốt nhiệm vụ.")
        >>> rec.dates[0].value
        '2023-06-12'
    """

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
        yield from super().pipe(docs, batch_size=batch_size)

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
