"""The one place where records become dicts and JSON, and back."""
from __future__ import annotations

import dataclasses
import json
from typing import Any, Optional

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


def _plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [_plain(x) for x in obj]
    if isinstance(obj, float) and obj.is_integer():
        # 97.0 prints as 97, as in the gold files; JSON readers see the same number.
        return int(obj)
    return obj


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
    """Serialise a record as JSON (UTF-8 characters kept, not escaped)."""
    return json.dumps(record_to_dict(record, include_text=include_text), ensure_ascii=False, indent=indent)


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
    return record_from_dict(json.loads(line))
