"""models/extractor_vi is what `python -m extractor.model_dir build` writes today."""
import json

import spacy

import extractor
from conftest import MODEL
from extractor.model_dir import build
from extractor.nlp import COMPONENTS


def test_committed_model_directory_is_current(tmp_path):
    out = build(tmp_path / "m")
    built = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file() and p.name != "meta.json")
    committed = sorted(str(p.relative_to(MODEL)) for p in MODEL.rglob("*")
                       if p.is_file() and p.name != "meta.json" and "__pycache__" not in p.parts)
    assert built == committed, "files differ: run `python -m extractor.model_dir build`"
    for rel in built:
        assert (out / rel).read_text("utf-8") == (MODEL / rel).read_text("utf-8"), (
            f"{rel} is stale: run `python -m extractor.model_dir build`")
    new, old = json.loads((out / "meta.json").read_text()), json.loads((MODEL / "meta.json").read_text())
    for key in ("name", "version", "pipeline", "license"):
        assert new[key] == old[key], key


def test_spacy_load_and_extractor_load_give_the_pipeline():
    nlp = spacy.load(MODEL)
    assert nlp.pipe_names == list(COMPONENTS)
    assert COMPONENTS[:3] == ("extractor_layout", "extractor_dates", "extractor_percentages")
    doc = nlp("Sáng ngày 12/6/2023, 97% chi bộ hoàn thành tốt nhiệm vụ.")
    assert [s.text for s in doc.spans["dates"]] == ["Sáng ngày 12/6/2023"]
    assert doc.spans["percentages"][0]._.percentage.value == 97
    assert doc._.record.dates[0].value == "2023-06-12"
    assert extractor.load().pipe_names == nlp.pipe_names


def test_components_are_usable_in_a_users_pipeline():
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    extractor.load()  # registers the factories
    nlp.add_pipe("extractor_dates")
    doc = nlp("Hội nghị ngày 12/6/2023 đã bế mạc.")
    assert [s.text for s in doc.spans["dates"]] == ["ngày 12/6/2023"]
