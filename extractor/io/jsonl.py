"""JSON Lines dumps (``.jsonl``, ``.jsonl.gz``, stdin) with configurable field names."""
from __future__ import annotations

import gzip
import json
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional

from .. import errors
from .docs import InputDoc, RawDoc, error_doc


@dataclass(frozen=True)
class Fields:
    """Which keys of a JSON object hold what (``--text-field body`` and so on)."""

    id: str = "id"
    text: str = "text"
    published: str = "published"
    title: str = "title"
    url: str = "url"
    source: str = "source"


def jsonl_docs(lines: Iterable[str], where: str, fields: Fields = Fields(),
               max_bytes: Optional[int] = None) -> Iterator[RawDoc]:
    """Parse lines into documents; a bad line becomes an error document naming it."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        here = f"{where}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield error_doc(here, here, f"line {n}: invalid JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            yield error_doc(here, here, f"line {n}: expected a JSON object")
            continue
        ident = str(obj[fields.id]) if obj.get(fields.id) not in (None, "") else here
        source = obj.get(fields.source) or obj.get(fields.url) or here
        text = obj.get(fields.text)
        if not isinstance(text, str):
            yield error_doc(ident, source, f"line {n}: {fields.text!r} is missing or not a string")
            continue
        if max_bytes is not None and len(text) > max_bytes // 4 and len(text.encode("utf-8")) > max_bytes:
            yield error_doc(ident, source, errors.e_too_large(f"line {n}: text", len(text.encode("utf-8")), max_bytes))
            continue
        published = obj.get(fields.published)
        doc = InputDoc(id=ident, text=text, published=None if published is None else str(published),
                       title=obj.get(fields.title), source=source)
        yield RawDoc(id=ident, kind="ready", source=source, payload=doc)


def _open(path: Path) -> IO[str]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="strict")
    return path.open(encoding="utf-8", errors="strict")


def read_jsonl(path: Path, fields: Fields = Fields(), max_bytes: Optional[int] = None) -> Iterator[RawDoc]:
    """Documents of one ``.jsonl`` or ``.jsonl.gz`` file; a file that stops being readable ends in an error document."""
    where = str(path)
    try:
        fh = _open(path)
    except OSError as exc:
        yield error_doc(where, where, f"cannot read file: {exc.strerror or exc}")
        return
    with fh:
        try:
            yield from jsonl_docs(fh, where, fields, max_bytes)
        except UnicodeDecodeError as exc:
            yield error_doc(where, where, f"not UTF-8 after byte {exc.start}; rest of file skipped")
        except (OSError, EOFError, zlib.error) as exc:
            yield error_doc(where, where, f"damaged gzip file ({exc}); rest of file skipped")
