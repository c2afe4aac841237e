"""Vietnamese number formats: ``1.234,5`` (dot thousands, comma decimals) and their mirror."""
from __future__ import annotations

from typing import Optional

import regex

# Longest forms first; bounded repetition keeps the pattern linear.
NUMBER = r"(?:\d{1,3}(?:\.\d{3}){1,6}(?:,\d{1,6})?|\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,6})?|\d{1,15}(?:[.,]\d{1,6})?)"
NUMBER_RE = regex.compile(NUMBER)


def parse_number(text: str) -> Optional[float]:
    """Read a number written the Vietnamese way, or the English way when unambiguous.

    ``19,87`` → 19.87; ``1.234,5`` → 1234.5; ``1.234`` → 1234 (thousands);
    ``7.5`` → 7.5 (a dot followed by other than three digits is a decimal point);
    ``1,234.5`` → 1234.5. Returns None for anything else.
    """
    s = text.strip().replace(" ", "")
    if not s or not NUMBER_RE.fullmatch(s):
        return None
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        head, _, tail = s.rpartition(",")
        # "1,234" with exactly three digits and more than one group is English thousands.
        if s.count(",") > 1:
            s = s.replace(",", "")
        else:
            s = f"{head}.{tail}"
    elif "." in s:
        groups = s.split(".")
        if len(groups) > 2 or len(groups[-1]) == 3:
            s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_RE = regex.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def roman_to_int(text: str) -> Optional[int]:
    """Read a Roman numeral in canonical form (``XIII`` → 13, ``xx`` → 20); None otherwise."""
    s = text.strip().upper()
    if not s or not _ROMAN_RE.fullmatch(s):
        return None
    total = 0
    for i, ch in enumerate(s):
        value = _ROMAN_VALUES[ch]
        # A smaller numeral before a larger one is subtracted (IV, XC).
        if i + 1 < len(s) and _ROMAN_VALUES[s[i + 1]] > value:
            total -= value
        else:
            total += value
    return total
