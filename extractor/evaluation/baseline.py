"""The off-the-shelf baseline the benchmark measures next to the pipeline.

What a developer gets by gluing the usual tools together: underthesea's NER for
people (one sentence at a time, paragraphs split first), ``dateparser.search``
for dates, and a ``\\d+%`` regex for percentages. It fills the same record
shape so that ``extractor evaluate`` scores both the same way. Titles, targets,
resolutions and subjects have no off-the-shelf tool and stay empty.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

import regex

from ..numbers import NUMBER, parse_number

_PERCENT = regex.compile(rf"{NUMBER}\s?%")


def _dates(text: str, base: Optional[dt.date]) -> list[dict]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime.combine(base, dt.time())} if base else {}
    found = search_dates(text, languages=["vi"], settings=settings) or []
    out, pos = [], 0
    for snippet, when in found:
        start = text.find(snippet, pos)
        if start < 0:
            continue
        pos = start + len(snippet)
        day = when.date().isoformat()
        out.append({"text": snippet, "start": start, "end": pos, "kind": "date", "value": day,
                    "start_date": day, "end_date": day, "part_of_day": None, "year_inferred": False})
    return out


def _people(text: str) -> list[dict]:
    from underthesea import ner, sent_tokenize

    names: list[str] = []
    for para in text.split("\n"):
        for sent in sent_tokenize(para) if para.strip() else ():
            current: list[str] = []
            for word, _pos, _chunk, tag in ner(sent) + [("", "", "", "O")]:
                if tag.endswith("PER") and (tag.startswith("I-") and current or tag.startswith("B-")):
                    if tag.startswith("B-") and current:
                        names.append(" ".join(current))
                        current = []
                    current.append(word)
                elif current:
                    names.append(" ".join(current))
                    current = []
    seen: dict[str, dict] = {}
    for name in names:
        seen.setdefault(name, {"name": name, "honorific": None, "titles": [], "mentions": []})
    return list(seen.values())


def baseline_record(doc: dict) -> dict:
    """A record dict for ``{"id", "text", "published"}`` made by the off-the-shelf tools."""
    text = doc["text"]
    base = None
    if doc.get("published"):
        try:
            base = dt.date.fromisoformat(str(doc["published"])[:10])
        except ValueError:
            base = None
    percentages = [
        {"text": m.group(), "start": m.start(), "end": m.end(),
         "value": parse_number(m.group().rstrip("% ")), "subject": None, "implied": False}
        for m in _PERCENT.finditer(text)
    ]
    return {
        "schema_version": "1.0", "id": doc["id"], "source": None, "title": None,
        "published": doc.get("published"), "text": text,
        "dates": _dates(text, base), "officials": _people(text), "percentages": percentages,
        "targets": [], "resolutions": [], "organizations": [], "warnings": [],
    }
