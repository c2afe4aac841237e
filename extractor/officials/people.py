"""One entry per person: every mention, the first honorific, each position once.

A person is keyed by the full name. Shorter mentions (``ông Khang``,
``Bí thư Hương``, ``bà Mỹ Hạnh``) are the last one or two syllables of exactly
one known name, after an honorific or a role. Two titles with the same role are
one position worded twice (``Thủ tướng`` / ``Thủ tướng Chính phủ``) and the longer
wording is kept, except for roles held in several bodies (``Ủy viên``), which
must also name the same organisation.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .lexicon import Lexicon, phrase_key
from .titles import TitleMatch
from .tokens import Offsets, Tok


@dataclass
class Person:
    """What is known about one named person, in token and character positions."""

    key: tuple[str, ...]
    #: character spans of every mention, in text order
    mentions: list[tuple[int, int]] = field(default_factory=list)
    #: ``(character position of the mention, honorific span)``
    honorifics: list[tuple[int, tuple[int, int]]] = field(default_factory=list)
    titles: list[TitleMatch] = field(default_factory=list)
    #: every title wording given to the person (for ``doc.spans["titles"]``)
    wordings: list[TitleMatch] = field(default_factory=list)
    _seen: set = field(default_factory=set, repr=False)


class People:
    """The people of one document."""

    def __init__(self, toks: list[Tok], words: list[str], lex: Lexicon,
                 offsets: Offsets):
        """``offsets``: the character offsets of the tokens."""
        self.toks, self.words, self.lex = toks, words, lex
        self.offsets = offsets
        self.by_key: dict[tuple[str, ...], Person] = {}

    def get(self, span: tuple[int, int]) -> Person:
        """The person named by tokens ``span`` (created on first use); records the mention."""
        key = tuple(self.words[span[0]:span[1]])
        person = self.by_key.setdefault(key, Person(key))
        self.mention(person, span)
        return person

    def mention(self, person: Person, span: tuple[int, int], honorific: Optional[tuple[int, int]] = None) -> None:
        """Record a mention (token span) and the honorific written before it, if any."""
        chars = (self.offsets.start(span[0]), self.offsets.end(span[1] - 1))
        if chars not in person._seen:
            person._seen.add(chars)
            person.mentions.append(chars)
        if honorific is not None:
            h = (self.offsets.start(honorific[0]), self.offsets.end(honorific[1] - 1))
            person.honorifics.append((chars[0], h))

    def tails(self) -> dict[tuple[str, ...], Person]:
        """Last one or two syllables of each name, when they point to one person only."""
        seen: dict[tuple[str, ...], list[Person]] = {}
        for p in self.by_key.values():
            for n in (1, 2):
                if len(p.key) > n:
                    seen.setdefault(p.key[-n:], []).append(p)
        return {k: v[0] for k, v in seen.items() if len(v) == 1}

    def _role_key(self, t: TitleMatch) -> tuple[str, ...]:
        if t.implied_role:
            return phrase_key(t.implied_role)
        return tuple(self.words[t.start:t.role_end])

    def _org_key(self, t: TitleMatch) -> tuple[str, ...]:
        return tuple(w for w in self.words[t.role_end:t.end] if w not in "()")

    def _same_position(self, a: TitleMatch, b: TitleMatch) -> bool:
        role = self._role_key(a)
        if role != self._role_key(b):
            return False
        if role not in self.lex.multi_roles:
            return True
        oa, ob = self._org_key(a), self._org_key(b)
        if not oa or not ob:
            return True
        short, long_ = sorted((oa, ob), key=len)
        return set(short) <= set(long_)

    def add_title(self, person: Person, title: TitleMatch) -> None:
        """Give ``title`` to ``person``, merging it with a wording of the same position."""
        key = ("title", title.start, title.end)
        if key in person._seen:
            return
        person._seen.add(key)
        person.wordings.append(title)
        for k, old in enumerate(person.titles):
            if self._same_position(old, title):
                if title.end - title.start > old.end - old.start:
                    person.titles[k] = title
                return
        person.titles.append(title)


def common_honorific(text: str, lex: Lexicon) -> str:
    """Honorifics such as ``Đồng chí``/``Ông`` are written in lower case in records."""
    return text.lower() if phrase_key(text) in lex.common_honorifics else text
