"""Name candidates: runs of title-case syllables."""
import pytest

from extractor.officials.names import _runs
from extractor.officials.tokens import tokenize_spans


@pytest.mark.parametrize("text, runs", [
    ("Ông Trần Văn Nam, Bí thư Tỉnh ủy", ["Ông Trần Văn Nam", "Bí", "Tỉnh"]),
    # two spaces or a line break end a run
    ("Lê Hoa  Mai\nHồng Hà", ["Lê Hoa", "Mai", "Hồng Hà"]),
    ("UBND tỉnh Gia Lai", ["Gia Lai"]),
    ("không có tên", []),
])
def test_runs_are_maximal_title_case_stretches(text, runs):
    toks, starts, ends = tokenize_spans(text)
    assert [text[starts[i]:ends[j - 1]] for i, j in _runs(toks)] == runs
