"""HTML pages → main text and metadata with trafilatura (extra ``html``).

The headline becomes ``title`` and the article date ``published``; menus,
related-news lists and footers are left out of the text by trafilatura's
main-content extraction. A page in which it finds no main text falls back to
the whole visible text, with a warning.
"""
from __future__ import annotations

import regex

from .. import errors
from .docs import InputDoc, RawDoc
from .encodings import decode_bytes, repair_text

_META_CHARSET = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", regex.I)


def _trafilatura():
    errors.require("lxml_html_clean", "html", "reading HTML")
    return errors.require("trafilatura", "html", "reading HTML")


def declared_charset(raw: bytes) -> str | None:
    """The charset a page declares in its first 2 KB (``<meta charset>`` or ``http-equiv``)."""
    m = _META_CHARSET.search(raw[:2048])
    return m.group(1).decode("ascii") if m else None


def html_to_doc(raw: RawDoc) -> InputDoc:
    """Extract one page: decode its bytes, then take the main text, title, date and author."""
    traf = _trafilatura()
    decoded = decode_bytes(raw.payload, raw.charset or declared_charset(raw.payload))
    if decoded.text is None:
        return InputDoc(id=raw.id, source=raw.source, error=decoded.warnings[0])
    warnings = list(decoded.warnings)
    page = traf.bare_extraction(
        decoded.text, url=raw.url, with_metadata=True, include_comments=False,
        include_tables=True, favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    meta = page.as_dict() if page is not None and hasattr(page, "as_dict") else (page or {})
    text = meta.get("text") or ""
    if not text.strip():
        text = traf.html2txt(decoded.text) or ""
        warnings.append(errors.w_html_no_main_text())
    # A .VnTime page often declares windows-1252: its letters only show up after extraction.
    if decoded.encoding == "utf-8":
        fixed = repair_text(text)
        text, warnings = fixed.text, warnings + fixed.warnings
    # Only dates the page's metadata states: a date guessed from the body is the pipeline's job (dateline).
    published = meta.get("date")
    if not published and raw.fallback_published:
        published = raw.fallback_published
        warnings.append(errors.w_published_from_archive(published))
    extra = {"author": meta["author"]} if meta.get("author") else {}
    title = meta.get("title")
    return InputDoc(id=raw.id, text=text, title=repair_text(title).text if title else None,
                    published=published, source=raw.source, extra=extra, warnings=warnings)
