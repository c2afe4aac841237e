"""The ``positions`` table: who held which post, seen in which articles, from when to when.

One row per person × position. Rows are first gathered per (name key, role key,
organisation key), which merges tone-mark variants and honorifics of one name;
only when the table is read are the rows of one name split into persons:
a name is one person unless two of its positions conflict in time — the same
role in two different organisations over overlapping dates, seen in different
articles (one person does not chair two communes at once; two namesakes can).
Organisations compatible by containment (``UBND tỉnh`` within ``UBND tỉnh Hà Nam``)
never conflict, so a shorter wording of the same body does not split a person.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator, Optional

from .keys import article_date, person_key, text_key
from .merge import KeyedRows, Seen, most_common

COLUMNS = ["person_id", "key", "person", "role", "organization", "title", "first_seen", "last_seen",
           "n_articles", "article_ids"]


@dataclass
class _Position:
    # One counter of (name, role, organization, title) wordings rather than four:
    # most positions are written one way, and this is most of the table's memory.
    forms: Counter = field(default_factory=Counter)
    seen: Seen = field(default_factory=Seen)

    def merge(self, other: "_Position") -> None:
        self.forms.update(other.forms)
        self.seen.merge(other.seen)

    def wording(self, part: int):
        """The most common wording of one part (0 name, 1 role, 2 organization, 3 title)."""
        counts = Counter()
        for form, n in self.forms.items():
            if form[part]:
                counts[form[part]] += n
        return most_common(counts)


def _compatible(a: str, b: str) -> bool:
    return a == b or not a or not b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _conflict(a: tuple, pa: _Position, b: tuple, pb: _Position) -> bool:
    """Same role, incompatible organisations, overlapping dates, never together in one article."""
    if a[1] != b[1] or _compatible(a[2], b[2]):
        return False
    if None in (pa.seen.first, pb.seen.first) or not set(pa.seen.ids).isdisjoint(pb.seen.ids):
        return False
    return pa.seen.first <= pb.seen.last and pb.seen.first <= pa.seen.last


class PositionTable(KeyedRows):
    """Accumulates the officials of records into person × position rows."""

    row_type = _Position

    def add(self, record: dict, day: Optional[str] = None) -> None:
        """Add the officials of one record dict (``day`` defaults to :func:`article_date`)."""
        day = day if day is not None else article_date(record)
        for off in record.get("officials") or ():
            name = off.get("name")
            pkey = person_key(name)
            if not pkey:
                continue
            for title in off.get("titles") or ():
                role, org = title.get("role") or title.get("title"), title.get("organization")
                key = (pkey, text_key(role), text_key(org))  # = position_key(name, role, org)
                row = self._row(key)
                row.forms[(name, role, org, title.get("title") or role)] += 1
                row.seen.add(record.get("id"), day)

    def _people(self) -> Iterator[tuple[str, list[tuple[tuple, _Position]]]]:
        by_name: dict[str, list] = {}
        for key, row in self._rows.items():
            by_name.setdefault(key[0], []).append((key, row))
        for pkey in sorted(by_name):
            people: list[list] = []
            # Earliest first, so a person's first post anchors the split; undated rows last.
            for key, row in sorted(by_name[pkey], key=lambda kr: (kr[1].seen.first is None, kr[1].seen.first or "", kr[0])):
                home = next((p for p in people if not any(_conflict(k, r, key, row) for k, r in p)), None)
                if home is None:
                    people.append([(key, row)])
                else:
                    home.append((key, row))
            for n, person in enumerate(people, 1):
                yield (pkey if n == 1 else f"{pkey} #{n}"), person

    def rows(self) -> list[dict]:
        """The table: one dict per person × position, with the columns :data:`COLUMNS`."""
        out = []
        for person_id, positions in self._people():
            names = Counter()
            for _, row in positions:
                for form, n in row.forms.items():
                    names[form[0]] += n
            display = most_common(names)
            for key, row in positions:
                ids = row.seen.article_ids()
                out.append({
                    "person_id": person_id, "key": "|".join(key), "person": display, "role": row.wording(1),
                    "organization": row.wording(2), "title": row.wording(3),
                    "first_seen": row.seen.first, "last_seen": row.seen.last,
                    "n_articles": len(ids), "article_ids": ids,
                })
        return out
