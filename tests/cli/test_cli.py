"""The `extractor` command: inputs, error rows, exit status, evaluation."""
import json
import subprocess
import sys

import pytest

from conftest import MODEL, check_record
from extractor.cli.main import main


def run(args, capsys):
    code = main(["--model", str(MODEL), *args])
    out = capsys.readouterr()
    return code, [json.loads(x) for x in out.out.splitlines() if x.strip()], out.err


def test_extract_example_prints_one_valid_record(capsys):
    code, rows, _ = run(["extract", "--example", "--no-progress"], capsys)
    assert code == 0 and len(rows) == 1
    rec = check_record(rows[0])
    assert rec["id"] == "article"
    assert [d["text"] for d in rec["dates"]][:3] == [
        "6 tháng đầu năm 2024", "Thứ Ba, 16/07/2024, 09:30", "Sáng ngày 15/7/2024"]


def test_jsonl_in_keeps_ids_and_bad_lines_become_error_rows(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "a", "text": "Sáng 28-6 họp.", "published": "2023-06-29"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "c", "text": None}),
        json.dumps({"id": "d", "text": "đạt 97%"}),
    ]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["--model", str(MODEL), "extract", str(src), "-o", str(out), "--no-progress"])
    rows = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert code == 1
    assert [r["id"] for r in rows] == ["a", f"{src}:2", "c", "d"]
    assert rows[0]["dates"][0]["value"] == "2023-06-28"
    assert rows[1]["error"].startswith("line 2: invalid JSON")
    assert rows[2]["error"] == "line 3: 'text' is missing or not a string"
    for r in rows:
        check_record(r)


def test_folder_of_txt_and_missing_path(tmp_path, capsys):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.txt").write_text("Tiêu đề\n\nQuý III năm 2023 họp.", encoding="utf-8")
    (tmp_path / "d" / "y.txt").write_bytes(b"\xff\xfe bad")
    code, rows, err = run(["extract", str(tmp_path / "d"), str(tmp_path / "nope"), "--no-progress"], capsys)
    assert code == 1
    assert [(r["id"], r.get("error")) for r in rows] == [
        ("x", None), ("y", "not UTF-8 (byte 0) and no Vietnamese legacy encoding fits"),
        (str(tmp_path / "nope"), "no such file or folder")]
    assert rows[0]["title"] == "Tiêu đề" and rows[0]["dates"][0]["value"] == "2023-Q3"
    assert "2 document(s) failed" in err


def test_stdin(tmp_path):
    line = json.dumps({"id": "s", "text": "năm 2023"}) + "\n"
    out = subprocess.run([sys.executable, "-m", "extractor.cli.main", "--model", str(MODEL), "extract", "-"],
                         input=line, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["dates"][0]["value"] == "2023"


def test_evaluate_on_seed_prints_the_table(capsys, tmp_path):
    from conftest import SEED

    if not (SEED / "gold.jsonl").exists():
        pytest.skip("../shared/seed is not beside this checkout")
    code = main(["--model", str(MODEL), "evaluate", str(SEED / "gold.jsonl"), "--json", str(tmp_path / "m.json")])
    table = capsys.readouterr().out
    figures = json.loads((tmp_path / "m.json").read_text())
    assert code == 0 and "macro F1" in table and "dates.kind" in table
    assert figures["fields"]["dates"]["f1"] == 1.0 and figures["fields"]["percentages"]["f1"] == 1.0


def test_extract_mixed_inputs_with_two_jobs_and_field_names(tmp_path, capsys):
    import gzip

    from extractor import errors
    from extractor.io.encodings import encode_legacy

    text = "Sáng ngày 12/6/2023, có 97% chi bộ hoàn thành tốt nhiệm vụ."
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(encode_legacy(text, "viqr"))
    (tmp_path / "in" / "b.html").write_text(
        f"<html><head><title>Tin</title></head><body><nav>Trang chủ</nav><article><h1>Tiêu đề bài</h1>"
        f"<p>{text}</p></article><footer>Bản quyền</footer></body></html>", "utf-8")
    with gzip.open(tmp_path / "in" / "c.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"key": "c1", "body": text, "day": "2023-06-13"}, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    code = main(["--model", str(MODEL), "extract", str(tmp_path / "in"), "-o", str(out), "--jobs", "2",
                 "--id-field", "key", "--text-field", "body", "--date-field", "day", "--no-progress"])
    rows = [check_record(json.loads(x)) for x in out.read_text("utf-8").splitlines()]
    assert code == 0
    assert [(r["id"], r["title"], r["published"]) for r in rows] == [
        ("a", None, None), ("b", "Tiêu đề bài", None), ("c1", None, "2023-06-13")]
    assert rows[0]["text"] == text and rows[0]["warnings"][0] == errors.w_legacy_encoding("VIQR")
    assert rows[1]["text"] == f"Tiêu đề bài\n{text}"
    assert [r["dates"][0]["value"] for r in rows] == ["2023-06-12"] * 3


def test_resume_needs_an_output_file(capsys):
    assert main(["--model", str(MODEL), "extract", "x.jsonl", "--resume"]) == 2
    assert "--resume needs -o OUTPUT" in capsys.readouterr().err
