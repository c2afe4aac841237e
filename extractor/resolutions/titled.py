"""Unnumbered documents named by a title, a subject or an issuer.

``Đề án "Phát triển vùng chè chất lượng cao …"`` (the quoted title is the subject),
``Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2024``,
``Chỉ thị của Bộ Chính trị về …``. A capitalised type followed by ``về`` or ``của``
names one document only inside a sentence (a sentence may open with the generic
noun), and only when a subject follows.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from .reference import Reference

if TYPE_CHECKING:
    from .parse import ReferenceParser

# Not ";": a list of acts ("… 15/NQ-HĐND về …; Nghị quyết về …") goes on inside its sentence.
_SENTENCE_ENDS = frozenset(".:!?\n")
# A quoted title is a long noun phrase, not a paragraph.
_MAX_TITLE = 60


def quoted_end(tokens, k: int) -> int:
    """Past the closing quote of a non-empty title quoted at token ``k`` on one line, else -1."""
    if tokens.low[k:k + 1] != ['"']:
        return -1
    close = k + 1
    while close < len(tokens) and close - k <= _MAX_TITLE and tokens.low[close] not in ('"', "\n"):
        close += 1
    if close >= len(tokens) or tokens.low[close] != '"' or close == k + 1:
        return -1
    return close + 1


def read_titled(parser: "ReferenceParser", i: int, j: int, doc_type: str) -> Optional[Reference]:
    """The unnumbered reference whose type spans tokens ``[i, j)``, or None.

    Args:
        parser: the text's reference parser (its readers of dates, issuers, subjects).
        i: the type's first token.
        j: the first token after the type.
        doc_type: the type as named in a record.
    """
    tk, lex = parser.tk, parser.lex
    ref = Reference(i, j, doc_type, "titled")
    if tk.low[j] == '"':
        k = parser.quoted_subject_at(j, ref)
        if k == j:
            return None
        k = parser.issued_at(k, ref)
        parser.issuer_at(k, ref)
        return ref
    if i == 0 or tk.low[i - 1] in _SENTENCE_ENDS:
        return None
    k = j
    if parser.lower_phrase(lex.issuer_intro, j):
        k = parser.issuer_at(j, ref)
        if ref.issuer is None:
            return None
        k = parser.issued_at(k, ref)
    if not parser.lower_phrase(lex.subject_intro, k):
        # "theo Nghị quyết của BCH đã đề ra": a resolution named by the committee that passed it.
        return ref if ref.issuer and _named_by_issuer(parser, i, j, k) else None
    parser.subject_at(k, ref, verbs=False)
    return ref if ref.subject else None


def _named_by_issuer(parser: "ReferenceParser", i: int, j: int, k: int) -> bool:
    """Whether a type at ``[i, j)`` names one document by the issuing body alone (read up to ``k``)."""
    tk, lex = parser.tk, parser.lex
    s = j + parser.lower_phrase(lex.issuer_intro, j)
    body = lex.committee_heads.match(tk, s)
    return lex.issuer_named.match(tk, i) == j - i and body > 0 and s + body <= k
