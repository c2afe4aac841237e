"""Personal-name candidates: runs of capitalised syllables that open with a surname.

A title written before the name often runs straight into it
(``Chủ tịch UBND tỉnh Phú Thọ Hà Quang Định``), so a run is split: known place
names at its start are skipped, and the name is the tail that opens with a
surname and has two to four syllables (three preferred, the commonest length).
"""
from __future__ import annotations

import re
from operator import attrgetter
from typing import Optional

from .lexicon import Lexicon
from .tokens import Tok

_MIN, _MAX = 2, 4
_PREFERRED = (3, 4, 2)
_MIDDLE_NAMES = frozenset({"văn", "thị"})
_RUN_MARK = attrgetter("run_mark")
_LONG_RUN = re.compile("[Tt]T+")


def _runs(toks: list[Tok]):
    """Maximal runs ``(i, j)`` of two or more title-case tokens joined by single spaces.

    Over the string of the tokens' run marks (one character a token), ``[Tt]T+``
    scanned from the left matches exactly those runs: a match never opens on a ``T``
    that goes on a run, since the mark before it either opened a match (which took
    it, ``T+`` being greedy) or ended one (which would have taken it too).
    """
    marks = "".join(map(_RUN_MARK, toks))
    return [m.span() for m in _LONG_RUN.finditer(marks)]


def split_run(words: list[str], i: int, j: int, lex: Lexicon, after_unit: bool) -> Optional[int]:
    """Where the personal name starts in the run ``words[i:j]``, or None.

    Args:
        words: lower-cased tokens.
        after_unit: the run follows a unit word (``tỉnh``, ``huyện``): a two-syllable
            run is then a place (``huyện Lục Ngạn``).
    """
    k = i
    place_first = lex.places.by_first  # (a place can only open at a word that opens one)
    while k < j and words[k] in place_first:
        n = lex.places.match(words, k, j)
        if not n:
            break
        k += n
    if k == i and j - i == 2 and after_unit:
        return None
    # "Y Wel Niê", "H'Hen Niê": a given-name prefix opens the name, the family name ends it.
    if words[j - 1] in lex.surnames:
        for s in range(k, j - 1):
            if lex.opener(words[s]) and _MIN <= j - s <= _MAX:
                return s
    if k < j and words[k] in lex.surnames and _MIN <= j - k <= _MAX:
        return k
    starts = [s for s in range(k, j) if words[s] in lex.surnames and _MIN <= j - s <= _MAX]
    for length in _PREFERRED:
        for s in starts:
            if j - s == length:
                return s
    # A family name missing from the list: "Thị"/"Văn" second ("Ksor Văn Hùng") still
    # marks a personal name.
    if k < j and 3 <= j - k <= _MAX and words[k + 1] in _MIDDLE_NAMES:
        return k
    return None


def _after_honorific(words: list[str], i: int) -> bool:
    """``đồng chí``/``ông``/``bà`` written just before token ``i``."""
    return i >= 1 and words[i - 1] in ("ông", "bà") or i >= 2 and words[i - 2:i] == ["đồng", "chí"]


def _after_role(toks: list[Tok], words: list[str], i: int, lex: Lexicon) -> bool:
    """A capitalised role (``Chủ tịch``) ends right before token ``i``."""
    return any(toks[k].capital and lex.roles.match(words, k, i) == i - k for k in range(max(0, i - 4), i))


def find_names(toks: list[Tok], words: list[str], lex: Lexicon) -> dict[int, int]:
    """Name candidates as ``{first token: end token}``."""
    out: dict[int, int] = {}
    unit_first = lex.admin_units.by_first
    for i, j in _runs(toks):
        # "Ông Hoàng Văn Lực", "Bà Trịnh Thị Thu": a capitalised honorific opens the run.
        while i < j and (words[i],) in lex.common_honorifics:
            i += 1
        if j - i < _MIN:
            continue
        # (only a two-syllable run asks whether a unit word comes before it)
        after_unit = bool(j - i == 2 and i >= 1 and any(
            words[s] in unit_first and lex.admin_units.match(words, s) == i - s for s in range(max(0, i - 2), i)))
        s = split_run(words, i, j, lex, after_unit)
        if s is None and 2 <= j - i <= _MAX and _after_honorific(words, i) and not lex.places.match(words, i, j):
            s = i  # "đồng chí Ksor Phước": the honorific vouches for an unlisted family name
        if s is None and tuple(words[i:j]) in lex.person_places and _after_role(toks, words, i, lex):
            s = i  # "Chủ tịch Hồ Chí Minh": a person's name that is also a city's
        if s is not None and not lex.org_names.match(words, s):
            out[s] = j
    return out
