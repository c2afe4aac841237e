"""Score predicted records against gold documents, as ``../shared/scoring.md`` defines it.

Matching is one-to-one and greedy in gold order; "overlap" means sharing at
least one character. Precision, recall and F1 are micro-averaged over all
documents; the headline is the macro F1 of the five mission fields.
"""
from __future__ import annotations

import math
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

import regex

from ..text.normalize import matching_view

MISSION = ("dates", "officials", "percentages", "targets", "resolutions")
_PUNCT = regex.compile(r"[\p{P}\p{S}]+")


def norm(text: Optional[str]) -> str:
    """The scoring normal form: NFC, lower case, one tone-mark placement, no punctuation."""
    if not text:
        return ""
    text = matching_view(unicodedata.normalize("NFC", str(text))).lower()
    return " ".join(_PUNCT.sub(" ", text).split())


def token_f1(a: Optional[str], b: Optional[str]) -> float:
    """Token-level F1 of two strings after :func:`norm` (1.0 when both are empty)."""
    ta, tb = norm(a).split(), norm(b).split()
    if not ta and not tb:
        return 1.0
    if not ta or not tb:
        return 0.0
    common = sum((Counter(ta) & Counter(tb)).values())
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


@dataclass
class Counts:
    """True positives, false positives and misses of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        if not self.tp + self.fp + self.fn:
            return 1.0  # nothing to find and nothing found
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Per-field counts, attribute accuracies and the misses, for a whole gold set."""

    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in (*MISSION, "abbreviations")})
    attributes: dict[str, list[bool]] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)
    documents: int = 0

    @property
    def macro_f1(self) -> float:
        return sum(self.counts[k].f1 for k in MISSION) / len(MISSION)

    def attribute_accuracy(self) -> dict[str, tuple[float, int]]:
        return {k: (sum(v) / len(v) if v else math.nan, len(v)) for k, v in sorted(self.attributes.items())}

    def _attr(self, name: str, ok: bool) -> None:
        self.attributes.setdefault(name, []).append(bool(ok))

    def to_dict(self) -> dict:
        """Machine-readable figures (what ``meta.json`` and the README quote)."""
        return {
            "documents": self.documents,
            "macro_f1": round(self.macro_f1, 4),
            "fields": {
                k: {"precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4),
                    "tp": c.tp, "fp": c.fp, "fn": c.fn}
                for k, c in self.counts.items()
            },
            "attributes": {k: {"accuracy": None if math.isnan(a) else round(a, 4), "n": n}
                           for k, (a, n) in self.attribute_accuracy().items()},
        }


def _overlap(a: dict, b: dict) -> bool:
    return a.get("start", 0) < b.get("end", 0) and b.get("start", 0) < a.get("end", 0)


def _num_eq(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return abs(float(a) - float(b)) < 1e-6
    except (TypeError, ValueError):
        return False


def _alnum(s: Optional[str]) -> str:
    return regex.sub(r"[^\p{L}\p{N}]", "", norm(s)) if s else ""


_SAME: dict[str, Callable[[dict, dict], bool]] = {
    "dates": lambda g, p: g.get("start_date") == p.get("start_date") and g.get("end_date") == p.get("end_date"),
    "percentages": lambda g, p: _num_eq(g.get("value"), p.get("value")),
    "targets": lambda g, p: g.get("status") == p.get("status"),
    "resolutions": lambda g, p: norm(g.get("doc_type")) == norm(p.get("doc_type")),
}


def _attributes(report: Report, name: str, g: dict, p: dict) -> None:
    if name == "dates":
        report._attr("dates.kind", g.get("kind") == p.get("kind"))
        report._attr("dates.part_of_day", g.get("part_of_day") == p.get("part_of_day"))
    elif name == "percentages":
        report._attr("percentages.subject", token_f1(g.get("subject"), p.get("subject")) >= 0.5)
    elif name == "targets":
        report._attr("targets.metric", token_f1(g.get("metric"), p.get("metric")) >= 0.5)
        report._attr("targets.value", _num_eq(g.get("value"), p.get("value")))
        report._attr("targets.attainment_percent", _num_eq(g.get("attainment_percent"), p.get("attainment_percent")))
    elif name == "resolutions":
        report._attr("resolutions.number", _alnum(g.get("number")) == _alnum(p.get("number")))
        report._attr("resolutions.issued", g.get("issued") == p.get("issued"))
        report._attr("resolutions.issuer", token_f1(g.get("issuer"), p.get("issuer")) >= 0.5)
        report._attr("resolutions.ordinal", g.get("ordinal") == p.get("ordinal"))


def _score_spans(report: Report, doc_id: str, name: str, gold: list[dict], pred: list[dict]) -> None:
    used: set[int] = set()
    same = _SAME[name]
    c = report.counts[name]
    for g in gold:
        hit = next((i for i, p in enumerate(pred) if i not in used and _overlap(g, p) and same(g, p)), None)
        if hit is None:
            c.fn += 1
            report.errors.append({"id": doc_id, "field": name, "kind": "miss", "gold": g})
            continue
        used.add(hit)
        c.tp += 1
        _attributes(report, name, g, pred[hit])
    for i, p in enumerate(pred):
        if i not in used:
            c.fp += 1
            report.errors.append({"id": doc_id, "field": name, "kind": "false_positive", "pred": p})


def _positions(official: dict) -> list[list[str]]:
    return [[t.get("title", "")] + list(t.get("alt") or []) for t in official.get("titles", [])]


def _score_officials(report: Report, doc_id: str, gold: list[dict], pred: list[dict]) -> None:
    c = report.counts["officials"]
    by_name: dict[str, list[dict]] = {}
    for p in pred:
        by_name.setdefault(norm(p.get("name")), []).append(p)
    for g in gold:
        candidates = by_name.get(norm(g.get("name")))
        positions = _positions(g)
        if not candidates:
            c.fn += 1 + len(positions)
            report.errors.append({"id": doc_id, "field": "officials", "kind": "miss", "gold": g})
            continue
        p = candidates.pop(0)
        c.tp += 1
        hit = [False] * len(positions)
        for t in p.get("titles", []):
            found = [i for i, pos in enumerate(positions)
                     if any(token_f1(t.get("title"), w) >= 0.75 for w in pos)]
            if not found:
                c.fp += 1
                report.errors.append({"id": doc_id, "field": "officials", "kind": "false_title",
                                      "name": g.get("name"), "pred": t.get("title")})
            for i in found:
                hit[i] = True
        c.tp += sum(hit)
        c.fn += hit.count(False)
        for i, ok in enumerate(hit):
            if not ok:
                report.errors.append({"id": doc_id, "field": "officials", "kind": "missed_title",
                                      "name": g.get("name"), "gold": positions[i][0]})
    for rest in by_name.values():
        for p in rest:
            c.fp += 1 + len(p.get("titles", []))
            report.errors.append({"id": doc_id, "field": "officials", "kind": "false_positive", "pred": p})


def _score_abbreviations(report: Report, doc_id: str, gold: list[dict], pred: list[dict]) -> None:
    c = report.counts["abbreviations"]
    used: set[int] = set()
    for g in gold:
        hit = next((i for i, p in enumerate(pred) if i not in used
                    and norm(p.get("abbreviation")) == norm(g.get("abbreviation"))
                    and token_f1(p.get("name"), g.get("name")) >= 0.8), None)
        if hit is None:
            c.fn += 1
            report.errors.append({"id": doc_id, "field": "abbreviations", "kind": "miss", "gold": g})
        else:
            used.add(hit)
            c.tp += 1
    pred_with_abbr = [i for i, p in enumerate(pred) if p.get("abbreviation")]
    for i in pred_with_abbr:
        if i not in used:
            c.fp += 1
            report.errors.append({"id": doc_id, "field": "abbreviations", "kind": "false_positive", "pred": pred[i]})


def score(gold_docs: Iterable[dict], predictions: dict[str, dict]) -> Report:
    """Compare gold documents with predicted records (keyed by ``id``).

    A gold document without a prediction counts every gold item as missed.
    """
    report = Report()
    for g in gold_docs:
        report.documents += 1
        p = predictions.get(g["id"], {})
        for name in ("dates", "percentages", "targets", "resolutions"):
            _score_spans(report, g["id"], name, g.get(name, []), p.get(name, []))
        _score_officials(report, g["id"], g.get("officials", []), p.get("officials", []))
        _score_abbreviations(report, g["id"], g.get("organizations", []), p.get("organizations", []))
    return report


def format_report(report: Report) -> str:
    """The table of ``../shared/scoring.md`` as plain text."""
    lines = [f"documents: {report.documents}", "",
             f"{'field':<15}{'P':>8}{'R':>8}{'F1':>8}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for name, c in report.counts.items():
        lines.append(f"{name:<15}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
    lines += ["", f"macro F1 (dates, officials, percentages, targets, resolutions): {report.macro_f1:.3f}", "",
              f"{'attribute':<32}{'accuracy':>9}{'n':>6}"]
    for name, (acc, n) in report.attribute_accuracy().items():
        lines.append(f"{name:<32}{'-' if math.isnan(acc) else f'{acc:.3f}':>9}{n:>6}")
    return "\n".join(lines)
