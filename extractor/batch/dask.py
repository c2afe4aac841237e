"""The pipeline on Dask (extra ``dask``): over a ``dask.bag`` of documents, or on a running cluster.

Each Dask worker process loads the pipeline once (cached per model path) and
reuses it for every partition it gets. Rows keep the input order, so a run on a
cluster writes the same output as a local run, record for record.

Per-document timeouts use SIGALRM, which only works in a process's main thread;
Dask runs tasks in threads, so on Dask a stalled document is bounded only by
the cluster's own limits. Run workers with ``--nthreads 1`` and let the batch
runner's ``--jobs`` pool handle pathological inputs when that matters.
"""
from __future__ import annotations

import json
from typing import Iterator, Optional

from .. import errors

_EXTRACTORS: dict = {}
#: Documents per Dask task, and tasks kept in flight per worker thread.
PARTITION = 32
IN_FLIGHT = 4


def _extractor(model: Optional[str]):
    if model not in _EXTRACTORS:
        from ..core import Extractor

        _EXTRACTORS[model] = Extractor(model)
    return _EXTRACTORS[model]


def extract_partition(docs, model: Optional[str] = None, include_text: bool = True,
                      timeout: Optional[float] = None) -> list[dict]:
    """Extract a list of documents (raw, :class:`InputDoc`, dict or str) into rows, with the worker's pipeline."""
    from ..io.docs import to_raw
    from .work import process

    ex = _extractor(model)
    return [process(to_raw(doc), ex, include_text=include_text, timeout=timeout) for doc in docs]


def extract_bag(bag, *, model: Optional[str] = None, include_text: bool = True, timeout: Optional[float] = None):
    """Map the pipeline over a ``dask.bag`` of documents; return a bag of rows (record dicts or error rows).

    Args:
        bag: items are :class:`extractor.io.RawDoc` (from :func:`extractor.io.iter_raw`),
            :class:`extractor.io.InputDoc`, dicts with ``text`` or strings.
        model: model directory, as seen from the workers (default: the installed one).
        include_text: keep ``text`` in the rows.
        timeout: seconds per document (only where tasks run in a main thread).

    Example:
        >>> import dask.bag as db  # doctest: +SKIP
        >>> rows = extract_bag(db.from_sequence(list(iter_raw(["dump.jsonl"])), npartitions=8))
        >>> rows.map(json.dumps).to_textfiles("out/*.jsonl")
    """
    errors.require("dask.bag", "dask", "extract_bag")
    return bag.map_partitions(extract_partition, model=model, include_text=include_text, timeout=timeout)


def scheduler_rows(raws: Iterator, address: str, *, model: Optional[str] = None, include_text: bool = True,
                   timeout: Optional[float] = None) -> Iterator[str]:
    """Yield JSON lines for ``(seq, raw)`` inputs computed on the Dask cluster at ``address``, in input order."""
    distributed = errors.require("distributed", "dask", "--scheduler")
    from collections import deque
    from itertools import islice

    client = distributed.Client(address)
    try:
        slots = max(1, sum(client.nthreads().values())) * IN_FLIGHT
        futures: deque = deque()
        chunks = iter(lambda: [raw for _, raw in islice(raws, PARTITION)], [])
        for chunk in chunks:
            futures.append((client.submit(extract_partition, chunk, model, include_text, timeout, pure=False), chunk))
            while len(futures) >= slots:
                yield from _lines(*futures.popleft())
        while futures:
            yield from _lines(*futures.popleft())
    finally:
        client.close()


def _lines(future, chunk) -> Iterator[str]:
    try:
        rows = future.result()
    except Exception as exc:  # noqa: BLE001 - a lost task (KilledWorker …) must still leave one row per document
        from ..io.writers import error_record

        rows = [error_record(raw.id, errors.e_worker_died(f"Dask task failed: {type(exc).__name__}"), raw.source)
                for raw in chunk]
    for row in rows:
        yield json.dumps(row, ensure_ascii=False)
