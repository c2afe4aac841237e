"""VIQR (Vietnamese Quoted-Readable, RFC 1456): ASCII marks typed after a vowel.

``Vie^.t Nam`` is ``Việt Nam``; ``dd`` is ``đ``; a backslash keeps the next
character literal. The marks come from ``extractor/lang/encodings.yaml``.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from ..lang import load

_VOWELS = "aeiouyAEIOUY"


def _char(code: str) -> str:
    return chr(int(code[2:], 16))


@lru_cache(maxsize=1)
def _tables():
    data = load("encodings")
    shapes = {mark: (_char(v["mark"]), v["vowels"]) for mark, v in data["viqr_shapes"].items()}
    tones = {mark: _char(code) for mark, code in data["viqr_tones"].items()}
    pattern = regex.compile(
        r"\\(.)|(" + "|".join(regex.escape(d) for d in data["viqr_dd"]) + r")"
        r"|([" + _VOWELS + r"])([" + regex.escape("".join(shapes)) + r"])?"
        r"([" + regex.escape("".join(tones)) + r"])?",
        flags=regex.DOTALL,
    )
    return shapes, tones, pattern, data["viqr_dd"]


_WORD_CHAR = regex.compile(r"[\p{L}" + regex.escape("(^+`'?~.\\") + r"]")


def decode_viqr(text: str) -> str:
    """Decode VIQR text to Unicode NFC.

    As in RFC 1456, a mark after a vowel is a diacritic unless escaped (``ddi\\.``
    is ``đi.``); a word takes one tone mark, so a second ``.`` or ``?`` is punctuation.
    Unescaped sentence-final punctuation after a bare vowel reads as a tone (``đị``).
    """
    shapes, tones, pattern, dd = _tables()
    out: list[str] = []
    pos = 0
    toned_word_end = -1  # a word that already has its tone takes no second one
    for m in pattern.finditer(text):
        out.append(text[pos:m.start()])
        pos = m.end()
        if m.group(1) is not None:
            out.append(m.group(1))
            continue
        if m.group(2):
            out.append(dd[m.group(2)])
            continue
        vowel, shape, tone = m.group(3), m.group(4), m.group(5)
        piece = vowel
        if shape:
            mark, bases = shapes[shape]
            if vowel.lower() in bases:
                piece += mark
            else:  # not a VIQR letter: the shape character is literal, and so is what follows
                out.append(vowel + shape + (tone or ""))
                continue
        if tone:
            if toned_word_end >= m.start():
                pos = m.end() - 1  # leave the character for the next round, as punctuation
            else:
                piece += tones[tone]
                toned_word_end = _word_end(text, m.end())
        out.append(piece)
    out.append(text[pos:])
    return unicodedata.normalize("NFC", "".join(out))


def _word_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and _WORD_CHAR.match(text, end):
        end += 1
    return end


@lru_cache(maxsize=1)
def _encode_table() -> dict[str, str]:
    shapes, tones, _, _ = _tables()
    by_mark = {mark: key for key, (mark, _) in shapes.items()}
    by_tone = {mark: key for key, mark in tones.items()}
    table = {"đ": "dd", "Đ": "DD"}
    for cp in range(0xC0, 0x1EFA):
        ch = chr(cp)
        parts = unicodedata.normalize("NFD", ch)
        if len(parts) < 2 or parts[0] not in _VOWELS:
            continue
        marks = parts[1:]
        if all(m in by_mark or m in by_tone for m in marks):
            table[ch] = parts[0] + "".join(by_mark.get(m, "") for m in marks) + "".join(
                by_tone.get(m, "") for m in marks)
    return table


def encode_viqr(text: str) -> str:
    """Write Unicode Vietnamese as VIQR (for tests and generated archives).

    A mark character that follows a vowel is escaped with a backslash, so that
    :func:`decode_viqr` gives the text back exactly.
    """
    shapes, tones, _, _ = _tables()
    marks = set(shapes) | set(tones)
    table = _encode_table()
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in marks and out and (out[-1][-1] in _VOWELS or out[-1][-1] in marks):
            out.append("\\" + ch)
        else:
            out.append(table.get(ch, ch))
    return "".join(out)
