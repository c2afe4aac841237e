"""Congresses and plenums: ``Đại hội Đảng bộ tỉnh lần thứ XX``, ``Hội nghị lần thứ tám``, ordinals.

Every reader takes a token index and returns where what it read ends (a token
index, exclusive) with the parts, or None when the tokens do not read as one.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..numbers import roman_to_int
from .patterns import Lexicon, Tokens

# A congress's name ("Đảng bộ Khối Doanh nghiệp thành phố") is a few words long.
_MAX_NAME = 12


@dataclass
class Congress:
    """A congress named in the text: tokens ``[start, end)``, its ordinal, whether it is the Party's."""

    start: int
    end: int
    ordinal: Optional[int]
    national: bool
    name_end: int  # end of the name when a term follows without an ordinal


def read_ordinal(tokens: Tokens, i: int, lex: Lexicon) -> tuple[Optional[int], int]:
    """An ordinal at token ``i``: Roman (``XIII``), digits (``8``) or a word (``tám``).

    Returns ``(value, next index)``, or ``(None, i)``.
    """
    if i >= len(tokens):
        return None, i
    low = tokens.low[i]
    if low.isdigit() and len(low) <= 3:
        return int(low), i + 1
    if tokens.text(i).isupper():
        value = roman_to_int(tokens.text(i))
        if value is not None:
            return value, i + 1
    for n in (2, 1):
        value = lex.ordinal_words.get(tuple(tokens.low[i:i + n]))
        if value is not None and tokens.is_lower(i):
            return value, i + n
    return None, i


def _national_tail(tokens: Tokens, i: int, lex: Lexicon) -> int:
    """Length of a following ``của Đảng`` (a congress of the whole Party)."""
    n = lex.national_congress.match(tokens, i)
    return n if n and tokens.is_lower(i) and tokens.is_cap(i + n - 1) else 0


def read_congress(tokens: Tokens, i: int, lex: Lexicon) -> Optional[Congress]:
    """A congress starting at ``Đại hội`` (token ``i``), named up to its ordinal or its term.

    ``Đại hội XIII của Đảng``, ``Đại hội Đảng bộ tỉnh lần thứ XX``,
    ``Đại hội Đảng bộ VNPT Hải Phòng`` (before ``nhiệm kỳ``). None for a bare ``Đại hội``.
    """
    n = lex.congress_word.match(tokens, i)
    if not n or not tokens.is_cap(i):
        return None
    k = i + n
    ordinal, after = read_ordinal(tokens, k, lex)
    if ordinal is not None and tokens.text(k).isupper():
        tail = _national_tail(tokens, after, lex)
        end = after + tail if tail else read_body_name(tokens, after, lex)
        return Congress(i, end, ordinal, bool(tail), end)
    for _ in range(_MAX_NAME + 1):
        if k >= len(tokens) or not tokens.is_word(k):
            return None
        lt = lex.ordinal_intro.match(tokens, k)
        if lt:
            ordinal, after = read_ordinal(tokens, k + lt, lex)
            if ordinal is None:
                return None
            tail = _national_tail(tokens, after, lex)
            national = bool(tail) or any(
                lex.national_congress.match(tokens, j) for j in range(i + n, k)
            )
            return Congress(i, after + tail, ordinal, national, after + tail)
        if lex.term_words.match(tokens, k):
            return Congress(i, k, None, False, k) if k > i + n else None
        if tokens.is_lower(k) and lex.congress_stops.match(tokens, k) or lex.doc_type(tokens, k)[1]:
            return None
        k += 1
    return None


def read_body_name(tokens: Tokens, k: int, lex: Lexicon) -> int:
    """Past the body named after a congress's Roman numeral (``Đại hội VII Hội Nông dân Việt Nam``).

    The name opens with a body word (``Hội``, ``Đoàn``, ``Công đoàn``) and ends on a
    capitalised word or a place word (``Hội Cựu chiến binh tỉnh``); a word that
    cannot belong to a congress's name ends it. Returns ``k`` when no body is named.
    """
    n = lex.congress_bodies.match(tokens, k)
    if not n or not tokens.is_cap(k):
        return k
    last = e = k + n
    while e < len(tokens) and e - k < _MAX_NAME and tokens.is_word(e):
        if tokens.is_cap(e):
            if lex.doc_type(tokens, e)[1]:
                break
            e += 1
            last = e
            continue
        m = lex.congress_name_words.match(tokens, e) or lex.issuer_places.match(tokens, e)
        if m:
            e += m
            last = e
            continue
        if lex.congress_stops.match(tokens, e) or lex.term_words.match(tokens, e) \
                or lex.ordinal_intro.match(tokens, e):
            break
        e += 1
    return last


def read_congress_name(tokens: Tokens, k: int, lex: Lexicon) -> int:
    """Where the name of a congress written without ordinal or term ends (token ``k`` follows ``Đại hội``).

    The name holds capitalised words (``Đảng bộ``, ``Đoàn``, ``VNPT``), place words
    (``tỉnh``) and the few lower-case words of a congress's kind (``đại biểu``,
    ``đồng cổ đông thường niên``). Returns ``k`` when no name is written.
    """
    start = k
    while k < len(tokens) and k - start < _MAX_NAME and tokens.is_word(k):
        if tokens.is_cap(k):
            if lex.doc_type(tokens, k)[1]:
                break
            k += 1
            # The second syllable of a capitalised word ("Đảng bộ", "Thanh niên").
            if tokens.is_lower(k) and not lex.congress_stops.match(tokens, k) \
                    and not lex.congress_name_words.match(tokens, k) and not lex.issuer_places.match(tokens, k):
                k += 1
            continue
        n = lex.congress_name_words.match(tokens, k) or lex.issuer_places.match(tokens, k)
        if not n:
            break
        k += n
    return k


def read_plenum(tokens: Tokens, i: int, lex: Lexicon) -> Optional[tuple[int, int, Optional[int]]]:
    """A Central Committee plenum at token ``i``.

    ``Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XIII`` (issuer: the committee),
    ``Trung ương 4 khóa XII``, ``Hội nghị Trung ương 4``.

    Returns ``(end, issuer_start, ordinal)``; ``issuer_start`` is -1 when no committee is written.
    """
    k = i
    n = lex.plenum_words.match(tokens, k)
    if n and tokens.is_cap(k):
        k += n
        lt = lex.ordinal_intro.match(tokens, k)
        if lt:
            ordinal, k = read_ordinal(tokens, k + lt, lex)
            if ordinal is None:
                return None
            c = lex.central_committee.match(tokens, k)
            if c and tokens.is_cap(k):
                return term_of_office(tokens, k + c, lex), k, ordinal
            # "Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh khóa XVI": a local committee's plenum.
            c = lex.plenum_bodies.match(tokens, k)
            if c and tokens.is_cap(k):
                return term_of_office(tokens, read_congress_name(tokens, k + c, lex), lex), k, ordinal
            return k, -1, ordinal
    c = lex.central_words.match(tokens, k)
    if not c or not tokens.is_cap(k):
        return None
    ordinal, after = read_ordinal(tokens, k + c, lex)
    if ordinal is None:
        return None
    return term_of_office(tokens, after, lex), -1, ordinal


def read_session(tokens: Tokens, i: int, lex: Lexicon) -> Optional[tuple[int, int, Optional[int]]]:
    """A council's session at token ``i``: ``Kỳ họp thứ 20 HĐND tỉnh khóa XVIII``, ``kỳ họp thứ 7``.

    Returns ``(end, issuer_start, ordinal)`` as :func:`read_plenum`; the issuer is the council
    when one is written after the session number.
    """
    n = lex.session_words.match(tokens, i)
    if not n:
        return None
    ordinal, k = read_ordinal(tokens, i + n, lex)
    if ordinal is None:
        return None
    s = k + 1 if tokens.low[k:k + 1] == [","] else k
    c = lex.issuer_heads.match(tokens, s)
    if not c or not tokens.is_cap(s):
        return k, -1, ordinal
    e = s + c
    e += lex.issuer_places.match(tokens, e) if tokens.is_lower(e) else 0
    return term_of_office(tokens, e, lex), s, ordinal


def term_of_office(tokens: Tokens, i: int, lex: Lexicon) -> int:
    """Past a ``khóa XIII`` or a bracketed ``(khóa XII)`` at token ``i``."""
    bracket = tokens.low[i:i + 1] == ["("]
    n = lex.term_of_office_words.match(tokens, i + bracket)
    if n:
        ordinal, after = read_ordinal(tokens, i + bracket + n, lex)
        if ordinal is not None and not bracket:
            return after
        if ordinal is not None and tokens.low[after:after + 1] == [")"]:
            return after + 1
    return i


def ordinal_in(tokens: Tokens, start: int, end: int, lex: Lexicon) -> Optional[int]:
    """The ordinal written as ``lần thứ …`` between tokens ``start`` and ``end``."""
    for k in range(start, end):
        lt = lex.ordinal_intro.match(tokens, k)
        if lt:
            return read_ordinal(tokens, k + lt, lex)[0]
    return None


def congress_mentions(tokens: Tokens, lex: Lexicon) -> list[Congress]:
    """Every congress named with an ordinal (``Đại hội … lần thứ XVII``), in text order."""
    found = []
    resume = 0
    for i in tokens.indices_of(lex.congress_word.firsts):
        if i < resume or not lex.congress_word.match(tokens, i):
            continue
        c = read_congress(tokens, i, lex)
        if c is not None and c.ordinal is not None:
            found.append(c)
            resume = c.end
    return found
