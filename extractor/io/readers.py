"""Turn paths into documents. A document that cannot be read becomes an error item, never an exception.

Inputs: ``.txt``, ``.html``/``.htm``, ``.jsonl``/``.jsonl.gz``, ``.warc``/``.warc.gz``
files, folders of them (walked in sorted order), glob patterns, and ``-`` (JSONL on stdin).
"""
from __future__ import annotations

import glob
import sys
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .. import errors
from .docs import InputDoc, RawDoc, error_doc
from .materialize import materialize
from .jsonl import Fields, jsonl_docs, read_jsonl
from .warc import read_warc

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
#: Files (and WARC records, and JSONL texts in characters) above this size become error rows unread.
MAX_BYTES = 5_000_000


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return next((s for s in sorted(SUFFIXES, key=len, reverse=True) if name.endswith(s)), path.suffix.lower())


def _stem(path: Path) -> str:
    return path.name[: len(path.name) - len(_suffix(path))] if _suffix(path) else path.stem


def iter_raw(paths: Iterable[str | Path], *, fields: Fields = Fields(),
             max_bytes: Optional[int] = MAX_BYTES) -> Iterator[RawDoc]:
    """Yield raw documents (undecoded) from every input, in order; see :func:`read`."""
    for raw in paths:
        if str(raw) == "-":
            yield from jsonl_docs(sys.stdin, "<stdin>", fields, max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _suffix(p) in SUFFIXES)
            for f in files:
                yield from _read_one(f, (f.parent.relative_to(path) / _stem(f)).as_posix(), fields, max_bytes)
        elif path.exists():
            yield from _read_one(path, _stem(path), fields, max_bytes)
        elif glob.has_magic(str(raw)):
            matches = sorted(glob.glob(str(raw), recursive=True))
            if not matches:
                yield error_doc(str(raw), str(raw), "the pattern matches no file")
            yield from iter_raw(matches, fields=fields, max_bytes=max_bytes)
        else:
            yield error_doc(str(path), str(path), "no such file or folder")


def _read_one(path: Path, ident: str, fields: Fields, max_bytes: Optional[int]) -> Iterator[RawDoc]:
    suffix = _suffix(path)
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, fields, max_bytes)
    elif suffix in WARC_SUFFIXES:
        yield from read_warc(path, max_bytes)
    elif suffix in TEXT_SUFFIXES + HTML_SUFFIXES:
        yield _read_file(path, ident, "text" if suffix in TEXT_SUFFIXES else "html", max_bytes)
    else:
        yield error_doc(ident, str(path), f"unsupported file type {suffix or '(none)'!r}")


def _read_file(path: Path, ident: str, kind: str, max_bytes: Optional[int]) -> RawDoc:
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            return error_doc(ident, str(path), errors.e_too_large("file", size, max_bytes))
        data = path.read_bytes()
    except OSError as exc:
        return error_doc(ident, str(path), f"cannot read file: {exc.strerror or exc}")
    return RawDoc(id=ident, kind=kind, source=str(path), payload=data)


def read(paths: Iterable[str | Path] | str | Path, *, fields: Fields = Fields(),
         max_bytes: Optional[int] = MAX_BYTES) -> Iterator[InputDoc]:
    """Yield documents from any mix of inputs, decoded and ready for :class:`extractor.Extractor`.

    Args:
        paths: files, folders, glob patterns (``archive/**/*.html``) or ``-`` for
            JSONL on stdin; one path may be given as a plain string.
        fields: JSONL key names (``Fields(text="body", published="date")``).
        max_bytes: files or WARC records larger than this (JSONL texts longer than
            this many characters) become error documents without being read.

    Documents that cannot be read come out with ``error`` set (the reason) instead
    of raising; legacy encodings are converted and named in ``warnings``.

    Example:
        >>> for doc in extractor.read(["archive/", "dump.jsonl.gz"]):  # doctest: +SKIP
        ...     rec = ex(doc.as_input())
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for raw in iter_raw(paths, fields=fields, max_bytes=max_bytes):
        yield materialize(raw)
