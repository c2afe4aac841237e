"""Subjects that a figure takes from around its clause: the heading of a list, and the
achieved figure of an achieved/plan pair (for :mod:`.subject`)."""
from __future__ import annotations

from typing import Optional

import regex

from .chain import head
from .clause import Word, clause_start, ends_with, starts_with, strip_start, tokens

#: "83,2%/50%": the figure before the slash is achieved, the one after it the plan
_PAIRED = regex.compile(r"(?<![\d.,])\d[\d.,]*\s?%\s?/\s?$")
_LIST_SEPARATORS = (";", ",", "\n")
#: "lần lượt là 2,5% và 3,9%": a figure joined to the one before it
_JOINED = regex.compile(r"(?<![\d.,])\d[\d.,]*\s?%\s+(?:và|hoặc)\s+$")


def paired_start(view: str, start: int) -> Optional[int]:
    """Where the achieved figure of an ``achieved%/plan%`` pair starts, when ``start`` is the plan's."""
    if "/" not in view[max(0, start - 2):start]:
        return None  # the pair's slash ends it, at most one space before ``start``
    m = _PAIRED.search(view, max(0, start - 24), start)
    return m.start() if m else None


def joined_start(view: str, start: int) -> Optional[int]:
    """Where the figure before ``A% và`` starts, when the figure at ``start`` follows it."""
    if "%" not in view[max(0, start - 32):start]:
        return None  # the figure before holds a sign
    m = _JOINED.search(view, max(0, start - 32), start)
    return m.start() if m else None


def heading(view: str, c0: int, w) -> list[Word]:
    """The noun phrase of the heading a listed clause belongs to, else ``[]``.

    "chất lượng học viên mới cũng được nâng lên: độ tuổi …; 41% là nữ" → the
    heading before the colon, up to its first verb ("chất lượng học viên mới").
    """
    pos = c0
    for _ in range(12):
        sep = view[pos - 1:pos]
        if sep == ":":
            p0 = clause_start(view, pos - 1)
            words = strip_start(tokens(view, p0, pos - 1), w["leading"])
            for i, wd in enumerate(words):
                if i and (wd[0] in w["cut"] or starts_with(words[i:], w["heading_stops"])):
                    words = words[:i]
                    break
            return head(words, w) if len(words) > 1 else []
        if sep not in _LIST_SEPARATORS or pos < 2:
            return []
        pos = clause_start(view, pos - 1)
    return []


def label(view: str, c0: int, w) -> list[Word]:
    """A bullet's label before its colon: "- Tỷ lệ hộ nghèo: 2,1%" → "Tỷ lệ hộ nghèo"."""
    if view[c0 - 1:c0] != ":":
        return []
    p0 = clause_start(view, c0 - 1)
    words = tokens(view, p0, c0 - 1)
    if ends_with(words, w["heading_stops"]):
        return []  # "Kết quả cụ thể như sau: 98%" names nothing
    return head(words, w, cut=False)
