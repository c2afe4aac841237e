"""The article's date: read from the caller's metadata, or found in the dateline."""
from __future__ import annotations

import datetime as dt
from typing import Optional

import regex

from .patterns import patterns

_ISO = regex.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?")


def parse_published(value) -> Optional[tuple[dt.date, str]]:
    """Read a caller's ``published`` value.

    ISO strings are read directly; anything else (``08/04/2015 08:11``,
    ``Thứ Tư, 8 tháng 4, 2015``, RFC 2822 from feeds) goes to dateparser with
    day-first order, which is what it is good at.

    Returns:
        ``(date, iso_string)`` or None when the value cannot be read.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date(), value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value, value.isoformat()
    text = str(value)
    m = _ISO.match(text)
    if m:
        try:
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return day, (f"{day.isoformat()}T{m[4]}:{m[5]}" if m[4] else day.isoformat())
    import dateparser  # noqa: PLC0415 - slow import, rarely needed

    parsed = dateparser.parse(
        text,
        languages=["vi", "en"],
        settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False},
    )
    if parsed is None:
        return None
    if parsed.hour or parsed.minute:
        return parsed.date(), parsed.strftime("%Y-%m-%dT%H:%M")
    return parsed.date(), parsed.date().isoformat()


def detect_anchor(view: str) -> Optional[dt.date]:
    """The first full date near the top of the text (the dateline or lead), else anywhere."""
    p = patterns()
    best = None
    for name in ("dmy", "textual"):
        for m in p[name].finditer(view):
            if m.group("y") is None:
                continue
            try:
                day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), day)
            break
    if best is None:
        return None
    return best[1]
