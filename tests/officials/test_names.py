"""Name candidates: runs of title-case syllables."""
import pytest

from extractor.officials.names import _runs
from extractor.officials.tokens import tokenize_spans


@pytest.mark.parametrize("text, runs", [
    ("Ông Trần Văn Nam, Bí thư Tỉnh ủy", ["Ông Trần Văn Nam"]),
    # two spaces or a line break end a run
    ("Lê Hoa  Mai\nHồng Hà", ["Lê Hoa", "Hồng Hà"]),
    ("Mai  Lê Hoa Hồng  Hà", ["Lê Hoa Hồng"]),
    ("UBND tỉnh Gia Lai", ["Gia Lai"]),
    # a syllable glued to a mark opens a run
    ("A B,C D E", ["A B", "C D E"]),
    ("không có Tên", []),
])
def test_runs_are_maximal_title_case_stretches_of_two_or_more(text, runs):
    toks, starts, ends = tokenize_spans(text)
    assert "".join(t.run_mark for t in toks) == "".join(
        ("T" if t.space_before else "t") if t.title_case else "x" for t in toks)
    assert [text[starts[i]:ends[j - 1]] for i, j in _runs(toks)] == runs
