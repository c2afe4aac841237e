"""WARC and WARC.gz web archives (extra ``warc``): every HTML response record is one page.

The record's target URI becomes ``source``, its ``WARC-Record-ID`` the ``id``
and its ``WARC-Date`` the fallback for ``published`` (used only when the page
states no date). Records that are not HTML responses (requests, metadata,
images) are skipped: they are not documents.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, Optional

from .. import errors
from .docs import RawDoc, error_doc

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _charset(content_type: str) -> Optional[str]:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def read_warc(path: Path, max_bytes: Optional[int] = None) -> Iterator[RawDoc]:
    """Documents of one WARC file; a damaged archive ends in an error document naming the offset."""
    warcio = errors.require("warcio.archiveiterator", "warc", "reading WARC archives")
    where = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield error_doc(where, where, f"cannot read file: {exc.strerror or exc}")
        return
    with fh:
        records = warcio.ArchiveIterator(fh, check_digests=True)
        try:
            for record in records:
                doc = _record_doc(record, where, records, max_bytes)
                if doc is not None:
                    yield doc
        except Exception as exc:  # noqa: BLE001 - warcio raises many types on damaged archives
            yield error_doc(f"{where}@{records.get_record_offset()}", where,
                            f"damaged WARC archive after offset {records.get_record_offset()}: "
                            f"{type(exc).__name__}: {exc}; rest of file skipped")


def _record_doc(record, where: str, records, max_bytes: Optional[int]) -> Optional[RawDoc]:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if not content_type.lower().startswith(_HTML_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    ident = record.rec_headers.get_header("WARC-Record-ID") or f"{where}@{records.get_record_offset()}"
    ident = ident.strip("<>")
    source = url or ident
    length = int(record.rec_headers.get_header("Content-Length") or 0)
    if max_bytes is not None and length > max_bytes:
        return error_doc(ident, source, errors.e_too_large("WARC record", length, max_bytes))
    date = record.rec_headers.get_header("WARC-Date")
    payload = record.content_stream().read()
    # A cut archive still yields its last record, short: only the payload digest tells.
    if record.rec_headers.get_header("WARC-Payload-Digest") and record.digest_checker.passed is not True:
        return error_doc(ident, source, "WARC record is truncated or damaged (its payload digest does not match)")
    return RawDoc(id=ident, kind="html", source=source, payload=payload,
                  charset=_charset(content_type), fallback_published=date, url=url)
