"""A standard-library ``re`` twin of :data:`.lexicon.TOKEN`, exact on the scripts it covers.

``regex``'s ``\\p{L}``/``\\p{N}``/``\\p{Lu}``/``\\s`` follow a newer Unicode than the
``unicodedata`` of ``re``, and ``re``'s ``\\s`` also holds U+001C–U+001F. The twin
is therefore only used on text whose characters all lie in :data:`SAFE_RANGES`
(Latin with Vietnamese letters, Greek, Cyrillic, punctuation, symbols), where
``tests/officials/test_fastre.py`` checks every code point of each class against
``regex``; whitespace is spelled out as ``regex``'s ``\\s`` set. Because every
non-space character opens a token, ``whitespace* token`` chunks cut the text
exactly as ``TOKEN.finditer`` does, each with the gap before its token.
"""
from __future__ import annotations

import re
import unicodedata

#: code point ranges ``[lo, hi)`` where the twin classes equal ``regex``'s
SAFE_RANGES = ((0x0000, 0x0800), (0x1E00, 0x2C00))
#: ``regex``'s ``\s`` (Unicode White_Space)
WHITESPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


def char_class(category_prefix: str) -> str:
    """A ``re`` class body of the safe code points whose category starts with the prefix."""
    rngs: list[list[int]] = []
    for lo, hi in SAFE_RANGES:
        for c in range(lo, hi):
            if unicodedata.category(chr(c)).startswith(category_prefix):
                if rngs and rngs[-1][1] == c - 1:
                    rngs[-1][1] = c
                else:
                    rngs.append([c, c])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in rngs)


LETTER = char_class("L")
UPPER = char_class("Lu")
# ``[^\W_]`` is ``re``'s letters and numbers (``str.isalnum``), ``regex``'s ``[\p{L}\p{N}]``.
# The opener ``H'`` is spelled as a first alternative, and runs are possessive: nothing
# after a token can fail, so giving back characters never helped (and costs time).
_LN = r"[^\W_]++(?:[.&\-][^\W_]++)*+"
_WORD = rf"[{UPPER}]'(?=[{LETTER}]){_LN}|{_LN}|[^{WHITESPACE}\w]|_"
#: chunks ``gap + token``: the twin of ``TOKEN`` with the whitespace before each match
GAP_TOKEN = re.compile(rf"[{WHITESPACE}]*+(?:{_WORD})")
#: the characters of :data:`WHITESPACE`, for ``str.lstrip``
SPACE_CHARS = "\t\n\x0b\x0c\r \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"
#: the twin of ``TOKEN`` itself (for tests)
TOKEN_TWIN = re.compile(_WORD)
_UNSAFE = re.compile("[^" + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi - 1))}"
                                    for lo, hi in SAFE_RANGES) + "]")


def outside_safe(text: str, start: int = 0, end: int | None = None) -> bool:
    """``text[start:end]`` holds a character outside :data:`SAFE_RANGES`."""
    return _UNSAFE.search(text, start, len(text) if end is None else end) is not None
