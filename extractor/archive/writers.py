"""Index tables to files: Parquet when pyarrow is installed, else CSV.

Tables are written in chunks (``TableWriter.write``), so a targets table larger
than memory streams to disk. In CSV, list columns (``article_ids``, ``citing_ids``)
are joined with ``;``.
"""
from __future__ import annotations

import csv
import importlib.util
from pathlib import Path
from typing import Optional

from . import documents, positions, targets

COLUMNS = {"positions": positions.COLUMNS, "documents": documents.COLUMNS, "targets": targets.COLUMNS}
_INT = {"n_articles", "n_citing", "start", "end"}
_FLOAT = {"value", "attainment_percent"}
_LIST = {"article_ids", "citing_ids"}
FORMATS = ("parquet", "csv")


def default_format() -> str:
    """``parquet`` when pyarrow can be imported, else ``csv``."""
    return "parquet" if importlib.util.find_spec("pyarrow") else "csv"


def _arrow_schema(columns: list[str]):
    import pyarrow as pa

    def kind(c):
        if c in _INT:
            return pa.int64()
        if c in _FLOAT:
            return pa.float64()
        return pa.list_(pa.string()) if c in _LIST else pa.string()

    return pa.schema([(c, kind(c)) for c in columns])


class TableWriter:
    """Writes one table's rows in chunks to ``DIR/<name>.parquet`` or ``DIR/<name>.csv``."""

    def __init__(self, directory: Path, name: str, fmt: Optional[str] = None) -> None:
        self.fmt = fmt or default_format()
        if self.fmt not in FORMATS:
            raise ValueError(f"unknown format {self.fmt!r}; choose parquet or csv")
        self.columns = COLUMNS[name]
        self.path = Path(directory) / f"{name}.{self.fmt}"
        self.rows = 0
        if self.fmt == "parquet":
            from ..errors import require

            pq = require("pyarrow.parquet", "parquet", "writing the index as Parquet")
            self._schema = _arrow_schema(self.columns)
            self._out = pq.ParquetWriter(str(self.path), self._schema)
        else:
            self._fh = self.path.open("w", encoding="utf-8", newline="")
            self._out = csv.DictWriter(self._fh, fieldnames=self.columns)
            self._out.writeheader()

    def write(self, rows: list[dict]) -> None:
        """Append rows (dicts with this table's columns)."""
        if not rows:
            return
        self.rows += len(rows)
        if self.fmt == "parquet":
            import pyarrow as pa

            self._out.write_table(pa.Table.from_pylist(rows, schema=self._schema))
            return
        for row in rows:
            self._out.writerow({c: ";".join(v) if c in _LIST and v is not None else v
                                for c, v in ((c, row.get(c)) for c in self.columns)})

    def close(self) -> None:
        """Finish the file (an empty table still gets its header or schema)."""
        if self.fmt == "parquet":
            self._out.close()
        else:
            self._fh.close()
