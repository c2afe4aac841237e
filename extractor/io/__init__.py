"""Readers (files, folders, globs, HTML, JSONL, WARC, stdin → documents) and writers (records → JSONL, Parquet)."""
from .docs import InputDoc, RawDoc
from .materialize import materialize
from .jsonl import Fields
from .readers import iter_raw, read
from .writers import JsonlWriter, error_record

__all__ = ["Fields", "InputDoc", "JsonlWriter", "RawDoc", "error_record", "iter_raw", "materialize", "read"]
