"""Where the word-led date patterns can start: each lead word found once per document.

``day_range`` begins ``từ`` or ``ngày``, ``month_range`` ``từ`` or ``tháng``, a
festival year a festival word: their alternation at the start keeps the regex
engine from skipping ahead, so it tries them at every character. A single word
is a literal the engine finds fast; every match of such a pattern starts where
one of its lead words does (see ``lead_words`` in :mod:`.patterns`), so the
pattern is tried only there (:func:`extractor.dates.digits.at_starts`).

A lead word is found as the patterns match it: case-insensitive, tone marks
canonical, and in the toneless spellings the patterns accept for it
(case-sensitive) when the document holds them.
"""
from __future__ import annotations

from typing import Iterable

import regex

from ..text.normalize import canonical_tone_marks
from .patterns import FLAGS

_FINDERS: dict[tuple[str, bool], regex.Pattern] = {}


def _finder(word: str, caseless: bool) -> regex.Pattern:
    key = (word, caseless)
    hit = _FINDERS.get(key)
    if hit is None:
        hit = _FINDERS[key] = regex.compile(regex.escape(word), FLAGS if caseless else regex.V1)
    return hit


class WordStarts:
    """The positions of lead words in one text, found on first use.

    Args:
        text: the matching view.
        toneless: each word's toneless spellings that the patterns of ``text`` accept.
    """

    def __init__(self, text: str, toneless: dict[str, list[str]]):
        self.text = text
        self.toneless = {canonical_tone_marks(w): forms for w, forms in toneless.items()}
        self._at: dict[str, list[int]] = {}

    def of(self, word: str) -> list[int]:
        """Ascending starts of ``word`` (in any case, or a toneless spelling of it)."""
        hit = self._at.get(word)
        if hit is None:
            word = canonical_tone_marks(word)
            found = {m.start() for m in _finder(word, True).finditer(self.text, overlapped=True)}
            for form in self.toneless.get(word, ()):
                found.update(m.start() for m in _finder(form, False).finditer(self.text, overlapped=True))
            hit = self._at[word] = sorted(found)
        return hit

    def starts(self, words: Iterable[str]) -> list[int]:
        """Ascending starts of any of ``words``."""
        words = list(words)
        if len(words) == 1:
            return self.of(words[0])
        return sorted({s for w in words for s in self.of(w)})
