"""A syllable tokenizer for ``spacy.blank("vi")`` that needs no pyvi.

spaCy's Vietnamese tokenizer without pyvi splits on spaces only, leaving
``12/6/2023,`` as one token; field spans need letters, digits and punctuation
apart. Offsets are exact: ``doc.text == text`` always.
"""
from __future__ import annotations

import regex
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces, registry

_TOKEN = regex.compile(r"[^\W\d_]+|\d+|\S", flags=regex.V1)


class SyllableTokenizer:
    """Letters runs, digit runs and single symbols; whitespace kept in ``Token.whitespace_``."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words = _TOKEN.findall(text)
        if not words:
            return Doc(self.vocab, words=[text] if text else [], spaces=[False] if text else [])
        words, spaces = get_words_and_spaces(words, text)
        return Doc(self.vocab, words=words, spaces=spaces)

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
