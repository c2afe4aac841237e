"""Full names paired with the abbreviation in the bracket after them: ``Tập đoàn … (TKV)``.

The name's right end is the bracket; its left end is an organisation head
word (``Tập đoàn``, ``Ủy ban`` …) in the same clause, with no position,
honorific or function word between it and the bracket. Among several heads
the leftmost one whose initials line up with the abbreviation wins
(``Ủy ban Mặt trận Tổ quốc (MTTQ)``), else the leftmost one, unless the
abbreviation spells words further left (``đại biểu Quốc hội (ĐBQH)``); party
organs and governing bodies in front (``Ban Thường vụ Đảng ủy``) are left out.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Optional

import regex

from .initials import WORD, acronym_letters, aligned, fold_letters, is_acronym, word_initials
from .lexicon import Lexicon

_BRACKET = regex.compile(r"\(([^()\n]{1,80})\)")
# Ends of the clause the name must lie in; a dot only when a space follows ("TP. Vinh" aside).
_LAST_STOP = regex.compile(r"[\n;:!?()\"]|\.(?=\s)", regex.REVERSE)
_COMMA = regex.compile(",")
_WINDOW = 250          # characters looked at before a bracket
_MAX_NAME_WORDS = 20
_MAX_ABBR_WORDS = 8    # after "gọi tắt là"
_MAX_SEGMENTS = 3      # comma-separated pieces a name may span ("Quỹ … công nhân, lao động")
_VIET_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)


@dataclass
class Pair:
    """A full name and its abbreviation, as offsets into the text."""

    name_start: int
    name_end: int
    abbr_start: int
    abbr_end: int


def _foreign(word: str) -> bool:
    """A capitalised Latin word that is no Vietnamese syllable: ``Viettel``, ``Agribank``."""
    return word[:1].isupper() and word.isascii() and word.isalpha() and not _VIET_SYLLABLE.fullmatch(word.lower())


def _abbreviation(view: str, start: int, end: int, lex: Lexicon) -> Optional[tuple[int, int]]:
    """The abbreviation inside a bracket, or None when the bracket holds something else."""
    intro = lex.introducer.match(view, start, end)
    if intro:
        start = intro.end()
    organ = lex.organ.match(view, start, end)
    if organ and organ.end() < end:  # "(Đảng bộ TKV)": the organisation is TKV
        start = organ.end()
    while start < end and view[start].isspace():
        start += 1
    while end > start and view[end - 1].isspace():
        end -= 1
    content = view[start:end]
    words = content.split()
    if not words or fold_letters(content) in lex.not_organizations:
        return None
    if intro:
        return (start, end) if len(words) <= _MAX_ABBR_WORDS else None
    if len(words) > 5 or not words[0][:1].isupper() or lex.place.match(view, start, end):
        return None
    if any(is_acronym(w) or _foreign(w) for w in words):
        return start, end
    return None


def _heads(view: str, lo: int, hi: int, lex: Lexicon) -> list[regex.Match]:
    return [m for m in lex.head.finditer(view, lo, hi) if not lex.not_head.match(view, m.start(), hi)]


def _skip_organs(view: str, pos: int, hi: int, lex: Lexicon) -> int:
    """Start of the organisation after party organs and governing bodies (``Ban Thường vụ Đảng ủy``).

    The organs are skipped only when an organisation head follows them.
    """
    after = pos
    organ = lex.organ.match(view, after, hi)
    while organ:
        after = organ.end()
        organ = lex.organ.match(view, after, hi)
    if after == pos or not lex.head.match(view, after, hi) or lex.not_head.match(view, after, hi):
        return pos
    return after


def _earliest_start(view: str, lo: int, end: int, heads: list[regex.Match], lex: Lexicon) -> int:
    """The leftmost position a name ending at ``end`` may start at.

    Not before a position, honorific or function word (``Giám đốc``, ``của``),
    nor before a head that follows ``và``: in ``Sở Tài chính và Kho bạc Nhà
    nước (KBNN)`` a second organisation starts there.
    """
    limit = lo
    for breaker in (lex.role_breaker, lex.word_breaker):
        for b in breaker.finditer(view, lo, end):
            limit = max(limit, b.end())
    for h in heads:
        if view[h.start() - 3:h.start()] == "và ":
            limit = max(limit, h.start())
    return limit


def _name(view: str, bracket: int, abbr: str, lex: Lexicon) -> Optional[tuple[int, int]]:
    """The full name written just before the bracket at ``bracket``."""
    end = bracket
    while end > 0 and view[end - 1] in " -,":
        end -= 1
    lo = max(0, end - _WINDOW)
    stop = _LAST_STOP.search(view, lo, end)
    if stop:
        lo = stop.end()
    heads = _heads(view, lo, end, lex)
    if not heads:
        return None
    earliest = _earliest_start(view, lo, end, heads, lex)
    words = list(WORD.finditer(view, lo, end))
    word_starts = [w.start() for w in words]
    acronym = acronym_letters(abbr, lex.known)
    initials = [word_initials(w.group(), lex.known) for w in words] if acronym else []
    cuts = [lo] + [m.end() for m in _COMMA.finditer(view, lo, end)] + [end]
    for k in range(len(cuts) - 2, max(-1, len(cuts) - 2 - _MAX_SEGMENTS), -1):
        candidates = []
        for h in heads:
            if cuts[k] <= h.start() < cuts[k + 1]:
                start = _skip_organs(view, h.start(), end, lex)
                first = bisect_left(word_starts, start)
                if start >= earliest and len(words) - first <= _MAX_NAME_WORDS:
                    candidates.append((start, first))
        for start, first in candidates if acronym else ():
            head_words = bisect_left(word_starts, lex.head.match(view, start, end).end()) - first
            if aligned(acronym, initials[first:], head_words):
                return start, end
        if candidates:
            spelled = _spelled_from(acronym, initials, candidates[0][1]) if acronym else -1
            if spelled >= 0:
                # The abbreviation spells words left of the name found: a capitalised first word
                # widens the name to them (``Đoàn đại biểu Quốc hội (ĐĐBQH)``), a common noun
                # means it abbreviates no organisation (``đại biểu Quốc hội (ĐBQH)``, deputies).
                first_word = words[spelled]
                if first_word.group()[:1].isupper() and first_word.start() >= earliest:
                    return first_word.start(), end
                return None
            return candidates[0][0], end
    return None


def _spelled_from(acronym: str, initials: list[str], first: int) -> int:
    """The word where the acronym's spelling of the words before the bracket starts, when left of word ``first``.

    Returns -1 unless the initials of the last words before the bracket spell
    the acronym exactly and those words begin before the name found.
    """
    letters = ""
    for k in range(len(initials) - 1, -1, -1):
        letters = initials[k] + letters
        if len(letters) >= len(acronym):
            return k if letters == acronym and k < first else -1
    return -1


def find_bracket_pairs(view: str, lex: Lexicon) -> list[Pair]:
    """Every ``full name (ABBR)`` pair in the matching view, in text order."""
    pairs = []
    for m in _BRACKET.finditer(view):
        abbr = _abbreviation(view, m.start(1), m.end(1), lex)
        if abbr is None:
            continue
        name = _name(view, m.start(), view[abbr[0]:abbr[1]], lex)
        if name is not None:
            pairs.append(Pair(name[0], name[1], abbr[0], abbr[1]))
    return pairs
