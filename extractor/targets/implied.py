"""Results against a plan the sentence does not name: ``thành lập mới 26 công đoàn cơ
sở (đạt 120%)``, ``thu nội địa 10.152 tỷ đồng, đạt 50,51%``.

``đạt N%`` with nothing after the percent is far more often a level (``Tỷ lệ tiêm chủng
đạt 98%``) than a share of a plan, so it is read as attainment only when nothing else
fits: above 100 it cannot be a level; at or under 100 the clause must hold a figure of
its own, money or a measure (a count of people ``đạt 29%`` may be a share of them, so a
count needs a plan named earlier in the paragraph). Metrics that state rates, indices or
growth (``tỷ lệ``, ``chỉ số``, ``tăng``) are never read this way.
"""
from __future__ import annotations

from ..numbers import parse_number
from .found import Found


def implied_holds(view: str, found: "Found", lex: dict) -> bool:
    """Whether the ``implied`` result ``found`` is a share of an unnamed plan."""
    metric = (found.metric or "").lower()
    if not metric or any(w in metric for w in lex["implied_blockers"]):
        return False
    attained = found.attainment
    if attained is None:
        return False
    value = found.value
    if value is None and any(w in metric for w in lex["index_metrics"]):
        return False
    if attained > 100:
        return True
    if value is None or value.is_percent:
        return False
    if value.unit.lower() not in lex["count_units"]:
        return True
    paragraph = view[view.rfind("\n", 0, found.start) + 1:found.cue].lower()
    if any(w in paragraph for w in lex["plan_context_words"]):
        return True
    # "kết nạp 5.200 đoàn viên, đạt 104%; thành lập 46 công đoàn cơ sở, đạt 92%": a sibling
    # above 100% in the same paragraph shows the shares are of a plan
    end = view.find("\n", found.cue)
    a, b = view.rfind("\n", 0, found.start) + 1, len(view) if end < 0 else end
    return any(_above_hundred(m["num"]) for m in lex["implied"].finditer(view, a, b))


def _above_hundred(raw: str) -> bool:
    value = parse_number(raw)
    return value is not None and value > 100


def widen(text: str, view: str, found: "Found", items: list, lex: dict) -> "Found":
    """``Đào tạo, bồi dưỡng cán bộ … đạt 119%``: a sentence-opening clause with no figure
    before the result's own clause is the first half of its metric."""
    from .clauses import clause_at

    ci = clause_at(items, found.start)
    c = items[ci]
    if ci != 1 or c.sep != "," or found.start != c.start or found.value is not None:
        return found
    prev = items[0]
    words = view[prev.start:prev.end].split()
    if not words or len(words) > 12 or any(ch.isdigit() for ch in view[prev.start:prev.end]):
        return found
    if lex["gate"].search(view, prev.start, prev.end) or lex["time"].match(view, prev.start, prev.end):
        return found
    low = [w.lower() for w in words]
    if any(" ".join(low[:n]) in lex["sentence_frames"] for n in (1, 2, 3)):
        return found
    found.metric = f"{text[prev.start:prev.end]}, {found.metric}"
    found.start = prev.start
    return found
