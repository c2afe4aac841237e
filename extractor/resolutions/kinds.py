"""Unnumbered documents named by their kind or by the period they plan for.

``Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khóa X``, ``Quy chế hoạt động``,
``Chương trình công tác của Ủy ban … khóa XIV``, ``Kế hoạch toàn khóa thực hiện Nghị
quyết Đại hội``, ``Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND tỉnh``,
``tờ trình của Chính phủ về việc …``: the type and the words after it name one document.
A kind that is also a common phrase (``báo cáo tổng kết``, ``tờ trình``) names one only
with its issuer (``của`` + a capitalised body) or its subject (``về``).

``đề án phát triển kinh tế vườn, kinh tế trang trại giai đoạn 2016-2020``: a project
named by what it does, up to the period it covers.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from .reference import Reference

if TYPE_CHECKING:
    from .parse import ReferenceParser

# Words between a kind and its "của" ("Báo cáo tổng kết công tác xây dựng Đảng năm 2024 của …").
_MAX_QUALIFIER = 10
# A project's name before its period ("phát triển … giai đoạn 2021 – 2025") is a long noun phrase.
_MAX_PERIOD_NAME = 25
_SENTENCE_ENDS = frozenset(".;:!?\n")
_NAME_BREAKS = frozenset('.;:!?\n()"…')


def read_kind(parser: "ReferenceParser", i: int, doc_type: str, lower: bool) -> Optional[Reference]:
    """The document named by its kind at token ``i`` (``Quy chế làm việc …``), or None.

    Args:
        parser: the text's reference parser.
        i: the type's first token.
        doc_type: the type as named in a record.
        lower: whether the type is written in lower case (then only the issuer or
            subject makes it one document).
    """
    tk, lex = parser.tk, parser.lex
    m = lex.kind_names.match(tk, i)
    standalone = bool(m)
    if not m:
        m = lex.issued_kinds.match(tk, i)
    if not m:
        return None
    needs_subject = not standalone and lex.subject_kinds.match(tk, i) == m
    verb_like = lex.verb_types.match(tk, i) > 0
    if lower and not lex.lower_kinds.match(tk, i):
        return None  # "các ban đã báo cáo thẩm tra …", "xây dựng chương trình hành động …": common nouns
    if lower or (verb_like and (i == 0 or tk.low[i - 1] in _SENTENCE_ENDS)):
        standalone = False  # "Báo cáo tại hội nghị, …"
    k = i + m
    k += parser.lower_phrase(lex.kind_extensions, k)
    date = parser._date_at(k, ("year", "range"))
    if date is not None:
        k = tk.at(date.end)
    ref = Reference(i, k, doc_type, "kind")
    if acts_on(parser, ref, k):
        return ref
    if not standalone:
        q = _issuer_ahead(parser, k)
        if q < 0 and not parser.lower_phrase(lex.subject_intro, k):
            # "Báo cáo chính trị, Báo cáo kiểm điểm của Ban Chấp hành …": the issuer is written once.
            return ref if not lower and _kind_follows(parser, k) else None
        k = max(k, q)
    k = parser.issuer_at(k, ref)
    if not standalone and ref.issuer is None and not parser.lower_phrase(lex.subject_intro, k):
        return None
    ref.end = k
    k = parser.issued_at(k, ref)
    parser.subject_at(k, ref, verbs=True)
    return None if needs_subject and ref.subject is None else ref


def read_acting(parser: "ReferenceParser", i: int, j: int, doc_type: str) -> Optional[Reference]:
    """A plan or programme named by the document it carries out, or None.

    ``Kế hoạch thực hiện Nghị quyết số 57-NQ/TW …``, ``Chương trình hành động thực hiện Chỉ thị …``:
    one item, whose subject holds the inner reference.
    """
    k = j + parser.lower_phrase(parser.lex.kind_extensions, j)
    ref = Reference(i, k, doc_type, "kind")
    return ref if acts_on(parser, ref, k) else None


def acts_on(parser: "ReferenceParser", ref: Reference, k: int) -> bool:
    """Whether a verb at token ``k`` carries out another reference (then it ends ``ref``'s subject)."""
    v = parser.lower_phrase(parser.lex.link_verbs, k)
    if not v or not parser.lex.doc_type(parser.tk, k + v)[1]:
        return False
    inner = parser.parse(k + v)
    if inner is None:
        return False
    ref.subject, ref.end = parser._cut(k, inner.end), inner.end
    return True


def _kind_follows(parser: "ReferenceParser", k: int) -> bool:
    """Whether another kind that names one document follows a comma or ``và`` at token ``k``."""
    tk, lex = parser.tk, parser.lex
    if tk.low[k:k + 1] not in ([","], ["và"]):
        return False
    doc_type, n = lex.doc_type(tk, k + 1)
    return bool(n) and read_kind(parser, k + 1, doc_type, lower=False) is not None


def _issuer_ahead(parser: "ReferenceParser", k: int) -> int:
    """The token of a ``của`` + capitalised body within a short qualifier from ``k``, else -1."""
    tk, lex = parser.tk, parser.lex
    for q in range(k, min(k + _MAX_QUALIFIER, len(tk))):
        if parser.lower_phrase(lex.issuer_intro, q):
            return q if tk.is_cap(q + 1) else -1
        if not tk.is_word(q) or tk.is_cap(q) or parser.lower_phrase(lex.subject_stops, q) \
                or parser.lower_phrase(lex.clause_markers, q):
            return -1
    return -1


def read_period_named(parser: "ReferenceParser", i: int, j: int, doc_type: str) -> Optional[Reference]:
    """A project named by what it does up to its period (``đề án phát triển … giai đoạn 2021-2025``).

    Args:
        parser: the text's reference parser.
        i: the type's first token.
        j: the first token after the type.
        doc_type: the type as named in a record.
    """
    tk, lex = parser.tk, parser.lex
    if not tk.is_lower(j) or parser.lower_phrase(lex.number_words, j) or parser.lower_phrase(lex.issuer_intro, j):
        return None
    end = -1
    for q in range(j + 1, min(j + _MAX_PERIOD_NAME, len(tk))):
        date = parser._date_at(q, ("range", "year"))
        if date is not None:
            end = tk.at(date.end)
            break
        if tk.low[q] in _NAME_BREAKS or lex.doc_type(tk, q)[1]:
            return None
        if parser.lower_phrase(lex.subject_stops, q) or parser.lower_phrase(lex.clause_markers, q):
            return None
    if end < 0:
        return None
    end = _period_tail(parser, end)
    ref = Reference(i, end, doc_type, "period", subject=parser._cut(j, end))
    k = parser.issuer_at(end, ref)
    ref.end = max(ref.end, k)
    return ref


def _period_tail(parser: "ReferenceParser", k: int) -> int:
    """Past a ``, tầm nhìn đến năm 2030`` after a period at token ``k``."""
    tk = parser.tk
    if tk.low[k:k + 1] != [","]:
        return k
    n = parser.lower_phrase(parser.lex.period_tails, k + 1)
    if not n:
        return k
    for q in (k + 1 + n, k + 2 + n):
        date = parser._date_at(q, ("range", "year"))
        if date is not None:
            return tk.at(date.end)
    return k
