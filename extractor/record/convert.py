"""The one place where records become dicts and JSON, and back.

JSON is written by orjson (compact, UTF-8 kept, keys in contract order): about
six times faster than ``json.dumps`` on a record. :func:`dumps` is what every
writer of the package uses for a row, so all outputs are formatted the same way.
"""
from __future__ import annotations

import dataclasses
import json
from typing import Any, Optional

import orjson

from .data import (
    Date,
    Official,
    Organization,
    Percentage,
    Record,
    Resolution,
    Span,
    Target,
    Title,
)

_ITEM_TYPES = {
    "dates": Date,
    "percentages": Percentage,
    "targets": Target,
    "resolutions": Resolution,
}
_KEY_ORDER = ("schema_version", "id", "source", "title", "published", "text")


_FIELD_NAMES: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in dataclasses.fields(cls))
    for cls in (Date, Official, Organization, Percentage, Record, Resolution, Span, Target, Title)
}


def _plain(obj: Any) -> Any:
    # Called on every item of every record: field names are looked up once per
    # class and values dispatched on their exact type (dataclasses.asdict-style
    # recursion cost about 1 ms a 5 KB article).
    names = _FIELD_NAMES.get(type(obj))
    if names is None:
        if type(obj) is list:
            return [_plain(x) for x in obj]
        if type(obj) is float and obj.is_integer():
            return int(obj)
        return obj
    out = {}
    for name in names:
        value = getattr(obj, name)
        kind = type(value)
        if kind is float:
            # 97.0 prints as 97, as in the gold files; JSON readers see the same number.
            value = int(value) if value.is_integer() else value
        elif kind is list:
            value = [_plain(x) for x in value] if value else []
        elif kind in _FIELD_NAMES:
            value = _plain(value)
        out[name] = value
    return out


def dumps(row: Any, *, indent: Optional[int] = None) -> str:
    """One JSON document for a record dict or any JSON-ready row (compact unless ``indent``)."""
    if indent is not None:
        return json.dumps(row, ensure_ascii=False, indent=indent)
    return orjson.dumps(row).decode("utf-8")


def record_to_dict(record: Record, *, include_text: bool = True) -> dict:
    """Convert a record to JSON-ready data, keys in contract order.

    Args:
        record: the record.
        include_text: when False, ``text`` is left out and the offsets refer to
            the text the caller passed in.
    """
    data = _plain(record)
    out = {key: data.pop(key) for key in _KEY_ORDER}
    if not include_text:
        del out["text"]
    out.update(data)
    return out


def record_to_json(record: Record, *, include_text: bool = True, indent: Optional[int] = None) -> str:
    """Serialise a record as JSON (UTF-8 characters kept, not escaped; compact unless ``indent``)."""
    return dumps(record_to_dict(record, include_text=include_text), indent=indent)


def _build(cls, data: dict):
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def record_from_dict(data: dict) -> Record:
    """Rebuild a :class:`Record` from :func:`record_to_dict` output (unknown keys are ignored)."""
    # Records written with include_text=False have no "text"; offsets then refer
    # to the caller's text.
    rec = _build(Record, {**{k: v for k, v in data.items() if k not in _ITEM_TYPES
                             and k not in ("officials", "organizations")}, "text": data.get("text", "")})
    for name, cls in _ITEM_TYPES.items():
        setattr(rec, name, [_build(cls, item) for item in data.get(name, [])])
    rec.officials = [
        Official(
            name=o["name"],
            honorific=o.get("honorific"),
            titles=[_build(Title, t) for t in o.get("titles", [])],
            mentions=[_build(Span, m) for m in o.get("mentions", [])],
        )
        for o in data.get("officials", [])
    ]
    rec.organizations = [
        Organization(
            name=o["name"],
            abbreviation=o.get("abbreviation"),
            mentions=[_build(Span, m) for m in o.get("mentions", [])],
        )
        for o in data.get("organizations", [])
    ]
    return rec


def record_from_json(line: str) -> Record:
    """Rebuild a record from one JSON document."""
    return record_from_dict(orjson.loads(line))
