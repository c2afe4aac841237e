"""On a Dask LocalCluster with 2 worker processes the output equals the single-process output, row for row."""
import json

import pytest

from conftest import MODEL, check_record
from extractor.batch import run_batch

distributed = pytest.importorskip("distributed")
TEXT = "Sáng ngày 12/6/2023, có 97% chi bộ hoàn thành tốt nhiệm vụ. Quý III năm 2023 đạt 90 % kế hoạch."


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as lc:
        yield lc


def _inputs(tmp_path):
    from extractor.io.encodings import encode_legacy

    (tmp_path / "in").mkdir()
    with (tmp_path / "in" / "d.jsonl").open("w", encoding="utf-8") as fh:
        for n in range(60):
            fh.write(json.dumps({"id": f"j{n}", "text": TEXT.replace("97", str(n))}, ensure_ascii=False) + "\n")
        fh.write("not json\n")
    (tmp_path / "in" / "v.txt").write_bytes(encode_legacy(TEXT, "viscii"))
    (tmp_path / "in" / "p.html").write_text(
        f"<html><head><title>Tin</title></head><body><article><h1>Tin</h1><p>{TEXT}</p></article></body></html>",
        "utf-8")
    return [str(tmp_path / "in")]


def test_scheduler_run_equals_single_process_run(tmp_path, cluster):
    inputs = _inputs(tmp_path)
    run_batch(inputs, str(tmp_path / "one.jsonl"), model=str(MODEL), progress=False)
    run_batch(inputs, str(tmp_path / "dask.jsonl"), model=str(MODEL), scheduler=cluster.scheduler_address,
              progress=False)
    one = (tmp_path / "one.jsonl").read_text("utf-8").splitlines()
    on_dask = (tmp_path / "dask.jsonl").read_text("utf-8").splitlines()
    assert len(one) == 63 and on_dask == one
    for line in one:
        check_record(json.loads(line))


def test_extract_bag_maps_over_a_bag_on_the_cluster(cluster):
    import dask.bag as db

    from extractor.batch.dask import extract_bag

    docs = [{"id": f"b{n}", "text": TEXT} for n in range(10)]
    with distributed.Client(cluster) as client:
        rows = extract_bag(db.from_sequence(docs, npartitions=4), model=str(MODEL)).compute(scheduler=client)
    assert [r["id"] for r in rows] == [d["id"] for d in docs]
    assert {tuple(d["value"] for d in r["dates"]) for r in rows} == {("2023-06-12", "2023-Q3")}
