"""Title chains: ``Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh``.

A title is a role from ``titles.yaml`` (opening with a capital letter) and the
organisation written after it. The organisation runs over words until a clause
mark (comma, semicolon, full stop, line break), a verb or link word
(``title_stops``: ``phát biểu``, ``cho biết``, ``cùng``), an honorific, or a
personal name: a name there is the title's holder (the title came first). Titles
joined by commas or ``kiêm`` form one chain, held by one person.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .anchors import Anchors, find_anchors
from .lexicon import Lexicon
from .tokens import Tok

#: a title longer than this many tokens is cut (runaway organisations)
MAX_TITLE_TOKENS = 24
#: words a bracket kept inside a title may hold (``(NHCSXH)``, ``(Tổng LĐLĐVN)``)
_MAX_BRACKET_WORDS = 4
_DASHES = frozenset("-")
#: tokens after a comma searched for the ``của`` that keeps the comma in a body's name
_MAX_COMMA_LOOKAHEAD = 12
#: marks that may open a line of a list, and that may follow a listed name on its line
_BULLETS = frozenset("-+•*")
_AFTER_LISTED = frozenset(",;.-(")


@dataclass
class TitleMatch:
    """One position: tokens ``[start, end)``, the role ``[start, role_end)``.

    A committee seat written without its role (``được bầu vào Ban Thường vụ``) has
    ``role_end == start`` and the role in ``implied_role``; ``shared`` is the
    qualifier it shares with the next body (``Đoàn khối`` in ``Ban Thường vụ và
    BCH Đoàn khối``), as tokens.
    """

    start: int
    role_end: int
    end: int
    implied_role: Optional[str] = None
    shared: Optional[tuple[int, int]] = None


@dataclass
class Chain:
    """Titles joined by commas, and the name that closes them when the title came first."""

    titles: list[TitleMatch]
    #: name tokens ``(start, end)`` right after the last title, if any
    owner: Optional[tuple[int, int]] = None
    #: honorific tokens between the last title and the owner (``Thứ trưởng PGS.TS X``)
    honorific: Optional[tuple[int, int]] = None
    #: names listed after the owner (``các Phó Thủ tướng A, B, C``)
    more_owners: list[tuple[int, int]] = field(default_factory=list)
    #: names after a colon or a comma and a degree, which hold the chain only when no
    #: name stands before it (``các Thứ trưởng: A, B, C``; ``Thứ trưởng Bộ Y tế, PGS.TS A``)
    trailing: list[tuple[int, int]] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.titles[0].start

    @property
    def end(self) -> int:
        return self.titles[-1].end


class ChainParser:
    """Finds title chains in a token stream."""

    def __init__(self, toks: list[Tok], words: list[str], names: dict[int, int], lex: Lexicon,
                 anchors: Optional[Anchors] = None):
        self.toks, self.words, self.names, self.lex = toks, words, names, lex
        self.n = len(toks)
        self.anchors = anchors if anchors is not None else find_anchors(toks, words, lex)

    def role_at(self, i: int) -> int:
        """Tokens of the role opening at ``i`` (0 if none or not capitalised)."""
        if i >= self.n or not self.toks[i].capital:
            return 0
        return self.lex.roles.match(self.words, i)

    def honorific_name_at(self, i: int) -> Optional[tuple[int, int, int]]:
        """``(honorific end, name start, name end)`` for an honorific followed by a name at ``i``."""
        k = self.lex.honorific_at(self.toks, self.words, i)
        if k and i + k in self.names and not self.toks[i + k].newline_before:
            return i + k, i + k, self.names[i + k]
        return None

    def _org_continues_after_and(self, j: int) -> bool:
        # "Bộ Kế hoạch và Đầu tư" goes on; "… và 300 đại biểu", "… và lãnh đạo" do not
        k = j + 1
        if k >= self.n:
            return False
        tok = self.toks[k]
        return not (not tok.word or not tok.capital or tok.text[0].isdigit() or k in self.names
                    or self.lex.honorific_at(self.toks, self.words, k) or self.role_at(k))

    def _bracket_end(self, j: int) -> int:
        """End of a name-like bracket at ``j`` kept in the title (``(UBND)``, ``(Petrovietnam)``), else 0."""
        t = self.toks
        for k in range(j + 1, min(j + 2 + _MAX_BRACKET_WORDS, self.n)):
            if t[k].text == ")":
                return k + 1 if k > j + 1 else 0
            if not (t[k].word and t[k].capital) or k in self.names or t[k].newline_before:
                return 0
        return 0

    def _dash_continues(self, j: int) -> bool:
        # "Ban Tổ chức – Kiểm tra": a dash between capitalised words of one name
        k = j + 1
        return (k < self.n and self.toks[j].text in _DASHES and self.toks[k].word
                and self.toks[k].capital and not self.toks[k].newline_before
                and k not in self.names and not self.role_at(k)
                and not self.lex.honorific_at(self.toks, self.words, k))

    def _name_word(self, k: int) -> bool:
        """Token ``k`` may go on an organisation's name after a mark: a capitalised word,
        on the same line, that opens no name, role or honorific."""
        tok = self.toks[k]
        return (tok.word and tok.capital and not tok.newline_before and k not in self.names
                and not self.role_at(k) and not self.lex.honorific_at(self.toks, self.words, k))

    def _comma_continues(self, j: int) -> bool:
        """A comma inside a body's name: ``Ủy ban Tài chính, Ngân sách của Quốc hội``.

        The words after the comma (more commas allowed, each followed by a name word)
        must reach ``của`` and a capital before any other mark, stop word or name, so
        a chain ``Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức`` still splits.
        """
        if self.toks[j].text != "," or j + 1 >= self.n or not self._name_word(j + 1):
            return False
        k = j + 2
        while k < self.n and k - j <= _MAX_COMMA_LOOKAHEAD:
            tok = self.toks[k]
            if tok.newline_before or k in self.names:
                return False
            if self.words[k] == "của":
                return k + 1 < self.n and self._name_word(k + 1)
            if tok.text == ",":
                if k + 1 >= self.n or not self._name_word(k + 1):
                    return False
            elif not tok.word or (not tok.capital and self.lex.stops.match(self.words, k)):
                return False
            k += 1
        return False

    def org_scan(self, i: int, j: int, split_at=None):
        """Where the organisation of a title opened at ``i`` ends, reading from ``j``.

        Args:
            split_at: phrases that, after ``và``, open a new body (``Ban Thường vụ và
                BCH …``): the scan stops at that ``và``.

        Returns:
            ``(end, owner, honorific)``: the end token and the name (and the honorific
            before it) that closes the title, if any.
        """
        t, words = self.toks, self.words
        inner_first, comma_first = self.lex.inner.by_first, self.lex.comma_phrases.by_first
        stop_first, honorific_first = self.lex.stops.by_first, self.lex.honorifics.by_first
        owner = honorific = None
        while j < self.n and j - i < MAX_TITLE_TOKENS:
            tok = t[j]
            if tok.newline_before:
                break
            if j in self.names:
                owner = (j, self.names[j])
                break
            if tok.word:
                w = words[j]
                # (a phrase set can only match at a word that opens one of its phrases)
                hn = w in honorific_first and self.honorific_name_at(j)
                if hn:
                    honorific, owner = (j, hn[0]), (hn[1], hn[2])
                    break
                inner = ((w in inner_first and self.lex.inner.match(words, j))
                         or (w in comma_first and self.lex.comma_phrases.match(words, j)))
                if inner:
                    j += inner
                    continue
                if not tok.capital and w in stop_first and self.lex.stops.match(words, j):
                    break
                if words[j] == "và" and (not self._org_continues_after_and(j)
                                          or (split_at is not None and split_at.match(words, j + 1))):
                    break
                j += 1
            elif tok.text == "(" and self._bracket_end(j):
                j = self._bracket_end(j)
            elif self._dash_continues(j) or self._comma_continues(j):
                j += 1
            else:
                break
        return j, owner, honorific

    def title_at(self, i: int):
        """Parse one title at ``i``: ``(TitleMatch, owner, honorific)`` or None."""
        r = self.role_at(i)
        if not r:
            return None
        j, owner, honorific = self.org_scan(i, i + r)
        return TitleMatch(i, i + r, j), owner, honorific

    def _joiner(self, j: int) -> int:
        """Tokens of a comma, a dash or a joining word (``kiêm``) at ``j`` between two titles (0 if none).

        A dash joins only when a role follows it (``Tổng Thư ký Quốc hội - Chủ nhiệm
        Văn phòng Quốc hội X``); otherwise it stays inside a name (``Tổ chức – Kiểm tra``).
        """
        if j < self.n and self.toks[j].text in _DASHES:
            return 1 if self.role_at(j + 1) and not self.toks[j + 1].newline_before else 0
        n = 1 if j < self.n and self.toks[j].text == "," else self.lex.joiners.match(self.words, j)
        return n if n and j + n < self.n and not self.toks[j + n].newline_before else 0

    def chain_at(self, i: int) -> Optional[Chain]:
        """Parse a chain of titles opening at ``i``, joined by commas or ``kiêm``."""
        first = self.title_at(i)
        if first is None:
            return None
        title, owner, honorific = first
        chain = Chain([title])
        while owner is None:
            j = title.end
            gap = self._joiner(j)
            if not gap:
                break
            nxt = self.title_at(j + gap)
            if nxt is None:
                break
            title, owner, honorific = nxt
            chain.titles.append(title)
        chain.owner, chain.honorific = owner, honorific
        if owner is not None:
            chain.more_owners = self._listed_names(owner[1])
        else:
            chain.trailing = self._trailing_names(chain.end)
        return chain

    def _trailing_names(self, j: int) -> list[tuple[int, int]]:
        """Names after the chain's end ``j``: a colon list, or a comma, an honorific and one name.

        A name that is followed by a title of its own is not taken after a comma
        (``Chủ tịch Công đoàn, ông A, Trưởng phòng …``).
        """
        t = self.toks
        if j + 1 >= self.n or t[j].text not in ",:":
            return []
        if t[j + 1].newline_before:
            return self._line_list(j + 1) if t[j].text == ":" else []
        k = j + 1
        h = self.lex.honorific_at(self.toks, self.words, k)
        k += h
        if k not in self.names or t[k].newline_before:
            return []
        e = self.names[k]
        if t[j].text == ":":
            listed = [(k, e)] + self._listed_names(e)
            last = listed[-1][1]
            return listed + (self._line_list(last) if last < self.n and t[last].newline_before else [])
        if not h or (e + 1 < self.n and t[e].text in (",", "-") and self.role_at(e + 1)):
            return []
        return [(k, e)]

    def _next_line(self, j: int) -> int:
        """The first token of the line after the one holding token ``j - 1``."""
        while j < self.n and not self.toks[j].newline_before:
            j += 1
        return j

    def _same_line(self, j: int, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The leading ``names`` (in text order) written on the line of token ``j``."""
        out = []
        for a, b in names:
            if any(tok.newline_before for tok in self.toks[j + 1:a + 1]):
                break
            out.append((a, b))
            j = a
        return out

    def _line_list(self, k: int) -> list[tuple[int, int]]:
        """Names opening the lines from token ``k`` on, one a line (``các Phó Chủ tịch:``
        then ``A``, ``B, Phó Chủ tịch Thường trực``): the list ends at a blank line or
        a line that does not open with a name (after an optional bullet and honorific).
        """
        out = []
        t = self.toks
        while k < self.n and t[k].newline_before and not (out and t[k].blank_before):
            a = k + (t[k].text in _BULLETS)
            a += self.lex.honorific_at(t, self.words, a)
            e = self.names.get(a)
            if e is None or t[a].newline_before != (a == k):
                break
            if e < self.n and not t[e].newline_before and t[e].text not in _AFTER_LISTED:
                break
            out.append((a, e))
            k = self._next_line(e)
        return out

    def _listed_names(self, j: int) -> list[tuple[int, int]]:
        """Names listed after a title-first name: ``, B, C`` / ``và C``, each not given its own title."""
        out = []
        t = self.toks
        while j + 1 < self.n and (t[j].text == "," or self.words[j] == "và") and not t[j + 1].newline_before:
            k = j + 1
            k += self.lex.honorific_at(self.toks, self.words, k)
            if k not in self.names:
                break
            e = self.names[k]
            if e + 1 < self.n and t[e].text in (",", "-") and self.role_at(e + 1):
                break
            out.append((k, e))
            j = e
        return out

    def chains(self) -> list[Chain]:
        """Every chain, left to right, none overlapping."""
        out, i = [], 0
        # a chain opens with a role: only the role anchors can open one
        for start in self.anchors.roles:
            if start < i:
                continue
            i = start
            chain = self.chain_at(i)
            if chain is None:
                continue
            out.append(chain)
            # Names listed on later lines may carry titles of their own: read those lines again.
            owners = ([chain.owner] if chain.owner else []) + self._same_line(chain.end, chain.trailing)
            i = max([chain.end, i + 1] + [b for _, b in owners])
        return out
