"""A target as the finders hand it on, before it becomes a record item."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .values import Value


@dataclass
class Found:
    """A target before it becomes a record item."""

    start: int
    end: int
    metric: Optional[str]
    value: Optional[Value]
    attainment: Optional[float]
    baseline: Optional[str]
    status: str
    cue: int = 0  # where the cue (or the planned figure) stands
