"""`extractor show`: records JSONL as written, texts extracted first, bad lines shown as warnings."""
import json

from conftest import MODEL, check_record
from extractor.cli.main import main
from view.parse import items, parse
from view.records import TEXT, full_record


def show(args, tmp_path):
    out = tmp_path / "out.html"
    code = main(["--model", str(MODEL), "show", *map(str, args), "-o", str(out)])
    return code, parse(out.read_text(encoding="utf-8"))


def test_records_jsonl_is_shown_as_written(tmp_path):
    rec = full_record()
    src = tmp_path / "records.jsonl"
    src.write_text(rec.to_json() + "\n", encoding="utf-8")
    code, page = show([src], tmp_path)
    assert code == 0
    assert page.texts == [TEXT]
    assert items(page) == items(parse(rec.to_html()))


def test_text_file_is_extracted_then_shown(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Sáng ngày 12/6/2023, 97% chi bộ hoàn thành tốt nhiệm vụ.", encoding="utf-8")
    code, page = show([src], tmp_path)
    assert code == 0
    assert [(v["field"], v["text"], v["start"], v["end"]) for v in items(page).values()] == [
        ("dates", "Sáng ngày 12/6/2023", 0, 19), ("percentages", "97%", 21, 24)]


def test_extract_output_round_trips_through_show(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "d1", "text": "Ngày 12/6/2023 đạt 97%."}, ensure_ascii=False) + "\n"
                   + "{broken\n", encoding="utf-8")
    records = tmp_path / "records.jsonl"
    main(["--model", str(MODEL), "extract", str(src), "-o", str(records), "--no-progress"])
    rows = [json.loads(x) for x in records.read_text("utf-8").splitlines()]
    check_record(rows[0])
    code, page = show([records, "--id", "d1"], tmp_path)
    assert code == 0 and page.texts == ["Ngày 12/6/2023 đạt 97%."]
    assert sorted(v["text"] for v in items(page).values()) == ["97%", "Ngày 12/6/2023"]
    # The broken input line became an error row; shown, not dropped.
    code, page = show([records], tmp_path)
    error_doc = [a for t, a in page.tags if t == "div" and a.get("class") == "ex-doc"][1]
    assert error_doc["data-id"] == f"{src}:2"


def test_jsonl_of_input_documents_and_bad_lines(tmp_path):
    src = tmp_path / "docs.jsonl"
    src.write_text(json.dumps({"id": "x", "text": "đạt 97%"}) + "\n[1, 2]\n", encoding="utf-8")
    code, page = show([src], tmp_path)
    html = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert code == 0
    assert page.texts == ["đạt 97%", ""]
    assert "E001: line 2: not a record or document" in html


def test_nothing_to_show_is_an_error(tmp_path, capsys):
    src = tmp_path / "r.jsonl"
    src.write_text(full_record().to_json() + "\n", encoding="utf-8")
    assert main(["show", str(src), "--id", "nope", "-o", str(tmp_path / "o.html")]) == 1
    assert "no record to show" in capsys.readouterr().err


def test_records_written_without_text_are_shown_with_a_note(tmp_path):
    src = tmp_path / "records.jsonl"
    src.write_text(full_record().to_json(include_text=False) + "\n", encoding="utf-8")
    code, page = show([src], tmp_path)
    assert code == 0 and page.marks == [] and page.texts == [""]
    assert "11 item(s) not marked" in (tmp_path / "out.html").read_text(encoding="utf-8")
