"""The ``targets`` table: one row per target, with its period and organisation, a series per metric.

A target's period comes from the nearest date: one inside its own clause
(``6 tháng đầu năm 2024``), else the closest date before it in the same paragraph,
else the article's year. Its organisation is the closest organisation named before
it (an official's title or an abbreviated organisation), else the first the
article names. ``metric_key`` folds tone marks, case and punctuation, so one
metric written two ways is one series.
"""
from __future__ import annotations

import bisect
from typing import Callable, Optional

from .keys import article_date, text_key

COLUMNS = ["doc_id", "article_date", "metric", "metric_key", "organization", "period", "period_start",
           "period_end", "period_source", "value", "unit", "attainment_percent", "baseline", "status",
           "text", "start", "end"]


def _organizations(record: dict) -> list[tuple[int, str]]:
    found = [(t["start"], t["organization"]) for off in record.get("officials") or ()
             for t in off.get("titles") or () if t.get("organization") and "start" in t]
    found += [(m["start"], org["name"]) for org in record.get("organizations") or ()
              for m in org.get("mentions") or () if org.get("name") and "start" in m]
    return sorted(found)


def _period(target: dict, dates: list[dict], starts: list[int], text: Optional[str],
            day: Optional[str]) -> tuple[Optional[dict], str]:
    start, end = target["start"], target["end"]
    i = bisect.bisect_left(starts, start)
    for d in dates[i:]:
        if d["start"] >= end:
            break
        return d, "clause"
    for d in reversed(dates[:i]):
        if d["end"] <= start and (text is None or "\n" not in text[d["end"]:start]):
            return d, "before"
        break
    if day:
        year = day[:4]
        return {"value": year, "start_date": f"{year}-01-01", "end_date": f"{year}-12-31"}, "article"
    return None, "none"


def target_rows(record: dict, day: Optional[str] = None) -> list[dict]:
    """The ``targets`` rows of one record dict."""
    targets = record.get("targets") or ()
    if not targets:
        return []
    day = day if day is not None else article_date(record)
    dates = sorted((d for d in record.get("dates") or () if "start" in d), key=lambda d: d["start"])
    starts = [d["start"] for d in dates]
    orgs = _organizations(record)
    org_starts = [s for s, _ in orgs]
    text = record.get("text") or None
    out = []
    for t in targets:
        period, source = _period(t, dates, starts, text, day)
        j = bisect.bisect_right(org_starts, t["start"])
        org = orgs[j - 1][1] if j else (orgs[0][1] if orgs else None)
        out.append({
            "doc_id": record.get("id"), "article_date": day, "metric": t.get("metric"),
            "metric_key": text_key(t.get("metric")), "organization": org,
            "period": period and period.get("value"), "period_start": period and period.get("start_date"),
            "period_end": period and period.get("end_date"), "period_source": source,
            "value": t.get("value"), "unit": t.get("unit"), "attainment_percent": t.get("attainment_percent"),
            "baseline": t.get("baseline"), "status": t.get("status"),
            "text": t.get("text"), "start": t.get("start"), "end": t.get("end"),
        })
    return out


class TargetTable:
    """Target rows, kept in memory or handed in chunks to ``spill`` (bounded memory on big archives)."""

    def __init__(self, spill: Optional[Callable[[list[dict]], None]] = None, chunk: int = 10_000) -> None:
        self._rows: list[dict] = []
        self._spill, self._chunk, self.count = spill, chunk, 0

    def add(self, record: dict, day: Optional[str] = None) -> None:
        """Add the targets of one record dict."""
        new = target_rows(record, day)
        self._rows += new
        self.count += len(new)
        if self._spill is not None and len(self._rows) >= self._chunk:
            self.flush()

    def flush(self) -> None:
        """Hand the buffered rows to ``spill`` (no-op when rows are kept in memory)."""
        if self._spill is not None and self._rows:
            self._spill(self._rows)
            self._rows = []

    def merge(self, other: "TargetTable") -> "TargetTable":
        """Append another table's rows (in-memory tables only)."""
        self._rows += other._rows
        self.count += other.count
        return self

    def __len__(self) -> int:
        return self.count

    def rows(self) -> list[dict]:
        """The rows still held in memory (all of them unless ``spill`` was given)."""
        return list(self._rows)
