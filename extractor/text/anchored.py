"""``pattern.finditer`` for rare patterns, searched only where their core occurs.

A pattern such as ``period`` (``nửa cuối nhiệm kỳ 2020 - 2025``) is tried at every
position of the text, and its word alternation at the start makes that slow.
Each of its matches is a *prefix* (here words and whitespace) followed by a
*core* (``2020 - 2025``). The core alone is cheap to find, and where no core
follows, no match can start: so the full pattern is searched only from the
beginning of the run of possible prefix characters before each core (the run
ends at the last *stop* character: one that no prefix can hold).

Why the result equals ``pattern.finditer(text)``: let ``q`` be the first core at
or after the current position ``pos``, and ``r`` the start of the run of
non-stop characters that ends at ``q``. A match starting at ``p >= pos`` has its
own core at some ``q' >= q`` and its prefix ``[p, q')`` holds no stop
character. If ``p < q``, then ``[p, q)`` lies inside that prefix, so ``p >= r``;
otherwise ``p >= q >= r`` anyway. Searching from ``max(pos, r)`` therefore finds
the same leftmost match as searching from ``pos``.
"""
from __future__ import annotations

from typing import Iterator, Sequence, Union

import regex


def anchored_finditer(pattern: regex.Pattern, core: Union[regex.Pattern, Sequence[regex.Pattern]],
                      stop: regex.Pattern, text: str) -> Iterator[regex.Match]:
    """Yield exactly ``pattern.finditer(text)``, searching only before each core.

    Args:
        pattern: a pattern whose every match is a prefix without ``stop``
            characters followed by a match of ``core``; it must not match the empty
            string. It is fast when most cores end a match (each search then stops
            at its core).
        core: the core, or several (a literal each is faster to find than an
            alternation); found with ``overlapped=True``.
        stop: one character no prefix can hold, compiled with ``regex.REVERSE``.
        text: the text.
    """
    if isinstance(core, regex.Pattern):
        cores = [c.start() for c in core.finditer(text, overlapped=True)]
    else:
        cores = sorted({c.start() for one in core for c in one.finditer(text, overlapped=True)})
    return anchored_at(pattern, cores, stop, text)


def anchored_at(pattern: regex.Pattern, cores: Sequence[int], stop: regex.Pattern,
                text: str) -> Iterator[regex.Match]:
    """:func:`anchored_finditer` with the core positions already found.

    Args:
        pattern: as for :func:`anchored_finditer`.
        cores: ascending positions, among them every start of a core.
        stop: as for :func:`anchored_finditer`.
        text: the text.
    """
    pos = 0
    for q in cores:
        if q < pos:
            continue
        last = stop.search(text, pos, q)
        m = pattern.search(text, last.end() if last else pos)
        if m is None:
            return
        yield m
        pos = m.end()
