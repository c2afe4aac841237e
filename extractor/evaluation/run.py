"""Run the pipeline over gold documents, as the held-out evaluation does (id, text, published)."""
from __future__ import annotations

from typing import Iterable, Optional


def predict(gold_docs: Iterable[dict], model: Optional[str] = None) -> dict[str, dict]:
    """Records for the gold texts, keyed by id."""
    from ..api import Extractor

    ex = Extractor(model)
    out = {}
    for g in gold_docs:
        rec = ex({"id": g["id"], "text": g["text"], "published": g.get("published")})
        out[g["id"]] = rec.to_dict()
    return out
