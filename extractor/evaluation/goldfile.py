"""Read, check and complete gold documents of the corpus.

The corpus keeps one pretty-printed JSON object per document (diff-friendly);
`extractor evaluate` also accepts the one-object-per-line JSONL form of
``../shared/scoring.md``. Annotators write each span item with its ``text`` and,
when that text occurs more than once, ``occ`` (0-based occurrence, counting
overlapping matches); :func:`fill_offsets` adds ``start``/``end``.

This module imports nothing from the rest of the package so that it can run as
a script while the package itself is being changed::

    python extractor/evaluation/goldfile.py fix corpus/train/*.json
"""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path
from typing import Iterator

SPAN_FIELDS = ("dates", "percentages", "targets", "resolutions")
FIELDS = ("dates", "officials", "percentages", "targets", "resolutions", "organizations")


class GoldError(ValueError):
    """A gold document that cannot be used as it is."""


def _occurrences(text: str, needle: str) -> list[int]:
    found, i = [], text.find(needle)
    while i != -1:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def fill_offsets(doc: dict) -> list[str]:
    """Add ``start``/``end`` to every span item of ``doc`` in place.

    Returns:
        Problems found, as readable strings (empty when the document is clean).
    """
    problems: list[str] = []
    text = doc.get("text")
    if not isinstance(text, str) or not text:
        return [f"{doc.get('id')}: no text"]
    if unicodedata.normalize("NFC", text) != text:
        problems.append(f"{doc.get('id')}: text is not NFC")
    for field in SPAN_FIELDS:
        for n, item in enumerate(doc.get(field, [])):
            where = f"{doc.get('id')}: {field}[{n}] {item.get('text')!r}"
            needle = item.get("text")
            if not needle:
                problems.append(f"{where}: no text")
                continue
            if "start" in item and "end" in item and text[item["start"]:item["end"]] == needle:
                continue
            hits = _occurrences(text, needle)
            occ = item.get("occ")
            if not hits:
                problems.append(f"{where}: not found in text")
                continue
            if occ is None and len(hits) > 1:
                problems.append(f"{where}: occurs {len(hits)} times, give 'occ'")
                continue
            occ = occ or 0
            if occ >= len(hits):
                problems.append(f"{where}: occ {occ} but only {len(hits)} occurrences")
                continue
            item["start"] = hits[occ]
            item["end"] = hits[occ] + len(needle)
    for field in FIELDS:
        doc.setdefault(field, [])
    return problems


def load_gold(path: str | Path) -> Iterator[dict]:
    """Yield gold documents from a ``.json`` file, a ``.jsonl`` file or a folder of them."""
    path = Path(path)
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.suffix in (".json", ".jsonl"):
                yield from load_gold(child)
        return
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise GoldError(f"{path}:{n}: {exc}") from exc
        return
    try:
        yield json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: {exc}") from exc


def _main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("fix", "check"):
        print("usage: goldfile.py fix|check FILE.json...", file=sys.stderr)
        return 2
    bad = 0
    for name in argv[1:]:
        path = Path(name)
        doc = json.loads(path.read_text(encoding="utf-8"))
        problems = fill_offsets(doc)
        for p in problems:
            print(f"{path}: {p}")
        bad += bool(problems)
        if argv[0] == "fix" and not problems:
            path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
