"""The ``documents`` table: every referenced document once, with who cites it and when.

A numbered document is keyed by its number's letters and digits (``35/NQ-TW`` and
``35-NQ/TW`` are one document). An unnumbered one is keyed by its type, issuer,
congress and term (``Nghị quyết`` · ``Đại hội Đảng bộ tỉnh lần thứ XI``); when it has
neither congress nor term, its subject (or, lacking one, its own wording) joins the
key, so that two unnumbered resolutions of one Tỉnh ủy on different matters stay apart.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from .keys import article_date, number_key, text_key
from .merge import KeyedRows, Seen, earliest, most_common

COLUMNS = ["key", "doc_type", "number", "issuer", "issued", "subject", "congress", "term",
           "n_citing", "first_cited", "last_cited", "citing_ids"]


def document_key(res: dict) -> str:
    """The match key of one resolution item (a record's ``resolutions`` entry)."""
    number = number_key(res.get("number"))
    if number:
        return f"no:{number}"
    parts = [text_key(res.get(k)) for k in ("doc_type", "issuer", "congress", "term")]
    if not (parts[2] or parts[3]):
        parts.append(text_key(res.get("subject") or res.get("text")))
    return "doc:" + "|".join(parts)


@dataclass
class _Document:
    types: Counter = field(default_factory=Counter)
    numbers: Counter = field(default_factory=Counter)
    issuers: Counter = field(default_factory=Counter)
    congresses: Counter = field(default_factory=Counter)
    terms: Counter = field(default_factory=Counter)
    subject: Optional[str] = None
    issued: Optional[str] = None
    seen: Seen = field(default_factory=Seen)

    def _longer(self, subject: Optional[str]) -> None:
        if subject and (self.subject is None or (len(subject), subject) > (len(self.subject), self.subject)):
            self.subject = subject

    def add(self, res: dict) -> None:
        for counter, key in ((self.types, "doc_type"), (self.numbers, "number"), (self.issuers, "issuer"),
                             (self.congresses, "congress"), (self.terms, "term")):
            if res.get(key):
                counter[res[key]] += 1
        self._longer(res.get("subject"))
        self.issued = earliest(self.issued, res.get("issued"))

    def merge(self, other: "_Document") -> None:
        for mine, theirs in ((self.types, other.types), (self.numbers, other.numbers),
                             (self.issuers, other.issuers), (self.congresses, other.congresses),
                             (self.terms, other.terms)):
            mine.update(theirs)
        self._longer(other.subject)
        self.issued = earliest(self.issued, other.issued)
        self.seen.merge(other.seen)


class DocumentTable(KeyedRows):
    """Accumulates the resolutions of records into one row per referenced document."""

    row_type = _Document

    def add(self, record: dict, day: Optional[str] = None) -> None:
        """Add the resolutions of one record dict (``day`` defaults to :func:`article_date`)."""
        day = day if day is not None else article_date(record)
        for res in record.get("resolutions") or ():
            key = document_key(res)
            row = self._row(key)
            row.add(res)
            row.seen.add(record.get("id"), day)

    def rows(self) -> list[dict]:
        """One dict per document, most cited first, with the columns :data:`COLUMNS`."""
        out = [{
            "key": key, "doc_type": most_common(row.types), "number": most_common(row.numbers),
            "issuer": most_common(row.issuers), "issued": row.issued, "subject": row.subject,
            "congress": most_common(row.congresses), "term": most_common(row.terms),
            "n_citing": len(ids), "first_cited": row.seen.first, "last_cited": row.seen.last,
            "citing_ids": ids,
        } for key, row, ids in ((k, r, r.seen.article_ids()) for k, r in self._rows.items())]
        out.sort(key=lambda r: (-r["n_citing"], r["key"]))
        return out
