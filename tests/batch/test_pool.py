"""The process pool: one row per input in input order, whatever the workers do."""
import json

import pytest

from extractor import errors
from extractor.batch import pool
from extractor.io.docs import RawDoc


def _raws(ids):
    return [(n, RawDoc(id=i, kind="ready", source=f"src/{i}")) for n, i in enumerate(ids)]


def test_a_hanging_and_a_crashing_document_become_error_rows_and_the_rest_goes_on(monkeypatch):
    from batch.workers import fake_worker

    monkeypatch.setattr(pool, "GRACE", 1.0)
    ids = [f"d{i}" for i in range(30)]
    ids[5], ids[17] = "hang", "crash"
    rows = [json.loads(x) for x in pool.pool_rows(_raws(ids), jobs=2, timeout=1.0, chunk=4, worker=fake_worker)]
    assert [r["id"] for r in rows] == ids
    assert rows[5]["error"] == errors.e_timeout(2.0) and rows[5]["source"] == "src/hang"
    assert rows[5]["warnings"] == [errors.e_timeout(2.0)]
    assert rows[17]["error"] == errors.e_worker_died("exit code 3")
    assert all("error" not in r for n, r in enumerate(rows) if n not in (5, 17))
    assert len({r["pid"] for r in rows if "pid" in r}) >= 3  # the two failures each cost a worker


def test_a_worker_that_cannot_start_stops_the_run():
    from batch.workers import broken_worker

    with pytest.raises(errors.ExtractorError, match="failed to start"):
        list(pool.pool_rows(_raws(["a"]), jobs=1, worker=broken_worker))
