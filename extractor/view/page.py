"""Whole review documents: a header, the legend, the marked article, and the items in a table."""
from __future__ import annotations

from collections import Counter
from html import escape
from typing import Iterable

from ..record import Record
from .items import Highlight, highlights
from .markup import mark_text
from .style import FIELD_STYLES, stylesheet


def _head(record: Record) -> str:
    bits = [f"<b>{escape(record.id)}</b>"]
    bits += [escape(str(v)) for v in (record.title, record.published, record.source) if v]
    return '<div class="ex-head">' + " · ".join(bits) + "</div>"


def _legend(items: list[Highlight]) -> str:
    counts = Counter(h.field for h in items)
    keys = "".join(
        f'<span class="ex-key ex-key-{name}" data-field="{name}">{label} {counts.get(name, 0)}</span>'
        for name, (label, _, _) in FIELD_STYLES.items()
    )
    return f'<div class="ex-legend">{keys}</div>'


def _warnings(record: Record, unmarked: int) -> str:
    notes = list(record.warnings)
    if unmarked:
        notes.append(f"{unmarked} item(s) not marked: their offsets fall outside the text "
                     "(a record written with --no-text?)")
    if not notes:
        return ""
    rows = "".join(f"<li>{escape(w)}</li>" for w in notes)
    return f'<ul class="ex-warnings">{rows}</ul>'


def _item_table(record: Record, items: list[Highlight]) -> str:
    # The same facts as the hover texts, readable in print and in screenshots.
    if not items:
        return ""
    rows = "".join(
        f'<tr class="ex-row-{h.field}"><td>{escape(FIELD_STYLES[h.field][0])}</td>'
        f"<td>{h.start}–{h.end}</td><td>{escape(record.text[h.start:h.end])}</td>"
        f"<td>{escape(h.tip)}</td></tr>"
        for h in sorted(items, key=lambda h: (h.start, h.end))
    )
    return ('<details class="ex-items"><summary>items</summary><table>'
            "<tr><th>field</th><th>span</th><th>text</th><th>value</th></tr>"
            f"{rows}</table></details>")


def record_html(record: Record, *, items: bool = True) -> str:
    """One record as an HTML fragment (a ``div.ex-doc``), without the stylesheet."""
    marks = highlights(record)
    body = mark_text(record.text or "", marks)
    unmarked = sum(1 for _ in record.spans()) - len(marks)
    parts = [_head(record), _legend(marks), _warnings(record, unmarked),
             f'<div class="ex-text">{body}</div>']
    if items:
        parts.append(_item_table(record, marks))
    return f'<div class="ex-doc" data-id="{escape(record.id, quote=True)}">' + "".join(parts) + "</div>"


def to_html(record: Record, *, full_page: bool = True, items: bool = True) -> str:
    """The review view of one record.

    Args:
        record: the record (its ``text`` is needed; a record without text shows no marks).
        full_page: a complete HTML document; else a fragment with its own ``<style>``
            (what Jupyter shows through ``Record._repr_html_``).
        items: add a collapsible table of every item with its normalised value.
    """
    if full_page:
        return render_page([record], title=record.title or record.id, items=items)
    return f'<div class="ex-review"><style>{stylesheet()}</style>{record_html(record, items=items)}</div>'


def render_page(records: Iterable[Record], *, title: str = "extractor review", items: bool = True) -> str:
    """A standalone HTML page (no scripts, no external fonts) showing every record in turn."""
    docs = "\n".join(record_html(r, items=items) for r in records)
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{stylesheet()}</style></head>\n"
        f'<body><div class="ex-review">\n{docs}\n</div></body></html>\n'
    )
