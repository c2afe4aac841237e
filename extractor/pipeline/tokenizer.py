"""A syllable tokenizer for ``spacy.blank("vi")`` that needs no pyvi.

spaCy's Vietnamese tokenizer without pyvi splits on spaces only, leaving
``12/6/2023,`` as one token; field spans need letters, digits and punctuation
apart. Offsets are exact: ``doc.text == text`` always.
"""
from __future__ import annotations

import re

import regex
from spacy.tokens import Doc
from spacy.util import registry

# Letter runs, digit runs and single symbols, each with the one space that may
# follow it (its whitespace_); else a whitespace run, which is a token of its own.
# The branch reset (?|...) gives both branches the same two groups.
_PIECE = regex.compile(r"(?|([^\W\d_]+|\d+|\S)( ?)|(\s+)())", flags=regex.V1)

# The same split in the standard ``re`` engine, 1.5x faster: each match is a token
# (group 2) with the space it takes from the token before it (group 1), and
# ``split`` returns the groups as one flat list, sliced apart in C. A whitespace
# token takes every space, so only a non-space token can be followed by one; at the
# start of the text the space has no token before it (see _split). ``re`` and
# ``regex`` disagree on what a letter, digit or space is for some characters
# (combining marks, superscript digits, U+001C-U+001F), so it is only used on
# texts made of characters on which they agree; other texts take _PIECE.
_FAST = re.compile(r"( ?)([^\W\d_]+|\d+|\S|\s+)")

def _agreeing(*blocks: tuple[int, int]) -> re.Pattern:
    """A pattern finding any character that is not in ``blocks`` or on which the
    two engines classify differently (letter, digit, space)."""
    chars = "".join(chr(c) for a, b in blocks for c in range(a, b))
    bad: set[str] = set()
    for cls in (r"[^\W\d_]", r"\d", r"\s"):
        bad |= set(regex.findall(cls, chars, flags=regex.V1)) ^ set(re.findall(cls, chars))
    ok = [c for c in chars if c not in bad]
    return re.compile("[^" + "".join(re.escape(c) for c in ok) + "]")


# Latin with Vietnamese letters, combining marks excluded by the check, punctuation
# and currency signs: what press releases are written in.
_OTHER = _agreeing((0x0000, 0x0300), (0x1E00, 0x1F00), (0x2000, 0x20D0))


def _split(text: str) -> tuple[list[str], list]:
    """``words`` and, for each, a value that is true when one space follows it."""
    if _OTHER.search(text) is not None:
        pieces = _PIECE.findall(text)
        return [word for word, _ in pieces], [space for _, space in pieces]
    flat = _FAST.split(text)
    words = flat[2::3]
    spaces = flat[4::3]  # the space taken by each next token
    if not words:
        return words, spaces
    if len(text) > 1 and text[-1] == " " and not text[-2].isspace():
        # A final space has no token after it to take it: it was matched as a
        # whitespace token of its own; it is the last word's space.
        words.pop()
        spaces[-1] = " "
    else:
        spaces.append(None)
    if len(text) > 1 and text[0] == " ":
        # The first token took the text's first space as one before it: the space
        # begins the whitespace token, or is one.
        if words[0].isspace():
            words[0] = " " + words[0]
        else:
            words.insert(0, " ")
            spaces.insert(0, None)
    return words, spaces


def words_and_spaces(text: str) -> tuple[list[str], list[bool]]:
    """spaCy's ``words``/``spaces`` for ``text``: one space after a token is its
    ``whitespace_``; any other whitespace becomes a token of its own.

    Written out because ``spacy.util.get_words_and_spaces`` re-finds every word in
    the text and took a quarter of the pipeline's time; one regex pass that takes
    the trailing space with its word leaves no Python loop.
    """
    words, spaces = _split(text)
    return words, [bool(space) for space in spaces]


class _Orths(dict):
    """Word -> orth id; a missing word is given back as itself, and noted."""

    def __init__(self):
        super().__init__()
        self.new: list[str] = []

    def __missing__(self, word: str) -> str:
        self.new.append(word)
        return word


class SyllableTokenizer:
    """Letters runs, digit runs and single symbols; whitespace kept in ``Token.whitespace_``."""

    #: Word -> orth cache entries kept at most (then it starts again, so that it
    #: cannot outgrow a vocabulary emptied by spaCy memory zones).
    MAX_CACHED = 1_000_000

    def __init__(self, vocab):
        self.vocab = vocab
        self._orths = _Orths()

    def __call__(self, text: str) -> Doc:
        # Doc reads each space flag as a truth value: no list of bools is needed.
        words, spaces = _split(text)
        doc = self._doc(words, spaces)
        # spaCy rebuilds doc.text from every token; the components read this copy
        # (see extensions.doc_text).
        doc.user_data["extractor.text"] = text
        return doc

    def _doc(self, words: list[str], spaces: list) -> Doc:
        """``Doc(vocab, words, spaces)``, given the orth ids of the words seen before.

        From a string Doc hashes it and checks the hash in the string store twice;
        from an id it takes the vocabulary entry at once (twice as fast). A word's id
        is the hash of its string (``vocab.strings[word]``, the key Doc looks it up
        by), the same in any vocabulary; new words are passed as strings, so their
        entries are made as before.
        """
        cache = self._orths
        try:
            doc = Doc(self.vocab, words=list(map(cache.__getitem__, words)), spaces=spaces)
        except KeyError:  # an id whose string a spaCy memory zone has removed
            cache.clear()
            doc = Doc(self.vocab, words=words, spaces=spaces)
        if cache.new:
            if len(cache) > self.MAX_CACHED:
                cache.clear()
            strings = self.vocab.strings
            for word in cache.new:
                cache[word] = strings[word]
            cache.new.clear()
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # Nothing to save: the tokenizer is pure code.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs):
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs):
        return self


@registry.tokenizers("extractor.SyllableTokenizer.v1")
def create_tokenizer():
    """spaCy config hook: ``[nlp.tokenizer] @tokenizers = "extractor.SyllableTokenizer.v1"``."""

    def make(nlp):
        return SyllableTokenizer(nlp.vocab)

    return make
