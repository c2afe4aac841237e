"""Results stated against a baseline: ``X đạt V, bằng 52% kế hoạch năm``, ``vượt 12% kế
hoạch``, ``đạt và vượt kế hoạch``, ``thấp hơn chỉ tiêu … giao``, ``chưa đạt chỉ tiêu``,
``mới đạt 58,2%``, ``đạt 93,5% (chỉ tiêu 95%)``, ``hoàn thành 15/15 chỉ tiêu``."""
from __future__ import annotations

from typing import Optional

import regex

from ..numbers import parse_number
from .clauses import Clause, clause_at
from .found import Found
from .implied import implied_holds, widen
from .lexicon import may_match, needles_in
from .metric import cut_metric
from .status import CUE_KINDS, attainment, lower_is_better, status_of
from .values import Value, values_in

# How far from its cue a target's words may stand: real clauses are far shorter, and
# the bound keeps a sentence of thousands of cues linear.
REACH = 300
# "kế hoạch năm 2024 là 3.650 tỷ đồng": the plan's own figure follows "là".
_STATED = regex.compile(r"\slà\s", regex.IGNORECASE)
_AND = regex.compile(r"\svà\s", regex.IGNORECASE)
_WORDY = regex.compile(r"\p{L}{2,}")
# "…, tăng 9,5%, đạt 52% kế hoạch": a bare growth figure between a result and its share
_BARE_GROWTH = regex.compile(r"(?:tăng|giảm)\s+(?:khoảng\s+|gần\s+|hơn\s+)?[\d.,]+\s?%$", regex.IGNORECASE)
_BRACKET = regex.compile(r"\s*\([^()\d]{0,20}\d[^()]{0,20}\)")
_VERB = regex.compile(r"\s(?:tăng|giảm|đạt|là|còn)\s", regex.IGNORECASE)
# "… lần thứ XVII, nhiệm kỳ 2018 – 2023 đề ra": the span runs to "đề ra".
_SET_BY = regex.compile(r"(?:,?\s*nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4})?\s*(?:đã\s+)?(?:đề\s+ra|giao)\b", regex.IGNORECASE)


def baseline_end(view: str, start: int, limit: int, lex: dict) -> int:
    """Where the baseline phrase starting at ``start`` ends (before a stop word or boundary)."""
    first = lex["base"].match(view, start, limit)
    pos = first.end() if first else start
    m = lex["baseline_stop"].search(view, pos, limit)
    end = m.start() if m else limit
    while end > start and view[end - 1] in " ,;":
        end -= 1
    return end


def _head(text: str, view: str, items: list[Clause], ci: int, cue: int, lex: dict, numbers,
          plan_end: int = -1) -> Optional[tuple[int, int]]:
    """The region holding the result's metric and figure: the words before the cue in its
    clause (after a plan cue there), or the nearest earlier clause of the sentence that is
    not a growth comment."""
    clause = items[ci]
    a = max(clause.start, plan_end, cue - REACH) if plan_end <= cue else max(clause.start, cue - REACH)
    while a < cue and view[a].isspace():
        a += 1
    # the searches run only where their words stand (case-folded): most heads hold neither
    low = view[a:cue].casefold()
    for m in _AND.finditer(view, a, cue) if "và" in low else ():
        # "… đạt 8.500 tỷ đồng và giải ngân … đạt 100% kế hoạch": the second result's own words
        if values_in(text, view, a, m.start(), lex, numbers):
            a = m.end()
    cuts = any(w in low for w in lex["purpose_cut_words"])
    for m in lex["purpose_cut"].finditer(view, a, cue) if cuts else ():
        # "… tháo gỡ vướng mắc để giải ngân vốn …": what is done is the metric
        if _WORDY.search(_without_lead(view[m.end():cue].strip().lower(), lex)):
            a = m.end()
    words = _without_lead(view[a:cue].strip().lower(), lex)
    if _WORDY.search(words) and not lex["growth"].search(words):
        return a, cue
    j = ci - 1
    while j >= 0 and items[j + 1].sep in (",", "(") and ci - j <= 3:
        c = items[j]
        if not lex["growth"].search(view[max(c.start, c.end - REACH):c.end]) and not _BARE_GROWTH.match(view, c.start, c.end):
            a = max(c.start, c.end - REACH)
            # "Chỉ tiêu duy nhất chưa đạt là thu từ …": the metric follows "là"
            intro = lex["quota_intro"].match(view, a, c.end)
            return (intro.end() if intro else a), c.end
        j -= 1
    return None


def _without_lead(words: str, lex: dict) -> str:
    """``words`` without the value-leading words at their end (``mới đạt khoảng`` → '')."""
    leads = lex["leads"]
    changed = True
    while words and changed and words.endswith(leads):  # no lead ends them: nothing to cut
        changed = False
        for lead in leads:
            if words == lead or words.endswith(" " + lead):
                words, changed = words[:-len(lead)].rstrip(), True
                break
    return words


def _metric_before(text: str, view: str, items: list[Clause], start: int, lex: dict) -> tuple[Optional[str], int]:
    """The metric of the clause before ``start`` (``Tỷ lệ hộ nghèo giảm …, đến cuối năm
    2020 còn 6,45%``: the figure's own clause names none)."""
    ci = clause_at(items, start)
    if ci == 0 or items[ci].sep != ",":
        return None, start
    c = items[ci - 1]
    a = max(c.start, c.end - REACH)
    verb = _VERB.search(view, a, c.end)
    metric, _ = cut_metric(text, view, a, None, verb.start() if verb else c.end, lex)
    return metric, (a if metric else start)


def _cut_document(metric: str, lex: dict) -> str:
    """``các chỉ tiêu Nghị quyết Đại hội … đề ra`` → ``các chỉ tiêu``: the document is the baseline."""
    m = lex["document"].search(metric, 1)
    return metric[:m.start()].strip() if m else metric


def _percent_at(percentages: dict[int, float], pos: int, raw: str) -> Optional[float]:
    # Agree with the percentage item at the same place when there is one.
    return percentages.get(pos, parse_number(raw))


def find_results(text: str, view: str, sentence: tuple[int, int], items: list[Clause], lex: dict,
                 percentages: dict[int, float], numbers: Optional[dict] = None, plan_end: int = -1,
                 present: Optional[int] = None, kinds: Optional[list[str]] = None) -> list[Found]:
    """Every result-against-baseline in one sentence (``plan_end``: where its plan cue ends;
    ``present``: the sentence's :func:`~.lexicon.needles_in`, when the caller has them;
    ``kinds``: the cue kinds that :func:`~.lexicon.may_match` there, when known)."""
    s, e = sentence
    taken = bytearray(e - s)
    out: list[Found] = []
    if kinds is None:
        present = needles_in(view, s, e, lex) if present is None else present
        kinds = [k for k in CUE_KINDS if may_match(lex, k, present)]
    for kind in kinds:
        for m in lex[kind].finditer(view, s, e):
            if 1 in taken[m.start() - s:m.end() - s]:
                continue
            taken[m.start() - s:m.end() - s] = b"\x01" * (m.end() - m.start())
            found = _result(text, view, kind, m, items, lex, percentages, numbers, e, plan_end)
            if found is not None and kind == "implied":
                if not implied_holds(view, found, lex):
                    continue
                found = widen(text, view, found, items, lex)
            out.append(found)
            if found is not None and kind == "ratio":
                second = _second_base(text, view, found, lex, percentages, e)
                if second is not None:
                    # "…, đạt 98% dự toán HĐND tỉnh giao" is read here, not as a result of its own
                    taken[second.start - s:second.end - s] = b"\x01" * (second.end - second.start)
                out.append(second)
    return [f for f in out if f is not None]


def _second_base(text, view, first: Found, lex, percentages, limit) -> Optional[Found]:
    """``bằng 76,3% dự toán Trung ương giao và 70,8% dự toán HĐND tỉnh giao``: the same
    figure against a second baseline is a second target, spanning its own share."""
    # Bounded like _result: the regex module scans to the limit for the required "và",
    # so matching up to the sentence end made a long sentence of targets quadratic.
    limit = min(limit, first.end + REACH)
    m = lex["second_base"].match(view, first.end, limit)
    if m is None:
        return None
    num = _percent_at(percentages, m.start("num"), m["num"])
    end = baseline_end(view, m.start("base"), limit, lex)
    set_by = _SET_BY.match(view, end, limit)
    end = set_by.end() if set_by else end
    base = text[m.start("base"):baseline_end(view, m.start("base"), limit, lex)]
    if not base.strip():
        return None
    attained = attainment("ratio", num)
    status = status_of("ratio", attained, lower_is_better(first.metric, lex))
    start = m.start("cue") if m["cue"] else m.start("num")
    return Found(start, end, first.metric, first.value, attained, base, status, start)


def _result(text, view, kind, m, items, lex, percentages, numbers, limit, plan_end) -> Optional[Found]:
    cue = m.start()
    limit = min(limit, m.end() + REACH)
    groups = m.groupdict()
    base_start = m.start("base") if groups.get("base") else None
    if kind in ("both", "beyond") and base_start is None and lex["goal"].match(view, m.end() + 1, limit):
        return None  # "hoàn thành vượt mức các chỉ tiêu mà …": a completion, read with the goals
    if kind == "fail":
        head = (max(items[clause_at(items, cue)].start, cue - REACH), cue)
        end = m.end()
    else:
        head = _head(text, view, items, clause_at(items, cue), cue, lex, numbers, plan_end)
        end = baseline_end(view, base_start, limit, lex) if base_start is not None else m.end()
    if kind == "both" and base_start is None and head is None:
        return None
    if (kind == "reach" and head is not None and 0 <= plan_end <= cue and head[1] < cue
            and base_start is not None and lex["goal"].match(view, base_start, limit)
            and not _VERB.search(view, head[0] - 1, head[1])):
        # "phấn đấu … doanh thu 2.030 tỷ đồng, hoàn thành kế hoạch …": a goal of its own
        # ("… đạt 3,47 triệu tấn, hoàn thành kế hoạch" comments on the figure it follows)
        return None
    value = None
    if groups.get("count"):
        vals = values_in(text, view, m.start("count"), baseline_end(view, base_start, limit, lex), lex, numbers)
        value = vals[0] if vals else None
        head = None if value is not None else head
    elif kind in ("bracket", "share"):
        # the figure is the cue's own: "93,5% (chỉ tiêu 95%)", "15/15 chỉ tiêu"
        vals = values_in(text, view, m.start("num"), m.end("base") if kind == "share" else base_start - 1, lex, numbers)
        value = vals[0] if vals else None
        head = head if kind == "bracket" else None
    elif head is not None:
        # "3 chỉ tiêu chưa đạt": the counted figure includes the baseline word itself
        vals = values_in(text, view, head[0], m.end() if kind == "fail" else head[1], lex, numbers)
        value = vals[0] if vals else None
    clause_end = min(items[clause_at(items, cue)].end, m.end() + REACH)
    stated = _STATED.search(view, m.end(), clause_end) if kind != "fail" else None
    later = values_in(text, view, stated.end(), clause_end, lex, numbers) if stated else []
    base_end = end
    if later and kind in ("below", "above") and value is not None:
        # "thấp hơn chỉ tiêu đề ra là dưới 1%": the figure after "là" is the baseline's
        end = max(end, later[0].end)
    elif later and value is not None and items[clause_at(items, cue)].sep == "(":
        # "kết nạp 4.120 đoàn viên (đạt 103% so với chỉ tiêu giao là 4.000 đoàn viên)": the
        # figure before the bracket is reached, the one after "là" is the baseline's
        base_end = end = max(end, later[0].end)
    elif later and (head is None or head[1] <= items[clause_at(items, cue)].start):
        # "…, hoàn thành kế hoạch năm 2024 là 3.650 tỷ đồng": the figure is the plan's own
        head, value = None, later[0]
    elif later and value is None:
        value = later[0]
    # the figure may stand after the head ("…, mới đạt khoảng 38% (chỉ tiêu 50%)")
    own = value if value is not None and head is not None and value.num_start < head[1] else None
    metric, start = cut_metric(text, view, head[0], own, head[1], lex) if head else (None, cue)
    if base_start is not None:
        metric = _plan_metric(text, view, m, base_start, end, limit, head, metric, value, lex)
    if metric:
        metric = _cut_document(metric, lex)
    else:
        metric, moved = _metric_before(text, view, items, start, lex)
        start = moved if head is not None else start
    baseline = text[base_start:base_end] if base_start is not None else None
    if kind == "reach" and baseline and baseline.lower().startswith(lex["document_baselines"]):
        return None  # "hoàn thành Nghị quyết …" is carrying out a document, not reaching a figure
    end = _bracket_end(view, end, limit)
    num = ratio = None
    if groups.get("num"):
        num = _percent_at(percentages, m.start("num"), m["num"])
        if groups.get("num2"):
            ratio = (num, parse_number(m["num2"]))
            value = value or Value(num, "%", m.start("num"), m.end("num"), m.end("num"))
            num = None
    attained = attainment(kind, num)
    lower = lower_is_better(metric, lex) or (
        base_start is not None and lex["ceiling"].search(view, base_start, max(end, m.end())) is not None)
    status = status_of(kind, attained, lower, ratio)
    if lex["future"].search(view, items[clause_at(items, cue)].start, cue):
        status = "planned"  # "Chính phủ sẽ … để giải ngân vốn … đạt trên 95% kế hoạch"
    if value is not None and value.num_start > cue:
        end = max(end, value.end)
    set_by = _SET_BY.match(view, end, limit)
    if set_by:
        end = set_by.end()
    if view[end:end + 1] == ")" and "(" in view[start:end]:
        end += 1
    if kind == "reach" and value is None and base_start is not None:
        named = _named_quota(text, view, base_start, base_end, lex)
        if named:
            # "… là yếu tố giúp hoàn thành chỉ tiêu kết nạp Đảng năm 2023": the quota names
            # what is counted, the clause before it is commentary
            start, metric, baseline = cue, named[0], named[1]
    return Found(start, end, metric, value, attained, baseline, status, cue)


# What a named quota counts ends before these: "chỉ tiêu kết nạp đảng theo Nghị quyết …".
_QUOTA_STOP = regex.compile(r"\s(?:mà|theo|của|do|đã|năm|trong|được|đề)\s|[,;:(]|\s\d|$", regex.IGNORECASE)


def _named_quota(text: str, view: str, base_start: int, base_end: int, lex: dict) -> Optional[tuple[str, str]]:
    """``chỉ tiêu kết nạp Đảng …`` → (``kết nạp Đảng``, ``chỉ tiêu``): a single quota named by
    what it counts, or None (``các chỉ tiêu``, ``chỉ tiêu Nghị quyết``, ``kế hoạch``)."""
    q = next((w for w in lex["quota_words"] if view[base_start:base_start + len(w)].lower() == w), None)
    if q is None:
        return None
    a = base_start + len(q)
    while a < base_end and view[a].isspace():
        a += 1
    if a >= base_end or lex["base"].match(view, a, base_end) or lex["document"].match(view, a, base_end):
        return None
    stop = _QUOTA_STOP.search(view, a, base_end)
    named = " ".join(text[a:stop.start() if stop else base_end].split())
    if not _WORDY.search(named) or named.lower().split()[0] in lex["quota_object_blockers"]:
        return None
    return named, text[base_start:base_start + len(q)]


def _plan_metric(text, view, m, base_start, end, limit, head, metric, value, lex) -> Optional[str]:
    """What the plan is for, when the baseline names it: ``vượt 8% kế hoạch sản lượng quý
    I/2015``, ``hoàn thành 100% kế hoạch doanh thu``, ``15/15 chỉ tiêu thi đua``."""
    after = lex["base"].match(view, base_start, limit)
    quota = view[base_start:end].lower().startswith(lex["quota_words"])
    named, _ = cut_metric(text, view, base_start if quota else (after.end() if after else base_start), None, end, lex)
    plan_object = m.group().lower().startswith(lex["plan_object_cues"])
    if named and named.lower() not in lex["metric_time_words"] and (
            head is None or (plan_object and value is None) or lex["goal"].match(named)):
        return named
    return metric


def _bracket_end(view: str, end: int, limit: int) -> int:
    """After a baseline, a bracket with its figure belongs to the span:
    ``thấp hơn chỉ tiêu thành phố giao (dưới 2%)``."""
    m = _BRACKET.match(view, end, limit)
    return m.end() if m else end
