"""The cheap tests that spare the patterns: needle masks, and sentences skipped before
their clauses are read (a sentence without the anchor yields nothing, with it the item)."""
import pytest

from extractor.targets.finder import find_targets
from extractor.targets.lexicon import lexicon, may_match, needles_in


def _keys(sentence: str) -> list[str]:
    lex = lexicon()
    present = needles_in(sentence, 0, len(sentence), lex)
    return [k for k in lex["needle_masks"] if may_match(lex, k, present)]


@pytest.mark.parametrize("sentence, keys", [
    ("Doanh thu toàn ngành đạt 95% kế hoạch năm.", ["ratio", "reach", "implied"]),
    ("Doanh thu toàn ngành đạt 95% so với cùng kỳ.", ["implied"]),
    ("Thu ngân sách đạt 4.520/4.000 tỷ đồng.", ["pair"]),
    ("Năm 2025 phấn đấu kết nạp 300 đảng viên mới.", ["plan_cue"]),
    ("Năm 2025 đã kết nạp 300 đảng viên mới.", []),
])
def test_may_match_keys_of_a_sentence(sentence, keys):
    assert _keys(sentence) == keys


def test_needles_in_folds_case_and_spacing():
    lex = lexicon()
    assert needles_in("ĐẠT 95%   KẾ\tHOẠCH", 0, 18, lex) == needles_in("đạt 95% kế hoạch", 0, 16, lex)
    assert needles_in("đạt 95% kế hoạch", 0, 7, lex) != needles_in("đạt 95% kế hoạch", 0, 16, lex)


def _targets(sentence: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.metric, t.status) for t in find_targets(sentence, sentence, [(0, len(sentence))])]


@pytest.mark.parametrize("with_anchor, without, expected", [
    ("Thu ngân sách đạt 4.520/4.000 tỷ đồng, vượt kế hoạch.", "Thu ngân sách đạt 4.520/4.000 tỷ đồng.",
     [("Thu ngân sách đạt 4.520/4.000 tỷ đồng, vượt kế hoạch", "Thu ngân sách", "exceeded")]),
    ("Năm 2025 phấn đấu kết nạp 300 đảng viên mới.", "Năm 2025 đã kết nạp 300 đảng viên mới.",
     [("kết nạp 300 đảng viên mới", "kết nạp đảng viên mới", "planned")]),
    ("Doanh thu toàn ngành đạt 95% kế hoạch năm.", "Doanh thu toàn ngành đạt 95% so với cùng kỳ.",
     [("Doanh thu toàn ngành đạt 95% kế hoạch năm", "Doanh thu toàn ngành", "not_met")]),
])
def test_sentence_without_cue_pair_or_goal_yields_nothing(with_anchor, without, expected):
    assert _targets(with_anchor) == expected
    assert _targets(without) == []


def test_containment_order_puts_a_word_under_the_longest_word_it_holds():
    from extractor.targets.lexicon import _containment_order

    words = ["%", "hoàn thành", "vượt", "hoàn thành vượt mức", "đạt"]
    bit = {w: 1 << i for i, w in enumerate(words)}
    assert _containment_order(words, bit) == (
        ("%", 1, 1), ("hoàn thành", 2, 3), ("hoàn thành vượt mức", 8, 3), ("vượt", 4, 4), ("đạt", 16, 5),
    )


def test_needles_in_skips_only_words_that_cannot_stand_there():
    lex = lexicon()
    sentence = "Hoàn thành vượt mức kế hoạch năm"
    present = needles_in(sentence, 0, len(sentence), lex)
    folded = sentence.casefold()
    assert [w for w, bit, _ in lex["needle_words"] if present & bit] == [
        w for w, _, _ in lex["needle_words"] if w in folded]


@pytest.mark.parametrize("paragraph, gated", [
    ("Hội nghị họp sáng nay. Doanh thu đạt 95% kế hoạch. Đại biểu thảo luận.",
     [" Doanh thu đạt 95% kế hoạch"]),
    ("Thu nội địa đạt 105%. Năm 2025 phấn đấu kết nạp 300 đảng viên! Đại biểu dự họp",
     ["Thu nội địa đạt 105%", " Năm 2025 phấn đấu kết nạp 300 đảng viên"]),
    ("Giá trị 1.234,5 tỷ đồng. Đại biểu dự họp", []),
    # a line break: the cue "kế hoạch" across it opens the first sentence in the one pass
    ("Doanh thu theo kế\nhoạch đạt. Sản lượng vượt kế hoạch", ["Doanh thu theo kế", " Sản lượng vượt kế hoạch"]),
])
def test_gated_sentences_per_sentence_search_agrees_with_one_pass(paragraph, gated):
    from extractor.targets.finder import gated_sentences

    lex = dict(lexicon())
    got = [paragraph[a:b] for a, b in gated_sentences(paragraph, 0, len(paragraph), lex)]
    lex["gate_in_sentences"] = False  # the one-pass reading over the paragraph
    assert [paragraph[a:b] for a, b in gated_sentences(paragraph, 0, len(paragraph), lex)] == got
    assert got == gated


def test_gate_words_hold_no_sentence_end():
    assert lexicon()["gate_in_sentences"] is True
