"""Calendar arithmetic: from parsed parts to the contract's value, start and end days."""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Optional


@dataclass
class DateValue:
    """The normalised meaning of a date expression."""

    kind: str
    value: str
    start_date: str
    end_date: str


def _day(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


def _last(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def day(y: int, m: int, d: int, hour: Optional[int] = None, minute: Optional[int] = None) -> DateValue:
    """A single day, or a datetime when a clock time is given. Raises ValueError on 31/2."""
    iso = _day(y, m, d).isoformat()
    if hour is None:
        return DateValue("date", iso, iso, iso)
    return DateValue("datetime", f"{iso}T{hour:02d}:{minute or 0:02d}", iso, iso)


def month(y: int, m: int) -> DateValue:
    """A calendar month."""
    return DateValue("month", f"{y:04d}-{m:02d}", f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{_last(y, m):02d}")


def quarter(y: int, q: int) -> DateValue:
    """A calendar quarter (1-4)."""
    m1, m2 = 3 * q - 2, 3 * q
    return DateValue("quarter", f"{y:04d}-Q{q}", f"{y:04d}-{m1:02d}-01", f"{y:04d}-{m2:02d}-{_last(y, m2):02d}")


def half_year(y: int, half: int) -> DateValue:
    """The first (1) or second (2) half of a year."""
    if half == 1:
        return DateValue("half_year", f"{y:04d}-H1", f"{y:04d}-01-01", f"{y:04d}-06-30")
    return DateValue("half_year", f"{y:04d}-H2", f"{y:04d}-07-01", f"{y:04d}-12-31")


def year(y: int) -> DateValue:
    """A whole calendar year."""
    return DateValue("year", f"{y:04d}", f"{y:04d}-01-01", f"{y:04d}-12-31")


def year_range(y1: int, y2: int) -> DateValue:
    """A multi-year period: whole calendar years, ``2020/2025``."""
    return DateValue("range", f"{y1:04d}/{y2:04d}", f"{y1:04d}-01-01", f"{y2:04d}-12-31")


def month_range(y1: int, m1: int, y2: int, m2: int) -> DateValue:
    """From the first day of one month to the last day of another."""
    return DateValue(
        "range",
        f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}",
        f"{y1:04d}-{m1:02d}-01",
        f"{y2:04d}-{m2:02d}-{_last(y2, m2):02d}",
    )


def day_range(first: dt.date, last: dt.date) -> DateValue:
    """From one day to another, both included."""
    a, b = first.isoformat(), last.isoformat()
    return DateValue("range", f"{a}/{b}", a, b)


def closest_year(anchor: dt.date, m: int, d: int) -> int:
    """The year that puts day ``d/m`` within half a year of ``anchor``.

    An article of 5 January that mentions ``28/12`` means last December; one of
    20 December that announces ``5/1`` means next January.
    """
    best = anchor.year
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cand = dt.date(y, m, d)
        except ValueError:
            continue
        try:
            current = dt.date(best, m, d)
        except ValueError:
            best = y
            continue
        if abs((cand - anchor).days) < abs((current - anchor).days):
            best = y
    return best
