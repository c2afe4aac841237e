"""What a percentage measures, cut from its clause.

Two shapes cover the genre: the figure first (``97% chi bộ được xếp loại …``:
the noun phrase after it) and the figure last (``doanh thu tăng 7,5%``,
``số chi bộ … chiếm 19,87%``: the phrase before the verb). A figure alone in a
bracket (``(đạt 90 % so với chỉ tiêu …)``) takes the subject of the clause it
comments on.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from ..lang import load
from ..text.normalize import canonical_tone_marks

_MAX_WORDS = 24
# Clause boundaries; an abbreviation in brackets ("(GDP)") is part of its clause.
_BOUNDARY = regex.compile(
    r"[;:\n…\"]|\((?![\p{Lu}\d&]{1,12}\))|(?<!\([\p{Lu}\d&]{1,12})\)|\.(?!\d)|,(?!\d)|\s-\s", flags=regex.V1)


def _phrases(key: str) -> tuple[str, ...]:
    return tuple(sorted((canonical_tone_marks(w).lower() for w in load("subjects")[key]), key=len, reverse=True))


@lru_cache(maxsize=None)
def _words() -> dict[str, tuple[str, ...]]:
    return {k: _phrases(k) for k in ("verbs", "introducers", "leading", "after_stop", "plan_words", "cut")}


Word = tuple[str, int, int]  # (lower-cased word, start, end) in the view
_WORD = regex.compile(r"\S+")


def _tokens(view: str, a: int, b: int) -> list[Word]:
    return [(m.group().lower().strip(",;"), m.start(), m.end()) for m in _WORD.finditer(view, a, b)]


def _matches_at(words: list[Word], i: int, phrase: str) -> int:
    parts = phrase.split()
    if i < 0 or i + len(parts) > len(words):
        return 0
    return len(parts) if all(words[i + k][0] == p for k, p in enumerate(parts)) else 0


def _strip_end(words: list[Word], phrases) -> list[Word]:
    # A verb that is the whole subject ("tăng trưởng đạt 7%") stays.
    while words:
        for ph in phrases:
            n = len(ph.split())
            if n < len(words) and _matches_at(words, len(words) - n, ph):
                words = words[: len(words) - n]
                break
        else:
            return words
    return words


def _strip_start(words: list[Word], phrases) -> list[Word]:
    while words:
        for ph in phrases:
            n = _matches_at(words, 0, ph)
            if n:
                words = words[n:]
                break
        else:
            return words
    return words


def _clause_start(view: str, pos: int) -> int:
    start = max(0, pos - 400)
    last = None
    for m in _BOUNDARY.finditer(view, start, pos):
        last = m.end()
    return start if last is None else last


def _clause_end(view: str, pos: int) -> int:
    m = _BOUNDARY.search(view, pos, min(len(view), pos + 400))
    return m.start() if m else min(len(view), pos + 400)


def _text(text: str, words: list[Word]) -> Optional[str]:
    if not words:
        return None
    words = words[:_MAX_WORDS]
    return " ".join(text[words[0][1]:words[-1][2]].split()).strip(" ,;")


def _head(words: list[Word], w) -> list[Word]:
    """The noun phrase a clause opens with: up to its first verb, figure or date word."""
    cut = len(words)
    for i, (word, _, _) in enumerate(words):
        nxt = words[i + 1][0] if i + 1 < len(words) else ""
        if i and (word in w["cut"] or any(ch.isdigit() for ch in word)
                  or (word in ("quý", "tháng", "năm") and nxt[:1].isdigit() or nxt[:1] in "ivx" and word == "quý")):
            cut = i
            break
    return _strip_start(words[:cut], w["leading"])


def find_subject(text: str, view: str, start: int, end: int) -> Optional[str]:
    """The subject of the percentage at ``text[start:end]``, or None.

    Args:
        text: the record text (the subject is cut from the author's words).
        view: its matching view (same length), where cue words are looked up.
        start, end: the percentage's span.
    """
    w = _words()
    c0, c1 = _clause_start(view, start), _clause_end(view, end)
    before = _tokens(view, c0, start)
    after = _tokens(view, end, c1)
    core = _strip_end(before, w["verbs"])
    after_is_np = bool(after) and after[0][0][:1].isalpha() and not any(
        _matches_at(after, 0, ph) for ph in w["after_stop"])
    if after_is_np and not _strip_start(core, w["introducers"]):
        return _text(text, after)
    subject = _strip_start(core, w["leading"])
    starts_with_verb = bool(before) and any(_matches_at(before, 0, ph) for ph in w["verbs"])
    if (not subject or starts_with_verb) and view[c0 - 1:c0] in ("(", ","):
        # "(đạt 90 % so với …)", "…, bằng 103,2% kế hoạch, tăng 7,5%": the subject of the
        # clause that these comment on, the nearest one before that opens with a noun.
        pos = c0 - 1
        for _ in range(4):
            p0 = _clause_start(view, pos)
            prev = _tokens(view, p0, pos)
            if prev and not any(_matches_at(prev, 0, ph) for ph in w["verbs"]):
                subject = _head(prev, w) or subject
                break
            if view[p0 - 1:p0] not in ("(", ","):
                break
            pos = p0 - 1
    elif subject:
        subject = _head(subject, w) or subject
    if not subject:
        return None
    subject = subject[-_MAX_WORDS:]
    result = _text(text, subject)
    if after and _matches_at(after, 0, "so với") and any(wd[0] in w["plan_words"] for wd in after[2:4]):
        result = f"{result} {_text(text, after)}"
    return result
