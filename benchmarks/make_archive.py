"""Generate a test archive of N articles mixing every input kind, with legacy encodings and broken files.

    python benchmarks/make_archive.py benchmarks/out/archive --articles 5000

Articles are corpus/train texts with variations (numbers, dates and paragraph
order changed per copy). They are written as UTF-8 ``.txt`` (some in TCVN3, VNI,
VISCII, Windows-1258, VIQR or decomposed Unicode), ``.html`` pages with menus,
related-news lists and footers, ``.jsonl.gz`` dumps and ``.warc.gz`` archives,
plus broken inputs (binary junk, bad JSON lines, a non-gzip ``.gz``, an
oversized file). ``manifest.json`` gives the number of inputs: every one must
come out as exactly one record or error row.
"""
from __future__ import annotations

import argparse
import gzip
import html
import io
import json
import random
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.io.encodings import encode_legacy  # noqa: E402

LEGACY = ("tcvn3", "vni", "viscii", "cp1258", "viqr", "nfd")


def corpus_texts() -> list[dict]:
    return [json.loads(p.read_text("utf-8")) for p in sorted((ROOT / "corpus" / "train").glob("*.json"))]


def vary(doc: dict, k: int, rng: random.Random) -> tuple[str, str | None]:
    """A copy of the article with digits and paragraph order changed."""
    paras = doc["text"].split("\n")
    head, body = paras[:2], paras[2:]
    if len(body) > 3:
        mid = body[1:-1]
        rng.shuffle(mid)
        body = body[:1] + mid + body[-1:]
    text = "\n".join(head + body)
    digits = str.maketrans("0123456789", "".join(rng.sample("0123456789", 10))) if k % 3 else None
    if digits:  # scramble only one number in four, so dates mostly stay dates
        words = text.split(" ")
        text = " ".join(w.translate(digits) if rng.random() < 0.25 and "%" in w else w for w in words)
    return text, doc.get("published")


def legacy_bytes(text: str, name: str) -> bytes:
    try:
        return encode_legacy(text, name)
    except ValueError:
        # TCVN3 has no capital toned vowels (old documents set them in a capitals font).
        return encode_legacy("".join(ch.lower() if _toned_capital(ch) else ch for ch in text), name)


def _toned_capital(ch: str) -> bool:
    return ch.isupper() and len(unicodedata.normalize("NFD", ch)) > 1


def page(title: str, text: str, published: str | None) -> str:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(title)} - Báo Mẫu</title>{meta}'
            '</head><body><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>'
            f'<li><a href="/kinh-te">Kinh tế</a></li></ul></nav><article><h1>{html.escape(title)}</h1>{paras}'
            '</article><aside class="related"><h3>Tin liên quan</h3><ul><li><a href="/1">Hội nghị tổng kết '
            'công tác năm 2023</a></li><li><a href="/2">Đại hội Chi bộ nhiệm kỳ 2025 - 2027</a></li></ul></aside>'
            '<footer>© Báo Mẫu. Giấy phép số 123/GP-BTTTT. Địa chỉ: Hà Nội.</footer></body></html>')


def warc_file(path: Path, pages: list[tuple[str, str, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body, date in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode("utf-8")),
                                            http_headers=headers, warc_headers_dict={"WARC-Date": date})
            writer.write_record(rec)


def generate(out: Path, articles: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    docs = corpus_texts()
    for sub in ("txt", "legacy", "html", "jsonl", "warc", "broken"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    counts = dict.fromkeys(("txt", "legacy", "html", "jsonl", "warc", "broken"), 0)
    jsonl_rows, warc_pages = [], []
    for n in range(articles):
        doc = docs[n % len(docs)]
        text, published = vary(doc, n, rng)
        title = text.split("\n", 1)[0][:120]
        kind = ("txt", "legacy", "html", "jsonl", "jsonl", "warc", "html", "txt")[n % 8]
        name = f"a{n:05d}"
        if kind == "txt":
            (out / "txt" / f"{name}.txt").write_text(text, "utf-8")
        elif kind == "legacy":
            (out / "legacy" / f"{name}.{LEGACY[n // 8 % len(LEGACY)]}.txt").write_bytes(
                legacy_bytes(text, LEGACY[n // 8 % len(LEGACY)]))
        elif kind == "html":
            (out / "html" / f"{name}.html").write_text(page(title, text, published), "utf-8")
        elif kind == "jsonl":
            jsonl_rows.append({"id": name, "text": text, "published": published, "title": title})
        else:
            warc_pages.append((f"https://bao.example.vn/{name}.html", page(title, text, None),
                               f"{published or '2024-01-01'}T08:00:00Z"))
        counts[kind] += 1
    for i in range(0, len(jsonl_rows), 250):
        with gzip.open(out / "jsonl" / f"dump{i // 250:03d}.jsonl.gz", "wt", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in jsonl_rows[i:i + 250])
    for i in range(0, len(warc_pages), 200):
        warc_file(out / "warc" / f"crawl{i // 200:03d}.warc.gz", warc_pages[i:i + 200])
    counts["broken"] = write_broken(out / "broken", rng)
    counts["inputs"] = sum(counts.values())
    (out / "manifest.json").write_text(json.dumps(counts, indent=1))
    return counts


def write_broken(folder: Path, rng: random.Random) -> int:
    """Inputs that must each become one error row."""
    (folder / "junk.txt").write_bytes(bytes(rng.randrange(256) for _ in range(3000)))
    (folder / "junk.html").write_bytes(b"\xff\xfe" + bytes(rng.randrange(256) for _ in range(3001)))
    (folder / "huge.txt").write_bytes(b"x " * 3_000_000)
    (folder / "not-gzip.jsonl.gz").write_bytes(b"this is not gzip at all")
    (folder / "bad.jsonl").write_text('{"id": "ok-missing-text"}\n{broken json\n[1, 2]\n', "utf-8")
    (folder / "unknown.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    return 1 + 1 + 1 + 1 + 3 + 0  # .doc files are not inputs: folders only read known suffixes


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=5000)
    args = ap.parse_args()
    print(json.dumps(generate(args.out, args.articles)))
