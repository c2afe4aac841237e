"""Records → rows (lists of dicts), one table per field; no pandas needed here.

Columns follow the record dataclasses, so a new attribute in the contract shows
up in the tables without a change here. Every item row starts with ``doc_id``
and the span (``text``, ``start``, ``end``).

Decisions:

- ``officials``: one row per *title* (the position is what the scoring counts and
  what "officials by organisation" groups on), carrying the person's ``name``,
  ``honorific`` and number of ``mentions``; the row's span is the title's. An
  official with no title gets one row with empty title columns and the span of
  the first mention.
- ``organizations``: one row per organisation, span of its first mention, and the
  number of ``mentions``.
- ``spans``: one row per highlighted span of any kind (what the review view marks:
  ``field`` is ``dates`` … ``officials`` for name mentions, ``titles``, ``organizations``).
- ``documents``: one row per record with the counts of every field.
"""
from __future__ import annotations

import dataclasses
from typing import Iterable, Union

from ..record import (
    Date,
    Percentage,
    Record,
    Resolution,
    Target,
    Title,
    record_from_dict,
)
from ..record.data import FIELDS

RecordLike = Union[Record, dict]
_SPAN = ("text", "start", "end")


def _attrs(cls) -> list[str]:
    return [f.name for f in dataclasses.fields(cls) if f.name not in _SPAN]


COLUMNS: dict[str, list[str]] = {
    "dates": ["doc_id", *_SPAN, *_attrs(Date)],
    "percentages": ["doc_id", *_SPAN, *_attrs(Percentage)],
    "targets": ["doc_id", *_SPAN, *_attrs(Target)],
    "resolutions": ["doc_id", *_SPAN, *_attrs(Resolution)],
    "officials": ["doc_id", *_SPAN, "name", "honorific", "mentions", *_attrs(Title)],
    "organizations": ["doc_id", *_SPAN, "name", "abbreviation", "mentions"],
    "spans": ["doc_id", "field", *_SPAN],
    "documents": ["doc_id", "source", "title", "published", "chars", *FIELDS, "titles", "warnings", "error"],
}
TABLES = tuple(COLUMNS)


def as_record(obj: RecordLike) -> Record:
    """A :class:`Record` from a record or its dict (as read from JSONL)."""
    if isinstance(obj, Record):
        return obj
    return record_from_dict({**obj, "text": obj.get("text", "")})  # --no-text records have none


def _span(item) -> dict:
    return {"text": item.text, "start": item.start, "end": item.end}


def _items(rec: Record, name: str) -> list[dict]:
    return [{"doc_id": rec.id, **dataclasses.asdict(item)} for item in getattr(rec, name)]


def _officials(rec: Record) -> list[dict]:
    out = []
    for off in rec.officials:
        person = {"doc_id": rec.id, "name": off.name, "honorific": off.honorific, "mentions": len(off.mentions)}
        if not off.titles:
            first = off.mentions[0] if off.mentions else None
            out.append({**person, **(_span(first) if first else {})})
        out += [{**person, **dataclasses.asdict(t)} for t in off.titles]
    return out


def _organizations(rec: Record) -> list[dict]:
    return [{"doc_id": rec.id, **(_span(o.mentions[0]) if o.mentions else {}), "name": o.name,
             "abbreviation": o.abbreviation, "mentions": len(o.mentions)}
            for o in rec.organizations]


def _document(rec: Record, error) -> dict:
    row = {"doc_id": rec.id, "source": rec.source, "title": rec.title, "published": rec.published,
           "chars": len(rec.text or ""), "warnings": len(rec.warnings), "error": error,
           "titles": sum(len(o.titles) for o in rec.officials)}
    row.update({name: len(getattr(rec, name)) for name in FIELDS})
    return row


def _rows_of(obj: RecordLike, table: str) -> list[dict]:
    rec = as_record(obj)
    if table == "documents":
        return [_document(rec, obj.get("error") if isinstance(obj, dict) else None)]
    if table == "officials":
        return _officials(rec)
    if table == "organizations":
        return _organizations(rec)
    if table == "spans":
        return [{"doc_id": rec.id, "field": name, **_span(item)} for name, item in rec.spans()]
    return _items(rec, table)


def rows(records: Iterable[RecordLike], table: str = "documents") -> list[dict]:
    """The rows of one table, every row with all of ``COLUMNS[table]`` (missing → None).

    Args:
        records: records, or their dicts as read from ``extractor extract`` output.
        table: one of :data:`TABLES`.

    Raises:
        ValueError: an unknown table name.
    """
    if table not in COLUMNS:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    columns = COLUMNS[table]
    return [{c: row.get(c) for c in columns} for obj in records for row in _rows_of(obj, table)]

