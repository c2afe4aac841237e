"""``extractor bench``: throughput and peak memory of the pipeline next to the baseline.

Each side runs in its own fresh process (so peak RSS is its own), over the same
documents, in the same invocation:

- the pipeline over the corpus as it is, and over the same texts joined into
  articles of at least 5,000 characters (the size the speed target names);
- the floor: a blank spaCy Vietnamese tokenizer (``spacy.blank("vi")`` without
  pyvi) over the same articles, in the pipeline's process right after it, and the
  ratio of the pipeline's time to the floor's (what the speed target is stated in);
- the off-the-shelf baseline (:mod:`extractor.evaluation.baseline`) over the
  first ``baseline_docs`` documents, which are also scored against gold for
  both sides when the corpus is annotated;
- with ``profile``, the CPU time of each stage per article
  (:mod:`extractor.bench_profile`), in the pipeline's process.
"""
from __future__ import annotations

import json
import multiprocessing as mp
import resource
import sys
import time
from pathlib import Path
from typing import Optional

ARTICLE_CHARS = 5_000


def load_docs(corpus: str | Path) -> list[dict]:
    """Gold documents (``.json``/``.jsonl``) or plain ``.txt`` files under ``corpus``."""
    from .evaluation.goldfile import load_gold

    path = Path(corpus)
    docs = list(load_gold(path))
    if not docs and path.is_dir():
        docs = [{"id": p.stem, "text": p.read_text(encoding="utf-8"), "published": None}
                for p in sorted(path.rglob("*.txt"))]
    if not docs:
        raise FileNotFoundError(f"no .json, .jsonl or .txt documents under {corpus}")
    return docs


def articles_of(docs: list[dict], size: int = ARTICLE_CHARS) -> list[dict]:
    """The texts joined, in order, into articles of at least ``size`` characters."""
    out, parts = [], []
    for doc in docs:
        parts.append(doc["text"])
        if sum(len(p) for p in parts) >= size:
            out.append({"id": f"a{len(out)}", "text": "\n\n".join(parts), "published": doc.get("published")})
            parts = []
    return out


def _peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux, bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _pipeline_side(docs, articles, repeat, model, profile, queue) -> None:
    t0 = time.perf_counter()
    from .api import Extractor

    ex = Extractor(model)
    ex("Khởi động ngày 12/6/2023, đạt 97%.")  # first call pays lazy imports
    load_s = time.perf_counter() - t0
    result = {"load_s": load_s}
    for name, batch in (("corpus", docs), ("articles", articles)):
        t0 = time.perf_counter()
        for _ in range(repeat):
            for doc in batch:
                ex(doc)
        elapsed = time.perf_counter() - t0
        result[name] = {"docs": len(batch) * repeat, "seconds": elapsed,
                        "chars": sum(len(d["text"]) for d in batch) * repeat}
    result["predictions"] = {d["id"]: ex(d).to_dict() for d in docs}
    result["peak_rss_mb"] = _peak_rss_mb()
    result["floor"] = _floor(articles, repeat)
    if profile:
        from .bench_profile import stage_profile

        result["profile_ms"] = stage_profile(ex, articles, repeat)
    queue.put(result)


def _floor(articles, repeat) -> dict:
    import spacy

    blank = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    # One untimed pass: a word's first sight adds it to the vocab, which the pipeline's
    # own vocab already paid for on the corpus pass; timing it would flatter the ratio.
    for doc in articles:
        blank(doc["text"])
    t0 = time.perf_counter()
    for _ in range(repeat):
        for doc in articles:
            blank(doc["text"])
    return {"docs": len(articles) * repeat, "seconds": time.perf_counter() - t0,
            "chars": sum(len(d["text"]) for d in articles) * repeat}


def _baseline_side(docs, queue) -> None:
    from .evaluation.baseline import baseline_record

    baseline_record({"id": "warm", "text": "Ông Nguyễn Văn An phát biểu ngày 12/6/2023.", "published": None})
    t0 = time.perf_counter()
    preds = {d["id"]: baseline_record(d) for d in docs}
    elapsed = time.perf_counter() - t0
    queue.put({"corpus": {"docs": len(docs), "seconds": elapsed, "chars": sum(len(d["text"]) for d in docs)},
               "predictions": preds, "peak_rss_mb": _peak_rss_mb()})


def _in_child(target, *args) -> dict:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(*args, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def _rate(side: dict) -> float:
    return side["docs"] / side["seconds"] if side["seconds"] else float("inf")


def run_bench(corpus: str | Path = "corpus", *, repeat: int = 5, baseline: bool = True,
              baseline_docs: int = 10, model: Optional[str] = None, as_json: bool = False,
              profile: bool = False) -> str:
    """Measure and return a report (Markdown table, or JSON with ``as_json``).

    Args:
        corpus: folder (or file) of gold documents or ``.txt`` files.
        repeat: passes of the pipeline over the documents.
        baseline: also run the off-the-shelf baseline.
        baseline_docs: how many documents the baseline (about 1 doc/s) runs on.
        model: model directory for the pipeline; default the installed one.
        as_json: return the figures as JSON instead of a table.
        profile: also report each stage's CPU time per article.
    """
    from .evaluation.scoring import score

    docs = load_docs(corpus)
    articles = articles_of(docs)
    pipe = _in_child(_pipeline_side, docs, articles, repeat, model, profile)
    rows = [("extractor, corpus documents", pipe["corpus"], pipe["peak_rss_mb"]),
            (f"extractor, {ARTICLE_CHARS // 1000} KB articles", pipe["articles"], pipe["peak_rss_mb"]),
            (f"floor: spaCy blank('vi') tokenizer, {ARTICLE_CHARS // 1000} KB articles", pipe["floor"], None)]
    ratio = pipe["articles"]["seconds"] / pipe["floor"]["seconds"] if pipe["floor"]["seconds"] else None
    subset = docs[:baseline_docs]
    gold = [d for d in subset if "dates" in d]
    quality = {}
    if baseline and subset:
        base = _in_child(_baseline_side, subset)
        rows.append(("baseline (underthesea NER + dateparser + regex)", base["corpus"], base["peak_rss_mb"]))
        if gold:
            quality["baseline"] = score(gold, base["predictions"]).macro_f1
    if gold:
        quality["extractor"] = score(gold, pipe["predictions"]).macro_f1
    figures = {"load_s": round(pipe["load_s"], 3), "documents": len(docs), "repeat": repeat,
               "ratio_to_floor": round(ratio, 2) if ratio else None,
               "baseline_docs": len(subset), "macro_f1_on_baseline_docs": quality,
               "rows": [{"run": name, "docs": s["docs"], "seconds": round(s["seconds"], 3),
                         "docs_per_s": round(_rate(s), 1),
                         "kb_per_s": round(s["chars"] / 1000 / s["seconds"], 1) if s["seconds"] else None,
                         "avg_kb": round(s["chars"] / s["docs"] / 1000, 2) if s["docs"] else None,
                         "peak_rss_mb": None if rss is None else round(rss, 1)} for name, s, rss in rows]}
    if profile:
        figures["profile_ms_per_article"] = pipe["profile_ms"]
    if as_json:
        return json.dumps(figures, ensure_ascii=False, indent=2)
    lines = ["| run | docs | avg KB | docs/s | KB/s | peak RSS (MB) |", "|---|---:|---:|---:|---:|---:|"]
    for r in figures["rows"]:
        rss = "(same process)" if r["peak_rss_mb"] is None else r["peak_rss_mb"]
        lines.append(f"| {r['run']} | {r['docs']} | {r['avg_kb']} | {r['docs_per_s']} | {r['kb_per_s']} | {rss} |")
    lines.append("")
    if figures["ratio_to_floor"]:
        lines.append(f"pipeline time / tokenizer floor on {ARTICLE_CHARS // 1000} KB articles: "
                     f"{figures['ratio_to_floor']}x")
    lines.append(f"pipeline load: {figures['load_s']} s (one process, one core)")
    for name, f1 in quality.items():
        lines.append(f"macro F1 of {name} on the {len(gold)} baseline documents: {f1:.3f}")
    if profile:
        lines += ["", f"| stage (CPU ms per {ARTICLE_CHARS // 1000} KB article) | ms |", "|---|---:|"]
        lines += [f"| {name} | {ms} |" for name, ms in figures["profile_ms_per_article"].items()]
    return "\n".join(lines)
