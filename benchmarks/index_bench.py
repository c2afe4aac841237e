"""Time and peak memory of the archive index over many synthetic records, streamed.

    python benchmarks/index_bench.py --records 100000 [--json benchmarks/out/index.json]

Records are generated one at a time (never held as a list) with a realistic mix:
~3 officials drawn from 20,000 people, each with a career of 1–3 posts
(the name written in either tone-mark placement, with or without an honorific), ~2 references to 5,000
documents, ~4 targets over 300 metrics, dated 2015–2025. They go through
``IndexBuilder`` with targets spilled to Parquet/CSV in chunks, as
``extractor index`` does. Peak RSS is read at 10 % and at the end, so bounded
growth shows as two close figures.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.archive.builder import IndexBuilder  # noqa: E402
from extractor.archive.writers import TableWriter  # noqa: E402

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Minh", "Quốc", "Thanh", "Đức", "Hữu", "Ngọc"]
GIVEN = ["Hòa", "Hoà", "Thủy", "Thuỷ", "Lan", "Hùng", "Sơn", "Tâm", "Bình", "Khoa", "Nam", "Hạnh", "Long", "Phong"]
ROLES = ["Bí thư", "Phó Bí thư", "Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Trưởng ban", "Ủy viên"]
ORGS = ["Tỉnh ủy", "Huyện ủy", "UBND tỉnh", "HĐND huyện", "Sở Tài chính", "Hội LHPN tỉnh", "Đảng ủy Khối"]
PLACES = ["Hà Nam", "Nghệ An", "Quảng Ninh", "Gia Lai", "Bến Tre", "Lào Cai", "Cà Mau", "Thái Bình"]
TYPES = [("Nghị quyết", "NQ"), ("Chỉ thị", "CT"), ("Kết luận", "KL"), ("Quyết định", "QĐ")]


def records(n: int, seed: int = 7):
    """Yield ``n`` synthetic record dicts."""
    rnd = random.Random(seed)
    people = [(f"{rnd.choice(SURNAMES)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}",
               [(rnd.choice(ROLES), f"{rnd.choice(ORGS)} {rnd.choice(PLACES)}") for _ in range(rnd.randint(1, 3))])
              for _ in range(20_000)]
    for i in range(n):
        year = rnd.randint(2015, 2025)
        day = f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        officials = []
        for name, career in rnd.sample(people, rnd.randint(1, 5)):
            posts = rnd.sample(career, rnd.randint(1, len(career)))
            officials.append({"name": name, "honorific": rnd.choice([None, "đồng chí", "ông", "bà"]),
                              "titles": [{"title": f"{r} {o}", "role": r, "organization": o, "start": 0, "end": 5}
                                         for r, o in posts]})
        resolutions = []
        for _ in range(rnd.randint(0, 4)):
            doc_type, code = rnd.choice(TYPES)
            k = rnd.randint(1, 5000)
            resolutions.append({"doc_type": doc_type, "number": f"{k}-{code}/TW", "issuer": "Bộ Chính trị",
                                "subject": rnd.choice([None, f"vấn đề số {k}"]), "issued": None})
        dates = [{"text": "x", "start": 10, "end": 20, "kind": "year", "value": str(year),
                  "start_date": f"{year}-01-01", "end_date": f"{year}-12-31"}]
        targets = [{"text": "t", "start": 30 + 10 * j, "end": 35 + 10 * j, "metric": f"chỉ tiêu {rnd.randint(1, 300)}",
                    "value": rnd.random() * 1000, "unit": "tỷ đồng", "attainment_percent": rnd.uniform(40, 130),
                    "baseline": "kế hoạch", "status": "not_met"} for j in range(rnd.randint(0, 8))]
        yield {"id": f"r{i}", "published": day, "dates": dates, "officials": officials,
               "resolutions": resolutions, "targets": targets}


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--format", default=None, help="parquet or csv (default: parquet when pyarrow is there)")
    ap.add_argument("--json", help="write the figures here too")
    args = ap.parse_args(argv)
    base = _rss_mb()
    with tempfile.TemporaryDirectory() as out:
        writer = TableWriter(Path(out), "targets", args.format)
        builder = IndexBuilder(spill_targets=writer.write)
        t0, early = time.perf_counter(), None
        for n, rec in enumerate(records(args.records), 1):
            builder.add(rec)
            if n == args.records // 10:
                early = _rss_mb()
        idx = builder.build()
        writer.close()
        for table in ("positions", "documents"):
            w = TableWriter(Path(out), table, args.format)
            w.write(getattr(idx, table))
            w.close()
        seconds = time.perf_counter() - t0
    figures = {"records": args.records, "seconds": round(seconds, 1), "records_per_s": round(args.records / seconds),
               "positions": len(idx.positions), "documents": len(idx.documents), "targets": writer.rows,
               "rss_start_mb": round(base, 1), "peak_rss_at_10pct_mb": round(early or base, 1),
               "peak_rss_mb": round(_rss_mb(), 1), "format": writer.fmt}
    print(json.dumps(figures, ensure_ascii=False))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
