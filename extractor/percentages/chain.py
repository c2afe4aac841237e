"""Noun phrases of the clauses around a figure: a clause's head, the phrase before its
figure, and the earlier clause a figure comments on (for :mod:`.subject`)."""
from __future__ import annotations

from .clause import (
    Word,
    after_last,
    clause_start,
    inside,
    is_number,
    starts_with,
    strip_end,
    strip_start,
    tokens,
)

_DATE_WORDS = ("quý", "tháng", "năm")


def strip_dates(words: list[Word], w) -> list[Word]:
    """Drop a time expression opening the clause ("năm 2023 tốc độ tăng trưởng …")."""
    i = 0
    while i < len(words) and (words[i][0] in w["date_openers"] or is_number(words[i][0])
                              or i and words[i - 1][0] == "quý"):
        i += 1
    return words[i:]


def head(words: list[Word], w, cut: bool = True) -> list[Word]:
    """The noun phrase a clause opens with: up to its first verb, figure or date word.

    Args:
        words: the clause's words.
        w: the cue lists.
        cut: end the phrase at its first cut word ("doanh thu đạt …"); a label standing
            right before its figure ("tỷ lệ xã đạt chuẩn nông thôn mới 83%") is not cut.
    """
    words = strip_dates(strip_start(words, w["leading"]), w)
    cuts, size = w["cut"], len(words)
    for i in range(1, size):
        word = words[i][0]
        # "doanh thu 6 tháng …", "… năm 2019" end the subject; "người từ 18 tuổi" does not
        if word[:1].isdigit():
            nxt = words[i + 1][0] if i + 1 < size else ""
            if nxt in w["time_units"] or len(word) == 4 and word.isdigit():
                words = words[:i]
                break
        elif word in _DATE_WORDS:
            nxt = words[i + 1][0] if i + 1 < size else ""
            if nxt[:1].isdigit() or word == "quý" and nxt[:1] in "ivx":
                words = words[:i]
                break
        if cut and word in cuts and not inside(words, i, w["compounds"]):
            words = words[:i]
            break
    return strip_start(words, w["leading"])


def counted(words: list[Word], w) -> list[Word]:
    """What a count counts: the words after its figure, without number words, unless
    they name an amount ("134 đảng viên" → "đảng viên"; "25 tỷ đồng" → nothing)."""
    rest = strip_start(words, w["units"])
    # "đồng/người/tháng" is an amount as "đồng" is
    first = [(rest[0][0].split("/")[0], rest[0][1], rest[0][2])] if rest else []
    if not rest or not rest[0][0][:1].isalpha() or starts_with(first + rest[1:], w["measures"]):
        return []
    return rest


def np_before_figure(words: list[Word], w) -> list[Word]:
    """The noun phrase just before the last figure of a clause ("… với thu nhập bình quân 14,2").

    A count keeps what it counts: "toàn tỉnh có 148 cơ sở Hội …" → "cơ sở Hội …",
    "832 hộ thoát nghèo" → "hộ thoát nghèo", "thành lập mới 26 hợp tác xã" →
    "thành lập mới hợp tác xã".
    """
    last = max((i for i, wd in enumerate(words) if wd[0][:1].isdigit()), default=None)
    if last is None:
        return head(words, w)
    lead = strip_start(words[:last], w["introducers"])
    if last and words[last - 1][0] in w["existentials"] or not strip_dates(lead, w):
        # "toàn huyện còn 812 hộ nghèo" counts; "tỷ lệ hộ nghèo giảm còn 0,6%" does not
        tail = counted(words[last + 1:], w)
        if tail or not strip_dates(lead, w):
            return tail
    bare = strip_end(words[:last], w["verbs"], keep_last=False)
    np = head(after_last(after_last(bare, w["breakers"]), w["framers"]), w)
    # "kết nạp được 134 đảng viên": an action on a count names what it acted on
    # ("thu ngân sách đạt 25 tỷ đồng" has a measuring verb, and an amount)
    acted = [wd for wd in words[len(bare):last] if wd[0] != "được"] == []
    tail = counted(words[last + 1:], w) if np and acted and bare[-1][0] not in w["existentials"] else []
    if tail:
        np = after_last(np, w["actor_ends"]) or np
    return np + tail


def existential(words: list[Word], w) -> bool:
    """``có 148 …``, ``đã có 13/16 …``: a clause that counts something."""
    i = 1 if words and words[0][0] == "đã" else 0
    return len(words) > i and words[i][0] in w["existentials"]


def chained(view: str, c0: int, w) -> list[Word]:
    """The subject of the clause a figure comments on: the nearest earlier one opening with a noun."""
    pos, fallback, listed = c0 - 1, [], []
    for _ in range(4):
        p0 = clause_start(view, pos)
        prev = tokens(view, p0, pos)
        if prev and (not starts_with(prev, w["verbs"]) or existential(prev, w)):
            figures = [wd[1] for wd in prev if wd[0][:1].isdigit()]
            np = np_before_figure(prev, w) if figures else []
            if np:
                # a count ("có 57 chi bộ xếp loại trong sạch, vững mạnh") goes on over
                # the phrases listed after it
                return np + listed if np[0][1] > figures[-1] else np
            if not figures:
                # "… 57 chi bộ xếp loại trong sạch, vững mạnh, chiếm 61,3%": look past a
                # listed phrase for the clause with the figure
                fallback = fallback or head(after_last(prev, w["framers"]), w)
                listed = prev + listed
        # "- Than tiêu thụ: 1.180.000 tấn, bằng 51% …": the label before a colon
        if view[p0 - 1:p0] not in ("(", ",", ":"):
            break
        pos = p0 - 1
    return fallback
