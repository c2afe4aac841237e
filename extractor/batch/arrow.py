"""The Arrow schema of a record, derived from the dataclasses of :mod:`extractor.record.data`."""
from __future__ import annotations

import dataclasses
import typing

from ..record import data as record_data

_SCALARS = {str: "string", int: "int64", float: "float64", bool: "bool_"}
#: Keys a batch row may carry besides the record's own (error rows, HTML metadata).
EXTRA_COLUMNS = ("error", "author")


def _arrow_type(pa, hint):
    origin = typing.get_origin(hint)
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if origin is typing.Union:
        return _arrow_type(pa, args[0])
    if origin is typing.Literal:
        return pa.string()
    if origin is list:
        return pa.list_(_arrow_type(pa, args[0]))
    if dataclasses.is_dataclass(hint):
        return pa.struct(_fields(pa, hint))
    return getattr(pa, _SCALARS[hint])()


def _fields(pa, cls) -> list:
    hints = typing.get_type_hints(cls, vars(record_data))
    return [pa.field(f.name, _arrow_type(pa, hints[f.name])) for f in dataclasses.fields(cls)]


def record_schema(pa):
    """A ``pyarrow.Schema`` with one column per record key (nested lists as list<struct>) plus extras."""
    fields = _fields(pa, record_data.Record)
    return pa.schema(fields + [pa.field(name, pa.string()) for name in EXTRA_COLUMNS])
