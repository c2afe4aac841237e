"""The process pool: one row per input in input order, whatever the workers do."""
import json
import os
import signal

import pytest

from conftest import MODEL, check_record
from extractor import errors
from extractor.batch import pool
from extractor.io.docs import InputDoc, RawDoc

TEXT = "Sáng ngày 12/6/2023, Đảng ủy Công ty tổ chức hội nghị; có 97% chi bộ hoàn thành tốt nhiệm vụ."


def _raws(ids):
    return [(n, RawDoc(id=i, kind="ready", source=f"src/{i}")) for n, i in enumerate(ids)]


def _rows(ids, tmp_path, worker, **kw):
    return [json.loads(x) for x in pool.pool_rows(_raws(ids), jobs=2, model=str(tmp_path), worker=worker, **kw)]


def test_a_hanging_document_is_a_timeout_row_and_the_rest_goes_on(monkeypatch, tmp_path):
    from batch.workers import fake_worker

    monkeypatch.setattr(pool, "GRACE", 1.0)
    ids = [f"d{i}" for i in range(30)]
    ids[5] = "hang"
    rows = _rows(ids, tmp_path, fake_worker, timeout=1.0, chunk=4)
    assert [r["id"] for r in rows] == ids
    assert rows[5]["error"] == errors.e_timeout(2.0) and rows[5]["source"] == "src/hang"
    assert rows[5]["warnings"] == [errors.e_timeout(2.0)]
    assert all("error" not in r for n, r in enumerate(rows) if n != 5)


@pytest.mark.parametrize("killer, code", [("crash", 3), ("oom", 1), ("sigkill", -signal.SIGKILL)])
def test_a_document_that_kills_two_workers_is_an_error_row(tmp_path, killer, code):
    from batch.workers import fake_worker

    ids = [f"d{i}" for i in range(24)]
    ids[9] = killer
    rows = _rows(ids, tmp_path, fake_worker, chunk=4)
    assert [r["id"] for r in rows] == ids
    assert rows[9]["error"] == errors.e_worker_died(f"exit code {code}; 2 workers tried it")
    assert all("error" not in r for n, r in enumerate(rows) if n != 9)


def test_a_document_whose_first_worker_dies_is_retried_in_a_fresh_one(tmp_path):
    from batch.workers import fake_worker

    ids = [f"d{i}" for i in range(20)]
    ids[3], ids[12] = "flaky-a", "flaky-b"
    rows = _rows(ids, tmp_path, fake_worker, chunk=4)
    assert [r["id"] for r in rows] == ids
    assert all("error" not in r for r in rows)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["flaky-a", "flaky-b"]  # each died once


def test_a_worker_killed_from_outside_loses_nothing(tmp_path):
    from batch.workers import fake_worker

    ids = [f"slow-{i}" for i in range(16)]
    rows, killed = [], None
    for line in pool.pool_rows(_raws(ids), jobs=2, model=str(tmp_path), worker=fake_worker, chunk=2):
        rows.append(json.loads(line))
        if killed is None:
            killed = rows[0]["pid"]
            os.kill(killed, signal.SIGKILL)
    assert [r["id"] for r in rows] == ids
    assert all("error" not in r for r in rows)
    assert killed not in {r["pid"] for r in rows[4:]}


def test_a_send_to_a_worker_that_has_exited_is_not_fatal(tmp_path):
    from batch.workers import leaving_worker

    ids = [f"bye-{i}" if i % 5 == 0 else f"d{i}" for i in range(30)]
    rows = _rows(ids, tmp_path, leaving_worker, chunk=1)
    assert [r["id"] for r in rows] == ids
    assert all("error" not in r for r in rows)


def test_real_pipeline_workers_dying_in_every_way_lose_no_document(tmp_path, monkeypatch):
    from batch.workers import chaos_worker

    monkeypatch.setenv("EXTRACTOR_TEST_MARKS", str(tmp_path))
    ids = ["a", "crash-1", "b", "flaky-1", "c", "oom-1", "d", "sigkill-1", "e"]
    raws = [(n, RawDoc(id=i, kind="ready", payload=InputDoc(id=i, text=TEXT, source=i), source=i))
            for n, i in enumerate(ids)]
    rows = [json.loads(x) for x in pool.pool_rows(raws, jobs=2, model=str(MODEL), worker=chaos_worker, chunk=2)]
    assert [r["id"] for r in rows] == ids
    failed = {r["id"]: r["error"] for r in rows if "error" in r}
    assert failed == {"crash-1": errors.e_worker_died("exit code 3; 2 workers tried it"),
                      "oom-1": errors.e_worker_died("exit code 1; 2 workers tried it"),
                      "sigkill-1": errors.e_worker_died(f"exit code {-signal.SIGKILL}; 2 workers tried it")}
    for r in rows:
        check_record(r)
        if "error" not in r:
            assert [d["value"] for d in r["dates"]] == ["2023-06-12"]


def test_a_worker_that_cannot_start_stops_the_run():
    from batch.workers import broken_worker

    with pytest.raises(errors.ExtractorError, match="failed to start"):
        list(pool.pool_rows(_raws(["a"]), jobs=1, worker=broken_worker))
