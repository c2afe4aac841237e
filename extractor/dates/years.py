"""The year of a year-less expression, when the article gives no date of its own.

With an article date (``published`` or a dateline) every year-less expression
takes its year from it. Without one, the text's own written years stand in: the
nearest expression before it that writes a year (a report's ``Ngày 22/6`` after
``6 tháng đầu năm 2020``), else the nearest after it (a lead ``Sáng 16.7`` before
``6 tháng cuối năm 2013``). Never today's date, never a fixed default.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional, Sequence

from . import values as V


def written_years_near(cands: Sequence) -> list[Optional[tuple[int, Optional[dt.date]]]]:
    """For each candidate, the year the text writes nearest to it, preceding first.

    Args:
        cands: the candidates in text order; each has ``year`` (None when not
            written) and ``closest`` (month and day of a day expression).

    Returns:
        Per candidate ``(year, day)``, where ``day`` is the written full date when
        the source names one (so ``5/1`` after ``28/12/2023`` falls in 2024), or
        None when the text writes no year at all. Two passes: linear in the
        number of candidates.
    """
    def source(c) -> tuple[int, Optional[dt.date]]:
        day = None
        if c.closest is not None:
            try:
                day = dt.date(c.year, *c.closest)
            except ValueError:
                day = None
        return c.year, day

    near: list = [None] * len(cands)
    last = None
    for i, c in enumerate(cands):
        near[i] = last
        if c.year is not None:
            last = source(c)
    last = None
    for i in range(len(cands) - 1, -1, -1):
        if near[i] is None:
            near[i] = last
        if cands[i].year is not None:
            last = source(cands[i])
    return near


def inferred_year(cand, anchor: Optional[dt.date], near: Optional[tuple[int, Optional[dt.date]]]) -> Optional[int]:
    """The year for a year-less candidate: from the article date, else from the nearest written one."""
    if anchor is not None:
        return V.closest_year(anchor, *cand.closest) if cand.closest else anchor.year - cand.rel
    if near is None:
        return None
    year, day = near
    if cand.closest and day is not None:
        return V.closest_year(day, *cand.closest)
    return year - cand.rel
