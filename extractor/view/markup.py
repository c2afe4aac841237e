"""Article text with highlights as nested ``<mark>`` elements.

HTML elements must nest, but items may cross (a target clause that starts inside
a resolution reference and ends after it). Such an item is cut into fragments at
the boundaries of the items it crosses; every fragment carries the whole item's
key, offsets and hover text, so nothing is lost; the second and later fragments
carry ``data-part`` (1, 2, …). Outside the marks the text is written as is (escaped), so the
element's text content is exactly ``record.text``.
"""
from __future__ import annotations

from html import escape
from typing import Sequence

from .items import Highlight
from .style import FIELD_ORDER


def _nesting_key(h: Highlight) -> tuple:
    # Earlier starts enclose later ones; of two items starting together the longer encloses.
    return (h.start, -h.end, FIELD_ORDER.index(h.field) if h.field in FIELD_ORDER else len(FIELD_ORDER), h.key)


def _open_tag(h: Highlight, depth: int, part: int) -> str:
    attrs = [
        ("class", f"ex-mark ex-{h.field}"), ("data-field", h.field), ("data-item", h.key),
        ("data-start", str(h.start)), ("data-end", str(h.end)), ("data-depth", str(depth)),
        ("title", h.tip),
    ]
    if h.index:
        attrs.append(("data-index", h.index))
    if part:
        attrs.append(("data-part", str(part)))
    return "<mark " + " ".join(f'{k}="{escape(v, quote=True)}"' for k, v in attrs) + ">"


def mark_text(text: str, items: Sequence[Highlight]) -> str:
    """HTML of ``text`` with each item wrapped in ``<mark>`` elements.

    Args:
        text: the record's text.
        items: highlights whose offsets lie within ``text`` (see :func:`~extractor.view.items.highlights`).
    """
    starts: dict[int, list[Highlight]] = {}
    ends: dict[int, list[Highlight]] = {}
    for h in items:
        starts.setdefault(h.start, []).append(h)
        ends.setdefault(h.end, []).append(h)
    cuts = sorted({0, len(text), *starts, *ends})
    active: set[Highlight] = set()
    stack: list[Highlight] = []
    parts: dict[Highlight, int] = {}
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        active.difference_update(ends.get(a, ()))
        active.update(starts.get(a, ()))
        wanted = sorted(active, key=_nesting_key)
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend("</mark>" for _ in stack[keep:])
        for depth, h in enumerate(wanted[keep:], start=keep):
            out.append(_open_tag(h, depth, parts.get(h, 0)))
            parts[h] = parts.get(h, 0) + 1
        stack = wanted
        out.append(escape(text[a:b], quote=False))
    out.extend("</mark>" for _ in stack)
    return "".join(out)
