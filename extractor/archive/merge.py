"""Small mergeable accumulators shared by the index tables.

Every table is a dict of rows keyed by a match key; each row keeps counters and
extremes that can be merged in any order, so partial indexes built on separate
partitions (Dask, or several runs) combine into the same result as one pass.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Optional


def earliest(a: Optional[str], b: Optional[str]) -> Optional[str]:
    """The earlier of two ISO strings, ignoring None."""
    return b if a is None else a if b is None else min(a, b)


def latest(a: Optional[str], b: Optional[str]) -> Optional[str]:
    """The later of two ISO strings, ignoring None."""
    return b if a is None else a if b is None else max(a, b)


def most_common(counter: Counter) -> Optional[str]:
    """The wording seen most often; ties go to the longer, then the alphabetically first one."""
    if not counter:
        return None
    return min(counter.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]


@dataclass
class Seen:
    """Where and when one keyed thing was seen: article ids in first-seen order, first and last day.

    Ids are a plain list (a third of a dict's memory on big archives): one record
    adds its ids together, so a repeat within it is the list's last entry, and
    :meth:`article_ids` drops repeats across merged partitions.
    """

    ids: list = field(default_factory=list)
    first: Optional[str] = None
    last: Optional[str] = None

    def add(self, doc_id: str, day: Optional[str]) -> None:
        if not self.ids or self.ids[-1] != doc_id:
            self.ids.append(doc_id)
        self.first, self.last = earliest(self.first, day), latest(self.last, day)

    def merge(self, other: "Seen") -> None:
        self.ids += other.ids
        self.first, self.last = earliest(self.first, other.first), latest(self.last, other.last)

    def article_ids(self) -> list:
        """The ids, each once, in first-seen order."""
        return list(dict.fromkeys(self.ids))


class KeyedRows:
    """Rows keyed by a match key, created on first sight and merged key by key.

    Subclasses set ``row_type`` (a dataclass with a ``merge`` method).
    """

    row_type: type

    def __init__(self) -> None:
        self._rows: dict = {}

    def _row(self, key):
        row = self._rows.get(key)
        if row is None:
            row = self._rows[key] = self.row_type()
        return row

    def merge(self, other: "KeyedRows") -> "KeyedRows":
        """Fold a table built on another partition into this one."""
        for key, row in other._rows.items():
            mine = self._rows.get(key)
            if mine is None:
                self._rows[key] = row
            else:
                mine.merge(row)
        return self

    def __len__(self) -> int:
        return len(self._rows)
