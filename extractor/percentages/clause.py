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
_BOUNDARY_BACK = regex.compile(BOUNDARY.pattern, BOUNDARY.flags | regex.REVERSE)
_WORD = regex.compile(r"\S+")
_SKIPPED = regex.compile(r"[\p{L}\p{N}]")
_REACH = 400

Word = tuple[str, int, int]  # (lower-cased word, start, end) in the view
Phrase = tuple[str, ...]     # a cue phrase split into words


class Phrases:
    """Cue phrases indexed by their first and last word (looked up per word, not scanned)."""

    def __init__(self, phrases):
        self.all = tuple(sorted(phrases, key=lambda p: len(" ".join(p)), reverse=True))
        self.by_first: dict[str, list[Phrase]] = {}
        self.by_last: dict[str, list[Phrase]] = {}
        self.by_word: dict[str, list[tuple[Phrase, int]]] = {}
        for ph in self.all:
            self.by_first.setdefault(ph[0], []).append(ph)
            self.by_last.setdefault(ph[-1], []).append(ph)
            for k, part in enumerate(ph):
                self.by_word.setdefault(part, []).append((ph, k))


def _phrases(key: str) -> Phrases:
    return Phrases(tuple(canonical_tone_marks(w).lower().split()) for w in load("subjects")[key])


@lru_cache(maxsize=None)
def cues() -> dict:
    """The cue lists of ``lang/subjects.yaml``: phrases as word tuples, single words as sets."""
    out: dict = {k: _phrases(k) for k in ("verbs", "introducers", "leading", "after_stop", "framers",
                                          "breakers", "compounds", "plan_heads", "openers", "units", "plan_tails",
                                          "kept_tails", "measures", "heading_stops", "ratio_heads",
                                          "actor_ends")}
    for key in ("plan_words", "cut", "plan_qualifiers", "existentials", "date_openers", "time_units"):
        out[key] = frozenset(" ".join(p) for p in _phrases(key).all)
    return out


def tokens(view: str, a: int, b: int) -> list[Word]:
    """The words of ``view[a:b]``, lower-cased, without trailing commas and semicolons."""
    seg = view[a:b]
    low = seg.lower()
    # Python counts every whitespace character but " " as unprintable
    if a < 0 or b < 0 or len(low) != len(seg) or "Σ" in seg or not seg.isprintable():
        return [(m.group().lower().strip(",;"), m.start(), m.end()) for m in _WORD.finditer(view, a, b)]
    # Only plain spaces part the words, and each character lower-cases to one (the
    # final sigma is the only one cased by its context): the same words, split on " ".
    out = []
    pos = a
    for part in low.split(" "):
        if part:
            out.append((part.strip(",;"), pos, pos + len(part)))
        pos += len(part) + 1
    return out


def clause_start(view: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after the last boundary before it)."""
    start = max(0, pos - _REACH)
    if pos < 0:
        return _last_boundary_end(view, start, pos)  # regex reads a negative bound from the end
    # Every boundary is one character, so the first match of a backward search is the
    # last one a forward scan of the same slice finds.
    m = _BOUNDARY_BACK.search(view, start, pos)
    return m.end() if m else start


def _last_boundary_end(view: str, start: int, pos: int) -> int:
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
    for k, part in enumerate(phrase):
        if words[i + k][0] != part:
            return 0
    return n


def starts_with(words: list[Word], phrases: Phrases) -> int:
    """Length of the longest of ``phrases`` that opens ``words``, else 0."""
    if words:
        found = phrases.by_first.get(words[0][0])
        if found:
            return _first_standing(words, 0, found)
    return 0


def _at(words: list[Word], i: int, phrases: Phrases) -> int:
    if 0 <= i < len(words):
        found = phrases.by_first.get(words[i][0])
        if found:
            return _first_standing(words, i, found)
    return 0


def _first_standing(words: list[Word], i: int, found: list[Phrase]) -> int:
    """Length of the first of ``found`` (phrases opening with word ``i``) that stands at ``i``, else 0."""
    size = len(words)
    for ph in found:
        n = len(ph)
        if n == 1:
            return 1  # its only word is word i's, by the index
        if i + n <= size:
            for k in range(1, n):
                if words[i + k][0] != ph[k]:
                    break
            else:
                return n
    return 0


def inside(words: list[Word], i: int, phrases: Phrases) -> bool:
    """Word ``i`` is part of one of ``phrases`` as written around it."""
    return any(matches_at(words, i - k, ph) for ph, k in phrases.by_word.get(words[i][0], ()))


def strip_end(words: list[Word], phrases: Phrases, keep_last: bool = True,
              keep: Optional[Phrases] = None) -> list[Word]:
    """Drop ``phrases`` from the end, repeatedly; with ``keep_last``, never the last word.

    Args:
        words: the words to strip.
        phrases: what to drop.
        keep_last: never drop the last remaining word.
        keep: phrases that stop the stripping when they end ``words`` ("trở lên").
    """
    by_last = phrases.by_last
    while words:
        found = by_last.get(words[-1][0])
        if not found:
            return words  # nothing to drop (kept or not, the words stay)
        if keep is not None and ends_with(words, keep):
            return words
        size = len(words)
        limit = size - 1 if keep_last else size
        for ph in found:
            n = len(ph)
            if n <= limit and (n == 1 or matches_at(words, size - n, ph)):
                words = words[: size - n]
                break
        else:
            return words
    return words


def ends_with(words: list[Word], phrases: Phrases) -> int:
    """Length of the longest of ``phrases`` that closes ``words``, else 0."""
    for ph in phrases.by_last.get(words[-1][0], ()) if words else ():
        if matches_at(words, len(words) - len(ph), ph):
            return len(ph)
    return 0


def strip_start(words: list[Word], phrases: Phrases) -> list[Word]:
    """Drop ``phrases`` from the start, repeatedly."""
    by_first = phrases.by_first
    while words:
        found = by_first.get(words[0][0])
        n = _first_standing(words, 0, found) if found else 0
        if not n:
            return words
        words = words[n:]
    return words


def after_last(words: list[Word], phrases: Phrases) -> list[Word]:
    """The words after the last occurrence of any of ``phrases`` (all of them if none occurs)."""
    by_first = phrases.by_first
    for i in reversed([i for i, wd in enumerate(words) if wd[0] in by_first]):
        n = _first_standing(words, i, by_first[words[i][0]])
        if n:
            return words[i + n:]
    return words


def is_number(word: str) -> bool:
    """A word holding a digit (figures, years, "100km")."""
    # no letter is a digit: most words are letters only
    return not word.isalpha() and any(ch.isdigit() for ch in word)


def cut_text(text: str, words: list[Word], limit: int = 24) -> Optional[str]:
    """The author's text from the first to the last of ``words`` (at most ``limit`` words).

    Words taken from two places ("thành lập mới" and "chi hội" around "14") are joined
    by a space; only punctuation and spaces between them stay as written.
    """
    if not words:
        return None
    words = words[:limit]
    pieces, first = [], words[0]
    for prev, nxt in zip(words, words[1:]):
        # a gap of spaces holds no letter or digit (most gaps: the words are consecutive)
        if not text[prev[2]:nxt[1]].isspace() and _SKIPPED.search(text, prev[2], nxt[1]):
            pieces.append(text[first[1]:prev[2]])
            first = nxt
    pieces.append(text[first[1]:words[-1][2]])
    return " ".join(" ".join(pieces).split()).strip(" ,;")
