"""Words of document references as token phrases, and the tokens of one text.

References are read token by token on the matching view: words (``Nghị``,
``T.Ư``, ``KH&ĐT``), single symbols and line breaks. Every phrase of
``lang/documents.yaml`` becomes a tuple of lower-cased tokens, so a look-up
at a token is a few set probes and the whole scan stays linear.
"""
from __future__ import annotations

import json
from bisect import bisect_left
from functools import lru_cache
from itertools import compress

import regex

from ..lang import alternation
from ..text.normalize import canonical_tone_marks

TOKEN = regex.compile(r"[\p{L}\p{N}]+(?:[.&][\p{L}\p{N}]+)*|\n|\S", flags=regex.V1)
# "35/NQ/TW", "06-NQ/TU", "15/2020/NĐ-CP", "08-QĐi/TW", "345/UBND-KT", "43/2024/QH15"
# "100 - KL/TW": spaces around the first dash, when a slash follows.
_NUMBER = (r"(?P<num>\d{1,5}(?:/\d{4})?(?:[/-]|\s[-–]\s(?=\p{Lu}{1,6}/))\p{Lu}[\p{L}\d]{0,12}"
           r"(?:[/-][\p{L}\d]{1,12}){0,3})(?![\p{L}\d])")
# "Nghị quyết 35", "Chỉ thị số 02": a repeated mention by its number alone.
_SHORT_NUMBER = r"(?P<num>\d{1,4})(?![\p{L}\d%]|[.,/-]\d|\s*%)"


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in TOKEN.findall(canonical_tone_marks(text)))


class PhraseSet:
    """Phrases compared token by token against :class:`Tokens` (case-insensitive)."""

    def __init__(self, phrases):
        self.phrases = {_phrase(p) for p in phrases}
        self.phrases.discard(())
        self.longest = max((len(p) for p in self.phrases), default=0)
        self.firsts = frozenset(p[0] for p in self.phrases)
        # The lengths of the phrases opening with each word, longest first: no other
        # length can match there, so only these slices are built.
        by_first: dict[str, set[int]] = {}
        for p in self.phrases:
            by_first.setdefault(p[0], set()).add(len(p))
        self._lengths = {w: sorted(ns, reverse=True) for w, ns in by_first.items()}

    def match(self, tokens: "Tokens", i: int) -> int:
        """Length in tokens of the longest phrase starting at token ``i`` (0 when none)."""
        low = tokens.low
        size = len(low)
        if i >= size:
            return 0
        lengths = self._lengths.get(low[i])
        if lengths is None:
            return 0
        if i < 0:  # a slice from a negative index does not start at token i
            return self._match_slow(low, i)
        room = size - i
        phrases = self.phrases
        for n in lengths:
            if n <= room and tuple(low[i:i + n]) in phrases:
                return n
        return 0

    def _match_slow(self, low: list, i: int) -> int:
        for n in range(min(self.longest, len(low) - i), 0, -1):
            if tuple(low[i:i + n]) in self.phrases:
                return n
        return 0


# Every token of a text in one match: the captures of a repeated group are read as lists
# (offsets and strings) instead of one match object per token. The group is the last
# thing in the pattern, so its repeats never backtrack: each takes what ``TOKEN`` takes
# after the whitespace the text skips (not a line break, which is a token), and the
# repeat stops only where no token follows, as ``TOKEN.finditer`` does.
_ALL_TOKENS = regex.compile(r"(?:[^\S\n]*(?P<t>" + TOKEN.pattern + "))*", flags=regex.V1)
# The only letter whose lower case depends on its neighbours (a final sigma).
_SIGMA = "\u03a3"


class Tokens:
    """The tokens of a matching view: offsets, lower-cased forms, and look-ups."""

    def __init__(self, view: str):
        self.view = view
        m = _ALL_TOKENS.match(view)
        self.starts: list[int] = m.starts("t")
        self.ends: list[int] = m.ends("t")
        words = m.captures("t")
        lowered = view.lower() if _SIGMA in view else None
        if lowered is None or len(lowered) != len(view):
            # Without a sigma, lower case is a per-letter map: each token lowered alone is its
            # part of the lowered view; with a longer lower case ("İ") each token is lowered alone.
            self.low: list[str] = list(map(str.lower, words))
        else:
            self.low = [lowered[s:e] for s, e in zip(self.starts, self.ends)]

    def __len__(self) -> int:
        return len(self.low)

    def indices_of(self, words) -> list[int]:
        """The indices of the tokens whose lower-cased form is in the set ``words``, in order."""
        return list(compress(range(len(self.low)), map(words.__contains__, self.low)))

    def at(self, pos: int) -> int:
        """Index of the first token starting at or after character ``pos``."""
        return bisect_left(self.starts, pos)

    def is_word(self, i: int) -> bool:
        return i < len(self.low) and self.low[i][0].isalnum()

    def is_cap(self, i: int) -> bool:
        return i < len(self.low) and self.view[self.starts[i]].isupper()

    def is_lower(self, i: int) -> bool:
        return i < len(self.low) and self.view[self.starts[i]].islower()

    def text(self, i: int) -> str:
        return self.view[self.starts[i]:self.ends[i]]


class Lexicon:
    """The phrase sets of ``documents.yaml`` plus the number words of ``dates.yaml``."""

    def __init__(self, docs: dict, dates: dict):
        types = docs["doc_types"]
        self.type_names = {_phrase(t): t for group in types.values() for t in group}
        self.types = PhraseSet(t for group in types.values() for t in group)
        # "NQ", "QĐ": abbreviated types, by their exact spelling.
        self.abbreviations = {_phrase(a)[0]: (a, t) for a, t in docs["type_abbreviations"].items()}
        self.first_words = self.types.firsts | frozenset(self.abbreviations)
        # What a reference's first one or two tokens must be (a type's, or an abbreviation).
        self.opening_words = (frozenset(p[0] for p in self.types.phrases if len(p) == 1)
                              | frozenset(self.abbreviations))
        self.opening_pairs = frozenset(p[:2] for p in self.types.phrases if len(p) > 1)
        self.named = PhraseSet(types["named"])
        self.titled = PhraseSet(types["titled"])
        self.congress_types = PhraseSet(types["congress"])
        for key in (
            "number_words", "generic_before", "issuer_intro", "subject_intro", "subject_verbs",
            "issuer_heads", "issuer_places", "issuer_stops", "subject_stops", "clause_openers",
            "clause_markers", "ordinal_intro", "congress_stops", "national_congress",
            "current_congress_before", "current_congress_after", "plenum_words", "central_words",
            "central_committee", "term_words", "law_amended", "law_stops", "reference_links", "generic_after",
            "date_intro", "term_of_office_words", "law_name_joins", "number_units", "link_verbs",
            "congress_name_words", "congress_bodies", "kind_names", "issued_kinds", "subject_kinds",
            "lower_kinds", "kind_extensions",
            "verb_types", "period_named", "period_tails", "issuer_named", "committee_heads", "plenum_bodies", "session_words", "acting_types",
        ):
            setattr(self, key, PhraseSet(docs[key]))
        self.congress_word = PhraseSet([docs["congress_word"]])
        words = {**dates["number_words"], **docs["ordinal_words"]}
        self.ordinal_words = {_phrase(k): int(v) for k, v in words.items()}
        intro = rf"(?:(?i:{alternation(docs['number_words'])})\s+)?"
        self.number = regex.compile(intro + _NUMBER, flags=regex.V1)
        self.short_number = regex.compile(intro + _SHORT_NUMBER, flags=regex.V1)

    def doc_type(self, tokens: Tokens, i: int) -> tuple[str, int]:
        """``(doc_type, length)`` of a capitalised document type at token ``i``, else ``("", 0)``."""
        if not tokens.is_cap(i):
            return "", 0
        n = self.types.match(tokens, i)
        return (self.type_names[tuple(tokens.low[i:i + n])], n) if n else ("", 0)

    def lower_doc_type(self, tokens: Tokens, i: int) -> tuple[str, int]:
        """``(doc_type, length)`` of a document type written in lower case at token ``i``, else ``("", 0)``."""
        if not tokens.is_lower(i):
            return "", 0
        n = self.types.match(tokens, i)
        return (self.type_names[tuple(tokens.low[i:i + n])], n) if n else ("", 0)

    def abbreviated_type(self, tokens: Tokens, i: int) -> str:
        """The type an abbreviation at token ``i`` stands for (``NQ`` → ``Nghị quyết``), else ``""``."""
        entry = self.abbreviations.get(tokens.low[i]) if i < len(tokens) else None
        return entry[1] if entry and tokens.text(i) == entry[0] else ""


@lru_cache(maxsize=4)
def _lexicon(key: str) -> Lexicon:
    docs, dates = json.loads(key)
    return Lexicon(docs, dates)


def lexicon(docs: dict, dates: dict) -> Lexicon:
    """The (cached) lexicon of the given language data."""
    return _lexicon(json.dumps([docs, dates], sort_keys=True, ensure_ascii=False))
