"""``extractor bench``: docs/s and peak memory of the pipeline next to the off-the-shelf baseline."""
from __future__ import annotations


def run(args) -> int:
    from ..bench import run_bench

    print(run_bench(args.corpus, repeat=args.repeat, baseline=not args.no_baseline,
                    baseline_docs=args.baseline_docs, model=args.model, as_json=args.json,
                    profile=args.profile))
    return 0


def add_parser(sub) -> None:
    """Register the ``bench`` sub-command."""
    be = sub.add_parser("bench", help="docs/s and peak memory, next to the baseline")
    be.add_argument("corpus", nargs="?", default="corpus", help="folder of gold or text documents")
    be.add_argument("--repeat", type=int, default=5, help="passes over the corpus for the pipeline")
    be.add_argument("--no-baseline", action="store_true")
    be.add_argument("--baseline-docs", type=int, default=10, help="documents the (slow) baseline runs on")
    be.add_argument("--json", action="store_true", help="print the figures as JSON")
    be.add_argument("--profile", action="store_true", help="also print each stage's CPU time per article")
    be.set_defaults(func=run)
