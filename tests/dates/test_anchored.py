"""anchored_finditer yields exactly what finditer yields, only faster."""
import pytest
from hypothesis import given, settings, strategies as st

from extractor.dates.anchored import anchored_finditer
from extractor.dates.patterns import patterns

_PIECES = ["2020", "2025", "2023", "1999", "12", "-", " - ", "/", " đến ", " TỚI ", " năm ", "Năm ", "nhiệm kỳ ",
           "Nhiệm  kỳ\n", "nửa cuối ", "NỬA ĐẦU ", "từ ", "Từ năm ", "giai đoạn ", "khóa ", "x", ".", ",", "%",
           " phần trăm", "\n", "(", "kế hoạch", "cuối ", "ĐẦU ", "giữa\t", "Xnăm ", "12/6/"]


def _spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("name", ["period", "year"])
@settings(max_examples=300)
@given(parts=st.lists(st.sampled_from(_PIECES), max_size=14))
def test_same_as_finditer(name, parts):
    text = "".join(parts)
    p = patterns()
    assert _spans(anchored_finditer(p[name], p[name + "_core"], text)) == _spans(p[name].finditer(text))


@pytest.mark.parametrize("text, spans", [
    ("Nửa cuối nhiệm kỳ 2020 - 2025 và giai đoạn 2021-2030.", [(0, 29), (33, 52)]),
    ("từ năm 2020 đến năm 2025, 2019/2020", [(0, 24), (26, 35)]),
    ("nhiệm kỳ 2020 đến 2025 đến 2030", [(0, 22)]),   # overlapping cores: the first match wins
    ("nhiệm kỳ 2020-2025-2030", []),                  # a figure, not a period
])
def test_period_matches(text, spans):
    p = patterns()
    assert [m.span() for m in anchored_finditer(p["period"], p["period_core"], text)] == spans


@pytest.mark.parametrize("text, spans", [
    ("cuối năm 2023, năm 2024 và 2025; Năm  2026", [(0, 13), (15, 23), (33, 42)]),
    ("Xnăm 2023, ngày 12/6/2023", []),
])
def test_year_matches(text, spans):
    p = patterns()
    assert [m.span() for m in anchored_finditer(p["year"], p["year_core"], text)] == spans
