"""The scan parses only tokens where a type or an abbreviation is written: skipping the others changes nothing."""
import pytest

from conftest import check_record
from extractor.lang import load
from extractor.resolutions.parse import ReferenceParser
from extractor.resolutions.patterns import Tokens, lexicon
from extractor.text.normalize import matching_view

LEX = lexicon(load("documents"), load("dates"))

# Each text with the tokens that open a type or an abbreviation.
TEXTS = [
    ("Tỉnh ủy ban hành Kế hoạch số 57-KH/TU ngày 3/4/2024 về chuyển đổi số; kế toán năm nay đạt 90%.",
     ["Kế", "KH"]),
    ("Công ty thông báo kết quả, báo cáo tổng kết của Ban Chấp hành và Quy chế làm việc khóa XV.",
     ["thông", "báo", "Quy"]),
    ("Thực hiện NQ số 09-NQ/ĐU, Luật Đất đai năm 2024 và Bộ luật Lao động; quy hoạch công nghiệp kết nối.",
     ["NQ", "NQ", "Luật", "Bộ", "luật"]),
    # "Đại hội" opens a congress, read by its own scan; a first word at the text's end opens nothing.
    ("Đại hội Đảng bộ xã lần thứ XX, nhiệm kỳ 2025 – 2030 thông qua Nghị quyết Đại hội.\nChỉ", ["Nghị"]),
]


def opening(tokens, i):
    """The scan's test: a one-token type or abbreviation, or the first two tokens of a longer type."""
    low = tokens.low
    return low[i] in LEX.opening_words or (i + 1 < len(low) and (low[i], low[i + 1]) in LEX.opening_pairs)


@pytest.mark.parametrize("text, openers", TEXTS)
def test_a_token_that_opens_no_type_parses_as_nothing(text, openers):
    view = matching_view(text)
    tokens = Tokens(view)
    parser = ReferenceParser(text, tokens, LEX, {})
    skipped = [i for i in range(len(tokens)) if tokens.low[i] in LEX.first_words and not opening(tokens, i)]
    assert skipped  # the texts hold first words of types that open none ("kết quả", "công nghiệp")
    assert all(parser.parse(i) is None for i in skipped)
    opened = [tokens.text(i) for i in range(len(tokens)) if opening(tokens, i)]
    assert opened == openers


@pytest.mark.parametrize("with_type, without_type, span", [
    ("Huyện ủy ban hành Kế hoạch số 61-KH/HU ngày 9/6/2023 về phát triển du lịch.",
     "Huyện ủy ban hành kết quả số 61-KH/HU ngày 9/6/2023 về phát triển du lịch.",
     "Kế hoạch số 61-KH/HU ngày 9/6/2023 về phát triển du lịch"),
    ("Các xã quán triệt NQ số 05-NQ/ĐU của Đảng ủy.",
     "Các xã quán triệt NB số 05-NQ/ĐU của Đảng ủy.",
     "NQ số 05-NQ/ĐU của Đảng ủy"),
])
def test_the_reference_needs_its_type_written(ex, with_type, without_type, span):
    found = check_record(ex(with_type, published="2024-05-01"))["resolutions"]
    assert [r["text"] for r in found] == [span]
    assert check_record(ex(without_type, published="2024-05-01"))["resolutions"] == []
