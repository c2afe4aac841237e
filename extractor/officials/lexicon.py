"""Word lists of the officials finder, read from ``lang/titles.yaml``,
``lang/surnames.yaml`` and ``lang/places.yaml``, and tokenised the way the text is.

Phrases are kept as tuples of lower-cased tokens (canonical tone marks) and
indexed by their first token, so a look-up at a text position costs one
dictionary access plus the few phrases that open with that word.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex

from ..lang import load
from ..text.normalize import canonical_tone_marks

# Words (letters/digits, with inner dots, dashes and ampersands: "PGS.TS",
# "LĐ-TB&XH"; a capital and an apostrophe may open one: "H'Hen", "M'Nông") and
# single other characters.
TOKEN = regex.compile(r"(?:\p{Lu}'(?=\p{L}))?[\p{L}\p{N}]+(?:[.&\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]",
                      flags=regex.V1)


#: bits of :attr:`Lexicon.openings`
ROLE, HONORIFIC, MEMBERSHIP = 1, 2, 4


def phrase_key(text: str) -> tuple[str, ...]:
    """The token tuple a phrase or a piece of text is compared by."""
    return tuple(m.group().lower() for m in TOKEN.finditer(canonical_tone_marks(text)))


class PhraseSet:
    """Phrases indexed by first token; ``match`` returns the longest one at a position."""

    def __init__(self, phrases):
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for p in phrases:
            key = phrase_key(p)
            if key:
                self.by_first.setdefault(key[0], []).append(key)
        for group in self.by_first.values():
            group.sort(key=len, reverse=True)

    def match(self, words: list[str], i: int, end: Optional[int] = None) -> int:
        """Length in tokens of the longest phrase at ``words[i:end]`` (0 if none)."""
        end = len(words) if end is None else end
        if i >= end:
            return 0
        group = self.by_first.get(words[i])
        if group is None:
            return 0
        for key in group:
            n = len(key)
            if n == 1:
                # keys of a group share the first word, the longest come first
                return 1
            if i + n <= end and words[i + 1] == key[1] and tuple(words[i:i + n]) == key:
                return n
        return 0


@dataclass
class Lexicon:
    """Everything the finder looks up."""

    roles: PhraseSet
    multi_roles: frozenset
    org_names: PhraseSet
    honorifics: PhraseSet
    common_honorifics: frozenset
    stops: PhraseSet
    inner: PhraseSet
    joiners: PhraseSet
    cues: PhraseSet
    admin_units: PhraseSet
    places: PhraseSet
    surnames: frozenset
    #: full names that are also places (``Hồ Chí Minh``), as token tuples
    person_places: frozenset
    #: organisation-name parts holding a comma (``Tài chính, Ngân sách``)
    comma_phrases: PhraseSet
    membership_cues: PhraseSet
    membership_bodies: PhraseSet
    #: the role of a member of a body named after a membership cue
    membership_role: str
    dismissal_cues: PhraseSet
    dismissal_links: PhraseSet
    #: ``y`` and ``h'``: given-name prefixes of names whose family name comes last
    openers: tuple
    #: first word of a role, honorific or membership cue (and ``vào``) -> :data:`ROLE` |
    #: :data:`HONORIFIC` | :data:`MEMBERSHIP` bits: where those look-ups can succeed
    openings: dict = field(default_factory=dict, repr=False)

    def __post_init__(self):
        for bit, phrases in ((ROLE, self.roles), (HONORIFIC, self.honorifics),
                             (MEMBERSHIP, self.membership_cues)):
            for word in phrases.by_first:
                self.openings[word] = self.openings.get(word, 0) | bit
        # "bầu đồng chí X vào Ban Thường vụ": a seat after "vào" with the verb before the name
        self.openings["vào"] = self.openings.get("vào", 0) | MEMBERSHIP

    def opener(self, word: str) -> bool:
        """``word`` (lower case) is ``Y`` or opens with ``H'`` (``h'hen``)."""
        return any(word == o or (o.endswith("'") and word.startswith(o) and len(word) > len(o))
                   for o in self.openers)

    def honorific_at(self, toks, words: list[str], i: int, end: Optional[int] = None) -> int:
        """Tokens of the longest honorific at ``words[i:end]`` (0 if none).

        A capitalised ``Anh``/``Bà``/``Ông`` right after a capitalised word goes on a
        name or a place (``Nguyễn Anh Tuấn``, ``huyện Đông Anh``), so it is no honorific.
        """
        if i >= len(words) or words[i] not in self.honorifics.by_first:
            return 0  # (the common case, without a call)
        n = self.honorifics.match(words, i, end)
        if (n and i > 0 and toks[i].capital and toks[i].space_before and toks[i - 1].title_case
                and tuple(words[i:i + n]) in self.common_honorifics):
            return 0
        return n


def build_lexicon(titles: Optional[dict] = None, surnames: Optional[dict] = None,
                  places: Optional[dict] = None) -> Lexicon:
    """Build the look-up tables (default: the package's YAML files).

    Args:
        titles, surnames, places: the loaded ``titles``/``surnames``/``places`` data.
    """
    t = titles if titles is not None else load("titles")
    s = surnames if surnames is not None else load("surnames")
    p = places if places is not None else load("places")
    return Lexicon(
        roles=PhraseSet(t["roles"]),
        multi_roles=frozenset(phrase_key(r) for r in t["multi_roles"]),
        org_names=PhraseSet(t["organization_names"]),
        honorifics=PhraseSet(t["honorifics"] + t["honorifics_common"]),
        common_honorifics=frozenset(phrase_key(h) for h in t["honorifics_common"]),
        stops=PhraseSet(t["title_stops"]),
        inner=PhraseSet(t["title_inner_phrases"]),
        joiners=PhraseSet(t["title_joiners"]),
        cues=PhraseSet(t["appointment_cues"]),
        admin_units=PhraseSet(t["admin_units"]),
        places=PhraseSet([x for v in p.values() for x in v]),
        surnames=frozenset(canonical_tone_marks(x).lower() for x in s["surnames"]),
        person_places=frozenset(phrase_key(x) for x in s.get("people_named_like_places", ())),
        comma_phrases=PhraseSet(t.get("title_comma_phrases", ())),
        membership_cues=PhraseSet(t.get("membership_cues", ())),
        membership_bodies=PhraseSet(t.get("membership_bodies", ())),
        membership_role=t.get("membership_role", "Ủy viên"),
        dismissal_cues=PhraseSet(t.get("dismissal_cues", ())),
        dismissal_links=PhraseSet(t.get("dismissal_links", ())),
        openers=tuple(canonical_tone_marks(x).lower() for x in s.get("given_name_openers", ())),
    )
