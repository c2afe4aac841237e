"""Per-stage profile of the pipeline: milliseconds of CPU time per article for each stage.

``extractor bench --profile`` prints it next to the throughput table, so the README's
per-component figures come from the same command as the docs/s they add up to.
Process time, not wall time: a second job on the machine slows the wall clock of
every stage alike but barely moves the CPU time each one spends.
"""
from __future__ import annotations

import time


def stage_profile(extractor, articles: list[dict], repeat: int = 3) -> dict[str, float]:
    """Milliseconds of CPU time per article for each stage of ``extractor``.

    Args:
        extractor: an :class:`extractor.core.Extractor` (already warm).
        articles: documents (dicts with ``text``) to run.
        repeat: passes over ``articles``.

    Returns:
        ``{"prepare": ms, <component name>: ms, ..., "record + JSON": ms, "total": ms}``;
        ``prepare`` is input checks, normalisation and the spaCy Doc, ``record JSON``
        the record's conversion to a JSON line.
    """
    clock = time.process_time
    pipeline = extractor.nlp.pipeline
    spent = {"prepare": 0.0, **{name: 0.0 for name, _ in pipeline}, "record + JSON": 0.0}
    for _ in range(repeat):
        for article in articles:
            t = clock()
            doc = extractor._prepare(article)
            spent["prepare"] += clock() - t
            for name, component in pipeline:
                t = clock()
                doc = component(doc)
                spent[name] += clock() - t
            t = clock()
            doc._.record.to_json()
            spent["record + JSON"] += clock() - t
    n = max(1, repeat * len(articles))
    out = {name: round(s / n * 1000, 2) for name, s in spent.items()}
    out["total"] = round(sum(spent.values()) / n * 1000, 2)
    return out
