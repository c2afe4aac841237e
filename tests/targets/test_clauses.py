"""Clause boundaries: the candidate scan agrees with the reference separator regex."""
import pytest

from extractor.targets.clauses import _CLAUSE_SEP, Clause, clauses


def _reference(view: str, start: int, end: int) -> list[Clause]:
    out, pos, sep = [], start, ""
    for m in _CLAUSE_SEP.finditer(view, start, end):
        piece = view[pos:m.start()]
        a, b = pos + len(piece) - len(piece.lstrip()), pos + len(piece.rstrip())
        if b > a:
            out.append(Clause(a, b, sep))
        pos, sep = m.end(), m.group().strip() or ","
    piece = view[pos:end]
    a, b = pos + len(piece) - len(piece.lstrip()), pos + len(piece.rstrip())
    if b > a:
        out.append(Clause(a, b, sep))
    return out


@pytest.mark.parametrize("view", [
    "Doanh thu đạt 1.234,5 tỷ đồng, bằng 103,2% kế hoạch năm",
    "Tăng trưởng kinh tế (GRDP) đạt 7,5 – 8%; thu ngân sách: 2.100 tỷ đồng",
    "Lúc 10:30, hội nghị (có 120 đại biểu) bắt đầu - không chậm trễ",
    "Mục tiêu 5 - 6% và (TP.HCM) cùng (ABCDEFGHIJKLMNO) kế hoạch",
    "Chỉ số (A&B) tăng 2 – x, giảm y – 3, ( ) trống; ;",
    "Số 12 - 15 xã, 3 -4 huyện, ý kiến – đồng thuận",
])
def test_clauses_agree_with_reference_separators(view):
    assert clauses(view, 0, len(view)) == _reference(view, 0, len(view))


def test_clauses_inside_a_longer_view_keep_offsets():
    view = "Mở đầu. Thu nội địa đạt 900 tỷ đồng, bằng 95% dự toán (năm 2024). Hết"
    s, e = 8, view.index(". Hết")
    got = clauses(view, s, e)
    assert got == _reference(view, s, e)
    assert [(view[c.start:c.end], c.sep) for c in got] == [
        ("Thu nội địa đạt 900 tỷ đồng", ""), ("bằng 95% dự toán", ","), ("năm 2024", "("),
    ]


def test_abbreviation_bracket_does_not_split_but_a_cut_one_does():
    view = "Tổng sản phẩm (GRDP) đạt 8%"
    assert [view[c.start:c.end] for c in clauses(view, 0, len(view))] == [view]
    assert [view[c.start:c.end] for c in clauses(view, 0, 18)] == ["Tổng sản phẩm", "GRD"]
