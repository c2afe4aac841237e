"""``extractor extract | evaluate | bench | example``."""
from __future__ import annotations

import argparse
import sys
from importlib import resources

EXAMPLE = "examples/article.txt"


def _extract(args) -> int:
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


def _evaluate(args) -> int:
    import json

    from ..evaluation.goldfile import load_gold
    from ..evaluation.run import predict
    from ..evaluation.scoring import format_report, score

    gold = list(load_gold(args.gold))
    if args.pred:
        preds = {}
        with open(args.pred, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    preds[str(row.get("id"))] = row
    else:
        preds = predict(gold, args.model)
    report = score(gold, preds)
    print(format_report(report))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(report.to_dict(), fh, ensure_ascii=False, indent=2)
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as fh:
            for err in report.errors:
                fh.write(json.dumps(err, ensure_ascii=False) + "\n")
    return 0


def _bench(args) -> int:
    from ..bench import run_bench

    print(run_bench(args.corpus, repeat=args.repeat, baseline=not args.no_baseline,
                    baseline_docs=args.baseline_docs))
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="extractor", description="Structured fields from Vietnamese press releases.")
    ap.add_argument("--model", help="model directory (default: the one installed with the package)")
    sub = ap.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract records (JSONL out)")
    ex.add_argument("inputs", nargs="*", help=".txt files, folders, .jsonl files, or - for JSONL on stdin")
    ex.add_argument("-o", "--output", help="output JSONL file (default stdout)")
    ex.add_argument("--example", action="store_true", help="run on the example article shipped with the package")
    ex.add_argument("--no-text", action="store_true", help="leave record.text out (offsets refer to the input)")
    prog = ex.add_mutually_exclusive_group()
    prog.add_argument("--progress", dest="progress", action="store_true", default=None)
    prog.add_argument("--no-progress", dest="progress", action="store_false")
    ex.set_defaults(func=_extract)

    ev = sub.add_parser("evaluate", help="score predictions against gold documents")
    ev.add_argument("gold", help="gold JSONL, a gold .json, or a folder of them")
    ev.add_argument("--pred", help="predicted records (JSONL); default: run the pipeline on the gold texts")
    ev.add_argument("--json", help="also write the figures as JSON here")
    ev.add_argument("--errors", help="write every miss and false positive as JSONL here")
    ev.set_defaults(func=_evaluate)

    be = sub.add_parser("bench", help="docs/s and peak memory, next to the baseline")
    be.add_argument("corpus", nargs="?", default="corpus", help="folder of gold or text documents")
    be.add_argument("--repeat", type=int, default=5, help="passes over the corpus for the pipeline")
    be.add_argument("--no-baseline", action="store_true")
    be.add_argument("--baseline-docs", type=int, default=10, help="documents the (slow) baseline runs on")
    be.set_defaults(func=_bench)
    return ap


def main(argv=None) -> int:
    """Entry point of the ``extractor`` command."""
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
