"""``extractor extract``: records as JSONL from text files, folders, JSONL dumps or stdin."""
from __future__ import annotations

import sys
from importlib import resources

EXAMPLE = "examples/article.txt"


def run(args) -> int:
    from ..api import Extractor
    from ..io import JsonlWriter, error_record, read

    inputs = args.inputs
    if args.example:
        with resources.as_file(resources.files("extractor").joinpath(EXAMPLE)) as path:
            inputs = [str(path)]
    if not inputs:
        print("extractor extract: give INPUT paths, '-' for stdin, or --example", file=sys.stderr)
        return 2
    from tqdm import tqdm

    ex = Extractor(args.model)
    failed = 0
    with JsonlWriter(args.output) as out:
        bar = tqdm(read(inputs), unit="doc", disable=None if args.progress is None else not args.progress,
                   file=sys.stderr, desc="extract")
        for doc in bar:
            if doc.error:
                failed += 1
                out.write(error_record(doc.id, doc.error, doc.source))
                continue
            try:
                rec = ex(doc.as_input())
            except Exception as exc:  # noqa: BLE001 - one bad document must not end the batch
                failed += 1
                out.write(error_record(doc.id, f"extraction failed: {type(exc).__name__}: {exc}", doc.source))
                continue
            out.write(rec.to_dict(include_text=not args.no_text))
    if failed:
        print(f"extractor extract: {failed} document(s) failed; see rows with 'error'", file=sys.stderr)
    return 1 if failed else 0


def add_parser(sub) -> None:
    """Register the ``extract`` sub-command."""
    ex = sub.add_parser("extract", help="extract records (JSONL out)")
    ex.add_argument("inputs", nargs="*", help=".txt files, folders, .jsonl files, or - for JSONL on stdin")
    ex.add_argument("-o", "--output", help="output JSONL file (default stdout)")
    ex.add_argument("--example", action="store_true", help="run on the example article shipped with the package")
    ex.add_argument("--no-text", action="store_true", help="leave record.text out (offsets refer to the input)")
    prog = ex.add_mutually_exclusive_group()
    prog.add_argument("--progress", dest="progress", action="store_true", default=None)
    prog.add_argument("--no-progress", dest="progress", action="store_false")
    ex.set_defaults(func=run)
