"""Page layout of a plain-text article: which line is the headline, a dateline,
a photo caption, the byline, boilerplate or related news.

Zones keep page furniture out of sentence-level fields while leaving its dates
and officials available (captions name officials; related-news lines carry dates).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

_PUNCT = regex.compile(r"[^\w\s]")
_WORD = regex.compile(r"\w+")
_LETTERS = regex.compile(r"[^\W\d_]+")

from ..lang import load
from ..text.normalize import canonical_tone_marks

_MAX_HEADLINE = 250
_MAX_CAPTION = 220
_END_PUNCT = tuple('.!?…:;"\')”')
_HAS_DATE = regex.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}:\d{2}")


# Words a dateline is made of besides numbers; more than two others make it a sentence.
_DATELINE_TOKENS = frozenset(
    "thứ hai ba tư năm sáu bảy chủ nhật ngày tháng cập nhật lúc đăng giờ h gmt sáng chiều tối".split())


@dataclass(frozen=True)
class Line:
    """A non-empty line, stripped: ``text[start:end]``, and its zone label."""

    start: int
    end: int
    zone: str


@lru_cache(maxsize=None)
def _data() -> dict:
    d = load("layout")
    data = {k: frozenset(canonical_tone_marks(x).lower() for x in v) for k, v in d.items()}
    listed = data["boilerplate_headers"] | data["boilerplate_lines"]
    # no line whose key is longer, or opens with another word, can be boilerplate
    data["longest"] = max(len(x) for x in listed)
    data["first_words"] = frozenset(x.split()[0] for x in listed if x.split())
    return data


def _key(line: str) -> str:
    return " ".join(_PUNCT.sub(" ", line.lower()).split())


def _short_key(line: str, longest: int) -> Optional[str]:
    """``_key(line)``, or None when it is longer than ``longest``; a long paragraph is
    ruled out from its start, as the key of a prefix is never the longer."""
    head = 4 * longest
    if len(line) > head and len(_key(line[:head])) > longest:
        return None
    key = _key(line)
    return key if len(key) <= longest else None


def _listed_key(line: str, data: dict) -> Optional[str]:
    """``_short_key(line)`` where it may be a listed line, else None.

    A key is the line's lower-cased word runs joined by spaces, so its first word is
    the line's first word run, lower-cased (lower-casing keeps every character a word
    character or not, so it neither splits nor joins runs); when no listed line opens
    with that word, the key is none of them, and its ``_key`` is not built.
    """
    first = _WORD.search(line)
    if first is None or first.group().lower() not in data["first_words"]:
        return None
    return _short_key(line, data["longest"])


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            s = pos + (len(raw) - len(raw.lstrip()))
            out.append((s, s + len(stripped)))
        pos += len(raw) + 1
    return out


def classify_lines(text: str, view: str) -> list[Line]:
    """Label every non-empty line of ``text``; ``view`` is its matching view."""
    data = _data()
    spans = _lines(text)
    labels = ["body"] * len(spans)
    for i, (s, e) in enumerate(spans):
        key = _listed_key(view[s:e], data)
        if key in data["boilerplate_headers"]:
            labels[i] = "boilerplate"
            for j in range(i + 1, len(spans)):
                key = _listed_key(view[spans[j][0]:spans[j][1]], data)
                labels[j] = "boilerplate" if key in data["boilerplate_headers"] else "related"
            break
        if key in data["boilerplate_lines"]:
            labels[i] = "boilerplate"
    body = [i for i, lab in enumerate(labels) if lab == "body"]
    if len(body) > 1:
        s, e = spans[body[0]]
        if e - s <= _MAX_HEADLINE and not view[s:e].endswith((".", ":", ";")):
            labels[body[0]] = "headline"
    for i in body[:4]:
        s, e = spans[i]
        if labels[i] != "body" or e - s > 80:
            continue
        low = view[s:e].lower()
        if _HAS_DATE.search(low) and sum(wd not in _DATELINE_TOKENS for wd in _LETTERS.findall(low)) <= 2:
            labels[i] = "dateline"
    rest = [i for i, lab in enumerate(labels) if lab == "body"]
    if len(rest) > 1:
        s, e = spans[rest[-1]]
        words = view[s:e].split()
        if (len(words) <= 4 and e - s <= 40 and not view[s:e].endswith((".", ":"))) or (
            view[s:e].lower().startswith("theo ") and len(words) <= 8
        ):
            labels[rest[-1]] = "byline"
    for i in rest:
        s, e = spans[i]
        if labels[i] == "body" and e - s <= _MAX_CAPTION and len(view[s:e].split()) >= 2 \
                and not view[s:e].rstrip().endswith(_END_PUNCT):
            labels[i] = "caption"
    return [Line(s, e, lab) for (s, e), lab in zip(spans, labels)]
