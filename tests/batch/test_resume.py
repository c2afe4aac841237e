"""A run killed at any moment leaves complete rows only; --resume finishes it without loss or duplicates."""
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CORPUS, MODEL, ROOT
from extractor.batch import run_batch
from extractor.batch.sinks import JsonlSink


def _dump(path: Path, copies: int) -> list[str]:
    docs = [json.loads(p.read_text("utf-8")) for p in sorted((CORPUS / "train").glob("*.json"))]
    ids = []
    with path.open("w", encoding="utf-8") as fh:
        for n in range(copies):
            doc = docs[n % len(docs)]
            ids.append(f"{doc['id']}-{n}")
            fh.write(json.dumps({"id": ids[-1], "text": doc["text"], "published": doc.get("published")},
                                ensure_ascii=False) + "\n")
        fh.write("{broken\n")
    return ids + [f"{path}:{copies + 1}"]


def _cli(*args):
    return [sys.executable, "-m", "extractor.cli.main", "--model", str(MODEL), "extract", *args, "--no-progress"]


def _ids(path: Path) -> list[str]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line)["id"] for line in fh]


@pytest.mark.parametrize("out_name", ["out.jsonl", "out.jsonl.gz"])
def test_sigkill_mid_run_then_resume_equals_a_clean_run(tmp_path, out_name):
    ids = _dump(tmp_path / "in.jsonl", 400)
    out = tmp_path / out_name
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(_cli(str(tmp_path / "in.jsonl"), "-o", str(out), "--jobs", "2"),
                            cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 60_000):
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = JsonlSink(str(out), resume=True).done_ids  # what survived the kill, torn line dropped
    assert 0 < len(partial) < len(ids)
    resumed = subprocess.run(_cli(str(tmp_path / "in.jsonl"), "-o", str(out), "--resume"),
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 1  # the broken line is an error row
    assert f"resumed after {len(partial)} row(s)" in resumed.stderr
    assert _ids(out) == ids


def test_resume_refuses_when_the_inputs_changed(tmp_path):
    _dump(tmp_path / "in.jsonl", 3)
    (tmp_path / "out.jsonl").write_text('{"id": "something-else"}\n', "utf-8")
    with pytest.raises(Exception, match="cannot resume: output row 1 is 'something-else'"):
        run_batch([str(tmp_path / "in.jsonl")], str(tmp_path / "out.jsonl"), model=str(MODEL), resume=True)


def test_torn_gzip_and_torn_line_are_cut_on_resume(tmp_path):
    plain = tmp_path / "a.jsonl"
    plain.write_text('{"id": "1"}\n{"id": "2"}\n{"id": "3', "utf-8")
    assert JsonlSink(str(plain), resume=True).done_ids == ["1", "2"]
    assert plain.read_text("utf-8") == '{"id": "1"}\n{"id": "2"}\n'
    packed = tmp_path / "a.jsonl.gz"
    data = gzip.compress(b"".join(b'{"id": "%d"}\n' % i for i in range(2000)))
    packed.write_bytes(data[: len(data) // 2])
    done = JsonlSink(str(packed), resume=True).done_ids
    assert 0 < len(done) < 2000 and done == [str(i) for i in range(len(done))]
    assert _ids(packed) == done


def test_parquet_output_keeps_nested_lists_and_resumes(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    _dump(tmp_path / "in.jsonl", 5)
    out = tmp_path / "out.parquet"
    first = run_batch([str(tmp_path / "in.jsonl")], str(out), model=str(MODEL), progress=False)
    assert (first.written, first.failed) == (6, 1)
    table = pq.read_table(out)
    rows = table.to_pylist()
    assert [r["id"] for r in rows][:2] == ["co-01-0", "co-02-1"]
    assert rows[0]["dates"][0]["start"] >= 0 and isinstance(rows[0]["dates"][0]["value"], str)
    assert rows[-1]["error"].startswith("line 6: invalid JSON")
    again = run_batch([str(tmp_path / "in.jsonl")], str(out), model=str(MODEL), resume=True, progress=False)
    assert (again.skipped, again.written) == (6, 0)
    assert pq.read_table(out).num_rows == 6


def _kill_when_grown(cmd, out: Path, grow: int, rng, env) -> bool:
    """Start ``cmd``, SIGKILL it once ``out`` has grown by ``grow`` bytes (plus a random moment); True if it finished first."""
    before = out.stat().st_size if out.exists() else 0
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if out.exists() and out.stat().st_size >= before + grow:
            time.sleep(rng.uniform(0, 0.3))
            break
        time.sleep(0.02)
    finished = proc.poll() is not None
    if not finished:
        proc.send_signal(signal.SIGKILL)  # the parent only, as the OOM killer would
        proc.wait()
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # then its orphaned workers, which can no longer write
    except ProcessLookupError:
        pass
    return finished


def test_six_random_sigkills_then_resume_lose_and_duplicate_nothing(tmp_path):
    import random

    rng = random.Random(13)
    ids = _dump(tmp_path / "in.jsonl", 300)
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [str(tmp_path / "in.jsonl"), "-o", str(out), "--jobs", "2"]
    kills = 0
    for round_ in range(6):
        finished = _kill_when_grown(_cli(*args, *(["--resume"] if round_ else [])), out,
                                    rng.randrange(1_000, 40_000), rng, env)
        kills += not finished
        if finished:
            break
        survived = JsonlSink(str(out), resume=True).done_ids  # what a resume keeps (a torn line is cut)
        assert survived == ids[:len(survived)]
    assert kills >= 5
    final = subprocess.run(_cli(*args, "--resume"), cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert final.returncode == 1  # the broken input line is an error row
    got = _ids(out)
    assert got == ids  # nothing lost, nothing duplicated, input order
    assert len(set(got)) == len(got)
