"""Find every document reference of a text and link the short ones to what they repeat."""
from __future__ import annotations

from typing import Callable

from ..record import Resolution
from .congress import congress_mentions
from .link import CongressMention, link_congresses, link_numbers, looks_like_year
from .parse import Reference, ReferenceParser
from .patterns import Lexicon, Tokens


# Photo captions repeat the body in short ("… triển khai Luật Đất đai"); they are not references,
# unless the reference is the whole line (a heading that names the document).
_SKIP_ZONES = ("caption",)
_LINE_FILLER = frozenset(".:;-–—\"'“”()")


def _whole_line(tokens: Tokens, ref: Reference) -> bool:
    """Whether only punctuation stands beside ``ref`` on its line."""
    i = ref.start - 1
    while i >= 0 and tokens.low[i] in _LINE_FILLER:
        i -= 1
    if i >= 0 and tokens.low[i] != "\n":
        return False
    k = ref.end
    while k < len(tokens) and tokens.low[k] in _LINE_FILLER:
        k += 1
    return k >= len(tokens) or tokens.low[k] == "\n"


def find_references(
    text: str, view: str, lex: Lexicon, dates: dict, zone_at: Callable[[int], str] = lambda pos: "body"
) -> tuple[list[Resolution], list[str]]:
    """References in ``text`` (read on its matching ``view``), as record items.

    Args:
        text: the record text; item strings are cut from it.
        view: its matching view (same length).
        lex: the language data.
        dates: the date items of the text by start offset (``issued``, years, terms).
        zone_at: the layout zone of a character offset (``body``, ``headline``, ``caption``…).

    Returns:
        ``(resolutions, unlinked)``: the items in text order, and the texts of
        short congress mentions that name no congress found in the text.
    """
    tokens = Tokens(view)
    parser = ReferenceParser(text, tokens, lex, dates)
    refs: list[Reference] = []
    resume = 0
    low, last = tokens.low, len(tokens) - 1
    for i in tokens.indices_of(lex.first_words):
        if i < resume:
            continue  # A document named inside another's subject is not a separate item.
        if low[i] not in lex.opening_words and (i == last or (low[i], low[i + 1]) not in lex.opening_pairs):
            continue  # No type or abbreviation is written here: the parser would find nothing.
        ref = parser.parse(i)
        if ref is not None and zone_at(tokens.starts[i]) in _SKIP_ZONES and not _whole_line(tokens, ref):
            ref = None
        if ref is not None:
            refs.append(ref)
            resume = max(ref.end, i + 1)
    link_numbers(refs)
    refs = [r for r in refs if not looks_like_year(r)]
    mentions = []
    in_refs = {r.start + lex.types.match(tokens, r.start) for r in refs if r.kind in ("congress", "roman")}
    for c in congress_mentions(tokens, lex):
        term, _ = parser.term_at(c.end)
        name = text[tokens.starts[c.start]:tokens.ends[c.end - 1]]
        mentions.append(CongressMention(c.start, name, c.ordinal, term, c.national,
                                        c.start in in_refs, zone_at(tokens.starts[c.start])))
    unlinked = link_congresses(refs, mentions)
    items = [_item(text, tokens, r) for r in refs]
    return items, [text[tokens.starts[r.start]:tokens.ends[r.end - 1]] for r in unlinked]


def _item(text: str, tokens: Tokens, ref: Reference) -> Resolution:
    start, end = tokens.starts[ref.start], tokens.ends[ref.end - 1]
    return Resolution(
        text=text[start:end], start=start, end=end, doc_type=ref.doc_type, number=ref.number,
        issued=ref.issued, issuer=ref.issuer, subject=ref.subject, congress=ref.congress,
        ordinal=ref.ordinal, term=ref.term,
    )
