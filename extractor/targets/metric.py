"""What a target counts, cut from its clause.

Two shapes: the metric first (``doanh thu đạt 1.234,5 tỷ đồng``: the words
before the lead verb) and the action first (``kết nạp 38 đảng viên mới``: the
verb, the counted unit and what follows it → ``kết nạp đảng viên mới``).
Time phrases are cut (``doanh thu 6 tháng của Chi nhánh`` → ``doanh thu``).
"""
from __future__ import annotations

from typing import Optional

import regex

from .values import Value

Word = tuple[str, int, int]  # (lower-cased word, start, end) in the view
_WORD = regex.compile(r"[^\s,;:()]+")
_AFTER_STOP = regex.compile(r"\s(?:trước|trong|tại|so với|cho|đến|vào|nhằm|để|do)\s|[,;:.(]", regex.IGNORECASE)


def _words(view: str, a: int, b: int) -> list[Word]:
    return [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(view, a, b)]


class _Phrases:
    """Phrases as word tries, read from the first word on (``forward``) and from the
    last word back (``backward``); ``None`` in a node marks the end of a phrase. A walk
    finds the longest phrase at an edge of a list of words in one pass, without building
    a tuple of words per phrase length."""

    __slots__ = ("forward", "backward")

    def __init__(self, phrases):
        self.forward: dict = {}
        self.backward: dict = {}
        for ph in phrases:
            for node, words in ((self.forward, ph.split()), (self.backward, ph.split()[::-1])):
                for w in words:
                    node = node.setdefault(w, {})
                node[None] = True


_PHRASES: dict[int, tuple] = {}


def _phrases(phrases) -> _Phrases:
    # keyed by identity: the lexicon's tuples live as long as the process (kept alive here)
    got = _PHRASES.get(id(phrases))
    if got is None or got[0] is not phrases:
        got = _PHRASES[id(phrases)] = (phrases, _Phrases(phrases))
    return got[1]


def _longest(node: dict, words: list[Word], limit: int, step: int) -> int:
    """How many words the longest phrase of the trie ``node`` at the start (``step`` 1) or
    end (``step`` -1) of ``words`` covers, at most ``limit``; 0 when none."""
    best, n = 0, 0
    i = 0 if step == 1 else len(words) - 1
    while n < limit:
        node = node.get(words[i][0])
        if node is None:
            break
        n += 1
        i += step
        if None in node:
            best = n
    return best


def _strip_start(words: list[Word], phrases) -> list[Word]:
    # the longest phrase first, never all the words, again until none is at the start
    root = _phrases(phrases).forward
    while words:
        n = _longest(root, words, len(words) - 1, 1)
        if not n:
            break
        words = words[n:]
    return words


def _strip_end(words: list[Word], phrases) -> list[Word]:
    root = _phrases(phrases).backward
    while words:
        n = _longest(root, words, len(words) - 1, -1)
        if not n:
            break
        words = words[:-n]
    return words


def _cut_time(view: str, words: list[Word], lex: dict) -> list[Word]:
    """Drop a time phrase at the start; cut the words at a later one."""
    if not words:
        return words
    a, b = words[0][1], words[-1][2]
    for m in lex["time"].finditer(view, a, b):
        if m.start() == a:
            words = [w for w in words if w[1] >= m.end()]
            continue
        kept = [w for w in words if w[2] <= m.start()]
        return kept or words
    return words


def action_start(words: list[Word], lex: dict) -> Optional[int]:
    """Index of an action verb that governs the figure right after the words, if any
    (``Toàn Đảng bộ đã kết nạp được`` → the index of ``kết``)."""
    words = _strip_end(words, lex["action_links"])
    # of the verbs ending the words the longest wins
    n = _longest(_phrases(lex["action_verbs"]).backward, words, len(words), -1)
    return len(words) - n if n else None


def cut_metric(text: str, view: str, a: int, value: Optional[Value], after_end: int, lex: dict) -> tuple[Optional[str], int]:
    """The metric of the clause ``view[a:…]`` and where the target's span should start.

    Args:
        text, view: the record text and its matching view.
        a: where the clause starts; the words before the figure (or ``after_end`` when
            there is no figure) are the metric's first part.
        value: the clause's figure, or None.
        after_end: the end of the region after the figure (for ``kết nạp 38 đảng viên mới``).
    """
    before = _words(view, a, value.num_start if value else after_end)
    start = a
    act = action_start(before, lex) if value else None
    if act is not None and act > 0 and not any(ch.isdigit() for w in before[:act] for ch in w[0]):
        before = before[act:]
        start = before[0][1]
    after = []
    if value is not None and value.end < after_end:
        stop = _AFTER_STOP.search(view, value.end, after_end)
        after = _strip_start(_words(view, value.end, stop.start() if stop else after_end) + [("", 0, 0)],
                             lex["figure_tails"])
        after = _cut_time(view, [w for w in after if w[0]], lex)
    # "có 21 chỉ tiêu", "trong đó có 80% trở lên hoàn thành …": with a counted unit or words
    # after the figure the leading words may go entirely
    counted = value is not None and value.unit.lower() in lex["count_units"]
    pad = [("", 0, 0)] if counted or after else []
    before = _strip_end(pad + before, lex["value_lead"])
    before = _strip_start([w for w in before if w[0]] + pad, lex["metric_leading"])
    before = [w for w in before if w[0]]
    before = _cut_time(view, before, lex)
    before = _strip_end(before, lex["value_lead"])
    parts = [text[before[0][1]:before[-1][2]]] if before else []
    if counted and (act is not None or not parts):
        # "kết nạp 38 đảng viên mới": the counted unit is part of what is counted;
        # "Số đảng viên … là 27 người" names it already
        parts.append(value.unit)
    if after:
        parts.append(text[after[0][1]:after[-1][2]])
    metric = " ".join(" ".join(parts).split()).strip(" ,;:-")
    return (metric or None), start
