"""The context that belongs to a day expression: ``ngày``, weekday, part of day, clock time."""
from __future__ import annotations

from typing import Optional

from .patterns import part_of_day_words

# How far context is looked for on either side of a day core.
WINDOW = 48


def _int(s: Optional[str]) -> Optional[int]:
    return int(s) if s else None


def extend_day(view: str, p: dict, clock_halves: dict, s: int, e: int, pod: Optional[str] = None):
    """Grow a day expression over ``ngày``, weekday, part of day and clock time.

    Args:
        view: the matching view.
        p: the compiled date patterns.
        clock_halves: ``am``/``pm`` marks (lower case) and the half each names.
        s, e: the day core's span.
        pod: a part of day already known.

    Returns:
        ``(start, end, part_of_day, hour, minute)``; hour and minute are None
        without a clock time.
    """
    hour = minute = None
    used: set[str] = set()
    for _ in range(4):
        # Context never crosses a line: a dateline's clock time is not the next paragraph's.
        lo = max(0, s - WINDOW, view.rfind("\n", 0, s) + 1)
        window = view[lo:s]
        for name in ("left_ngay", "left_weekday", "left_pod", "left_time"):
            if name in used:
                continue
            m = p[name].search(window)
            if m:
                used.add(name)
                s = lo + m.start()
                if m.groupdict().get("pod"):
                    pod = part_of_day_words().get(m.group("pod").lower(), pod)
                if name == "left_time":
                    hour, minute = int(m.group("h")), _int(m.group("mi"))
                break
        else:
            break
    tail = view[e:e + WINDOW].split("\n", 1)[0]
    if tail.startswith(")") and view.count("(", s, e) > view.count(")", s, e):
        e += 1  # "thứ Hai (12/6)": close the bracket the left side opened
        tail = tail[1:]
    m = p["right_weekday"].match(tail)
    if m:
        e += m.end()
        tail = view[e:e + WINDOW].split("\n", 1)[0]
    if hour is None:
        m = p["right_time"].match(tail)
        if m:
            hour, minute = int(m.group("h")), _int(m.group("mi"))
            e += m.end()
            half = p["clock_half"].match(view, e)
            after = view[half.end():half.end() + 3].lstrip()[:1] if half else ""
            # "08:30 PM", not "8h sa thải": a word going on in lower case is no clock mark
            if half and 1 <= hour <= 12 and not after.islower():
                e = half.end()
                hour = hour % 12 + (12 if clock_halves.get(half.group("half").lower()) == "pm" else 0)
    return s, e, pod, hour, minute
