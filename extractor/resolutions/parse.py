"""Read one document reference at a token: its type, then number or name, date, issuer, subject.

``Nghị quyết số 35/NQ/TW ngày 22/10/2018 của Bộ Chính trị khóa XII về tăng cường …``
is read left to right: type, number, ``ngày`` + a date found by the date
component, ``của`` + issuer, ``về`` + subject. Unnumbered references are read
by what names them: a congress, a plenum, an issuing body, or a law's name.
"""
from __future__ import annotations

from typing import Optional

from .congress import ordinal_in, read_congress, read_congress_name, read_plenum, read_session, term_of_office
from .kinds import read_acting, read_kind, read_period_named
from .laws import read_law
from .patterns import Lexicon, Tokens
from .reference import Reference
from .subject import SubjectScanner
from .titled import quoted_end, read_titled

# An issuer is a body's name, not a clause: at most this many syllables
# ("Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII" has 13).
_MAX_ISSUER = 16
# "Chương trình hành động số …": lower-case words between the type and "số".
_MAX_QUALIFIER = 3
_DASHES = frozenset("-–—")
# Any date item ends an issuer ("của HĐND tỉnh nhiệm kỳ 2021 - 2026", "của UBND tỉnh năm 2024").
_ANY_DATE = ("date", "datetime", "month", "quarter", "half_year", "year", "range")


class ReferenceParser:
    """Reads references in one text. ``dates`` maps a date item's start offset to the item."""

    def __init__(self, text: str, tokens: Tokens, lex: Lexicon, dates: dict):
        self.text = text
        self.tk = tokens
        self.lex = lex
        self.dates = dates
        self.subjects = SubjectScanner(tokens, lex)

    # -- helpers --------------------------------------------------------------
    def _cut(self, i: int, j: int) -> str:
        return self.text[self.tk.starts[i]:self.tk.ends[j - 1]]

    def _date_at(self, i: int, kinds: tuple[str, ...]):
        if i >= len(self.tk):
            return None
        d = self.dates.get(self.tk.starts[i])
        return d if d is not None and d.kind in kinds else None

    def lower_phrase(self, phrases, i: int) -> int:
        return phrases.match(self.tk, i) if self.tk.is_lower(i) else 0

    def _generic(self, i: int) -> bool:
        """A type after ``các``/``những``/``một số``: a generic plural."""
        for n in (1, 2):
            if i - n >= 0 and self.lex.generic_before.match(self.tk, i - n) == n:
                return True
        return False

    # -- entry point ----------------------------------------------------------
    def parse(self, i: int) -> Optional[Reference]:
        """The reference whose type starts at token ``i``, or None."""
        doc_type, n = self.lex.doc_type(self.tk, i)
        if not n:
            doc_type, n = self.lex.lower_doc_type(self.tk, i)
            if n:
                return self._lower(i, i + n, doc_type)
            # "NQ số 35-NQ/TW": an abbreviated type names a document only before its number.
            doc_type = self.lex.abbreviated_type(self.tk, i)
            return self._numbered(i, i + 1, doc_type) if doc_type and i + 1 < len(self.tk) else None
        if self._generic(i):
            return None
        j = i + n
        if j >= len(self.tk):
            return None
        ref = self._numbered(i, j, doc_type)
        if ref is None and self.lex.congress_types.match(self.tk, i) == n:
            ref = self._congress(i, j, doc_type) or self._plenum(i, j, doc_type) or self._named(i, j, doc_type)
        if ref is None and self.lex.named.match(self.tk, i) == n:
            end = read_law(self.tk, j, self.lex, self._date_at)
            ref = Reference(i, end, doc_type, "law") if end is not None else None
        if ref is None:
            ref = read_kind(self, i, doc_type, lower=False)
        if ref is None:
            ref = self._numbered(i, j, doc_type, short=True)
        if ref is None and self.lex.acting_types.match(self.tk, i) == n:
            ref = read_acting(self, i, j, doc_type)
        if ref is None and self.lex.period_named.match(self.tk, i) == n:
            ref = read_period_named(self, i, j, doc_type)
        if ref is None and self.lex.titled.match(self.tk, i) == n:
            ref = read_titled(self, i, j, doc_type)
        return ref

    def _lower(self, i: int, j: int, doc_type: str) -> Optional[Reference]:
        """A type in lower case is the generic noun unless its number, issuer or period names one document.

        ``chỉ thị số 18-CT/HU``, ``tờ trình của Chính phủ về việc …``, ``đề án phát triển … giai đoạn 2021-2025``.
        """
        if self._generic(i) or j >= len(self.tk):
            return None
        ref = self._numbered(i, j, doc_type) or read_kind(self, i, doc_type, lower=True)
        if ref is None and self.lex.period_named.match(self.tk, i) == j - i:
            ref = read_period_named(self, i, j, doc_type)
        return ref

    # -- numbered -------------------------------------------------------------
    def _numbered(self, i: int, j: int, doc_type: str, short: bool = False) -> Optional[Reference]:
        m = self._number(j, short)
        body = self._body_before_number(j) if m is None and not short else 0
        if body:
            m = self._number(j + body, short)
        if m is None and not short:
            # "Chương trình hành động số 15-CTr/TU": a few lower-case words name the kind.
            for q in range(j, min(j + _MAX_QUALIFIER, len(self.tk))):
                if not self.tk.is_lower(q):
                    break
                if self.lex.number_words.match(self.tk, q):
                    m = self._number(q, short)
                    break
        if m is None:
            return None
        k = self.tk.at(m.end())
        ref = Reference(i, k, doc_type, "short" if short else "numbered",
                        number=self.text[m.start("num"):m.end("num")])
        # "Nghị quyết số 10/2016/NQ-HĐND tỉnh ngày …": the council's place word after its number.
        place = self.lower_phrase(self.lex.issuer_places, k)
        if place and (self.lower_phrase(self.lex.date_intro, k + place)
                      or self.lower_phrase(self.lex.issuer_intro, k + place)):
            k = ref.end = k + place
        k = self._past_comma(k, ref, self.issued_at)
        k = self._past_comma(k, ref, self.issuer_at)
        if ref.issuer is None:
            k = self._plenum_issuer(k, ref)
        if ref.issued is None:
            k = self._past_comma(k, ref, self.issued_at)
        if body and ref.issuer is None:
            ref.issuer = self._cut(j, j + body)
        ref.end = self.subject_at(k, ref, verbs=True)
        return ref

    def _body_before_number(self, j: int) -> int:
        """Length of an issuing body between a type and ``số`` (``Nghị quyết HĐQT số 05/NQ-HĐQT``), else 0."""
        n = self.lex.issuer_heads.match(self.tk, j) if self.tk.is_cap(j) else 0
        n += self.lower_phrase(self.lex.issuer_places, j + n) if n else 0
        return n if n and self.lower_phrase(self.lex.number_words, j + n) else 0

    def _past_comma(self, k: int, ref: Reference, reader) -> int:
        """``reader`` at token ``k``, or after a comma there (``số 14-KL/TW, ngày 22/9/2021, của …``)."""
        if self.tk.low[k:k + 1] == [","]:
            after = reader(k + 1, ref)
            return after if after > k + 1 else k
        return reader(k, ref)

    def _number(self, j: int, short: bool):
        m = (self.lex.short_number if short else self.lex.number).match(self.tk.view, self.tk.starts[j])
        if m is not None and short:
            # "Kế hoạch năm 2024" holds a date item, not a document number; "Kế hoạch 5 năm" a quantity.
            k = self.tk.at(m.start("num"))
            if self._date_at(k, ("year",)) or self._date_at(k - 1, ("year",)):
                return None
            if self.lower_phrase(self.lex.number_units, k + 1):
                return None
        return m

    def _plenum_issuer(self, k: int, ref: Reference) -> int:
        """``Nghị quyết số 18-NQ/TW Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII``."""
        p = read_plenum(self.tk, k, self.lex)
        if p is None or not self.lex.plenum_words.match(self.tk, k):
            return k
        end, _, ordinal = p
        ref.issuer, ref.ordinal, ref.end = self._cut(k, end), ordinal, end
        return end

    def issued_at(self, k: int, ref: Reference) -> int:
        date = self._date_at(k, ("date", "datetime"))
        n = self.lower_phrase(self.lex.date_intro, k)
        if date is None and n:
            date = self._date_at(k + n, ("date", "datetime"))
        if date is None:
            return k
        ref.issued = date.start_date
        ref.end = self.tk.at(date.end)
        return ref.end

    def issuer_at(self, k: int, ref: Reference) -> int:
        n = self.lower_phrase(self.lex.issuer_intro, k)
        if not n or not self.tk.is_cap(k + n):
            return k
        s = e = k + n
        while e < len(self.tk) and e - s < _MAX_ISSUER and (self.tk.is_word(e) or self._inner_dash(s, e)):
            if e > s and (self.lower_phrase(self.lex.issuer_stops, e) or self._date_at(e, _ANY_DATE)
                          or self.lex.doc_type(self.tk, e)[1]):
                break
            e += 1
        if self.tk.low[e:e + 1] == ["("] and self.lex.term_of_office_words.match(self.tk, e + 1):
            # "của Bộ Chính trị (khóa XII)": the term of office belongs to the issuer.
            close = term_of_office(self.tk, e + 1, self.lex)
            if close > e + 1 and self.tk.low[close:close + 1] == [")"]:
                e = close + 1
        ref.issuer = self._cut(s, e)
        if ref.ordinal is None:
            ref.ordinal = ordinal_in(self.tk, s, e, self.lex)
        if ref.ordinal is None:
            # "của Hội nghị Trung ương 8 khóa XI": a plenum keeps its number as the ordinal.
            plenum = read_plenum(self.tk, s, self.lex)
            ref.ordinal = plenum[2] if plenum is not None and plenum[0] <= e else None
        ref.end = e
        return e

    def _inner_dash(self, s: int, e: int) -> bool:
        """A dash between two capitalised words of a body's name (``Ban Kinh tế - Ngân sách``)."""
        return e > s and self.tk.low[e] in _DASHES and self.tk.is_word(e - 1) and self.tk.is_cap(e + 1)

    def subject_at(self, k: int, ref: Reference, verbs: bool) -> int:
        if self.tk.low[k:k + 1] == ['"']:
            return self.quoted_subject_at(k, ref)
        n = self.lower_phrase(self.lex.subject_intro, k)
        s = k + n if n else (k if verbs and self.lower_phrase(self.lex.subject_verbs, k) else -1)
        if s < 0:
            return k
        if not n:
            # "quy định về việc …": the subject is what follows "về", as when the verb is absent.
            v = self.lower_phrase(self.lex.subject_verbs, k)
            after = self.lower_phrase(self.lex.subject_intro, k + v)
            s = k + v + after if after else s
        e = self.subjects.scan(s)
        if e <= s:
            return k
        # 'về "Một số vấn đề …"': a subject that is one quoted title is the title.
        quoted = self.tk.low[s] == '"' and quoted_end(self.tk, s) == e
        ref.subject = self._cut(s + 1, e - 1) if quoted else self._cut(s, e)
        ref.end = e
        return e

    def quoted_subject_at(self, k: int, ref: Reference) -> int:
        """A title in quotes at token ``k`` (``Đề án "Phát triển vùng chè …"``) is the subject."""
        close = quoted_end(self.tk, k)
        if close < 0:
            return k
        ref.subject, ref.end = self._cut(k + 1, close - 1), close
        return close

    # -- unnumbered -----------------------------------------------------------
    def _congress(self, i: int, j: int, doc_type: str) -> Optional[Reference]:
        n = self.lex.congress_word.match(self.tk, j)
        if not n or not self.tk.is_cap(j):
            return None
        c = read_congress(self.tk, j, self.lex)
        if c is None:
            end = j + n
            if any(self.lex.generic_after.match(self.tk, q) for q in range(end, min(end + _MAX_QUALIFIER + 1, len(self.tk)))):
                return None  # "Nghị quyết Đại hội Đảng các cấp"
            name_end = read_congress_name(self.tk, end, self.lex)
            year = self._date_at(name_end, ("year",)) if name_end > end else None
            name_end = self.tk.at(year.end) if year is not None else name_end
            current = bool(self.lower_phrase(self.lex.current_congress_after, name_end)) or any(
                self.lower_phrase(self.lex.current_congress_before, i - m) == m for m in (1, 2) if i - m >= 0
            )
            # "Nghị quyết Đại hội Đảng bộ tỉnh" names its congress; linking may name it in full.
            ref = Reference(i, name_end, doc_type, "bare", current=current,
                            congress=self._cut(j, name_end) if name_end > end else None)
            if ref.congress is not None:
                ref.end = self.subject_at(name_end, ref, verbs=False)
            return ref
        # "Nghị quyết Đại hội VII" names its congress by the numeral alone; linking names it in full.
        roman = c.ordinal is not None and self.tk.text(j + n).isupper() and c.end == j + n + 1
        ref = Reference(i, c.end, doc_type, "roman" if roman else "congress",
                        congress=self._cut(j, c.end), ordinal=c.ordinal, national=c.national)
        k = self._term(c.end, ref)
        ref.end = self.subject_at(k, ref, verbs=False)
        return ref

    def _term(self, k: int, ref: Reference) -> int:
        term, after = self.term_at(k)
        if term is not None:
            ref.term = term
            ref.end = after
        return after

    def term_at(self, k: int) -> tuple[Optional[str], int]:
        """A ``, nhiệm kỳ 2020 – 2025`` at token ``k`` (the date component's range item).

        Returns ``(value, next index)``, or ``(None, k)``.
        """
        t = k + 1 if self.tk.low[k:k + 1] == [","] else k
        # "(nhiệm kỳ 2018 – 2023)": a bracketed term is part of the reference.
        bracket = self.tk.low[t:t + 1] == ["("]
        t += bracket
        if self.lex.term_words.match(self.tk, t):
            date = self._date_at(t, ("range",))
            if date is not None:
                after = self.tk.at(date.end)
                if not bracket:
                    return date.value, after
                if self.tk.low[after:after + 1] == [")"]:
                    return date.value, after + 1
        return None, k

    def _plenum(self, i: int, j: int, doc_type: str) -> Optional[Reference]:
        p = read_plenum(self.tk, j, self.lex) or read_session(self.tk, j, self.lex)
        if p is None:
            return None
        end, issuer_start, ordinal = p
        ref = Reference(i, end, doc_type, "plenum", ordinal=ordinal,
                        issuer=self._cut(issuer_start, end) if issuer_start >= 0 else None)
        ref.end = self.subject_at(end, ref, verbs=False)
        return ref

    def _named(self, i: int, j: int, doc_type: str) -> Optional[Reference]:
        """``Nghị quyết HĐND tỉnh``: a resolution named by the body that passed it."""
        n = self.lex.issuer_heads.match(self.tk, j)
        if not n or not self.tk.is_cap(j):
            return None
        e = j + n
        e += self.lower_phrase(self.lex.issuer_places, e)
        ref = Reference(i, e, doc_type, "named", issuer=self._cut(j, e))
        ref.end = self.subject_at(e, ref, verbs=False)
        return ref
