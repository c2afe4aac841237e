"""``pattern.finditer`` for rare patterns, searched only where their digit core occurs.

A pattern such as ``period`` (``nửa cuối nhiệm kỳ 2020 - 2025``) is tried at every
position of the text, and its word alternation at the start makes that slow.
Each of its matches is a *prefix* of words and whitespace followed by a *core*
that starts with a digit (``2020 - 2025``). The core alone is cheap to find, and
where no core follows, no match can start: so the full pattern is searched only
from the beginning of the letters-and-spaces run before each core.

Why the result equals ``pattern.finditer(text)``: let ``q`` be the first core at
or after the current position ``pos``. A match starting at ``p >= pos`` has its
own core at some ``q' >= q``; its prefix ``[p, q')`` holds only letters and
whitespace, so it cannot contain the digit at ``q``: hence ``q' == q`` and ``p``
lies in the letters-and-spaces run ending at ``q``. Searching from the start of
that run therefore finds the same leftmost match as searching from ``pos``.
"""
from __future__ import annotations

from typing import Iterator

import regex

# The last character before a core that cannot belong to a prefix of words.
_NOT_PREFIX = regex.compile(r"[^\p{L}\s]", flags=regex.V1 | regex.REVERSE)


def anchored_finditer(pattern: regex.Pattern, core: regex.Pattern, text: str) -> Iterator[regex.Match]:
    """Yield exactly ``pattern.finditer(text)``, searching only before each core.

    Args:
        pattern: a pattern whose every match is letters and whitespace followed by
            a match of ``core``; it must not match the empty string. It is fast when
            most cores end a match (each search then stops at its core).
        core: the core, starting with a digit; found with ``overlapped=True``.
        text: the text.
    """
    pos = 0
    for c in core.finditer(text, overlapped=True):
        q = c.start()
        if q < pos:
            continue
        stop = _NOT_PREFIX.search(text, pos, q)
        m = pattern.search(text, stop.end() if stop else pos)
        if m is None:
            return
        yield m
        pos = m.end()
