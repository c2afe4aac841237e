"""``extractor show``: the review view (HTML) of records, or of texts extracted on the fly."""
from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path
from typing import Iterator, Optional

from .extract import EXAMPLE


class _Lazy:
    """The pipeline, loaded only when some input is a text rather than a record."""

    def __init__(self, model: Optional[str]):
        self.model, self._ex = model, None

    def __call__(self, doc: dict):
        if self._ex is None:
            from ..api import Extractor

            self._ex = Extractor(self.model)
        return self._ex(doc)


def _failed(ident: str, reason: str, source: Optional[str] = None):
    from ..io import error_record
    from ..record import record_from_dict

    return record_from_dict(error_record(ident, reason, source))


def _from_jsonl(path: Path, extract: _Lazy) -> Iterator:
    from ..record import record_from_dict

    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield _failed(where, f"line {n}: invalid JSON ({exc.msg})", str(path))
                continue
            if not isinstance(row, dict) or not isinstance(row.get("text", ""), str):
                yield _failed(where, f"line {n}: not a record or document", str(path))
            elif "schema_version" in row:  # a record written by `extractor extract`
                # Records written with --no-text have no "text" (record_from_dict needs one).
                yield record_from_dict({**row, "id": str(row.get("id") or where), "text": row.get("text", "")})
            else:  # an input document: extract it first
                yield extract({**row, "id": row.get("id") or where})


def load_records(inputs: list[str], model: Optional[str] = None) -> Iterator:
    """Records for ``extractor show``: JSONL records as written, everything else extracted.

    Args:
        inputs: ``.jsonl`` files (lines with ``schema_version`` are records, other
            lines documents to extract), ``.txt`` files, or folders of ``.txt``.
        model: model directory for the texts that need extracting.
    """
    from ..io import read

    extract = _Lazy(model)
    for raw in inputs:
        path = Path(raw)
        if path.is_file() and path.suffix.lower() == ".jsonl":
            yield from _from_jsonl(path, extract)
            continue
        for doc in read([raw]):
            yield _failed(doc.id, doc.error, doc.source) if doc.error else extract(doc.as_input())


def run(args) -> int:
    from ..view import render_page

    inputs = list(args.inputs)
    if args.example:
        with resources.as_file(resources.files("extractor").joinpath(EXAMPLE)) as path:
            inputs.append(str(path))
    if not inputs:
        print("extractor show: give FILE paths or --example", file=sys.stderr)
        return 2
    records = [r for r in load_records(inputs, args.model) if not args.id or r.id in args.id]
    if args.limit is not None:
        records = records[: args.limit]
    if not records:
        print("extractor show: no record to show", file=sys.stderr)
        return 1
    page = render_page(records, title=f"extractor review: {', '.join(Path(i).name for i in inputs)}",
                       items=not args.no_items)
    if args.output in (None, "-"):
        sys.stdout.write(page)
    else:
        Path(args.output).write_text(page, encoding="utf-8")
    if args.screenshot:
        if args.output in (None, "-"):
            print("extractor show: --screenshot needs -o FILE.html", file=sys.stderr)
            return 2
        from ..view.browser import screenshot

        screenshot(args.output, args.screenshot)
    return 0


def add_parser(sub) -> None:
    """Register the ``show`` sub-command."""
    sh = sub.add_parser("show", help="review view: the articles with every item highlighted (HTML)")
    sh.add_argument("inputs", nargs="*", help="records (.jsonl from `extractor extract`), or .txt files/folders")
    sh.add_argument("-o", "--output", help="HTML file to write (default stdout)")
    sh.add_argument("--example", action="store_true", help="show the example article shipped with the package")
    sh.add_argument("--id", action="append", help="show only the record with this id (repeatable)")
    sh.add_argument("--limit", type=int, help="show at most this many records")
    sh.add_argument("--no-items", action="store_true", help="leave out the table of items under each article")
    sh.add_argument("--screenshot", metavar="PNG", help="also save a PNG of the page (needs Chromium)")
    sh.set_defaults(func=run)
