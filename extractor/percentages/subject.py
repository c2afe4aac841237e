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
Terse report lines (see :mod:`.chain` and :mod:`.lists`): a count keeps what it counts
(``kết nạp được 134 hội viên, đạt 67%`` → ``kết nạp hội viên``), a bullet's label before
its colon, the heading of a list for ``41% là nữ``, and the plan of an ``83%/80%`` pair
(``chỉ tiêu`` plus the achieved figure's subject).
"""
from __future__ import annotations

from typing import Optional

from .chain import chained, head, strip_dates
from ..lang import load
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
from .lists import heading, joined_start, label, paired_start

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


def _plan_figure(before: list[Word], w) -> list[Word]:
    """The plan head when the figure is a plan's own value (``… vượt mục tiêu 10% đề ra``)."""
    words = strip_end(strip_end(before, w["verbs"], keep_last=False), w["plan_tails"], keep_last=False)
    for ph in w["plan_heads"].by_last.get(words[-1][0], ()) if words else ():
        n = len(ph)
        if len(words) >= n and matches_at(words, len(words) - n, ph):
            rest = words[:len(words) - n]
            if not rest or strip_end(rest, w["verbs"], keep_last=False) != rest:
                return words[len(words) - n:]
    return []


def _after_figure_and(words: list[Word]) -> list[Word]:
    """``thu ngân sách đạt 8.500 tỷ đồng và giải ngân vốn …``: the part after the last ``và``
    that follows a figure."""
    first = next((i for i, wd in enumerate(words) if wd[0][:1].isdigit()), None)
    if first is not None:
        for i in range(len(words) - 1, first, -1):
            if words[i][0] == "và":
                return words[i + 1:]
    return words


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


def _paired(text: str, view: str, achieved: int) -> Optional[str]:
    """The plan of an ``achieved%/plan%`` pair measures the plan for what the achieved figure measures."""
    subject = find_subject(text, view, achieved, view.index("%", achieved) + 1)
    word = load("subjects")["pair_plan"]
    return f"{word} {subject}" if subject else word


def _after_figure(view: str, c0: int, c1: int, after: list[Word], w) -> Optional[list[Word]]:
    """What a figure counts when it stands before its noun phrase, else None.

    "97% chi bộ …", "giải quyết 100% hồ sơ …" count what follows; "80% trở lên hoàn
    thành tốt nhiệm vụ" what follows the bound; "41% là nữ" the members of the list's
    heading ("chất lượng học viên mới …: 41% là nữ").
    """
    n = starts_with(after, w["kept_tails"])
    if n and len(after) > n and after[n][0][:1].isalpha():
        after = after[n:]
    if after[0][0] == "là":
        return heading(view, c0, w) + after  # two places: cut_text joins them with a space
    if starts_with(after, w["after_stop"]):
        return None
    return _until_la(_extend_list(view, after, c1, w["verbs"]))


def _ratio_label(core: list[Word], w) -> bool:
    """"tỷ lệ xã đạt chuẩn nông thôn mới 83%", "tỷ lệ trường đạt chuẩn quốc gia đạt 78%": a
    ratio's label, whose verbs belong to the label (the verb before the figure is stripped)."""
    return bool(starts_with(core, w["ratio_heads"])) and not any(is_number(wd[0]) for wd in core)


def find_subject(text: str, view: str, start: int, end: int) -> Optional[str]:
    """The subject of the percentage at ``text[start:end]``, or None.

    Args:
        text: the record text (the subject is cut from the author's words).
        view: its matching view (same length), where cue words are looked up.
        start, end: the percentage's span.
    """
    w = cues()
    achieved = paired_start(view, start)
    if achieved is not None:
        return _paired(text, view, achieved)
    c0, c1 = clause_start(view, start), clause_end(view, end)
    before, after = tokens(view, c0, start), tokens(view, end, c1)
    first = joined_start(view, start)
    if first is not None and len(before) > 2 and (not after or starts_with(after, w["after_stop"])):
        # "… lần lượt là 2,5% và 3,9%": both figures measure the clause's subject
        return find_subject(text, view, first, view.index("%", first) + 1)
    plan = starts_with(after, w["plan_heads"])
    if plan and _specific_plan(text, after, plan, w):
        return cut_text(text, _until_la(after))
    plan_head = _plan_figure(before, w)
    if plan_head:
        # "vượt mục tiêu 10% đề ra", "(chỉ tiêu 95%)": the figure is the plan for what the
        # clause before measured
        subject = chained(view, c0, w)
        result = cut_text(text, subject[-24:])
        return f"{cut_text(text, plan_head)} {result}" if result else cut_text(text, plan_head)
    core = after_last(strip_end(before, w["verbs"], keep=w["kept_tails"]), w["framers"])
    # "doanh thu tăng 7,5% …" measures what stands before the verb; "Xã có 100% thôn …",
    # "Hằng năm có trên 90% chi bộ …" count what follows the figure.
    measured_before = (len(core) < len(before) and before[len(core)][0] not in w["existentials"]
                       and strip_dates(strip_start(core, w["introducers"]), w))
    if after and after[0][0][:1].isalpha() and not measured_before:
        counted = _after_figure(view, c0, c1, after, w)
        if counted:
            return cut_text(text, counted)
    bare = not strip_end(before, w["verbs"], keep_last=False)
    if bare and view[c0 - 1:c0] == ":" and label(view, c0, w):
        subject = label(view, c0, w)
    elif bare and view[c0 - 1:c0] in ("(", ","):
        subject = chained(view, c0, w)
    else:
        cut = not _ratio_label(core, w)
        subject = _join_listed(view, c0, head(_after_figure_and(core), w, cut=cut), w)
        if not subject and view[c0 - 1:c0] in ("(", ",", ";"):
            subject = chained(view, c0, w)
    result = cut_text(text, subject[-24:])
    if result is None:
        return None
    if plan:
        return f"{result} so với {cut_text(text, _until_la(after))}"
    if matches_at(after, 0, ("so", "với")) and any(wd[0] in w["plan_words"] for wd in after[2:4]):
        return f"{result} {cut_text(text, _until_la(after))}"
    return result
