"""Achieved figures written over their plan's: ``thu ngân sách 45.799/36.875 tỷ đồng``,
``tỷ lệ xã đạt chuẩn 83,2%/50% tổng số xã``, ``đạt 27/30 đầu việc theo chỉ tiêu``.

``X/Y unit`` is also how a part of a whole is written (``13/16 xã``), so a pair is a
target only in a sentence that names a plan (a baseline word before it, or after it in
its clause), and never after ``lần lượt`` (two values). The status compares the two
figures; the attainment is left null because the text states none (as for ``đạt 93,5%
(chỉ tiêu 95%)``); the baseline is the plan's figure as written.
"""
from __future__ import annotations

from typing import Optional

import regex

from ..numbers import parse_number
from .clauses import Clause, clause_at
from .metric import cut_metric
from .results import REACH, Found
from .status import lower_is_better
from .values import Value

# "50% tổng số xã": the whole the plan's figure is a share of belongs to the baseline
_WHOLE = regex.compile(r"\s+tổng\s+số(?:\s+[^\s,;.()]+){1,3}", regex.IGNORECASE)
_REACHED = regex.compile(r"(?:đạt|hoàn\s+thành|thực\s+hiện)(?:\s+được)?\s*$", regex.IGNORECASE)


def find_pairs(text: str, view: str, sentence: tuple[int, int], items: list[Clause], lex: dict,
               taken: list[Found], plan_at: int = -1) -> list[Found]:
    """Every achieved/plan pair of one sentence not inside a target already found
    (``plan_at``: where the sentence starts setting goals; pairs after it are goals)."""
    s, e = sentence
    out = []
    if "/" not in view[s:e]:
        return out  # every pair is written with a slash
    for m in lex["pair"].finditer(view, s, e):
        if any(f.start < m.end() and m.start() < f.end for f in taken) or 0 <= plan_at <= m.start():
            continue
        c = items[clause_at(items, m.start())]
        if lex["pair_blocker"].search(view, c.start, m.start()):
            continue
        if not (lex["base"].search(view, s, m.start()) or lex["base"].search(view, m.end(), c.end)):
            continue
        if not (_beyond_part(m) or _listed(view, s, m.start(), lex) or (
                _REACHED.search(view, c.start, m.start()) and lex["base"].search(view, m.end(), c.end))):
            continue  # "13/16 xã đạt chuẩn" is a part of a whole unless reached against a quota
        found = _pair(text, view, m, c, lex)
        if found is not None and not any(f.start < found.end and found.start < f.end for f in taken):
            out.append(found)
    return out


def _listed(view: str, s: int, pos: int, lex: dict) -> bool:
    """Whether ``pos`` is in a list of quota results (``Nhiều chỉ tiêu đạt cao như …``)."""
    opener = None
    for opener in lex["list_opener"].finditer(view, s, pos):
        pass
    return opener is not None and lex["base"].search(view, s, opener.start()) is not None


def _beyond_part(m) -> bool:
    """Whether the first figure is above the second (so not a part of a whole)."""
    done, plan = parse_number(m["num"]), parse_number(m["num2"])
    return done is not None and plan is not None and done > plan


def _pair(text: str, view: str, m, c: Clause, lex: dict) -> Optional[Found]:
    done, plan = parse_number(m["num"]), parse_number(m["num2"])
    if done is None or plan is None:
        return None
    raw = text[m.start("unit"):m.end("unit")].strip()
    unit = "%" if raw.startswith("%") or raw.lower().startswith("phần") else raw
    value = Value(done, unit, m.start("num"), m.end("num"), m.end())
    a = max(c.start, m.start() - REACH)
    for o in lex["list_opener"].finditer(view, a, m.start()):
        a = o.end()  # "Nhiều chỉ tiêu đạt cao như thu ngân sách …": the metric follows "như"
    if unit != "%" and _REACHED.search(view, a, m.start()):
        # "Đảng ủy Khối đạt 27/30 đầu việc theo chỉ tiêu": what is counted is the unit on
        metric, start = " ".join(text[m.start("unit"):c.end].split()), a
    else:
        metric, start = cut_metric(text, view, a, value, m.start("num"), lex)
    if not metric:
        return None
    whole = _WHOLE.match(view, m.end(), c.end)
    base_end = whole.end() if whole else m.end()
    baseline = text[m.start("num2"):base_end]
    if done == plan:
        status = "met"
    else:
        status = "exceeded" if (done > plan) != lower_is_better(metric, lex) else "not_met"
    return Found(start, c.end, metric, value, None, baseline, status, m.start())
