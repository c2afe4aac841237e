"""Bytes and strings in any Vietnamese encoding → clean Unicode NFC, saying what was converted.

Handled: UTF-8 (with or without BOM), Windows-1258 (Python's ``cp1258`` codec),
TCVN3/ABC, VNI-Windows and VISCII (conversion tables of the ``viparse`` package,
extra ``legacy``), VIQR (:mod:`extractor.io.viqr`) and decomposed Unicode.

Detection decodes with every candidate and keeps the one whose accented words
are valid Vietnamese syllables (:func:`extractor.io.syllables.score`). Text that
decodes as UTF-8 is converted only when a legacy table makes it clearly more
Vietnamese (a ``.VnTime`` page saved as UTF-8 surfaces as ``Céng hoµ``).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from .. import errors
from ..lang import load
from . import syllables, viqr

#: Legacy tables taken from viparse; each is read from the Latin-1 view of the bytes.
TABLES = ("tcvn3", "vni", "viscii")
NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI-Windows", "viscii": "VISCII",
         "cp1258": "Windows-1258", "viqr": "VIQR"}
# How much better (per word) a conversion must read before text that is valid
# UTF-8 is converted: plain Unicode with a few foreign names must stay as it is.
_MARGIN = 0.3
# Detection reads this many bytes (or characters); conversion then runs on the whole text.
_SAMPLE = 2000
# VIQR is tried only on text that is almost pure ASCII.
_VIQR_MAX_NON_ASCII = 0.002


@dataclass
class Decoded:
    """A decoded text and the notes (warning strings) about what was converted.

    ``text`` is None when the bytes could not be decoded; ``warnings[0]`` says why.
    """

    text: Optional[str]
    encoding: Optional[str] = "utf-8"
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _charmaps() -> dict:
    errors.require("viparse", "legacy", "reading TCVN3, VNI or VISCII text")
    from viparse.normalize.encodings import CHARMAPS
    from viparse.normalize.tables import build_charmap

    maps = {name: CHARMAPS[name] for name in TABLES}
    extra = load("encodings")["vni_extra"]
    maps["vni"] = build_charmap("vni", [p for p in maps["vni"].pairs if p[0] not in extra] + list(extra.items()))
    return maps


def _legacy_available() -> bool:
    try:
        _charmaps()
    except errors.MissingDependencyError:
        return False
    return True


def convert_table(text: str, name: str) -> str:
    """Convert the Latin-1 surface of a TCVN3, VNI or VISCII text to Unicode NFC."""
    from viparse.normalize.tables import convert

    return convert(text, _charmaps()[name])


def decode_bytes(raw: bytes, declared: str | None = None) -> Decoded:
    """Decode a document's bytes, detecting legacy Vietnamese encodings.

    Args:
        raw: the bytes as stored.
        declared: a charset the container declared (HTTP header, ``<meta>``), used
            when it names a codec other than Latin-1/Windows-1252 (the charsets
            legacy-font pages were served under).
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return repair_text(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            text = ""
        # Two bytes that look like a BOM can start any binary file: keep only Latin-script text.
        if text and sum(ord(ch) < 0x2000 for ch in text) >= 0.9 * len(text):
            return repair_text(text)
    codec = _codec(declared)
    if codec and codec not in ("utf-8", "latin-1", "cp1252", "cp1258"):
        try:
            return repair_text(raw.decode(codec))
        except (UnicodeDecodeError, LookupError):
            pass
    best, best_score = max(((name, syllables.score(text)) for name, text in _candidates(raw[:_SAMPLE])),
                           key=lambda pair: pair[1])
    if best_score <= 0:
        return Decoded(None, None, [f"not UTF-8 (byte {first_bad}) and no Vietnamese legacy encoding fits"])
    text = _decode_as(raw, best)
    note = errors.w_legacy_encoding(NAMES[best])
    if best == "cp1258" and "\ufffd" in text:
        note = errors.w_undecodable_bytes(NAMES[best])
    return Decoded(text, best, [note])


def _decode_as(raw: bytes, name: str) -> str:
    if name == "cp1258":
        return unicodedata.normalize("NFC", raw.decode("cp1258", errors="replace"))
    return convert_table(raw.decode("latin-1"), name)


def _candidates(sample: bytes):
    names = ("cp1258",) + (TABLES if _legacy_available() else ())
    return [(name, _decode_as(sample, name)) for name in names]


def _codec(declared: str | None) -> str | None:
    if not declared:
        return None
    import codecs

    try:
        return codecs.lookup(declared.strip().strip("\"'").lower()).name.replace("iso8859-1", "latin-1")
    except LookupError:
        return None


def repair_text(text: str) -> Decoded:
    """Fix a string: legacy-font surface (TCVN3/VNI/VISCII), VIQR, decomposed Unicode.

    The string is returned unchanged (apart from NFC) unless a conversion reads
    clearly better; every change is named in ``warnings``.
    """
    if text.isascii():
        if _looks_viqr(text):
            converted = viqr.decode_viqr(text)
            if syllables.score(converted) - syllables.score(text) >= _MARGIN:
                return Decoded(converted, "viqr", [errors.w_legacy_encoding(NAMES["viqr"])])
        return Decoded(text)
    warnings = []
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
        warnings.append(errors.w_decomposed_unicode())
    if _has_latin1_surface(text) and _legacy_available():
        sample = text[:_SAMPLE]
        base = syllables.score(sample)
        scored = {name: syllables.score(convert_table(sample, name)) for name in TABLES}
        best = max(scored, key=scored.get)
        if scored[best] - base >= _MARGIN:
            return Decoded(convert_table(text, best), best, [errors.w_legacy_encoding(NAMES[best])])
    return Decoded(text, "utf-8", warnings)


def _has_latin1_surface(text: str) -> bool:
    # Legacy surfaces are made of Latin-1 symbols and letters Vietnamese lacks.
    odd = sum(1 for ch in text if 0x80 <= ord(ch) <= 0xFF and ch not in "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
    return odd >= 3


def _looks_viqr(text: str) -> bool:
    marks = sum(text.count(s) for s in ("a^", "e^", "o^", "o+", "u+", "a(", "dd", "DD"))
    toned = sum(text.count(v + t) for v in "aeiouy" for t in "'`?~")
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    return marks + toned >= 3 and non_ascii <= _VIQR_MAX_NON_ASCII * len(text)


@lru_cache(maxsize=None)
def _inverse(name: str) -> dict[str, str]:
    table = {}
    for legacy, uni in _charmaps()[name].pairs:
        table.setdefault(unicodedata.normalize("NFC", uni), legacy)
    return table


def encode_legacy(text: str, name: str) -> bytes:
    """Encode Unicode Vietnamese in a legacy encoding (for tests and generated archives).

    Args:
        text: NFC text; letters an encoding cannot write (TCVN3 has no capital
            toned vowels) raise ``ValueError``.
        name: ``tcvn3``, ``vni``, ``viscii``, ``cp1258``, ``viqr`` or ``nfd``
            (decomposed Unicode as UTF-8).
    """
    if name == "viqr":
        return "".join(ch if ord(ch) < 128 else _fold(ch, name)
                       for ch in viqr.encode_viqr(text)).encode("ascii")
    if name == "nfd":
        return unicodedata.normalize("NFD", text).encode("utf-8")
    if name == "cp1258":
        return _encode_cp1258(text)
    table = _inverse(name)
    redefined = {legacy for legacy, _ in _charmaps()[name].pairs}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in table:
            out.append(table[ch])
        elif ord(ch) < 256 and ch not in redefined:  # a Latin-1 letter the encoding keeps
            out.append(ch)
        else:
            out.append(_fold(ch, name))
    return "".join(out).encode("latin-1")


def _fold(ch: str, name: str) -> str:
    """An ASCII stand-in for punctuation an 8-bit encoding lacks; letters cannot be folded."""
    category = unicodedata.category(ch)
    if category == "Pd":
        return "-"
    if category in ("Pi", "Pf"):
        return '"'
    if category.startswith(("P", "S", "Z")):
        return " " if category.startswith("Z") else "?"
    raise ValueError(f"{NAMES.get(name, name)} cannot write {ch!r}")


def _encode_cp1258(text: str) -> bytes:
    # cp1258 has the shaped letters (â, ơ, đ …) but the five tones only as combining marks.
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        nfd = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in tones))
        marks = "".join(c for c in nfd if c in tones)
        out += (base + marks).encode("cp1258")
    return bytes(out)
