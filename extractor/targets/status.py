"""How far a result reached its baseline, from the cue that links them.

Conventions (record contract, "Targets"): ``vượt X%`` → exceeded, attainment
100 + X; ``gấp X lần`` → 100·X; ``bằng/đạt X%`` → by X against 100;
``đạt và vượt`` → met_or_exceeded; ``đạt chỉ tiêu``/``hoàn thành kế hoạch`` →
met; ``hoàn thành vượt mức`` → exceeded; ``chưa đạt chỉ tiêu``, ``mới đạt X%`` →
not_met; a figure against the baseline's own figure (``đạt 93,5% (chỉ tiêu 95%)``,
``15/15 chỉ tiêu``) by comparing the two; a lower-is-better figure under its plan →
exceeded. Inside a plan every
status is ``planned`` (the caller decides that).
"""
from __future__ import annotations

from typing import Optional

# The result cues, in the order they are tried: a longer cue claims its words first.
CUE_KINDS = ("both", "beyond", "excess", "multiple", "bracket", "share", "short", "ratio",
             "below", "above", "unmet", "fail", "reach", "implied")


def lower_is_better(metric: Optional[str], lex: dict) -> bool:
    """Whether less of ``metric`` is better (losses, incidents, poverty, deaths)."""
    m = (metric or "").lower()
    return any(word in m for word in lex["lower_is_better"])


def attainment(kind: str, num: Optional[float]) -> Optional[float]:
    """The attainment percentage a cue states, or None."""
    if num is None:
        return None
    if kind == "excess":
        return round(100 + num, 6)
    if kind == "multiple":
        return round(100 * num, 6)
    if kind in ("ratio", "short", "implied"):
        return num
    return None


def status_of(kind: str, attained: Optional[float], lower_better: bool, ratio_pair: Optional[tuple[float, float]] = None) -> str:
    """The status a result cue states.

    Args:
        kind: one of :data:`CUE_KINDS`.
        attained: the attainment percentage, when the cue gives one.
        lower_better: the metric is better when lower.
        ratio_pair: ``(actual, plan)`` for ``3,62/3,80% kế hoạch``.
    """
    if kind == "both":
        return "met_or_exceeded"
    if kind in ("excess", "multiple", "beyond"):
        return "exceeded"
    if kind in ("fail", "unmet") or (kind == "short" and (attained is None or attained < 100)):
        return "not_met"
    if kind == "reach":
        return "met"
    if kind == "above":
        return "not_met" if lower_better else "exceeded"
    if kind == "below":
        return "exceeded" if lower_better else "not_met"
    if ratio_pair is not None:
        actual, plan = ratio_pair
        if actual == plan:
            return "met"
        return "exceeded" if (actual < plan) == lower_better else "not_met"
    if attained is None:
        return "met"
    if attained == 100:
        return "met"
    return "exceeded" if (attained > 100) != lower_better else "not_met"
