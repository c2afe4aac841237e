"""The token stream the officials finder walks: words and marks with offsets and case."""
from __future__ import annotations

from typing import NamedTuple

import regex

from .lexicon import TOKEN

# A name syllable: "Hùng", "Y", and "H'Hen" (Ê Đê/Jrai names written with an apostrophe).
_SYLLABLE = regex.compile(r"\p{Lu}(?:'\p{L})?\p{Ll}*", flags=regex.V1)


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


def _row(view: str, s: str, a: int, b: int, prev_end: int) -> tuple:
    first = s[0]
    upper = first.isupper()
    breaks = view.count("\n", prev_end, a)
    return (s, a, b,
            bool(upper and _SYLLABLE.fullmatch(s)),
            upper or first.isdigit(),
            first.isalnum(),
            breaks > 0,
            a == prev_end + 1 and view[prev_end] == " ",
            breaks > 1)


def tokenize(view: str, start: int = 0, end: int | None = None, line_start: bool = False,
             after_blank: bool = False) -> list[Tok]:
    """Tokens of ``view[start:end]`` with offsets into ``view``.

    Args:
        line_start: mark the first token as opening a line.
        after_blank: mark the first token as opening a block (a blank line before it).
    """
    end = len(view) if end is None else end
    spans = [m.span() for m in TOKEN.finditer(view, start, end)]
    if not spans:
        return []
    ends = [start] + [b for _, b in spans[:-1]]
    toks = [Tok._make(_row(view, view[a:b], a, b, p)) for (a, b), p in zip(spans, ends)]
    if line_start:
        toks[0] = toks[0]._replace(newline_before=True)
    if after_blank:
        toks[0] = toks[0]._replace(blank_before=True)
    return toks
