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
    # no line whose key is longer can be boilerplate
    data["longest"] = max(len(x) for k in ("boilerplate_headers", "boilerplate_lines") for x in data[k])
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
    longest = data["longest"]
    for i, (s, e) in enumerate(spans):
        key = _short_key(view[s:e], longest)
        if key in data["boilerplate_headers"]:
            labels[i] = "boilerplate"
            for j in range(i + 1, len(spans)):
                key = _short_key(view[spans[j][0]:spans[j][1]], longest)
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
        low = view[s:e].lower()
        other = [wd for wd in _LETTERS.findall(low) if wd not in _DATELINE_TOKENS]
        if labels[i] == "body" and e - s <= 80 and _HAS_DATE.search(low) and len(other) <= 2:
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
