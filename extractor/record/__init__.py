"""The record: typed models, conversion, schema."""
from .convert import dumps, record_from_dict, record_from_json, record_to_dict, record_to_json
from .data import (
    FIELDS,
    SPAN_FIELDS,
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

__all__ = [
    "FIELDS", "SPAN_FIELDS", "Date", "dumps", "Official", "Organization", "Percentage", "Record",
    "Resolution", "Span", "Target", "Title", "record_from_dict", "record_from_json",
    "record_to_dict", "record_to_json",
]
