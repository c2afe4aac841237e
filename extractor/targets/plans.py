"""Goals: the figures of a sentence from a plan cue on (``phấn đấu …``, ``mục tiêu …``,
``chỉ tiêu năm 2024 là …``, ``được giao …``, ``phải kết nạp …``), and ``hoàn thành các
chỉ tiêu mà Nghị quyết … đề ra``. Each clause with a figure is one planned target; a
completion that is past or follows a result is a result against its baseline."""
from __future__ import annotations

from typing import Optional

import regex

from .clauses import Clause, clause_at
from .lexicon import may_match, needles_in
from .metric import cut_metric
from .results import REACH, Found, baseline_end
from .values import values_in

_GOES_ON = regex.compile(r"\s*:?\s+[\p{L}\d]")
_SET_BY = regex.compile(r"[^.;]{0,120}?\bđề\s+ra\b", regex.IGNORECASE)
# The goal noun phrase ends before these: "các chỉ tiêu mà Nghị quyết …", "… năm 2024".
_GOAL_STOP = regex.compile(r"\s(?:mà|theo|của|do|đã|năm|trong)\s|[,;:(]|\s\d", regex.IGNORECASE)
_CLAUSE_START = regex.compile(r"[,;:(]")


def _clause_start(view: str, s: int, pos: int, reach: int = 80) -> int:
    """Start of the clause holding ``pos`` (at most ``reach`` characters back)."""
    a = cut = max(s, pos - reach)
    for m in _CLAUSE_START.finditer(view, a, pos):
        cut = m.end()
    while cut < pos and view[cut].isspace():
        cut += 1
    return cut


def _forward(text: str, view: str, s: int, m, lex: dict) -> bool:
    """Whether the completion ``m`` sets a goal: not past (``đã … hoàn thành``), not a
    comment on a result before it (``đạt 2,4 triệu tấn, hoàn thành kế hoạch``), not
    ``hoàn thành vượt mức``; a purpose word (``để``, ``phải``) makes it a goal anyway."""
    verb = " ".join(m["verb"].lower().split())
    if verb in lex["both_cues"] or verb in lex["beyond_cues"]:
        return False
    words = view[_clause_start(view, s, m.start()):m.start()].lower().split()
    if words and (words[-1] in lex["purpose_words"] or " ".join(words[-2:]) in lex["purpose_words"]):
        return True
    if any(w in lex["past_markers"] for w in words[-4:]):
        return False
    # "9 tháng qua, các cấp ủy đã lãnh đạo …, góp phần thực hiện đạt các chỉ tiêu": past
    # unless a purpose word comes after the past marker
    earlier = view[s:m.start()].lower().split()
    past = [i for i, w in enumerate(earlier) if w in lex["past_markers"]]
    if past and not any(w in lex["purpose_words"] for w in earlier[past[-1]:]):
        return False
    return not values_in(text, view, s, m.start(), lex)


def _quota_sets_goal(view: str, s: int, m, lex: dict) -> bool:
    """Whether ``chỉ tiêu … là`` at ``m`` sets goals: not inside a bracket after a result
    (``đạt 135% chỉ tiêu (Chỉ tiêu năm 2023 là 120)`` states the baseline's figure), not
    after a comparison (``so với chỉ tiêu giao là 6.000 đoàn viên``)."""
    before = view[s:m.start()]
    if before.count("(") > before.count(")"):
        return False
    tail = before[-16:].lower()
    return not any(b in tail for b in lex["plan_cue_blockers"])


# Result cues that make a budget figure a result: "Tổng số thu … là 5.000 tỷ đồng, đạt 110% dự toán".
_RESULT_KINDS = ("both", "beyond", "excess", "multiple", "ratio", "short", "implied")


def _sets_goal(key: str, view: str, s: int, e: int, m, lex: dict) -> bool:
    if key == "quota":
        return _quota_sets_goal(view, s, m, lex)
    if key == "budget":
        return not any(lex[k].search(view, m.end(), e) for k in _RESULT_KINDS)
    return True


def plan_start(text: str, view: str, s: int, e: int, lex: dict,
               present: Optional[int] = None) -> Optional[tuple[int, int]]:
    """Where the sentence ``view[s:e]`` starts setting goals and where its cue ends, or None
    (``present``: the sentence's :func:`~.lexicon.needles_in`, when the caller has them)."""
    best = None
    present = needles_in(view, s, e, lex) if present is None else present
    for m in (lex["plan_cue"].finditer(view, s, e) if may_match(lex, "plan_cue", present) else ()):
        before = view[max(s, m.start() - 16):m.start()].lower()
        if any(b in before for b in lex["plan_cue_blockers"]) or not _GOES_ON.match(view, m.end(), e):
            continue  # "thấp hơn mục tiêu" is a baseline; "mục tiêu, nhiệm vụ" a list of nouns
        if before.split()[-1:] and before.split()[-1] in lex["plan_cue_nominalisers"]:
            continue  # "sự phấn đấu rèn luyện": a noun
        best = (m.start(), m.end())
        break
    for key in ("modal_goal", "quota", "budget"):
        if not may_match(lex, key, present):
            continue
        m = next((q for q in lex[key].finditer(view, s, e) if _sets_goal(key, view, s, e, q, lex)), None)
        if m is None or (best is not None and m.start() >= best[0]):
            continue
        if key == "quota":
            best = (m.start(), m.end())
        elif key == "budget":
            best = (m.start(), m.start())  # the budget noun is the metric
        elif " ".join(m["modal"].lower().split()) in lex["purpose_links"]:
            # "kết nạp thêm 64 đảng viên để hoàn thành …": the whole clause is the goal
            a = _clause_start(view, s, m.start())
            best = (a, a)
        else:
            best = (m.start(), m.end("modal"))
    for m in (lex["completion"].finditer(view, s, e) if may_match(lex, "completion", present) else ()):
        if best is not None and m.start() >= best[0]:
            break
        if not completes(view, s, m, lex):
            continue
        if _forward(text, view, s, m, lex):
            return m.start(), m.start()
    return best


def plan_scope_end(view: str, items: list[Clause], cue: Optional[tuple[int, int]], end: int, lex: dict) -> int:
    """Where the goals set from ``cue`` end: at a clause that reports the present
    (``…; hiện đảng bộ có 3.200 đảng viên``), else at the sentence end ``end``."""
    if cue is None:
        return end
    for c in items:
        if c.start <= cue[1] or c.sep not in (";", ","):
            continue
        words = view[c.start:min(c.end, c.start + 20)].lower().split()
        if words and (words[0] in lex["plan_scope_enders"] or " ".join(words[:2]) in lex["plan_scope_enders"]
                      or " ".join(words[:3]) in lex["plan_scope_enders"]):
            return c.start
    return end


def _pieces(view: str, text: str, c: Clause, lex: dict, numbers) -> list[tuple[int, int]]:
    # "… đạt 8.500 tỷ đồng và giải ngân … đạt 100% kế hoạch": two goals joined by "và".
    out, a = [], c.start
    for m in lex["joiner"].finditer(view, c.start, c.end):
        if values_in(text, view, a, m.start(), lex, numbers) and (
                values_in(text, view, m.end(), c.end, lex, numbers) or lex["base"].search(view, m.end(), c.end)):
            out.append((a, m.start()))
            a = m.end()
    out.append((a, c.end))
    return out


def find_plans(text: str, view: str, sentence: tuple[int, int], items: list[Clause], lex: dict,
               taken: list[Found], numbers: Optional[dict] = None,
               cue: Optional[tuple[int, int]] = None, present: Optional[int] = None) -> list[Found]:
    """Planned targets of one sentence from its plan cue ``cue`` (see :func:`plan_start`) on,
    and the completions reported before it (clauses overlapping ``taken`` are left to those;
    ``present``: the sentence's :func:`~.lexicon.needles_in`, when the caller has them)."""
    s, e = sentence
    out: list[Found] = []
    for c in items if cue is not None else ():
        if c.end <= cue[0] or c.end - c.start > REACH:
            continue  # a "clause" longer than any real one is not read as goals
        c = Clause(max(c.start, cue[0]), c.end, c.sep)
        for a, b in _pieces(view, text, c, lex, numbers):
            if any(f.start < b and a < f.end for f in taken) or lex["growth"].search(view[a:b]):
                continue
            if lex["restating"].match(view, a, b):
                continue  # "…, tương đương 3,6% GDP" restates the goal before it
            found = _plan(text, view, a, b, e, lex, numbers)
            if found is not None:
                out.append(found)
    limit = cue[0] if cue else e
    completions = lex["completion"].finditer(view, s, limit) if may_match(
        lex, "completion", needles_in(view, s, limit, lex) if present is None else present) else ()
    for m in completions:
        if not completes(view, s, m, lex):
            continue
        found = _completion(text, view, m, items[clause_at(items, m.start())].end, e, lex, achieved=True)
        if found is not None and found.baseline and not any(f.start < found.end and found.start < f.end
                                                            for f in taken + out):
            out.append(found)
    return out


def _metric_starts(view: str, a: int, b: int, lex: dict) -> list[int]:
    """Where a goal's metric may start: after its cue, or (``chỉ tiêu tăng trưởng GRDP năm
    2024 là 10%``) after the quota word, when the words up to ``là`` name it."""
    m = lex["plan_cue"].match(view, a, b)
    quota = None if m else lex["quota"].match(view, a, b)
    m = m or quota
    if m is None:
        return [a]
    starts = [m.end()] + ([quota.end("word")] if quota else [])
    return [_skip_space(view, a, b) for a in starts]


def _skip_space(view: str, a: int, b: int) -> int:
    while a < b and view[a].isspace():
        a += 1
    return a


def completes(view: str, s: int, m, lex: dict) -> bool:
    """Whether the completion ``m`` states a goal or result: a weak verb (``thực hiện thắng
    lợi``) only after a purpose word or a lead (``để``, ``góp phần``)."""
    verb = " ".join(m["verb"].lower().split())
    if verb not in lex["weak_completion_verbs"]:
        return True
    words = view[max(s, m.start() - 24):m.start()].lower().split()
    leads = lex["purpose_words"] + lex["completion_leads"]
    return bool(words) and (words[-1] in leads or " ".join(words[-2:]) in leads)


def _plan(text: str, view: str, a: int, b: int, limit: int, lex: dict, numbers) -> Optional[Found]:
    vals = values_in(text, view, a, b, lex, numbers)
    if not vals:
        m = lex["completion"].search(view, a, b)
        return _completion(text, view, m, b, limit, lex) if m and completes(view, 0, m, lex) else None
    value = vals[0]
    if value.upper is not None:
        value = value._replace(value=value.upper)  # a planned range aims at its upper end
    starts = _metric_starts(view, a, b, lex)
    for i, start in enumerate(starts):
        metric, start = cut_metric(text, view, start, value, b, lex)
        if metric is not None and (metric != value.unit or i == len(starts) - 1):
            # "Chỉ tiêu kết nạp đảng viên năm 2024 là 300 đồng chí": the unit alone names
            # nothing when the words up to "là" name the metric
            return Found(start, b, metric, value, None, None, "planned", value.num_start)
    return None


def _completion(text: str, view: str, m, b: int, limit: int, lex: dict, achieved: bool = False) -> Optional[Found]:
    """``hoàn thành các chỉ tiêu mà Nghị quyết … đề ra``: planned, or when ``achieved`` met
    (``hoàn thành vượt mức`` exceeded, ``hoàn thành và hoàn thành vượt mức`` met_or_exceeded)."""
    goal = m.start("goal")
    # the baseline is the goal itself ("hoàn thành kế hoạch Tập đoàn giao") or follows it
    base = lex["base"].match(view, goal, b) or lex["base"].search(view, m.end("goal"), b)
    if base is None and view[b:b + 1] == ",":
        # "thực hiện đạt các chỉ tiêu, nghị quyết đề ra": the baseline as an appended noun
        base = lex["base"].match(view, _skip_space(view, b + 1, limit), limit)
        b = base.end() if base else b
    baseline, end = None, b
    if base is not None:
        bend = baseline_end(view, base.start(), limit, lex)
        baseline = text[base.start():bend]
        set_by = _SET_BY.match(view, bend, limit)
        end = set_by.end() if set_by else (bend if achieved else max(bend, b))
    stop = _GOAL_STOP.search(view, goal, end)
    metric_end = stop.start() if stop else end
    metric = " ".join(text[goal:metric_end].split())
    status = "planned"
    if achieved:
        verb = " ".join(m["verb"].lower().split())
        status = ("met_or_exceeded" if verb in lex["both_cues"] else
                  "exceeded" if verb in lex["beyond_cues"] else "met")
    return Found(m.start(), end, metric, None, None, baseline, status, m.start())
