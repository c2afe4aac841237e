"""``extractor evaluate``: the scoring table of ``../shared/scoring.md`` against gold documents."""
from __future__ import annotations


def run(args) -> int:
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


def add_parser(sub) -> None:
    """Register the ``evaluate`` sub-command."""
    ev = sub.add_parser("evaluate", help="score predictions against gold documents")
    ev.add_argument("gold", help="gold JSONL, a gold .json, or a folder of them")
    ev.add_argument("--pred", help="predicted records (JSONL); default: run the pipeline on the gold texts")
    ev.add_argument("--json", help="also write the figures as JSON here")
    ev.add_argument("--errors", help="write every miss and false positive as JSONL here")
    ev.set_defaults(func=run)
