"""One document → one output row, whatever happens: a record, or an error row naming the reason."""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Optional

from .. import errors
from ..io.docs import RawDoc
from ..io.materialize import materialize
from ..io.writers import error_record


class DocumentTimeout(Exception):
    """Raised inside a document's extraction when its time is up."""


@contextmanager
def time_limit(seconds: Optional[float]):
    """Interrupt the block after ``seconds`` (SIGALRM; only in a process's main thread, else no limit).

    Python code and the ``regex`` module check for signals while they run, so a
    pathological text is stopped in the middle of a match.
    """
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _raise(signum, frame):
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process(raw: RawDoc, extractor, *, include_text: bool = True, timeout: Optional[float] = None) -> dict:
    """Decode and extract one document; return its record as a dict, or an error row.

    Args:
        raw: the document as read (see :mod:`extractor.io.docs`).
        extractor: a loaded :class:`extractor.Extractor`.
        include_text: keep ``text`` in the row.
        timeout: seconds allowed for decoding plus extraction.
    """
    try:
        with time_limit(timeout):
            doc = materialize(raw)
            if doc.error:
                return error_record(doc.id, doc.error, doc.source)
            rec = extractor(doc.as_input())
    except DocumentTimeout:
        return error_record(raw.id, errors.e_timeout(timeout), raw.source)
    except errors.MissingDependencyError:
        raise  # the whole run needs the extra installed, not one error row per document
    except Exception as exc:  # noqa: BLE001 - one bad document must not end the batch
        return error_record(raw.id, errors.e_extraction_failed(exc), raw.source)
    rec.warnings[:0] = doc.warnings
    row = rec.to_dict(include_text=include_text)
    row.update(doc.extra)
    return row
