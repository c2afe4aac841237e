"""anchored_finditer yields exactly what finditer yields, only faster."""
import pytest
from hypothesis import given, settings, strategies as st

from extractor.text.anchored import anchored_finditer
from extractor.dates.patterns import patterns

_PIECES = ["2020", "2025", "2023", "1999", "12", "-", " - ", "/", " đến ", " TỚI ", " năm ", "Năm ", "nhiệm kỳ ",
           "Nhiệm  kỳ\n", "nửa cuối ", "NỬA ĐẦU ", "từ ", "Từ năm ", "giai đoạn ", "khóa ", "x", ".", ",", "%",
           " phần trăm", "\n", "(", "kế hoạch", "cuối ", "ĐẦU ", "giữa\t", "Xnăm ", "12/6/",
           "6 tháng ", "sáu ", "Tháng ", "mười  một ", "9", "nửa ", "nay", "trước",
           "ngày ", "NGÀY ", "các ngày ", "trong ", "hai ", " và ", "VÀ ", "16", "17/8", "15/6/2023", ", ", "3-"]


def _spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("name", ["period", "year", "months_of_year", "day_list"])
@settings(max_examples=300, deadline=None)  # a shared, busy machine: no per-example deadline
@given(parts=st.lists(st.sampled_from(_PIECES), max_size=14))
def test_same_as_finditer(name, parts):
    text = "".join(parts)
    p = patterns()
    assert _spans(anchored_finditer(p[name], p[name + "_core"], p[name + "_stop"], text)) == _spans(p[name].finditer(text))


@pytest.mark.parametrize("text, spans", [
    ("Nửa cuối nhiệm kỳ 2020 - 2025 và giai đoạn 2021-2030.", [(0, 29), (33, 52)]),
    ("từ năm 2020 đến năm 2025, 2019/2020", [(0, 24), (26, 35)]),
    ("nhiệm kỳ 2020 đến 2025 đến 2030", [(0, 22)]),   # overlapping cores: the first match wins
    ("nhiệm kỳ 2020-2025-2030", []),                  # a figure, not a period
])
def test_period_matches(text, spans):
    p = patterns()
    assert [m.span() for m in anchored_finditer(p["period"], p["period_core"], p["period_stop"], text)] == spans


@pytest.mark.parametrize("text, spans", [
    ("cuối năm 2023, năm 2024 và 2025; Năm  2026", [(0, 13), (15, 23), (33, 42)]),
    ("Xnăm 2023, ngày 12/6/2023", []),
])
def test_year_matches(text, spans):
    p = patterns()
    assert [m.span() for m in anchored_finditer(p["year"], p["year_core"], p["year_stop"], text)] == spans


def test_months_of_year_matches():
    text = "Sáu tháng đầu năm 2023, 9 tháng năm 2024; năm tháng cuối năm nay và nửa ĐẦU năm trước"
    p = patterns()
    got = [m.group() for m in anchored_finditer(p["months_of_year"], p["months_of_year_core"],
                                                 p["months_of_year_stop"], text)]
    assert got == ["Sáu tháng đầu năm 2023", "9 tháng năm 2024", "năm tháng cuối năm nay", "nửa ĐẦU năm trước"]


def test_day_list_matches():
    text = "trong 3 ngày 24, 25 và 26/9, các ngày 16 VÀ ngày 17/8/2023; ngày 5 và 6"
    p = patterns()
    got = [m.group() for m in anchored_finditer(p["day_list"], p["day_list_core"], p["day_list_stop"], text)]
    assert got == ["trong 3 ngày 24, 25 và 26/9", "các ngày 16 VÀ ngày 17/8/2023"]
