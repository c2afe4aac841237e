"""Extraction time against text length, 10 KB → 4 MB, on realistic and adversarial text.

    python benchmarks/linear.py [--sizes 10000,100000,1000000,4000000]

Each text is one chunk repeated to the size (characters); the pipeline is run
with ``max_chars`` above the largest size, so nothing is cut. Prints a JSON
table: seconds per size and the µs per 1,000 characters, which stays flat when
time is linear in length.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHUNKS = {
    "realistic": ("Sáng ngày 12/6/2023, Đảng ủy Công ty Than Hà Lầm (HLC) tổ chức hội nghị sơ kết; đồng chí "
                  "Nguyễn Văn An, Phó Bí thư Đảng ủy phát biểu. Doanh thu đạt 1.234 tỷ đồng, bằng 103,2% kế "
                  "hoạch năm, theo Nghị quyết số 12-NQ/ĐU ngày 5/1/2023. Phấn đấu năm 2024 có 95% chi bộ hoàn "
                  "thành tốt nhiệm vụ.\n"),
    "ngày": "ngày ",
    "Nghị quyết số": "Nghị quyết số ",
    "Ủy viên Ban Thường vụ": "Ủy viên Ban Thường vụ, ",
    "đạt 100% kế hoạch": "đạt 100% kế hoạch, ",
    "no spaces": "ngày12/6/2023đạt97%kếhoạch,",
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000,4000000")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    from extractor import Extractor

    ex = Extractor(model=str(ROOT / "models" / "extractor_vi"), max_chars=max(sizes) + 1)
    ex(CHUNKS["realistic"])
    table = {}
    for name, chunk in CHUNKS.items():
        row = {}
        for size in sizes:
            text = (chunk * (size // len(chunk) + 1))[:size]
            t0 = time.perf_counter()
            ex(text)
            sec = time.perf_counter() - t0
            row[size] = {"seconds": round(sec, 3), "us_per_1000_chars": round(sec / size * 1e9)}
        table[name] = row
        print(name, json.dumps(row, ensure_ascii=False), flush=True)
    print(json.dumps(table, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
