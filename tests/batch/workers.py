"""Stand-in worker functions for the pool tests (importable by spawned processes as ``batch.workers``)."""
import os
import signal
import time

from extractor.batch.pool import serve


def _handle(raw):
    if raw.id == "hang":
        # A C call that ignores the soft SIGALRM limit: only the parent's hard limit can end it.
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(600)
    if raw.id == "crash":
        os._exit(3)
    return {"id": raw.id, "pid": os.getpid()}


def fake_worker(conn, model, include_text, timeout):
    serve(conn, _handle)


def broken_worker(conn, model, include_text, timeout):
    raise RuntimeError("cannot load the pipeline")
