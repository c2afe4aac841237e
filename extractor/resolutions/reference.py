"""A document reference as read from the tokens, before it becomes a record item."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass
class Reference:
    """A reference as read: tokens ``[start, end)`` and its parts (strings cut from the text)."""

    start: int
    end: int
    doc_type: str
    kind: str  # numbered, short, congress, roman, bare, plenum, named, law, titled
    number: Optional[str] = None
    issued: Optional[str] = None
    issuer: Optional[str] = None
    subject: Optional[str] = None
    congress: Optional[str] = None
    ordinal: Optional[int] = None
    term: Optional[str] = None
    national: bool = False
    current: bool = False  # a bare "Nghị quyết Đại hội" that names the article's congress
    linked: bool = False  # parts copied from the full reference it repeats
