"""Turn paths into documents. A document that cannot be read becomes an error item, never an exception."""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)


@dataclass
class InputDoc:
    """One document to extract, or (``error`` set) one that could not be read."""

    id: str
    text: Optional[str] = None
    published: Optional[str] = None
    title: Optional[str] = None
    source: Optional[str] = None
    error: Optional[str] = None
    extra: dict = field(default_factory=dict)

    def as_input(self) -> dict:
        """The dict :meth:`extractor.Extractor.__call__` takes."""
        return {"id": self.id, "text": self.text, "published": self.published,
                "title": self.title, "source": self.source}


def _read_txt(path: Path, ident: str) -> InputDoc:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return InputDoc(id=ident, source=str(path), error=f"cannot read file: {exc.strerror or exc}")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputDoc(id=ident, source=str(path),
                        error=f"not UTF-8 (byte {exc.start}); legacy encodings are not supported yet")
    return InputDoc(id=ident, text=text, source=str(path))


def _jsonl_lines(lines: Iterable[str], source: str) -> Iterator[InputDoc]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputDoc(id=where, source=where, error=f"line {n}: invalid JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            yield InputDoc(id=where, source=where, error=f"line {n}: expected a JSON object")
            continue
        ident = str(obj["id"]) if obj.get("id") not in (None, "") else where
        text = obj.get("text")
        if not isinstance(text, str):
            yield InputDoc(id=ident, source=obj.get("source") or where,
                           error=f"line {n}: 'text' is missing or not a string")
            continue
        published = obj.get("published")
        yield InputDoc(
            id=ident, text=text, published=None if published is None else str(published),
            title=obj.get("title"), source=obj.get("source") or where,
        )


def _read_jsonl(path: Path) -> Iterator[InputDoc]:
    try:
        fh = path.open(encoding="utf-8", errors="strict")
    except OSError as exc:
        yield InputDoc(id=str(path), source=str(path), error=f"cannot read file: {exc.strerror or exc}")
        return
    with fh:
        try:
            yield from _jsonl_lines(fh, str(path))
        except UnicodeDecodeError as exc:
            yield InputDoc(id=str(path), source=str(path), error=f"not UTF-8 after byte {exc.start}; rest of file skipped")


def read(paths: Iterable[str | Path]) -> Iterator[InputDoc]:
    """Yield documents from ``.txt`` files, folders of them, ``.jsonl`` files and ``-`` (stdin as JSONL).

    Folders are walked in sorted order (``.txt`` and ``.jsonl``). A missing path
    or an unsupported file yields an error document.
    """
    for raw in paths:
        if str(raw) == "-":
            yield from _jsonl_lines(sys.stdin, "<stdin>")
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES)
            for f in files:
                yield from _read_one(f, f.relative_to(path).with_suffix("").as_posix())
        elif path.exists():
            yield from _read_one(path, path.stem)
        else:
            yield InputDoc(id=str(path), source=str(path), error="no such file or folder")


def _read_one(path: Path, ident: str) -> Iterator[InputDoc]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path)
    elif suffix in TEXT_SUFFIXES:
        yield _read_txt(path, ident)
    else:
        yield InputDoc(id=ident, source=str(path), error=f"unsupported file type {suffix or '(none)'!r}")
