"""Find targets in a text: results against a baseline, and goals set for the future.

Sentence by sentence: result cues (``bằng 52% kế hoạch``, ``vượt 12% kế hoạch``,
``đạt và vượt``, ``thấp hơn chỉ tiêu``) make a target from the clause that states
the figure to the end of the baseline; from a plan cue on (``phấn đấu``,
``mục tiêu``, ``chỉ tiêu năm … là``) every clause with a figure is a planned
target, and results there are planned too (up to a clause that reports the
present). Achieved/plan pairs (``45.799/36.875 tỷ đồng``) are read last, where no
other target holds them. Growth against an earlier period with no plan is never
a target.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Iterable, Optional

from ..record import Target
from .clauses import clauses, sentences
from .lexicon import lexicon, may_match, needles_in
from .pairs import find_pairs
from .plans import find_plans, plan_scope_end, plan_start
from .results import Found, find_results
from .status import CUE_KINDS

# The patterns that start goals (see plans.plan_start and plans.find_plans).
PLAN_KEYS = ("plan_cue", "modal_goal", "quota", "budget", "completion")


def _finish(text: str, f: Found) -> Target:
    start, end = f.start, f.end
    while end > start and text[end - 1] in " ,;:./-":
        end -= 1
    value = f.value
    return Target(
        text=text[start:end], start=start, end=end, metric=f.metric or "",
        value=value.value if value else None, unit=value.unit if value else None,
        attainment_percent=f.attainment, baseline=f.baseline, status=f.status,
    )


def gated_sentences(view: str, pa: int, pb: int, lex: dict) -> list[tuple[int, int]]:
    """The sentences of the paragraph ``view[pa:pb]`` where a match of the cue gate starts
    (as one pass over the paragraph finds them); a sentence without one holds no target.

    When no gate word holds sentence-ending punctuation and the paragraph has no line
    break, no match can cross a sentence's end (a figure's dot is followed by a digit),
    so a search inside each sentence finds the same sentences, and stops at its first cue."""
    if lex["gate_in_sentences"] and "\n" not in view[pa:pb]:
        gate = lex["gate"].search
        return [sent for sent in sentences(view, pa, pb) if gate(view, *sent)]
    cues = [m.start() for m in lex["gate"].finditer(view, pa, pb)]
    if not cues:
        return []
    out = []
    for sent in sentences(view, pa, pb):
        i = bisect_left(cues, sent[0])
        if i < len(cues) and cues[i] < sent[1]:
            out.append(sent)
    return out


def find_targets(
    text: str,
    view: str,
    paragraphs: Iterable[tuple[int, int]],
    percentages: Optional[dict[int, float]] = None,
    targets_data: Optional[dict] = None,
    numbers_data: Optional[dict] = None,
    lex: Optional[dict] = None,
) -> list[Target]:
    """Every target in ``text``.

    Args:
        text: the record text (items are cut from it).
        view: its matching view (same length), where the cues are matched.
        paragraphs: ``(start, end)`` of the lines or paragraphs to read.
        percentages: start offset → value of the percentage items, so that
            attainment figures agree with them.
        targets_data, numbers_data: language data (default: the package's YAML).
        lex: the patterns of that data, when the caller keeps them (see :func:`lexicon`).
    """
    lex = lex or lexicon(targets_data, numbers_data)
    pct = percentages or {}
    out: list[Target] = []
    masks = [(k, *lex["needle_masks"][k]) for k in CUE_KINDS]
    for pa, pb in paragraphs:
        for sent in gated_sentences(view, pa, pb, lex):
            present = needles_in(view, *sent, lex)
            kinds = [k for k, a, b, c in masks if present & a and present & b and present & c]  # see may_match
            if not kinds and not any(may_match(lex, k, present) for k in PLAN_KEYS) and not (
                    "/" in view[sent[0]:sent[1]] and lex["pair"].search(view, *sent)):
                continue  # no result cue, no goal, no pair: nothing below could find a target
            items = clauses(view, *sent)
            if not items:
                continue
            # many sentences name no baseline: one search spares the result patterns
            hint = kinds and lex["result_hint"].search(view, *sent)
            cue = plan_start(text, view, *sent, lex, present)
            plan_end = cue[1] if cue else -1
            results = find_results(text, view, sent, items, lex, pct, numbers_data, plan_end,
                                   present, kinds) if hint else []
            scope = plan_scope_end(view, items, cue, sent[1], lex)
            for f in results:
                if cue is not None and cue[0] <= f.cue < scope:
                    f.status = "planned"
            goal_items = [c for c in items if c.start < scope]
            plans = find_plans(text, view, sent, goal_items, lex, results, numbers_data, cue, present)
            pairs = find_pairs(text, view, sent, items, lex, results + plans, cue[0] if cue else -1)
            for f in sorted(results + plans + pairs, key=lambda x: x.start):
                if f.end > f.start:
                    out.append(_finish(text, f))
    return out
