"""underthesea's sentence splitter, run from one sentence-end character to the next.

underthesea (9.x) walks a paragraph one character at a time in Python, which cost a
third of the layout stage. :func:`split` is the same algorithm, statement for
statement, except that it jumps straight to the next ``.``, ``?`` or ``!`` with a
regex search. That is exact: the walk does nothing at any other character (its loop
body only acts when ``text[i]`` is one of the three, else it steps on), so skipping
those characters skips no step.

The mirror is used only when the installed underthesea's splitter is the very code it
mirrors (its source is hashed on first use); any other version is called as it is.
"""
from __future__ import annotations

import hashlib
import inspect
import re
from functools import lru_cache
from importlib import import_module
from typing import Callable, Optional

# sha256 of the source of underthesea.pipeline.sent_tokenize's PunktSentenceTokenizer
# class and sent_tokenize function (underthesea 9.5.0), which split() mirrors.
MIRRORED_SOURCE = "fb4419a220fb1e10cc984f89ed9a71813562a754d493540019659f14a0bf407a"

_END_CHARS = frozenset(".?!")
_NEXT_END = re.compile(r"[.?!]").search


def source_hash(module) -> str:
    """The hash :data:`MIRRORED_SOURCE` is compared with."""
    code = inspect.getsource(module.PunktSentenceTokenizer) + inspect.getsource(module.sent_tokenize)
    return hashlib.sha256(code.encode("utf-8")).hexdigest()


@lru_cache(maxsize=None)
def splitter() -> Callable[[str], list[str]]:
    """underthesea's ``sent_tokenize``, or its mirror when the installed code is the mirrored one."""
    from underthesea import sent_tokenize

    try:
        module = import_module("underthesea.pipeline.sent_tokenize")
        mirrored = source_hash(module) == MIRRORED_SOURCE
    except (ImportError, AttributeError, OSError, TypeError):  # moved, or installed without sources
        mirrored = False
    if not mirrored:
        return sent_tokenize
    module._load_model()
    abbrevs = module.sentence_tokenizer.abbrev_types
    return lambda text: split(text, abbrevs)


def split(text: str, abbrevs) -> list[str]:
    """Sentences of ``text``, as underthesea's ``sentences_from_text`` returns them.

    Args:
        text: one paragraph.
        abbrevs: lower-cased words after which a period ends no sentence.
    """
    if not text or not text.strip():
        return []
    sentences: list[str] = []
    start = 0
    n = len(text)
    m = _NEXT_END(text)
    while m is not None:
        i = m.start()
        if text[i] == ".":
            dot_end = i
            while dot_end < n and text[dot_end] == ".":
                dot_end += 1
            if dot_end - i >= 3:
                # An ellipsis ends a sentence only at the end or before a capital.
                after = dot_end
                while after < n and text[after] in " \t":
                    after += 1
                if after >= n or text[after].isupper():
                    start = dot_end = _close(text, start, dot_end, sentences)
                m = _NEXT_END(text, dot_end)
                continue
            if _inner_period(text, i, abbrevs):
                m = _NEXT_END(text, i + 1)
                continue
        end = i + 1
        while end < n and text[end] in _END_CHARS:
            end += 1
        start = end = _close(text, start, end, sentences)
        m = _NEXT_END(text, end)
    final = text[start:].strip()
    if final:
        sentences.append(final)
    return sentences


def _close(text: str, start: int, end: int, sentences: list[str]) -> int:
    """Append ``text[start:end]`` stripped (if anything is left); return where the next sentence starts."""
    sentence = text[start:end].strip()
    if sentence:
        sentences.append(sentence)
    n = len(text)
    while end < n and text[end] in " \t\n\r":
        end += 1
    return end


def _inner_period(text: str, pos: int, abbrevs) -> bool:
    """A period inside a number (``1.500``) or after an abbreviation: no boundary."""
    if pos > 0 and text[pos - 1].isdigit() and pos + 1 < len(text) and text[pos + 1].isdigit():
        return True
    word = _preceding_word(text, pos)
    return bool(word) and word.lower() in abbrevs


def _preceding_word(text: str, pos: int) -> Optional[str]:
    start = pos - 1
    while start >= 0 and (text[start].isalnum() or text[start] == "."):
        start -= 1
    return text[start + 1:pos] or None
