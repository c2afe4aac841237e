"""The index over whole gold sets: every record counted, every reference and title lands in one row."""
import pytest

import extractor
from conftest import CORPUS, ROOT
from extractor.archive import document_key, position_key
from extractor.evaluation.goldfile import load_gold

SETS = {"corpus/test": CORPUS / "test", "real-dev": ROOT.parent / "shared" / "real-dev"}


@pytest.mark.parametrize("name", SETS)
def test_every_reference_and_title_has_its_row(ex, name):
    if not SETS[name].exists():
        pytest.skip(f"{name} is not beside this checkout")
    docs = list(load_gold(SETS[name]))
    records = [ex({"id": d["id"], "text": d["text"], "published": d.get("published")}).to_dict() for d in docs]
    ix = extractor.index(records)
    assert (ix.records, ix.skipped) == (len(docs), 0)
    cited = {(r["id"], document_key(res)) for r in records for res in r["resolutions"]}
    rows = {row["key"]: set(row["citing_ids"]) for row in ix.documents}
    assert cited == {(doc_id, key) for key, ids in rows.items() for doc_id in ids}
    held = {(r["id"], position_key(o["name"], t["role"] or t["title"], t["organization"]))
            for r in records for o in r["officials"] for t in o["titles"]}
    assert held == {(doc_id, row["key"]) for row in ix.positions for doc_id in row["article_ids"]}
    assert len(ix.targets) == sum(len(r["targets"]) for r in records)
