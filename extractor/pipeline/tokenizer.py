"""A syllable tokenizer for ``spacy.blank("vi")`` that needs no pyvi.

spaCy's Vietnamese tokenizer without pyvi splits on spaces only, leaving
``12/6/2023,`` as one token; field spans need letters, digits and punctuation
apart. Offsets are exact: ``doc.text == text`` always.
"""
from __future__ import annotations

import regex
from spacy.tokens import Doc
from spacy.util import registry

# Letter runs, digit runs and single symbols, each with the one space that may
# follow it (its whitespace_); else a whitespace run, which is a token of its own.
# The branch reset (?|...) gives both branches the same two groups.
_PIECE = regex.compile(r"(?|([^\W\d_]+|\d+|\S)( ?)|(\s+)())", flags=regex.V1)


def words_and_spaces(text: str) -> tuple[list[str], list[bool]]:
    """spaCy's ``words``/``spaces`` for ``text``: one space after a token is its
    ``whitespace_``; any other whitespace becomes a token of its own.

    Written out because ``spacy.util.get_words_and_spaces`` re-finds every word in
    the text and took a quarter of the pipeline's time; one ``findall`` that takes
    the trailing space with its word leaves no Python loop.
    """
    pieces = _PIECE.findall(text)
    return [word for word, _ in pieces], [space == " " for _, space in pieces]


class SyllableTokenizer:
    """Letters runs, digit runs and single symbols; whitespace kept in ``Token.whitespace_``."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = words_and_spaces(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        # spaCy rebuilds doc.text from every token; the components read this copy
        # (see extensions.doc_text).
        doc.user_data["extractor.text"] = text
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
