"""``extractor extract``: records from text, HTML, JSONL and WARC inputs, in parallel, resumable."""
from __future__ import annotations

import sys
from importlib import resources

EXAMPLE = "examples/article.txt"


def run(args) -> int:
    from ..batch import run_batch
    from ..errors import ExtractorError
    from ..io import Fields

    inputs = args.inputs
    if args.example:
        with resources.as_file(resources.files("extractor").joinpath(EXAMPLE)) as path:
            inputs = [str(path)]
    if not inputs:
        print("extractor extract: give INPUT paths, '-' for stdin, or --example", file=sys.stderr)
        return 2
    if args.resume and args.output in (None, "-"):
        print("extractor extract: --resume needs -o OUTPUT", file=sys.stderr)
        return 2
    fields = Fields(id=args.id_field, text=args.text_field, published=args.date_field,
                    title=args.title_field, url=args.url_field)
    try:
        result = run_batch(
            inputs, args.output, jobs=args.jobs, model=args.model, resume=args.resume,
            include_text=not args.no_text, timeout=args.timeout or None, max_bytes=args.max_bytes or None,
            fields=fields, fmt=args.format, scheduler=args.scheduler, progress=args.progress,
        )
    except ExtractorError as exc:
        print(f"extractor extract: {exc}", file=sys.stderr)
        return 2
    if result.skipped:
        print(f"extractor extract: resumed after {result.skipped} row(s) already written", file=sys.stderr)
    if result.failed:
        print(f"extractor extract: {result.failed} document(s) failed; see rows with 'error'", file=sys.stderr)
    return 1 if result.failed else 0


def add_parser(sub) -> None:
    """Register the ``extract`` sub-command."""
    from ..batch import TIMEOUT
    from ..io.readers import MAX_BYTES

    ex = sub.add_parser("extract", help="extract records (JSONL or Parquet out)")
    ex.add_argument("inputs", nargs="*", help=".txt, .html/.htm, .jsonl(.gz), .warc(.gz) files, folders, "
                    "glob patterns, or - for JSONL on stdin")
    ex.add_argument("-o", "--output", help="output: .jsonl, .jsonl.gz, or .parquet (a folder of parts); "
                    "default stdout")
    ex.add_argument("--format", choices=["jsonl", "parquet"], help="output format (default: from the name)")
    ex.add_argument("--example", action="store_true", help="run on the example article shipped with the package")
    ex.add_argument("--no-text", action="store_true", help="leave record.text out (offsets refer to the input)")
    ex.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1: this process)")
    ex.add_argument("--scheduler", metavar="ADDRESS", help="run on the Dask cluster at ADDRESS (extra 'dask')")
    ex.add_argument("--resume", action="store_true",
                    help="keep the complete rows already in OUTPUT and extract only the rest")
    ex.add_argument("--timeout", type=float, default=TIMEOUT,
                    help=f"seconds per document before it becomes an error row (default {TIMEOUT:g}; 0: none)")
    ex.add_argument("--max-bytes", type=int, default=MAX_BYTES,
                    help=f"larger files/records become error rows unread (default {MAX_BYTES}; 0: no limit)")
    for name, default in (("id", "id"), ("text", "text"), ("date", "published"), ("title", "title"),
                          ("url", "url")):
        ex.add_argument(f"--{name}-field", default=default, help=f"JSONL key of the {name} (default {default!r})")
    prog = ex.add_mutually_exclusive_group()
    prog.add_argument("--progress", dest="progress", action="store_true", default=None)
    prog.add_argument("--no-progress", dest="progress", action="store_false")
    ex.set_defaults(func=run)
