"""Find date expressions in the matching view and normalise them.

Patterns are tried in priority order (ranges, then days, then coarser units);
a candidate that overlaps one already taken is dropped, so ``Quý III năm 2023``
is one quarter and not also a year. Day expressions grow to the left and right
over ``ngày``, weekdays, parts of day and clock times.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Optional

from . import values as V
from ..text.anchored import anchored_at, anchored_finditer
from ..lang import built, load, word_set
from .patterns import lead_words, live_toneless, number_words, patterns
from .words import WordStarts
from .context import WINDOW as _WINDOW
from .context import extend_day
from .digits import DigitRuns, at_starts, cores_at
from .years import inferred_year, written_years_near

_ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# Gap between a year-less expression and the next one whose year it shares
# ("quý I và quý II/2024", "tháng 3, tháng 4 năm 2024").
_JOIN = ("", ",", "và", "-", "đến", "tới", ";", ", và")
# Digit-led patterns, searched only at the digit runs that can start them (see .digits).
_AT_RUN_STARTS = {"dmy": "sep", "dm": "day", "horizon_year": "year"}
_CORE_AT_YEAR_RUNS = frozenset({"period", "year"})


@dataclass
class DateMatch:
    """One date expression: offsets into the text and its normalised value."""

    start: int
    end: int
    kind: str
    value: str
    start_date: str
    end_date: str
    part_of_day: Optional[str] = None
    year_inferred: bool = False


@dataclass
class _Cand:
    start: int
    end: int
    build: Callable[[int], V.DateValue]
    year: Optional[int]  # written year; None when it must be inferred
    closest: Optional[tuple[int, int]] = None  # (month, day) for the closest-year rule
    part_of_day: Optional[str] = None
    rel: int = 0  # "năm trước": one year before the anchor
    kind: str = ""  # "period" for multi-year terms (their written year is the first)


def _int(s: Optional[str]) -> Optional[int]:
    return int(s) if s else None


def _count(word: str) -> Optional[int]:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else number_words().get(word)


class DateFinder:
    """Finds dates in one text. Create one per document; call :meth:`find`."""

    def __init__(self, view: str, data: Optional[dict] = None):
        self.view = view
        data = data if data is not None else load("dates")
        live = live_toneless(data, view)
        self.p = patterns(data, view, live)
        self.blockers_before, self.blockers_after, self.previous_year = built(data, "dates.word_sets", lambda d: (
            word_set(d["month_blockers_before"]), word_set(d["month_blockers_after"]),
            word_set(d["previous_year_words"])))
        self.clock_halves = {k.lower(): v for k, v in data["clock_halves"].items()}
        # One byte per character: overlap checks stay linear on huge inputs.
        self.taken = bytearray(len(view))
        self.runs = DigitRuns(view)
        self.leads = lead_words(data)
        self.words = WordStarts(view, live)
        self.cands: list[_Cand] = []
        self.mistyped: list = []  # keyword periods that end before they start
        self._quotes = (-1, 0)  # (position, quotes counted on its line before it)

    # -- candidates ---------------------------------------------------------
    def _free(self, s: int, e: int) -> bool:
        return 1 not in self.taken[s:e]

    def _add(self, cand: Optional[_Cand]) -> None:
        if cand is not None and self._free(cand.start, cand.end):
            self.taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
            self.cands.append(cand)

    def _found(self, name: str):
        p, view = self.p, self.view
        if name in _AT_RUN_STARTS:
            return at_starts(p[name], getattr(self.runs, _AT_RUN_STARTS[name]), view)
        if name in self.leads:
            return at_starts(p[name], self.words.starts(self.leads[name]), view)
        core = p.get(name + "_core")
        if core is None:
            return p[name].finditer(view)
        if name in _CORE_AT_YEAR_RUNS:
            return anchored_at(p[name], cores_at(core, self.runs.year, view), p[name + "_stop"], view)
        return anchored_finditer(p[name], core, p[name + "_stop"], view)

    def _scan(self, name: str, make: Callable) -> None:
        for m in self._found(name):
            if self._free(m.start(), m.end()):
                try:
                    self._add(make(m))
                except ValueError:  # 31/2, month 13: not a date after all
                    continue

    def _extend(self, s: int, e: int, pod: Optional[str] = None):
        return extend_day(self.view, self.p, self.clock_halves, s, e, pod)

    def _decimal(self, m, day: str, month: str, year: Optional[int]) -> bool:
        """A year-less dotted "16.7" or spaced "1 - 2" before a unit ("16.7 tỷ", "1 - 2 lần") is a number."""
        gap = self.view[m.end(day):m.start(month)]
        return (year is None and (gap == "." or (gap.strip() == "-" and gap != "-"))
                and self.p["number_unit"].match(self.view, m.end()) is not None)

    def _day_core(self, m, needs_cue: bool = False) -> Optional[_Cand]:
        line_start = self.view.rfind("\n", 0, m.start()) + 1
        parts = m.groupdict()
        d, mo, y = int(parts["d"]), int(parts["m"]), _int(parts.get("y"))
        if needs_cue:
            left = self.view[max(line_start, m.start() - _WINDOW):m.start()]
            # a spaced "21 - 6" or a dotted "16.7" reads as a day only after ngày, a part of day, a weekday
            weak = " " in m.group() or parts.get("sep") == "."
            if not self.p["dm_strong_cue" if weak else "dm_cue"].search(left):
                return None
        if self._decimal(m, "d", "m", y):
            return None
        dt.date(y or 2000, mo, d)  # validates day and month
        s, e, pod, hour, minute = self._extend(m.start(), m.end())
        return _Cand(s, e, lambda yy: V.day(yy, mo, d, hour, minute), y, closest=(mo, d), part_of_day=pod)

    # -- the patterns, in priority order ------------------------------------
    def _day_range(self, m) -> _Cand:
        d1, d2, m2, y2 = int(m.group("d1")), int(m.group("d2")), int(m.group("m2")), _int(m.group("y2"))
        parts = m.groupdict()
        m1 = _int(parts.get("m1")) or m2
        y1 = _int(parts.get("y1"))
        if self._decimal(m, "d2", "m2", y2):
            raise ValueError("a decimal number, not a day")

        def build(y: int) -> V.DateValue:
            first = dt.date(y1 or (y if m1 <= m2 else y - 1), m1, d1)
            last = dt.date(y, m2, d2)
            if last < first:
                raise ValueError("range ends before it starts")
            return V.day_range(first, last)

        build(y2 or 2000)
        s, e, pod, _, _ = self._extend(m.start(), m.end())
        return _Cand(s, e, build, y2, closest=(m2, d2), part_of_day=pod)

    def _day_pair(self, m) -> Optional[_Cand]:
        if int(m.group("d2")) != int(m.group("d1")) + 1:
            return None  # "ngày 5, 12/6" lists two separate days, not a range
        return self._day_range(m)

    def _month_range(self, m) -> _Cand:
        m1, m2 = int(m.group("m1")), int(m.group("m2"))
        y1, y2 = _int(m.group("y1")), _int(m.group("y2"))
        if y1 is None and m1 > m2:
            raise ValueError("month range runs backwards")
        return _Cand(m.start(), m.end(), lambda y: V.month_range(y1 or y, m1, y, m2), y2 or y1)

    def _period(self, m) -> Optional[_Cand]:
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if not (y1 < y2 <= y1 + 30):
            if m.group("kw") and y2 < y1:
                self.mistyped.append(m)
            return None
        return _Cand(m.start(), m.end(), lambda _: V.year_range(y1, y2), y1, kind="period")

    def _quarter(self, m) -> _Cand:
        q = m.group("q").lower()
        q = _ROMAN_Q.get(q) or int(q)
        return _Cand(m.start(), m.end(), lambda y: V.quarter(y, q), _int(m.group("y")))

    def _months_of_year(self, m) -> Optional[_Cand]:
        n = 6 if m.group("n") is None else _count(m.group("n"))
        if not n or not 1 <= n <= 12:
            return None
        which = m.group("which")
        if which is None and (m.group("n") is None or m.group("y") is None):
            return None  # "nửa năm", "9 tháng năm nay": durations
        first = which is None or which.lower() == "đầu"
        rel = m.group("rel")
        back = 1 if rel and rel.lower() in self.previous_year else 0
        if n == 6:
            build = lambda y: V.half_year(y, 1 if first else 2)  # noqa: E731
        elif first:
            build = lambda y: V.month_range(y, 1, y, n)  # noqa: E731
        else:
            build = lambda y: V.month_range(y, 13 - n, y, 12)  # noqa: E731
        return _Cand(m.start(), m.end(), build, _int(m.group("y")), rel=back)

    def _month(self, m) -> Optional[_Cand]:
        before = self.view[max(0, m.start() - 12):m.start()].lower().split()
        after = self.view[m.end():m.end() + 12].lower().split()
        if before and (before[-1] in self.blockers_before or before[-1].isdigit()):
            return None
        if after and after[0].strip(",.;") in self.blockers_after:
            return None
        mo = int(m.group("m"))
        return _Cand(m.start(), m.end(), lambda y: V.month(y, mo), _int(m.group("y")))

    def _year(self, m) -> _Cand:
        y = int(m.group("y"))
        return _Cand(m.start(), m.end(), lambda _: V.year(y), y)

    def _law_year(self, m) -> _Cand:
        y = int(m.group("y"))
        return _Cand(m.start("y"), m.end("y"), lambda _: V.year(y), y)

    def _counted_year(self, m) -> Optional[_Cand]:
        if self.p["number_unit"].match(self.view, m.end()):
            return None  # "tăng lên đến 2000 hộ": a count
        return self._law_year(m)

    def _quoted_year(self, m) -> Optional[_Cand]:
        # Quotes on the line before this one, counted on from the last match (linear).
        line_start = self.view.rfind("\n", 0, m.start()) + 1
        pos, count = self._quotes if self._quotes[0] >= line_start else (line_start, 0)
        count += self.view.count('"', pos, m.start())
        self._quotes = (m.start(), count)
        if count % 2 == 0:
            return None  # an opening quote: the year starts the quoted name
        return self._counted_year(m)  # '"Mái ấm" 2000 hộ' is a count

    def _repair_terms(self) -> None:
        """``nhiệm kỳ 2019 - 2014`` is a typing slip for the term the article names elsewhere."""
        terms = {c.year: c for c in self.cands if c.kind == "period"}
        for m in self.mistyped:
            term = terms.get(int(m.group("y1")))
            if term is not None:
                self._add(_Cand(m.start(), m.end(), term.build, term.year, kind="period"))

    # -- driver -------------------------------------------------------------
    def find(self, anchor: Optional[dt.date]) -> tuple[list[DateMatch], list[tuple[int, int]]]:
        """Return the dates, and the spans of year-less ones that could not be anchored."""
        self._scan("day_range", self._day_range)
        self._scan("day_list", self._day_range)
        self._scan("day_pair", self._day_pair)
        self._scan("month_range", self._month_range)
        self._scan("period", self._period)
        self._repair_terms()
        self._scan("dmy", self._day_core)
        self._scan("textual", self._day_core)
        self._scan("dm", lambda m: self._day_core(m, needs_cue=True))
        self._scan("quarter", self._quarter)
        self._scan("months_of_year", self._months_of_year)
        self._scan("month", self._month)
        self._scan("year", self._year)
        self._scan("law_year", self._law_year)
        self._scan("base_year", self._law_year)
        self._scan("festival_year", self._law_year)
        self._scan("horizon_year", self._counted_year)
        self._scan("quoted_year", self._quoted_year)
        self.cands.sort(key=lambda c: c.start)
        near = written_years_near(self.cands) if anchor is None else None
        out: list[DateMatch] = []
        lost: list[tuple[int, int]] = []
        for i, c in enumerate(self.cands):
            year, inferred = c.year, False
            if year is None:
                year = self._shared_year(i)
            if year is None:
                year = inferred_year(c, anchor, near[i] if near else None)
                if year is None:
                    lost.append((c.start, c.end))
                    continue
                inferred = True
            try:
                v = c.build(year)
            except ValueError:  # 29/2 in an inferred non-leap year
                continue
            out.append(DateMatch(c.start, c.end, v.kind, v.value, v.start_date, v.end_date,
                                 c.part_of_day, inferred))
        return out, lost

    def _shared_year(self, i: int) -> Optional[int]:
        c = self.cands[i]
        for nxt in self.cands[i + 1:i + 3]:
            gap = " ".join(self.view[c.end:nxt.start].split()).lower()
            if gap not in _JOIN:
                return None
            if nxt.year is not None:
                return nxt.year
            c = nxt
        return None


def find_dates(
    view: str, anchor: Optional[dt.date] = None, data: Optional[dict] = None
) -> tuple[list[DateMatch], list[tuple[int, int]]]:
    """Find every date expression in ``view`` (a matching view of the text).

    Args:
        view: the matching view of the document text.
        anchor: the article's date; year-less expressions take their year from it.
            Without it they take the nearest year the text writes (see :mod:`.years`).
        data: date words (default: the package's ``lang/dates.yaml``).

    Returns:
        The dates in text order, and the spans of year-less expressions that
        could not be given a year (no anchor and no written year anywhere).
    """
    return DateFinder(view, data).find(anchor)


__all__ = ["DateMatch", "find_dates"]
