"""Who holds a title chain: the name after it, the name before it, or the clause's subject.

- title first: the chain's own closing name (``Bí thư Tỉnh ủy Đặng Hồng Quân``),
  and names listed after it (``các Phó Thủ tướng A, B, C``);
- name first: a name, then a comma, dash or colon, then the chain
  (``đồng chí X – Phó Bí thư …``, ``A, Phó Chủ tịch …; B, Trưởng ban …``), and a
  name joined to it by ``và`` that has no title of its own
  (``bà A và ông B, Phó Chủ tịch UBND huyện``);
- appointment: a chain after ``giữ chức``/``bầu làm``/``tái đắc cử`` belongs to every
  name in the clause before the cue (``các đồng chí A, … và B, … được bầu làm …``);
- otherwise the names written after the chain's end: a colon list (``các Phó Chủ tịch
  UBND tỉnh: A, B và C``) or a comma and a degree (``Thứ trưởng Bộ Y tế, PGS.TS A``).
"""
from __future__ import annotations

from typing import Collection, Optional

from .lexicon import Lexicon
from .titles import Chain
from .tokens import Tok

NameSpan = tuple[int, int]
# between a name and its titles: "A, Bí thư …", "A – Bí thư …", "A: …", "A (Bí thư …)"
_SEPARATORS = frozenset(",-:(")
_CLAUSE_MARKS = frozenset(";.:")
_CUE_WINDOW = 4
#: how many more honorifics a comma may join to the one next to a name (``Thiếu tướng, GS.TS, NGND X``)
_JOINED_HONORIFICS = 2


def _honorific_ending(toks: list[Tok], words: list[str], i: int, lex: Lexicon) -> Optional[tuple[int, int]]:
    opens = lex.honorifics.by_first
    for k in range(max(0, i - 4), i):
        if words[k] in opens and lex.honorific_at(toks, words, k, i) == i - k:
            return k, i
    return None


def honorific_before(toks: list[Tok], words: list[str], i: int, lex: Lexicon) -> Optional[tuple[int, int]]:
    """Tokens ``(k, i)`` of an honorific that ends right before token ``i``.

    Of a rank and a degree joined by a comma (``Thượng tá, ThS. X``) the first is
    the one written before the name.
    """
    found = _honorific_ending(toks, words, i, lex)
    for _ in range(_JOINED_HONORIFICS):
        if not (found and found[0] >= 2 and words[found[0] - 1] == ","):
            break
        earlier = _honorific_ending(toks, words, found[0] - 1, lex)
        if earlier is None:
            break
        found = earlier
    return found


def _name_first(toks: list[Tok], words: list[str], chain: Chain, ends: dict[int, int],
                lex: Lexicon) -> list[NameSpan]:
    s = chain.start
    if s < 2 or toks[s - 1].text not in _SEPARATORS or (s - 2) not in ends or toks[s].newline_before:
        return []
    owner = (ends[s - 2], s - 1)
    out = [owner]
    hon = honorific_before(toks, words, owner[0], lex)
    q = hon[0] if hon else owner[0]
    if q >= 2 and words[q - 1] == "và" and (q - 2) in ends:
        out.insert(0, (ends[q - 2], q - 1))
    return out


def _appointed(toks: list[Tok], words: list[str], chain: Chain, names: dict[int, int],
               lex: Lexicon) -> list[NameSpan]:
    s = chain.start
    opens = lex.cues.by_first
    cue = next((k for k in range(max(0, s - _CUE_WINDOW), s)
                if words[k] in opens and lex.cues.match(words, k, s) == s - k), None)
    if cue is None:
        return []
    begin = cue
    while begin > 0 and toks[begin - 1].text not in _CLAUSE_MARKS and not toks[begin].newline_before:
        begin -= 1
    return [(a, b) for a, b in names.items() if begin <= a and b <= cue]


def holders(toks: list[Tok], words: list[str], chain: Chain, names: dict[int, int],
            ends: dict[int, int], lex: Lexicon, closed: Collection[NameSpan] = ()) -> list[NameSpan]:
    """The names that hold ``chain`` (empty when none is written next to it).

    Args:
        closed: names that close an earlier title-first chain. Such a name before the
            chain yields to a name after it (``Thứ trưởng Bộ KH&ĐT A, Thứ trưởng Bộ Y tế,
            PGS.TS B``: the second chain is B's).
    """
    if chain.owner is not None:
        return [chain.owner] + chain.more_owners
    before = _name_first(toks, words, chain, ends, lex)
    if before and chain.trailing and before[-1] in closed:
        return chain.trailing
    return before or _appointed(toks, words, chain, names, lex) or chain.trailing
