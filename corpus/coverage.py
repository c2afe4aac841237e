"""Count how many corpus documents exercise each hard case of issues 3 and 4.

Reads the gold files and prints, per case, in how many documents it occurs (and
optionally which ones). The cases are recognised from the gold annotations plus the
text around them, so the counts describe what the corpus *tests*, not what the
extractor finds::

    python3 corpus/coverage.py                 # columns train, test, total
    python3 corpus/coverage.py corpus/train -v # list the documents per case
    python3 corpus/coverage.py --markdown      # table for DATASHEET.md

The patterns here are deliberately simple descriptions of surface forms; they are
a measuring stick for the corpus, not extraction rules.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import regex

# A document number is "<digits>/<year>/<type>-<issuer>" or "<digits>-<type>/<issuer>".
RESOLUTION_FORMS = {
    "NQ/TW with number, date, issuer": r"^Nghị quyết số \d+[-/]NQ/TW ngày .+ của ",
    "Chỉ thị …-CT/TW": r"^Chỉ thị (số )?\d+-CT/TW",
    "Kết luận …-KL/TW": r"^Kết luận (số )?\d+-KL/TW",
    "Quy định …-QĐi/TW": r"^Quy định (số )?\d+-QĐi/TW",
    "Nghị định …/NĐ-CP": r"^Nghị định (số )?\d+/\d{4}/NĐ-CP",
    "Quyết định …/QĐ-UBND ngày": r"^Quyết định (số )?\d+/QĐ-UBND ngày",
    "Thông tư …/TT-…": r"^Thông tư (số )?\d+/\d{4}/TT-",
    "Công văn số …/UBND-…": r"^Công văn (số )?\d+/UBND-",
    "Đề án số …-ĐA/TU": r"^Đề án (số )?\d+-ĐA/TU",
    "Chương trình số …-CTr/TU": r"^Chương trình (số )?\d+-CTr/TU",
    "Kế hoạch số …-KH/TU": r"^Kế hoạch (số )?\d+-KH/TU",
    "congress, Roman ordinal": r"^Nghị quyết Đại hội .*\b[IVXLC]+\b",
    "congress, word ordinal": r"^Nghị quyết Đại hội .*lần thứ (nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\b",
    "congress with term": r"^Nghị quyết Đại hội .*nhiệm kỳ \d{4}",
    "plenum, digit (Trung ương 4)": r"^Nghị quyết (Hội nghị )?Trung ương \d+ khóa",
    "plenum, word (Hội nghị lần thứ tám)": r"Hội nghị lần thứ \p{Ll}+( \p{Ll}+)? Ban Chấp hành Trung ương",
    "law with year (Luật … năm 2024)": r"^Luật .+ năm \d{4}$",
    "code with year (Bộ luật … 2019)": r"^Bộ luật .+ \d{4}$",
}

# name: (pattern over the target's text, statuses it must have or None for any)
TARGET_FORMS = {
    "là N unit (đạt X % so với chỉ tiêu)": (r"\blà [\d.,]+ \p{L}+.*\(đạt [\d.,]+ ?%", None),
    "đạt N unit, bằng X% kế hoạch": (r"đạt [\d.,]+ .*bằng [\d.,]+ ?%", None),
    "đạt X% kế hoạch (not_met)": (r"đạt [\d.,]+ ?% (so với )?(kế hoạch|chỉ tiêu|dự toán)", {"not_met"}),
    "vượt X% kế hoạch": (r"vượt [\d.,]+ ?% (so với )?(kế hoạch|chỉ tiêu|dự toán)", {"exceeded"}),
    "gấp N lần kế hoạch": (r"gấp [\d.,]+ lần", None),
    "hoàn thành 100% chỉ tiêu": (r"hoàn thành 100 ?%", {"met"}),
    "đạt chỉ tiêu (no figure)": (r"\bđạt (các )?chỉ tiêu", {"met"}),
    "đạt và vượt": (r"đạt và vượt", {"met_or_exceeded"}),
    "chỉ tiêu năm YYYY là": (r"chỉ tiêu (năm \d{4} )?là", {"planned"}),
    "mục tiêu đến năm YYYY": (r"mục tiêu đến năm \d{4}", {"planned"}),
}

GENERIC_PLURAL = r"\bcác (nghị quyết|chỉ thị|kết luận|quyết định|văn bản)\b"
GROWTH_NOT_TARGET = r"tăng [\d.,]+ ?% so với cùng kỳ"
LOWER_IS_BETTER = r"(thấp hơn|dưới|giảm|không vượt|còn) .*(kế hoạch|chỉ tiêu|định mức|quy định)"
NUMBER_WORD = r"\b(một|hai|ba|bốn|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn)\b"
RANKS = r"^(Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|PGS|GS|TS|ThS|BS)"
CAPTION = r"\. Ảnh: "
ABBR_PAIR = r"\((gọi tắt là |sau đây gọi là )?[\p{Lu}&][\p{L}&\-]*( [\p{L}]+)?\)"
SENTENCE_BREAK = regex.compile(r"(?<=[.!?])\s+|\n\s*\n")


def _occurrences(text: str, needle: str) -> list[int]:
    return [m.start() for m in regex.finditer(regex.escape(needle), text)]


def _figures(text: str) -> set[float]:
    """Numbers written in digits, read with the Vietnamese decimal comma."""
    return {float(m.replace(".", "").replace(",", "."))
            for m in regex.findall(r"\d+(?:[.,]\d+)*", text)}


def _strip_title(before: str, titles: list[str]) -> tuple[str, bool]:
    """Remove one title (longest first) from the end of ``before``."""
    trimmed = before.rstrip(" ,")
    for t in sorted(titles, key=len, reverse=True):
        if trimmed.endswith(t):
            return trimmed[: -len(t)], True
    return before, False


def official_cases(doc: dict) -> set[str]:
    """Cases about officials: title chains before names, lists, short mentions."""
    text, cases = doc["text"], set()
    for off in doc["officials"]:
        titles = [w for t in off["titles"] for w in [t["title"], *t["alt"]]]
        if regex.match(RANKS, off.get("honorific") or ""):
            cases.add("rank or degree honorific")
        for pos in _occurrences(text, off["name"]):
            before = text[max(0, pos - 250):pos].rstrip(" ")
            if not before or before.endswith(("\n", ",", "–", "-")):
                continue
            n, rest, found = 0, before, True
            while found:
                rest, found = _strip_title(rest, titles)
                n += found
            if n >= 1:
                cases.add("title before name")
            if n >= 2:
                cases.add("title chain (2+) before name")
            if n >= 1 and regex.search(r"\p{Lu}\p{Ll}+$", before):
                cases.add("place name running into name")
        last = off["name"].split()[-1]
        full_hits = len(_occurrences(text, off["name"]))
        if len(regex.findall(rf"\b{regex.escape(last)}\b", text)) > full_hits:
            cases.add("short repeated mention")
    for sentence in SENTENCE_BREAK.split(text):
        if sum(off["name"] in sentence for off in doc["officials"]) >= 4:
            cases.add("attendee list of 4+ officials")
    if regex.search(CAPTION, text):
        cases.add("photo caption with Ảnh:")
    return cases


def resolution_cases(doc: dict) -> set[str]:
    """Resolution forms present in the gold items, plus short repeats and negatives."""
    cases = set()
    items = doc["resolutions"]
    for item in items:
        for name, pattern in RESOLUTION_FORMS.items():
            if regex.search(pattern, item["text"]):
                cases.add(name)
        longer = [o for o in items if o is not item and len(o["text"]) > len(item["text"])
                  and (o["number"] or o["congress"]) and
                  (o["number"], o["congress"]) == (item["number"], item["congress"])]
        if longer:
            cases.add("short repeat (Nghị quyết 35, Nghị quyết Đại hội)")
    if regex.search(GENERIC_PLURAL, doc["text"], flags=regex.I):
        cases.add("negative: generic plural")
    return cases


def target_cases(doc: dict) -> set[str]:
    """Target forms present in the gold items, plus the growth-is-not-a-target negative."""
    cases, spans = set(), [(t["start"], t["end"]) for t in doc["targets"]]
    for item in doc["targets"]:
        for name, (pattern, statuses) in TARGET_FORMS.items():
            if regex.search(pattern, item["text"]) and item["status"] in (statuses or {item["status"]}):
                cases.add(name)
        if item["status"] == "exceeded" and regex.search(LOWER_IS_BETTER, item["text"]):
            cases.add("lower is better")
        if item["status"] == "planned" and item["unit"] == "%" and "tăng trưởng" in item["text"]:
            cases.add("planned growth rate (phấn đấu tăng trưởng X%)")
        if item["value"] is not None and regex.search(NUMBER_WORD, item["text"]) \
                and item["value"] not in _figures(item["text"]):
            cases.add("number in words")
    for m in regex.finditer(GROWTH_NOT_TARGET, doc["text"]):
        if not any(s <= m.start() < e for s, e in spans):
            cases.add("negative: tăng X% so với cùng kỳ")
    return cases


def other_cases(doc: dict) -> set[str]:
    """Abbreviation pairs."""
    cases = set()
    if doc["organizations"]:
        cases.add("abbreviation pair")
    if regex.search(r"\(gọi tắt là ", doc["text"]):
        cases.add("abbreviation pair with gọi tắt là")
    return cases


OFFICIAL_CASES = ["title before name", "title chain (2+) before name", "place name running into name",
                  "attendee list of 4+ officials", "short repeated mention", "rank or degree honorific",
                  "photo caption with Ảnh:"]
RESOLUTION_EXTRA = ["short repeat (Nghị quyết 35, Nghị quyết Đại hội)", "negative: generic plural"]
TARGET_EXTRA = ["lower is better", "planned growth rate (phấn đấu tăng trưởng X%)", "number in words",
                "negative: tăng X% so với cùng kỳ"]
GROUPS = (
    ("officials", official_cases, OFFICIAL_CASES),
    ("resolutions", resolution_cases, [*RESOLUTION_FORMS, *RESOLUTION_EXTRA]),
    ("targets", target_cases, [*TARGET_FORMS, *TARGET_EXTRA]),
    ("organizations", other_cases, ["abbreviation pair", "abbreviation pair with gọi tắt là"]),
)


def load(path: str) -> list[dict]:
    """Read every ``*.json`` gold file under a file or folder."""
    p = Path(path)
    files = sorted(p.rglob("*.json")) if p.is_dir() else [p]
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]


def count(docs: list[dict]) -> dict[tuple[str, str], list[str]]:
    """Map (group, case) to the ids of the documents that exercise it."""
    hits: dict[tuple[str, str], list[str]] = defaultdict(list)
    for group, finder, _ in GROUPS:
        for doc in docs:
            for case in finder(doc):
                hits[group, case].append(doc["id"])
    return hits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=["corpus/train", "corpus/test"],
                        help="files or folders; one column each, plus a total when several")
    parser.add_argument("-v", "--verbose", action="store_true", help="list document ids")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)
    columns = [(p, load(p)) for p in args.paths]
    if len(columns) > 1:
        columns.append(("total", [d for _, docs in columns for d in docs]))
    counts = [count(docs) for _, docs in columns]
    heads = [f"{name} ({len(docs)})" for name, docs in columns]
    if args.markdown:
        print("| group | case | " + " | ".join(heads) + " |")
        print("|---|---|" + "---|" * len(heads))
    else:
        print("  ".join(heads))
    for group, _, cases in GROUPS:
        for case in cases:
            ns = [len(c.get((group, case), [])) for c in counts]
            if args.markdown:
                print(f"| {group} | {case} | " + " | ".join(map(str, ns)) + " |")
            else:
                extra = f"  {' '.join(counts[-1].get((group, case), []))}" if args.verbose else ""
                print(f"{group:14}" + "".join(f"{n:5}" for n in ns) + f"  {case}{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
