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
    """Where and when one keyed thing was seen: article ids in first-seen order, first and last day."""

    ids: dict = field(default_factory=dict)  # id -> None: an ordered set
    first: Optional[str] = None
    last: Optional[str] = None

    def add(self, doc_id: str, day: Optional[str]) -> None:
        self.ids.setdefault(doc_id, None)
        self.first, self.last = earliest(self.first, day), latest(self.last, day)

    def merge(self, other: "Seen") -> None:
        for doc_id in other.ids:
            self.ids.setdefault(doc_id, None)
        self.first, self.last = earliest(self.first, other.first), latest(self.last, other.last)
