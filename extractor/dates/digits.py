"""Where the digit-led date patterns can start: the runs of digits, found once per document.

Scanning the text for ``dmy`` or ``dm`` tries their start at every character; the
runs of ASCII digits are found in one cheap pass, and only some run starts can
begin those matches. Why, for each pattern (``\\d`` is any Unicode digit, as in
the patterns; a day, month or year begins with an ASCII digit):

- ``dmy``, ``dm``: the start is an ASCII digit that no digit precedes
  (``NUM_START``), so it starts an ASCII run; its day (one or two digits) is
  followed by a separator (``dmy``: ``sep``) or also a space (``dm``: ``day``),
  so the ASCII run from there is at most two digits long and what follows it is
  one of those, or a non-ASCII character (a Unicode digit continuing the day).
- ``horizon_year``, and the cores of ``year`` and ``period``: the year is four
  digits after a space, a quote or no digit at all, so it starts an ASCII run;
  ``1[89]``/``20`` are ASCII and no digit follows the year (``NUM_END``, or the
  dash, word or slash of a period), so that run is four long, or two or three
  long and followed by another digit (``year``).

:func:`at_starts` then equals ``finditer`` given those starts.
"""
from __future__ import annotations

from typing import Iterable, Iterator

import regex

_RUN = regex.compile(r"[0-9]+")  # ASCII only: faster than \d, see the module docstring


class DigitRuns:
    """The starts of the runs of ASCII digits in one text that can begin a date.

    Attributes:
        sep: starts of runs of one or two digits before ``/``, ``.``, ``-`` or a
            non-ASCII character (a day of ``dmy``).
        day: those, and such runs before a space (a day of ``dm``).
        year: starts of runs of four digits, or of two or three before a non-ASCII
            character (a year).
    """

    def __init__(self, text: str):
        self.sep: list[int] = []
        self.day: list[int] = []
        self.year: list[int] = []
        sep, day, year = self.sep.append, self.day.append, self.year.append
        end = len(text)
        for m in _RUN.finditer(text):
            s, e = m.span()
            n = e - s
            if e == end:
                if n == 4:
                    year(s)
                continue
            after = text[e]
            # Non-ASCII may be a Unicode digit: kept (str.isdigit misses some the engine knows).
            other = not after.isascii()
            if n <= 2:
                if after in "/.-" or other:
                    sep(s)
                    day(s)
                elif after.isspace():  # every \s of the engine is isspace (checked on all of Unicode)
                    day(s)
            if n == 4 or (other and 2 <= n <= 3):
                year(s)


_MATCHERS: dict[tuple[str, int], regex.Pattern] = {}


def matcher(pattern: regex.Pattern) -> regex.Pattern:
    """``pattern`` for many ``match`` calls: the same matches, without the required-literal scan.

    Before a match the regex engine looks ahead for the literal every match holds
    (``tháng`` for ``textual``), from the position to the end of the text when it
    is absent: on each call, so trying a pattern at many starts of a long text
    costs quadratic time. An impossible second branch (``|(?!)``) leaves the
    matches and their groups as they are and leaves no literal required.
    """
    key = (pattern.pattern, pattern.flags)
    hit = _MATCHERS.get(key)
    if hit is None:
        hit = _MATCHERS[key] = regex.compile(f"(?:{pattern.pattern})|(?!)", pattern.flags)
    return hit


def at_starts(pattern: regex.Pattern, starts: Iterable[int], text: str) -> Iterator[regex.Match]:
    """Yield exactly ``pattern.finditer(text)`` when every match starts at one of ``starts``.

    Args:
        pattern: a pattern that never matches the empty string.
        starts: ascending positions, among them every position a match of
            ``pattern`` in ``text`` can start at.
        text: the text.
    """
    pos = 0
    match = matcher(pattern).match
    for s in starts:
        if s >= pos:
            m = match(text, s)
            if m is not None:
                yield m
                pos = m.end()


def cores_at(core: regex.Pattern, starts: Iterable[int], text: str) -> list[int]:
    """The positions among ``starts`` where ``core`` matches: what ``core.finditer(text,
    overlapped=True)`` starts at, when every match of ``core`` starts at one of ``starts``."""
    match = matcher(core).match
    return [s for s in starts if match(text, s) is not None]
