"""The token stream the officials finder walks: words and marks with offsets and case.

Speed: a token's flags depend only on its own text (case, letters) and on the
whitespace gap before it (line breaks, one space); both repeat across a document,
so each distinct text and gap is classified once and rows are assembled from the
two cached parts. The text is cut by :data:`.lexicon.TOKEN`'s twin in the standard
``re`` module (see :mod:`.fastre`), which is faster and returns ``(gap, token)``
pairs without match objects; text holding a character outside the ranges where the
twin is proven equal falls back to :data:`.lexicon.TOKEN`.
"""
from __future__ import annotations

from typing import NamedTuple

import regex

from .fastre import GAP_TOKEN, outside_safe
from .lexicon import TOKEN

# A name syllable: "Hùng", "Y", and "H'Hen" (Ê Đê/Jrai names written with an apostrophe).
_SYLLABLE = regex.compile(r"\p{Lu}(?:'\p{L})?\p{Ll}*", flags=regex.V1)
#: caches are dropped when they grow past this many entries (a long-running process)
_CACHE_LIMIT = 200_000


class Tok(NamedTuple):
    """One token of the matching view: ``view[start:end]``."""

    text: str
    start: int
    end: int
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


_new = tuple.__new__
_text_flags: dict[str, tuple[bool, bool, bool]] = {}
_gap_flags: dict[str, tuple[bool, bool, bool]] = {}


def text_flags(s: str) -> tuple[bool, bool, bool]:
    """``(title_case, capital, word)`` of a token's text (cached)."""
    flags = _text_flags.get(s)
    if flags is None:
        first = s[0]
        upper = first.isupper()
        flags = (bool(upper and _SYLLABLE.fullmatch(s)), upper or first.isdigit(), first.isalnum())
        if len(_text_flags) >= _CACHE_LIMIT:
            _text_flags.clear()
        _text_flags[s] = flags
    return flags


def gap_flags(gap: str) -> tuple[bool, bool, bool]:
    """``(newline_before, space_before, blank_before)`` of the whitespace before a token (cached)."""
    flags = _gap_flags.get(gap)
    if flags is None:
        breaks = gap.count("\n")
        flags = (breaks > 0, gap == " ", breaks > 1)
        if len(_gap_flags) >= _CACHE_LIMIT:
            _gap_flags.clear()
        _gap_flags[gap] = flags
    return flags


def _pairs(view: str, start: int, end: int) -> list[tuple[str, str]]:
    """``(whitespace before, token)`` for every token of ``view[start:end]``."""
    if not outside_safe(view, start, end):
        return GAP_TOKEN.findall(view, start, end)
    out, p = [], start
    for m in TOKEN.finditer(view, start, end):
        a, b = m.span()
        out.append((view[p:a], view[a:b]))
        p = b
    return out


def tokenize(view: str, start: int = 0, end: int | None = None, line_start: bool = False,
             after_blank: bool = False) -> list[Tok]:
    """Tokens of ``view[start:end]`` with offsets into ``view``.

    Args:
        line_start: mark the first token as opening a line.
        after_blank: mark the first token as opening a block (a blank line before it).
    """
    end = len(view) if end is None else end
    toks = []
    append = toks.append
    tf, gf = _text_flags, _gap_flags
    p = start
    for g, s in _pairs(view, start, end):
        a = p + len(g)
        p = a + len(s)
        append(_new(Tok, (s, a, p) + (tf.get(s) or text_flags(s)) + (gf.get(g) or gap_flags(g))))
    if toks and line_start:
        toks[0] = toks[0]._replace(newline_before=True)
    if toks and after_blank:
        toks[0] = toks[0]._replace(blank_before=True)
    return toks
