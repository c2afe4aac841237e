"""Organisations of one text: pairs of full name and abbreviation, merged, with their mentions."""
from __future__ import annotations

from dataclasses import dataclass, field

from .brackets import Pair, find_bracket_pairs
from .elsewhere import find_initial_pairs
from .initials import is_acronym
from .initials import fold_letters
from .lexicon import Lexicon
from .mentions import occurrences

MAX_ORGANIZATIONS = 100  # bounds the mention search on pathological input


@dataclass
class OrgMatch:
    """One organisation: where its fullest name and its abbreviation are written, and every mention."""

    name: tuple[int, int]
    abbreviation: tuple[int, int]
    mentions: list[tuple[int, int]] = field(default_factory=list)
    written: list[tuple[int, int]] = field(default_factory=list)  # every name paired with it


def _merge(pairs: list[Pair], view: str) -> tuple[list[OrgMatch], bool]:
    """One organisation per abbreviation and name; the longest name written for it is kept.

    Two pairs with the same abbreviation are one organisation when one name
    contains the other (``Ủy ban Mặt trận Tổ quốc`` / ``… Tổ quốc Việt Nam``).
    Returns the organisations and whether some were left out over
    :data:`MAX_ORGANIZATIONS`.
    """
    out: list[OrgMatch] = []
    seen: dict[tuple[str, str], OrgMatch] = {}
    by_abbr: dict[str, list[tuple[str, OrgMatch]]] = {}
    for p in pairs:
        abbr, name = view[p.abbr_start:p.abbr_end], view[p.name_start:p.name_end].lower()
        same = seen.get((abbr, name))
        group = by_abbr.setdefault(abbr, [])
        if same is None:
            same = next((o for known, o in group if name in known or known in name), None)
        if same is not None:
            same.written.append((p.name_start, p.name_end))
            if p.name_end - p.name_start > same.name[1] - same.name[0]:
                same.name = (p.name_start, p.name_end)
                group.append((name, same))
            seen[abbr, name] = same
            continue
        if len(out) == MAX_ORGANIZATIONS:
            return out, True
        org = OrgMatch((p.name_start, p.name_end), (p.abbr_start, p.abbr_end), written=[(p.name_start, p.name_end)])
        seen[abbr, name] = org
        group.append((name, org))
        out.append(org)
    return out, False


def find_organizations(view: str, lex: Lexicon, *, by_initials: bool = True) -> tuple[list[OrgMatch], bool]:
    """Organisations paired with an abbreviation, and whether some were dropped over the limit.

    Args:
        view: the matching view of the text (same length as the text).
        lex: the compiled lexicon.
        by_initials: also pair a name with an abbreviation written elsewhere that
            spells its initials (``Hội Liên hiệp Phụ nữ`` … ``HLHPN``; ``HĐND``
            beside ``Hội đồng nhân dân tỉnh …``), which the contract counts as pairs.
    """
    pairs = find_bracket_pairs(view, lex)
    if by_initials:
        # A body already paired in brackets is not paired again by one acronym of its
        # abbreviation (``Hội LHPN`` → ``LHPN``, ``UBND TP Thủ Đức`` → ``UBND``).
        taken = {fold_letters(w) for p in pairs for w in view[p.abbr_start:p.abbr_end].split()
                 if is_acronym(w)} | {fold_letters(view[p.abbr_start:p.abbr_end]) for p in pairs}
        named = [(p.name_start, p.name_end) for p in pairs]
        pairs += [p for p in find_initial_pairs(view, lex, taken)
                  if not any(s < p.name_end and p.name_start < e for s, e in named)]
    orgs, dropped = _merge(pairs, view)
    lowered = view.lower()
    if len(lowered) != len(view):  # a letter whose lower case is longer: compare as written
        lowered = view
    for org in orgs:
        spans = set(occurrences(view, view[org.abbreviation[0]:org.abbreviation[1]]))
        for name in {lowered[s:e] for s, e in org.written}:
            spans.update(occurrences(lowered, name))
        spans.update(org.written)
        spans.add(org.abbreviation)
        org.mentions = sorted(spans)
    return orgs, dropped
