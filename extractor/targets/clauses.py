"""Sentences and clauses of the matching view.

A target is stated in one clause (``Giải ngân vốn đầu tư công đạt 41,8% kế
hoạch``) or in a clause and the comment after it (``doanh thu đạt 1.234,5 tỷ
đồng, bằng 103,2% kế hoạch năm``); clauses are the pieces between commas,
semicolons, colons, brackets and spaced dashes, never splitting a number (``2,1``)
or a range (``7,5 – 8%``).
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_right
from typing import NamedTuple

import regex

_SENTENCE_END = regex.compile(r"[.!?…](?!\d)(?=\s|$)|\n")
# What separates clauses (the reference, see _separators): not the comma of "2,1", not
# the brackets of "(GDP)", not the dash of "7,5 – 8%".
_CLAUSE_SEP = regex.compile(r";|:(?!\d)|,(?!\d)|\((?![\p{Lu}\d&]{1,12}\))|(?<!\([\p{Lu}\d&]{1,12})\)|(?<!\d)\s[-–]\s|\s[-–]\s(?!\d)", flags=regex.V1)
# Where a separator may stand: the reference's lookarounds are checked in Python.
_CANDIDATE = regex.compile(r"[;:,()]|\s[-–]\s", flags=regex.V1)


class Clause(NamedTuple):
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


def _abbreviation(view: str, i: int, step: int) -> int:
    """Where the run of ``[\\p{Lu}\\d&]`` from ``i`` (going by ``step``) ends, 13 at most away."""
    n = 0
    while n <= 12 and 0 <= i < len(view) and (view[i] == "&" or view[i].isdecimal()
                                               or unicodedata.category(view[i]) == "Lu"):
        n += 1
        i += step
    return i if 1 <= n <= 12 else -2


def _separators(view: str, start: int, end: int):
    """``(start, end, sep)`` of each match of ``_CLAUSE_SEP`` in ``view[start:end]``, in order.

    Every match of it is a match of ``_CANDIDATE`` (a separator character, or a spaced
    dash) spanning the same characters, and a candidate it rejects hides no other one (a
    rejected dash has a digit after it): so the candidates in order, with the reference's
    lookarounds checked here, are its matches. A regex of lookbehinds tried at every
    character was most of the cost of a sentence's clauses."""
    for m in _CANDIDATE.finditer(view, start, end):
        p = m.start()
        ch = view[p]
        if ch == ":" or ch == ",":
            if p + 1 < end and view[p + 1].isdecimal():
                continue  # "2,1", "10:30"
        elif ch == "(":
            i = _abbreviation(view, p + 1, 1)
            if 0 <= i < end and view[i] == ")":
                continue  # "(GDP)" belongs to its clause
        elif ch == ")":
            i = _abbreviation(view, p - 1, -1)
            if i >= 0 and view[i] == "(":
                continue
        elif ch != ";":
            if p > 0 and view[p - 1].isdecimal() and p + 3 < end and view[p + 3].isdecimal():
                continue  # "7,5 – 8%" is a range
            ch = view[p + 1]
        yield p, m.end(), ch


def _trimmed(out: list, view: str, a: int, b: int, sep: str) -> None:
    piece = view[a:b]
    lead, kept = len(piece) - len(piece.lstrip()), len(piece.rstrip())
    if kept > lead:
        out.append(Clause(a + lead, a + kept, sep))


def clauses(view: str, start: int, end: int) -> list[Clause]:
    """The clauses of the sentence ``view[start:end]`` in order (empty ones dropped)."""
    out: list[Clause] = []
    pos, sep = start, ""
    for a, b, ch in _separators(view, start, end):
        _trimmed(out, view, pos, a, sep)
        pos, sep = b, ch
    _trimmed(out, view, pos, end, sep)
    return out


def clause_at(items: list[Clause], pos: int) -> int:
    """Index of the clause holding ``pos`` (the last one starting at or before it)."""
    # A binary search: a scan per cue made a long sentence of many targets quadratic.
    return max(0, bisect_right(items, pos, key=_start) - 1)


def _start(clause: Clause) -> int:
    return clause.start
