"""Every place a name or an abbreviation occurs, as a whole word."""
from __future__ import annotations


def _bounded(hay: str, start: int, end: int) -> bool:
    before = hay[start - 1] if start else " "
    after = hay[end] if end < len(hay) else " "
    return not (before.isalnum() or after.isalnum())


def occurrences(hay: str, needle: str) -> list[tuple[int, int]]:
    """Word-bounded occurrences of ``needle`` in ``hay`` (linear: ``str.find`` from left to right)."""
    out: list[tuple[int, int]] = []
    if not needle:
        return out
    pos = hay.find(needle)
    while pos >= 0:
        end = pos + len(needle)
        if _bounded(hay, pos, end):
            out.append((pos, end))
        pos = hay.find(needle, pos + 1)
    return out
