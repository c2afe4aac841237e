"""Keys that match the same person, position, document or metric across articles.

Articles write one thing many ways: tone marks in two placements (``Hoà``/``Hòa``),
dashes and spacing, an honorific or rank in front of a name, a document number as
``35-NQ/TW`` or ``35/NQ-TW``. Keys fold those differences away; the tables keep
the wording most often written for display.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from ..lang import load
from ..text.normalize import fold

_NOT_WORD = regex.compile(r"[^\w]+")
_NOT_ALNUM = regex.compile(r"[\W_]+")
_ISO_DAY = regex.compile(r"\d{4}-\d{2}-\d{2}")


def text_key(text: Optional[str]) -> str:
    """Lower case, tone marks in one placement, punctuation and extra spaces dropped."""
    if not text:
        return ""
    return " ".join(_NOT_WORD.sub(" ", fold(text)).split())


@lru_cache(maxsize=1)
def _honorifics() -> tuple[tuple[str, ...], ...]:
    titles = load("titles")
    words = {text_key(w) for w in (*titles["honorifics_common"], *titles["honorifics"])}
    return tuple(sorted((tuple(w.split()) for w in words if w), key=len, reverse=True))


def person_key(name: Optional[str]) -> str:
    """The key of a personal name: :func:`text_key` with leading honorifics and ranks removed."""
    words = text_key(name).split()
    stripped = True
    while stripped and words:
        stripped = False
        for h in _honorifics():
            if len(words) > len(h) and tuple(words[: len(h)]) == h:
                words, stripped = words[len(h):], True
                break
    return " ".join(words)


def position_key(name: Optional[str], role: Optional[str], organization: Optional[str]) -> str:
    """The key of one person × position row: person, role and organisation keys joined by ``|``."""
    return f"{person_key(name)}|{text_key(role)}|{text_key(organization)}"


def number_key(number: Optional[str]) -> str:
    """A document number with only its letters and digits, upper case (``35-NQ/TW`` → ``35NQTW``)."""
    if not number:
        return ""
    return _NOT_ALNUM.sub("", fold(number)).upper()


def iso_day(value: Optional[str]) -> Optional[str]:
    """The ``YYYY-MM-DD`` start of an ISO date or datetime string, else None."""
    if value and _ISO_DAY.match(value):
        return value[:10]
    return None


def article_date(record: dict) -> Optional[str]:
    """The day an article speaks from: ``published``, else its dateline, else its first full date.

    Args:
        record: a record dict as ``extractor extract`` writes it.

    Returns:
        ``YYYY-MM-DD`` or None when the article names no day.
    """
    day = iso_day(record.get("published"))
    if day:
        return day
    full = [d for d in record.get("dates") or () if d.get("kind") in ("date", "datetime") and d.get("start_date")]
    for d in full:
        if d.get("zone") == "dateline":
            return d["start_date"]
    return full[0]["start_date"] if full else None
