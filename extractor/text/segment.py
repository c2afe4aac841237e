"""Sentences inside a paragraph, with offsets, using underthesea's sentence splitter.

underthesea ignores line breaks, so it is given one paragraph at a time; its
output strings are located back in the paragraph to keep exact offsets. Its
algorithm is run by :mod:`extractor.text.punkt` (same output, faster).
"""
from __future__ import annotations

from .punkt import splitter


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` (one paragraph) into sentence spans."""
    sent_tokenize = splitter()
    para = text[start:end]
    out: list[tuple[int, int]] = []
    pos = 0
    for sent in sent_tokenize(para):
        sent = sent.strip()
        if not sent:
            continue
        i = para.find(sent, pos)
        if i < 0:  # the splitter changed the characters; keep the rest as one sentence
            break
        out.append((start + i, start + i + len(sent)))
        pos = i + len(sent)
    if pos < len(para.rstrip()):
        rest = para[pos:]
        lead = len(rest) - len(rest.lstrip())
        if rest.strip():
            out.append((start + pos + lead, start + pos + lead + len(rest.strip())))
    return out
