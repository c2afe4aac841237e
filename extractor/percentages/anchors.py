"""``pattern.finditer`` for the percentage patterns, searched only where a match can be.

Scanning a whole article with a pattern costs about the same at every position,
whether or not a match is near; these helpers find the few places where one can
be with ``str`` methods and run the pattern only there. Each yields exactly
``pattern.finditer(text)`` (non-overlapping, leftmost first), for the reasons
given in its docstring.

Case-insensitive words are looked up in ``text.casefold()``, which is exact when
:func:`folded` returns it: no character then has a multi-character case fold,
so each keeps its offset and folds to its simple case fold, and a character
matches a letter of a pattern word case-insensitively exactly when both fold to
the same letter. Otherwise the callers fall back to the plain ``finditer``.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Optional, Sequence

import regex


def folded(text: str) -> Optional[str]:
    """``text.casefold()`` when it keeps every offset, else None."""
    low = text.casefold()
    return low if len(low) == len(text) else None


def word_starts(low: str, words: Iterable[str]) -> list[int]:
    """Every offset in ``low`` where one of ``words`` begins, sorted (overlaps kept)."""
    found: set[int] = set()
    for word in set(words):
        i = low.find(word)
        while i >= 0:
            found.add(i)
            i = low.find(word, i + 1)
    return sorted(found)


def finditer_at(pattern: regex.Pattern, starts: Sequence[int], text: str) -> Iterator[regex.Match]:
    """Yield exactly ``pattern.finditer(text)`` when every match begins at one of ``starts``.

    ``finditer`` yields, from the end of the previous match, the leftmost position
    where the pattern matches; a position outside ``starts`` never does, so trying
    the sorted ``starts`` at or after that end, in order, finds the same match.

    Args:
        pattern: a pattern that cannot match the empty string.
        starts: sorted offsets holding every offset where a match can begin.
        text: the text.
    """
    pos = 0
    for s in starts:
        if s < pos:
            continue
        m = pattern.match(text, s)
        if m is not None:
            yield m
            pos = m.end()


def finditer_before(pattern: regex.Pattern, cores: Sequence[tuple[int, int]], stop: regex.Pattern,
                    text: str) -> Iterator[regex.Match]:
    """Yield exactly ``pattern.finditer(text)`` for a pattern whose matches end with a core.

    Each match is a prefix without ``stop`` characters and without any core,
    followed by one core (``5-7%``: the core is the sign ``%`` or ``phần trăm``).
    For a core at ``[q, qe)`` (taken in order, from the end of the previous
    match ``pos``), a match ending with it starts at or after the run of non-stop
    characters before ``q``, so the search runs from there up to ``qe`` plus one
    character (what a closing ``\\b`` looks at). A match that starts there ends
    with this core or an earlier one, never a later one (it would hold this core),
    so the window changes no match; a match ending with an earlier core would
    have been found in that core's window. Hence the first match found over the
    windows is the leftmost match after ``pos``.

    Args:
        pattern: the pattern.
        cores: sorted ``(start, end)`` of every place a core is matched.
        stop: one character no prefix can hold, compiled with ``regex.REVERSE``.
        text: the text.
    """
    pos = 0
    for q, qe in cores:
        if q < pos:
            continue
        last = stop.search(text, pos, q)
        m = pattern.search(text, last.end() if last else pos, qe + 1)
        if m is not None:
            yield m
            pos = m.end()
