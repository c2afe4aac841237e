"""Patterns built once from ``lang/targets.yaml`` and ``lang/numbers.yaml``.

Every pattern runs on the lower-cased matching view, so entries are written
once whatever the author's tone-mark placement or spacing.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Optional

import regex

from ..lang import alternation as alt
from ..text.normalize import canonical_tone_marks
from ..lang import load, word_set
from ..numbers import NUMBER, number_words

FLAGS = regex.IGNORECASE | regex.V1
# A word boundary that also holds before/after digits and "%".
_B = r"\b"
_E = r"(?![\p{L}\d])"
# A figure: digits (with an optional "/total" or "-upper" part) or a run of number words.
# Up to four words (a difference such as "12,4 đồng/kWh") between a comparison and its baseline.
_GAP = r"(?:[^\s;()]+(?<![,.])\s+){0,4}?"
_FIGURE_LEAD = r"(?:(?:trên|hơn|gần|khoảng|ít nhất|từ|xấp xỉ)\s+)?"


def lexicon(targets: Optional[dict] = None, numbers: Optional[dict] = None) -> dict:
    """The compiled patterns and word sets (cached on the data's content)."""
    t = targets if targets is not None else load("targets")
    n = numbers if numbers is not None else load("numbers")
    return _compile(json.dumps([t, n], sort_keys=True, ensure_ascii=False))


def trie(words) -> str:
    """A regex matching any of ``words`` (lower case, any spacing), built as a prefix tree:
    one pass of it over a text is several times faster than of the plain alternation."""
    root: dict = {}
    for word in {canonical_tone_marks(w).lower() for w in words}:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root) or "(?!)"


def _emit(node: dict) -> str:
    branches = [(r"\s+" if ch == " " else regex.escape(ch)) + _emit(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _w(words) -> str:
    # A trie tries the words matching at one place longest first, as the plain
    # alternation does (they are prefixes of each other), so the matches are the same.
    return _B + trie(words) + _E


@lru_cache(maxsize=4)
def _compile(data_json: str) -> dict:
    t, n = json.loads(data_json)
    words = _w(number_words(n))
    figure = rf"(?:{_B}{NUMBER}(?:/{NUMBER}|\s*-\s*{NUMBER})?{_E}|{words}(?:\s+{words}){{0,7}})"
    # "27 đồng chí" counts people, not money: a unit word must not open a longer word group
    unit = (rf"(?:{trie(t['scale_words'])}\s+)?{trie(t['units'])}{_E}(?!\s+{trie(t['unit_blockers'])}{_E})"
            r"(?:/(?:\d+\s?)?\p{L}+(?:/\p{L}+)?)?")
    percent = r"(?:\s?%(?:/năm)?|\s+phần\s+trăm)"
    base = _w(t["baseline_words"])
    sov = r"(?:so\s+với\s+)?"
    pat = {
        "figure": figure,
        # a value: figure then a unit or a percent sign
        # "từ 2.000 đến 2.500 đoàn viên" is one figure (its floor, see values.parse_figure)
        "value": rf"(?P<num>{_B}{NUMBER}\s+(?:đến|tới)\s+{NUMBER}{_E}|{figure})(?P<unit>{percent}|\s+{unit})",
        "base": base,
        # result cues, each followed by its baseline
        # "đạt và vượt 16/18 chỉ tiêu Nghị quyết": the count of quotas is the figure
        "both": rf"{_w(t['both_cues'])}(?:\s+{sov}(?:(?P<count>{NUMBER}(?:/{NUMBER})?)\s+)?(?P<base>{base}))?",
        "beyond": rf"{_w(t['beyond_cues'])}(?:\s+{sov}(?:(?P<count>{NUMBER}(?:/{NUMBER})?)\s+)?(?P<base>{base}))?",
        # "đạt 93,5% (chỉ tiêu 95%)": the figure against the baseline's own figure
        "bracket": (rf"(?P<num>{NUMBER})(?:{percent}|\s+{unit})?\s*\((?P<base>{base})\s*:?\s*(?:là\s+)?"
                    rf"(?:{trie(t['ceiling_cues'])}\s+)?(?P<num2>{NUMBER})(?:{percent}|\s+{unit})?\)"),
        # "hoàn thành 15/15 chỉ tiêu"
        "share": rf"{_w(t['reach_cues'])}\s+(?P<num>{NUMBER})/(?P<num2>{NUMBER})\s+(?P<base>{_w(t['quota_words'])})",
        # "mới bằng 45% cùng kỳ": against an earlier period, not a plan
        # "chỉ đạt khoảng 40%" needs its baseline; "mới đạt 58,2%" stands alone
        "short": (rf"{_w(t['shortfall_alone_cues'])}\s+{_FIGURE_LEAD}(?P<num>{NUMBER}){percent}"
                  rf"(?:\s+{sov}(?P<base>{base})|(?!\s+(?:so\s+với|{_w(t['period_words'])})))"
                  rf"|{_w(t['shortfall_cues'])}\s+{_FIGURE_LEAD}(?P<num>{NUMBER}){percent}\s+{sov}(?P<base>{base})"),
        # "45.799/36.875 tỷ đồng", "83,2%/50% tổng số xã": achieved over planned
        "pair": rf"{_B}(?P<num>{NUMBER})(?:\s?%)?\s?/\s?(?P<num2>{NUMBER})(?P<unit>{percent}|\s+{unit})",
        "pair_blocker": _w(t["pair_blockers"]),
        "list_opener": rf"\s{trie(t['list_openers'])}\s",
        "unmet": rf"{_w(t['fail_cues'])}\s+{sov}(?P<base>{base})",
        # "(đạt 120%)", ", đạt 50,51%." with nothing after the percent: an unnamed plan
        "implied": rf"{_w(t['implied_cues'])}\s+{_FIGURE_LEAD}(?P<num>{NUMBER})\s?%(?=\s*(?:[),;…\n]|\.(?!\d)|$))",
        "excess": rf"{_w(t['excess_cues'])}\s+(?P<num>{NUMBER})\s?%\s+{sov}(?P<base>{base})",
        "multiple": rf"{_w(t['multiple_cues'])}\s+(?P<num>{NUMBER})\s+lần\s+{sov}(?P<base>{base})",
        "ratio": (rf"{_w(t['ratio_cues'])}\s+{_FIGURE_LEAD}(?P<num>{NUMBER})(?:/(?P<num2>{NUMBER}))?"
                  rf"{percent}\s+{sov}(?P<base>{base})"),
        "below": rf"(?:{_w(t['below_cues'])}\s+{_GAP}|{_w(t['under_cues'])}\s+){sov}(?P<base>{base})",
        "above": rf"{_w(t['above_cues'])}\s+{_GAP}{sov}(?P<base>{base})",
        "reach": rf"{_w(t['reach_cues'])}\s+{sov}(?P<base>{base})",
        "fail": rf"(?P<base>{_w(t['quota_words'])})\s+{_w(t['fail_cues'])}",
        "result_hint": (rf"{base}|{_w(t['both_cues'] + t['beyond_cues'] + t['shortfall_cues'])}"
                        rf"|{_w(t['implied_cues'])}\s+{_FIGURE_LEAD}{NUMBER}\s?%"),  # see "implied"
        "plan_cue": _w(t["plan_cues"]),
        "future": _w(t["future_markers"]),
        "purpose_cut": rf"\s{trie(t['metric_purpose_cuts'])}\s",
        # "bằng 76,3% dự toán Trung ương giao và 70,8% dự toán HĐND tỉnh giao"
        "second_base": (rf"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?:(?P<cue>{_w(t['ratio_cues'])})\s+)?"
                        rf"(?P<num>{NUMBER}){percent}\s+{sov}(?P<base>{base})"),
        "modal_goal": rf"(?P<modal>{_w(t['goal_modals'] + t['purpose_links'])})\s+(?:{trie(t['reach_cues'])}){_E}",
        "ceiling": rf"{_w(t['ceiling_baselines'])}|{_w(t['ceiling_cues'])}\s+{NUMBER}",
        "goal": _w(t["goal_nouns"]),
        "document": _w(t["document_baselines"]),
        "quota": (rf"(?P<word>{_w(t['quota_words'])})\s+(?:năm\s+\d{{4}}|(?:cả\s+)?nhiệm\s+kỳ|giai\s+đoạn)?"
                  rf"(?:(?!{_w(t['quota_blockers'])})[^,;.]){{0,40}}?\s+là(?:\s*:)?\s"),
        "budget": (rf"{_w(t['budget_nouns'])}(?:(?!{_w(t['quota_blockers'])})[^,;.]){{0,80}}?"
                   rf"\s+là(?:\s*:)?\s"),
        "restating": rf"{_w(t['restating_words'])}",
        # "Chỉ tiêu duy nhất chưa đạt là …": the words up to "là" are not the metric
        "quota_intro": rf"{_w(t['quota_words'])}[^,;.]{{0,40}}?\s+là(?:\s*:)?\s",
        "completion": (rf"(?P<verb>{_w(t['completion_verbs'])})\s+"
                       rf"(?P<goal>{trie(t['goal_nouns'])}{_E})"),
        "joiner": rf"\s{trie(t['goal_joiners'])}\s",
        "baseline_stop": rf"\s(?:{trie(t['baseline_stops'])}){_E}|[;:()\n]|[,.](?!\d)|\s\d{{1,2}}/\d{{1,2}}/\d{{4}}",
        "growth": rf"^(?:\S+\s+){{0,3}}?{_w(t['growth_verbs'])}.*\bso\s+với\s+(?:{_w(t['period_words'])}|\d)",
        "time": (rf"{_B}(?:(?:{alt(t['metric_time_words'])})(?:\s+(?:đầu|cuối))?\s+(?:[\divxlc]+\b[/\-–\s]*)+"
                 rf"(?:(?:đầu|cuối)\s+năm(?:\s+\d{{4}})?)?|\d+\s+(?:tháng|năm|quý)\b(?:\s+(?:đầu|cuối)\s+năm(?:\s+\d{{4}})?)?"
                 rf"|(?:đầu|cuối)\s+năm|cả\s+năm|hằng\s+năm|hàng\s+năm|lũy\s+kế|toàn\s+(?=\p{{Lu}}))"),
    }
    # a sentence without any of these words holds no target (see finder.find_targets)
    implied_hint = rf"{_w(t['implied_cues'])}\s+{_FIGURE_LEAD}{NUMBER}\s?%"
    gate_words = (t["baseline_words"] + t["both_cues"] + t["beyond_cues"] + t["shortfall_cues"]
                  + t["plan_cues"] + t["goal_modals"] + t["purpose_links"] + t["budget_nouns"])
    pat["gate"] = _B + trie(gate_words) + "|" + implied_hint
    out = {k: regex.compile(v, FLAGS) for k, v in pat.items()}
    out["time"] = regex.compile(pat["time"], regex.V1)  # "toàn Tổng công ty": case matters
    # no gate match crosses a sentence end (see finder.gated_sentences)
    out["gate_in_sentences"] = not any(ch in w for w in gate_words + t["implied_cues"] for ch in ".!?…\n")
    sets = ("lower_is_better", "count_units", "value_lead", "metric_leading", "action_verbs",
            "plan_cue_blockers", "past_markers", "document_baselines", "plan_object_cues",
            "action_links", "quota_words", "purpose_words", "both_cues", "beyond_cues",
            "shortfall_cues", "purpose_links", "hedges", "metric_time_words", "implied_blockers",
            "plan_context_words", "plan_cue_nominalisers",
            "weak_completion_verbs", "completion_leads", "plan_scope_enders",
            "sentence_frames", "quota_object_blockers",
            "figure_tails", "index_metrics")
    for key in sets:
        out[key] = tuple(sorted(word_set(t[key]), key=len, reverse=True))
    out["leads"] = out["value_lead"] + out["hedges"]
    # a purpose cut needs its first word (case-folded) in the text it is searched in
    out["purpose_cut_words"] = tuple(canonical_tone_marks(w).casefold().split()[0] for w in t["metric_purpose_cuts"])
    out["needles"] = needles = _needles(t)
    words = sorted({w for groups in needles.values() for group in groups for w in group})
    bit = {w: 1 << i for i, w in enumerate(words)}
    out["needle_words"] = _containment_order(words, bit)
    # each pattern's groups as bit masks, padded to three with "any word" (one is needed anyway)
    if max(len(groups) for groups in needles.values()) > 3:
        raise ValueError("may_match tests three groups of words at most")
    out["needle_masks"] = {key: tuple(sum(bit[w] for w in group) for group in groups) + (-1,) * (3 - len(groups))
                           for key, groups in needles.items()}
    return out


def needles_in(view: str, start: int, end: int, lex: dict) -> int:
    """The words of :func:`may_match` present in ``view[start:end]``, as a bit mask.

    The text is case-folded with its runs of spaces as one space: a pattern's literal
    words can only match where they stand in it (substring tests of a few dozen words
    are several times faster than one regex pass)."""
    low = " ".join(view[start:end].casefold().split())
    order = lex["needle_words"]
    mask, i, n = 0, 0, len(order)
    while i < n:
        w, bit, past = order[i]
        if w in low:
            mask |= bit
            i += 1
        else:
            i = past  # the words holding ``w`` cannot stand there either
    return mask


def _containment_order(words: list[str], bit: dict[str, int]) -> tuple[tuple[str, int, int], ...]:
    """``(word, bit, past)`` in the preorder of a forest where each word sits under the
    longest other word it contains (``hoàn thành vượt mức`` under ``hoàn thành``); ``past`` is the index just
    after its subtree. A word absent from a text rules out its whole subtree."""
    parent = {}
    for w in words:
        inside = [u for u in words if u != w and u in w]
        parent[w] = max(inside, key=lambda u: (len(u), u)) if inside else None
    children: dict = {w: [] for w in words}
    for w in words:
        if parent[w] is not None:
            children[parent[w]].append(w)
    order: list = []

    def visit(w: str) -> None:
        at = len(order)
        order.append(None)
        for child in sorted(children[w]):
            visit(child)
        order[at] = (w, bit[w], len(order))

    for w in sorted(w for w in words if parent[w] is None):
        visit(w)
    return tuple(order)


def may_match(lex: dict, key: str, present: int) -> bool:
    """False when pattern ``key`` cannot match a text holding only the words ``present``
    (see :func:`needles_in`): one of the groups of words it requires is absent there.
    A mask test is far cheaper than a regex pass, and most sentences hold few cues."""
    a, b, c = lex["needle_masks"][key]
    return bool(present & a and present & b and present & c)


def _needles(t: dict) -> dict[str, tuple[frozenset[str], ...]]:
    """For each pattern, groups of words of which it needs one each (case-folded, spaces single)."""
    def g(*keys):
        words = [w for k in keys for w in t[k]]
        return frozenset(" ".join(canonical_tone_marks(w).casefold().split()) for w in words)

    base, pct = g("baseline_words"), frozenset({"%", "phần trăm"})
    return {
        "both": (g("both_cues"),), "beyond": (g("beyond_cues"),),
        "excess": (g("excess_cues"), base, frozenset({"%"})), "multiple": (g("multiple_cues"), frozenset({"lần"}), base),
        "bracket": (frozenset({"("}), base), "share": (g("reach_cues"), frozenset({"/"}), g("quota_words")),
        "short": (g("shortfall_alone_cues", "shortfall_cues"), pct),
        "ratio": (g("ratio_cues"), pct, base), "below": (g("below_cues", "under_cues"), base),
        "above": (g("above_cues"), base), "unmet": (g("fail_cues"), base),
        "fail": (g("quota_words"), g("fail_cues")), "reach": (g("reach_cues"), base),
        "implied": (g("implied_cues"), frozenset({"%"})),
        "plan_cue": (g("plan_cues"),), "modal_goal": (g("goal_modals", "purpose_links"), g("reach_cues")),
        "quota": (g("quota_words"), frozenset({"là"})), "budget": (g("budget_nouns"), frozenset({"là"})),
        "completion": (g("completion_verbs"), g("goal_nouns")), "pair": (frozenset({"/"}),),
    }
