"""The syllable tokenizer keeps exact offsets and splits what field spans need apart."""
import pytest
import regex
from hypothesis import given, strategies as st
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces

from extractor.pipeline import tokenizer
from extractor.pipeline.tokenizer import words_and_spaces

_TOKEN = regex.compile(r"[^\W\d_]+|\d+|\S", flags=regex.V1)


@pytest.mark.parametrize("text, words, spaces", [
    ("ngày 12/6/2023,", ["ngày", "12", "/", "6", "/", "2023", ","], [True, False, False, False, False, False, False]),
    ("Hòa  Bình\n\nTKV", ["Hòa", " ", "Bình", "\n\n", "TKV"], [True, False, False, False, False]),
    (" đạt 97%", [" ", "đạt", "97", "%"], [False, True, False, False]),
    ("", [], []),
])
def test_words_and_spaces(text, words, spaces):
    assert words_and_spaces(text) == (words, spaces)


@given(st.text(alphabet=st.sampled_from(list("aă1 .\n\t,%Đ")), max_size=40))
def test_same_split_as_spacys_helper(text):
    """Regression: replaces spacy.util.get_words_and_spaces (a quarter of the run time) exactly."""
    got = words_and_spaces(text)
    assert "".join(w + " " * s for w, s in zip(*got)) == text
    if _TOKEN.findall(text):
        assert got == get_words_and_spaces(_TOKEN.findall(text), text)


def _words_and_spaces_loop(text):
    """The first, piece-by-piece implementation; the single-findall one must equal it."""
    words, spaces = [], []
    for piece in regex.findall(r"[^\W\d_]+|\d+|\S|\s+", text, flags=regex.V1):
        if piece[0].isspace():
            if piece[0] == " " and words and not spaces[-1] and not words[-1][0].isspace():
                spaces[-1] = True
                piece = piece[1:]
                if not piece:
                    continue
        words.append(piece)
        spaces.append(False)
    return words, spaces


@given(st.text(alphabet=st.sampled_from(list("aă1 .\n\t,%Đ\u00a0\u0300_")), max_size=40) | st.text())
def test_same_split_as_the_piece_loop(text):
    assert words_and_spaces(text) == _words_and_spaces_loop(text)


def _regex_split(text):
    """The split of the ``regex`` pattern alone (the path taken by texts the ``re`` one must not see)."""
    pieces = tokenizer._PIECE.findall(text)
    return [w for w, _ in pieces], [s == " " for _, s in pieces]


@pytest.mark.parametrize("text, words, spaces", [
    ("đạt ", ["đạt"], [True]),
    ("đạt  ", ["đạt", " "], [True, False]),
    ("97% \n", ["97", "%", "\n"], [False, True, False]),
    ("a\n ", ["a", "\n "], [False, False]),
    (" ", [" "], [False]),
    (" a ", [" ", "a"], [False, True]),
])
def test_final_space_is_the_last_words_space(text, words, spaces):
    """Regression: in the ``re`` split a final space has no token after it to take it."""
    assert tokenizer._OTHER.search(text) is None
    assert words_and_spaces(text) == (words, spaces)


@pytest.mark.parametrize("text, words, spaces", [
    (" đạt", [" ", "đạt"], [False, False]),
    ("  đạt 5", ["  ", "đạt", "5"], [False, True, False]),
    (" \nđạt", [" \n", "đạt"], [False, False]),
    ("  ", ["  "], [False]),
])
def test_first_space_begins_a_whitespace_token(text, words, spaces):
    """Regression: in the ``re`` split the text's first space has no token before it to follow."""
    assert tokenizer._OTHER.search(text) is None
    assert words_and_spaces(text) == (words, spaces)


@pytest.mark.parametrize("char", ["\u0300", "\u00b2", "\u001c", "\u0301", "\u2460", "\u4e00"])
def test_characters_the_engines_disagree_on_take_the_regex_split(char):
    """Combining marks, superscript digits, U+001C are letters/digits/spaces for one engine only."""
    assert tokenizer._OTHER.search("Hòa " + char + " Bình") is not None


def test_vietnamese_punctuation_takes_the_re_split():
    assert tokenizer._OTHER.search("Ngày 12/6, “Đảng bộ” – đạt 97,5%… (TKV) € ±") is None


@given(st.lists(st.sampled_from(list("aă1 .\n\t,%Đ\u00a0\u0300²\x1c_ế") + ["  ", " \n"]), max_size=30).map("".join)
       | st.text())
def test_both_splits_are_the_same(text):
    assert words_and_spaces(text) == _regex_split(text)


def test_doc_spaces_follow_the_split():
    from spacy.vocab import Vocab
    doc = tokenizer.SyllableTokenizer(Vocab())("Ngày 12/6,  đạt ")
    assert [t.text for t in doc] == ["Ngày", "12", "/", "6", ",", " ", "đạt"]
    assert [t.whitespace_ for t in doc] == [" ", "", "", "", " ", "", " "]
    assert doc.text == "Ngày 12/6,  đạt "


def _tokens(doc):
    return [(t.text, t.whitespace_, t.orth, t.lower_, t.shape_, t.is_alpha, t.like_num) for t in doc]


def test_known_words_give_the_same_doc_as_strings():
    """Regression: the second Doc of a text is built from cached orth ids, and equals the first."""
    import spacy
    vocab = spacy.blank("xx").vocab
    tok = tokenizer.SyllableTokenizer(vocab)
    text = "Ông Nguyễn Văn A đạt 97,5%  kế hoạch.\nX"
    first = tok(text)
    assert tok._orths["Nguyễn"] == vocab.strings["Nguyễn"] and not tok._orths.new
    second = tok(text + " mới")
    assert _tokens(second) == _tokens(Doc(vocab, *words_and_spaces(text + " mới")))
    assert _tokens(second)[:-1] == _tokens(first)[:-1] + [("X", " ", vocab.strings["X"], "x", "X", True, False)]


def test_words_of_a_closed_memory_zone_are_made_again():
    import spacy
    nlp = spacy.blank("xx")
    tok = nlp.tokenizer = tokenizer.SyllableTokenizer(nlp.vocab)
    with nlp.memory_zone():
        inside = _tokens(tok("Bà Trần Thị Xuyến đạt 12,5%"))
    assert "Xuyến" not in nlp.vocab.strings
    assert _tokens(tok("Bà Trần Thị Xuyến đạt 12,5%")) == inside
    assert "Xuyến" in nlp.vocab.strings
