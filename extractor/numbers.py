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


def _word_table(data: Optional[dict] = None) -> dict:
    if data is None:
        from .lang import load

        data = load("numbers")
    return data


def number_words(data: Optional[dict] = None) -> list[str]:
    """Every word that can be part of a number written in words (for building patterns)."""
    d = _word_table(data)
    return [*d["number_digits"], d["number_ten"], d["number_tens"], *d["number_zero_tens"], *d["number_scales"]]


def parse_number_words(text: str, data: Optional[dict] = None) -> Optional[float]:
    """Read a number written in Vietnamese words: ``hai mươi bảy`` → 27.

    ``mười hai`` → 12, ``hai mươi mốt`` → 21, ``một trăm lẻ năm`` → 105,
    ``ba nghìn hai trăm`` → 3200. Returns None when the words do not form a
    number (``hai ba``, ``mươi``, unknown words).
    """
    d = _word_table(data)
    digits, scales = d["number_digits"], d["number_scales"]
    words = text.lower().split()
    if not words:
        return None
    total, group, cur = 0, 0, 0
    last = None  # kind of the previous word, to reject "hai ba" or "mươi" alone
    for w in words:
        if w in digits:
            if last == "digit":
                return None
            cur += digits[w]
            last = "digit"
        elif w == d["number_ten"]:
            if last == "digit" or cur >= 10:
                return None
            cur += 10
            last = "ten"
        elif w == d["number_tens"]:
            if last != "digit" or not 1 <= cur <= 9:
                return None
            cur *= 10
            last = "ten"
        elif w in d["number_zero_tens"]:
            if last != "scale":
                return None
            last = "zero"
        elif w in scales:
            scale = scales[w]
            if scale == 100:
                if last != "digit" or cur > 9:
                    return None
                group += cur * 100
            else:
                if last is None:
                    return None
                total += (group + cur) * scale
                group = 0
            cur = 0
            last = "scale"
        else:
            return None
    if last == "zero":
        return None
    return float(total + group + cur)


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
