"""The record's JSON Schema, generated from the dataclasses in :mod:`.data`.

The checked-in copy (``extractor/schema/record.schema.json``) is what outside
tools validate against; ``python -m extractor.record.schema`` rewrites it and
``tests/record/test_schema.py`` fails when it is stale.
"""
from __future__ import annotations

import json
import sys
from importlib import resources

SCHEMA_FILE = "record.schema.json"
_DAY = r"^\d{4}-\d{2}-\d{2}$"


def generate_schema() -> dict:
    """Build the JSON Schema of :class:`~extractor.record.data.Record` (draft 2020-12)."""
    from pydantic import TypeAdapter

    from .data import Record

    schema = TypeAdapter(Record).json_schema(mode="serialization")
    # Every key is always written (defaults included), so every key is required;
    # calendar days get their pattern, which the dataclasses cannot express.
    for part in [schema, *schema.get("$defs", {}).values()]:
        props = part.get("properties", {})
        part["required"] = sorted(props)
        part["additionalProperties"] = True
        for key in ("start_date", "end_date", "issued"):
            if key in props:
                props[key]["pattern"] = _DAY
    for key in ("start", "end"):
        for part in schema.get("$defs", {}).values():
            if key in part.get("properties", {}):
                part["properties"][key]["minimum"] = 0
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://example.invalid/extractor/record-1.0.schema.json"
    schema["title"] = "extractor record, contract version 1"
    # `text` may be left out on request (Record.to_dict(include_text=False)).
    schema["required"] = [k for k in schema.get("required", []) if k != "text"]
    return schema


def schema_text() -> str:
    """The schema as the exact text that is checked in."""
    return json.dumps(generate_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def load_schema() -> dict:
    """The checked-in schema, as installed with the package."""
    return json.loads(resources.files("extractor").joinpath("schema", SCHEMA_FILE).read_text("utf-8"))


if __name__ == "__main__":  # pragma: no cover - maintenance command
    target = resources.files("extractor").joinpath("schema", SCHEMA_FILE)
    with resources.as_file(target) as path:
        path.write_text(schema_text(), encoding="utf-8")
        print(f"wrote {path}", file=sys.stderr)
