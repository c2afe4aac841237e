"""Goals: the figures of a sentence from a plan cue on (``phấn đấu …``, ``mục tiêu …``,
``chỉ tiêu năm 2024 là …``, ``được giao …``), and ``hoàn thành các chỉ tiêu mà Nghị
quyết … đề ra``. Each clause with a figure is one planned target."""
from __future__ import annotations

from typing import Optional

import regex

from .clauses import Clause
from .metric import cut_metric
from .results import REACH, Found, baseline_end
from .values import values_in

_GOES_ON = regex.compile(r"\s+[\p{L}\d]")
_AND = regex.compile(r"\svà\s", regex.IGNORECASE)
_SET_BY = regex.compile(r"[^.;]{0,120}?\bđề\s+ra\b", regex.IGNORECASE)
# The goal noun phrase ends before these: "các chỉ tiêu mà Nghị quyết …", "… năm 2024".
_GOAL_STOP = regex.compile(r"\s(?:mà|theo|của|do|đã|năm|trong)\s|[,;:(]|\s\d", regex.IGNORECASE)


def plan_start(view: str, s: int, e: int, lex: dict) -> Optional[tuple[int, int]]:
    """Where the sentence ``view[s:e]`` starts setting goals and where its cue ends, or None."""
    best = None
    for m in lex["plan_cue"].finditer(view, s, e):
        before = view[max(s, m.start() - 16):m.start()].lower()
        if any(b in before for b in lex["plan_cue_blockers"]) or not _GOES_ON.match(view, m.end(), e):
            continue  # "thấp hơn mục tiêu" is a baseline; "mục tiêu, nhiệm vụ" a list of nouns
        best = (m.start(), m.end())
        break
    for key in ("quota", "completion"):
        m = lex[key].search(view, s, e)
        if m is None:
            continue
        before = view[max(s, m.start() - 12):m.start()].lower().split()
        if key == "completion" and before and before[-1] in lex["past_markers"]:
            continue
        cue = (m.start(), m.end() if key == "quota" else m.start())
        best = cue if best is None or cue[0] < best[0] else best
    return best


def _pieces(view: str, text: str, c: Clause, lex: dict, numbers) -> list[tuple[int, int]]:
    # "… đạt 8.500 tỷ đồng và giải ngân … đạt 100% kế hoạch": two goals joined by "và".
    out, a = [], c.start
    for m in _AND.finditer(view, c.start, c.end):
        if values_in(text, view, a, m.start(), lex, numbers) and (
                values_in(text, view, m.end(), c.end, lex, numbers) or lex["base"].search(view, m.end(), c.end)):
            out.append((a, m.start()))
            a = m.end()
    out.append((a, c.end))
    return out


def find_plans(text: str, view: str, sentence: tuple[int, int], items: list[Clause], lex: dict,
               taken: list[Found], numbers: Optional[dict] = None) -> list[Found]:
    """Planned targets of one sentence (clauses overlapping ``taken`` are left to those)."""
    s, e = sentence
    cue = plan_start(view, s, e, lex)
    if cue is None:
        return []
    begin = cue[0]
    out: list[Found] = []
    for c in items:
        if c.end <= begin or c.end - c.start > REACH:
            continue  # a "clause" longer than any real one is not read as goals
        c = Clause(max(c.start, begin), c.end, c.sep)
        for a, b in _pieces(view, text, c, lex, numbers):
            if any(f.start < b and a < f.end for f in taken) or lex["growth"].search(view[a:b]):
                continue
            found = _plan(text, view, a, b, e, lex, numbers)
            if found is not None:
                out.append(found)
    return out


def _strip_cue(view: str, a: int, b: int, lex: dict) -> int:
    m = lex["plan_cue"].match(view, a, b) or lex["quota"].match(view, a, b)
    if m is None:
        return a
    rest = m.end()
    while rest < b and view[rest].isspace():
        rest += 1
    return rest


def _plan(text: str, view: str, a: int, b: int, limit: int, lex: dict, numbers) -> Optional[Found]:
    vals = values_in(text, view, a, b, lex, numbers)
    if vals:
        value = vals[0]
        a = _strip_cue(view, a, b, lex)
        metric, start = cut_metric(text, view, a, value, b, lex)
        if metric is None:
            return None
        return Found(start, b, metric, value, None, None, "planned", value.num_start)
    m = lex["completion"].search(view, a, b)
    if m is None:
        return None
    goal = m.start("goal")
    # the baseline is the goal itself ("hoàn thành kế hoạch Tập đoàn giao") or follows it
    base = lex["base"].match(view, goal, b) or lex["base"].search(view, m.end("goal"), b)
    baseline, end = None, b
    if base is not None:
        bend = baseline_end(view, base.start(), limit, lex)
        baseline = text[base.start():bend]
        set_by = _SET_BY.match(view, bend, limit)
        end = set_by.end() if set_by else max(bend, b)
    stop = _GOAL_STOP.search(view, goal, end)
    metric_end = stop.start() if stop else end
    metric = " ".join(text[goal:metric_end].split())
    return Found(m.start(), end, metric, None, None, baseline, "planned", m.start())
