"""Sentences and clauses of the matching view.

A target is stated in one clause (``Giải ngân vốn đầu tư công đạt 41,8% kế
hoạch``) or in a clause and the comment after it (``doanh thu đạt 1.234,5 tỷ
đồng, bằng 103,2% kế hoạch năm``); clauses are the pieces between commas,
semicolons, colons, brackets and spaced dashes, never splitting a number (``2,1``)
or a range (``7,5 – 8%``).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import regex

_SENTENCE_END = regex.compile(r"[.!?…](?!\d)(?=\s|$)|\n")
_CLAUSE_SEP = regex.compile(r";|:(?!\d)|,(?!\d)|\((?![\p{Lu}\d&]{1,12}\))|(?<!\([\p{Lu}\d&]{1,12})\)|(?<!\d)\s[-–]\s|\s[-–]\s(?!\d)", flags=regex.V1)


@dataclass(frozen=True)
class Clause:
    """``view[start:end]`` with surrounding spaces trimmed; ``sep`` is the separator before it."""

    start: int
    end: int
    sep: str


def sentences(view: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence in ``view[start:end]``."""
    end = len(view) if end is None else end
    out, pos = [], start
    for m in _SENTENCE_END.finditer(view, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return [(a, b) for a, b in out if view[a:b].strip()]


def _trim(view: str, a: int, b: int) -> tuple[int, int]:
    while a < b and view[a].isspace():
        a += 1
    while b > a and view[b - 1].isspace():
        b -= 1
    return a, b


def clauses(view: str, start: int, end: int) -> list[Clause]:
    """The clauses of the sentence ``view[start:end]`` in order (empty ones dropped)."""
    out, pos, sep = [], start, ""
    for m in _CLAUSE_SEP.finditer(view, start, end):
        a, b = _trim(view, pos, m.start())
        if b > a:
            out.append(Clause(a, b, sep))
        pos, sep = m.end(), m.group().strip() or ","
    a, b = _trim(view, pos, end)
    if b > a:
        out.append(Clause(a, b, sep))
    return out


def clause_at(items: list[Clause], pos: int) -> int:
    """Index of the clause holding ``pos`` (the last one starting at or before it)."""
    # A binary search: a scan per cue made a long sentence of many targets quadratic.
    return max(0, bisect_right(items, pos, key=_start) - 1)


def _start(clause: Clause) -> int:
    return clause.start
