"""The token stream the officials finder walks: words and marks, their case, and offsets.

Speed: a token's flags depend only on its own text (case, letters) and on the
whitespace gap before it (line breaks, one space), so a :class:`Tok` holds no
offset and one object serves every ``(gap, text)`` pair of the process (cached);
the end offsets go to a plain list (:class:`Offsets`). The text is cut by :data:`.lexicon.TOKEN`'s twin
in the standard ``re`` module (see :mod:`.fastre`), which is faster and returns
``gap + token`` strings without match objects; text holding a character outside the
ranges where the twin is proven equal falls back to :data:`.lexicon.TOKEN`.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from operator import attrgetter, sub
from typing import NamedTuple, Optional

import regex

from .fastre import GAP_TOKEN, SPACE_CHARS, outside_safe
from .lexicon import TOKEN

# A name syllable: "Hùng", "Y", and "H'Hen" (Ê Đê/Jrai names written with an apostrophe).
_SYLLABLE = regex.compile(r"\p{Lu}(?:'\p{L})?\p{Ll}*", flags=regex.V1)
#: caches are dropped when they grow past this many entries (a long-running process;
#: the corpus needs about 3,000)
_CACHE_LIMIT = 50_000


class Tok(NamedTuple):
    """One token of the matching view (its offsets are kept apart, see :func:`tokenize_spans`)."""

    text: str
    #: ``text`` lower-cased (the form phrases are compared by)
    lower: str
    #: letters only, first upper, rest lower: a possible name syllable
    title_case: bool
    #: opens with a capital letter or a digit (may open or continue an organisation)
    capital: bool
    word: bool
    #: the gap before this token holds a line break
    newline_before: bool
    #: the gap before this token is exactly one space
    space_before: bool
    #: the gap before this token holds a blank line (a new block)
    blank_before: bool
    #: ``"T"``: title case after one space (goes on a run of name syllables), ``"t"``:
    #: title case after another gap (opens a run), ``"x"``: anything else
    run_mark: str


def run_mark(title_case: bool, space_before: bool) -> str:
    """:attr:`Tok.run_mark` of a token."""
    return ("T" if space_before else "t") if title_case else "x"


def text_flags(s: str) -> tuple[bool, bool, bool]:
    """``(title_case, capital, word)`` of a token's text."""
    first = s[0]
    upper = first.isupper()
    return bool(upper and _SYLLABLE.fullmatch(s)), upper or first.isdigit(), first.isalnum()


def gap_flags(gap: str) -> tuple[bool, bool, bool]:
    """``(newline_before, space_before, blank_before)`` of the whitespace before a token."""
    breaks = gap.count("\n")
    return breaks > 0, gap == " ", breaks > 1


_new = tuple.__new__
#: a token's text -> the fields of :class:`Tok` it decides (the same word after other gaps)
_HEADS: dict[str, tuple] = {}
#: a gap -> the fields of :class:`Tok` it decides (few distinct gaps)
_TAILS: dict[str, tuple[bool, bool, bool]] = {}


class _TokCache(dict):
    """A chunk (``gap + text``) -> its :class:`Tok`, built on first use."""

    def __missing__(self, chunk: str) -> Tok:
        if len(self) >= _CACHE_LIMIT:
            self.clear()
            _HEADS.clear()
            _TAILS.clear()
        s = chunk.lstrip(SPACE_CHARS)  # (a token never opens with a space)
        gap = chunk[:len(chunk) - len(s)]
        head = _HEADS.get(s)
        if head is None:
            head = _HEADS[s] = (s, s.lower(), *text_flags(s))
        tail = _TAILS.get(gap)
        if tail is None:
            tail = _TAILS[gap] = gap_flags(gap)
        tok = self[chunk] = _new(Tok, head + tail + (run_mark(head[2], tail[1]),))
        return tok


_TOKS = _TokCache()
#: ``(token, line_start, after_blank)`` -> the token marked as opening a line / block
_OPENERS: dict[tuple[Tok, bool, bool], Tok] = {}
_TEXT = attrgetter("text")


def _chunks(view: str, start: int, end: int) -> list[str]:
    """``gap + token`` for every token of ``view[start:end]`` (they tile the text up to its last token)."""
    if not outside_safe(view, start, end):
        return GAP_TOKEN.findall(view, start, end)
    out, p = [], start
    for m in TOKEN.finditer(view, start, end):
        out.append(view[p:m.end()])
        p = m.end()
    return out


def tokenize_spans(view: str, start: int = 0, end: int | None = None, line_start: bool = False,
                   after_blank: bool = False) -> tuple[list[Tok], list[int], list[int]]:
    """Tokens of ``view[start:end]`` and their start and end offsets into ``view``.

    Args:
        line_start: mark the first token as opening a line.
        after_blank: mark the first token as opening a block (a blank line before it).
    """
    toks, ends = _cut(view, start, len(view) if end is None else end)
    if toks and (line_start or after_blank):
        toks[0] = _opener(toks[0], line_start, after_blank)
    return toks, list(map(sub, ends, map(len, map(_TEXT, toks)))), ends


def _cut(view: str, start: int, end: int) -> tuple[list[Tok], list[int]]:
    """Tokens of ``view[start:end]`` and their end offsets."""
    chunks = _chunks(view, start, end)
    # chunks tile the text: a token ends where the lengths so far add up
    ends = list(accumulate(map(len, chunks), initial=start))
    del ends[0]
    return list(map(_TOKS.__getitem__, chunks)), ends


class Offsets:
    """Character offsets of a token stream; a start is worked out from the end and the
    text when asked for (few are: the tokens that open a mention or a title)."""

    __slots__ = ("toks", "ends")

    def __init__(self, toks: list[Tok], ends: list[int]):
        self.toks, self.ends = toks, ends

    def start(self, i: int) -> int:
        """Start offset of token ``i``."""
        return self.ends[i] - len(self.toks[i].text)

    def end(self, i: int) -> int:
        """End offset of token ``i``."""
        return self.ends[i]


def _opener(tok: Tok, line_start: bool, after_blank: bool) -> Tok:
    """``tok`` marked as opening a line and/or a block (cached)."""
    key = (tok, line_start, after_blank)
    opener = _OPENERS.get(key)
    if opener is None:
        opener = tok
        if line_start:
            opener = opener._replace(newline_before=True)
        if after_blank:
            opener = opener._replace(blank_before=True)
        if len(_OPENERS) >= _CACHE_LIMIT:
            _OPENERS.clear()
        _OPENERS[key] = opener
    return opener


def _stretches(view: str, lines) -> Optional[list[tuple[int, int]]]:
    """Runs of consecutive lines parted by whitespace only, as ``(start, end)``; None
    when the lines are not in text order or overlap.

    No token crosses a non-empty whitespace gap and ``TOKEN`` looks no further than a
    space, so a stretch cuts into the tokens of its lines, in order; only the gap
    before each line's first token differs (see :func:`tokenize_lines`).
    """
    out: list[list[int]] = []
    for start, end in lines:
        if out and start < out[-1][1]:
            return None
        if out and out[-1][1] < start and not view[out[-1][1]:start].strip(SPACE_CHARS):
            out[-1][1] = end
        else:
            out.append([start, end])
    return [(a, b) for a, b in out]


def tokenize_lines(view: str, lines) -> tuple[list[Tok], Offsets]:
    """Tokens of the lines ``(start, end)`` (in text order), each line's first marked as
    opening a line, and a block after a blank line; with their offsets.

    Equal to :func:`tokenize_spans` line by line (``line_start=True``), cut a stretch of
    lines at a time: each line's first token is then re-read from the line's start.
    """
    toks: list[Tok] = []
    ends: list[int] = []
    stretches = _stretches(view, lines)
    if stretches is None:
        prev = 0
        for a, b in lines:
            part = tokenize_spans(view, a, b, line_start=True, after_blank=view.count("\n", prev, a) > 1)
            prev = b
            toks.extend(part[0])
            ends.extend(part[2])
        return toks, Offsets(toks, ends)
    for a, b in stretches:
        part = _cut(view, a, b)
        toks.extend(part[0])
        ends.extend(part[1])
    prev, k, n = 0, 0, len(toks)
    for start, end in lines:
        after_blank = view.count("\n", prev, start) > 1
        prev = end
        # the line's first token: the first to end after the line's start, if it ends in the line
        k = bisect_right(ends, start, k)
        if k < n and ends[k] <= end:
            toks[k] = _opener(_TOKS[view[start:ends[k]]], True, after_blank)
    return toks, Offsets(toks, ends)


def tokenize(view: str, start: int = 0, end: int | None = None, line_start: bool = False,
             after_blank: bool = False) -> list[Tok]:
    """Tokens of ``view[start:end]`` (see :func:`tokenize_spans` for their offsets)."""
    return tokenize_spans(view, start, end, line_start, after_blank)[0]
