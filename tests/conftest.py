"""Shared fixtures: one loaded pipeline per session, and the record validator every test uses."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import extractor
from extractor.record.schema import load_schema

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed"
CORPUS = ROOT / "corpus"
MODEL = ROOT / "models" / "extractor_vi"

_VALIDATOR = jsonschema.Draft202012Validator(load_schema())


def check_record(rec) -> dict:
    """Validate a record (object or dict) against the schema and the span invariants; return its dict."""
    data = rec.to_dict() if hasattr(rec, "to_dict") else rec
    _VALIDATOR.validate(data)
    text = data.get("text", "")
    for field in ("dates", "percentages", "targets", "resolutions"):
        for item in data[field]:
            assert 0 <= item["start"] <= item["end"] <= len(text), item
            assert text[item["start"]:item["end"]] == item["text"], item
    for off in data["officials"]:
        for item in off["titles"] + off["mentions"]:
            assert text[item["start"]:item["end"]] == item["text"]
    for org in data["organizations"]:
        for item in org["mentions"]:
            assert text[item["start"]:item["end"]] == item["text"]
    return data


@pytest.fixture(scope="session")
def ex():
    """The pipeline, loaded from the repository's model directory."""
    return extractor.Extractor(model=str(MODEL))


@pytest.fixture(scope="session")
def seed_gold():
    path = SEED / "gold.jsonl"
    if not path.exists():
        pytest.skip("../shared/seed is not beside this checkout")
    return json.loads(path.read_text(encoding="utf-8").splitlines()[0])
