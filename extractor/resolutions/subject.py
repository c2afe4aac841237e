"""Where a reference's subject ends.

A subject (``về tăng cường công tác an toàn, vệ sinh lao động trong mùa mưa bão``)
is a noun or verb phrase that may hold commas. It ends at a sentence or
clause end (``;``, ``.``, a line break), before a word that starts the rest of
the sentence (``đạt``, ``để``, ``đề ra``, ``trên địa bàn``), before ``và`` + another
reference, or at a comma that opens a new clause (``, trong đó …``, ``, Quý IV/2024 …``,
a chunk holding ``đã``/``sẽ``).
"""
from __future__ import annotations

from .patterns import Lexicon, Tokens

# A subject is at most a long sentence; the bound keeps adversarial input linear.
_MAX_TOKENS = 120
_HARD_STOPS = frozenset(";.:…?!\n")
_SOFT = frozenset('-,"\'')


class SubjectScanner:
    """Finds the end of subjects in one text."""

    def __init__(self, tokens: Tokens, lex: Lexicon):
        self.tk = tokens
        self.lex = lex

    def _lower(self, phrases, i: int) -> int:
        return phrases.match(self.tk, i) if self.tk.is_lower(i) else 0

    def scan(self, s: int) -> int:
        """The token index (exclusive) where the subject starting at token ``s`` ends."""
        tk = self.tk
        last = s
        depth = 0
        quoted = False
        types: set[str] = set()
        i = s
        while i < len(tk) and i - s < _MAX_TOKENS:
            t = tk.low[i]
            if t in _HARD_STOPS:
                break
            if t == "(":
                depth += 1
            elif t == ")":
                if depth == 0:
                    break
                depth -= 1
                last = i + 1
            elif t == '"':
                quoted = not quoted
                if not quoted:
                    last = i + 1
            elif t == ",":
                if not depth and not quoted and self._clause_after_comma(i + 1, types):
                    break
            elif t not in _SOFT:
                if tk.is_word(i) and i > s and self._ends_before(i, types):
                    break
                doc_type, n = self.lex.doc_type(tk, i)
                if n:
                    types.add(doc_type)
                last = i + 1
            i += 1
        return last

    def _ends_before(self, i: int, types: set[str]) -> bool:
        if self._lower(self.lex.subject_stops, i):
            return True
        n = self._lower(self.lex.reference_links, i)
        if not n:
            return False
        doc_type, m = self.lex.doc_type(self.tk, i + n)
        if m:
            return doc_type not in types
        # "… và ban hành Kế hoạch số 142-KH/HU", "… và thực hiện Kết luận số 14-KL/TW":
        # the joined clause acts on another document.
        v = self._lower(self.lex.link_verbs, i + n)
        doc_type, m = self.lex.doc_type(self.tk, i + n + v) if v else ("", 0)
        return bool(m) and self._named_after(i + n + v + m)

    def _named_after(self, k: int) -> bool:
        """Whether a number (``số``, digits) or a quoted title follows a type ending before token ``k``."""
        if k >= len(self.tk):
            return False
        return bool(self._lower(self.lex.number_words, k)) or self.tk.low[k][0].isdigit() or self.tk.low[k] == '"'

    def _clause_after_comma(self, j: int, types: set[str]) -> bool:
        """Whether the text after a comma at ``j`` starts a new clause (then the subject ended)."""
        tk = self.tk
        if j >= len(tk):
            return True
        if tk.is_cap(j) or tk.low[j][0].isdigit():
            # "…, Luật Nhà ở số 27/2023/QH15 và …": a list of documents inside the subject.
            doc_type, n = self.lex.doc_type(tk, j)
            return not (n and doc_type in types)
        if self._lower(self.lex.clause_openers, j):
            return True
        k = j
        while k < len(tk) and k - j < 20 and tk.low[k] not in _HARD_STOPS and tk.low[k] != ",":
            if self._lower(self.lex.clause_markers, k):
                return True
            k += 1
        return False
