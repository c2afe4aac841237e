"""Initial letters of names and abbreviations, folded for comparison (case, diacritics, đ→D)."""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Mapping

import regex

WORD = regex.compile(r"[\p{L}\p{N}]+")
_SKIPPED = frozenset({"và"})  # "Bộ Kế hoạch và Đầu tư" is KH&ĐT


@lru_cache(maxsize=4096)
def fold_letters(text: str) -> str:
    """Upper-case ASCII-like letters and digits of ``text`` (``Đầu tư`` → ``DAUTU``)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return "".join(c for c in bare.upper() if c.isalnum())


def is_acronym(word: str) -> bool:
    """At least two capitals, as in ``TKV``, ``KH&ĐT``, ``VietinBank``."""
    if word[1:].islower():  # no capital after the first letter (most words): not counted
        return False
    return sum(1 for c in word if c.isupper()) >= 2


def word_initials(word: str, known: Mapping[str, str]) -> str:
    """What one word of a full name contributes to its initials."""
    if word in known:  # "Ủy ban MTTQ": MTTQ stands for Mặt trận Tổ quốc
        return "".join(fold_letters(w)[:1] for w in known[word].split())
    if is_acronym(word) or word.isdigit():
        return fold_letters(word)
    if word.lower() in _SKIPPED:
        return ""
    return fold_letters(word)[:1]


def head_letters(heads, known: Mapping[str, str]) -> dict[str, str]:
    """First character of each head as written -> the letter its name's initials begin with.

    A head's first word is written with its first character as listed and the rest in
    any case (see ``lexicon._capitalised``), so its initials begin with that character
    folded, unless the word can be a known abbreviation or a skipped word, or the
    character folds to nothing: those characters map to ``""`` (any letter).
    """
    out: dict[str, str] = {}
    for head in heads:
        first = head.split()[0]
        written = regex.compile(regex.escape(first[0]) + "(?i:" + regex.escape(first[1:]) + ")")
        letter = fold_letters(first[0])[:1]
        if any(written.fullmatch(k) for k in known) or first.lower() in _SKIPPED:
            letter = ""
        c = first[0]
        out[c] = "" if out.get(c, letter) != letter else letter
    return out


def name_initials(name: str, known: Mapping[str, str]) -> list[str]:
    """One entry per word of ``name``: the letters it contributes (empty for skipped words)."""
    return [word_initials(m.group(), known) for m in WORD.finditer(name)]


def acronym_letters(abbreviation: str, known: Mapping[str, str]) -> str:
    """Folded letters of the acronym words of an abbreviation (``Bộ GTVT`` → ``GTVT``).

    A conventional abbreviation counts by its expansion's initials: in
    ``BCH TW``, ``TW`` (Trung ương) gives ``TU``.
    """
    return "".join(word_initials(w, known) for w in abbreviation.split() if is_acronym(w))


def aligned(acronym: str, initials: list[str], max_first: int) -> bool:
    """``acronym`` is a subsequence of the name's initials starting within the first ``max_first`` words.

    ``Ủy ban Mặt trận Tổ quốc`` ↔ ``MTTQ`` starts at word 2, right after the
    two-word head; ``Sở Tài chính và Kho bạc Nhà nước`` ↔ ``KBNN`` starts too late.
    """
    if not acronym:
        return False
    letters = "".join(initials)
    offsets = []
    pos = 0
    for part in initials:
        offsets.append(pos)
        pos += len(part)
    limit = offsets[max_first] if max_first < len(offsets) else len(letters)
    first = letters.find(acronym[0])
    while 0 <= first <= limit:
        if _subsequence(acronym[1:], letters, first + 1):
            return True
        first = letters.find(acronym[0], first + 1)
    return False


def _subsequence(needle: str, hay: str, start: int) -> bool:
    pos = start
    for c in needle:
        pos = hay.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True
