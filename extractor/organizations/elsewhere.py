"""Full names paired with an abbreviation written elsewhere, by initial letters.

``Hội Liên hiệp Phụ nữ`` in one sentence and ``HLHPN`` in another are a pair
when the name's words, from an organisation head on, give exactly the
abbreviation's letters (case and diacritics folded, ``đ`` as ``D``). The name
must be written in full: a name holding an abbreviation (``Ủy ban MTTQ`` beside
``UBMTTQ``) is a short form, not the full one. By the usual convention a generic
head before the spelled words is left out of the letters but kept in the name
(``LHPN`` ↔ ``Hội Liên hiệp Phụ nữ``). The name is the fullest form written: a
place right after it belongs to it (``Hội đồng nhân dân tỉnh Bắc Giang`` for ``HĐND``),
as the contract asks of ``name``. The generic parts of a body (``BCH`` for ``Ban Chấp
hành``) are never paired apart: written apart they name no particular body.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from .brackets import Pair
from .initials import WORD, fold_letters, is_acronym, word_initials
from .lexicon import _AFTER, _BEFORE, Lexicon

# A bare acronym of three or more capitals, standing alone.
_ACRONYM = regex.compile(r"(?<![\p{L}\p{N}&.-])\p{Lu}{3,}(?![\p{L}\p{N}&-])")
# Name words are joined by spaces and dashes only: a comma or a bracket ends the name.
_JOIN = regex.compile(r"[\s\-]*")
_MAX_WORDS = 12


def _outer_head(view: str, start: int, lex: Lexicon) -> int:
    """Start of a head word written right before the name at ``start`` (``Hội`` of ``Hội Liên hiệp …``)."""
    before = view.rfind(" ", 0, max(0, start - 1)) + 1
    head = lex.head.match(view, before)
    if head and head.end() == start - 1 and view[start - 1] == " " and not lex.not_head.match(view, before):
        return before
    return start


def _head_starts(lex: Lexicon, firsts: set[str]) -> str:
    """The characters a head must begin with for its initials to begin with one of ``firsts``."""
    return "".join(sorted(c for c, letter in lex.head_letters.items() if not letter or letter in firsts))


# ASCII punctuation: no head (letters joined by spaces) holds one, so no head match
# runs across one, and where one stands the heads found from there on are the same
# as from the start of the text.
_BARRIER = "!-/:-@\\[-`{-~"
_LAST_BARRIER = regex.compile("[" + _BARRIER + "]", regex.REVERSE)


@lru_cache(maxsize=256)
def _branches(source: str) -> regex.Pattern:
    return regex.compile(source)


def _heads_beginning(view: str, lex: Lexicon, starts: str) -> Iterator[regex.Match]:
    """The matches of ``lex.head.finditer(view)`` that begin with one of ``starts``, in order.

    The branches of those letters alone find the places such a head may start at many
    times faster than the whole pattern. Each place is checked against the whole
    pattern run from a point where its scan of the text is known: the end of the last
    match it found, or a barrier after it, which no match crosses. A place inside a
    match of another head is no head; the search goes on from that match's end. Each
    stretch of text is read once, so the whole stays linear.
    """
    if not lex.heads_unpunctuated:  # a head with punctuation could run across a barrier
        yield from (m for m in lex.head.finditer(view) if view[m.start()] in starts)
        return
    source = "|".join(lex.head_groups[c] for c in starts if c in lex.head_groups)
    if not source:
        return
    branches = _branches(_BEFORE + "(?:" + source + ")" + _AFTER)
    known = 0  # the whole pattern's scan from here on is that from the text's start
    candidate = branches.search(view)
    while candidate is not None:
        p = candidate.start()
        barrier = _LAST_BARRIER.search(view, known, p)
        for m in lex.head.finditer(view, barrier.end() if barrier else known):
            if m.start() >= p or m.end() > p:
                break
        else:
            return
        if m.start() == p:
            yield m
        known = m.end() if m.start() <= p else p + 1
        candidate = branches.search(view, known)


def _prefixes(wanted) -> frozenset[str]:
    """Every beginning of every wanted abbreviation, the empty one included."""
    return frozenset(key[:i] for key in wanted for i in range(len(key) + 1))


def wanted_abbreviations(view: str, lex: Lexicon, taken: set[str]) -> dict[str, regex.Match]:
    """Folded abbreviation -> its first occurrence, for every abbreviation that may be paired
    by initials (not already paired, not listed as no organisation or never paired apart)."""
    wanted: dict[str, regex.Match] = {}
    for m in _ACRONYM.finditer(view):
        key = fold_letters(m.group())
        if key not in taken and key not in lex.not_organizations and key not in lex.not_paired_apart:
            wanted.setdefault(key, m)
    return wanted


def find_initial_pairs(view: str, lex: Lexicon, taken: set[str]) -> list[Pair]:
    """Pairs whose abbreviation is not already paired (``taken`` holds folded abbreviations).

    Each abbreviation is paired with the first name that spells it; the pair's
    abbreviation offsets are those of its first occurrence.
    """
    wanted = wanted_abbreviations(view, lex, taken)
    if not wanted:
        return []
    longest = max(len(k) for k in wanted)
    prefixes = _prefixes(wanted)
    # A head's initials begin with its first character folded (see head_letters): a
    # head beginning with another character spells no wanted abbreviation.
    starts = _head_starts(lex, {key[0] for key in wanted})
    if not starts:
        return []
    pairs = []
    for head in _heads_beginning(view, lex, starts):
        if lex.not_head.match(view, head.start()):
            continue
        letters, pos, end = "", head.start(), None
        for _ in range(_MAX_WORDS):
            word = WORD.match(view, pos)
            if word is None or is_acronym(word.group()):
                break
            letters += word_initials(word.group(), lex.known)
            end = word.end()
            if len(letters) >= 3 and letters in wanted:
                abbr = wanted.pop(letters)
                prefixes = _prefixes(wanted)
                place = lex.qualifier.match(view, end)
                pairs.append(Pair(_outer_head(view, head.start(), lex), place.end() if place else end,
                                  abbr.start(), abbr.end()))
                break
            # Letters only grow word by word: once they begin no wanted abbreviation,
            # no further word can make them one.
            if len(letters) >= longest or letters not in prefixes:
                break
            pos = _JOIN.match(view, end).end()
        if not wanted:
            break
    return pairs
