"""Committee seats won in an election, and titles taken away in a dismissal.

- membership: ``đồng chí X đã được bầu vào Ban Thường vụ và BCH Đoàn khối``,
  ``Đại hội bầu đồng chí X vào Ban Chấp hành``: every body named after the cue
  (``membership_bodies`` of ``titles.yaml``) is a seat of role ``Ủy viên``; a bare
  body shares the qualifier of the last one (``Ban Thường vụ`` → ``… Đoàn khối``);
- dismissal: ``miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2016 – 2021 đối
  với bà Y``: a title chain of a dismissal clause (or of a by-election, ``bầu bổ sung
  Ủy viên UBND tỉnh đối với ông Z``) followed by ``đối với`` and a name is that name's.
"""
from __future__ import annotations

from typing import Optional

from .holders import honorific_before
from .lexicon import Lexicon
from .titles import Chain, ChainParser, TitleMatch
from .tokens import Tok

NameSpan = tuple[int, int]
#: adverbs between a name and the cue (``X đã được bầu vào``)
_ADVERBS = frozenset({"đã", "cũng", "đều", "vừa", "lại", "tiếp", "tục"})
_CLAUSE_MARKS = frozenset(";.:")
#: tokens back from a dismissed title to look for the dismissal cue
_DISMISSAL_WINDOW = 8


def _bodies(parser: ChainParser, k: int) -> list[TitleMatch]:
    """The bodies named from token ``k`` on, joined by ``và`` or commas."""
    lex, words, toks = parser.lex, parser.words, parser.toks
    out: list[tuple[TitleMatch, int]] = []
    while k < parser.n and toks[k].capital and not toks[k].newline_before:
        head = lex.membership_bodies.match(words, k)
        if not head:
            break
        end, _, _ = parser.org_scan(k, k + head, split_at=lex.membership_bodies)
        out.append((TitleMatch(k, k, end, implied_role=lex.membership_role), k + head))
        if end < parser.n and (words[end] == "và" or toks[end].text == ","):
            k = end + 1
            continue
        break
    if not out:
        return []
    last, last_head = out[-1]
    for seat, head_end in out[:-1]:
        if seat.end == head_end and last.end > last_head:
            seat.shared = (last_head, last.end)
    return [seat for seat, _ in out]


def _subjects(toks: list[Tok], words: list[str], i: int, ends: dict[int, int], lex: Lexicon) -> list[NameSpan]:
    """The name ending right before token ``i`` (adverbs aside), and names listed before it."""
    e = i
    while e > 0 and words[e - 1] in _ADVERBS:
        e -= 1
    out: list[NameSpan] = []
    while (e - 1) in ends:
        span = (ends[e - 1], e)
        out.insert(0, span)
        hon = honorific_before(toks, words, span[0], lex)
        q = hon[0] if hon else span[0]
        if q < 2 or not (words[q - 1] == "và" or toks[q - 1].text == ","):
            break
        e = q - 1
    return out


def _objects(toks: list[Tok], words: list[str], v: int, ends: dict[int, int], lex: Lexicon) -> list[NameSpan]:
    """``bầu đồng chí X, đồng chí Y vào``: the names before ``vào`` (token ``v``) after an active verb."""
    listed = _subjects(toks, words, v, ends, lex)
    if not listed:
        return []
    hon = honorific_before(toks, words, listed[0][0], lex)
    q = hon[0] if hon else listed[0][0]
    for k in range(max(0, q - 3), q):
        # the cue's verb, written before the name instead of before "vào"; a passive
        # "được bầu" has its subject before it, not after
        verb = words[k:q] + ["vào"]
        if words[k] != "được" and lex.membership_cues.match(verb, 0) == len(verb):
            return listed
    return []


def membership_seats(parser: ChainParser, ends: dict[int, int]) -> list[tuple[list[NameSpan], list[TitleMatch]]]:
    """``(holders, seats)`` for every membership cue followed by a committee."""
    toks, words, lex = parser.toks, parser.words, parser.lex
    out = []
    for i in parser.anchors.membership:
        cue = lex.membership_cues.match(words, i)
        if cue:
            seats = _bodies(parser, i + cue)
            owners = _subjects(toks, words, i, ends, lex) if seats else []
        elif words[i] == "vào":
            seats = _bodies(parser, i + 1)
            owners = _objects(toks, words, i, ends, lex) if seats else []
        else:
            continue
        if owners:
            out.append((owners, seats))
    return out


def _after_term(toks: list[Tok], words: list[str], j: int) -> int:
    """Past a term written after a title (``, nhiệm kỳ 2016 – 2021``), else ``j``."""
    k = j + (j < len(toks) and toks[j].text == ",")
    if words[k:k + 2] != ["nhiệm", "kỳ"]:
        return j
    k += 2
    while k < len(toks) and (toks[k].text[0].isdigit() or toks[k].text in "-–"):
        k += 1
    return k


def _named_after(toks: list[Tok], words: list[str], k: int, names: dict[int, int], lex: Lexicon):
    """Names from token ``k``: ``ông X``, or a list ``các ông: A, B và C``, and the
    list's honorific (``ông``) that each member takes."""
    listed = words[k] == "các"
    k += listed
    h = lex.honorific_at(toks, words, k)
    shared = (k, k + h) if listed and h else None
    k += h
    if listed and k < len(toks) and toks[k].text == ":":
        k += 1
    out: list[NameSpan] = []
    while k in names and not toks[k].newline_before:
        out.append((k, names[k]))
        j = names[k]
        if not listed or j + 1 >= len(toks) or not (toks[j].text == "," or words[j] == "và"):
            break
        k = j + 1 + lex.honorific_at(toks, words, j + 1)
    return out, shared


def dismissed(toks: list[Tok], words: list[str], chain: Chain, names: dict[int, int],
              lex: Lexicon) -> tuple[list[NameSpan], Optional[NameSpan]]:
    """The names after ``đối với`` that a dismissal (or election) clause gives ``chain`` to,
    and the honorific of a list of them (``các ông: A, B``), if any."""
    j = _after_term(toks, words, chain.end)
    link = lex.dismissal_links.match(words, j)
    if not link or j + link >= len(toks):
        return [], None
    named, shared = _named_after(toks, words, j + link, names, lex)
    if not named:
        return [], None
    for c in range(chain.start - 1, max(-1, chain.start - _DISMISSAL_WINDOW), -1):
        if toks[c].text in _CLAUSE_MARKS:
            break
        if lex.dismissal_cues.match(words, c):
            return named, shared
    return [], None
