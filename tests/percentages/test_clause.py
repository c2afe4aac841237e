"""Clause bounds and words around a figure, with exact offsets."""
import pytest
from hypothesis import given, strategies as st

from extractor.percentages.clause import BOUNDARY, _REACH, clause_start

_PIECES = ["doanh thu", " ", ",", ", ", "5,5", ".", "3.5", ";", ":", "(GDP)", "(", ")", "(đạt", "\n", "…",
           '"', "x" * 30, "TP)"]


def _forward_scan(view, pos):
    """The clause start as the last match of a forward scan over the slice."""
    start = max(0, pos - _REACH)
    ends = [m.end() for m in BOUNDARY.finditer(view, start, pos)]
    return ends[-1] if ends else start


@pytest.mark.parametrize("view, pos, start", [
    ("Doanh thu đạt 3.216 tỷ đồng, bằng 53,1% kế hoạch", 34, 28),
    ("Tăng trưởng (GDP) đạt 7%", 22, 0),
    ("Số đảng viên mới (đạt 90 % so với chỉ tiêu)", 23, 18),
    ("tăng 3.5 điểm", 9, 0),
    ("a; b: c", 7, 5),
    ("không có ranh giới", 10, 0),
])
def test_clause_start_is_after_the_last_boundary(view, pos, start):
    assert clause_start(view, pos) == start


@given(parts=st.lists(st.sampled_from(_PIECES), max_size=40), data=st.data())
def test_clause_start_matches_a_forward_scan(parts, data):
    view = "".join(parts)
    pos = data.draw(st.integers(min_value=-2, max_value=len(view) + 2))
    assert clause_start(view, pos) == _forward_scan(view, pos)
