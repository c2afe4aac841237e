"""Phrase tries of the metric cuts: the longest phrase at an edge goes, never all words."""
import pytest

from extractor.targets.metric import _longest, _phrases, _strip_end, _strip_start, action_start
from extractor.targets.lexicon import lexicon

PHRASES = ("đạt", "ước đạt", "đạt được", "mới đạt", "trong đó")


def _w(text: str):
    out, pos = [], 0
    for word in text.split():
        pos = text.index(word, pos)
        out.append((word, pos, pos + len(word)))
        pos += len(word)
    return out


@pytest.mark.parametrize("words, kept", [
    ("doanh thu ước đạt", "doanh thu"),
    ("doanh thu mới đạt được", "doanh thu mới"),
    ("doanh thu đạt đạt", "doanh thu"),
    ("ước đạt", "ước"),
    ("đạt", "đạt"),
    ("doanh thu", "doanh thu"),
])
def test_strip_end_takes_the_longest_phrase_again_and_again(words, kept):
    assert " ".join(w[0] for w in _strip_end(_w(words), PHRASES)) == kept


@pytest.mark.parametrize("words, kept", [
    ("trong đó doanh thu", "doanh thu"),
    ("đạt được doanh thu", "doanh thu"),
    ("trong đó", "trong đó"),
    ("ước tính doanh thu", "ước tính doanh thu"),
])
def test_strip_start_takes_the_longest_phrase_and_keeps_a_word(words, kept):
    assert " ".join(w[0] for w in _strip_start(_w(words), PHRASES)) == kept


def test_longest_counts_words_of_the_phrase_within_the_limit():
    root = _phrases(PHRASES).backward
    assert _longest(root, _w("thu ước đạt"), 3, -1) == 2
    assert _longest(root, _w("thu ước đạt"), 1, -1) == 1
    assert _longest(_phrases(PHRASES).forward, _w("mới đạt thu"), 3, 1) == 2


def test_action_start_is_the_index_of_the_longest_verb_before_links():
    lex = lexicon()
    assert action_start(_w("toàn đảng bộ đã kết nạp được"), lex) == 4
    assert action_start(_w("kết nạp"), lex) == 0
    assert action_start(_w("doanh thu"), lex) is None
