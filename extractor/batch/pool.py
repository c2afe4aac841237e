"""A process pool that never loses a document: per-document results, in input order, hard timeouts.

Each worker loads the pipeline once, then extracts the chunks it is sent and
answers one row per document, in order, so the parent always knows which
document a worker was on. A worker that stays silent past the hard limit is
killed (its current document becomes a timeout row). A worker that dies (an
exception, SIGKILL, the OOM killer) is replaced by a fresh one and its
unanswered documents are sent again; the document it died on is tried once
more, and if it kills a second worker it becomes a worker-died row.
"""
from __future__ import annotations

import json
import multiprocessing as mp
import time
from collections import deque
from multiprocessing.connection import wait
from typing import Iterable, Iterator, Optional

from .. import errors
from ..io.writers import error_record

#: Seconds a worker may stay silent beyond the per-document timeout before it is killed.
GRACE = 10.0
#: Workers a document may kill before it becomes an error row (the first death may not be its fault).
ATTEMPTS = 2


def _worker(conn, model, include_text, timeout) -> None:
    from ..core import Extractor
    from .work import process

    ex = Extractor(model)
    serve(conn, lambda raw: process(raw, ex, include_text=include_text, timeout=timeout))


def serve(conn, handle) -> None:
    """A worker's loop: answer ``(seq, JSON line)`` for every document of every chunk, until told to stop."""
    conn.send("ready")
    while True:
        try:
            chunk = conn.recv()
        except EOFError:  # the parent is gone (killed): nothing left to do
            return
        if chunk is None:
            return
        for seq, raw in chunk:
            line = json.dumps(handle(raw), ensure_ascii=False)
            try:
                conn.send((seq, line))
            except OSError:  # the parent is gone: nobody wants the rest
                return


class _Slot:
    def __init__(self, ctx, target, args):
        self.ctx, self.target, self.args = ctx, target, args
        self.inflight: deque = deque()
        self.start()

    def start(self) -> None:
        self.conn, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=self.target, args=(child, *self.args), daemon=True)
        self.proc.start()
        child.close()
        self.ready = False
        self.last = time.monotonic()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join()
        self.conn.close()


def pool_rows(raws: Iterable[tuple[int, object]], *, jobs: int, model: Optional[str] = None,
              include_text: bool = True, timeout: Optional[float] = None, chunk: int = 8,
              worker=_worker) -> Iterator[str]:
    """Yield one JSON line per ``(seq, raw)`` input, in input order, computed by ``jobs`` processes.

    Args:
        raws: numbered raw documents.
        jobs: worker processes.
        model, include_text, timeout: passed to each worker (see :func:`extractor.batch.work.process`).
        chunk: documents sent to a worker at a time.
        worker: the worker's main function ``(conn, model, include_text, timeout)``; an
            importable module-level function (tests replace it).
    """
    ctx = mp.get_context("spawn")  # fork would copy the parent's threads (progress bar, Dask) into workers
    slots = [_Slot(ctx, worker, (model, include_text, timeout)) for _ in range(jobs)]
    source = iter(raws)
    requeued: deque = deque()
    done: dict[int, str] = {}
    order: deque = deque()  # sequence numbers handed out, in input order
    hard = (timeout or 0) + GRACE if timeout else None
    deaths: dict[int, int] = {}  # sequence number → workers that died on it
    try:
        while True:
            for slot in slots:
                if slot.ready and len(slot.inflight) <= chunk:
                    batch = []
                    while len(batch) < chunk:
                        item = _next_item(source, requeued, order, window=jobs * chunk * 8)
                        if item is None:
                            break
                        batch.append(item)
                    if batch:
                        if not slot.inflight:
                            slot.last = time.monotonic()
                        slot.inflight.extend(batch)
                        try:
                            slot.conn.send(batch)
                        except OSError:  # it died since its last answer; not this batch's fault
                            for _ in batch:
                                slot.inflight.pop()
                            requeued.extendleft(reversed(batch))
                            _died(slot, done, requeued, deaths)
            while order and order[0] in done:
                yield done.pop(order.popleft())
            if order and order[0] is _END:  # everything handed out has been yielded
                return
            by_conn = {slot.conn: slot for slot in slots}
            for conn in wait(list(by_conn), timeout=0.2):
                slot = by_conn[conn]
                try:
                    msg = conn.recv()
                except (EOFError, OSError):
                    slot.proc.join(timeout=5)  # reap it, so that its exit code is known
                    if not slot.ready:  # it could not even load the pipeline: retrying would loop forever
                        slot.proc.join()
                        raise errors.ExtractorError(
                            f"a worker process failed to start (exit code {slot.proc.exitcode}); see its error above")
                    _died(slot, done, requeued, deaths)
                    continue
                slot.last = time.monotonic()
                if msg == "ready":
                    slot.ready = True
                    continue
                seq, line = msg
                slot.inflight.popleft()
                done[seq] = line
            now = time.monotonic()
            for slot in slots:
                if hard and slot.inflight and now - slot.last > hard:
                    _fail(slot, done, requeued, errors.e_timeout(hard))
    finally:
        for slot in slots:
            if slot.proc.is_alive():
                try:
                    slot.conn.send(None)
                except OSError:
                    pass
            slot.proc.join(timeout=2)
            if slot.proc.is_alive():
                slot.kill()


_END = object()


def _next_item(source, requeued: deque, order: deque, window: int):
    """The next document to send: a requeued one first, else a new one while the reorder window has room."""
    if requeued:
        return requeued.popleft()
    if len(order) >= window or (order and order[-1] is _END):
        return None
    item = next(source, None)
    if item is None:
        order.append(_END)
        return None
    order.append(item[0])
    return item


def _died(slot: _Slot, done: dict, requeued: deque, deaths: dict) -> None:
    """A worker died: retry the document it was on once (in a fresh worker), then make it an error row."""
    slot.proc.join(timeout=5)
    code = slot.proc.exitcode
    if slot.inflight:
        seq = slot.inflight[0][0]
        deaths[seq] = deaths.get(seq, 0) + 1
        if deaths[seq] >= ATTEMPTS:
            _fail(slot, done, requeued, errors.e_worker_died(f"exit code {code}; {deaths[seq]} workers tried it"))
            return
    _fail(slot, done, requeued, None)


def _fail(slot: _Slot, done: dict, requeued: deque, reason: Optional[str]) -> None:
    """Start a new worker; its current document becomes a ``reason`` row (None: retried), the rest are requeued."""
    slot.kill()
    if slot.inflight:
        if reason is not None:
            seq, raw = slot.inflight.popleft()
            done[seq] = json.dumps(error_record(raw.id, reason, raw.source), ensure_ascii=False)
        requeued.extendleft(reversed(slot.inflight))
        slot.inflight.clear()
    slot.start()
