"""Short repeated mentions take the parts of the full reference they repeat.

``Nghị quyết 35`` and ``Nghị quyết 02-NQ/TW`` (no date, no subject) repeat the
full reference with the same type and number; ``Nghị quyết Đại hội`` repeats the
congress last named before it (or the article's own congress after
``thông qua`` / before ``lần này``); ``Nghị quyết Đại hội XVI`` the congress
with that ordinal.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from typing import Optional

import regex

from ..text.normalize import canonical_tone_marks
from .reference import Reference

_LEAD_DIGITS = regex.compile(r"\d+")
_ALNUM = regex.compile(r"[\W_]+")
_YEAR = regex.compile(r"(?:19|20)\d\d")
# How many congresses on each side a named short mention is compared with.
_NEIGHBOURS = 4


@dataclass
class CongressMention:
    """A congress named in the text (token offset), with its term when one follows."""

    start: int
    name: str
    ordinal: Optional[int]
    term: Optional[str]
    national: bool
    in_reference: bool = False  # the congress of a full "Nghị quyết Đại hội …" reference
    zone: str = "body"


class _Ordered:
    """Candidates in text order, with their start tokens for bisection."""

    def __init__(self):
        self.items: list = []
        self.starts: list[int] = []

    def add(self, item) -> None:
        self.items.append(item)
        self.starts.append(item.start)


def _nearest(ref: Reference, cands: Optional[_Ordered]):
    """The closest candidate before ``ref``, else the closest after it.

    Candidates inside ``ref`` itself are neither.
    """
    if cands is None:
        return None
    starts = cands.starts
    cands = cands.items
    k = bisect_left(starts, ref.start)
    if k > 0:
        return cands[k - 1]
    k = bisect_left(starts, ref.end)
    return cands[k] if k < len(cands) else None


def _words(name: str) -> set[str]:
    return set(canonical_tone_marks(name).lower().split())


def _nearest_holding(ref: Reference, cands: _Ordered):
    """The nearest congress (before ``ref``, else after it) whose name holds every word of ``ref.congress``.

    Only a few neighbours on each side are tried, which keeps the linking linear.
    """
    words = _words(ref.congress)
    k = bisect_left(cands.starts, ref.start)
    before = cands.items[max(0, k - _NEIGHBOURS):k][::-1]
    after = cands.items[bisect_left(cands.starts, ref.end):][:_NEIGHBOURS]
    return next((m for m in before + after if words <= _words(m.name)), None)


def _number_key(number: Optional[str]) -> str:
    return _ALNUM.sub("", number or "").lower()


def _lead_key(number: Optional[str]) -> Optional[int]:
    lead = _LEAD_DIGITS.match(number or "")
    return int(lead.group()) if lead else None


def looks_like_year(ref: Reference) -> bool:
    """A short mention whose number reads as a year and repeats nothing (``Kế hoạch 2024``)."""
    return ref.kind == "short" and not ref.linked and _YEAR.fullmatch(ref.number or "") is not None


def link_numbers(refs: list[Reference]) -> None:
    """Fill mentions written by number alone from the full reference they repeat."""
    by_number: dict[tuple, _Ordered] = defaultdict(_Ordered)
    by_lead: dict[tuple, _Ordered] = defaultdict(_Ordered)
    for r in refs:
        if r.kind == "numbered" and (r.issued or r.subject or r.issuer):
            by_number[r.doc_type, _number_key(r.number)].add(r)
            by_lead[r.doc_type, _lead_key(r.number)].add(r)
    for ref in refs:
        if ref.kind not in ("numbered", "short") or ref.issued or ref.subject:
            continue
        if ref.kind == "short":
            cands = by_lead.get((ref.doc_type, _lead_key(ref.number)))
        else:
            cands = by_number.get((ref.doc_type, _number_key(ref.number)))
        ante = _nearest(ref, cands)
        if ante is None:
            continue
        ref.linked = True
        if ref.kind == "short":
            # "Chỉ thị 02 của TKV" names the issuer loosely; the full reference names it exactly.
            ref.number = ante.number
            ref.issuer = ante.issuer or ref.issuer
        else:
            ref.issuer = ref.issuer or ante.issuer
        ref.issued, ref.subject = ante.issued, ante.subject
        ref.ordinal = ref.ordinal if ref.ordinal is not None else ante.ordinal


def _term_before(terms: dict, name: str, ordinal: Optional[int], start: int) -> Optional[str]:
    found = terms.get((name, ordinal))
    return found[1] if found is not None and found[0] < start else None


def link_congresses(refs: list[Reference], mentions: list[CongressMention]) -> list[Reference]:
    """Give bare and Roman-only congress resolutions the congress they mean.

    Returns the bare mentions that name no congress found in the text.
    """
    local = _Ordered()
    by_ordinal: dict[Optional[int], _Ordered] = defaultdict(_Ordered)
    named: dict[Optional[int], _Ordered] = defaultdict(_Ordered)
    # The first term written with each congress, and where: a mention repeats only what came before it.
    terms: dict[tuple, tuple[int, str]] = {}
    for m in mentions:
        if m.national:
            continue
        local.add(m)
        by_ordinal[m.ordinal].add(m)
        if m.in_reference:
            named[m.ordinal].add(m)
        if m.term:
            terms.setdefault((m.name, m.ordinal), (m.start, m.term))
    # The article's own congress: the first one its body names (the headline may add a place).
    current = next((m for m in local.items if m.zone == "body"), local.items[0] if local.items else None)
    unlinked = []
    for ref in refs:
        if ref.kind == "bare" and ref.congress is not None:
            # "Nghị quyết Đại hội Đoàn" repeats a congress whose name holds the words it gives.
            target = _nearest_holding(ref, local)
            if target is None:
                continue
        elif ref.kind == "bare":
            target = current if ref.current else _nearest(ref, local)
            if target is None:
                unlinked.append(ref)
                continue
        elif ref.kind == "roman" and not ref.national:
            target = _nearest(ref, by_ordinal.get(ref.ordinal))
            if target is None:
                continue
        else:
            continue
        if not target.in_reference:
            # Name the congress as the full reference to its resolution does, when there is one.
            target = _nearest(ref, named.get(target.ordinal)) or target
        ref.congress, ref.ordinal = target.name, target.ordinal
        ref.term = ref.term or target.term or _term_before(terms, target.name, target.ordinal, ref.start)
    return unlinked
