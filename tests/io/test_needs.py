"""Readers' modules are checked before a run: a missing one stops it with one message, output untouched."""
import json
import sys

import pytest

from conftest import MODEL
from extractor import errors
from extractor.cli.main import main
from extractor.io.needs import check_readers

TEXT = "Sáng ngày 12/6/2023, có 97% chi bộ hoàn thành tốt nhiệm vụ."


def _folder(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXT, "utf-8")
    (folder / "sub" / "p.html").write_text(f"<html><body><p>{TEXT}</p></body></html>", "utf-8")
    (folder / "c.warc.gz").write_bytes(b"")
    (folder / "d.jsonl").write_text(json.dumps({"id": "d", "text": TEXT}) + "\n", "utf-8")
    return folder


def test_kinds_found_in_folders_files_and_globs(tmp_path):
    folder = _folder(tmp_path)
    assert check_readers([folder]) == {"text", "html", "warc"}
    assert check_readers([str(folder / "**" / "*.html")]) == {"html"}
    assert check_readers([folder / "d.jsonl", "-", tmp_path / "missing.txt"]) == set()


@pytest.mark.parametrize("module, extra", [
    ("trafilatura", "html"), ("lxml_html_clean", "html"), ("warcio.archiveiterator", "warc"), ("viparse", "legacy"),
])
def test_missing_reader_module_stops_the_cli_before_any_output(tmp_path, capsys, monkeypatch, module, extra):
    folder = _folder(tmp_path)
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "from an earlier run"}\n', "utf-8")
    monkeypatch.setitem(sys.modules, module, None)  # what `import module` sees when it is not installed
    code = main(["--model", str(MODEL), "extract", str(folder), "-o", str(out), "--jobs", "2", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"needs the optional dependency {module!r}: pip install 'extractor[{extra}]'" in err
    assert err.count("\n") == 1
    assert out.read_text("utf-8") == '{"id": "from an earlier run"}\n'


def test_jsonl_input_does_not_need_the_html_reader(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    assert check_readers([folder / "d.jsonl"]) == set()
    with pytest.raises(errors.MissingDependencyError, match="reading HTML inputs"):
        check_readers([folder / "sub"])
