"""The organisation lexicon of ``organizations.yaml``, compiled into patterns over the matching view."""
from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Mapping

import regex

from ..lang import alternation
from ..text.normalize import canonical_tone_marks
from .initials import fold_letters, head_letters

_BEFORE = r"(?<![\p{L}\p{N}])"
_AFTER = r"(?![\p{L}\p{N}])"


def _capitalised_groups(words) -> dict[str, str]:
    """First letter -> the branch of :func:`_capitalised` for the words it begins."""
    groups: dict[str, list[str]] = {}
    for w in sorted({canonical_tone_marks(w) for w in words}, key=len, reverse=True):
        groups.setdefault(w[0], []).append(regex.escape(w[1:]).replace(r"\ ", r"\s+"))
    return {first: regex.escape(first) + "(?i:" + "|".join(rests) + ")" for first, rests in groups.items()}


def _capitalised(words) -> str:
    """Alternation of ``words``: first letter as written (a capital), the rest in any case.

    The words are grouped by first letter (``B(?i:an|ộ|…)``), longest first within a
    group: at any position only one group can match and it tries its words in the
    order of the flat longest-first alternation, so the match is the same, and found
    a third faster.
    """
    return _BEFORE + "(?:" + "|".join(_capitalised_groups(words).values()) + ")" + _AFTER


def _words(words, flags: int = 0) -> regex.Pattern:
    return regex.compile(_BEFORE + alternation(words) + _AFTER, flags)


@dataclass(frozen=True)
class Lexicon:
    """Compiled patterns; all of them run on the matching view."""

    head: regex.Pattern
    not_head: regex.Pattern
    organ: regex.Pattern
    role_breaker: regex.Pattern
    word_breaker: regex.Pattern
    introducer: regex.Pattern
    place: regex.Pattern
    known: Mapping[str, str]
    not_organizations: frozenset[str]
    not_paired_apart: frozenset[str]
    qualifier: regex.Pattern
    head_letters: Mapping[str, str]  # see initials.head_letters
    head_groups: Mapping[str, str]  # first letter -> its branch of ``head``
    heads_unpunctuated: bool  # no head holds ASCII punctuation


def compile_lexicon(data: dict) -> Lexicon:
    """Build the :class:`Lexicon` from the loaded ``organizations.yaml``."""
    heads = [canonical_tone_marks(w) for w in data["heads"]]
    known = {canonical_tone_marks(k): canonical_tone_marks(v) for k, v in data["known"].items()}
    return Lexicon(
        head=regex.compile(_capitalised(data["heads"])),
        not_head=regex.compile(_capitalised(data["not_heads"])),
        organ=regex.compile(_capitalised(data["organ_prefixes"]) + r"\s+"),
        role_breaker=_words(data["role_breakers"], regex.IGNORECASE),
        word_breaker=_words(data["word_breakers"]),
        introducer=regex.compile(alternation(data["introducers"]) + r"\s*:?\s*", regex.IGNORECASE),
        place=_words(data["place_words"]),
        known=known,
        not_organizations=frozenset(fold_letters(k) for k in data["not_organizations"]),
        not_paired_apart=frozenset(fold_letters(k) for k in data["not_paired_apart"]),
        # " tỉnh Bắc Giang", " thành phố Cần Thơ": the place a full name is written with.
        qualifier=regex.compile(r"\s+" + alternation(data["place_words"]) + r"(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,3}"
                                + _AFTER),
        head_letters=head_letters(heads, known),
        head_groups=_capitalised_groups(data["heads"]),
        heads_unpunctuated=not any(c in string.punctuation for w in heads for c in w),
    )
