"""``extractor index``: the archive index (positions, documents, targets) of extraction records."""
from __future__ import annotations

import sys


def run(args) -> int:
    from pathlib import Path

    from ..archive.builder import IndexBuilder
    from ..archive.records import is_file, iter_records
    from ..archive.writers import FORMATS, TableWriter

    missing = [p for p in args.records if not is_file(p)]
    if missing:
        print(f"extractor index: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    if args.format and args.format not in FORMATS:
        print(f"extractor index: unknown format {args.format!r}", file=sys.stderr)
        return 2
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    problems = []

    def note(message: str) -> None:
        problems.append(message)
        print(f"extractor index: {message}", file=sys.stderr)

    # Targets stream to disk as they come; people and documents are aggregated in memory.
    targets = TableWriter(out, "targets", args.format)
    builder = IndexBuilder(spill_targets=targets.write)
    builder.update(iter_records(args.records, note))
    idx = builder.build()
    targets.close()
    for table in ("positions", "documents"):
        writer = TableWriter(out, table, args.format)
        writer.write(getattr(idx, table))
        writer.close()
    print(f"indexed {idx.records} records ({idx.skipped} error rows, {len(problems)} unreadable lines): "
          f"{len(idx.positions)} positions, {len(idx.documents)} documents, {targets.rows} targets "
          f"→ {out} ({targets.fmt})")
    return 1 if problems else 0


def add_parser(sub) -> None:
    """Register the ``index`` sub-command."""
    ix = sub.add_parser("index", help="index records: people's positions, cited documents, target series")
    ix.add_argument("records", nargs="+", help="record files (JSONL or .jsonl.gz from `extractor extract`; - for stdin)")
    ix.add_argument("-o", "--output", required=True, help="directory for positions/documents/targets tables")
    ix.add_argument("--format", help="parquet (default when pyarrow is installed) or csv")
    ix.set_defaults(func=run)
