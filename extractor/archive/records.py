"""Records read back from ``extractor extract`` output (JSONL, ``.jsonl.gz``, stdin), one at a time."""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Callable, Iterator, Optional


def iter_records(paths: list[str], on_problem: Optional[Callable[[str], None]] = None) -> Iterator[dict]:
    """Yield record dicts from JSONL files (``-`` is stdin); a bad line is reported, not fatal.

    Args:
        paths: record files as ``extractor extract -o`` writes them.
        on_problem: called with ``"FILE:LINE: reason"`` for each unreadable line or file.
    """
    report = on_problem or (lambda message: None)
    for name in paths:
        try:
            fh = sys.stdin if name == "-" else (
                gzip.open(name, "rt", encoding="utf-8") if name.endswith(".gz") else open(name, encoding="utf-8"))
        except OSError as exc:
            report(f"{name}: cannot read ({exc.strerror or exc})")
            continue
        n = 0
        try:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    report(f"{name}:{n}: invalid JSON ({exc.msg})")
                    continue
                if isinstance(row, dict):
                    yield row
                else:
                    report(f"{name}:{n}: not a JSON object")
        except (UnicodeDecodeError, OSError, EOFError) as exc:
            report(f"{name}: unreadable after line {n} ({exc})")
        finally:
            if fh is not sys.stdin:
                fh.close()


def is_file(name: str) -> bool:
    """A path the index command can read (``-`` counts)."""
    return name == "-" or Path(name).is_file()
