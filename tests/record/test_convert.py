"""Record → dict → JSON: the fast path gives exactly what the generic dataclass walk gave, on the whole corpus."""
import dataclasses
import json

import pytest

from conftest import CORPUS
from extractor.evaluation.goldfile import load_gold
from extractor.record import Percentage, Record, dumps, record_from_json, record_to_dict


def _reference(obj):
    # The conversion this module used before the fast path (dataclasses walked generically).
    if dataclasses.is_dataclass(obj):
        return {f.name: _reference(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [_reference(x) for x in obj]
    if isinstance(obj, float) and obj.is_integer():
        return int(obj)
    return obj


def _ordered(rec) -> dict:
    data = _reference(rec)
    out = {k: data.pop(k) for k in ("schema_version", "id", "source", "title", "published", "text")}
    out.update(data)
    return out


@pytest.fixture(scope="module")
def corpus_records(ex):
    return [ex({"id": d["id"], "text": d["text"], "published": d.get("published")})
            for split in ("train", "test", "dev", "dev2") for d in load_gold(CORPUS / split)]


def test_fast_dicts_equal_the_generic_walk_on_every_corpus_record(corpus_records):
    assert len(corpus_records) >= 110
    for rec in corpus_records:
        assert record_to_dict(rec) == _ordered(rec)
        assert list(record_to_dict(rec)) == list(_ordered(rec))  # key order too


def test_json_bytes_equal_compact_json_dumps_on_every_corpus_record(corpus_records):
    for rec in corpus_records:
        expected = json.dumps(_ordered(rec), ensure_ascii=False, separators=(",", ":"))
        assert rec.to_json() == expected
        assert record_from_json(rec.to_json()).to_dict() == rec.to_dict()


@pytest.mark.parametrize("value, text", [(97.0, "97"), (19.87, "19.87"), (0.1, "0.1"), (106.74, "106.74")])
def test_whole_floats_print_as_integers_and_others_as_written(value, text):
    rec = Record(id="a", text="x", percentages=[Percentage(text="x", start=0, end=1, value=value)])
    assert f'"start":0,"end":1,"value":{text},"subject":null' in rec.to_json()


def test_indent_gives_readable_json():
    assert dumps({"a": [1, "ư"]}, indent=1) == '{\n "a": [\n  1,\n  "ư"\n ]\n}'
