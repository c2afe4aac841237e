"""Run the pipeline over any mix of inputs into one output, in input order, resumable.

The output is always a prefix of the input sequence (rows come back in input
order whatever runs them), so ``resume`` skips exactly as many documents as
there are complete rows, after checking that their ids agree.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from .. import errors
from ..io.jsonl import Fields
from ..io.needs import check_readers
from ..io.readers import MAX_BYTES, iter_raw
from .sinks import open_sink

#: Seconds one document may take (decoding + extraction) before it becomes an error row.
TIMEOUT = 60.0


@dataclass
class BatchResult:
    """What a run did: rows written (records + error rows), error rows, and rows skipped by resume."""

    written: int = 0
    failed: int = 0
    skipped: int = 0


def _in_process(raws, model, include_text, timeout) -> Iterator[str]:
    from ..core import Extractor
    from .work import process

    ex = Extractor(model)
    for _, raw in raws:
        yield json.dumps(process(raw, ex, include_text=include_text, timeout=timeout), ensure_ascii=False)


def _skip_done(raws: Iterator, done_ids: list[str]) -> Iterator:
    seen = 0
    for want, (seq, raw) in zip(done_ids, raws):  # done_ids first: zip then never takes an input too many
        seen += 1
        if raw.id != want:
            raise errors.InputError(
                f"cannot resume: output row {seq + 1} is {want!r} but the input there is {raw.id!r}; "
                "the inputs changed since the first run")
    if seen < len(done_ids):
        raise errors.InputError(f"cannot resume: the output has {len(done_ids)} rows but the inputs only {seen}")
    return raws


def run_batch(inputs: Iterable[str], output: Optional[str] = None, *, jobs: int = 1,
              model: Optional[str] = None, resume: bool = False, include_text: bool = True,
              timeout: Optional[float] = TIMEOUT, max_bytes: Optional[int] = MAX_BYTES,
              fields: Fields = Fields(), fmt: Optional[str] = None, scheduler: Optional[str] = None,
              progress: Optional[bool] = None) -> BatchResult:
    """Extract every document of ``inputs`` into ``output``; nothing is lost, every failure is a row.

    Args:
        inputs: files, folders, globs, ``-`` (see :func:`extractor.read`).
        output: ``.jsonl``, ``.jsonl.gz``, ``.parquet`` (a folder of parts) or None/``-`` for stdout.
        jobs: worker processes; 1 runs in this process.
        model: model directory (default: the installed one).
        resume: keep the complete rows of an earlier run of the same inputs and do the rest.
        include_text: keep ``text`` in the rows.
        timeout: seconds per document before it becomes an ``E010`` row.
        max_bytes: larger files, WARC records or JSONL texts become ``E011`` rows unread.
        fields: JSONL key names.
        fmt: ``jsonl`` or ``parquet`` (default: from the output name).
        scheduler: address of a running Dask scheduler to run on instead of local processes.
        progress: show a progress bar (default: when stderr is a terminal).

    Raises:
        MissingDependencyError: a reader the inputs need cannot be imported (checked
            before the output is opened).
    """
    from tqdm import tqdm

    inputs = list(inputs)
    check_readers(inputs)  # before the sink: a missing module must not leave a half-written output
    sink = open_sink(output, resume=resume, fmt=fmt)
    result = BatchResult(skipped=len(sink.done_ids))
    raws = enumerate(iter_raw(inputs, fields=fields, max_bytes=max_bytes))
    try:
        raws = _skip_done(raws, sink.done_ids)
        if scheduler:
            from .dask import scheduler_rows

            rows = scheduler_rows(raws, scheduler, model=model, include_text=include_text, timeout=timeout)
        elif jobs > 1:
            from .pool import pool_rows

            rows = pool_rows(raws, jobs=jobs, model=model, include_text=include_text, timeout=timeout)
        else:
            rows = _in_process(raws, model, include_text, timeout)
        bar = tqdm(rows, unit="doc", desc="extract", file=sys.stderr, disable=None if progress is None else not progress,
                   initial=result.skipped, smoothing=0.1)
        for line in bar:
            sink.write_line(line)
            result.written += 1
            if '"error": ' in line[-2000:] and "error" in json.loads(line):
                result.failed += 1
                bar.set_postfix(errors=result.failed, refresh=False)
    finally:
        sink.close()
    return result

