"""Readers (files, folders, JSONL, stdin → documents) and writers (records → JSONL)."""
from .readers import InputDoc, read
from .writers import JsonlWriter, error_record

__all__ = ["InputDoc", "JsonlWriter", "error_record", "read"]
