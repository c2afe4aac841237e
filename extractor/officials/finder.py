"""Find officials: names, title chains, who holds them, and every later mention.

Pure functions over the matching view; :mod:`.component` wraps them for spaCy.
"""
from __future__ import annotations

from operator import attrgetter

import regex

from ..record import Official, Span, Title
from .elections import dismissed, membership_seats
from .holders import honorific_before, holders
from .lexicon import Lexicon, build_lexicon
from .names import find_names
from .people import People, Person, common_honorific
from .titles import Chain, ChainParser, TitleMatch
from .tokens import Offsets, Tok, tokenize_lines

# "các đồng chí: A, …" or "các đồng chí A, …, B, …": the list opener gives every member
# its honorific; "các đồng chí trong Ban Chấp hành" (lower case next) opens no list.
_LIST_HONORIFIC = regex.compile(r"\bcác\s+(đồng\s+chí)(?:\s*:|\s+(?=\p{Lu}))", flags=regex.IGNORECASE | regex.V1)
_SENTENCE_END = regex.compile(r"[.\n]")
_BRACKETED = regex.compile(r"\s*\([^()]*\)")
_LIST_WINDOW = 600  # characters back to look for a list opener
_LOWER = attrgetter("lower")


def _tokens(view: str, lines) -> tuple[list[Tok], Offsets]:
    return tokenize_lines(view, lines)


def _short_title_holder(people: People, chain: Chain, tails) -> None:
    """``Bí thư Hương``: a chain closed by the tail of a known name."""
    t, toks, words = chain.titles[-1], people.toks, people.words
    for n in (2, 1):
        a = t.end - n
        if a < t.role_end or not all(x.title_case for x in toks[a:t.end]):
            continue
        if a > t.role_end and toks[a - 1].title_case and toks[a].space_before:
            continue
        person = tails.get(tuple(words[a:t.end]))
        if person is None:
            continue
        chain.titles[-1] = TitleMatch(t.start, t.role_end, a)
        people.mention(person, (a, t.end), honorific_before(toks, words, chain.start, people.lex))
        for title in chain.titles:
            people.add_title(person, title)
        return


def _short_mentions(people: People, tails, honorific_starts) -> None:
    """``ông Khang``, ``bà Mỹ Hạnh``: an honorific and the tail of a known name.

    Args:
        honorific_starts: the tokens where an honorific may open (:class:`.anchors.Anchors`).
    """
    toks, words, lex = people.toks, people.words, people.lex
    if not tails:
        return  # (no name to point to)
    for i in honorific_starts:
        h = lex.honorific_at(toks, words, i)
        if not h:
            continue
        k = i + h
        for n in (2, 1):
            e = k + n
            if e > len(toks) or not all(x.title_case for x in toks[k:e]):
                continue
            if any(not x.space_before for x in toks[k + 1:e]) or (e < len(toks) and toks[e].title_case and toks[e].space_before):
                continue
            person = tails.get(tuple(words[k:e]))
            if person is not None:
                people.mention(person, (k, e), (i, k))
                break


def _list_honorific(view: str, pos: int):
    """``các đồng chí: A, …; B, …``: the list's honorific, for a member at ``pos``."""
    begin = max(0, pos - _LIST_WINDOW)
    for m in _SENTENCE_END.finditer(view, begin, pos):
        begin = m.end()
    found = None
    for m in _LIST_HONORIFIC.finditer(view, begin, pos):
        found = m
    return found.span(1) if found else None


def find_people(view: str, lines, lex: Lexicon) -> tuple[People, Offsets]:
    """Every person written with a position, with mentions, honorifics and titles."""
    toks, offsets = _tokens(view, lines)
    words = list(map(_LOWER, toks))
    names = find_names(toks, words, lex)
    ends = {e - 1: s for s, e in names.items()}
    people = People(toks, words, lex, offsets)
    orphans, closed = [], set()
    parser = ChainParser(toks, words, names, lex)
    for chain in parser.chains():
        owners, shared = holders(toks, words, chain, names, ends, lex, closed), None
        if not owners:
            owners, shared = dismissed(toks, words, chain, names, lex)
        if chain.owner is not None:
            closed.add(chain.owner)
        if not owners:
            orphans.append(chain)
        for span in owners:
            person = people.get(span)
            hon = honorific_before(toks, words, span[0], lex) or shared
            if hon is None and chain.owner == span:
                hon = chain.honorific or honorific_before(toks, words, chain.start, lex)
            people.mention(person, span, hon)
            for title in chain.titles:
                people.add_title(person, title)
    for owners, seats in membership_seats(parser, ends):
        for span in owners:
            person = people.get(span)
            people.mention(person, span, honorific_before(toks, words, span[0], lex))
            for seat in seats:
                people.add_title(person, seat)
    # Full names seen anywhere else are mentions too.
    for s, e in names.items():
        person = people.by_key.get(tuple(words[s:e]))
        if person is not None:
            people.mention(person, (s, e), honorific_before(toks, words, s, lex))
    tails = people.tails()
    for chain in orphans:
        _short_title_holder(people, chain, tails)
    _short_mentions(people, tails, parser.anchors.honorifics)
    return people, offsets


def _title(text: str, offsets: Offsets, t: TitleMatch) -> Title:
    s, e = offsets.start(t.start), offsets.end(t.end - 1)
    role = t.implied_role or text[s:offsets.end(t.role_end - 1)]
    org = None
    if t.end > t.role_end:
        org = text[offsets.start(t.role_end):e]
        if "(" in org:  # (nothing to cut otherwise)
            org = _BRACKETED.sub("", org)
        org = org.strip() or None
    if org and t.shared:
        org = f"{org} {text[offsets.start(t.shared[0]):offsets.end(t.shared[1] - 1)]}"
    return Title(text=text[s:e], start=s, end=e, title=text[s:e], role=role, organization=org)


def _official(text: str, view: str, offsets: Offsets, person: Person, lex: Lexicon) -> Official:
    mentions = sorted(person.mentions)
    honorific = None
    candidates = sorted(person.honorifics)
    if candidates:
        a, b = candidates[0][1]
        honorific = common_honorific(text[a:b], lex)
    else:
        for s, _ in mentions:
            span = _list_honorific(view, s)
            if span:
                honorific = common_honorific(text[span[0]:span[1]], lex)
                break
    full = max((m for m in mentions), key=lambda m: m[1] - m[0])
    return Official(
        name=text[full[0]:full[1]],
        honorific=honorific,
        titles=[_title(text, offsets, t) for t in person.titles],
        mentions=[Span(text=text[s:e], start=s, end=e) for s, e in mentions],
    )


def find_officials(text: str, view: str, lines=None, lex: Lexicon | None = None):
    """Officials of a text, and every title wording found for them.

    Args:
        text: the record text (items are cut from it).
        view: its matching view (same length).
        lines: ``(start, end)`` of the lines to read (default: the whole text).
        lex: look-up tables (default: the package's language data).

    Returns:
        ``(officials, wordings)``: :class:`~extractor.record.Official` items in order
        of first mention, and a :class:`~extractor.record.Title` for every wording.
    """
    lex = lex or build_lexicon()
    lines = lines if lines is not None else [(0, len(text))]
    people, offsets = find_people(view, lines, lex)
    found = [p for p in people.by_key.values() if p.titles]
    found.sort(key=lambda p: min(p.mentions))
    officials = [_official(text, view, offsets, p, lex) for p in found]
    wordings = sorted({(w.start, w.end): _title(text, offsets, w) for p in found for w in p.wordings}.values(),
                      key=lambda t: t.start)
    return officials, wordings
