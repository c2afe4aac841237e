"""Figures with their units: ``1.234,5 tỷ đồng`` → (1234.5, ``tỷ đồng``), ``27 người``,
``hai mươi bảy người`` → 27, ``13/16 văn bản`` → 13, ``7-7,5%`` → 7 (the lower bound, with
the upper one kept: a planned dash range aims at it), ``từ 2.000 đến 2.500 đoàn viên`` → 2000
(a floor: "at least", as the real articles' annotators read it)."""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Optional

import regex

from ..numbers import parse_number, parse_number_words

# A run of number words that is one ambiguous word ("năm" is also "year") is not a figure.
_AMBIGUOUS_WORDS = frozenset({"năm", "tư", "một", "lăm", "mốt"})
_SPLIT = regex.compile(r"\s*(?:[/-]|\s(?:đến|tới)\s)\s*")
_RANGE = regex.compile(r"\s*-\s*")
# A figure of only these characters holds no "/", "-" or space to split at.
_PLAIN = frozenset("0123456789.,")


class Value(NamedTuple):
    """A figure and its unit; offsets of the figure and of the whole ``figure unit``."""

    value: float
    unit: str
    num_start: int
    num_end: int
    end: int
    upper: Optional[float] = None  # the upper end of a range ("4 – 4,5%" → 4.5)

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"


def parse_figure(text: str, numbers: Optional[dict] = None) -> Optional[float]:
    """The value of a figure as written: digits, ``X/Y`` and ``X-Y`` (the first part), or words."""
    first = text if _PLAIN.issuperset(text) else _SPLIT.split(text.strip(), maxsplit=1)[0]
    value = _number(first)
    if value is not None:
        return value
    if text.strip().lower() in _AMBIGUOUS_WORDS:
        return None
    return parse_number_words(text, numbers)


@lru_cache(maxsize=4096)
def _number(raw: str) -> Optional[float]:
    # the same figures recur through an article ("2024", "100"): read each once
    return parse_number(raw)


def _upper(figure: str) -> Optional[float]:
    if "-" not in figure:
        return None  # no range
    parts = _RANGE.split(figure.strip(), maxsplit=1)
    return _number(parts[1]) if len(parts) == 2 else None


def values_in(text: str, view: str, start: int, end: int, lex: dict, numbers: Optional[dict] = None) -> list[Value]:
    """Every ``figure unit`` in ``view[start:end]``, in order (units cut from ``text``)."""
    out = []
    for m in lex["value"].finditer(view, start, end):
        value = parse_figure(m["num"], numbers)
        if value is None:
            continue
        raw = text[m.start("unit"):m.end("unit")].strip()
        unit = "%" if raw.startswith("%") or raw.lower().startswith("phần") else raw
        out.append(Value(value, unit, m.start("num"), m.end("num"), m.end(), _upper(m["num"])))
    return out
