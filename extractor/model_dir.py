"""Write the spaCy model directory ``models/extractor_vi`` from the package's resources.

    python -m extractor.model_dir build [--metrics corpus/metrics.json] [--out models/extractor_vi]

The directory is committed and installed with the package as ``extractor.model``;
``tests/test_model_dir.py`` rebuilds it into a temporary folder and fails when
the committed copy differs.
"""
from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "models" / "extractor_vi"
# Files spaCy writes that depend on nothing of ours.
_VOLATILE = ("vocab", "tokenizer")


def build(out: Path, metrics: dict | None = None) -> Path:
    """Write the model directory to ``out`` (replacing what was there, keeping ``__init__.py``)."""
    from .nlp import build_nlp

    nlp = build_nlp()
    if metrics:
        nlp.meta["performance"] = metrics
    elif (out / "meta.json").exists():
        old = json.loads((out / "meta.json").read_text("utf-8"))
        if "performance" in old:
            nlp.meta["performance"] = old["performance"]
    for child in out.glob("*") if out.exists() else ():
        if child.name != "__init__.py":
            shutil.rmtree(child) if child.is_dir() else child.unlink()
    nlp.to_disk(out, exclude=_VOLATILE)
    init = out / "__init__.py"
    if not init.exists():
        init.write_text('"""The spaCy model directory of the pipeline (data only)."""\n', encoding="utf-8")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m extractor.model_dir")
    ap.add_argument("command", choices=["build"])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--metrics", type=Path, help="JSON of evaluation figures to keep in meta.json")
    args = ap.parse_args(argv)
    metrics = json.loads(args.metrics.read_text("utf-8")) if args.metrics else None
    print(build(args.out, metrics))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
