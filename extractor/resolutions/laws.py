"""Laws named by their title: ``Luật Đất đai năm 2024``, ``Bộ luật Lao động 2019``, ``Luật Đầu tư công``."""
from __future__ import annotations

from typing import Callable, Optional

from .patterns import Lexicon, Tokens

# A law's name before its year ("Sử dụng năng lượng tiết kiệm và hiệu quả").
_MAX_LAW = 12


def read_law(tokens: Tokens, j: int, lex: Lexicon, date_at: Callable) -> Optional[int]:
    """Where the name of a law starting at token ``j`` (after its type) ends, or None.

    The name is capitalised; it runs to its year (a date item, ``năm 2024`` or ``2019``)
    when one follows, else to the first word that cannot belong to it. ``(sửa đổi)`` is kept.

    Args:
        tokens: the text's tokens.
        j: the first token after ``Luật``/``Bộ luật``.
        lex: the language data.
        date_at: ``date_at(index, kinds)`` → the date item starting at a token, or None.
    """
    year = date_at(j, ("year",))
    if year is not None:
        return tokens.at(year.end)  # "Hiến pháp năm 2013"
    if not tokens.is_cap(j) or not tokens.is_word(j) or tokens.low[j][0].isdigit():
        return None

    def stop(k: int, joins_allowed: bool) -> bool:
        if lex.doc_type(tokens, k)[1]:
            return True
        if not tokens.is_lower(k) or not lex.law_stops.match(tokens, k):
            return False
        if lex.number_words.match(tokens, k) and not (k + 1 < len(tokens) and tokens.low[k + 1][0].isdigit()):
            return False  # "Pháp lệnh Dân số": "số" ends a name only before a number
        return not (joins_allowed and lex.law_name_joins.match(tokens, k))

    # A name that runs to its year may hold "và" ("... tiết kiệm và hiệu quả năm 2010")
    # and commas ("Luật Trật tự, an toàn giao thông đường bộ năm 2024").
    k = j
    while k < len(tokens) and k - j < _MAX_LAW and (tokens.is_word(k) or tokens.low[k] == ","):
        year = date_at(k, ("year",))
        if year is not None and k > j and tokens.low[k - 1] != ",":
            return tokens.at(year.end)
        if k > j and stop(k, joins_allowed=True):
            break
        k += 1
    k = j
    while k < len(tokens) and k - j < _MAX_LAW and tokens.is_word(k) and not date_at(k, ("year",)):
        if k > j and stop(k, joins_allowed=False):
            break
        k += 1
    if k == j:
        return None
    k += lex.law_amended.match(tokens, k)
    year = date_at(k, ("year",))
    return tokens.at(year.end) if year is not None else k
