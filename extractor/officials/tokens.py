"""The token stream the officials finder walks: words and marks with offsets and case."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .lexicon import TOKEN

_TITLE_CASE = regex.compile(r"\p{Lu}\p{Ll}*", flags=regex.V1)


@dataclass
class Tok:
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


def tokenize(view: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of ``view[start:end]`` with offsets into ``view``."""
    end = len(view) if end is None else end
    out: list[Tok] = []
    prev_end = start
    for m in TOKEN.finditer(view, start, end):
        s = m.group()
        gap = view[prev_end:m.start()]
        first = s[0]
        out.append(Tok(
            text=s, start=m.start(), end=m.end(),
            title_case=bool(_TITLE_CASE.fullmatch(s)),
            capital=first.isupper() or first.isdigit(),
            word=first.isalnum(),
            newline_before="\n" in gap,
            space_before=gap == " ",
        ))
        prev_end = m.end()
    return out
