"""Output files that survive a kill: only complete lines (or files) count, and a resumed run appends.

- JSONL (``.jsonl``, or ``-`` for stdout): a line is written whole and flushed
  often; on resume a torn last line is cut off.
- JSONL.gz: each flush closes a deflate block; on resume the readable complete
  lines are rewritten to a fresh file (atomically) and a new gzip member is appended.
- Parquet (``.parquet``): a folder of ``part-NNNNN.parquet`` files, each written to
  a temporary name and renamed when complete (pyarrow, extra ``parquet``).
"""
from __future__ import annotations

import gzip
import json
import os
import sys
import time
import zlib
from pathlib import Path
from typing import Optional

#: Flush at least this often (seconds); a kill loses at most this much finished work.
FLUSH_EVERY = 0.5


class JsonlSink:
    """Appends JSON lines to a file (``.gz`` compressed when the name says so) or stdout."""

    def __init__(self, target: Optional[str], resume: bool = False):
        self.path = None if target in (None, "-") else Path(target)
        self.done_ids: list[str] = []
        self._last_flush = time.monotonic()
        if self.path is None:
            self._fh = sys.stdout
            return
        gz = self.path.name.endswith(".gz")
        if resume and self.path.exists():
            lines = _complete_lines_gz(self.path) if gz else _cut_torn_line(self.path)
            if gz:
                _rewrite_gz(self.path, lines)
            self.done_ids = [json.loads(line)["id"] for line in lines]
        mode = "a" if resume else "w"
        self._fh = gzip.open(self.path, mode + "t", encoding="utf-8") if gz else self.path.open(mode, encoding="utf-8")

    def write_line(self, line: str) -> None:
        self._fh.write(line + "\n")
        if time.monotonic() - self._last_flush > FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        # For .gz this reaches GzipFile.flush, whose Z_SYNC_FLUSH makes every line so far readable.
        self._fh.flush()
        self._last_flush = time.monotonic()

    def close(self) -> None:
        self.flush()
        if self.path is not None:
            self._fh.close()


def _cut_torn_line(path: Path) -> list[str]:
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):
        with path.open("r+b") as fh:
            fh.truncate(end)
    return [line for line in data[:end].decode("utf-8").splitlines() if line.strip()]


def _complete_lines_gz(path: Path) -> list[str]:
    """Every complete line that can be decompressed, however the file was cut."""
    data, out = path.read_bytes(), bytearray()
    while data:
        dec = zlib.decompressobj(wbits=31)
        try:
            out += dec.decompress(data)
        except zlib.error:
            break
        if not dec.eof:
            break
        data = dec.unused_data
    text = bytes(out[: out.rfind(b"\n") + 1]).decode("utf-8")
    return [line for line in text.splitlines() if line.strip()]


def _rewrite_gz(path: Path, lines: list[str]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8") as fh:
        fh.writelines(line + "\n" for line in lines)
    os.replace(tmp, path)


class ParquetSink:
    """Writes rows as a folder of complete Parquet part files (nested lists kept as list<struct>)."""

    def __init__(self, target: str, resume: bool = False, rows_per_part: int = 1000):
        from .. import errors

        self.pa = errors.require("pyarrow", "parquet", "Parquet output")
        self.pq = errors.require("pyarrow.parquet", "parquet", "Parquet output")
        from .arrow import record_schema

        self.schema = record_schema(self.pa)
        self.dir = Path(target)
        self.rows: list[dict] = []
        self.rows_per_part = rows_per_part
        self.done_ids: list[str] = []
        if self.dir.exists() and not resume:
            for part in self.dir.glob("part-*.parquet*"):
                part.unlink()
        self.dir.mkdir(parents=True, exist_ok=True)
        for tmp in self.dir.glob("*.tmp"):
            tmp.unlink()
        parts = sorted(self.dir.glob("part-*.parquet"))
        for part in parts:
            self.done_ids += self.pq.read_table(part, columns=["id"]).column("id").to_pylist()
        self.next_part = len(parts)

    def write_line(self, line: str) -> None:
        self.rows.append(json.loads(line))
        if len(self.rows) >= self.rows_per_part:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        names = set(self.schema.names)
        table = self.pa.Table.from_pylist([{k: v for k, v in r.items() if k in names} for r in self.rows],
                                          schema=self.schema)
        final = self.dir / f"part-{self.next_part:05d}.parquet"
        tmp = final.with_name(final.name + ".tmp")
        self.pq.write_table(table, tmp)
        os.replace(tmp, final)
        self.next_part += 1
        self.rows = []

    def close(self) -> None:
        self.flush()


def open_sink(target: Optional[str], *, resume: bool = False, fmt: Optional[str] = None):
    """The sink for ``target``: Parquet when ``fmt`` is ``parquet`` or the name ends in ``.parquet``."""
    if fmt == "parquet" or (target and str(target).endswith(".parquet")):
        if target in (None, "-"):
            from .. import errors

            raise errors.InputError("Parquet output needs a path (-o DIR.parquet)")
        return ParquetSink(str(target), resume=resume)
    return JsonlSink(target, resume=resume)
