"""Where the per-position look-ups of the officials finder can succeed, found in one pass.

``ChainParser.chains``, ``_short_mentions`` and ``membership_seats`` used to try a
phrase set at every token. Each of those look-ups (``PhraseSet.match``, hence
``role_at`` and ``honorific_at``) returns 0 unless the token's lower-cased word opens
a phrase of the set (``by_first``), and ``role_at`` also needs a capital; a
membership seat needs a cue or ``vào``. So walking only the positions listed here
gives exactly the same items: every other position was a certain miss.
"""
from __future__ import annotations

from itertools import compress
from typing import NamedTuple

from .lexicon import HONORIFIC, MEMBERSHIP, ROLE, Lexicon
from .tokens import Tok


class Anchors(NamedTuple):
    """Token positions, ascending, where a look-up may succeed."""

    #: a capitalised word that opens a role
    roles: list[int]
    #: a word that opens an honorific
    honorifics: list[int]
    #: a word that opens a membership cue, or ``vào``
    membership: list[int]


def find_anchors(toks: list[Tok], words: list[str], lex: Lexicon) -> Anchors:
    """The :class:`Anchors` of a token stream (``words``: its lower-cased texts)."""
    roles: list[int] = []
    honorifics: list[int] = []
    membership: list[int] = []
    openings = lex.openings
    for i in compress(range(len(words)), map(openings.__contains__, words)):
        bits = openings[words[i]]
        if bits:
            if bits & ROLE and toks[i].capital:
                roles.append(i)
            if bits & HONORIFIC:
                honorifics.append(i)
            if bits & MEMBERSHIP:
                membership.append(i)
    return Anchors(roles, honorifics, membership)
