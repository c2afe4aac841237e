"""`extractor index` on record files, and the index built from a dask.bag equals the one-pass index."""
import csv
import json

import pytest

from conftest import MODEL
from extractor.archive import index, index_bag
from extractor.cli.main import main

TEXTS = [
    ("a", "2023-03-02", "Sáng 2/3/2023, đồng chí Lò Văn Páo, Bí thư Huyện ủy Mường Tè, dự hội nghị quán triệt "
                        "Nghị quyết số 35-NQ/TW của Bộ Chính trị."),
    ("b", "2024-05-10", "Ngày 10/5/2024, ông Lò Văn Páo, Bí thư Huyện ủy Mường Tè, nhấn mạnh việc thực hiện "
                        "Nghị quyết 35/NQ-TW. Năm 2024, huyện kết nạp 210 đảng viên, vượt 5% kế hoạch."),
]


@pytest.fixture(scope="module")
def records(ex):
    return [ex({"id": i, "text": t, "published": p}).to_dict() for i, p, t in TEXTS]


def _write(path, records, extra=()):
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for line in extra:
            fh.write(line + "\n")


def test_index_command_writes_csv_tables_and_reports_bad_lines(tmp_path, records, capsys):
    src = tmp_path / "recs.jsonl"
    _write(src, records, ['{"id": "z", "error": "cannot read file"}', "{torn"])
    assert main(["index", str(src), "-o", str(tmp_path / "ix"), "--format", "csv"]) == 1
    err = capsys.readouterr()
    assert f"{src}:4: invalid JSON" in err.err
    assert "indexed 2 records (1 error rows, 1 unreadable lines)" in err.out
    with (tmp_path / "ix" / "positions.csv").open(encoding="utf-8") as fh:
        pos = list(csv.DictReader(fh))
    assert [(r["person"], r["role"], r["organization"], r["first_seen"], r["last_seen"], r["article_ids"])
            for r in pos] == [("Lò Văn Páo", "Bí thư", "Huyện ủy Mường Tè", "2023-03-02", "2024-05-10", "a;b")]
    with (tmp_path / "ix" / "documents.csv").open(encoding="utf-8") as fh:
        docs = list(csv.DictReader(fh))
    assert [(d["key"], d["n_citing"], d["first_cited"], d["citing_ids"]) for d in docs] == \
        [("no:35NQTW", "2", "2023-03-02", "a;b")]
    assert (tmp_path / "ix" / "targets.csv").read_text("utf-8").count("\n") == 2  # header + one target


def test_index_command_writes_parquet_when_pyarrow_is_there(tmp_path, records):
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "recs.jsonl"
    _write(src, records)
    assert main(["index", str(src), "-o", str(tmp_path / "ix")]) == 0
    table = pq.read_table(tmp_path / "ix" / "documents.parquet").to_pylist()
    assert [(r["number"], r["citing_ids"]) for r in table] == [("35-NQ/TW", ["a", "b"])]
    targets = pq.read_table(tmp_path / "ix" / "targets.parquet").to_pylist()
    assert [(t["value"], t["status"], t["attainment_percent"], t["period"]) for t in targets] == \
        [(210.0, "exceeded", 105.0, "2024")]


def test_index_command_refuses_a_missing_file(tmp_path, capsys):
    assert main(["index", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "ix")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_index_of_a_dask_bag_equals_the_one_pass_index(records):
    dask = pytest.importorskip("dask")
    import dask.bag as db

    from extractor.batch.dask import extract_bag

    docs = [{"id": i, "text": t, "published": p} for i, p, t in TEXTS] * 3
    with dask.config.set(scheduler="synchronous"):
        got = index_bag(extract_bag(db.from_sequence(docs, npartitions=3), model=str(MODEL)))
    want = index(records * 3)
    assert (got.positions, got.documents, got.targets) == (want.positions, want.documents, want.targets)
