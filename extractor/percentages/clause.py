"""Clauses and words around a figure, and cue-phrase matching on them (for :mod:`.subject`)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from ..lang import load
from ..text.normalize import canonical_tone_marks

#: Clause boundaries; an abbreviation in brackets ("(GDP)") is part of its clause.
BOUNDARY = regex.compile(
    r"[;:\n…\"]|\((?![\p{Lu}\d&]{1,12}\))|(?<!\([\p{Lu}\d&]{1,12})\)|\.(?!\d)|,(?!\d)", flags=regex.V1)
_WORD = regex.compile(r"\S+")
_REACH = 400

Word = tuple[str, int, int]  # (lower-cased word, start, end) in the view
Phrase = tuple[str, ...]     # a cue phrase split into words


def _phrases(key: str) -> tuple[Phrase, ...]:
    words = (tuple(canonical_tone_marks(w).lower().split()) for w in load("subjects")[key])
    return tuple(sorted(words, key=lambda p: len(" ".join(p)), reverse=True))


@lru_cache(maxsize=None)
def cues() -> dict:
    """The cue lists of ``lang/subjects.yaml``: phrases as word tuples, single words as sets."""
    out: dict = {k: _phrases(k) for k in ("verbs", "introducers", "leading", "after_stop", "framers",
                                          "breakers", "compounds", "plan_heads", "openers", "units")}
    for key in ("plan_words", "cut", "plan_qualifiers", "existentials", "date_openers"):
        out[key] = frozenset(" ".join(p) for p in _phrases(key))
    return out


def tokens(view: str, a: int, b: int) -> list[Word]:
    """The words of ``view[a:b]``, lower-cased, without trailing commas and semicolons."""
    return [(m.group().lower().strip(",;"), m.start(), m.end()) for m in _WORD.finditer(view, a, b)]


def clause_start(view: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after the last boundary before it)."""
    start = max(0, pos - _REACH)
    last = None
    for m in BOUNDARY.finditer(view, start, pos):
        last = m.end()
    return start if last is None else last


def clause_end(view: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends."""
    m = BOUNDARY.search(view, pos, min(len(view), pos + _REACH))
    return m.start() if m else min(len(view), pos + _REACH)


def matches_at(words: list[Word], i: int, phrase: Phrase) -> int:
    """Length of ``phrase`` when it stands at word ``i``, else 0."""
    n = len(phrase)
    if i < 0 or i + n > len(words):
        return 0
    for k in range(n):
        if words[i + k][0] != phrase[k]:
            return 0
    return n


def starts_with(words: list[Word], phrases) -> int:
    """Length of the first of ``phrases`` that opens ``words``, else 0."""
    for ph in phrases:
        n = matches_at(words, 0, ph)
        if n:
            return n
    return 0


def strip_end(words: list[Word], phrases, keep_last: bool = True) -> list[Word]:
    """Drop ``phrases`` from the end, repeatedly; with ``keep_last``, never the last word."""
    while words:
        for ph in phrases:
            n = len(ph)
            if (n < len(words) or not keep_last and n == len(words)) and matches_at(words, len(words) - n, ph):
                words = words[: len(words) - n]
                break
        else:
            return words
    return words


def strip_start(words: list[Word], phrases) -> list[Word]:
    """Drop ``phrases`` from the start, repeatedly."""
    while words:
        n = starts_with(words, phrases)
        if not n:
            return words
        words = words[n:]
    return words


def after_last(words: list[Word], phrases) -> list[Word]:
    """The words after the last occurrence of any of ``phrases`` (all of them if none occurs)."""
    for i in range(len(words) - 1, -1, -1):
        for ph in phrases:
            n = matches_at(words, i, ph)
            if n:
                return words[i + n:]
    return words


def is_number(word: str) -> bool:
    """A word holding a digit (figures, years, "100km")."""
    return any(ch.isdigit() for ch in word)


def cut_text(text: str, words: list[Word], limit: int = 24) -> Optional[str]:
    """The author's text from the first to the last of ``words`` (at most ``limit`` words)."""
    if not words:
        return None
    words = words[:limit]
    return " ".join(text[words[0][1]:words[-1][2]].split()).strip(" ,;")
