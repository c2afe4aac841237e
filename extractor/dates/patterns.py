"""Regular expressions for Vietnamese date expressions, built from ``lang/dates.yaml``.

Every pattern runs on the matching view (see :mod:`extractor.text.normalize`):
dashes are ``-``, tone marks sit in one placement. All quantifiers are bounded
or separated by literal words, so no pattern backtracks catastrophically.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Callable

import regex

from ..lang import alternation as _alt
from ..lang import built, load
from ..text.normalize import canonical_tone_marks

FLAGS = regex.IGNORECASE | regex.V1

DAY = r"(?:3[01]|[12]\d|0?[1-9])"
MONTH = r"(?:1[0-2]|0?[1-9])"
YEAR = r"(?:1[89]\d\d|20\d\d)"
SEP = r"[/.-]"
# A number must not continue: "12/6/20231", "12/6/2023/QĐ", "35,5%".
# The leading (?=\d) is for speed: without it the engine tries the lookbehind at
# every character (10x slower on an article).
NUM_START = r"(?=\d)(?<![\d\p{L}/.,-])"
# Its one word is case-insensitive on its own: digit-led patterns are compiled
# without IGNORECASE (full case folding doubles their cost), see _CASED.
NUM_END = r"(?![\d%]|[.,/-]\d|/\p{L}|\s*%|\s*(?i:phần\s+trăm))"
HOUR = r"(?:2[0-3]|[01]?\d)"
MINUTE = r"(?:[0-5]\d)"
# Patterns whose only letters are in (?i:...) groups: compiled without IGNORECASE.
_CASED = frozenset({"dmy", "dm", "period_core", "year_core", "day_list_core", "horizon_year"})
_NOT_LETTER_OR_SPACE = r"[^\p{L}\s]"


def patterns(data: dict | None = None, view: str | None = None,
             live: dict | None = None) -> dict[str, regex.Pattern]:
    """The compiled date patterns for ``data`` (default: the package's ``dates.yaml``).

    Args:
        data: the date words.
        view: when given, the patterns keep only the toneless spellings (``ngay``,
            ``thang``) that occur in it. They are matched case-sensitively as
            literals, so a spelling absent from ``view`` can match nowhere in it or in
            any part of it: the patterns find exactly the same there, and without the
            alternation most documents' word-led patterns are 2-5x cheaper.
        live: ``live_toneless(data, view)`` when the caller has it already.
    """
    data = data if data is not None else load("dates")
    if view is None:
        return built(data, "dates.patterns", lambda d: _compile(_json(d)))
    present = tuple(live if live is not None else live_toneless(data, view))
    return built(data, "dates.patterns:" + "|".join(present), lambda d: _compile(_json(d), present))


def live_toneless(data: dict, view: str) -> dict[str, list[str]]:
    """The words whose toneless spellings ``view`` holds, with all their spellings.

    Whole words are in or out (not single spellings): fewer pattern variants to compile.
    """
    return {w: forms for w, forms in data.get("toneless", {}).items() if any(f in view for f in forms)}


def lead_words(data: dict) -> dict[str, tuple[str, ...]]:
    """For patterns that begin with a word: the words every match of theirs starts with.

    Read off the sources in :func:`_compile`: ``day_range`` is ``\\btừ…|\\bngày…``,
    ``day_pair`` and ``textual`` ``\\bngày…``, ``month_range`` ``(?:\\btừ\\s+)?\\btháng…``,
    ``month`` ``\\btháng…``, ``festival_year`` a festival word (its first word, when
    that is all letters; otherwise the pattern keeps its plain search).
    """
    return built(data, "dates.lead_words", _lead_words)


def _lead_words(data: dict) -> dict[str, tuple[str, ...]]:
    out = {"day_range": ("từ", "ngày"), "day_pair": ("ngày",), "textual": ("ngày",),
           "month_range": ("từ", "tháng"), "month": ("tháng",)}
    firsts = {w.split(" ")[0] for w in data["festival_words"]}
    if firsts and all(f.isalpha() for f in firsts):
        out["festival_year"] = tuple(sorted(firsts))
    return out


def _json(data: dict) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


@lru_cache(maxsize=64)
def _compile(data_json: str, toneless_kept: tuple[str, ...] | None = None) -> dict[str, regex.Pattern]:
    data = json.loads(data_json)
    pod = _alt(data["part_of_day"])
    weekday = _alt(data["weekdays"])
    period = _alt(data["period_keywords"])
    numword = _alt(data["number_words"])
    count = rf"(?:\d{{1,2}}|{numword})"
    year_mod = _alt(data["year_modifiers"])
    rel = _alt(data["relative_day_words"])
    # "năm ngân sách 2023", 'năm "tăng tốc" 2018', "năm Giáp Thìn 2024": words between "năm" and its year
    lunar = rf'(?:{_alt(data["heavenly_stems"])})\s+(?:{_alt(data["earthly_branches"])})'
    year_gap = rf'(?:(?:{_alt(data["year_qualifiers"])}|{lunar})\s+|"[\p{{L}} ]{{1,40}}"\s*)'
    # the last day of a list or range: "17/8", "21 - 6" (spaced dash), "15 tháng 10 năm 2020"
    end_day = (rf"(?P<d2>{DAY})(?:(?P<sep>{SEP})(?P<m2>{MONTH})(?:(?P=sep)(?P<y2>{YEAR}))?"
               rf"|\s+(?P<sep>-)\s+(?P<m2>{MONTH})|\s+tháng\s+(?P<m2>{MONTH})(?:\s+năm\s+(?P<y2>{YEAR}))?)")
    year_tail = rf"(?:\s*[/.-]\s*(?P<y>{YEAR})|\s+năm\s+(?P<y>{YEAR}))"
    period_core = (rf"{NUM_START}(?P<y1>{YEAR})\s*(?:-|(?i:đến|tới)|(?<=\d)/(?=\d))\s*(?:(?i:năm)\s+)?"
                   rf"(?P<y2>{YEAR}){NUM_END}")
    time = rf"(?P<h>{HOUR})\s*(?:giờ|h|g|:)\s*(?:(?P<mi>{MINUTE})(?:\s*phút|(?!\d)))?"
    p = {
        # "12/6/2023", "12-6-2023", "12.6.2023" (one separator throughout)
        "dmy": rf"{NUM_START}(?P<d>{DAY})(?P<sep>{SEP})(?P<m>{MONTH})(?P=sep)(?P<y>{YEAR}){NUM_END}",
        # "ngày 15 tháng 3 năm 2024", "ngày 15 tháng 3"
        "textual": rf"\bngày\s+(?P<d>{DAY})\s+tháng\s+(?P<m>{MONTH})(?:\s+năm\s+(?P<y>{YEAR}))?{NUM_END}",
        # year-less "28-6", only after a cue word (checked by the finder)
        "dm": rf"{NUM_START}(?P<d>{DAY})(?:(?P<sep>{SEP})|\s+(?P<sep>-)\s+)(?P<m>{MONTH}){NUM_END}",
        # "từ ngày 11 đến 19-2-2025", "từ 12/6 đến 15/6/2023", "ngày 11-19/2/2025",
        # "từ ngày 12 đến ngày 15 tháng 10 năm 2020"
        "day_range": (
            rf"(?:\btừ\s+(?:ngày\s+)?|\bngày\s+){NUM_START}(?P<d1>{DAY})(?:(?P<s1>{SEP})(?P<m1>{MONTH})"
            rf"(?:(?P=s1)(?P<y1>{YEAR}))?|\s+tháng\s+(?P<m1>{MONTH}))?\s*(?:đến|tới|-)\s*(?:hết\s+)?"
            rf"(?:ngày\s+)?{end_day}{NUM_END}"
        ),
        # "trong 2 ngày 16 và 17/8", "trong 3 ngày 24, 25 và 26/9", "ngày 16 và 17/8/2023"
        "day_list": (
            rf"(?:\btrong\s+{count}\s+ngày\s+|\b(?:các\s+)?ngày\s+)(?:ngày\s+)?{NUM_START}(?P<d1>{DAY})"
            rf"(?:\s*,\s*{DAY}){{0,5}}\s*(?:,\s*)?và\s+(?:ngày\s+)?{end_day}{NUM_END}"
        ),
        # "Ngày 20, 21/6": two days with a comma only (the finder wants them consecutive)
        "day_pair": rf"\bngày\s+{NUM_START}(?P<d1>{DAY})\s*,\s*{end_day}{NUM_END}",
        # "từ tháng 3 đến tháng 5/2024", "tháng 3 - 5/2024"
        "month_range": (
            rf"(?:\btừ\s+)?\btháng\s+(?P<m1>{MONTH})(?:\s*[/.-]\s*(?P<y1>{YEAR})|\s+năm\s+(?P<y1>{YEAR}))?"
            rf"\s*(?:đến|tới|-)\s*(?:hết\s+)?(?:tháng\s+)?(?P<m2>{MONTH})"
            rf"(?:\s*[/.-]\s*(?P<y2>{YEAR})|\s+năm\s+(?P<y2>{YEAR}))?{NUM_END}"
        ),
        # "nhiệm kỳ 2020 - 2025", "nửa cuối nhiệm kỳ 2023 - 2025", "2021-2025", "từ năm 2020 đến năm 2025"
        "period": (
            rf"(?=\d|nửa|từ|{period})"  # speed: a quick test of where a match can start
            rf"(?:(?:\bnửa\s+(?:đầu|cuối)\s+)?\b(?P<kw>{period})\s+|\btừ\s+(?:năm\s+)?)?{period_core}"
        ),
        # "quý I/2024", "quý III-2023", "Quý III năm 2023", "quý 2"
        "quarter": rf"\bquý\s+(?P<q>IV|III|II|I|[1-4])(?!\w){year_tail}?{NUM_END}",
        # "6 tháng đầu năm 2023", "sáu tháng cuối năm", "9 tháng đầu năm", "nửa đầu năm 2024",
        # "9 tháng năm 2024" (from the start of the year; the finder requires the year)
        "months_of_year": (
            rf"(?:\b(?P<n>{count})\s+tháng|\bnửa)\s+(?:(?P<which>đầu|cuối)\s+)?năm"
            rf"(?:\s+(?P<y>{YEAR})(?![\d%])|\s+(?P<rel>nay|{_alt(data['previous_year_words'])})\b)?"
        ),
        # "tháng 10/2023", "tháng 10 năm 2023", "tháng 10" (the finder rejects counts and frequencies)
        "month": rf"\btháng\s+(?P<m>{MONTH})(?!\s*[/.-]\s*\d{{1,2}}\b){year_tail}?{NUM_END}",
        # "năm 2023", "đầu năm 2024", "cuối năm 2023"
        "year": rf"(?:\b(?P<mod>{year_mod})\s+)?\bnăm\s+{year_gap}?(?P<y>{YEAR}){NUM_END}",
        # "Luật Đất đai 2024", "Bộ luật Lao động 2019": the year alone is the date
        "law_year": rf"\bluật(?:\s+[\p{{L}}\-]+){{1,6}}?\s+(?P<y>{YEAR}){NUM_END}",
        # "theo giá so sánh 2010": the base year of prices
        "base_year": rf"\b(?:{_alt(data['base_year_phrases'])})\s+(?P<y>{YEAR}){NUM_END}",
        # "đến 2030, tầm nhìn 2045": the year alone is the date (digit first, then the words behind it)
        "horizon_year": rf"(?=\d)(?<=\b(?i:{_alt(data['year_lead_words'])})\s+)(?P<y>{YEAR}){NUM_END}",
        # "Tết Ất Tỵ 2025", "Tết Nguyên đán 2024": the year a festival falls in
        "festival_year": rf"\b(?:{_alt(data['festival_words'])})(?:\s+\p{{L}}+){{0,3}}?\s+(?P<y>{YEAR}){NUM_END}",
        # 'Tháng cao điểm "Vì người nghèo" 2019': a year after a quoted name (the finder
        # checks that the quote closes one)
        "quoted_year": rf'"(?=\s*\d)\s*(?P<y>{YEAR}){NUM_END}',
        # context around a date core
        "left_ngay": r"\bngày\s*$",
        "left_weekday": rf"(?:\bhôm\s+)?\b{weekday}\s*[,(]?\s*$",
        "left_pod": rf"\b(?:(?P<pod>{pod})(?:\s+{rel})?|hôm\s+{rel})\s*[,(]?\s*$",
        "left_time": rf"\b{time}\s*(?:(?P<pod>{pod})\s*)?[,|-]?\s*$",
        "right_time": rf"^\s*(?:[,|-]\s*|\s+lúc\s+|\s*\(\s*)?{time}(?![\d/.%])",
        "clock_half": rf"\s*(?P<half>{_alt(data['clock_halves'])})(?!\p{{L}})",
        "right_weekday": rf"^\s*\(\s*{weekday}\s*\)",
        "dm_cue": rf"(?:\bngày|\b{pod}(?:\s+{rel})?|\b{weekday}\s*[,(]?|\bhôm(?:\s+{rel})?|\(|\bđến|\btới|\bvà)\s*$",
        # cues strong enough for a spaced "21 - 6" or a dotted "16.7" without a year
        "dm_strong_cue": rf"(?:\bngày|\b{pod}(?:\s+{rel})?|\b{weekday}|\bhôm(?:\s+{rel})?)\s*[,(]?\s*$",
        "number_unit": rf"\s*(?:{_alt(data['number_units'])})(?!\p{{L}})",
        "pod_word": pod,
    }
    # Anchors (see text/anchored.py): "<name>_core" is what every match of <name> ends
    # with, and "<name>_stop" any character that cannot stand before it in a match.
    # Only where the words of the data keep to those characters.
    def letters(words, extra=str.isspace):
        return all(ch.isalpha() or extra(ch) for word in words for ch in word)

    if letters(data["number_words"]):
        p["day_list_core"] = rf"(?i:và)(?=\s+(?:(?i:ngày)\s+)?{DAY}(?:{SEP}|\s+-\s+|\s+(?i:tháng)\s+){MONTH})"
        p["day_list_stop"] = r"[^\p{L}\d\s,]"
    if letters(data["period_keywords"]):
        p["period_core"], p["period_stop"] = period_core, _NOT_LETTER_OR_SPACE
    if all(letters(data[k]) for k in ("year_modifiers", "year_qualifiers", "heavenly_stems", "earthly_branches")):
        p["year_core"] = rf"(?=\d)(?<=(?i:năm\s+{year_gap}?))(?P<y>{YEAR}){NUM_END}"
        p["year_stop"] = r'[^\p{L}\s"]'  # the quotes of 'năm "tăng tốc" 2018' are prefix
    if letters(data["number_words"]):
        p["months_of_year_core"] = r"năm(?<=(?:tháng|nửa)\s+(?:(?:đầu|cuối)\s+)?năm)"
        p["months_of_year_stop"] = r"[^\p{L}\d\s]"
    spellings = data.get("toneless", {})
    if toneless_kept is not None:
        spellings = {w: forms for w, forms in spellings.items() if w in toneless_kept}
    toneless = _toneless_words(spellings)
    return {name: regex.compile(toneless(canonical_tone_marks(src)) if not name.endswith("_stop")
                                else canonical_tone_marks(src), _flags(name)) for name, src in p.items()}


def _toneless_words(spellings: dict) -> Callable[[str], str]:
    """Let the words ``ngày``/``tháng``/``năm`` of a pattern also match their toneless spellings.

    The spellings are matched case-sensitively, so a capitalised ``Nam`` (``Việt Nam
    2017``) stays a name.
    """
    if not spellings:
        return lambda src: src
    alts = {canonical_tone_marks(w): f"(?:{canonical_tone_marks(w)}|(?-i:{'|'.join(map(regex.escape, forms))}))"
            for w, forms in spellings.items()}
    # The source's "\\b" before a word: its "b" is an escape, not a letter of the word.
    word = regex.compile(r"(?:(?<!\p{L})|(?<=\\b))(?:" + "|".join(map(regex.escape, alts)) + r")(?!\p{L})")
    return lambda src: word.sub(lambda m: alts[m.group()], src)


def _flags(name: str) -> int:
    if name.endswith("_stop"):  # searched backwards from a core
        return regex.V1 | regex.REVERSE
    return regex.V1 if name in _CASED else FLAGS


@lru_cache(maxsize=None)
def number_words() -> dict[str, int]:
    """Month and day counts written as words, keyed by their matching-view spelling."""
    return {canonical_tone_marks(k): v for k, v in load("dates")["number_words"].items()}


@lru_cache(maxsize=None)
def part_of_day_words() -> dict[str, str]:
    """``sáng`` → ``morning`` and so on, keyed by matching-view spelling."""
    return {canonical_tone_marks(k): v for k, v in load("dates")["part_of_day"].items()}
