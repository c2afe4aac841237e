"""How Vietnamese a decoded text looks: the share of its accented words that are valid syllables.

A wrong legacy decoding leaves symbols (``µ``, ``¸``) or impossible syllables
(``aư``); the right one gives words that fit onset + nucleus + coda with at
most one tone mark. The parts are listed in ``extractor/lang/encodings.yaml``.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from ..lang import load

_WORD = regex.compile(r"[\p{L}\p{M}]+")
_EXTRA_OK = frozenset("«»°–—“”‘’…·•€£©®±×÷§¶")


@lru_cache(maxsize=1)
def _grammar():
    data = load("encodings")
    tones = frozenset(chr(int(c[2:], 16)) for c in data["tone_marks"])

    def alt(items):
        return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"

    syllable = regex.compile(alt(data["onsets"]) + "?" + alt(data["nuclei"]) + alt(data["codas"]) + "?")
    letters = set()
    for word in data["nuclei"] + data["onsets"]:
        for ch in word:
            for tone in [""] + sorted(tones):
                for form in (ch, ch.upper()):
                    letters.add(unicodedata.normalize("NFC", form + tone))
    return tones, syllable, frozenset(letters)


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """Whether ``word`` is a possible Vietnamese syllable (any case, one tone mark at most)."""
    tones, syllable, _ = _grammar()
    nfd = unicodedata.normalize("NFD", word.lower())
    if sum(ch in tones for ch in nfd) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(ch for ch in nfd if ch not in tones))
    return syllable.fullmatch(base) is not None


def score(text: str) -> float:
    """Per word: +1 for an accented valid syllable, -1 for an accented invalid word, -1 per stray symbol.

    Only words with a non-ASCII letter count, since plain ASCII reads the same in
    every candidate decoding. The result is divided by the number of words.
    """
    _, _, letters = _grammar()
    words = _WORD.findall(text)
    total = 0
    for word in words:
        if word.isascii():
            continue
        total += 1 if is_syllable(word) else -1
    stray = sum(1 for ch in text if ord(ch) > 127 and ch not in letters and not ch.isspace()
                and ch not in _EXTRA_OK and not 0x2000 <= ord(ch) <= 0x206F)
    stray += sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t")
    return (total - stray) / max(1, len(words))
