"""Figures tied to the one before them: ``83%/80%`` pairs and ``2,5% và 3,9%``."""
import pytest

from extractor.percentages.lists import joined_start, paired_start


@pytest.mark.parametrize("view, start, expected", [
    ("tỷ lệ đạt 83,2%/50% kế hoạch", 16, 10),
    ("tỷ lệ đạt 83,2% / 50% kế hoạch", 18, 10),
    ("tỷ lệ đạt 83,2%  /50%", 18, None),  # two spaces before the slash: not a pair
    ("tỷ lệ đạt 83,2 và 50%", 18, None),
    ("2023/50%", 5, None),  # no sign before the slash
])
def test_paired_start_is_the_achieved_figure(view, start, expected):
    assert paired_start(view, start) == expected


@pytest.mark.parametrize("view, start, expected", [
    ("lần lượt là 2,5% và 3,9%", 20, 12),
    ("lần lượt là 2,5% hoặc 3,9%", 22, 12),
    ("lần lượt là 2,5 và 3,9%", 19, None),  # the figure before has no sign
    ("đạt 45% so với 3,9%", 15, None),
])
def test_joined_start_is_the_figure_before_va(view, start, expected):
    assert joined_start(view, start) == expected
