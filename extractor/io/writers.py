"""Write records as JSON Lines: one complete line per record, flushed as it is written."""
from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Optional, TextIO

from ..record import Record, dumps


def error_record(doc_id: str, reason: str, source: Optional[str] = None) -> dict:
    """An output row for a document that yielded no record: empty fields, the reason in ``error`` and ``warnings``.

    ``reason`` may start with its own code (``E010: …``, from :mod:`extractor.errors`);
    otherwise it is a read error, code ``E001``.
    """
    coded = reason if re.match(r"E\d{3}: ", reason) else f"E001: {reason}"
    rec = Record(id=doc_id, text="", source=source, warnings=[coded])
    out = rec.to_dict()
    out["error"] = reason
    return out


class JsonlWriter:
    """Writes one JSON object per line to a path or stdout (``-`` or None)."""

    def __init__(self, target: Optional[str | Path] = None):
        self._own = target not in (None, "-")
        self._fh: TextIO = open(target, "w", encoding="utf-8") if self._own else sys.stdout  # noqa: SIM115

    def write(self, row: dict) -> None:
        self._fh.write(dumps(row) + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self._own:
            self._fh.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
