"""Short repeated mentions take the parts of the full reference they repeat.

``Nghị quyết 35`` and ``Nghị quyết 02-NQ/TW`` (no date, no subject) repeat the
full reference with the same type and number; ``Nghị quyết Đại hội`` repeats the
congress last named before it (or the article's own congress after
``thông qua`` / before ``lần này``); ``Nghị quyết Đại hội XVI`` the congress
with that ordinal.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import regex

from .parse import Reference

_LEAD_DIGITS = regex.compile(r"\d+")
_ALNUM = regex.compile(r"[\W_]+")


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


def _nearest(ref: Reference, cands: Sequence):
    """The closest candidate before ``ref``, else the closest after it."""
    before = [c for c in cands if c.start < ref.start]
    if before:
        return before[-1]
    after = [c for c in cands if c.start > ref.start]
    return after[0] if after else None


def _same_document(ref: Reference, full: Reference) -> bool:
    if ref.doc_type != full.doc_type or full is ref:
        return False
    if ref.kind == "short":
        lead = _LEAD_DIGITS.match(full.number or "")
        return lead is not None and int(lead.group()) == int(ref.number)
    return _ALNUM.sub("", ref.number).lower() == _ALNUM.sub("", full.number or "").lower()


def link_numbers(refs: list[Reference]) -> None:
    """Fill mentions written by number alone from the full reference they repeat."""
    full = [r for r in refs if r.kind == "numbered" and (r.issued or r.subject or r.issuer)]
    for ref in refs:
        if ref.kind not in ("numbered", "short") or ref.issued or ref.subject:
            continue
        ante = _nearest(ref, [f for f in full if _same_document(ref, f)])
        if ante is None:
            continue
        if ref.kind == "short":
            # "Chỉ thị 02 của TKV" names the issuer loosely; the full reference names it exactly.
            ref.number = ante.number
            ref.issuer = ante.issuer or ref.issuer
        else:
            ref.issuer = ref.issuer or ante.issuer
        ref.issued, ref.subject = ante.issued, ante.subject
        ref.ordinal = ref.ordinal if ref.ordinal is not None else ante.ordinal


def _term_of(target: CongressMention, mentions: list[CongressMention]) -> Optional[str]:
    if target.term:
        return target.term
    same = (m.term for m in mentions if m.term and m.ordinal == target.ordinal and m.name == target.name)
    return next(same, None)


def link_congresses(refs: list[Reference], mentions: list[CongressMention]) -> list[Reference]:
    """Give bare and Roman-only congress resolutions the congress they mean.

    Returns the bare mentions that name no congress found in the text.
    """
    local = [m for m in mentions if not m.national]
    # The article's own congress: the first one its body names (the headline may add a place).
    current = next((m for m in local if m.zone == "body"), local[0] if local else None)
    unlinked = []
    for ref in refs:
        if ref.kind == "bare":
            target = current if ref.current else _nearest(ref, local)
        elif ref.kind == "roman" and not ref.national:
            target = _nearest(ref, [m for m in local if m.ordinal == ref.ordinal and not ref.start <= m.start < ref.end])
            if target is None:
                continue
        else:
            continue
        if target is None:
            unlinked.append(ref)
            continue
        if not target.in_reference:
            # Name the congress as the full reference to its resolution does, when there is one.
            named = [m for m in local if m.in_reference and m.ordinal == target.ordinal]
            target = _nearest(ref, named) or target
        ref.congress, ref.ordinal = target.name, target.ordinal
        ref.term = ref.term or _term_of(target, mentions)
    return unlinked
