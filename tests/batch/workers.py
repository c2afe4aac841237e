"""Stand-in worker functions for the pool tests (importable by spawned processes as ``batch.workers``).

They really die (``os._exit``, SIGKILL to themselves, an uncaught MemoryError)
so that the pool's own recovery is what the tests exercise. ``model`` is the
folder where ``flaky`` documents leave a mark: they kill only the first worker.
"""
import os
import signal
import time
from pathlib import Path

from extractor.batch.pool import serve


def _die_if_asked(raw, marks):
    kind = raw.id.split("-")[0]
    if kind == "hang":
        # A C call that ignores the soft SIGALRM limit: only the parent's hard limit can end it.
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(600)
    if kind == "crash":
        os._exit(3)
    if kind == "oom":
        raise MemoryError("stand-in for an allocation that failed")
    if kind == "sigkill":
        os.kill(os.getpid(), signal.SIGKILL)
    if kind == "flaky":
        mark = Path(marks) / raw.id
        if not mark.exists():
            mark.touch()
            os.kill(os.getpid(), signal.SIGKILL)
    if kind == "slow":
        time.sleep(0.2)


def _handle(raw, marks=None):
    _die_if_asked(raw, marks)
    return {"id": raw.id, "pid": os.getpid()}


def fake_worker(conn, model, include_text, timeout):
    serve(conn, lambda raw: _handle(raw, model))


def leaving_worker(conn, model, include_text, timeout):
    """Answers every document of a chunk, then exits after a ``bye`` one: the parent's next send hits a closed pipe."""
    conn.send("ready")
    while True:
        chunk = conn.recv()
        if chunk is None:
            return
        for seq, raw in chunk:
            conn.send((seq, f'{{"id": "{raw.id}", "pid": {os.getpid()}}}'))
            if raw.id.startswith("bye"):
                os._exit(0)


def chaos_worker(conn, model, include_text, timeout):
    """The real pipeline, except for documents whose id asks the worker to die."""
    from extractor.api import Extractor
    from extractor.batch.work import process

    ex = Extractor(model)
    marks = os.environ["EXTRACTOR_TEST_MARKS"]
    serve(conn, lambda raw: (_die_if_asked(raw, marks), process(raw, ex, include_text=include_text,
                                                                  timeout=timeout))[1])


def broken_worker(conn, model, include_text, timeout):
    raise RuntimeError("cannot load the pipeline")
