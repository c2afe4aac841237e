"""What a percentage measures, cut from its clause.

Shapes of the genre, in the order they are tried:

- the figure before a specific plan: ``hoàn thành 100% kế hoạch doanh thu năm 2024``
  measures the plan;
- the figure before a noun phrase: ``97% chi bộ được xếp loại …``, ``cho 100% xã,
  phường …``;
- the figure after its subject: ``doanh thu tăng 7,5%``, ``số chi bộ … chiếm 19,87%``
  (the phrase before the verb, after framing words such as ``phấn đấu``);
- a figure that comments on the clause before it: ``Doanh thu đạt 3.216 tỷ đồng,
  bằng 53,1% kế hoạch năm``, ``(đạt 90 % so với chỉ tiêu …)``: the noun phrase just
  before that clause's figure.

A figure measured against a plan keeps the comparison: ``doanh thu so với kế hoạch năm``.
"""
from __future__ import annotations

from typing import Optional

from .clause import (
    Word,
    after_last,
    clause_end,
    clause_start,
    cues,
    cut_text,
    inside,
    is_number,
    matches_at,
    starts_with,
    strip_end,
    strip_start,
    tokens,
)

_DATE_WORDS = ("quý", "tháng", "năm")


def _strip_dates(words: list[Word], w) -> list[Word]:
    """Drop a time expression opening the clause ("năm 2023 tốc độ tăng trưởng …")."""
    i = 0
    while i < len(words) and (words[i][0] in w["date_openers"] or is_number(words[i][0])
                              or i and words[i - 1][0] == "quý"):
        i += 1
    return words[i:]


def _head(words: list[Word], w) -> list[Word]:
    """The noun phrase a clause opens with: up to its first verb, figure or date word."""
    words = _strip_dates(strip_start(words, w["leading"]), w)
    for i in range(1, len(words)):
        word, nxt = words[i][0], words[i + 1][0] if i + 1 < len(words) else ""
        dated = word in _DATE_WORDS and (nxt[:1].isdigit() or word == "quý" and nxt[:1] in "ivx")
        # "doanh thu 6 tháng …", "… năm 2019" end the subject; "người từ 18 tuổi" does not
        timed = word[:1].isdigit() and (nxt in w["time_units"] or len(word) == 4 and word.isdigit())
        if timed or dated or word in w["cut"] and not inside(words, i, w["compounds"]):
            words = words[:i]
            break
    return strip_start(words, w["leading"])


def _np_before_figure(words: list[Word], w) -> list[Word]:
    """The noun phrase just before the last figure of a clause ("… với thu nhập bình quân 14,2")."""
    last = max((i for i, wd in enumerate(words) if wd[0][:1].isdigit()), default=None)
    if last is None:
        return _head(words, w)
    if last and words[last - 1][0] in w["existentials"]:
        # "toàn tỉnh có 148 cơ sở Hội xếp loại vững mạnh, chiếm 19,87%": what is counted
        return strip_start(words[last + 1:], w["units"])
    np = after_last(strip_end(words[:last], w["verbs"], keep_last=False), w["breakers"])
    return _head(after_last(np, w["framers"]), w)


def _until_la(words: list[Word]) -> list[Word]:
    """A noun phrase after the figure, up to ``là`` (``kế hoạch doanh thu năm 2024 là 2.000 tỷ``)."""
    for i, (word, _, _) in enumerate(words):
        if i and word == "là":
            return words[:i]
    return words


def _specific_plan(text: str, after: list[Word], n: int, w) -> bool:
    """``kế hoạch doanh thu …`` names what is planned; ``kế hoạch năm``, ``kế hoạch Tập đoàn giao`` do not."""
    if len(after) <= n:
        return False
    word, start, _ = after[n]
    return word[:1].isalpha() and text[start].islower() and word not in w["plan_qualifiers"]


def _chained(text: str, view: str, c0: int, w) -> list[Word]:
    """The subject of the clause a figure comments on: the nearest earlier one opening with a noun."""
    pos, fallback, listed = c0 - 1, [], []
    for _ in range(4):
        p0 = clause_start(view, pos)
        prev = tokens(view, p0, pos)
        if prev and (not starts_with(prev, w["verbs"]) or _existential(prev, w)):
            figures = [wd[1] for wd in prev if wd[0][:1].isdigit()]
            np = _np_before_figure(prev, w) if figures else []
            if np:
                # a count ("có 57 chi bộ xếp loại trong sạch, vững mạnh") goes on over
                # the phrases listed after it
                return np + listed if np[0][1] > figures[-1] else np
            if not figures:
                # "… 57 chi bộ xếp loại trong sạch, vững mạnh, chiếm 61,3%": look past a
                # listed phrase for the clause with the figure
                fallback = fallback or _head(after_last(prev, w["framers"]), w)
                listed = prev + listed
        # "- Than tiêu thụ: 1.180.000 tấn, bằng 51% …": the label before a colon
        if view[p0 - 1:p0] not in ("(", ",", ":"):
            break
        pos = p0 - 1
    return fallback


def _plan_figure(before: list[Word], w) -> list[Word]:
    """The plan head when the figure is a plan's own value (``… vượt mục tiêu 10% đề ra``)."""
    words = strip_end(strip_end(before, w["verbs"], keep_last=False), w["plan_tails"], keep_last=False)
    for ph in w["plan_heads"].all:
        n = len(ph)
        if len(words) >= n and matches_at(words, len(words) - n, ph):
            rest = words[:len(words) - n]
            if not rest or strip_end(rest, w["verbs"], keep_last=False) != rest:
                return words[len(words) - n:]
    return []


def _existential(words: list[Word], w) -> bool:
    """``có 148 …``, ``đã có 13/16 …``: a clause that counts something."""
    i = 1 if words and words[0][0] == "đã" else 0
    return len(words) > i and words[i][0] in w["existentials"]


def _after_figure_and(words: list[Word]) -> list[Word]:
    """``thu ngân sách đạt 8.500 tỷ đồng và giải ngân vốn …``: the part after the last ``và``
    that follows a figure."""
    seen_number = False
    cut = 0
    for i, (word, _, _) in enumerate(words):
        seen_number = seen_number or word[:1].isdigit()
        if word == "và" and seen_number:
            cut = i + 1
    return words[cut:]


def _join_listed(view: str, c0: int, subject: list[Word], w) -> list[Word]:
    """``dư nợ cho vay nông nghiệp, nông thôn chiếm …``: a short subject continues a bare
    noun phrase before the comma."""
    if not subject or len(subject) > 3 or view[c0 - 1:c0] != "," or clause_start(view, subject[0][1]) != c0 \
            or tokens(view, c0, subject[0][1]):
        return subject
    p0 = clause_start(view, c0 - 1)
    prev = tokens(view, p0, c0 - 1)
    if not prev or len(prev) > 12 or starts_with(prev, w["openers"]) or after_last(prev, w["framers"]) != prev:
        return subject
    if any(is_number(wd[0]) or wd[0] in w["cut"] and not inside(prev, i, w["compounds"])
           for i, wd in enumerate(prev)):
        return subject
    return prev + subject


def _extend_list(view: str, after: list[Word], c1: int, verbs) -> list[Word]:
    """``100% xã, phường, thị trấn trên địa bàn …``: a one- or two-word item continues over commas."""
    for _ in range(6):
        if len(after) > 2 or view[c1:c1 + 1] != ",":
            break
        nxt_end = clause_end(view, c1 + 1)
        more = tokens(view, c1 + 1, nxt_end)
        if not more or not more[0][0][:1].isalpha() or starts_with(more, verbs):
            break  # "bàn giao 100% mặt bằng, hoàn thành chỉ tiêu …": a new clause
        after, c1 = after + more, nxt_end
    return after


def find_subject(text: str, view: str, start: int, end: int) -> Optional[str]:
    """The subject of the percentage at ``text[start:end]``, or None.

    Args:
        text: the record text (the subject is cut from the author's words).
        view: its matching view (same length), where cue words are looked up.
        start, end: the percentage's span.
    """
    w = cues()
    c0, c1 = clause_start(view, start), clause_end(view, end)
    before, after = tokens(view, c0, start), tokens(view, end, c1)
    plan = starts_with(after, w["plan_heads"])
    if plan and _specific_plan(text, after, plan, w):
        return cut_text(text, _until_la(after))
    head = _plan_figure(before, w)
    if head:
        # "vượt mục tiêu 10% đề ra", "(chỉ tiêu 95%)": the figure is the plan for what the
        # clause before measured
        subject = _chained(text, view, c0, w)
        result = cut_text(text, subject[-24:])
        return f"{cut_text(text, head)} {result}" if result else cut_text(text, head)
    core = after_last(strip_end(before, w["verbs"]), w["framers"])
    # "doanh thu tăng 7,5% …" measures what stands before the verb; "Xã có 100% thôn …",
    # "Hằng năm có trên 90% chi bộ …" count what follows the figure.
    measured_before = (len(core) < len(before) and before[len(core)][0] not in w["existentials"]
                       and _strip_dates(strip_start(core, w["introducers"]), w))
    if after and after[0][0][:1].isalpha() and not starts_with(after, w["after_stop"]) and not measured_before:
        # "97% chi bộ …", "giải quyết 100% hồ sơ …": the figure counts what follows it
        return cut_text(text, _until_la(_extend_list(view, after, c1, w["verbs"])))
    if not strip_end(before, w["verbs"], keep_last=False) and view[c0 - 1:c0] in ("(", ","):
        subject = _chained(text, view, c0, w)
    else:
        subject = _join_listed(view, c0, _head(_after_figure_and(core), w), w)
        if not subject and view[c0 - 1:c0] in ("(", ",", ";"):
            subject = _chained(text, view, c0, w)
    result = cut_text(text, subject[-24:])
    if result is None:
        return None
    if plan:
        return f"{result} so với {cut_text(text, after)}"
    if matches_at(after, 0, ("so", "với")) and any(wd[0] in w["plan_words"] for wd in after[2:4]):
        return f"{result} {cut_text(text, after)}"
    return result
