"""The token table of a text and phrase look-ups on it (the fast paths must equal the plain ones)."""
import pytest

from extractor.resolutions.patterns import TOKEN, PhraseSet, Tokens


def plain_tokens(view):
    """The tokens as ``TOKEN.finditer`` gives them, each lowered as its part of the lowered view."""
    spans = [m.span() for m in TOKEN.finditer(view)]
    lowered = view.lower()
    if len(lowered) != len(view):
        return spans, [view[s:e].lower() for s, e in spans]
    return spans, [lowered[s:e] for s, e in spans]


@pytest.mark.parametrize("view, words", [
    ("Nghị quyết số 35-NQ/TW của T.Ư\nKH&ĐT", ["nghị", "quyết", "số", "35", "-", "nq", "/", "tw", "của", "t.ư", "\n",
                                            "kh&đt"]),
    ("  Luật  Đất đai\u00a0năm 2024.  ", ["luật", "đất", "đai", "năm", "2024", "."]),
    ("", []),
    (" \n\n ", ["\n", "\n"]),
    # A final sigma lowers by its neighbours: its token is cut from the lowered view.
    ("ΟΔΟΣ'Α và ΟΔΟΣ.", ["οδοσ", "'", "α", "và", "οδος", "."]),
    # A lower case longer than the letter ("İ"): each token is lowered alone.
    ("İzmir ΟΔΟΣ'Α", ["i̇zmir", "οδος", "'", "α"]),
])
def test_tokens_equal_the_plain_tokenisation(view, words):
    tokens = Tokens(view)
    spans, low = plain_tokens(view)
    assert tokens.low == low == words
    assert list(zip(tokens.starts, tokens.ends)) == spans
    assert [view[s:e].lower() for s, e in spans if "Σ" not in view[s:e]] == [
        w for w, (s, e) in zip(words, spans) if "Σ" not in view[s:e]]


def test_tokens_of_a_long_text_are_all_read():
    view = "Kế hoạch số 12-KH/UBND ngày 3/4/2024, về “chuyển đổi số”.\n" * 2000
    tokens = Tokens(view)
    assert len(tokens) == 2000 * 23 == len(TOKEN.findall(view))
    assert tokens.starts[-1] == len(view) - 1 and tokens.low[-1] == "\n"


TYPES = PhraseSet(["Nghị quyết", "Nghị quyết liên tịch", "Nghị định", "Luật"])


@pytest.mark.parametrize("view, i, n", [
    ("theo Nghị quyết liên tịch số 01", 1, 4),
    ("theo Nghị quyết liên", 1, 2),  # the longer phrase runs past the last token
    ("Nghị định 15", 0, 2),
    ("luật", 0, 1),
    ("Nghị sĩ", 0, 0),
    ("của Luật", 2, 0),  # past the last token
    ("của Luật", 0, 0),
])
def test_phrase_match_is_the_longest_phrase_at_the_token(view, i, n):
    assert TYPES.match(Tokens(view), i) == n


def plain_match(phrases, tokens, i):
    """The look-up before the per-word lengths: every length from the longest down."""
    if i >= len(tokens.low) or tokens.low[i] not in phrases.firsts:
        return 0
    for n in range(min(phrases.longest, len(tokens.low) - i), 0, -1):
        if tuple(tokens.low[i:i + n]) in phrases.phrases:
            return n
    return 0


@pytest.mark.parametrize("view", ["Luật", "về Luật", "Nghị quyết liên tịch Nghị định", "Nghị quyết Luật"])
def test_phrase_match_equals_the_plain_look_up_at_every_index(view):
    tokens = Tokens(view)
    for i in range(-len(tokens), len(tokens) + 2):
        assert TYPES.match(tokens, i) == plain_match(TYPES, tokens, i), i
