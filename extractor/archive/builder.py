"""One pass over extraction records → the archive index (positions, documents, targets)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Union

from .documents import DocumentTable
from .keys import article_date
from .positions import PositionTable
from .targets import TargetTable
from .writers import COLUMNS, TableWriter

TABLES = tuple(COLUMNS)


def _as_dict(record) -> dict:
    return record if isinstance(record, dict) else record.to_dict()


class IndexBuilder:
    """Accumulates records one at a time; memory grows with distinct people and documents, not records.

    Args:
        spill_targets: called with chunks of target rows instead of keeping them in
            memory (what ``extractor index`` does to stream them to disk).
    """

    def __init__(self, spill_targets=None) -> None:
        self.positions = PositionTable()
        self.documents = DocumentTable()
        self.targets = TargetTable(spill=spill_targets)
        self.records = 0
        self.skipped = 0

    def add(self, record) -> None:
        """Add one record (a :class:`~extractor.Record` or its dict); error rows are counted, not indexed."""
        rec = _as_dict(record)
        if rec.get("error") or not rec.get("id"):
            self.skipped += 1
            return
        day = article_date(rec)
        self.positions.add(rec, day)
        self.documents.add(rec, day)
        self.targets.add(rec, day)
        self.records += 1

    def update(self, records: Iterable) -> "IndexBuilder":
        """Add every record of an iterable; returns self."""
        for rec in records:
            self.add(rec)
        return self

    def merge(self, other: "IndexBuilder") -> "IndexBuilder":
        """Fold a builder made on another partition into this one."""
        self.positions.merge(other.positions)
        self.documents.merge(other.documents)
        self.targets.merge(other.targets)
        self.records += other.records
        self.skipped += other.skipped
        return self

    def build(self) -> "Index":
        """The finished tables."""
        self.targets.flush()
        return Index(self.positions.rows(), self.documents.rows(), self.targets.rows(),
                     records=self.records, skipped=self.skipped)


@dataclass
class Index:
    """The archive index: three tables as lists of row dicts (see :data:`COLUMNS`).

    Attributes:
        positions: one row per person × position (who held which post, first/last seen).
        documents: one row per referenced document (how often and when it is cited).
        targets: one row per target with its period and organisation.
        records: records indexed; skipped: error rows and rows without an id.
    """

    positions: list[dict] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)
    targets: list[dict] = field(default_factory=list)
    records: int = 0
    skipped: int = 0

    def lookup(self, table: str, key: str) -> list[dict]:
        """The rows of ``table`` with this ``key`` (``metric_key`` for targets).

        The review view writes the same key on each item (``data-index``), so an
        item seen in an article leads to its row here.
        """
        column = "metric_key" if table == "targets" else "key"
        return [row for row in getattr(self, table) if row.get(column) == key]

    def frame(self, table: str):
        """One table as a pandas DataFrame (the ``pandas`` extra), date columns as datetimes."""
        from ..errors import require

        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
        pd = require("pandas", "pandas", "Index.frame")
        frame = pd.DataFrame(getattr(self, table), columns=COLUMNS[table])
        for column in ("first_seen", "last_seen", "issued", "first_cited", "last_cited", "article_date",
                       "period_start", "period_end"):
            if column in frame:
                frame[column] = pd.to_datetime(frame[column], errors="coerce", format="ISO8601")
        return frame

    def write(self, directory: Union[str, Path], fmt: Optional[str] = None) -> dict[str, Path]:
        """Write the three tables to ``directory`` (created) as Parquet or CSV; returns their paths."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        paths = {}
        for table in TABLES:
            writer = TableWriter(directory, table, fmt)
            writer.write(getattr(self, table))
            writer.close()
            paths[table] = writer.path
        return paths


def index(records: Iterable) -> Index:
    """Build the archive index of records in one pass.

    Args:
        records: records or their dicts (as ``extractor extract`` writes them);
            error rows are counted in ``Index.skipped``.

    Returns:
        The :class:`Index`: ``positions``, ``documents`` and ``targets`` tables.

    Example:
        >>> import extractor
        >>> recs = [extractor.extract("Ngày 3/4/2024, đồng chí Lê Văn Tâm, Bí thư Huyện ủy, chủ trì.", id="a")]
        >>> [(r["person"], r["role"], r["first_seen"]) for r in extractor.index(recs).positions]
        [('Lê Văn Tâm', 'Bí thư', '2024-04-03')]
    """
    return IndexBuilder().update(records).build()


def index_bag(bag) -> Index:
    """The index of a ``dask.bag`` of records (e.g. from :func:`extractor.batch.dask.extract_bag`).

    Each partition is indexed apart and the partial tables are merged, which gives
    the same tables as :func:`index` over the same records.
    """
    def part(records):
        return IndexBuilder().update(records)

    def combine(builders):
        builders = list(builders)
        first = builders[0] if builders else IndexBuilder()
        for b in builders[1:]:
            first.merge(b)
        return first

    return bag.reduction(part, combine).compute().build()
