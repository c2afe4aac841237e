"""The article's date: read from the caller's metadata, or found in the dateline."""
from __future__ import annotations

import datetime as dt
from typing import Optional

import regex

from .patterns import patterns

# The headline, the dateline or byline, the lead: where an article states its own date.
_DATELINE_LINES = 3
_DATELINE_CHARS = 400  # a long lead paragraph's far end is body text
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


def detect_anchor(view: str, lines: int = _DATELINE_LINES) -> Optional[dt.date]:
    """The dateline: the first full date in the first ``lines`` non-empty lines (and 400 characters).

    A full date deeper in the text (a deadline, a resolution's date) is no article
    date; year-less expressions then take the nearest written year instead (see
    :mod:`extractor.dates.years`).
    """
    top = _top(view, lines)
    p = patterns()
    best = None
    for name in ("dmy", "textual"):
        for m in p[name].finditer(top):
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


def _top(view: str, lines: int) -> str:
    end, seen = 0, 0
    while seen < lines and end < len(view):
        nxt = view.find("\n", end)
        nxt = len(view) if nxt < 0 else nxt
        if view[end:nxt].strip():
            seen += 1
        end = nxt + 1
    return view[:min(end, _DATELINE_CHARS)]
