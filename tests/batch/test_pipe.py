"""Extractor.pipe streams the same records with worker processes as in one process."""
from conftest import MODEL, check_record

DOCS = [{"id": f"p{n}", "text": f"Sáng ngày {n + 1}/6/2023, có {n}% chi bộ hoàn thành tốt nhiệm vụ."}
        for n in range(12)]


def test_pipe_with_two_processes_equals_one_process(ex):
    one = [r.to_dict() for r in ex.pipe(DOCS)]
    two = [r.to_dict() for r in ex.pipe(DOCS, n_process=2, batch_size=4, model=str(MODEL))]
    assert two == one
    assert [r["dates"][0]["value"] for r in two][:2] == ["2023-06-01", "2023-06-02"]
    for r in two:
        check_record(r)
