"""Organisations of one text: pairs of full name and abbreviation, merged, with their mentions."""
from __future__ import annotations

from dataclasses import dataclass, field

from .brackets import Pair, find_bracket_pairs
from .elsewhere import find_initial_pairs
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


def _merge(pairs: list[Pair], view: str) -> list[OrgMatch]:
    """One organisation per abbreviation and name; the longest name written for it is kept.

    Two pairs with the same abbreviation are one organisation when one name
    contains the other (``Ủy ban Mặt trận Tổ quốc`` / ``… Tổ quốc Việt Nam``).
    """
    out: list[OrgMatch] = []
    for p in pairs:
        abbr, name = view[p.abbr_start:p.abbr_end], view[p.name_start:p.name_end].lower()
        same = next((o for o in out if view[o.abbreviation[0]:o.abbreviation[1]] == abbr
                     and (name in view[o.name[0]:o.name[1]].lower() or view[o.name[0]:o.name[1]].lower() in name)), None)
        if same is None:
            out.append(OrgMatch((p.name_start, p.name_end), (p.abbr_start, p.abbr_end)))
        elif p.name_end - p.name_start > same.name[1] - same.name[0]:
            same.name = (p.name_start, p.name_end)
    return out


def find_organizations(view: str, lex: Lexicon, *, by_initials: bool = False) -> tuple[list[OrgMatch], bool]:
    """Organisations paired with an abbreviation, and whether some were dropped over the limit.

    Args:
        view: the matching view of the text (same length as the text).
        lex: the compiled lexicon.
        by_initials: also pair a name with an abbreviation written elsewhere that
            spells its initials (``Hội Liên hiệp Phụ nữ`` … ``HLHPN``). Off by
            default: the corpus lists only pairs the text writes together.
    """
    pairs = find_bracket_pairs(view, lex)
    if by_initials:
        taken = {fold_letters(view[p.abbr_start:p.abbr_end]) for p in pairs}
        pairs += find_initial_pairs(view, lex, taken)
    orgs = _merge(pairs, view)
    dropped = len(orgs) > MAX_ORGANIZATIONS
    orgs = orgs[:MAX_ORGANIZATIONS]
    lowered = view.lower()
    if len(lowered) != len(view):  # a letter whose lower case is longer: compare as written
        lowered = view
    for org in orgs:
        spans = set(occurrences(view, view[org.abbreviation[0]:org.abbreviation[1]]))
        spans.update(occurrences(lowered, lowered[org.name[0]:org.name[1]]))
        spans.update((org.name, org.abbreviation))
        org.mentions = sorted(spans)
    return orgs, dropped
