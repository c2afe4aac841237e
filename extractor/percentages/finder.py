"""Find percentages: signed figures, ``phần trăm``, range bounds and implied figures.

Conventions (see corpus/GUIDELINES.md): both ends of a range are items and a
bare lower bound is implied; a bare number after ``chiếm``/``tỷ lệ … là`` in a
paragraph that has percentages is implied; percentage-point changes
(``0,3 điểm phần trăm``) are not percentages.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from ..lang import alternation as _alt
from ..lang import built, load
from ..numbers import NUMBER, parse_number
from ..text.normalize import canonical_tone_marks
from .anchors import finditer_at, finditer_before, folded, word_starts

FLAGS = regex.IGNORECASE | regex.V1
# Patterns whose only letters are in (?i:...) groups (or \p{L}): compiled without IGNORECASE.
_CASED = frozenset({"range", "signed", "pair", "points", "run_item", "run_lead", "signed_core", "signed_core_words"})
_SENTENCE_END = regex.compile(r"\.(?!\d)\s|\n")
#: the first word of ``signed_core_words``, looked up in the case-folded view
_SIGN_WORD = canonical_tone_marks("phần").casefold()
#: the words between the bounds of a range ("từ 5 đến 7%")
_RANGE_WORDS = ("đến", "tới")


@dataclass
class PercentMatch:
    """One percentage: offsets into the text, its value, and whether the sign was implied."""

    start: int
    end: int
    value: float
    implied: bool = False
    subject: Optional[str] = None
    #: where the expression begins: the lower bound of a range, for subject search
    group_start: Optional[int] = None


def _patterns(data: Optional[dict]) -> dict[str, regex.Pattern]:
    data = data if data is not None else load("numbers")
    return built(data, "numbers.patterns", lambda d: _compile(json.dumps(d, sort_keys=True, ensure_ascii=False)))


@lru_cache(maxsize=8)
def _compile(data_json: str) -> dict[str, regex.Pattern]:
    data = json.loads(data_json)
    # Words sit in their own (?i:...) groups: the digit-led patterns are compiled
    # without IGNORECASE (full case folding doubled their cost), see _CASED.
    sign = r"(?:\s?%|\s+(?i:phần\s+trăm)\b)"
    # (?=\d) first: the engine then skips most positions without trying the lookbehind
    start = r"(?=\d)(?<![\d\p{L}.,/])"
    points = _alt(data["point_words"])
    bounds = "|".join(_RANGE_WORDS)
    p = {
        # "5-7%", "từ 5 đến 7%", "3,62/3,80%": the lower bound without its own sign
        "range": rf"{start}(?P<lo>{NUMBER})\s*(?:-|(?i:{bounds})|/)\s*(?P<hi>{NUMBER})(?P<sign>{sign})",
        "signed": rf"{start}(?P<num>{NUMBER})(?P<sign>{sign})",
        "points": rf"{start}{NUMBER}\s*(?i:{points})\s*{sign}",
        # "83,2%/50%": an achieved figure and its plan, each with its own sign
        # (led by its literal "%": a lookbehind would be tried at every position)
        "pair": rf"(?<=\d\s?)%\s?/\s?(?=\d)(?P<num>{NUMBER})(?P<sign>{sign})",
        # a decimal figure with nothing after it, in a run that a signed figure opened:
        # "chiếm 21,2%; công nghiệp 20,4; dịch vụ 49,6"
        "run_item": rf"{start}(?P<num>\d{{1,3}},\d{{1,3}})(?=\s*(?:[;,…]|\.(?!\d)|$))",
        # what must stand before a run item: a separator and a few words of its subject
        "run_lead": r"[;,]\s*(?:[\p{L}\d\-]+\s+){1,10}$",
        # Anchors of the sign-ended patterns (see anchors.finditer_before): where a
        # sign begins, and what cannot stand between a figure's start and its sign.
        "signed_core": r"%",
        "signed_core_words": r"(?i:phần\s+trăm)\b",
        "signed_stop": r"[^\d.,\s]",
        # what cannot stand before the sign of a range or a change in points
        "range_stop": rf"[^\d.,\s\-/{_letters(_RANGE_WORDS)}]",
        "points_stop": rf"[^\d.,\s{_letters(data['point_words'])}]",
        "implied": (
            rf"\b{_alt(data['implied_cues'])}(?:\s+\p{{L}}+){{0,4}}?\s+(?:là\s+|đạt\s+|ở\s+mức\s+)?"
            rf"(?:{_alt(data['approximators'])}\s+)?{start}(?P<num>{NUMBER})"
            rf"(?=\s*(?:…|\.\.\.|[;,)]|\.(?!\d)|$)|\s+(?:so\s+với|trong|và)\b)"
        ),
    }
    return {k: regex.compile(canonical_tone_marks(v), _flags(k)) for k, v in p.items()}


def _letters(words) -> str:
    """The letters of ``words``, for a character class (matched case-insensitively)."""
    return "".join(regex.escape(ch) for ch in sorted(set(canonical_tone_marks("".join(words)))) if not ch.isspace())


def _cue_words(data: Optional[dict]) -> tuple[str, ...]:
    """The first word of each implied cue: every implied match begins with one."""
    data = data if data is not None else load("numbers")
    return built(data, "numbers.cue_words", lambda d: tuple(sorted(
        {canonical_tone_marks(c).casefold().split()[0] for c in d["implied_cues"]})))


def _flags(name: str) -> int:
    if name.endswith("_stop"):  # searched backwards from a core; its letters in any case
        return FLAGS | regex.REVERSE
    return regex.V1 if name in _CASED else FLAGS


def _sign_cores(view: str, low: Optional[str], p: dict) -> list[tuple[int, int]]:
    """``(start, end)`` of every sign: each ``%`` and each ``phần trăm`` (see :mod:`.anchors`)."""
    if low is None:
        spans = {m.span() for name in ("signed_core", "signed_core_words")
                 for m in p[name].finditer(view, overlapped=True)}
    else:
        spans = {(i, i + 1) for i in word_starts(view, ("%",))}
        for i in word_starts(low, (_SIGN_WORD,)):
            m = p["signed_core_words"].match(view, i)
            if m is not None:
                spans.add(m.span())
    return sorted(spans)


def find_percentages(
    view: str, paragraphs: list[tuple[int, int]], data: Optional[dict] = None
) -> list[PercentMatch]:
    """Find every percentage in ``view``.

    Args:
        view: the matching view of the text.
        paragraphs: ``(start, end)`` of each paragraph, for the implied-figure rule.
        data: number words (default: the package's ``lang/numbers.yaml``).
    """
    p = _patterns(data)
    low = folded(view)
    cores = _sign_cores(view, low, p)
    if not cores:
        return []  # every item needs a sign: its own, or an earlier one in its run or paragraph
    out: list[PercentMatch] = []
    mask = bytearray(len(view))  # one byte per character keeps overlap checks linear

    def free(s: int, e: int) -> bool:
        return 1 not in mask[s:e]

    def take(s: int, e: int) -> None:
        mask[s:e] = b"\x01" * (e - s)

    for m in finditer_before(p["points"], cores, p["points_stop"], view):
        take(*m.span())  # blocks the signed pattern; yields nothing
    for m in finditer_before(p["range"], cores, p["range_stop"], view):
        lo, hi = parse_number(m["lo"]), parse_number(m["hi"])
        if lo is None or hi is None or not free(*m.span()) or lo > hi:
            continue
        take(*m.span())
        out.append(PercentMatch(m.start("lo"), m.end("lo"), lo, implied=True))
        out.append(PercentMatch(m.start("hi"), m.end("sign"), hi, group_start=m.start("lo")))
    for m in finditer_before(p["signed"], cores, p["signed_stop"], view):
        value = parse_number(m["num"])
        if value is None or not free(*m.span()):
            continue
        take(*m.span())
        out.append(PercentMatch(m.start(), m.end(), value))
    for m in p["pair"].finditer(view):
        value, (s, e) = parse_number(m["num"]), (m.start("num"), m.end())
        if value is not None and free(s, e):
            take(s, e)
            out.append(PercentMatch(s, e, value))
    signed = sorted(x.end for x in out if not x.implied)
    for m in p["run_item"].finditer(view):
        s, e = m.span("num")
        # the run must have been opened by a signed figure earlier in the same sentence
        opener = next((x for x in reversed(signed) if x <= s), None)
        if opener is None or not p["run_lead"].search(view, max(opener, s - 120), s) or s - opener > 240 or _SENTENCE_END.search(view, opener, s):
            continue
        value = parse_number(m["num"])
        if value is not None and value <= 100 and free(s, e):
            take(s, e)
            out.append(PercentMatch(s, e, value, implied=True))
    starts = [x.start for x in out]
    signed_paragraphs: dict[int, bool] = {}
    implied = p["implied"].finditer(view) if low is None else \
        finditer_at(p["implied"], word_starts(low, _cue_words(data)), view)
    for m in implied:
        s, e = m.span("num")
        value = parse_number(m["num"])
        if value is None or value > 100 or not free(s, e):
            continue
        para = next((i for i, (a, b) in enumerate(paragraphs) if a <= s < b), None)
        if para is None:
            continue
        if para not in signed_paragraphs:
            a, b = paragraphs[para]
            signed_paragraphs[para] = any(a <= x < b for x in starts)
        if not signed_paragraphs[para]:
            continue
        take(s, e)
        out.append(PercentMatch(s, e, value, implied=True))
    out.sort(key=lambda x: x.start)
    return out
