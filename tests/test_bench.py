"""`extractor bench` reports the pipeline, the tokenizer floor and their ratio from one run."""
import json
import shutil

from conftest import CORPUS, MODEL
from extractor.bench import run_bench


def test_bench_reports_pipeline_floor_and_ratio(tmp_path):
    for name in sorted(p.name for p in (CORPUS / "train").glob("*.json"))[:3]:
        shutil.copy(CORPUS / "train" / name, tmp_path / name)
    figures = json.loads(run_bench(tmp_path, repeat=1, baseline=False, model=str(MODEL), as_json=True))
    runs = [r["run"] for r in figures["rows"]]
    assert runs == ["extractor, corpus documents", "extractor, 5 KB articles",
                    "floor: spaCy blank('vi') tokenizer, 5 KB articles"]
    pipe, floor = figures["rows"][1], figures["rows"][2]
    assert pipe["docs"] == floor["docs"] >= 1 and pipe["avg_kb"] == floor["avg_kb"]
    # The ratio is the pipeline's time over the floor's on the same articles, i.e. the floor's
    # rate over the pipeline's (rates are rounded to 0.1 doc/s: compare within 2 %; seconds are
    # rounded to 1 ms, too coarse for a floor of about 1 ms an article).
    expected = floor["docs_per_s"] / pipe["docs_per_s"]
    assert abs(figures["ratio_to_floor"] - expected) < 0.02 * expected
    assert figures["ratio_to_floor"] > 1


def test_bench_profile_lists_every_stage_and_adds_up(tmp_path):
    for name in sorted(p.name for p in (CORPUS / "train").glob("*.json"))[:3]:
        shutil.copy(CORPUS / "train" / name, tmp_path / name)
    figures = json.loads(run_bench(tmp_path, repeat=1, baseline=False, model=str(MODEL), as_json=True,
                                   profile=True))
    stages = figures["profile_ms_per_article"]
    assert list(stages) == ["prepare", "extractor_layout", "extractor_dates", "extractor_percentages",
                            "extractor_resolutions", "extractor_organizations", "extractor_officials",
                            "extractor_targets", "record + JSON", "total"]
    parts = sum(ms for name, ms in stages.items() if name != "total")
    # Each stage is rounded to 0.01 ms: the parts add up to the total within that rounding.
    assert abs(parts - stages["total"]) <= 0.01 * len(stages)
    assert all(ms >= 0 for ms in stages.values()) and stages["total"] > 0

